"""Positions: signed-in network members only, never another network's."""

import pytest

from tests.factories import PositionFactory

from .helpers import ids

pytestmark = pytest.mark.django_db

POSITIONS = "/api/v1/positions"


def test_anonymous_gets_401_with_a_clear_message(directory, client):
    for url in (POSITIONS, f"{POSITIONS}/{directory.position.pk}"):
        response = client.get(url)
        assert response.status_code == 401
        assert response["Content-Type"] == "application/json; charset=utf-8"
        assert "Sign in" in response.json()["detail"]


@pytest.mark.parametrize("role", ["member", "editor_b", "coordinator"])
def test_internal_members_see_their_networks_positions_only(directory, client_for, role):
    caller = client_for(directory.world.users()[role])
    assert ids(caller.get(POSITIONS)) == [directory.position.pk]
    assert caller.get(f"{POSITIONS}/{directory.position.pk}").status_code == 200
    assert caller.get(f"{POSITIONS}/{directory.other_position.pk}").status_code == 404
    assert ids(caller.get(POSITIONS, {"network": "saalekreis"})) == []


def test_guest_and_users_without_membership_get_empty_lists_and_404(directory, client_for, user):
    for caller in (client_for(directory.world.guest), client_for(user)):
        assert ids(caller.get(POSITIONS)) == []
        assert caller.get(f"{POSITIONS}/{directory.position.pk}").status_code == 404


def test_other_networks_coordinator_sees_only_that_networks_positions(directory, client_for):
    caller = client_for(directory.world.other_coordinator)
    assert ids(caller.get(POSITIONS)) == [directory.other_position.pk]
    assert caller.get(f"{POSITIONS}/{directory.position.pk}").status_code == 404


def test_position_payload_shows_current_holders_offers_and_visible_deputy(directory, client_for):
    deputy = PositionFactory(organization=directory.world.org_a, title="Vertretung")
    foreign_deputy = directory.other_position
    directory.position.deputy = deputy
    directory.position.save()
    member = client_for(directory.world.member)
    position = member.get(f"{POSITIONS}/{directory.position.pk}").json()
    assert position["title"] == {"de": "Migrationsberatung für Erwachsene"}
    assert position["organization"]["id"] == directory.world.org_a.pk
    assert position["deputy"] == {"id": deputy.pk, "title": {"de": "Vertretung"}}
    assert [holder["name"] for holder in position["holders"]] == ["Erika Muster"]
    assert position["holders"][0]["email"] == "erika@example.org"
    assert {offer["id"] for offer in position["offers"]} == {
        directory.public_offer.pk,
        directory.internal_offer.pk,
    }
    assert position["networks"] == ["burgenlandkreis"]

    directory.position.deputy = foreign_deputy
    directory.position.save()
    assert member.get(f"{POSITIONS}/{directory.position.pk}").json()["deputy"] is None


def test_filters(directory, client_for):
    member = client_for(directory.world.member)
    inactive = PositionFactory(organization=directory.world.org_b, title="Ehemalige Stelle", is_active=False)
    assert ids(member.get(POSITIONS, {"active": "false"})) == [inactive.pk]
    assert ids(member.get(POSITIONS, {"organization": directory.world.org_b.pk})) == [inactive.pk]
    assert ids(member.get(POSITIONS, {"thematic_field": "arbeit"})) == [directory.position.pk]
    assert ids(member.get(POSITIONS, {"q": "erwachsene"})) == [directory.position.pk]
    assert member.get(POSITIONS, {"network": "atlantis"}).status_code == 404
