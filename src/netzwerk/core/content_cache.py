"""A version number for the content that every reader of a network shares, for caching rendered fragments.

Fragments that are the same for everyone of a network, language and visibility level (the directory's
filter options and result lists) are cached under a key that includes this version. Any saved, deleted or
re-linked record of an app that declares `shared_content` moves the version on, so the next request renders
afresh: nobody ever sees a stale list, and no code has to know which fragment shows which record.
Changes are rare (a few a day) against thousands of page views, so one version for the whole site is
enough; fragments also expire on their own after `FRAGMENT_SECONDS`.
"""

import time
from collections.abc import Callable
from typing import Any, TypeVar, cast

from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

T = TypeVar("T")

VERSION_KEY = "netzwerk:content-version"
FRAGMENT_SECONDS = 15 * 60


def content_version(model: type[models.Model] | None = None) -> int:
    """The version of all shared content, or with `model` of that model's rows alone: a list of terms
    or languages need not render afresh because someone saved an offer."""
    return _versions([VERSION_KEY if model is None else _model_key(model)])[0]


def content_versions(*models_: type[models.Model]) -> tuple[int, ...]:
    """The versions of several models' rows, read from the cache in one step."""
    return _versions([_model_key(model) for model in models_])


def _versions(keys: list[str]) -> tuple[int, ...]:
    found = cache.get_many(keys)
    if missing := [key for key in keys if key not in found]:
        # A fresh value, never a reset to 1: fragments may outlive an evicted version key.
        fresh = dict.fromkeys(missing, time.time_ns())
        cache.set_many(fresh, timeout=None)
        found.update(fresh)
    return tuple(int(found[key]) for key in keys)


# Models outside the shared content whose rows a per-person cache reads (a person's memberships): their
# changes move on their own version only, never the version of every shared fragment.
_tracked_models: set[type[models.Model]] = set()


def track_versions(*models_: type[models.Model]) -> None:
    """Keep `content_version(model)` current for models of apps that do not declare `shared_content`."""
    _tracked_models.update(models_)


def _model_key(model: type[models.Model]) -> str:
    return f"{VERSION_KEY}:{model._meta.label_lower}"


def read_through(key: str, read: Callable[[], T]) -> T:
    """What `read` returns, kept under `key` for `FRAGMENT_SECONDS`: for data many requests share whose
    key carries the content versions it depends on (a network, a district's municipalities, …)."""
    return cast(T, cache.get_or_set(key, read, FRAGMENT_SECONDS))


def fragment_context() -> dict[str, int]:
    """What a template's `{% cache fragment_seconds name … content_version … %}` needs."""
    return {"content_version": content_version(), "fragment_seconds": FRAGMENT_SECONDS}


def _move_on(*keys: str) -> None:
    now = time.time_ns()
    cache.set_many(dict.fromkeys(keys, now), timeout=None)


def content_changed(sender: Any, **kwargs: Any) -> None:
    app_config = getattr(getattr(sender, "_meta", None), "app_config", None)
    if sender in _tracked_models:
        keys: tuple[str, ...] = (_model_key(sender),)
    elif not getattr(app_config, "shared_content", False) or hasattr(sender, "instance_type"):
        # A historical row (simple-history's models carry `instance_type`) comes with the save of its
        # record, which moves the version on already; no fragment shows history rows.
        return
    else:
        keys = (VERSION_KEY, _model_key(sender))
    _move_on(*keys)
    # Also after the commit: a reader may have cached the old state between the save and the commit.
    transaction.on_commit(lambda: _move_on(*keys))


def connect() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(content_changed, dispatch_uid=f"netzwerk-content-version-{signal!r}")
