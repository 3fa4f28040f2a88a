"""After login a person lands on their network, and its start page shows what they should do first."""

from datetime import timedelta

from django.utils import timezone

from netzwerk.accounts.models import Role
from netzwerk.accounts.services import invite_person
from netzwerk.directory.models import Offer
from tests.conftest import PASSWORD
from tests.factories import MembershipFactory, MembershipRequestFactory, OfferFactory

START = "/n/burgenlandkreis/"


def _log_in(client, verify_email, user, **params):
    person = verify_email(user)
    return client.post("/accounts/login/", {"login": person.email, "password": PASSWORD, **params})


def test_login_lands_on_the_persons_network(world, client, verify_email):
    response = _log_in(client, verify_email, world.member)

    assert response.status_code == 302
    assert response["Location"] == START


def test_login_with_a_next_address_goes_there(world, client, verify_email):
    response = _log_in(client, verify_email, world.member, next="/account/")

    assert response["Location"] == "/account/"


def test_a_person_of_several_networks_chooses_one(world, client, verify_email):
    MembershipFactory(user=world.member, network=world.other_network, role=Role.MEMBER)

    response = _log_in(client, verify_email, world.member)
    chooser = client.get(response["Location"]).content.decode()

    assert response["Location"] == "/"
    assert world.network.name in chooser
    assert world.other_network.name in chooser


def _start_page(client_for, user) -> str:
    return " ".join(client_for(user).get(START, HTTP_ACCEPT_LANGUAGE="en").content.decode().split())


def test_coordinators_see_requests_to_decide_first(world, client_for):
    MembershipRequestFactory(network=world.network)
    MembershipRequestFactory(network=world.network)

    page = _start_page(client_for, world.coordinator)

    assert "Your next steps" in page
    assert "2 membership requests to decide" in page
    assert 'href="/n/burgenlandkreis/requests/"' in page
    assert "membership requests to decide" not in _start_page(client_for, world.member)


def test_editors_are_asked_to_confirm_offers_nobody_touched_for_months(world, client_for):
    old = OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    OfferFactory(organization=world.org_a, title_de="Neu")
    Offer.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=200))

    page = _start_page(client_for, world.editor_a)

    assert "Confirm 1 offer of Beratungsstelle A" in page
    assert f'href="{world.org_a.url_in(world.network)}"' in page
    assert "Confirm" not in _start_page(client_for, world.editor_b), "only the editor's own organization"


def test_coordinators_are_reminded_of_expired_invitations(world, client_for):
    invitation = invite_person(
        network=world.network, email="neu@example.org", role=Role.MEMBER, invited_by=world.coordinator
    )
    invitation.expires_at = timezone.now() - timedelta(days=1)
    invitation.save()

    assert "1 invitation expired without an answer" in _start_page(client_for, world.coordinator)


def test_members_without_tasks_are_told_so_and_visitors_see_no_tasks(world, client_for):
    assert "Nothing is waiting for you right now." in _start_page(client_for, world.member)
    assert "Your next steps" not in _start_page(client_for, None)
