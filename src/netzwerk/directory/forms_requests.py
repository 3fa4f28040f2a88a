"""Forms for membership requests (Aufnahmeanträge): the public application and the coordinators' decision."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from netzwerk.core.forms import KernForm, KernModelForm

from .models import MembershipRequest
from .services import REQUEST_FIELDS


class HoneypotInput(forms.TextInput):
    """A text field people never see (hidden attribute) but form-filling bots do fill in.

    Rendered among the form's hidden fields, so the KERN form template gives it no visible label.
    """

    template_name = "directory/_request_honeypot.html"

    @property
    def is_hidden(self) -> bool:
        return True


class MembershipRequestForm(KernModelForm):
    # Named like a real field so bots are tempted; people leave it empty because they never see it.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=HoneypotInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    organization_website = forms.URLField(
        label=_("Website of the organization"), required=False, max_length=200, assume_scheme="https"
    )

    class Meta:
        model = MembershipRequest
        fields = list(REQUEST_FIELDS)
        labels = {
            "organization_name": _("Name of the organization"),
        }
        help_texts = {
            "contact_email": _("We will send the decision and, if approved, an invitation to this address."),
            "contact_function": _("e.g. managing director, migration counsellor"),
            "reason": _(
                "What does your organization do for migrants, and what do you expect from the network?"
            ),
        }
        widgets = {"reason": forms.Textarea(attrs={"rows": 6})}

    @property
    def is_bot(self) -> bool:
        return bool(self.cleaned_data.get("homepage"))


class DecisionForm(KernForm):
    """The note a coordinator adds to an approval (optional) or a rejection (required)."""

    note = forms.CharField(
        label=_("Note"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=4000,
    )

    def __init__(self, *args: Any, rejecting: bool = False, **kwargs: Any):
        # Both decision forms are on one page; distinct prefixes keep their field ids unique.
        kwargs.setdefault("prefix", "reject" if rejecting else "approve")
        super().__init__(*args, **kwargs)
        self.rejecting = rejecting
        if rejecting:
            self.fields["note"].required = True
            self.fields["note"].label = _("Reason for declining")
            self.fields["note"].help_text = _("Sent to the requester by email.")
        else:
            self.fields["note"].label = _("Note on the approval")
            self.fields["note"].help_text = _("Added to the invitation email.")
