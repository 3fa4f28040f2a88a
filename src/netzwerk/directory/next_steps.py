"""What the directory asks of a person on the network start page: decide requests, confirm offers."""

from datetime import timedelta

from django.db.models import Count
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from netzwerk.accounts.roles import membership_in
from netzwerk.core.models import Network
from netzwerk.core.registry import NextStep

from .models import MembershipRequest, Offer, OfferStatus, Organization, RequestStatus

# An offer nobody has touched for half a year may well be out of date: times, contacts, languages.
CONFIRM_AFTER = timedelta(days=183)


def requests_to_decide(request: HttpRequest, network: Network) -> list[NextStep]:
    if not request.user.has_perm("core.coordinate_network", network):
        return []
    pending = MembershipRequest.objects.filter(network=network, status=RequestStatus.PENDING).count()
    if not pending:
        return []
    title = ngettext(
        "%(count)d membership request to decide", "%(count)d membership requests to decide", pending
    ) % {"count": pending}
    return [
        NextStep(
            title,
            reverse("directory:request_list", kwargs={"network_slug": network.slug}),
            _("Organizations asked to join the network and are waiting for an answer."),
        )
    ]


def offers_to_confirm(request: HttpRequest, network: Network) -> list[NextStep]:
    """For organization editors: their organizations' offers that have not been changed for months."""
    membership = membership_in(request.user, network.pk)
    if membership is None:
        return []
    organization_ids = [organization.pk for organization in membership.organizations.all()]
    if not organization_ids:
        return []
    stale = (
        Offer.objects.filter(
            organization_id__in=organization_ids, updated_at__lt=timezone.now() - CONFIRM_AFTER
        )
        .exclude(status=OfferStatus.ENDED)
        .values("organization_id")
        .annotate(count=Count("pk"))
    )
    counts = {row["organization_id"]: row["count"] for row in stale}
    organizations = Organization.objects.in_network(network).filter(pk__in=counts).order_by("name")
    return [
        NextStep(
            ngettext(
                "Confirm %(count)d offer of %(organization)s",
                "Confirm %(count)d offers of %(organization)s",
                counts[organization.pk],
            )
            % {"count": counts[organization.pk], "organization": organization.name},
            organization.url_in(network),
            _(
                "Not changed for more than six months. Are times, contacts and languages still right? "
                "Saving an offer confirms it."
            ),
        )
        for organization in organizations
    ]
