"""The organizations a membership can name.

`directory` imports `accounts`, so `accounts` must not import `directory` code (docs/architecture.md); the
model is looked up through the app registry instead, which keeps the dependency one-way at import time.
"""

from typing import Any

from django.apps import apps
from django.db.models import QuerySet

from netzwerk.core.models import Network


def organization_model() -> Any:
    return apps.get_model("directory", "Organization")


def organizations_in(network: Network) -> QuerySet[Any]:
    """Organizations that are active, not dissolved members of `network`, by name."""
    return organization_model().objects.in_network(network).listed().order_by("name")
