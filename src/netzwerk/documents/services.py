"""Writing documents: a new document with its first version, a further version, reading a version's text.

Files are written inside the transaction that records them; if the transaction fails, the written file
is removed again, so that no file without a row remains. The text is read by the worker after commit.
"""

import contextlib
from collections.abc import Iterable, Iterator
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from netzwerk.core.models import Network, ThematicField
from netzwerk.core.uploads import KINDS, CheckedUpload
from netzwerk.knowledge.models import Article, Collection

from .extraction import Extracted, ExtractionError, extract
from .models import Document, DocumentVersion, ExtractionProblem, ExtractionStatus


def create_document(
    *,
    network: Network,
    by: Any,
    upload: CheckedUpload,
    title: str,
    description: str = "",
    collection: Collection | None = None,
    articles: Iterable[Article] = (),
    thematic_fields: Iterable[ThematicField] = (),
    visibility: str,
    language: str = "de",
    organization: Any = None,
    note: str = "",
) -> Document:
    with _files_removed_unless_committed() as written, transaction.atomic():
        document = Document.objects.create(
            network=network,
            title=title,
            description=description,
            collection=collection,
            visibility=visibility,
            language=language,
            organization=organization,
            created_by=by,
        )
        document.articles.set(articles)
        document.thematic_fields.set(thematic_fields)
        written.append(_store_version(document=document, by=by, upload=upload, note=note, number=1))
    return document


def add_version(*, document: Document, by: Any, upload: CheckedUpload, note: str = "") -> DocumentVersion:
    """A new upload of the same document: the next number; the earlier versions stay downloadable."""
    with _files_removed_unless_committed() as written, transaction.atomic():
        # The row lock (the write lock on SQLite) makes two uploads at once take different numbers.
        locked = Document.objects.select_for_update().get(pk=document.pk)
        latest = locked.versions.aggregate(latest=Max("number"))["latest"] or 0
        written.append(_store_version(document=locked, by=by, upload=upload, note=note, number=latest + 1))
    document.refresh_from_db()
    return written[0]


def _store_version(
    *, document: Document, by: Any, upload: CheckedUpload, note: str, number: int
) -> DocumentVersion:
    version = DocumentVersion(
        document=document,
        number=number,
        original_name=upload.original_name,
        kind=upload.kind.key,
        size=upload.size,
        sha256=upload.sha256,
        active_content=upload.active_content,
        note=note,
        uploaded_by=by,
    )
    version.file.save(upload.original_name, upload.content, save=False)
    version.save()
    document.current_version = version
    document.save(update_fields=["current_version"])
    transaction.on_commit(lambda: _queue_text_reading(version.pk))
    return version


def _queue_text_reading(version_id: int) -> None:
    from .tasks import read_version_text

    read_version_text(version_id)


@contextlib.contextmanager
def _files_removed_unless_committed() -> Iterator[list[DocumentVersion]]:
    """Collects the versions whose files a transaction writes; if it fails, their files are removed, so
    that no file without a row remains. Enter it before `transaction.atomic()`, so the block has ended."""
    written: list[DocumentVersion] = []
    try:
        yield written
    except BaseException:
        for version in written:
            if version.file:
                with contextlib.suppress(OSError):
                    version.file.storage.delete(version.file.name or "")
        raise


def read_text(*, version_id: int) -> DocumentVersion | None:
    """Read the text of a version and record it, or record why it could not be read."""
    version = DocumentVersion.objects.filter(pk=version_id).first()
    if version is None:  # deleted before the worker came to it
        return None
    try:
        with version.file.open("rb") as handle:
            extracted = extract(KINDS[version.kind], handle)
    except FileNotFoundError:
        return _record_reading(version, problem=ExtractionProblem.MISSING)
    except ExtractionError as failure:
        return _record_reading(version, problem=failure.problem)
    return _record_reading(version, extracted=extracted)


def _record_reading(
    version: DocumentVersion, *, extracted: Extracted | None = None, problem: ExtractionProblem | None = None
) -> DocumentVersion:
    """The text and counts of a read version, or (no `extracted`) why it could not be read."""
    version.extraction_status = ExtractionStatus.DONE if extracted is not None else ExtractionStatus.FAILED
    version.extraction_problem = problem or ""
    version.extracted_text = extracted.text if extracted is not None else ""
    version.page_count = extracted.page_count if extracted is not None else None
    version.word_count = extracted.word_count if extracted is not None else None
    version.extracted_at = timezone.now()
    version.save(
        update_fields=[
            "extraction_status",
            "extraction_problem",
            "extracted_text",
            "page_count",
            "word_count",
            "extracted_at",
        ]
    )
    return version


def read_text_later(*, version: DocumentVersion) -> None:
    """Read a version's text again (a coordinator asks after a failure); the page shows it as pending."""
    with transaction.atomic():
        version.extraction_status = ExtractionStatus.PENDING
        version.extraction_problem = ""
        version.save(update_fields=["extraction_status", "extraction_problem"])
        transaction.on_commit(lambda: _queue_text_reading(version.pk))


class LastVersionError(Exception):
    """A document keeps at least one version; removing the last one means deleting the document."""


def delete_version(*, version: DocumentVersion) -> Document:
    """Remove one version and its file; the newest remaining version becomes the current one."""
    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=version.document_id)
        remaining = document.versions.exclude(pk=version.pk).order_by("-number").first()
        if remaining is None:
            raise LastVersionError
        version.delete()
        if document.current_version_id != remaining.pk:
            document.current_version = remaining
            document.save(update_fields=["current_version"])
    return document


def delete_document(*, document: Document) -> None:
    """Remove a document with all its versions; their files go once the deletion is committed."""
    with transaction.atomic():
        # The versions go with it (CASCADE); their post_delete signal removes each file after commit.
        document.delete()
