"""Invitations and memberships: every write with a side effect (email, history, login) goes through here."""

from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from netzwerk.core.models import Network

from .models import ROLE_RANK, Invitation, Membership, Role, User
from .organizations import organizations_in
from .roles import forget_memberships


class AccountsError(Exception):
    """A request the rules of the platform refuse; `message` is meant for the person who asked."""

    def __init__(self, message: Any) -> None:
        super().__init__(message)
        self.message = message


class InvitationUnavailableError(AccountsError):
    """The invitation was accepted, revoked or has expired, or its network was closed."""

    MESSAGES = {
        "accepted": _("This invitation has already been used."),
        "revoked": _("This invitation has been withdrawn by the coordination office."),
        "expired": _("This invitation has expired."),
        "closed": _("The network of this invitation is no longer active."),
    }

    def __init__(self, reason: str) -> None:
        super().__init__(self.MESSAGES[reason])
        self.reason = reason


class InvitationForAnotherPersonError(AccountsError):
    def __init__(self) -> None:
        super().__init__(
            _("This invitation was sent to a different email address than the one of your account.")
        )


class AccountAlreadyExistsError(AccountsError):
    def __init__(self) -> None:
        super().__init__(_("There is already an account with this email address. Please log in first."))


class MembershipChangeRefusedError(AccountsError):
    pass


def _normalize_email(email: str) -> str:
    return email.strip().lower()


def _email_language(language: str | None) -> str:
    return language if language in settings.INTERFACE_LANGUAGES else settings.LANGUAGE_CODE


def _check_organizations(network: Network, organizations: list[Any]) -> None:
    foreign = {o.pk for o in organizations} - set(
        organizations_in(network).filter(pk__in=[o.pk for o in organizations]).values_list("pk", flat=True)
    )
    if foreign:
        raise MembershipChangeRefusedError(_("Only organizations of this network can be chosen."))


def _check_role(role: str, organizations: list[Any]) -> None:
    if role not in Role.values:
        raise MembershipChangeRefusedError(_("Unknown role."))
    if role == Role.EDITOR and not organizations:
        raise MembershipChangeRefusedError(_("An organization editor needs at least one organization."))


def _queue_invitation_email(invitation_id: int) -> None:
    from .tasks import send_invitation_email

    send_invitation_email(invitation_id)


@transaction.atomic
def invite_person(
    *,
    network: Network,
    email: str,
    name: str = "",
    role: str,
    organizations: Iterable[Any] = (),
    invited_by: User | None,
    message: str = "",
    language: str | None = None,
) -> Invitation:
    """Invite a person by email to join `network` with `role`; replaces an earlier open invitation.

    The email (in `language`, German by default) is queued once the transaction commits, so a rolled-back
    invitation never reaches anyone.
    """
    email = _normalize_email(email)
    organizations = list(organizations)
    _check_role(role, organizations)
    _check_organizations(network, organizations)
    if not getattr(invited_by, "is_authenticated", False):
        invited_by = None  # sent on behalf of the platform, e.g. by a management command
    now = timezone.now()
    # An older link must stop working: only the newest invitation carries the role that was meant.
    Invitation.objects.filter(network=network, email__iexact=email).unanswered().update(
        revoked_at=now, revoked_by=invited_by
    )
    invitation = Invitation.objects.create(
        network=network,
        email=email,
        name=name.strip(),
        role=role,
        message=message.strip(),
        language=_email_language(language),
        invited_by=invited_by,
        expires_at=now + timedelta(days=settings.NETZWERK_INVITATION_DAYS),
    )
    invitation.organizations.set(organizations)
    transaction.on_commit(lambda: _queue_invitation_email(invitation.pk))
    return invitation


@transaction.atomic
def resend_invitation(*, invitation: Invitation, by: User) -> Invitation:
    """Send a fresh link with the same role and organizations; the old link stops working."""
    invitation = (
        Invitation.objects.select_for_update(of=("self",)).select_related("network").get(pk=invitation.pk)
    )
    if invitation.accepted_at is not None:
        raise InvitationUnavailableError("accepted")
    return invite_person(
        network=invitation.network,
        email=invitation.email,
        name=invitation.name,
        role=invitation.role,
        organizations=invitation.organizations.all(),
        invited_by=by,
        message=invitation.message,
        language=invitation.language,
    )


@transaction.atomic
def revoke_invitation(*, invitation: Invitation, by: User) -> None:
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None:
        raise InvitationUnavailableError("accepted")
    if invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.revoked_by = by
        invitation.save(update_fields=["revoked_at", "revoked_by"])


def _lock_usable(invitation: Invitation) -> Invitation:
    """Re-read the invitation under a row lock, so a link clicked twice joins only once."""
    invitation = (
        Invitation.objects.select_for_update(of=("self",)).select_related("network").get(pk=invitation.pk)
    )
    if invitation.status != "pending":
        raise InvitationUnavailableError(invitation.status)
    if not invitation.network.is_active:
        raise InvitationUnavailableError("closed")
    return invitation


