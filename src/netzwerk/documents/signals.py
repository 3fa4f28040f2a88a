"""File clean-up: a version's file goes when its row goes (after the deletion is committed)."""

from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import DocumentVersion


@receiver(post_delete, sender=DocumentVersion, dispatch_uid="documents.delete_version_file")
def delete_version_file(sender: type[DocumentVersion], instance: DocumentVersion, **kwargs: Any) -> None:
    if instance.file:
        storage, name = instance.file.storage, instance.file.name or ""
        transaction.on_commit(lambda: storage.delete(name))
