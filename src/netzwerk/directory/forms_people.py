"""Forms for positions (Zuständigkeiten), their hand-over, and the persons holding them."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from netzwerk.core.forms import KernForm, KernModelForm
from netzwerk.core.models import Language, Network, ThematicField

from .models import Offer, Organization, Person, Position

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PositionFilterForm(KernForm):
    """The filters above the position list; every field is optional and read from the query string."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        help_text=_("Function, responsibilities, organization or the name of a current or former holder"),
    )
    organization: forms.ModelChoiceField[Organization] = forms.ModelChoiceField(
        label=_("Organization"), queryset=Organization.objects.none(), required=False, empty_label=_("All")
    )
    thematic_field: forms.ModelChoiceField[ThematicField] = forms.ModelChoiceField(
        label=_("Thematic field"), queryset=ThematicField.objects.none(), required=False, empty_label=_("All")
    )
    include_inactive = forms.BooleanField(label=_("Also show positions that no longer exist"), required=False)

    def __init__(self, *args: Any, organizations: QuerySet[Organization], network: Network, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = organizations.order_by("name")  # type: ignore[attr-defined]
        self.fields["thematic_field"].queryset = ThematicField.objects.filter(  # type: ignore[attr-defined]
            network=network, is_active=True
        )


class PositionForm(KernModelForm):
    class Meta:
        model = Position
        fields = [
            "title_de",
            "title_en",
            "description",
            "email",
            "phone",
            "offers",
            "thematic_fields",
            "deputy",
            "is_active",
        ]
        labels = {
            "title_de": _("Function (German)"),
            "title_en": _("Function (English)"),
            "is_active": _("The position exists"),
        }
        help_texts = {
            "title_de": _("The function, not the person, e.g. “Migrationsberatung für Erwachsene”."),
            "title_en": _("Optional; shown to English-speaking users. German is shown if left empty."),
            "email": _("A mailbox that stays when people change, e.g. beratung@example.org."),
            "deputy": _("The position that stands in when this one is vacant or absent."),
            "is_active": _("Untick when the organization no longer has this function; its history stays."),
        }
        widgets = {
            "offers": forms.CheckboxSelectMultiple,
            "thematic_fields": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args: Any, network: Network, organization: Organization, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.network = network
        self.organization = organization
        self.fields["title_de"].required = True
        self.fields["offers"].queryset = Offer.objects.filter(organization=organization)  # type: ignore[attr-defined]
        current_field_ids = (
            list(self.instance.thematic_fields.values_list("pk", flat=True)) if self.instance.pk else []
        )
        self.fields["thematic_fields"].queryset = ThematicField.objects.filter(  # type: ignore[attr-defined]
            Q(is_active=True) | Q(pk__in=current_field_ids), network=network
        )
        # Any active position of the network may stand in; a deputy chosen earlier stays selectable.
        in_network = Position.objects.in_network(network).active().values("pk")
        deputies = Position.objects.filter(Q(pk__in=in_network) | Q(pk=self.instance.deputy_id or 0))
        if self.instance.pk:
            deputies = deputies.exclude(pk=self.instance.pk)
        self.fields["deputy"].queryset = deputies.select_related("organization")  # type: ignore[attr-defined]
        if not self.instance.pk:
            del self.fields["is_active"]

    def clean_thematic_fields(self) -> list[ThematicField]:
        chosen = list(self.cleaned_data.get("thematic_fields") or [])
        if not self.instance.pk:
            return chosen
        # A shared organization's position also carries the other networks' terms; they are not on
        # this form and must survive the save.
        return chosen + list(self.instance.thematic_fields.exclude(network=self.network))

    def save(self, commit: bool = True) -> Position:
        self.instance.organization = self.organization
        return super().save(commit=commit)


class HandOverForm(KernForm):
    """Who holds the position from when: an existing person of the network or a newly entered one."""

    existing_person = forms.ModelChoiceField(
        label=_("Existing person"),
        queryset=Person.objects.none(),
        required=False,
        empty_label=_("— new person, enter below —"),
        help_text=_("Choose someone who already holds or held a position in the network."),
    )
    new_name = forms.CharField(label=_("Name of the new person"), max_length=150, required=False)
    new_email = forms.EmailField(label=_("Email"), required=False)
    new_phone = forms.CharField(label=_("Phone"), max_length=50, required=False)
    new_languages: forms.ModelMultipleChoiceField[Language] = forms.ModelMultipleChoiceField(
        label=_("Languages the person speaks"),
        queryset=Language.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    start_date = forms.DateField(
        label=_("Holds the position from"),
        widget=DATE_WIDGET,
        help_text=_("The current holder's period ends the day before."),
    )
    keep_current_holders = forms.BooleanField(
        label=_("The current holders stay (the position is shared)"),
        required=False,
        help_text=_("Leave unticked for a hand-over: the current holders' periods end."),
    )

    def __init__(self, *args: Any, persons: QuerySet[Person], **kwargs: Any):
        kwargs.setdefault("initial", {}).setdefault("start_date", timezone.localdate())
        super().__init__(*args, **kwargs)
        self.fields["existing_person"].queryset = persons.order_by("name")  # type: ignore[attr-defined]
        self.fields["existing_person"].label_from_instance = (  # type: ignore[attr-defined]
            lambda person: f"{person.name} ({person.email})" if person.email else person.name
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        existing = cleaned.get("existing_person")
        new_entries = [cleaned.get(name) for name in ("new_name", "new_email", "new_phone")]
        if existing and any(new_entries):
            raise forms.ValidationError(
                _("Either choose an existing person or enter a new one, not both."), code="both"
            )
        if not existing and not cleaned.get("new_name"):
            self.add_error("new_name", _("Choose an existing person or enter the name of a new one."))
        return cleaned

    def save_person(self) -> Person:
        """The chosen person, or the newly entered one (saved; call inside the hand-over transaction)."""
        if self.cleaned_data.get("existing_person"):
            return self.cleaned_data["existing_person"]
        person = Person.objects.create(
            name=self.cleaned_data["new_name"],
            email=self.cleaned_data.get("new_email", ""),
            phone=self.cleaned_data.get("new_phone", ""),
        )
        person.languages.set(self.cleaned_data.get("new_languages") or [])
        return person


class EndHoldingForm(KernForm):
    end_date = forms.DateField(
        label=_("Last day in the position"),
        widget=DATE_WIDGET,
        help_text=_("If nobody else holds the position afterwards, it is shown as vacant."),
    )

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("initial", {}).setdefault("end_date", timezone.localdate())
        super().__init__(*args, **kwargs)


class PersonForm(KernModelForm):
    """Contact data, and whether the name may be shown publicly (only with recorded consent)."""

    name_is_public = forms.BooleanField(
        label=_("The name may be shown on public pages"),
        required=False,
        help_text=_("Without this the name is shown only to network members."),
    )
    consent_confirmed = forms.BooleanField(
        label=_("The person has agreed to this; record the consent with today's date and my name"),
        required=False,
    )

    class Meta:
        model = Person
        fields = ["name", "email", "phone", "languages"]
        widgets = {"languages": forms.CheckboxSelectMultiple}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["name_is_public"].initial = self.instance.name_is_public
        if self.instance.name_is_public:
            # Consent is on record; unticking the box above withdraws it.
            del self.fields["consent_confirmed"]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        wants_public = cleaned.get("name_is_public")
        if wants_public and not self.instance.name_is_public and not cleaned.get("consent_confirmed"):
            self.add_error(
                "consent_confirmed",
                _("The name can only be made public together with recording the person's consent."),
            )
        return cleaned

    @property
    def consent_change(self) -> str | None:
        """ "record", "withdraw" or None, once the form is valid."""
        wants_public = bool(self.cleaned_data.get("name_is_public"))
        if wants_public and not self.instance.name_is_public:
            return "record"
        if not wants_public and self.instance.name_is_public:
            return "withdraw"
        return None
