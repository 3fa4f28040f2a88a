"""Offers (HSDS: service) visible to the caller."""

from typing import Annotated, Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Path, Query, Router
from ninja.pagination import paginate

from netzwerk.api import prefetch
from netzwerk.api.filters import (
    MAX_ID,
    NetworkFilter,
    OrganizationFilter,
    SearchFilter,
    TargetGroupFilter,
    ThematicFieldFilter,
    default_language_field,
    search_condition,
)
from netzwerk.api.pagination import Pagination
from netzwerk.api.schemas import ErrorOut, OfferOut, ValidationErrorOut
from netzwerk.api.versions import add_version_etag
from netzwerk.api.visibility import networks_in_scope, visible_offers
from netzwerk.core.models import Network
from netzwerk.directory.access import get_visible_or_404
from netzwerk.directory.models import Offer, OfferStatus

router = Router(tags=["offers"])

OfferId = Annotated[int, Path(..., description="Id of the offer.", ge=1, le=MAX_ID)]
LanguageFilter = Annotated[
    str | None,
    Query(
        None, description="ISO 639-1 code of a language the offer is available in.", pattern=r"^[a-zA-Z]{2}$"
    ),
]
MunicipalityFilter = Annotated[
    str | None,
    Query(
        None,
        description="Official municipality key (AGS): offers whose service area includes the municipality "
        "or that take place at a location there.",
        pattern=r"^[0-9]{2,8}$",
    ),
]
StatusFilter = Annotated[
    OfferStatus | None,
    Query(None, description="Offer status. Ended offers are visible to network members only."),
]


def offers_for_request(request: HttpRequest, networks: list[Network]) -> QuerySet[Offer]:
    """The caller's visible offers with everything `OfferOut` reads, in stable order."""
    return (
        visible_offers(request.user, networks)
        .select_related("organization")
        .prefetch_related(
            prefetch.thematic_fields(),
            prefetch.target_groups(),
            prefetch.languages(),
            prefetch.municipalities("service_area"),
            prefetch.locations(),
            prefetch.active_network_links("organization"),
        )
        .order_by(default_language_field("title"), "pk")
    )


def _matching(**lookup: Any) -> Q:
    # A subquery instead of a join: a many-to-many filter must not repeat an offer in the page.
    return Q(pk__in=Offer.objects.filter(**lookup).values("pk"))


@router.get(
    "",
    response={200: list[OfferOut], 404: ErrorOut, 422: ValidationErrorOut},
    summary="List offers",
    description="Offers of the member organizations of the active networks the caller may read. "
    "Search (`q`) covers title, description, eligibility and the organization's name.",
    url_name="offer_list",
)
@paginate(Pagination)
def list_offers(
    request: HttpRequest,
    *,
    network: NetworkFilter = None,
    organization: OrganizationFilter = None,
    thematic_field: ThematicFieldFilter = None,
    target_group: TargetGroupFilter = None,
    language: LanguageFilter = None,
    municipality: MunicipalityFilter = None,
    status: StatusFilter = None,
    q: SearchFilter = None,
) -> QuerySet[Offer]:
    networks = networks_in_scope(network)
    offers = offers_for_request(request, networks)
    if organization is not None:
        offers = offers.filter(organization_id=organization)
    if thematic_field is not None:
        term = {"thematic_fields__slug": thematic_field, "thematic_fields__is_active": True}
        if network is not None:
            term["thematic_fields__network"] = networks[0]
        offers = offers.filter(_matching(**term))
    if target_group is not None:
        group = {"target_groups__slug": target_group, "target_groups__is_active": True}
        if network is not None:
            group["target_groups__network"] = networks[0]
        offers = offers.filter(_matching(**group))
    if language is not None:
        offers = offers.filter(_matching(languages__code=language.lower()))
    if municipality is not None:
        offers = offers.filter(
            _matching(service_area__ags=municipality) | _matching(locations__municipality__ags=municipality)
        )
    if status is not None:
        offers = offers.filter(status=status)
    if q:
        offers = offers.filter(
            search_condition(
                q,
                plain=["organization__name", "organization__short_name"],
                translated=["title", "description", "eligibility"],
            )
        )
    return offers


@router.get(
    "/{id}",
    response={200: OfferOut, 404: ErrorOut, 422: ValidationErrorOut},
    summary="One offer",
    url_name="offer_detail",
)
def get_offer(request: HttpRequest, id: OfferId, response: HttpResponse) -> Any:  # noqa: A002 - the path names it id
    record = get_visible_or_404(offers_for_request(request, networks_in_scope(None)), pk=id)
    add_version_etag(response, record)
    return record
