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


@rules.predicate
def coordinates_document(user: Any, record: Any) -> bool:
    """A coordinator of the network of a document or of a version's document."""
    network_id = getattr(record, "network_id", None) or getattr(
        getattr(record, "document", None), "network_id", None
    )
    return network_id is not None and role_in(user, network_id) == Role.COORDINATOR


@rules.predicate
def uploaded_it(user: Any, record: Any) -> bool:
    """The keeper who uploaded the document (its first version) or the version, e.g. to take back a
    wrong file at once."""
    uploader = getattr(record, "created_by_id", None) or getattr(record, "uploaded_by_id", None)
    document = getattr(record, "document", record)
    return (
        uploader is not None
        and uploader == getattr(user, "pk", None)
        and role_in(user, document.network_id) in REVIEWING_ROLES
    )


rules.add_perm("documents.add_document", keeps_documents_of | rules.is_superuser)
rules.add_perm("documents.change_document", keeps_document | rules.is_superuser)
rules.add_perm("documents.view_unreadable", coordinates | rules.is_superuser)
# Deleting removes the files for good (e.g. a file with personal data uploaded by mistake): coordinators,
# and the keeper who uploaded it.
rules.add_perm("documents.delete_document", coordinates_document | uploaded_it | rules.is_superuser)
rules.add_perm("documents.delete_version", coordinates_document | uploaded_it | rules.is_superuser)
