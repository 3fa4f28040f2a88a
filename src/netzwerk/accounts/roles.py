"""Looks up a user's memberships once per user object, so permission checks in a list cost no queries.

The memberships are also kept in the shared cache between requests: every page asks for them, and they
change a few times a year. The key carries the versions of memberships, their organizations and the
networks (`core.content_cache`), read before the query, so a change made meanwhile is never hidden.
"""

from typing import Any

from django.db.models import Prefetch

from netzwerk.core.content_cache import content_versions, read_through
from netzwerk.core.models import Network

from .models import INTERNAL_ROLES, Membership, Role
from .organizations import organization_model

_CACHE_ATTR = "_netzwerk_memberships"


def memberships_by_network(user: Any) -> dict[int, Membership]:
    if not getattr(user, "is_authenticated", False):
        return {}
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is None:
        versions = content_versions(Membership, Membership.organizations.through, Network)
        key = f"netzwerk:memberships:{user.pk}:{'.'.join(map(str, versions))}"
        cached = read_through(key, lambda: _read_memberships(user))
        setattr(user, _CACHE_ATTR, cached)
    return cached


def _read_memberships(user: Any) -> dict[int, Membership]:
    # Only the organizations' keys: permission checks compare ids, and this runs on every page.
    organization_keys = Prefetch("organizations", queryset=organization_model().objects.only("pk"))
    return {
        membership.network_id: membership
        for membership in Membership.objects.active().filter(user=user).prefetch_related(organization_keys)
    }


def forget_memberships(user: Any) -> None:
    """Call after changing a user's memberships within the same request."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def membership_in(user: Any, network_id: int | None) -> Membership | None:
    if network_id is None:
        return None
    return memberships_by_network(user).get(network_id)


def role_in(user: Any, network_id: int | None) -> str | None:
    membership = membership_in(user, network_id)
    return membership.role if membership else None


def coordinated_network_ids(user: Any) -> set[int]:
    return {nid for nid, m in memberships_by_network(user).items() if m.role == Role.COORDINATOR}


def edited_organization_ids(user: Any) -> set[int]:
    """Organizations the user edits as organization editor, in any network."""
    return {
        organization.pk
        for membership in memberships_by_network(user).values()
        if membership.role == Role.EDITOR
        for organization in membership.organizations.all()
    }


def reads_internal(user: Any, network: Any) -> bool:
    """The one rule for reading a network's internal records (positions, persons, internal offers,
    change histories): platform admins and the internal roles; guests and outsiders do not.

    `core.view_internal` is this predicate, and the visibility querysets in each app's `access.py` call it.
    """
    if network is None:
        return False
    return bool(getattr(user, "is_superuser", False)) or role_in(user, network.pk) in INTERNAL_ROLES
