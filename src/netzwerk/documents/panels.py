"""The documents section on the pages of knowledge articles and collections."""

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.http import urlencode

from netzwerk.core.models import Network

from . import access

PANEL_LIMIT = 50
FILTER_OF = {
    "knowledge.Article": ("articles", "article"),
    "knowledge.Collection": ("collection", "collection"),
}


def documents_of(request: HttpRequest, network: Network, record: Any) -> dict[str, Any] | None:
    relation, parameter = FILTER_OF[record._meta.label]
    documents = list(
        access.documents_for(request.user, network)
        .filter(**{relation: record})
        .select_related("current_version")
        .order_by("title")[:PANEL_LIMIT]
    )
    may_add = request.user.has_perm("documents.add_document", network)
    if not documents and not may_add:
        return None
    add_url = None
    if may_add:
        create = reverse("documents:document_create", kwargs={"network_slug": network.slug})
        add_url = f"{create}?{urlencode({parameter: record.slug})}"
    return {"documents": documents, "add_url": add_url}
