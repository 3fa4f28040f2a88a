"""Offers through the API: who sees which offer, the filters, the payload."""

import pytest

from netzwerk.directory.models import OfferStatus

from .helpers import ids

pytestmark = pytest.mark.django_db

OFFERS = "/api/v1/offers"


def test_anonymous_sees_public_offers_of_all_networks_only(directory, client):
    visible = ids(client.get(OFFERS))
    assert set(visible) == {directory.public_offer.pk, directory.other_public_offer.pk}


def test_guest_sees_public_offers_only(directory, client_for):
    visible = ids(client_for(directory.world.guest).get(OFFERS))
    assert set(visible) == {directory.public_offer.pk, directory.other_public_offer.pk}


@pytest.mark.parametrize("role", ["member", "editor_a", "coordinator"])
def test_internal_member_sees_own_network_internal_offers_but_never_another_networks(
    directory, client_for, role
):
    user = directory.world.users()[role]
    visible = set(ids(client_for(user).get(OFFERS)))
    assert directory.internal_offer.pk in visible
    assert directory.ended_offer.pk in visible
    assert directory.other_public_offer.pk in visible
    assert directory.other_internal_offer.pk not in visible


def test_coordinator_of_the_other_network_sees_its_internal_offers_only_there(directory, client_for):
    visible = set(ids(client_for(directory.world.other_coordinator).get(OFFERS)))
    assert directory.other_internal_offer.pk in visible
    assert directory.internal_offer.pk not in visible
    assert directory.ended_offer.pk not in visible


def test_invisible_offer_answers_404_like_a_missing_one(directory, client, client_for):
    for offer_id in (directory.internal_offer.pk, directory.ended_offer.pk, 999_999):
        response = client.get(f"{OFFERS}/{offer_id}")
        assert response.status_code == 404
        assert response.json()["detail"]
    member = client_for(directory.world.member)
    assert member.get(f"{OFFERS}/{directory.internal_offer.pk}").status_code == 200
    assert member.get(f"{OFFERS}/{directory.other_internal_offer.pk}").status_code == 404


def test_offer_payload_has_translations_taxonomies_organization_and_locations(directory, client):
    offer = client.get(f"{OFFERS}/{directory.public_offer.pk}").json()
    assert offer["title"] == {"de": "Migrationsberatung", "en": "Migration counselling"}
    assert offer["description"] == {"de": "Beratung für Erwachsene"}
    assert offer["costs"] == {}
    assert offer["organization"] == {
        "id": directory.world.org_a.pk,
        "name": "Beratungsstelle A",
        "short_name": "BSA",
    }
    assert offer["thematic_fields"] == [
        {"slug": "arbeit", "name": {"de": "Arbeit", "en": "Work"}, "network": "burgenlandkreis"}
    ]
    assert offer["target_groups"][0]["slug"] == "familien"
    assert offer["languages"] == [{"code": "ar", "name": {"de": "Arabisch", "en": "Arabic"}}]
    assert offer["service_area"] == [{"ags": "15084590", "name": "Zeitz"}]
    assert offer["networks"] == ["burgenlandkreis"]
    assert offer["status"] == "active"
    assert offer["visibility"] == "public"
    [location] = offer["locations"]
    assert location["address"] == {
        "street": "Markt 1",
        "postal_code": "06618",
        "municipality": {"ags": "15084355", "name": "Naumburg (Saale)"},
        "text": "Markt 1, 06618 Naumburg (Saale)",
    }
    assert location["latitude"] == pytest.approx(51.1527)
    assert location["longitude"] == pytest.approx(11.8098)


def test_retired_taxonomy_terms_are_left_out_of_the_payload(directory, client):
    directory.work.is_active = False
    directory.work.save()
    offer = client.get(f"{OFFERS}/{directory.public_offer.pk}").json()
    assert offer["thematic_fields"] == []


def test_network_filter(directory, client, client_for):
    assert set(ids(client.get(OFFERS, {"network": "saalekreis"}))) == {directory.other_public_offer.pk}
    member = client_for(directory.world.member)
    assert directory.internal_offer.pk in ids(member.get(OFFERS, {"network": "burgenlandkreis"}))
    assert ids(member.get(OFFERS, {"network": "saalekreis"})) == [directory.other_public_offer.pk]


def test_unknown_or_inactive_network_filter_answers_404(directory, client):
    response = client.get(OFFERS, {"network": "atlantis"})
    assert response.status_code == 404
    assert "atlantis" in response.json()["detail"]
    directory.world.other_network.is_active = False
    directory.world.other_network.save()
    assert client.get(OFFERS, {"network": "saalekreis"}).status_code == 404
    assert directory.other_public_offer.pk not in ids(client.get(OFFERS))


def test_thematic_field_filter_matches_the_slug_in_any_network_unless_one_is_named(directory, client):
    assert set(ids(client.get(OFFERS, {"thematic_field": "arbeit"}))) == {
        directory.public_offer.pk,
        directory.other_public_offer.pk,
    }
    assert ids(client.get(OFFERS, {"thematic_field": "arbeit", "network": "burgenlandkreis"})) == [
        directory.public_offer.pk
    ]
    assert ids(client.get(OFFERS, {"thematic_field": "unknown"})) == []


def test_target_group_language_and_organization_filters(directory, client):
    assert ids(client.get(OFFERS, {"target_group": "familien"})) == [directory.public_offer.pk]
    assert ids(client.get(OFFERS, {"language": "ar"})) == [directory.public_offer.pk]
    assert ids(client.get(OFFERS, {"language": "AR"})) == [directory.public_offer.pk]
    assert ids(client.get(OFFERS, {"language": "uk"})) == []
    assert ids(client.get(OFFERS, {"organization": directory.world.other_org.pk})) == [
        directory.other_public_offer.pk
    ]


def test_municipality_filter_matches_service_area_and_locations(directory, client):
    assert ids(client.get(OFFERS, {"municipality": "15084590"})) == [
        directory.public_offer.pk
    ]  # service area
    assert ids(client.get(OFFERS, {"municipality": "15084355"})) == [directory.public_offer.pk]  # location
    assert ids(client.get(OFFERS, {"municipality": "15088205"})) == [directory.other_public_offer.pk]
    assert ids(client.get(OFFERS, {"municipality": "15099999"})) == []


def test_status_filter_respects_visibility(directory, client, client_for):
    assert ids(client.get(OFFERS, {"status": OfferStatus.ENDED})) == []
    member = client_for(directory.world.member)
    assert ids(member.get(OFFERS, {"status": OfferStatus.ENDED})) == [directory.ended_offer.pk]
    assert client.get(OFFERS, {"status": "archived"}).status_code == 422


def test_search_covers_translations_and_the_organization_name(directory, client):
    assert ids(client.get(OFFERS, {"q": "counselling"})) == [directory.public_offer.pk]
    assert ids(client.get(OFFERS, {"q": "MIGRATIONS beratung"})) == [directory.public_offer.pk]
    assert ids(client.get(OFFERS, {"q": "Saalekreis Verein"})) == [directory.other_public_offer.pk]
    assert ids(client.get(OFFERS, {"q": "Migrationsberatung Saalekreis"})) == []
    assert ids(client.get(OFFERS, {"q": "Fallbesprechung"})) == []  # internal: not for anonymous callers
