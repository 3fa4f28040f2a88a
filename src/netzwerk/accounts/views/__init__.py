"""Views of the accounts app, split by area so each module stays small."""

from .invitations import invitation_accept
from .members import (
    invitation_list,
    invitation_resend,
    invitation_revoke,
    invite,
    member_edit,
    member_end,
    member_list,
)
from .profile import profile

__all__ = [
    "invitation_accept",
    "invitation_list",
    "invitation_resend",
    "invitation_revoke",
    "invite",
    "member_edit",
    "member_end",
    "member_list",
    "profile",
]