def invitation_is_for(invitation: Invitation, user: User) -> bool:
    """Whether the invited address is the user's login address or another verified address of theirs."""
    email = _normalize_email(invitation.email)
    if _normalize_email(user.email) == email:
        return True
    return EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists()


def account_for_email(email: str) -> User | None:
    """The account an invited address already belongs to, if any."""
    email = _normalize_email(email)
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        address = (
            EmailAddress.objects.filter(email__iexact=email, verified=True).select_related("user").first()
        )
        user = address.user if address else None
    return user


def _mark_email_verified(user: User, email: str) -> None:
    # The invitation link reached this address, which proves it belongs to the person.
    address = EmailAddress.objects.filter(user=user, email__iexact=email).first()
    if address is None:
        EmailAddress.objects.create(
            user=user, email=email, verified=True, primary=not EmailAddress.objects.filter(user=user).exists()
        )
    elif not address.verified:
        address.verified = True
        address.save(update_fields=["verified"])


@transaction.atomic
def accept_invitation(*, invitation: Invitation, user: User) -> Membership:
    """Join the invitation's network, or raise the role of an existing membership; never lowers it."""
    invitation = _lock_usable(invitation)
    if not invitation_is_for(invitation, user):
        raise InvitationForAnotherPersonError
    organizations = list(invitation.organizations.all())
    membership = Membership.objects.select_for_update().filter(user=user, network=invitation.network).first()
    if membership is None:
        membership = Membership(user=user, network=invitation.network, role=invitation.role)
        membership._history_user = user  # type: ignore[attr-defined]
        membership.save()
        membership.organizations.set(organizations)
    elif not membership.is_active:
        membership.role = invitation.role
        membership.is_active = True
        membership._history_user = user  # type: ignore[attr-defined]
        membership.save(update_fields=["role", "is_active"])
        membership.organizations.set(organizations)
    else:
        if ROLE_RANK[invitation.role] > ROLE_RANK[membership.role]:  # type: ignore[index]
            membership.role = invitation.role
            membership._history_user = user  # type: ignore[attr-defined]
            membership.save(update_fields=["role"])
        membership.organizations.add(*organizations)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    _mark_email_verified(user, invitation.email)
    forget_memberships(user)
    return membership


@transaction.atomic
def create_account_from_invitation(*, invitation: Invitation, name: str, password: str) -> Membership:
    """Create the invited person's account (email verified by the link) and join the network."""
    invitation = _lock_usable(invitation)
    if account_for_email(invitation.email) is not None:
        raise AccountAlreadyExistsError
    user = User.objects.create_user(
        email=invitation.email,
        password=password,
        name=name.strip(),
        interface_language=invitation.language,
    )
    return accept_invitation(invitation=invitation, user=user)


def _lock_coordinators(network: Network) -> list[Membership]:
    return list(Membership.objects.select_for_update().filter(network=network).coordinators())


def _refuse_losing_last_coordinator(membership: Membership) -> None:
    coordinators = _lock_coordinators(membership.network)
    if membership.is_coordinator and all(c.pk == membership.pk for c in coordinators):
        raise MembershipChangeRefusedError(
            _(
                "A network needs at least one active coordinator. Make another person coordinator first, "
                "then change or end this membership."
            )
        )


@transaction.atomic
def change_membership(
    *, membership: Membership, role: str, organizations: Iterable[Any], by: User
) -> Membership:
    membership = (
        Membership.objects.select_for_update(of=("self",))
        .select_related("network", "user")
        .get(pk=membership.pk)
    )
    if not membership.is_active:
        raise MembershipChangeRefusedError(_("This membership has ended. Invite the person again instead."))
    organizations = list(organizations)
    _check_role(role, organizations)
    _check_organizations(membership.network, organizations)
    if role != Role.COORDINATOR:
        _refuse_losing_last_coordinator(membership)
    membership.role = role
    membership._history_user = by  # type: ignore[attr-defined]
    membership.save(update_fields=["role"])
    membership.organizations.set(organizations)
    forget_memberships(membership.user)
    forget_memberships(by)
    return membership


@transaction.atomic
def end_membership(*, membership: Membership, by: User) -> Membership:
    """Deactivate the membership; the record and its history stay, so the person can be invited again."""
    membership = (
        Membership.objects.select_for_update(of=("self",))
        .select_related("network", "user")
        .get(pk=membership.pk)
    )
    if not membership.is_active:
        return membership
    _refuse_losing_last_coordinator(membership)
    membership.is_active = False
    membership._history_user = by  # type: ignore[attr-defined]
    membership.save(update_fields=["is_active"])
    forget_memberships(membership.user)
    forget_memberships(by)
    return membership
