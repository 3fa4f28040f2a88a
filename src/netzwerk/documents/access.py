"""What a viewer may read of a network's documents. Views, panels, downloads and the API load them only here.

Public documents are read by everyone; network documents by the network's internal roles. Everything
else, and every document of another network, answers 404 like a missing one, also for guessed addresses
of a file.
"""

from typing import Any

from netzwerk.accounts.roles import reads_internal
from netzwerk.core.models import Network
from netzwerk.directory.access import get_visible_or_404

from .models import Document, DocumentQuerySet, DocumentVersion


def documents_for(user: Any, network: Network) -> DocumentQuerySet:
    documents = Document.objects.in_network(network)
    if not reads_internal(user, network):
        return documents.public()
    return documents


def document_or_404(user: Any, network: Network, pk: int) -> Document:
    documents = documents_for(user, network).select_related(
        "collection", "organization", "current_version", "created_by"
    )
    return get_visible_or_404(documents, pk=pk)


def version_or_404(user: Any, network: Network, pk: int, number: int) -> DocumentVersion:
    versions = DocumentVersion.objects.filter(document__in=documents_for(user, network).values("pk"))
    return get_visible_or_404(versions.select_related("document"), document_id=pk, number=number)
