"""Organizations through the API."""

import pytest

from netzwerk.directory.models import NetworkLinkStatus, OrganizationKind, OrganizationStatus
from tests.factories import OrganizationFactory

from .helpers import ids

pytestmark = pytest.mark.django_db

ORGANIZATIONS = "/api/v1/organizations"


def test_anonymous_sees_member_organizations_of_all_networks_except_dissolved(directory, client):
    world = directory.world
    assert ids(client.get(ORGANIZATIONS)) == [world.org_a.pk, world.org_b.pk, world.other_org.pk]
    assert client.get(f"{ORGANIZATIONS}/{directory.dissolved_org.pk}").status_code == 404


def test_internal_member_also_sees_dissolved_organizations_of_own_network(directory, client_for):
    member = client_for(directory.world.member)
    assert directory.dissolved_org.pk in ids(member.get(ORGANIZATIONS))
    assert member.get(f"{ORGANIZATIONS}/{directory.dissolved_org.pk}").json()["status"] == "dissolved"
    other = client_for(directory.world.other_coordinator)
    assert directory.dissolved_org.pk not in ids(other.get(ORGANIZATIONS))
    assert other.get(f"{ORGANIZATIONS}/{directory.dissolved_org.pk}").status_code == 404


def test_organization_outside_every_network_answers_404(directory, client):
    loner = OrganizationFactory(name="Ohne Netzwerk")
    left = OrganizationFactory(name="Ausgetreten", network=directory.world.network)
    left.network_links.update(status=NetworkLinkStatus.LEFT)
    assert client.get(f"{ORGANIZATIONS}/{loner.pk}").status_code == 404
    assert client.get(f"{ORGANIZATIONS}/{left.pk}").status_code == 404
    assert client.get(f"{ORGANIZATIONS}/0").status_code == 422


def test_organization_payload(directory, client):
    organization = client.get(f"{ORGANIZATIONS}/{directory.world.org_a.pk}").json()
    assert organization["name"] == "Beratungsstelle A"
    assert organization["short_name"] == "BSA"
    assert organization["kind"] == "welfare"
    assert organization["description"] == {"en": "Counselling in Naumburg"}
    assert organization["thematic_fields"] == [
        {"slug": "arbeit", "name": {"de": "Arbeit", "en": "Work"}, "network": "burgenlandkreis"}
    ]
    assert organization["networks"] == ["burgenlandkreis"]
    assert organization["parent"] is None
    assert organization["logo"] is None
    assert organization["locations"][0]["address"]["municipality"]["ags"] == "15084355"


def test_organization_in_two_networks_lists_both_and_appears_once(directory, client):
    shared = OrganizationFactory(name="EUmigra", network=directory.world.network)
    shared.network_links.create(network=directory.world.other_network)
    assert ids(client.get(ORGANIZATIONS, {"q": "EUmigra"})) == [shared.pk]
    assert client.get(f"{ORGANIZATIONS}/{shared.pk}").json()["networks"] == ["burgenlandkreis", "saalekreis"]


def test_parent_is_shown_only_when_the_caller_may_read_it(directory, client, client_for):
    unit = OrganizationFactory(
        name="Außenstelle", network=directory.world.network, parent=directory.world.org_a
    )
    assert client.get(f"{ORGANIZATIONS}/{unit.pk}").json()["parent"] == {
        "id": directory.world.org_a.pk,
        "name": "Beratungsstelle A",
        "short_name": "BSA",
    }
    unit.parent = directory.dissolved_org
    unit.save()
    assert client.get(f"{ORGANIZATIONS}/{unit.pk}").json()["parent"] is None
    member = client_for(directory.world.member)
    assert member.get(f"{ORGANIZATIONS}/{unit.pk}").json()["parent"]["id"] == directory.dissolved_org.pk


def test_filters(directory, client):
    world = directory.world
    assert ids(client.get(ORGANIZATIONS, {"network": "saalekreis"})) == [world.other_org.pk]
    assert ids(client.get(ORGANIZATIONS, {"kind": OrganizationKind.WELFARE})) == [world.org_a.pk]
    assert ids(client.get(ORGANIZATIONS, {"thematic_field": "arbeit"})) == [world.org_a.pk]
    assert ids(client.get(ORGANIZATIONS, {"thematic_field": "arbeit", "network": "saalekreis"})) == []
    assert ids(client.get(ORGANIZATIONS, {"q": "naumburg"})) == [world.org_a.pk]  # English description
    assert ids(client.get(ORGANIZATIONS, {"q": "bsa"})) == [world.org_a.pk]
    assert client.get(ORGANIZATIONS, {"kind": "pirates"}).status_code == 422
    assert client.get(ORGANIZATIONS, {"network": "nirgendwo"}).status_code == 404


def test_dissolved_status_hidden_from_anonymous_even_when_filtering(directory, client):
    directory.world.org_b.status = OrganizationStatus.DISSOLVED
    directory.world.org_b.save()
    assert directory.world.org_b.pk not in ids(client.get(ORGANIZATIONS, {"network": "burgenlandkreis"}))
