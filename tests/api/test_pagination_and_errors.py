"""Pagination on every list, JSON errors for bad input, and a fixed number of queries per page."""

import pytest

from netzwerk.directory.models import Visibility
from tests.factories import (
    LocationFactory,
    OfferFactory,
    OrganizationFactory,
    PositionFactory,
    PositionHoldingFactory,
    TargetGroupFactory,
    ThematicFieldFactory,
)

from .helpers import ids

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/networks",
    "/api/v1/organizations",
    "/api/v1/offers",
    "/api/v1/thematic-fields",
    "/api/v1/target-groups",
    "/api/v1/languages",
    "/api/v1/municipalities",
    "/api/v1/positions",
]


def test_limit_offset_and_total_count(directory, client):
    for number in range(60):
        OfferFactory(organization=directory.world.org_b, title=f"Kurs {number:02d}")
    first = client.get("/api/v1/offers").json()
    assert first["count"] == 62
    assert len(first["items"]) == 20
    second = client.get("/api/v1/offers", {"limit": 100, "offset": 20}).json()
    assert second["count"] == 62
    assert len(second["items"]) == 42
    everything = ids(client.get("/api/v1/offers", {"limit": 100}))
    assert [item["id"] for item in first["items"] + second["items"]] == everything
    assert len(set(everything)) == 62
    assert client.get("/api/v1/offers", {"offset": 500}).json() == {"items": [], "count": 62}


def test_order_is_stable_for_equal_titles(directory, client):
    twins = [OfferFactory(organization=directory.world.org_b, title="Sprachkurs") for _ in range(5)]
    pages = [
        ids(client.get("/api/v1/offers", {"q": "Sprachkurs", "limit": 2, "offset": start}))
        for start in (0, 2, 4)
    ]
    assert [offer_id for page in pages for offer_id in page] == [twin.pk for twin in twins]


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize(
    "params",
    [
        {"limit": -1},
        {"limit": 0},
        {"limit": 101},
        {"limit": "x"},
        {"offset": "abc"},
        {"offset": -5},
        {"offset": 10**30},
    ],
)
def test_nonsense_pagination_answers_422_with_a_detail(directory, client_for, url, params):
    response = client_for(directory.world.member).get(url, params)
    assert response.status_code == 422
    body = response.json()
    assert isinstance(body["detail"], str)
    assert body["detail"]
    assert body["errors"][0]["loc"][0] == "query"


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/v1/offers/abc", {}),
        ("/api/v1/offers/-3", {}),
        (f"/api/v1/offers/{10**30}", {}),
        ("/api/v1/organizations/1.5", {}),
        ("/api/v1/offers", {"organization": "x"}),
        ("/api/v1/offers", {"network": "../etc"}),
        ("/api/v1/offers", {"q": "a\x00b"}),
        ("/api/v1/offers", {"municipality": "Naumburg"}),
        ("/api/v1/offers", {"language": "deu"}),
        ("/api/v1/positions", {"active": "maybe"}),
        ("/api/v1/networks/not a slug", {}),
    ],
)
def test_bad_parameters_answer_422_not_500(directory, client_for, url, params):
    response = client_for(directory.world.member).get(url, params)
    assert response.status_code == 422, response.content
    assert response.json()["detail"].startswith("Invalid request parameters")


def test_errors_are_json_in_the_callers_language(directory, client):
    response = client.get("/api/v1/offers/999999", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"detail": "Not found. The record does not exist or you may not read it."}


def _fill(directory, count: int) -> None:
    """`count` offers, organizations and positions, each with every relation the payload shows."""
    network = directory.world.network
    term = ThematicFieldFactory(network=network)
    group = TargetGroupFactory(network=network)
    for number in range(count):
        organization = OrganizationFactory(name=f"Träger {number:02d}", network=network)
        organization.thematic_fields.add(term)
        organization.languages.add(directory.arabic)
        location = LocationFactory(organization=organization, municipality=directory.naumburg)
        offer = OfferFactory(organization=organization, visibility=Visibility.NETWORK)
        offer.thematic_fields.add(term)
        offer.target_groups.add(group)
        offer.languages.add(directory.arabic)
        offer.service_area.add(directory.zeitz)
        offer.locations.add(location)
        position = PositionFactory(organization=organization)
        position.offers.add(offer)
        position.thematic_fields.add(term)
        PositionHoldingFactory(position=position)


# Session, user, memberships (+ their organizations), networks, count, page, one query per prefetch.
MAX_QUERIES_PER_PAGE = {"/api/v1/offers": 13, "/api/v1/organizations": 11, "/api/v1/positions": 11}


def test_a_full_page_costs_a_fixed_number_of_queries(directory, client_for, django_assert_max_num_queries):
    caller = client_for(directory.world.member)
    _fill(directory, 5)
    queries_for_a_few = {}
    for url, max_queries in MAX_QUERIES_PER_PAGE.items():
        with django_assert_max_num_queries(max_queries) as few:
            caller.get(url)
        queries_for_a_few[url] = len(few.captured_queries)
    _fill(directory, 45)
    for url, count in queries_for_a_few.items():
        with django_assert_max_num_queries(count):
            response = caller.get(url)
        assert len(response.json()["items"]) == 20, url
