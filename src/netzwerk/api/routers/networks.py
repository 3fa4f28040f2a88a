"""Active networks (the tenants)."""

from typing import Annotated

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Path, Router
from ninja.pagination import paginate

from netzwerk.api import prefetch
from netzwerk.api.filters import SLUG_PATTERN, default_language_field
from netzwerk.api.pagination import Pagination
from netzwerk.api.schemas import ErrorOut, NetworkOut, ValidationErrorOut
from netzwerk.core.models import Network
from netzwerk.directory.access import get_visible_or_404

router = Router(tags=["networks"])

NetworkSlug = Annotated[
    str, Path(..., description="Slug of the network.", pattern=SLUG_PATTERN, max_length=60)
]


def _networks() -> QuerySet[Network]:
    return (
        Network.objects.active()
        .prefetch_related(prefetch.languages())
        .order_by(default_language_field("name"), "pk")
    )


@router.get(
    "",
    response={200: list[NetworkOut], 422: ValidationErrorOut},
    summary="List active networks",
    url_name="network_list",
)
@paginate(Pagination)
def list_networks(request: HttpRequest) -> QuerySet[Network]:
    return _networks()


@router.get(
    "/{slug}",
    response={200: NetworkOut, 404: ErrorOut, 422: ValidationErrorOut},
    summary="One active network",
    url_name="network_detail",
)
def get_network(request: HttpRequest, slug: NetworkSlug) -> Network:
    return get_visible_or_404(_networks(), slug=slug)
