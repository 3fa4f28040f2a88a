"""Forms of the knowledge base."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from netzwerk.core.forms import KernForm
from netzwerk.core.models import Network, TargetGroup, ThematicField

from .models import Collection, Tag


class ArticleFilterForm(KernForm):
    """The filters above the article list; every field is optional and read from the query string."""

    q = forms.CharField(
        label=_("Search"), required=False, max_length=200, help_text=_("Words in the title, summary or text")
    )
    collection: forms.ModelChoiceField[Collection] = forms.ModelChoiceField(
        label=_("Collection"), queryset=Collection.objects.none(), required=False, empty_label=_("All")
    )
    thematic_field: forms.ModelChoiceField[ThematicField] = forms.ModelChoiceField(
        label=_("Thematic field"), queryset=ThematicField.objects.none(), required=False, empty_label=_("All")
    )
    target_group: forms.ModelChoiceField[TargetGroup] = forms.ModelChoiceField(
        label=_("Target group"), queryset=TargetGroup.objects.none(), required=False, empty_label=_("All")
    )
    tag: forms.ModelChoiceField[Tag] = forms.ModelChoiceField(
        label=_("Tag"), queryset=Tag.objects.none(), required=False, empty_label=_("All")
    )

    def __init__(self, *args: Any, network: Network, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["collection"].queryset = Collection.objects.filter(network=network)  # type: ignore[attr-defined]
        self.fields["thematic_field"].queryset = ThematicField.objects.filter(  # type: ignore[attr-defined]
            network=network, is_active=True
        )
        self.fields["target_group"].queryset = TargetGroup.objects.filter(  # type: ignore[attr-defined]
            network=network, is_active=True
        )
        self.fields["tag"].queryset = Tag.objects.filter(network=network)  # type: ignore[attr-defined]
