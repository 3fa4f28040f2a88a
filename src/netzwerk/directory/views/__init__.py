"""Directory pages, one module per area. Shared helpers of the pages live here.

Every view follows the same order: load what the viewer may read (404 otherwise, see `access.py`),
check the permission for the action (403), validate the form, save, redirect with a message.
"""

import hashlib
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.utils.translation import get_language

from netzwerk.core.content_cache import read_through
from netzwerk.core.history import history_entries

PER_PAGE = 20
RECENT_CHANGES = 5
HISTORY_LIMIT = 50


def filter_key(request: HttpRequest) -> str:
    """The filter part of the address (not the page number), normalised and short enough for a cache key."""
    pairs = sorted(
        (name, value) for name, values in request.GET.lists() if name != "page" for value in values
    )
    # The language too: a text search may look at the reader's language.
    return hashlib.sha256(repr((get_language(), pairs)).encode()).hexdigest()[:32]


def paginate(
    request: HttpRequest, queryset: QuerySet[Any], per_page: int = PER_PAGE, count_key: str | None = None
) -> tuple[Page, list[Any]]:
    """The requested page (out-of-range or invalid numbers give the nearest page) and the page numbers
    to offer, with ellipses for long ranges.

    `count_key`: the list is the same for everyone with this key (see `core.content_cache`), so the number
    of results is counted once and then taken from the cache.
    """
    paginator = Paginator(queryset, per_page)
    if count_key is not None:
        # Paginator.count is a cached_property: the cached number takes its place.
        paginator.__dict__["count"] = read_through(count_key, lambda: paginator.count)
    page = paginator.get_page(request.GET.get("page"))
    numbers = list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    return page, numbers


def record_history(request: HttpRequest, record: Model, change_permission: str) -> dict[str, Any]:
    """What a record page says about its changes.

    Everyone who sees the record reads when it was last changed. Who changed what is for the people who
    keep the record current (its editors and the coordinators): the latest changes as short sentences,
    collapsed, and the full history with every value on its own page.
    """
    keeps_record = request.user.has_perm(change_permission, record)
    context: dict[str, Any] = {
        "last_changed": getattr(record, "updated_at", None),
        "show_history": keeps_record,
    }
    if keeps_record:
        context["history"] = history_entries(record, limit=RECENT_CHANGES)
    return context


def optional_template(name: str) -> Any:
    """A partial another part of the platform provides, or None while it does not exist yet."""
    try:
        return get_template(name)
    except TemplateDoesNotExist:
        return None
