"""Demo data of the Burgenlandkreis network (`netzwerk load_demo`).

Real organizations carry public facts only; every person and every organization marked "(Beispiel)"
is invented. The data is generated with a fixed seed, so every installation gets the same demo.
"""

import random
from dataclasses import dataclass

from netzwerk.core.models import Network
from netzwerk.directory.models import Organization

from .basics import NETWORKS, SEED
from .builder import DemoBuilder


class DemoConflictError(Exception):
    """A network with a demo slug exists but holds no demo data: loading would mix demo into real data."""


@dataclass(frozen=True)
class DemoResult:
    created: bool
    new_users: set[str]


def demo_is_present() -> bool:
    """True if the demo was loaded before; DemoConflictError if its networks exist without demo data."""
    existing = list(Network.objects.filter(slug__in=[spec.slug for spec in NETWORKS]))
    if not existing:
        return False
    with_demo = {
        network.slug
        for network in existing
        if Organization.objects.filter(is_example=True, network_links__network=network).exists()
    }
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
    builder = DemoBuilder(random.Random(SEED))  # noqa: S311 - reproducible demo data, not security
    builder.build()
    return DemoResult(created=True, new_users=builder.new_users)
