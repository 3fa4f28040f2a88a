"""What a caller may read through the API, built only from the apps' `access.py`.

The access functions answer per network. The API also lists across networks (no `network` filter), so
the querysets here combine the per-network answers: a record is visible when it is visible in at least
one active network. Each per-network queryset becomes a `pk IN (subquery)` condition, so the result is
one plain queryset without joins or DISTINCT that the routers can filter, order and prefetch freely.
"""

from collections.abc import Callable, Iterable
from functools import reduce
from operator import or_
from typing import Any, TypeVar

from django.db.models import Model, Q, QuerySet
from django.utils.translation import gettext as _
from ninja.errors import HttpError

from netzwerk.core.models import Network
from netzwerk.directory.access import offers_for, organizations_for, positions_for
from netzwerk.directory.models import Offer, Organization, Position
from netzwerk.documents.access import documents_for
from netzwerk.documents.models import Document
from netzwerk.knowledge.access import articles_for, collections_for
from netzwerk.knowledge.models import Article, Collection

M = TypeVar("M", bound=Model)


def active_network(slug: str) -> Network:
    """The active network with this slug, or a 404 that names the slug."""
    network = Network.objects.active().filter(slug=slug).first()
    if network is None:
        raise HttpError(404, _("There is no active network with the short name “%(slug)s”.") % {"slug": slug})
    return network


def networks_in_scope(slug: str | None) -> list[Network]:
    """The networks a request reads from: the one named by the `network` filter, or all active ones."""
    if slug is not None:
        return [active_network(slug)]
    return list(Network.objects.active())


def _combined(
    model: type[M], per_network: Callable[[Any, Network], QuerySet[M]], user: Any, networks: Iterable[Network]
) -> QuerySet[M]:
    conditions = [Q(pk__in=per_network(user, network).values("pk")) for network in networks]
    if not conditions:
        return model._default_manager.none()
    return model._default_manager.filter(reduce(or_, conditions))


def visible_organizations(user: Any, networks: Iterable[Network]) -> QuerySet[Organization]:
    return _combined(Organization, organizations_for, user, networks)


def visible_offers(user: Any, networks: Iterable[Network]) -> QuerySet[Offer]:
    return _combined(Offer, offers_for, user, networks)


def visible_positions(user: Any, networks: Iterable[Network]) -> QuerySet[Position]:
    return _combined(Position, positions_for, user, networks)


def visible_articles(user: Any, networks: Iterable[Network]) -> QuerySet[Article]:
    return _combined(Article, articles_for, user, networks)


def visible_collections(user: Any, networks: Iterable[Network]) -> QuerySet[Collection]:
    return _combined(Collection, collections_for, user, networks)


def visible_documents(user: Any, networks: Iterable[Network]) -> QuerySet[Document]:
    return _combined(Document, documents_for, user, networks)
