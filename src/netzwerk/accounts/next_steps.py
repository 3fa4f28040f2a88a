"""What accounts asks of coordinators on the network start page: follow up expired invitations."""

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from netzwerk.core.models import Network
from netzwerk.core.registry import NextStep

from .models import Invitation


def invitations_to_follow_up(request: HttpRequest, network: Network) -> list[NextStep]:
    if not request.user.has_perm("accounts.manage_memberships", network):
        return []
    expired = Invitation.objects.filter(network=network).unanswered().filter(expires_at__lte=timezone.now())
    count = expired.count()
    if not count:
        return []
    title = ngettext(
        "%(count)d invitation expired without an answer",
        "%(count)d invitations expired without an answer",
        count,
    ) % {"count": count}
    return [
        NextStep(
            title,
            reverse("accounts:invitation_list", kwargs={"network_slug": network.slug}),
            _("Send them again or revoke them, so that nobody waits for access."),
        )
    ]
