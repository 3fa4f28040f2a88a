"""What accounts contributes to the shared registries: members, the account page, invitation emails."""

from django.utils.translation import gettext_lazy as _

from netzwerk.core.registry import (
    NavigationEntry,
    NextStepSource,
    NotificationKind,
    navigation,
    next_steps,
    notification_kinds,
)

from . import next_steps as steps


def register() -> None:
    next_steps.register(NextStepSource("accounts.invitations", 30, steps.invitations_to_follow_up))
    navigation.register(
        NavigationEntry(
            "accounts.members",
            _("Members"),
            "accounts:member_list",
            order=80,
            permission="accounts.manage_memberships",
            sections=("accounts:*",),
        )
    )
    navigation.register(
        NavigationEntry(
            "accounts.profile",
            _("My account"),
            "accounts:profile",
            order=100,
            scope="site",
            authenticated_only=True,
            end=True,
            # allauth's own pages (email, password, two-factor, connected logins) below /accounts/
            sections=("accounts:profile", "account_*", "mfa_*", "socialaccount_*"),
        )
    )
    notification_kinds.register(
        NotificationKind(
            "accounts.invitation",
            _("Invitation to a network"),
            _("Someone was invited to join a network, or an invitation was sent again."),
        )
    )
