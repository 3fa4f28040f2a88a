"""Who may upload and keep documents. Reading is decided in `access.py`.

Documents are published as they are uploaded (there is no review as for articles), so only the people who
keep the knowledge base upload them: coordinators and organization editors of the network.
"""

from typing import Any

import rules

from netzwerk.accounts.models import Role
from netzwerk.accounts.roles import role_in
from netzwerk.core.models import Network
from netzwerk.knowledge.access import REVIEWING_ROLES

from .models import Document


@rules.predicate
def keeps_documents_of(user: Any, network: Network | None) -> bool:
    return network is not None and role_in(user, network.pk) in REVIEWING_ROLES


@rules.predicate
def keeps_document(user: Any, document: Document | None) -> bool:
    return document is not None and role_in(user, document.network_id) in REVIEWING_ROLES


@rules.predicate
def coordinates(user: Any, network: Network | None) -> bool:
    return network is not None and role_in(user, network.pk) == Role.COORDINATOR


rules.add_perm("documents.add_document", keeps_documents_of | rules.is_superuser)
rules.add_perm("documents.change_document", keeps_document | rules.is_superuser)
rules.add_perm("documents.view_unreadable", coordinates | rules.is_superuser)
