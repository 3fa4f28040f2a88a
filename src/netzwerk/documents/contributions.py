"""What the documents contribute to the shared registries."""

from django.utils.translation import gettext_lazy as _

from netzwerk.core.registry import (
    DemoPart,
    NavigationEntry,
    RecordPanel,
    demo_parts,
    navigation,
    record_panels,
)

from .panels import FILTER_OF, documents_of


def register() -> None:
    navigation.register(
        NavigationEntry(
            "documents.list", _("Documents"), "documents:document_list", 35, sections=("documents:*",)
        )
    )
    record_panels.register(
        RecordPanel(
            "documents.of_record", 40, tuple(FILTER_OF), "documents/_documents_panel.html", documents_of
        )
    )
    demo_parts.register(DemoPart("documents", 40, module="netzwerk.documents.demo"))
