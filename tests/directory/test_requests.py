"""Membership requests (Aufnahmeanträge): public form, bot protection, and the coordinators' decision."""

import pytest
from django.core import mail
from django.core.cache import cache

from netzwerk.accounts.models import Invitation, Role
from netzwerk.directory.models import MembershipRequest, NetworkLink, Organization, RequestStatus
from tests.factories import MembershipRequestFactory, OrganizationFactory

JOIN = "/n/burgenlandkreis/join/"
LIST = "/n/burgenlandkreis/requests/"

APPLICATION = {
    "organization_name": "Willkommensverein Zeitz",
    "organization_kind": "association",
    "organization_website": "https://willkommen-zeitz.example.org",
    "contact_name": "Amira Haddad",
    "contact_email": "amira@willkommen-zeitz.example.org",
    "contact_function": "Vorsitzende",
    "reason": "Wir begleiten geflüchtete Familien.",
}


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def pending(world):
    return MembershipRequestFactory(network=world.network, organization_name="Neuer Verein Weißenfels")


def detail(membership_request, suffix=""):
    return f"/n/{membership_request.network.slug}/requests/{membership_request.pk}/{suffix}"


# --- public form ---------------------------------------------------------------------------------------


def test_anyone_can_apply_and_coordinators_are_told(world, client, django_capture_on_commit_callbacks):
    assert client.get(JOIN).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(JOIN, APPLICATION)
    assert response.status_code == 302
    assert response["Location"] == "/n/burgenlandkreis/join/thanks/"
    stored = MembershipRequest.objects.get()
    assert stored.network == world.network
    assert stored.status == RequestStatus.PENDING
    assert stored.contact_email == APPLICATION["contact_email"]
    assert [message.to for message in mail.outbox] == [[world.coordinator.email]]
    notification = mail.outbox[0]
    assert "Willkommensverein Zeitz" in notification.subject
    assert f"/n/burgenlandkreis/requests/{stored.pk}/" in notification.body
    assert notification.reply_to == [APPLICATION["contact_email"]]
    assert "Thank you" in client.get(response["Location"]).content.decode()


def test_invalid_application_keeps_the_input(world, client):
    response = client.post(JOIN, {**APPLICATION, "contact_email": "not-an-address", "reason": ""})
    assert response.status_code == 200
    content = response.content.decode()
    assert 'value="Willkommensverein Zeitz"' in content
    assert "Please correct the following entries" in content
    assert not MembershipRequest.objects.exists()


def test_german_visitors_get_german_messages(world, client):
    response = client.post(JOIN, {**APPLICATION, "contact_name": ""}, HTTP_ACCEPT_LANGUAGE="de")
    assert "Dieses Feld ist zwingend erforderlich." in response.content.decode()


