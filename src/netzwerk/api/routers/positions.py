"""Positions (Zuständigkeiten) and their current holders: network-internal, for signed-in members only.

Anonymous callers get 401. Signed-in callers get the positions of the networks where they are internal
members (coordinator, organization editor, member); elsewhere lists are empty and records answer 404.
"""

from typing import Annotated, Any

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Path, Query, Router
from ninja.pagination import paginate

from netzwerk.api import prefetch
from netzwerk.api.filters import (
    MAX_ID,
    NetworkFilter,
    OrganizationFilter,
    SearchFilter,
    ThematicFieldFilter,
    default_language_field,
    search_condition,
)
from netzwerk.api.pagination import Pagination
from netzwerk.api.schemas import ErrorOut, PositionOut, ValidationErrorOut
from netzwerk.api.security import member_session
from netzwerk.api.versions import add_version_etag
from netzwerk.api.visibility import networks_in_scope, visible_offers, visible_positions
from netzwerk.core.models import Network
from netzwerk.directory.access import get_visible_or_404
from netzwerk.directory.models import Position, PositionHolding

router = Router(tags=["positions"], auth=member_session)

PositionId = Annotated[int, Path(..., description="Id of the position.", ge=1, le=MAX_ID)]
ActiveFilter = Annotated[
    bool | None, Query(None, description="`true`: only active positions; `false`: only inactive ones.")
]


def positions_for_request(
    request: HttpRequest, networks: list[Network], all_networks: list[Network] | None = None
) -> QuerySet[Position]:
    """The caller's visible positions with everything `PositionOut` reads, in stable order.

    `all_networks` (default: `networks`) limits the referenced deputy positions and offers.
    """
    user = request.user
    scope = networks if all_networks is None else all_networks
    current_holdings = (
        PositionHolding.objects.current().select_related("person").order_by("person__name", "pk")
    )
    offers = visible_offers(user, scope).order_by(default_language_field("title"), "pk")
    return (
        visible_positions(user, networks)
        .select_related("organization", "deputy")
        .annotate(deputy_is_visible=Exists(visible_positions(user, scope).filter(pk=OuterRef("deputy_id"))))
        .prefetch_related(
            Prefetch("offers", queryset=offers),
            prefetch.thematic_fields(),
            Prefetch("holdings", queryset=current_holdings, to_attr="current_holdings"),
            prefetch.active_network_links("organization"),
        )
        .order_by("organization__name", default_language_field("title"), "pk")
    )


@router.get(
    "",
    response={200: list[PositionOut], 401: ErrorOut, 404: ErrorOut, 422: ValidationErrorOut},
    summary="List positions",
    description="Positions of the networks where the caller is an internal member. Search (`q`) covers "
    "the function, the responsibilities and the organization's name.",
    url_name="position_list",
)
@paginate(Pagination)
def list_positions(
    request: HttpRequest,
    *,
    network: NetworkFilter = None,
    organization: OrganizationFilter = None,
    thematic_field: ThematicFieldFilter = None,
    active: ActiveFilter = None,
    q: SearchFilter = None,
) -> QuerySet[Position]:
    networks = networks_in_scope(network)
    all_networks = networks_in_scope(None) if network is not None else networks
    positions = positions_for_request(request, networks, all_networks)
    if organization is not None:
        positions = positions.filter(organization_id=organization)
    if thematic_field is not None:
        term = {"thematic_fields__slug": thematic_field, "thematic_fields__is_active": True}
        if network is not None:
            term["thematic_fields__network"] = networks[0]
        positions = positions.filter(pk__in=Position.objects.filter(**term).values("pk"))
    if active is not None:
        positions = positions.filter(is_active=active)
    if q:
        positions = positions.filter(
            search_condition(
                q,
                plain=["description", "organization__name", "organization__short_name"],
                translated=["title"],
            )
        )
    return positions


@router.get(
    "/{id}",
    response={200: PositionOut, 401: ErrorOut, 404: ErrorOut, 422: ValidationErrorOut},
    summary="One position",
    url_name="position_detail",
)
def get_position(request: HttpRequest, id: PositionId, response: HttpResponse) -> Any:  # noqa: A002 - the path names it id
    record = get_visible_or_404(positions_for_request(request, networks_in_scope(None)), pk=id)
    add_version_etag(response, record)
    return record
