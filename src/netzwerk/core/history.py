"""Change history registration, shared by every app.

Models get their history registered from `AppConfig.ready()` instead of a `HistoricalRecords()` class
attribute: django-modeltranslation adds the per-language columns only when apps are ready, and a history
model built earlier would miss them, so a translated edit would leave no trace.
"""

from typing import Any

from django.db import models
from simple_history import register
from simple_history.exceptions import MultipleRegistrationsError


def track_history(model: type[models.Model], **options: Any) -> None:
    try:
        register(model, app=model._meta.app_config.name, **options)  # type: ignore[union-attr]
    except MultipleRegistrationsError:
        pass  # ready() can run more than once (tests); the first registration stands
