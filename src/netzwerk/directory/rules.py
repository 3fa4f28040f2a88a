"""Who may change which directory record.

An organization is edited by its organization editors and by the coordinators of every network it
belongs to (organizations such as EUmigra are co-maintained by several networks). Offers, locations and
positions follow their organization. Reading is decided by the visibility querysets in `access.py`.
"""

import rules

from netzwerk.accounts.roles import coordinated_network_ids, edited_organization_ids

from .models import NetworkLinkStatus


def _organization_of(obj):  # type: ignore[no-untyped-def]
    return obj if obj.__class__.__name__ == "Organization" else obj.organization


@rules.predicate
def coordinates_a_network_of(user, obj) -> bool:  # type: ignore[no-untyped-def]
    if obj is None:
        return False
    organization = _organization_of(obj)
    coordinated = coordinated_network_ids(user)
    if not coordinated:
        return False
    return organization.network_links.filter(
        network_id__in=coordinated, status=NetworkLinkStatus.ACTIVE
    ).exists()


@rules.predicate
def edits_organization_of(user, obj) -> bool:  # type: ignore[no-untyped-def]
    return obj is not None and _organization_of(obj).pk in edited_organization_ids(user)


can_edit = coordinates_a_network_of | edits_organization_of | rules.is_superuser

rules.add_perm("directory.change_organization", can_edit)
rules.add_perm("directory.add_offer", can_edit)
rules.add_perm("directory.change_offer", can_edit)
rules.add_perm("directory.delete_offer", can_edit)
rules.add_perm("directory.add_location", can_edit)
rules.add_perm("directory.change_location", can_edit)
rules.add_perm("directory.delete_location", can_edit)
rules.add_perm("directory.add_position", can_edit)
rules.add_perm("directory.change_position", can_edit)
rules.add_perm("directory.delete_position", can_edit)
# Persons are changed through the positions they hold; the object is the Position.
rules.add_perm("directory.manage_holdings", can_edit)
