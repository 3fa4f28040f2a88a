"""Invitations from the coordinator's form to the invited person's first page, through HTTP."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.utils import timezone

from netzwerk.accounts.models import Invitation, Membership, Role, User
from netzwerk.accounts.services import invite_person
from tests.conftest import PASSWORD
from tests.factories import MembershipFactory, UserFactory

NEW_PASSWORD = "Saale-Unstrut 2025 Weinberg"


def invite_url(world):
    return f"/n/{world.network.slug}/members/invite/"


def link_from(message) -> str:
    match = re.search(r"https?://[^\s]+/invitations/[^\s/]+/", message.body)
    assert match, message.body
    return match.group(0)


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def send_invitation(client, world, django_capture_on_commit_callbacks, **data):
    payload = {"email": "neu@example.org", "name": "Nadia Neu", "role": Role.MEMBER, "language": "de", **data}
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(invite_url(world), payload)


def test_coordinator_invites_and_new_person_joins_as_editor(
    world, client_for, client, django_capture_on_commit_callbacks, settings
):
    settings.NETZWERK_SITE_URL = "https://netzwerk.example.org"
    coordinator = client_for(world.coordinator)
    response = send_invitation(
        coordinator,
        world,
        django_capture_on_commit_callbacks,
        role=Role.EDITOR,
        organizations=[world.org_a.pk],
        message="Schön, dass Sie dabei sind!",
        language="en",
    )
    assert response.status_code == 302
    assert response.url == f"/n/{world.network.slug}/members/invitations/"

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["neu@example.org"]
    assert world.network.name in email.subject
    assert "Schön, dass Sie dabei sind!" in email.body
    assert world.org_a.name in email.body
    assert email.reply_to == [world.coordinator.email]
    link = link_from(email)
    assert link.startswith("https://netzwerk.example.org/invitations/")

    page = client.get(path_of(link))
    assert page.status_code == 200
    assert "neu@example.org" in page.content.decode()
    assert 'name="password1"' in page.content.decode()

    response = client.post(
        path_of(link),
        {"name": "Nadia Neu", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "accept_privacy": "on"},
    )
    assert response.status_code == 302
    assert response.url == world.network.get_absolute_url()

    user = User.objects.get(email="neu@example.org")
    assert user.name == "Nadia Neu"
    assert user.check_password(NEW_PASSWORD)
    assert user.interface_language == "en"  # the language the invitation was written in
    assert response.cookies["django_language"].value == "en"
    assert EmailAddress.objects.get(user=user).verified
    membership = Membership.objects.get(user=user, network=world.network)
    assert membership.role == Role.EDITOR
    assert list(membership.organizations.all()) == [world.org_a]
    assert Invitation.objects.get(email="neu@example.org").accepted_by == user

    home = client.get(response.url)
    assert home.wsgi_request.user == user
    assert (
        f"Welcome to {world.network.name}! You have joined as Organization editor." in home.content.decode()
    )
    assert client.get("/account/").status_code == 200


def test_invitation_email_is_in_the_chosen_language(world, client_for, django_capture_on_commit_callbacks):
    send_invitation(client_for(world.coordinator), world, django_capture_on_commit_callbacks, language="en")
    email = mail.outbox[0]
    assert "To accept the invitation, open this link:" in email.body
    assert Invitation.objects.get().language == "en"


def test_invitation_default_language_is_german(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invite_person(
            network=world.network, email="Gast@Example.org", role=Role.GUEST, invited_by=world.coordinator
        )
    assert invitation.language == "de"
    assert invitation.email == "gast@example.org"
    assert mail.outbox[0].to == ["gast@example.org"]


def test_no_email_when_the_transaction_rolls_back(world, django_capture_on_commit_callbacks):
    from django.db import transaction

    def invite_then_fail() -> None:
        with transaction.atomic():
            invite_person(network=world.network, email="x@example.org", role=Role.MEMBER, invited_by=None)
            raise RuntimeError

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        invite_then_fail()
    assert mail.outbox == []
    assert not Invitation.objects.exists()


def test_a_new_invitation_replaces_the_older_one(
    world, client, client_for, django_capture_on_commit_callbacks
):
    coordinator = client_for(world.coordinator)
    send_invitation(coordinator, world, django_capture_on_commit_callbacks)
    send_invitation(coordinator, world, django_capture_on_commit_callbacks, role=Role.GUEST)
    first, second = (link_from(message) for message in mail.outbox)
    assert client.get(path_of(first)).status_code == 410
    assert client.get(path_of(second)).status_code == 200
    assert Invitation.objects.pending().get().role == Role.GUEST


def test_expired_link_explains_and_names_the_office(world, client):
    invitation = invite_person(
        network=world.network, email="alt@example.org", role=Role.MEMBER, invited_by=None
    )
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.get(invitation.get_absolute_url())
    assert response.status_code == 410
    content = response.content.decode()
    assert world.network.office_email in content
    assert "This invitation has expired" in content
    assert client.post(invitation.get_absolute_url(), {"name": "X"}).status_code == 410
    assert not User.objects.filter(email="alt@example.org").exists()


@pytest.mark.parametrize("state", ["revoked", "accepted"])
def test_used_or_revoked_link_answers_410(world, client, state):
    invitation = invite_person(
        network=world.network, email="weg@example.org", role=Role.MEMBER, invited_by=None
    )
    setattr(invitation, f"{state}_at", timezone.now())
    invitation.save()
    assert client.get(invitation.get_absolute_url()).status_code == 410


def test_unknown_token_answers_friendly_404(client, db):
    response = client.get("/invitations/not-a-real-token/")
    assert response.status_code == 404
    assert "This invitation link is not valid" in response.content.decode()


def test_wrong_user_logged_in_cannot_accept(world, client_for):
    invitation = invite_person(
        network=world.network,
        email="neu@example.org",
        role=Role.EDITOR,
        organizations=[world.org_a],
        invited_by=None,
    )
    client = client_for(world.member)
    response = client.get(invitation.get_absolute_url())
    assert response.status_code == 403
    assert "neu@example.org" in response.content.decode()
    assert client.post(invitation.get_absolute_url()).status_code == 403
    assert Membership.objects.get(user=world.member).role == Role.MEMBER
    assert Invitation.objects.get(pk=invitation.pk).accepted_at is None


def test_existing_account_must_log_in_first_then_joins(world, client, verify_email):
    person = verify_email(UserFactory(email="bekannt@example.org"))
    invitation = invite_person(
        network=world.network, email="Bekannt@example.org", role=Role.MEMBER, invited_by=None
    )
    url = invitation.get_absolute_url()

    page = client.get(url)
    assert page.status_code == 200
    assert f"/accounts/login/?next={url}" in page.content.decode()
    assert not User.objects.filter(email="bekannt@example.org").exclude(pk=person.pk).exists()
    assert client.post(url, {"name": "x"}).status_code == 302  # no second account, off to the login

    login = client.post("/accounts/login/", {"login": person.email, "password": PASSWORD, "next": url})
    assert login.status_code == 302
    assert login.url == url
    confirm = client.get(url)
    assert confirm.status_code == 200
    joined = client.post(url)
    assert joined.status_code == 302
    assert Membership.objects.get(user=person, network=world.network).role == Role.MEMBER


def test_logged_in_member_of_another_network_confirms_and_joins(world, client_for):
    invitation = invite_person(
        network=world.network, email=world.other_coordinator.email, role=Role.MEMBER, invited_by=None
    )
    client = client_for(world.other_coordinator)
    assert client.get(invitation.get_absolute_url()).status_code == 200
    assert not Membership.objects.filter(user=world.other_coordinator, network=world.network).exists()
    response = client.post(invitation.get_absolute_url())
    assert response.status_code == 302
    assert Membership.objects.get(user=world.other_coordinator, network=world.network).role == Role.MEMBER
    # A second click on the used link sends the person to the network instead of an error.
    again = client.get(invitation.get_absolute_url())
    assert again.status_code == 302
    assert again.url == world.network.get_absolute_url()


def test_signup_with_bad_input_keeps_what_was_typed(world, client):
    invitation = invite_person(
        network=world.network, email="neu@example.org", role=Role.MEMBER, invited_by=None
    )
    response = client.post(
        invitation.get_absolute_url(), {"name": "Nadia Neu", "password1": "kurz", "password2": "anders"}
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert 'value="Nadia Neu"' in content
    assert "error-summary" in content
    assert 'aria-invalid="true"' in content
    assert not User.objects.filter(email="neu@example.org").exists()

    weak = client.post(
        invitation.get_absolute_url(),
        {"name": "Nadia Neu", "password1": "12345678901", "password2": "12345678901", "accept_privacy": "on"},
    )
    assert weak.status_code == 200
    assert not User.objects.filter(email="neu@example.org").exists()

    no_privacy = client.post(
        invitation.get_absolute_url(),
        {"name": "Nadia Neu", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert no_privacy.status_code == 200
    assert "Please confirm that you have read the privacy note." in no_privacy.content.decode()
    assert not User.objects.filter(email="neu@example.org").exists()


def test_accepting_never_lowers_a_role_but_adds_organizations(world, client_for):
    MembershipFactory(user=world.coordinator, network=world.other_network, role=Role.MEMBER)
    invitation = invite_person(
        network=world.network,
        email=world.coordinator.email,
        role=Role.EDITOR,
        organizations=[world.org_b],
        invited_by=None,
    )
    client_for(world.coordinator).post(invitation.get_absolute_url())
    membership = Membership.objects.get(user=world.coordinator, network=world.network)
    assert membership.role == Role.COORDINATOR
    assert list(membership.organizations.all()) == [world.org_b]


def test_accepting_reactivates_an_ended_membership_with_the_new_role(world, client_for):
    membership = Membership.objects.get(user=world.editor_a)
    membership.is_active = False
    membership.save()
    invitation = invite_person(
        network=world.network, email=world.editor_a.email, role=Role.GUEST, invited_by=None
    )
    client_for(world.editor_a).post(invitation.get_absolute_url())
    membership.refresh_from_db()
    assert membership.is_active
    assert membership.role == Role.GUEST
    assert list(membership.organizations.all()) == []
