"""Documents visible to the caller: metadata and versions with their download addresses."""

from typing import Annotated, Any

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from ninja import Path, Router
from ninja.pagination import paginate

from netzwerk.api.filters import MAX_ID, NetworkFilter, SearchFilter, search_condition
from netzwerk.api.pagination import Pagination
from netzwerk.api.schemas import ErrorOut, ValidationErrorOut
from netzwerk.api.schemas_documents import DocumentDetailOut, DocumentOut
from netzwerk.api.visibility import networks_in_scope, visible_documents
from netzwerk.core.models import Network, ThematicField
from netzwerk.directory.access import get_visible_or_404
from netzwerk.documents.models import Document, DocumentVersion
from netzwerk.knowledge.models import Article

router = Router(tags=["documents"])

DocumentId = Annotated[int, Path(..., description="Id of the document.", ge=1, le=MAX_ID)]


def documents_for_request(request: HttpRequest, networks: list[Network]) -> QuerySet[Document]:
    # Only the ids of the articles are given; the caller reads the articles it may see through /articles.
    return (
        visible_documents(request.user, networks)
        .select_related("network", "collection", "current_version__document__network")
        .prefetch_related(
            Prefetch("thematic_fields", queryset=ThematicField.objects.select_related("network")),
            Prefetch("articles", queryset=Article.objects.only("pk")),
        )
        .order_by("title", "pk")
    )


@router.get(
    "/documents",
    response={200: list[DocumentOut], 404: ErrorOut, 422: ValidationErrorOut},
    summary="List documents",
    description="Documents of the active networks the caller may read, with their current version. "
    "Search (`q`) covers the title and description.",
    url_name="document_list",
)
@paginate(Pagination)
def list_documents(
    request: HttpRequest, *, network: NetworkFilter = None, q: SearchFilter = None
) -> QuerySet[Document]:
    documents = documents_for_request(request, networks_in_scope(network))
    return documents.filter(search_condition(q, plain=("title", "description")))


@router.get(
    "/documents/{id}",
    response={200: DocumentDetailOut, 404: ErrorOut, 422: ValidationErrorOut},
    summary="One document",
    description="The document with all its versions, newest first.",
    url_name="document_detail",
)
def get_document(request: HttpRequest, id: DocumentId) -> Any:  # noqa: A002 - the path names it id
    documents = documents_for_request(request, networks_in_scope(None)).prefetch_related(
        Prefetch("versions", queryset=DocumentVersion.objects.select_related("document__network"))
    )
    return get_visible_or_404(documents, pk=id)
