"""Demo logins: one per role, verified email addresses, memberships and the table printed at the end."""

from typing import Any

from allauth.account.models import EmailAddress

from netzwerk.accounts.models import Membership, User
from netzwerk.core.models import Language, Network

from .basics import DEMO_PASSWORD, USERS


def create_users() -> tuple[dict[str, User], set[str]]:
    """Creates the demo users that do not exist yet; an existing account keeps its password."""
    users: dict[str, User] = {}
    created: set[str] = set()
    for spec in USERS:
        user = User.objects.filter(email__iexact=spec.email).first()
        if user is None:
            user = User(
                email=spec.email,
                name=spec.name,
                is_staff=spec.is_superuser,
                is_superuser=spec.is_superuser,
            )
            user.set_password(DEMO_PASSWORD)
            user.save()
            user.languages.set(Language.objects.filter(code__in=spec.languages))
            created.add(spec.key)
        # Mandatory email verification: without a verified address allauth would not let them in.
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
        users[spec.key] = user
    return users, created


def create_memberships(
    users: dict[str, User], networks: dict[str, Network], organizations: dict[str, Any]
) -> None:
    """Roles in the demo networks; editors work for organizations that the directory's part created."""
    for spec in USERS:
        if not spec.network:
            continue
        membership, _created = Membership.objects.get_or_create(
            user=users[spec.key], network=networks[spec.network], defaults={"role": spec.role}
        )
        if spec.organizations:
            membership.organizations.set([organizations[key] for key in spec.organizations])


def logins_table(new_users: set[str] | None = None) -> str:
    """A plain-text table of the demo logins for the console."""
    network_names = dict(Network.objects.values_list("slug", "name"))
    rows = [("Role", "Email", "Password", "Network", "What to try")]
    for spec in USERS:
        role = "Platform administrator" if spec.is_superuser else str(spec.role).capitalize()
        credential = DEMO_PASSWORD
        if new_users is not None and spec.key not in new_users:
            credential = "(existing account, unchanged)"
        network = network_names.get(spec.network, spec.network) if spec.network else "all networks"
        rows.append((role, spec.email, credential, network, spec.what_to_try))
    widths = [max(len(row[column]) for row in rows[:]) for column in range(4)]
    lines = []
    for index, row in enumerate(rows):
        cells = [row[column].ljust(widths[column]) for column in range(4)] + [row[4]]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in [*widths, len(row[4])]))
    return "\n".join(lines)
