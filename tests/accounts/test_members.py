"""The coordinators' member pages: who may open them, filters, invitations, role changes, ending."""

import pytest
from django.core import mail

from netzwerk.accounts.models import Invitation, Membership, Role
from netzwerk.accounts.services import invite_person
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory


def members_url(world, suffix=""):
    return f"/n/{world.network.slug}/members/{suffix}"


def membership_of(user, network=None):
    return Membership.objects.get(user=user, **({"network": network} if network else {}))


PAGES = ["", "invite/", "invitations/"]


@pytest.mark.parametrize("suffix", PAGES)
@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("guest", 403),
        ("member", 403),
        ("editor_a", 403),
        ("other_coordinator", 404),
        ("coordinator", 200),
    ],
)
def test_only_coordinators_of_the_network_open_member_pages(world, client_for, suffix, who, status):
    assert client_for(world.users()[who]).get(members_url(world, suffix)).status_code == status


@pytest.mark.parametrize("suffix", PAGES)
def test_anonymous_is_sent_to_the_login(world, client, suffix):
    response = client.get(members_url(world, suffix))
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")


def test_platform_admin_may_manage_every_network(world, client_for):
    admin = UserFactory(is_superuser=True)
    assert client_for(admin).get(members_url(world)).status_code == 200


def test_member_cannot_invite(world, client_for):
    response = client_for(world.member).post(
        members_url(world, "invite/"), {"email": "x@example.org", "role": Role.COORDINATOR, "language": "de"}
    )
    assert response.status_code == 403
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_coordinator_of_another_network_gets_404_for_every_action(world, client_for):
    other = client_for(world.other_coordinator)
    membership = membership_of(world.member)
    invitation = invite_person(
        network=world.network, email="x@example.org", role=Role.MEMBER, invited_by=None
    )
    assert (
        other.post(members_url(world, "invite/"), {"email": "y@example.org", "role": "member"}).status_code
        == 404
    )
    assert other.get(members_url(world, f"{membership.pk}/")).status_code == 404
    assert other.post(members_url(world, f"{membership.pk}/end/")).status_code == 404
    assert other.post(members_url(world, f"invitations/{invitation.pk}/revoke/")).status_code == 404
    membership.refresh_from_db()
    assert membership.is_active
    assert Invitation.objects.get(pk=invitation.pk).revoked_at is None


def test_records_of_another_network_are_404_even_for_coordinators(world, client_for):
    coordinator = client_for(world.coordinator)
    foreign_membership = membership_of(world.other_coordinator)
    foreign_invitation = invite_person(
        network=world.other_network, email="x@example.org", role=Role.MEMBER, invited_by=None
    )
    assert coordinator.get(members_url(world, f"{foreign_membership.pk}/")).status_code == 404
    assert (
        coordinator.post(members_url(world, f"invitations/{foreign_invitation.pk}/revoke/")).status_code
        == 404
    )
    assert (
        coordinator.post(members_url(world, f"invitations/{foreign_invitation.pk}/resend/")).status_code
        == 404
    )


def test_member_list_shows_members_with_roles_and_organizations(world, client_for):
    content = client_for(world.coordinator).get(members_url(world)).content.decode()
    for person in (world.guest, world.member, world.editor_a, world.editor_b, world.coordinator):
        assert person.email in content
    assert world.other_coordinator.email not in content
    assert world.org_a.name in content


def test_member_list_filters(world, client_for):
    coordinator = client_for(world.coordinator)

    by_role = coordinator.get(members_url(world), {"role": Role.EDITOR}).content.decode()
    assert world.editor_a.email in by_role
    assert world.editor_b.email in by_role
    assert world.member.email not in by_role

    by_organization = coordinator.get(members_url(world), {"organization": world.org_b.pk}).content.decode()
    assert world.editor_b.email in by_organization
    assert world.editor_a.email not in by_organization

    by_text = coordinator.get(members_url(world), {"q": world.guest.name}).content.decode()
    assert world.guest.email in by_text
    assert world.member.email not in by_text

    membership = membership_of(world.member)
    membership.is_active = False
    membership.save()
    active = coordinator.get(members_url(world)).content.decode()
    assert world.member.email not in active
    ended = coordinator.get(members_url(world), {"status": "ended"}).content.decode()
    assert world.member.email in ended
    assert f"invite/?email={world.member.email.replace('@', '%40')}" in ended


