"""Answers of the API's list operations, cached for every caller who may read the same.

A list answer depends on the address (path and query), the language and what the caller may read: the
networks in which they read internal records. With the content version of `core.content_cache` in the
key, a change to any record makes the next call compute afresh; nobody gets a stale list.
"""

import hashlib
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

from netzwerk.accounts.roles import memberships_by_network, reads_internal
from netzwerk.core.content_cache import FRAGMENT_SECONDS, content_version
from netzwerk.core.models import Network

# Operations whose answer is fully determined by the key above (no per-person fields).
SHARED_LISTS = frozenset(
    {
        "network_list",
        "offer_list",
        "organization_list",
        "position_list",
        "thematic_field_list",
        "target_group_list",
        "language_list",
        "municipality_list",
        "collection_list",
    }
)
# Operations whose answer is shared only for some queries: the article list is the same for every reader
# of a level while it lists published articles; drafts and articles in review depend on the person's role.
SHARED_WHEN: dict[str, Callable[[HttpRequest], bool]] = {
    "article_list": lambda request: request.GET.get("status", "published") in ("", "published"),
}


def _is_shared(operation: str | None, request: HttpRequest) -> bool:
    if operation in SHARED_LISTS:
        return True
    shared_for = SHARED_WHEN.get(operation or "")
    return shared_for is not None and shared_for(request)


def _reader_level(request: HttpRequest) -> str:
    """Who reads what: `reads_internal` decided from the memberships the permission checks load anyway."""
    user = request.user
    if not user.is_authenticated:
        return "public"
    if user.is_superuser:
        return "all"
    internal = sorted(
        network_id
        for network_id in memberships_by_network(user)
        if reads_internal(user, Network(pk=network_id))
    )
    return "internal:" + ",".join(map(str, internal))


def _key(request: HttpRequest) -> str:
    parts = [
        str(content_version()),
        request.path,
        "&".join(sorted(request.GET.urlencode().split("&"))),
        get_language() or "",
        _reader_level(request),
    ]
    return "netzwerk:api:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


class SharedListCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func: Any, view_args: Any, view_kwargs: Any) -> Any:
        match = request.resolver_match
        if request.method != "GET" or match is None or not _is_shared(match.url_name, request):
            return None
        if "api" not in match.namespaces:
            return None
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            content, content_type = cached
            return HttpResponse(content, content_type=content_type)
        response = view_func(request, *view_args, **view_kwargs)
        if response.status_code == 200 and not response.streaming:
            cache.set(key, (response.content, response["Content-Type"]), FRAGMENT_SECONDS)
        return response
