"""Documents made through the services, as the pages make them."""

from typing import Any

from netzwerk.core.models import Network
from netzwerk.core.uploads import DOCUMENT_KINDS, check_upload
from netzwerk.documents import services
from netzwerk.documents.models import Document
from netzwerk.knowledge.models import ArticleVisibility
from tests.files import pdf_bytes, upload


def checked(name: str, data: bytes):  # type: ignore[no-untyped-def]
    return check_upload(upload(name, data), kinds=DOCUMENT_KINDS, max_bytes=20 * 1024 * 1024)


def make_document(
    network: Network,
    by: Any,
    *,
    title: str = "Ausfüllhilfe Kindergeld",
    name: str = "ausfuellhilfe.pdf",
    data: bytes | None = None,
    visibility: str = ArticleVisibility.NETWORK,
    **fields: Any,
) -> Document:
    return services.create_document(
        network=network,
        by=by,
        upload=checked(name, data if data is not None else pdf_bytes("Antrag auf Kindergeld")),
        title=title,
        visibility=visibility,
        **fields,
    )


def url(document: Document, rest: str = "") -> str:
    return f"/n/{document.network.slug}/documents/{document.pk}/{rest}"