def test_honeypot_silently_drops_bots(world, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(JOIN, {**APPLICATION, "homepage": "http://spam.example"})
    assert response.status_code == 302  # the same answer as for people
    assert not MembershipRequest.objects.exists()
    assert mail.outbox == []


def test_honeypot_is_hidden_from_people(world, client):
    content = client.get(JOIN).content.decode()
    assert 'name="homepage"' in content
    assert '<div class="honeypot" hidden>' in content


def test_one_connection_may_send_five_requests_an_hour(world, client):
    for number in range(5):
        assert client.post(JOIN, {**APPLICATION, "organization_name": f"Verein {number}"}).status_code == 302
    response = client.post(JOIN, {**APPLICATION, "organization_name": "Verein 6"})
    assert response.status_code == 429
    content = response.content.decode()
    assert "Several requests have been sent from your connection" in content
    assert 'value="Verein 6"' in content
    assert MembershipRequest.objects.count() == 5
    other_address = client.post(
        JOIN, {**APPLICATION, "organization_name": "Verein 7"}, REMOTE_ADDR="10.0.0.7"
    )
    assert other_address.status_code == 302


# --- coordinators --------------------------------------------------------------------------------------

ACCESS = {
    "anonymous": 302,
    "guest": 403,
    "member": 403,
    "editor_a": 403,
    "coordinator": 200,
    "other_coordinator": 404,
}


@pytest.mark.parametrize(("role", "status"), ACCESS.items())
def test_only_coordinators_see_requests(world, client_for, pending, role, status):
    client = client_for(world.users()[role])
    assert client.get(LIST).status_code == status
    assert client.get(detail(pending)).status_code == status


def test_request_of_another_network_answers_404(world, client_for):
    foreign = MembershipRequestFactory(network=world.other_network)
    assert client_for(world.coordinator).get(f"/n/burgenlandkreis/requests/{foreign.pk}/").status_code == 404
    assert client_for(world.other_coordinator).get(detail(foreign)).status_code == 200


def test_list_shows_pending_requests_first(world, client_for, pending):
    decided = MembershipRequestFactory(
        network=world.network, organization_name="Alter Antrag", status=RequestStatus.REJECTED
    )
    MembershipRequest.objects.filter(pk=pending.pk).update(created_at=decided.created_at.replace(year=2020))
    content = client_for(world.coordinator).get(LIST).content.decode()
    assert content.index("Neuer Verein Weißenfels") < content.index("Alter Antrag")


@pytest.mark.parametrize("count", [2, 12])
def test_list_query_count_does_not_grow(world, client_for, django_assert_max_num_queries, count):
    for __ in range(count):
        MembershipRequestFactory(
            network=world.network, status=RequestStatus.REJECTED, decided_by=world.coordinator
        )
    client = client_for(world.coordinator)
    with django_assert_max_num_queries(10):
        response = client.get(LIST)
    assert response.content.decode().count('scope="row"') == count


def test_approval_creates_the_organization_and_invites_the_requester(
    world, client_for, pending, django_capture_on_commit_callbacks
):
    client = client_for(world.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(detail(pending, "approve/"), {"approve-note": "Willkommen!"})
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == RequestStatus.APPROVED
    assert pending.decided_by == world.coordinator
    assert pending.decision_note == "Willkommen!"
    organization = pending.organization
    assert organization.name == "Neuer Verein Weißenfels"
    assert organization.kind == pending.organization_kind
    assert organization.website == pending.organization_website
    assert NetworkLink.objects.filter(network=world.network, organization=organization).exists()
    position = organization.positions.get()
    assert position.title == "Vorsitzende"
    assert [h.person.email for h in position.holdings.current()] == [pending.contact_email]
    invitation = Invitation.objects.get(email=pending.contact_email)
    assert invitation.role == Role.EDITOR
    assert list(invitation.organizations.all()) == [organization]
    assert invitation.invited_by == world.coordinator
    assert [message.to for message in mail.outbox] == [[pending.contact_email]]
    page = client.get(detail(pending)).content.decode()
    assert "was admitted to the network" in page
    assert "Approve request" not in page


def test_rejection_needs_a_reason(world, client_for, pending):
    response = client_for(world.coordinator).post(detail(pending, "reject/"), {"reject-note": "  "})
    assert response.status_code == 200
    assert "Please correct the following entries" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == RequestStatus.PENDING


def test_rejection_emails_the_requester_in_german_with_english_below(
    world, client_for, pending, django_capture_on_commit_callbacks
):
    world.network.name_en = "Integration network Burgenlandkreis"
    world.network.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world.coordinator).post(
            detail(pending, "reject/"), {"reject-note": "Bitte wenden Sie sich an den Saalekreis."}
        )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == RequestStatus.REJECTED
    assert pending.decision_note == "Bitte wenden Sie sich an den Saalekreis."
    assert not Organization.objects.filter(name=pending.organization_name).exists()
    (message,) = mail.outbox
    assert message.to == [pending.contact_email]
    assert message.reply_to == ["koordination@example.org"]
    assert "Bitte wenden Sie sich an den Saalekreis." in message.body
    german = message.body.index("Integrationsnetzwerk Burgenlandkreis")
    english = message.body.index("Integration network Burgenlandkreis")
    assert german < english


@pytest.mark.parametrize("decisions", [("approve", "reject"), ("reject", "approve"), ("approve", "approve")])
def test_a_request_is_decided_only_once(
    world, client_for, pending, decisions, django_capture_on_commit_callbacks
):
    first, second = decisions
    client = client_for(world.coordinator)
    data = {"approve-note": "", "reject-note": "Passt nicht."}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(detail(pending, f"{first}/"), data)
    pending.refresh_from_db()
    status_after_first = pending.status
    organizations = Organization.objects.count()
    mails = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(detail(pending, f"{second}/"), data, follow=True)
    assert "already decided" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == status_after_first
    assert Organization.objects.count() == organizations
    assert len(mail.outbox) == mails


def test_members_cannot_decide(world, client_for, pending):
    response = client_for(world.member).post(detail(pending, "approve/"), {})
    assert response.status_code == 403
    pending.refresh_from_db()
    assert pending.status == RequestStatus.PENDING


def test_detail_warns_about_an_organization_of_the_same_name(world, client_for):
    OrganizationFactory(name="Schon Dabei e.V.", network=world.network)
    duplicate = MembershipRequestFactory(network=world.network, organization_name="schon dabei e.v.")
    content = client_for(world.coordinator).get(detail(duplicate)).content.decode()
    assert "An organization with this name is already a member of the network" in content
