"""Loads the demo once: the networks and logins here, then every app's registered part, in one transaction.

Real organizations carry public facts only; every person and every organization marked "(Beispiel)"
is invented. The data is generated with a fixed seed, so every installation gets the same demo.
"""

import random
from dataclasses import dataclass, field
from importlib import import_module
from types import ModuleType
from typing import Any

from django.db import transaction
from django.utils import translation

from netzwerk.accounts.models import Membership, User
from netzwerk.core.models import Network
from netzwerk.core.registry import demo_parts
from netzwerk.core.services import create_network

from . import accounts
from .basics import NETWORKS, SEED, USERS


class DemoConflictError(Exception):
    """A network with a demo slug exists but holds no demo data: loading would mix demo into real data."""


@dataclass(frozen=True)
class DemoResult:
    created: bool
    new_users: set[str]


@dataclass
class DemoContext:
    """What the parts of the demo share. Parts may add to `records` for the parts after them."""

    rng: random.Random
    admin: User
    users: dict[str, User]
    networks: dict[str, Network]
    # Records by demo key, per kind, e.g. records["organizations"]["caritas"]; demo editors are given the
    # organizations named in `basics.USERS`.
    records: dict[str, dict[str, Any]] = field(default_factory=dict)


def part_modules() -> list[ModuleType]:
    """The demo packages of the apps, in the order of their parts."""
    return [import_module(part.module) for part in demo_parts]


def _holds_demo(network: Network) -> bool:
    demo_emails = [spec.email for spec in USERS if spec.network == network.slug]
    if not Membership.objects.filter(network=network, user__email__in=demo_emails).exists():
        return False
    return all(module.is_present(network) for module in part_modules() if hasattr(module, "is_present"))


def demo_is_present() -> bool:
    """True if the demo was loaded before; DemoConflictError if its networks exist without demo data."""
    existing = list(Network.objects.filter(slug__in=[spec.slug for spec in NETWORKS]))
    if not existing:
        return False
    with_demo = {network.slug for network in existing if _holds_demo(network)}
    if len(existing) == len(NETWORKS) and len(with_demo) == len(NETWORKS):
        return True
    clashing = ", ".join(sorted(network.slug for network in existing if network.slug not in with_demo))
    raise DemoConflictError(
        f"The network(s) {clashing or ', '.join(n.slug for n in existing)} exist without complete demo data. "
        "The demo is only loaded into an installation that does not use these network slugs."
    )


def load_demo() -> DemoResult:
    """Loads the demo once; a second call finds it and changes nothing."""
    if demo_is_present():
        return DemoResult(created=False, new_users=set())
    new_users = _build(random.Random(SEED))  # noqa: S311 - reproducible demo data, not security
    return DemoResult(created=True, new_users=new_users)


@transaction.atomic
def _build(rng: random.Random) -> set[str]:
    """Builds everything and returns the keys of the logins it created (existing accounts are kept)."""
    with translation.override("de"):
        users, new_users = accounts.create_users()
        admin = users["admin"]
        networks = {
            spec.slug: create_network(
                name=spec.name,
                name_en=spec.name_en,
                slug=spec.slug,
                district=spec.district,
                district_ags=spec.district_ags,
                description=spec.description,
                description_en=spec.description_en,
                office_name=spec.office_name,
                office_email=spec.office_email,
                office_address=spec.office_address,
                languages=spec.languages,
                by=admin,
            )
            for spec in NETWORKS
        }
        context = DemoContext(rng=rng, admin=admin, users=users, networks=networks)
        for module in part_modules():
            module.build(context)
        accounts.create_memberships(users, networks, context.records.get("organizations", {}))
    return new_users
