"""Network-level permissions. The object is always a `core.Network`."""

from typing import Any

import rules

from netzwerk.core.models import Network

from .models import Role
from .roles import reads_internal, role_in


@rules.predicate
def is_network_coordinator(user: Any, network: Network | None) -> bool:
    return network is not None and role_in(user, network.pk) == Role.COORDINATOR


@rules.predicate
def has_network_role(user: Any, network: Network | None) -> bool:
    return network is not None and role_in(user, network.pk) is not None


is_platform_admin = rules.is_superuser

rules.add_perm("core.view_internal", rules.predicate(reads_internal))
rules.add_perm("core.coordinate_network", is_network_coordinator | is_platform_admin)
rules.add_perm("core.change_network", is_network_coordinator | is_platform_admin)
rules.add_perm("core.manage_taxonomies", is_network_coordinator | is_platform_admin)
rules.add_perm("accounts.invite", is_network_coordinator | is_platform_admin)
rules.add_perm("accounts.manage_memberships", is_network_coordinator | is_platform_admin)
