"""Prefetches the schemas rely on, so a page of any size costs the same few queries."""

from django.db.models import Prefetch

from netzwerk.core.models import Language, Municipality, TargetGroup, ThematicField
from netzwerk.directory.models import Location, NetworkLink, NetworkLinkStatus

from .filters import default_language_field


def thematic_fields(lookup: str = "thematic_fields") -> Prefetch:
    """Active terms of active networks; a retired term is no longer shown on records."""
    terms = (
        ThematicField.objects.filter(is_active=True, network__is_active=True)
        .select_related("network")
        .order_by("network__slug", "position", default_language_field("name"), "pk")
    )
    return Prefetch(lookup, queryset=terms)


def target_groups(lookup: str = "target_groups") -> Prefetch:
    terms = (
        TargetGroup.objects.filter(is_active=True, network__is_active=True)
        .select_related("network")
        .order_by("network__slug", "position", default_language_field("name"), "pk")
    )
    return Prefetch(lookup, queryset=terms)


def languages(lookup: str = "languages") -> Prefetch:
    return Prefetch(lookup, queryset=Language.objects.order_by("code"))


def municipalities(lookup: str) -> Prefetch:
    return Prefetch(lookup, queryset=Municipality.objects.order_by("ags"))


def locations(lookup: str = "locations") -> Prefetch:
    return Prefetch(lookup, queryset=Location.objects.select_related("municipality").order_by("name", "pk"))


def active_network_links(organization_lookup: str = "") -> Prefetch:
    """Sets `active_links` on the organizations: their active links to active networks, by slug."""
    links = (
        NetworkLink.objects.filter(status=NetworkLinkStatus.ACTIVE, network__is_active=True)
        .select_related("network")
        .order_by("network__slug")
    )
    prefix = f"{organization_lookup}__" if organization_lookup else ""
    return Prefetch(f"{prefix}network_links", queryset=links, to_attr="active_links")
