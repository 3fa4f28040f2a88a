"""Who may change which directory record.

An organization is edited by its organization editors and by the coordinators of every network it
belongs to (organizations such as EUmigra are co-maintained by several networks). Offers, locations and
positions follow their organization. Reading is decided by the visibility querysets in `access.py`.
"""

import rules

from netzwerk.accounts.roles import coordinated_network_ids, edited_organization_ids
from netzwerk.core.content_cache import content_version, read_through

from .models import NetworkLink, NetworkLinkStatus, Organization, Position


def _organization_of(obj):
    return obj if isinstance(obj, Organization) else obj.organization


@rules.predicate
def coordinates_a_network_of(user, obj) -> bool:
    if obj is None:
        return False
    coordinated = coordinated_network_ids(user)
    if not coordinated:
        return False
    return not coordinated.isdisjoint(linked_network_ids(_organization_of(obj).pk))


def linked_network_ids(organization_id: int) -> frozenset[int]:
    """The networks an organization actively belongs to, read once per change of any network link:
    every edit page and save asks whether its coordinator coordinates one of them."""
    return read_through(
        f"netzwerk:linked-networks:{organization_id}:{content_version(NetworkLink)}",
        lambda: frozenset(
            NetworkLink.objects.filter(
                organization_id=organization_id, status=NetworkLinkStatus.ACTIVE
            ).values_list("network_id", flat=True)
        ),
    )


@rules.predicate
def edits_organization_of(user, obj) -> bool:
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


@rules.predicate
def may_edit_an_organization_of_person(user, person) -> bool:
    """A person is kept by whoever may edit an organization where they hold or held a position."""
    if person is None:
        return False
    organization_ids = set(
        Position.objects.filter(holdings__person=person).values_list("organization_id", flat=True)
    )
    if organization_ids & edited_organization_ids(user):
        return True
    coordinated = coordinated_network_ids(user)
    return (
        bool(coordinated and organization_ids)
        and NetworkLink.objects.filter(
            organization_id__in=organization_ids, network_id__in=coordinated, status=NetworkLinkStatus.ACTIVE
        ).exists()
    )


rules.add_perm("directory.change_person", may_edit_an_organization_of_person | rules.is_superuser)
