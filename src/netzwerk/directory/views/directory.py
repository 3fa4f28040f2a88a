"""The directory list: offers (or organizations) of the network, filtered and paginated.

With htmx the filter form asks for the result list only (`_offer_results.html` /
`_organization_results.html`) and swaps it in place; without JavaScript the same URL answers the full page.
"""

from collections import Counter
from typing import Any

from django.conf import settings
from django.db.models import CharField, F, Prefetch, QuerySet, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from netzwerk.accounts.roles import reads_internal
from netzwerk.core.content_cache import fragment_context
from netzwerk.core.content_language import SOURCE_LANGUAGE
from netzwerk.core.middleware import network_of
from netzwerk.core.models import Network, ThematicField
from netzwerk.directory.access import offers_for, organizations_for
from netzwerk.directory.forms import DirectoryFilterForm
from netzwerk.directory.models import Location, Offer, OfferQuerySet, Organization

from . import filter_key, paginate

OFFERS = "offers"
ORGANIZATIONS = "organizations"


def directory(request: HttpRequest) -> HttpResponse:
    return _listing(request, OFFERS)


def organization_list(request: HttpRequest) -> HttpResponse:
    return _listing(request, ORGANIZATIONS)


def _listing(request: HttpRequest, show: str) -> HttpResponse:
    network = network_of(request)
    internal = reads_internal(request.user, network)
    visible_offers = offers_for(request.user, network)
    form = DirectoryFilterForm(
        request.GET, network=network, visible_offers=visible_offers, sees_internal=internal
    )
    if show == OFFERS:
        results: QuerySet[Any] = _offers(form.filter_offers(visible_offers), network)
    else:
        results = _organizations(form.filter_organizations(organizations_for(request.user, network)), network)
    fragment = fragment_context()
    version, filters = fragment["content_version"], filter_key(request)
    count_key = f"netzwerk:directory-count:{version}:{network.pk}:{show}:{int(internal)}:{filters}"
    page, page_numbers = paginate(request, results, count_key=count_key)
    if show == ORGANIZATIONS:
        page.object_list = _WithOfferCounts(page.object_list, form.filter_offers(visible_offers))

    # Empty fields of a submitted form carry no filter; leaving them out keeps addresses short.
    query = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        query.setlist(name, [value for value in values if value])
    filter_query = _without(query, "page")
    results_template = f"directory/_{'offer' if show == OFFERS else 'organization'}_results.html"
    context = {
        "network": network,
        "form": form,
        "show": show,
        "page_obj": page,
        "page_numbers": page_numbers,
        "sees_internal": internal,
        "filter_query": f"?{filter_query}" if filter_query else "",
        "active_filters": [
            (label, value, _link(request.path, _without(query, "page", name)))
            for name, label, value in form.active_filters()
        ],
        "results_template": results_template,
        # Filter options and result cards are the same for every reader of the network with the same
        # language and visibility level: rendered once, then served from the cache until content changes.
        **fragment,
    }
    htmx = getattr(request, "htmx", None)
    if htmx and not htmx.history_restore_request:
        # The fragment also carries the tabs and the live status text, swapped out of band.
        response = render(request, results_template, {**context, "partial": True})
        response["HX-Push-Url"] = _link(request.path, query.urlencode())
    else:
        response = render(request, "directory/directory.html", context)
    # The same URL answers a fragment to htmx and a page otherwise: caches must keep them apart.
    patch_vary_headers(response, ["HX-Request"])
    return response


def _offers(offers: OfferQuerySet, network: Network) -> QuerySet[Offer]:
    language = (get_language() or SOURCE_LANGUAGE).split("-")[0]
    if language not in dict(settings.LANGUAGES):
        language = SOURCE_LANGUAGE
    # Sorted by the title the reader sees: the translation, else the German original.
    sort_title = Coalesce(
        NullIf(F(f"title_{language}"), Value("")), F(f"title_{SOURCE_LANGUAGE}"), output_field=CharField()
    )
    return offers.with_details_in(network).annotate(sort_title=Lower(sort_title)).order_by("sort_title", "pk")


def _organizations(organizations: QuerySet[Organization], network: Network) -> QuerySet[Organization]:
    return (
        organizations.annotate(sort_name=Lower("name"))
        .order_by("sort_name", "pk")
        .prefetch_related(
            Prefetch("thematic_fields", queryset=ThematicField.objects.filter(network=network)),
            Prefetch("locations", queryset=Location.objects.select_related("municipality")),
        )
    )


class _WithOfferCounts:
    """The page's organizations, each with how many of the listed offers it has (one query for the
    page). Loaded on first use, so a page whose list comes from the fragment cache costs nothing."""

    def __init__(self, organizations: Any, offers: QuerySet[Offer]) -> None:
        self._organizations = organizations
        self._offers = offers
        self._loaded: list[Organization] | None = None

    def _load(self) -> list[Organization]:
        if self._loaded is None:
            organizations = list(self._organizations)
            page_ids = [organization.pk for organization in organizations]
            rows = self._offers.filter(organization_id__in=page_ids).values_list("pk", "organization_id")
            counts = Counter(organization_id for _pk, organization_id in rows)
            for organization in organizations:
                organization.listed_offer_count = counts[organization.pk]
            self._loaded = organizations
        return self._loaded

    def __iter__(self) -> Any:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())

    def __bool__(self) -> bool:
        return bool(self._load())

    def __getitem__(self, index: Any) -> Any:
        return self._load()[index]


def _without(query: QueryDict, *names: str) -> str:
    remaining = query.copy()
    for name in names:
        remaining.pop(name, None)
    return remaining.urlencode()


def _link(path: str, query: str) -> str:
    return f"{path}?{query}" if query else path
