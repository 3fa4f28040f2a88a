"""A person's memberships are kept between requests, and every change to them shows on the next page."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from netzwerk.accounts.models import Membership, Role


def edit_url(world, organization):
    return f"/n/{world.network.slug}/organizations/{organization.pk}/edit/"


def membership_queries(captured):
    return [query["sql"] for query in captured if '"accounts_membership' in query["sql"]]


def test_a_second_page_reads_no_memberships(world, client_for):
    client = client_for(world.editor_a)
    assert client.get(edit_url(world, world.org_a)).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(edit_url(world, world.org_a)).status_code == 200
    assert membership_queries(captured.captured_queries) == []


def test_a_changed_role_shows_on_the_next_page(world, client_for):
    client = client_for(world.member)
    assert client.get(edit_url(world, world.org_a)).status_code == 403
    membership = Membership.objects.get(user=world.member, network=world.network)
    membership.role = Role.COORDINATOR
    membership.save()
    assert client.get(edit_url(world, world.org_a)).status_code == 200


def test_organizations_taken_from_an_editor_show_on_the_next_page(world, client_for):
    client = client_for(world.editor_a)
    assert client.get(edit_url(world, world.org_a)).status_code == 200
    membership = Membership.objects.get(user=world.editor_a, network=world.network)
    membership.organizations.remove(world.org_a)
    assert client.get(edit_url(world, world.org_a)).status_code == 403
    membership.organizations.add(world.org_b)
    assert client.get(edit_url(world, world.org_b)).status_code == 200


def test_an_ended_membership_and_a_closed_network_show_on_the_next_page(world, client_for):
    coordinator = client_for(world.coordinator)
    assert coordinator.get(edit_url(world, world.org_a)).status_code == 200
    membership = Membership.objects.get(user=world.coordinator, network=world.network)
    membership.is_active = False
    membership.save()
    assert coordinator.get(edit_url(world, world.org_a)).status_code in {403, 404}

    editor = client_for(world.editor_b)
    assert editor.get(edit_url(world, world.org_b)).status_code == 200
    world.network.is_active = False
    world.network.save()
    assert editor.get(edit_url(world, world.org_b)).status_code in {403, 404}
