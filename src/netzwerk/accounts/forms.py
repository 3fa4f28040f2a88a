"""Forms of the account pages, the invitation pages and the coordinators' member management."""

from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from netzwerk.core.forms import KernForm, KernModelForm
from netzwerk.core.models import Language, Network

from .models import INTERFACE_LANGUAGE_CHOICES, Invitation, Membership, Role, User
from .organizations import organizations_in

ROLE_HELP = _(
    "Coordinators manage the network and its members. Organization editors keep the entries of their "
    "organizations up to date. Members see the network's internal information. Guests see public "
    "information only."
)


class OrganizationChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return obj.name


class RoleAndOrganizationsForm(KernForm):
    """Role plus organizations; organization editors must name at least one organization."""

    role = forms.ChoiceField(
        label=_("Role"),
        choices=Role.choices,
        initial=Role.MEMBER,
        widget=forms.RadioSelect,
        help_text=ROLE_HELP,
    )
    organizations = OrganizationChoiceField(
        label=_("Organizations"),
        queryset=Membership.organizations.field.related_model.objects.none(),  # type: ignore[attr-defined]
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The organizations the person works for. Required for organization editors."),
    )

    def __init__(self, *args: Any, network: Network, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.network = network
        self.fields["organizations"].queryset = organizations_in(network)  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("role") == Role.EDITOR and not cleaned.get("organizations"):
            self.add_error("organizations", _("Choose at least one organization for an organization editor."))
        return cleaned


class InviteForm(RoleAndOrganizationsForm):
    email = forms.EmailField(label=_("Email address"), widget=forms.EmailInput(attrs={"autocomplete": "off"}))
    name = forms.CharField(
        label=_("Name"),
        max_length=150,
        required=False,
        help_text=_("Used to greet the person in the email."),
    )
    message = forms.CharField(
        label=_("Personal message"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Added to the invitation email."),
    )
    language = forms.ChoiceField(
        label=_("Language of the email"), choices=INTERFACE_LANGUAGE_CHOICES, initial="de"
    )

    field_order = ["email", "name", "role", "organizations", "message", "language"]

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if Membership.objects.filter(
            network=self.network, user__email__iexact=email, is_active=True
        ).exists():
            raise forms.ValidationError(
                _(
                    "This person is already a member of the network. "
                    "Change their role on the members page instead."
                )
            )
        return email


class MembershipForm(RoleAndOrganizationsForm):
    pass


class MemberFilterForm(KernForm):
    STATUS_ACTIVE = "active"
    STATUS_ENDED = "ended"

    q = forms.CharField(label=_("Name, email or function"), required=False, max_length=100)
    role = forms.ChoiceField(label=_("Role"), choices=[("", _("All roles")), *Role.choices], required=False)
    organization = forms.ModelChoiceField(
        label=_("Organization"),
        queryset=Membership.organizations.field.related_model.objects.none(),  # type: ignore[attr-defined]
        required=False,
        empty_label=_("All organizations"),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[(STATUS_ACTIVE, _("Active memberships")), (STATUS_ENDED, _("Ended memberships"))],
        required=False,
    )

    def __init__(self, *args: Any, network: Network, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = organizations_in(network)  # type: ignore[attr-defined]

    def filter(self, memberships: QuerySet[Membership]) -> QuerySet[Membership]:
        """Apply the valid filters; an invalid one (a stale organization id) is shown as error and ignored."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("status") == self.STATUS_ENDED:
            memberships = memberships.filter(is_active=False)
        else:
            memberships = memberships.filter(is_active=True)
        if data.get("role"):
            memberships = memberships.filter(role=data["role"])
        if data.get("organization"):
            memberships = memberships.filter(organizations=data["organization"])
        text = (data.get("q") or "").strip()
        if text:
            memberships = memberships.filter(
                Q(user__name__icontains=text)
                | Q(user__email__icontains=text)
                | Q(user__function__icontains=text)
            )
        return memberships


class InvitationSignupForm(KernForm):
    """A new person sets up the account that the invitation was sent for."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        help_text=_("Shown to the other members of the network."),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html,
    )
    password2 = forms.CharField(
        label=_("Password (again)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    accept_privacy = forms.BooleanField(
        label=_("I have read the privacy note."),
        error_messages={"required": _("Please confirm that you have read the privacy note.")},
    )

    def __init__(self, *args: Any, invitation: Invitation, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"name": invitation.name})
        super().__init__(*args, **kwargs)
        self.invitation = invitation

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2:
            if password1 != password2:
                self.add_error("password2", _("The two passwords do not match."))
            else:
                candidate = User(email=self.invitation.email, name=cleaned.get("name", ""))
                try:
                    password_validation.validate_password(password2, user=candidate)
                except forms.ValidationError as error:
                    self.add_error("password1", error)
        return cleaned


class ProfileForm(KernModelForm):
    class Meta:
        model = User
        fields = ["name", "function", "phone", "languages", "interface_language"]
        widgets = {
            "languages": forms.CheckboxSelectMultiple,
            "interface_language": forms.RadioSelect,
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
        }
        help_texts = {
            "function": _("For example “Migration counsellor”. Shown to the members of your networks."),
            "languages": _("Languages in which colleagues can talk to you or refer clients to you."),
            "interface_language": _("The language of menus and messages on this platform."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["languages"].queryset = Language.objects.order_by("name")  # type: ignore[attr-defined]
