"""Signal receivers: only file clean-up here (the architecture keeps business logic out of signals)."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import Organization


@receiver(post_delete, sender=Organization)
def delete_logo_file(sender: type[Organization], instance: Organization, **kwargs: object) -> None:
    if instance.logo:
        instance.logo.delete(save=False)