def test_member_list_ignores_an_unknown_organization_filter(world, client_for):
    response = client_for(world.coordinator).get(
        members_url(world), {"organization": "999999", "q": "Person"}
    )
    assert response.status_code == 200
    assert world.member.email in response.content.decode()


def test_member_list_paginates_with_constant_queries(world, client_for, django_assert_max_num_queries):
    organization = OrganizationFactory(network=world.network)
    for _ in range(30):
        MembershipFactory(network=world.network, role=Role.EDITOR, organizations=[organization, world.org_a])
    coordinator = client_for(world.coordinator)
    with django_assert_max_num_queries(12):
        first = coordinator.get(members_url(world))
    assert first.status_code == 200
    assert "?page=2" in first.content.decode()
    with django_assert_max_num_queries(12):
        second = coordinator.get(members_url(world), {"page": 2, "role": Role.EDITOR})
    assert second.status_code == 200
    assert "page=1" in second.content.decode()


def test_invite_requires_an_organization_for_editors_and_keeps_input(world, client_for):
    response = client_for(world.coordinator).post(
        members_url(world, "invite/"),
        {
            "email": "neu@example.org",
            "name": "Nadia Neu",
            "role": Role.EDITOR,
            "message": "Hallo!",
            "language": "en",
        },
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "error-summary" in content
    assert 'value="neu@example.org"' in content
    assert 'value="Nadia Neu"' in content
    assert "Hallo!" in content
    assert not Invitation.objects.exists()


def test_invite_refuses_organizations_of_other_networks(world, client_for):
    response = client_for(world.coordinator).post(
        members_url(world, "invite/"),
        {
            "email": "neu@example.org",
            "role": Role.EDITOR,
            "organizations": [world.other_org.pk],
            "language": "de",
        },
    )
    assert response.status_code == 200
    assert not Invitation.objects.exists()


def test_invite_refuses_a_bad_address_and_existing_members(world, client_for):
    coordinator = client_for(world.coordinator)
    bad = coordinator.post(
        members_url(world, "invite/"), {"email": "kein-at", "role": Role.MEMBER, "language": "de"}
    )
    assert bad.status_code == 200
    assert 'value="kein-at"' in bad.content.decode()
    existing = coordinator.post(
        members_url(world, "invite/"),
        {"email": world.member.email.upper(), "role": Role.GUEST, "language": "de"},
    )
    assert existing.status_code == 200
    assert not Invitation.objects.exists()


def test_open_invitations_can_be_sent_again_and_withdrawn(
    world, client, client_for, django_capture_on_commit_callbacks
):
    coordinator = client_for(world.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invite_person(
            network=world.network,
            email="neu@example.org",
            role=Role.EDITOR,
            organizations=[world.org_a],
            invited_by=world.coordinator,
        )
    listing = coordinator.get(members_url(world, "invitations/")).content.decode()
    assert "neu@example.org" in listing

    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator.post(members_url(world, f"invitations/{invitation.pk}/resend/"))
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    fresh = Invitation.objects.pending().get()
    assert fresh.pk != invitation.pk
    assert list(fresh.organizations.all()) == [world.org_a]
    assert client.get(invitation.get_absolute_url()).status_code == 410

    assert coordinator.get(members_url(world, f"invitations/{fresh.pk}/revoke/")).status_code == 405
    response = coordinator.post(members_url(world, f"invitations/{fresh.pk}/revoke/"))
    assert response.status_code == 302
    fresh.refresh_from_db()
    assert fresh.revoked_by == world.coordinator
    assert client.get(fresh.get_absolute_url()).status_code == 410
    listing = coordinator.get(members_url(world, "invitations/")).content.decode()
    assert "withdrawn" in listing  # the success message
    assert f"invitations/{fresh.pk}/resend/" not in listing


def test_coordinator_changes_role_and_organizations(world, client_for):
    membership = membership_of(world.member)
    response = client_for(world.coordinator).post(
        members_url(world, f"{membership.pk}/"), {"role": Role.EDITOR, "organizations": [world.org_b.pk]}
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == Role.EDITOR
    assert list(membership.organizations.all()) == [world.org_b]
    latest = membership.history.latest()
    assert latest.history_user == world.coordinator
    # The new editor can now edit the organization (permission caches are per request).
    assert client_for(world.member).get(members_url(world)).status_code == 403


def test_editor_role_without_organization_is_refused_with_message(world, client_for):
    membership = membership_of(world.member)
    response = client_for(world.coordinator).post(
        members_url(world, f"{membership.pk}/"), {"role": Role.EDITOR}
    )
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    membership.refresh_from_db()
    assert membership.role == Role.MEMBER


def test_last_coordinator_can_be_neither_demoted_nor_removed(world, client_for):
    coordinator = client_for(world.coordinator)
    own = membership_of(world.coordinator)
    demote = coordinator.post(members_url(world, f"{own.pk}/"), {"role": Role.MEMBER})
    assert demote.status_code == 200
    assert "at least one active coordinator" in demote.content.decode()
    end = coordinator.post(members_url(world, f"{own.pk}/end/"), follow=True)
    assert "at least one active coordinator" in end.content.decode()
    own.refresh_from_db()
    assert own.is_active
    assert own.role == Role.COORDINATOR


def test_with_a_second_coordinator_the_first_may_step_down(world, client_for):
    second = MembershipFactory(network=world.network, role=Role.COORDINATOR)
    own = membership_of(world.coordinator)
    coordinator = client_for(world.coordinator)
    response = coordinator.post(members_url(world, f"{own.pk}/end/"))
    assert response.status_code == 302
    assert response.url == world.network.get_absolute_url()
    own.refresh_from_db()
    assert not own.is_active
    assert coordinator.get(members_url(world)).status_code == 404
    # Now the second one is the last and stays.
    client_for(second.user).post(members_url(world, f"{second.pk}/end/"))
    second.refresh_from_db()
    assert second.is_active


def test_ending_a_membership_asks_first_and_removes_internal_access(world, client_for):
    membership = membership_of(world.editor_a)
    coordinator = client_for(world.coordinator)
    confirm = coordinator.get(members_url(world, f"{membership.pk}/end/"))
    assert confirm.status_code == 200
    membership.refresh_from_db()
    assert membership.is_active
    response = coordinator.post(members_url(world, f"{membership.pk}/end/"))
    assert response.status_code == 302
    membership.refresh_from_db()
    assert not membership.is_active
    assert not world.editor_a.has_perm("directory.change_organization", world.org_a)
    assert coordinator.get(members_url(world, f"{membership.pk}/")).status_code == 404


def test_admin_pages_for_accounts_work(world, client_for):
    admin = client_for(UserFactory(is_superuser=True, is_staff=True))
    invitation = invite_person(
        network=world.network, email="x@example.org", role=Role.MEMBER, invited_by=None
    )
    membership = membership_of(world.editor_a)
    for url in (
        "/admin/accounts/user/",
        f"/admin/accounts/user/?q={world.member.email}&memberships__network__id__exact={world.network.pk}",
        f"/admin/accounts/user/{world.editor_a.pk}/change/",
        "/admin/accounts/membership/?role=editor",
        f"/admin/accounts/membership/{membership.pk}/change/",
        f"/admin/accounts/membership/{membership.pk}/history/",
        "/admin/accounts/invitation/?status=pending",
        f"/admin/accounts/invitation/{invitation.pk}/change/",
    ):
        assert admin.get(url).status_code == 200, url
    assert admin.get("/admin/accounts/invitation/add/").status_code == 403
