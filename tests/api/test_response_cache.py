"""List answers are computed once per reader level and address, and never outlive a change."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def titles(response) -> list[str]:
    assert response.status_code == 200
    return [item["title"]["de"] for item in response.json()["items"]]


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_a_repeated_list_call_is_answered_from_the_cache(directory, client):
    first = _queries(client, "/api/v1/offers")
    repeat = _queries(client, "/api/v1/offers")

    assert repeat < first
    assert repeat <= 1, "at most the content version, read from the cache"


def test_a_change_shows_in_the_next_answer(directory, client):
    assert "Migrationsberatung" in titles(client.get("/api/v1/offers"))
    offer = directory.public_offer
    offer.title_de = "Migrationsberatung für Familien"
    offer.save()

    assert "Migrationsberatung für Familien" in titles(client.get("/api/v1/offers"))


def test_members_and_visitors_get_their_own_answers(directory, client, client_for):
    public = titles(client.get("/api/v1/offers"))
    member = titles(client_for(directory.world.member).get("/api/v1/offers"))
    visitor_again = titles(client.get("/api/v1/offers"))

    assert "Fallbesprechung im Netzwerk" not in public
    assert "Fallbesprechung im Netzwerk" in member
    assert visitor_again == public


def test_filters_and_pages_are_cached_apart(directory, client):
    everything = titles(client.get("/api/v1/offers"))
    filtered = titles(client.get("/api/v1/offers", {"q": "Wohnung"}))
    second_page = client.get("/api/v1/offers", {"limit": 1, "offset": 1}).json()["items"]

    assert filtered == ["Wohnungssuche Saalekreis"]
    assert len(everything) > len(filtered)
    assert [item["title"]["de"] for item in second_page] == everything[1:2]
