"""Rules the services enforce for every caller (the directory app invites through them too)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from netzwerk.accounts import services
from netzwerk.accounts.models import Invitation, Membership, Role
from tests.factories import MembershipFactory, UserFactory


def invite(world, **kwargs):
    defaults = {"network": world.network, "email": "neu@example.org", "role": Role.MEMBER, "invited_by": None}
    return services.invite_person(**{**defaults, **kwargs})


def test_invite_person_takes_the_documented_keywords(world):
    invitation = services.invite_person(
        network=world.network,
        email=" Neu@Example.org ",
        name=" Nadia ",
        role=Role.EDITOR,
        organizations=[world.org_a],
        invited_by=world.coordinator,
        message=" Willkommen ",
        language="en",
    )
    assert (invitation.email, invitation.name, invitation.message, invitation.language) == (
        "neu@example.org",
        "Nadia",
        "Willkommen",
        "en",
    )
    assert invitation.expires_at - timezone.now() > timedelta(days=13)
    assert list(invitation.organizations.all()) == [world.org_a]


def test_invitation_expiry_follows_the_setting(world, settings):
    settings.NETZWERK_INVITATION_DAYS = 3
    invitation = invite(world)
    assert timedelta(days=2, hours=23) < invitation.expires_at - timezone.now() <= timedelta(days=3)


def test_unknown_email_language_falls_back_to_german(world):
    assert invite(world, language="ar").language == "de"


def test_editor_invitation_needs_an_organization_of_the_network(world):
    with pytest.raises(services.MembershipChangeRefusedError):
        invite(world, role=Role.EDITOR)
    with pytest.raises(services.MembershipChangeRefusedError):
        invite(world, role=Role.EDITOR, organizations=[world.other_org])
    assert not Invitation.objects.exists()


@pytest.mark.parametrize("state", ["accepted", "revoked", "expired"])
def test_unusable_invitations_raise_a_clear_error(world, state):
    invitation = invite(world)
    person = UserFactory(email="neu@example.org")
    if state == "expired":
        invitation.expires_at = timezone.now() - timedelta(seconds=1)
    else:
        setattr(invitation, f"{state}_at", timezone.now())
    invitation.save()
    with pytest.raises(services.InvitationUnavailableError) as error:
        services.accept_invitation(invitation=invitation, user=person)
    assert error.value.reason == state
    assert str(error.value.message)
    assert not Membership.objects.filter(user=person).exists()


def test_invitation_of_a_closed_network_cannot_be_accepted(world):
    invitation = invite(world)
    world.network.is_active = False
    world.network.save()
    with pytest.raises(services.InvitationUnavailableError) as error:
        services.accept_invitation(invitation=invitation, user=UserFactory(email="neu@example.org"))
    assert error.value.reason == "closed"


def test_only_the_invited_address_can_accept(world):
    invitation = invite(world)
    with pytest.raises(services.InvitationForAnotherPersonError):
        services.accept_invitation(invitation=invitation, user=world.member)


def test_a_verified_second_address_of_the_account_may_accept(world):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=world.other_coordinator, email="privat@example.org", verified=True)
    invitation = invite(world, email="privat@example.org")
    membership = services.accept_invitation(invitation=invitation, user=world.other_coordinator)
    assert membership.network == world.network


def test_an_account_cannot_be_created_twice(world):
    UserFactory(email="neu@example.org")
    with pytest.raises(services.AccountAlreadyExistsError):
        services.create_account_from_invitation(
            invitation=invite(world), name="X", password="Saale 2025 Wein"
        )


def test_accepted_invitation_cannot_be_revoked_or_resent(world):
    invitation = invite(world)
    services.accept_invitation(invitation=invitation, user=UserFactory(email="neu@example.org"))
    with pytest.raises(services.InvitationUnavailableError):
        services.revoke_invitation(invitation=invitation, by=world.coordinator)
    with pytest.raises(services.InvitationUnavailableError):
        services.resend_invitation(invitation=invitation, by=world.coordinator)


def test_change_membership_refuses_ended_memberships(world):
    membership = Membership.objects.get(user=world.member)
    services.end_membership(membership=membership, by=world.coordinator)
    services.end_membership(membership=membership, by=world.coordinator)  # twice is harmless
    with pytest.raises(services.MembershipChangeRefusedError):
        services.change_membership(
            membership=membership, role=Role.GUEST, organizations=[], by=world.coordinator
        )


def test_changes_apply_to_permissions_within_the_same_request(world):
    membership = Membership.objects.get(user=world.member)
    assert not world.member.has_perm("accounts.invite", world.network)
    services.change_membership(
        membership=membership, role=Role.COORDINATOR, organizations=[], by=world.member
    )
    assert world.member.has_perm("accounts.invite", world.network)


def test_coordinators_of_other_networks_do_not_count_as_the_last_one(world):
    MembershipFactory(network=world.other_network, role=Role.COORDINATOR)
    own = Membership.objects.get(user=world.coordinator)
    with pytest.raises(services.MembershipChangeRefusedError):
        services.end_membership(membership=own, by=world.coordinator)
