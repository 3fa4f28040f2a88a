"""Taxonomies for filtering: thematic fields and target groups (per network), languages, municipalities.

Thematic fields and target groups belong to a network and their slugs are unique only within it. The
lists cover every active network unless `network` narrows them; each term names its network.
"""

from typing import Annotated

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Query, Router
from ninja.pagination import paginate

from netzwerk.api.filters import NetworkFilter, default_language_field
from netzwerk.api.pagination import Pagination
from netzwerk.api.schemas import ErrorOut, LanguageOut, MunicipalityOut, TaxonomyOut, ValidationErrorOut
from netzwerk.api.visibility import active_network
from netzwerk.core.models import Language, Municipality, NetworkTaxonomy, TargetGroup, ThematicField

router = Router(tags=["taxonomies"])

LIST_RESPONSES = {404: ErrorOut, 422: ValidationErrorOut}

AgsPrefix = Annotated[
    str | None,
    Query(
        None,
        description="Beginning of the official municipality key, e.g. `15084` for the Burgenlandkreis.",
        pattern=r"^[0-9]{1,8}$",
    ),
]


def _terms(model: type[NetworkTaxonomy], network_slug: str | None) -> QuerySet:
    terms = model._default_manager.filter(is_active=True, network__is_active=True).select_related("network")
    if network_slug is not None:
        terms = terms.filter(network=active_network(network_slug))
    return terms.order_by("network__slug", "position", default_language_field("name"), "pk")


@router.get(
    "/thematic-fields",
    response={200: list[TaxonomyOut], **LIST_RESPONSES},
    summary="List thematic fields (Handlungsfelder)",
    url_name="thematic_field_list",
)
@paginate(Pagination)
def list_thematic_fields(request: HttpRequest, network: NetworkFilter = None) -> QuerySet[ThematicField]:
    return _terms(ThematicField, network)


@router.get(
    "/target-groups",
    response={200: list[TaxonomyOut], **LIST_RESPONSES},
    summary="List target groups",
    url_name="target_group_list",
)
@paginate(Pagination)
def list_target_groups(request: HttpRequest, network: NetworkFilter = None) -> QuerySet[TargetGroup]:
    return _terms(TargetGroup, network)


@router.get(
    "/languages",
    response={200: list[LanguageOut], **LIST_RESPONSES},
    summary="List languages",
    description="All languages known to the platform, or with `network` the languages a network offers "
    "content in.",
    url_name="language_list",
)
@paginate(Pagination)
def list_languages(request: HttpRequest, network: NetworkFilter = None) -> QuerySet[Language]:
    languages = active_network(network).languages.all() if network is not None else Language.objects.all()
    return languages.order_by("code")


@router.get(
    "/municipalities",
    response={200: list[MunicipalityOut], **LIST_RESPONSES},
    summary="List municipalities",
    description="With `network`, the municipalities of the network's area (their key starts with the "
    "network's district key).",
    url_name="municipality_list",
)
@paginate(Pagination)
def list_municipalities(
    request: HttpRequest, network: NetworkFilter = None, ags: AgsPrefix = None
) -> QuerySet[Municipality]:
    municipalities = (
        active_network(network).municipalities() if network is not None else Municipality.objects.all()
    )
    if ags:
        municipalities = municipalities.filter(ags__startswith=ags)
    return municipalities.order_by("ags")
