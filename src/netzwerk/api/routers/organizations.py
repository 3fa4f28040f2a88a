"""Organizations (HSDS: organization) visible to the caller."""

from typing import Annotated, Any

from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Path, Query, Router
from ninja.pagination import paginate

from netzwerk.api import prefetch
from netzwerk.api.filters import MAX_ID, NetworkFilter, SearchFilter, ThematicFieldFilter, search_condition
from netzwerk.api.pagination import Pagination
from netzwerk.api.schemas import ErrorOut, OrganizationOut, ValidationErrorOut
from netzwerk.api.versions import add_version_etag
from netzwerk.api.visibility import networks_in_scope, visible_organizations
from netzwerk.core.models import Network
from netzwerk.directory.access import get_visible_or_404
from netzwerk.directory.models import Organization, OrganizationKind

router = Router(tags=["organizations"])

OrganizationId = Annotated[int, Path(..., description="Id of the organization.", ge=1, le=MAX_ID)]
KindFilter = Annotated[OrganizationKind | None, Query(None, description="Type of organization.")]


def organizations_for_request(
    request: HttpRequest, networks: list[Network], all_networks: list[Network] | None = None
) -> QuerySet[Organization]:
    """The caller's visible organizations with everything `OrganizationOut` reads, in stable order.

    `networks` limits the organizations; `all_networks` (all active networks, default: `networks`) limits
    the parents shown, since a parent may be a member of another network than its unit.
    """
    visible = visible_organizations(request.user, networks)
    all_visible = visible_organizations(request.user, networks if all_networks is None else all_networks)
    return (
        visible.select_related("parent")
        .annotate(parent_is_visible=Exists(all_visible.filter(pk=OuterRef("parent_id"))))
        .prefetch_related(
            prefetch.languages(),
            prefetch.thematic_fields(),
            prefetch.locations(),
            prefetch.active_network_links(),
        )
        .order_by("name", "pk")
    )


@router.get(
    "",
    response={200: list[OrganizationOut], 404: ErrorOut, 422: ValidationErrorOut},
    summary="List organizations",
    description="Member organizations of the active networks the caller may read. Search (`q`) covers "
    "name, short name and description.",
    url_name="organization_list",
)
@paginate(Pagination)
def list_organizations(
    request: HttpRequest,
    *,
    network: NetworkFilter = None,
    kind: KindFilter = None,
    thematic_field: ThematicFieldFilter = None,
    q: SearchFilter = None,
) -> QuerySet[Organization]:
    networks = networks_in_scope(network)
    all_networks = networks_in_scope(None) if network is not None else networks
    organizations = organizations_for_request(request, networks, all_networks)
    if kind is not None:
        organizations = organizations.filter(kind=kind)
    if thematic_field is not None:
        tagged = {"thematic_fields__slug": thematic_field, "thematic_fields__is_active": True}
        if network is not None:
            tagged["thematic_fields__network"] = networks[0]
        organizations = organizations.filter(pk__in=Organization.objects.filter(**tagged).values("pk"))
    if q:
        organizations = organizations.filter(
            search_condition(q, plain=["name", "short_name"], translated=["description"])
        )
    return organizations


@router.get(
    "/{id}",
    response={200: OrganizationOut, 404: ErrorOut, 422: ValidationErrorOut},
    summary="One organization",
    url_name="organization_detail",
)
def get_organization(request: HttpRequest, id: OrganizationId, response: HttpResponse) -> Any:  # noqa: A002 - the path names it id
    record = get_visible_or_404(organizations_for_request(request, networks_in_scope(None)), pk=id)
    add_version_etag(response, record)
    return record
