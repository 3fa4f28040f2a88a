"""Networks and the taxonomies clients filter by."""

import pytest

from tests.factories import NetworkFactory, TargetGroupFactory

pytestmark = pytest.mark.django_db


def slugs(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["slug"] for item in response.json()["items"]]


def test_networks_lists_active_networks_only(directory, client):
    NetworkFactory(name="Stillgelegtes Netzwerk", slug="alt", is_active=False)
    assert slugs(client.get("/api/v1/networks")) == ["burgenlandkreis", "saalekreis"]
    assert client.get("/api/v1/networks/alt").status_code == 404
    assert client.get("/api/v1/networks/nirgendwo").status_code == 404


def test_network_detail(directory, client):
    network = directory.world.network
    network.name_en = "Integration network Burgenland district"
    network.save()
    network.languages.add(directory.arabic)
    body = client.get("/api/v1/networks/burgenlandkreis").json()
    assert body["name"] == {
        "de": "Integrationsnetzwerk Burgenlandkreis",
        "en": "Integration network Burgenland district",
    }
    assert body["district_ags"] == "15084"
    assert body["office"]["email"] == "koordination@example.org"
    assert body["languages"] == [{"code": "ar", "name": {"de": "Arabisch", "en": "Arabic"}}]


def test_thematic_fields_of_all_networks_or_one(directory, client):
    response = client.get("/api/v1/thematic-fields")
    assert [(item["network"], item["slug"]) for item in response.json()["items"]] == [
        ("burgenlandkreis", "arbeit"),
        ("burgenlandkreis", "wohnen"),
        ("saalekreis", "arbeit"),
    ]
    assert slugs(client.get("/api/v1/thematic-fields", {"network": "saalekreis"})) == ["arbeit"]
    assert client.get("/api/v1/thematic-fields", {"network": "atlantis"}).status_code == 404


def test_retired_terms_are_not_listed(directory, client):
    TargetGroupFactory(network=directory.world.network, name="Alt", slug="alt", is_active=False)
    assert slugs(client.get("/api/v1/target-groups")) == ["familien"]
    first = client.get("/api/v1/target-groups").json()["items"][0]
    assert first["name"] == {"de": "Familien", "en": "Families"}


def test_languages_all_or_offered_by_a_network(directory, client):
    everything = client.get("/api/v1/languages", {"limit": 100}).json()
    codes = [item["code"] for item in everything["items"]]
    assert "ar" in codes
    assert codes == sorted(codes)
    assert everything["count"] == len(codes)
    arabic = next(item for item in everything["items"] if item["code"] == "ar")
    assert arabic["is_rtl"] is True
    assert arabic["native_name"] == "العربية"
    assert client.get("/api/v1/languages", {"network": "burgenlandkreis"}).json() == {"items": [], "count": 0}
    directory.world.network.languages.add(directory.arabic)
    offered = client.get("/api/v1/languages", {"network": "burgenlandkreis"}).json()
    assert [item["code"] for item in offered["items"]] == ["ar"]


def test_municipalities_of_a_network_area_and_by_key_prefix(directory, client):
    def agses(params: dict) -> list[str]:
        return [item["ags"] for item in client.get("/api/v1/municipalities", params).json()["items"]]

    assert agses({}) == ["15084355", "15084590", "15088205"]
    assert agses({"network": "burgenlandkreis"}) == ["15084355", "15084590"]
    assert agses({"network": "saalekreis"}) == ["15088205"]
    assert agses({"ags": "1508459"}) == ["15084590"]
    assert client.get("/api/v1/municipalities", {"ags": "15x"}).status_code == 422
