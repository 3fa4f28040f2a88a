"""Forms of the documents: a new document with its file, its details, a new version."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from netzwerk.core.forms import KernForm, KernModelForm
from netzwerk.core.models import Network, ThematicField
from netzwerk.core.uploads import UploadField
from netzwerk.knowledge.models import ArticleStatus, Collection

from .models import Document

FILE_HELP = _(
    "PDF, Word (DOCX), Excel (XLSX), OpenDocument (ODT, ODS), PNG, JPEG or plain text, at most %(size)s. "
    "You can also drag the file onto this field."
)


def document_file_field(label: Any) -> UploadField:
    return UploadField(label=label, widget=forms.ClearableFileInput(attrs={"data-dropzone": ""}))


class DocumentForm(KernModelForm):
    """The details of a document; when it is new, also its first file (asked for first: it is what the
    person came to do)."""

    field_order = ["file", "title", "description"]

    file = document_file_field(_("File"))
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=300,
        help_text=_("Optional: where the document comes from or what it is for."),
    )

    class Meta:
        model = Document
        fields = [
            "title",
            "description",
            "collection",
            "articles",
            "thematic_fields",
            "visibility",
            "language",
            "organization",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "articles": forms.SelectMultiple(attrs={"size": 8}),
            "thematic_fields": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "title": _("As people will look for it, e.g. “Ausfüllhilfe Kindergeldantrag”."),
            "visibility": _("Public documents can be downloaded by everyone, also without logging in."),
        }

    def __init__(
        self, *args: Any, network: Network, articles: Any, organizations: Any, max_size: str, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["collection"].queryset = Collection.objects.filter(network=network)  # type: ignore[attr-defined]
        self.fields["articles"].queryset = articles.exclude(  # type: ignore[attr-defined]
            status=ArticleStatus.ARCHIVED
        ).order_by("title")
        self.fields["articles"].help_text = _(
            "The articles that link to this document. Choose several with the Ctrl key (Cmd on a Mac)."
        )
        self.fields["thematic_fields"].queryset = ThematicField.objects.filter(  # type: ignore[attr-defined]
            network=network, is_active=True
        )
        self.fields["organization"].queryset = organizations  # type: ignore[attr-defined]
        self.fields["file"].help_text = FILE_HELP % {"size": max_size}
        if self.instance.pk:
            del self.fields["file"]
            del self.fields["note"]

    def clean_title(self) -> str:
        return " ".join(self.cleaned_data["title"].split())


class VersionForm(KernForm):
    file = document_file_field(_("New file"))
    note = forms.CharField(
        label=_("What changed?"),
        max_length=300,
        help_text=_("Shown in the list of versions, e.g. “Neue Formularfassung 2027”."),
    )

    def __init__(self, *args: Any, max_size: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = FILE_HELP % {"size": max_size}


class DocumentFilterForm(KernForm):
    q = forms.CharField(label=_("Search"), required=False, max_length=200, help_text=_("Words in the title"))
    collection: forms.ModelChoiceField[Collection] = forms.ModelChoiceField(
        label=_("Collection"), queryset=Collection.objects.none(), required=False, empty_label=_("All")
    )

    def __init__(self, *args: Any, network: Network, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["collection"].queryset = Collection.objects.filter(network=network)  # type: ignore[attr-defined]
