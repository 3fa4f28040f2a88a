"""The knowledge base's section on offer and organization pages: the articles that name the record."""

from typing import Any

from django.http import HttpRequest

from netzwerk.core.models import Network

from . import access

PANEL_LIMIT = 20
RELATION_OF = {"directory.Offer": "related_offers", "directory.Organization": "related_organizations"}


def articles_about(request: HttpRequest, network: Network, record: Any) -> dict[str, Any] | None:
    relation = RELATION_OF[record._meta.label]
    articles = list(
        access.published_articles_for(request.user, network)
        .filter(**{relation: record})
        .order_by("title")[:PANEL_LIMIT]
    )
    return {"articles": articles} if articles else None
