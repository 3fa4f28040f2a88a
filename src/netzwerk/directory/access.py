"""What a viewer may read in a network. Views and the API load records only through these functions.

Anything a viewer may not see answers 404 exactly like something that does not exist, so the platform
never confirms that a private record is there.
"""

from typing import Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Model, QuerySet
from django.http import Http404

from netzwerk.accounts.roles import reads_internal
from netzwerk.core.models import Network

from .models import Offer, OfferQuerySet, Organization, OrganizationStatus, Person, Position, PositionHolding

M = TypeVar("M", bound=Model)


def organizations_for(user: Any, network: Network) -> QuerySet[Organization]:
    organizations = Organization.objects.in_network(network)
    if not reads_internal(user, network):
        organizations = organizations.exclude(status=OrganizationStatus.DISSOLVED)
    return organizations


def offers_for(user: Any, network: Network) -> OfferQuerySet:
    offers = Offer.objects.in_network(network)
    if not reads_internal(user, network):
        offers = offers.public()
    return offers.distinct()


def positions_for(user: Any, network: Network) -> QuerySet[Position]:
    if not reads_internal(user, network):
        return Position.objects.none()
    return Position.objects.in_network(network).distinct()


def persons_for(user: Any, network: Network) -> QuerySet[Person]:
    if not reads_internal(user, network):
        return Person.objects.none()
    holders = PositionHolding.objects.filter(position__in=Position.objects.in_network(network))
    return Person.objects.filter(holdings__in=holders).distinct()


def get_visible_or_404(queryset: QuerySet[M], **lookup: Any) -> M:
    try:
        return queryset.get(**lookup)
    except (ObjectDoesNotExist, ValueError, TypeError):
        raise Http404 from None
