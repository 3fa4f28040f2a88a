"""What apps contribute to the shared parts of the platform, so that core never imports a domain app.

Each app fills these registries from its `AppConfig.ready()`; core's header, network start page and
settings index render from them, the API mounts the routers, and the search and notification apps read
the providers and kinds. Every entry is a small frozen dataclass; keys are unique per registry.
"""

import fnmatch
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Literal, Protocol, TypeVar

from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.functional import Promise


class Keyed(Protocol):
    @property
    def key(self) -> str: ...


Entry = TypeVar("Entry", bound=Keyed)


class Registry(Generic[Entry]):
    """Entries by key, in the order of their `order` attribute (then registration)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._entries: dict[str, Entry] = {}
        self._ordered: tuple[Entry, ...] = ()

    def register(self, entry: Entry) -> Entry:
        existing = self._entries.get(entry.key)
        if existing is not None and existing != entry:
            raise ImproperlyConfigured(f"{self.name}: {entry.key!r} is registered twice.")
        self._entries[entry.key] = entry
        self._sort()
        return entry

    def unregister(self, key: str) -> None:
        self._entries.pop(key, None)
        self._sort()

    def get(self, key: str) -> Entry | None:
        return self._entries.get(key)

    def _sort(self) -> None:
        # Sorted when entries change (at start-up), not on every page that renders the header.
        self._ordered = tuple(sorted(self._entries.values(), key=lambda entry: getattr(entry, "order", 0)))

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._ordered)

    def __len__(self) -> int:
        return len(self._entries)


def _permitted(request: HttpRequest, permission: str | None, network: Any) -> bool:
    return permission is None or request.user.has_perm(permission, network)


@dataclass(frozen=True)
class NavigationEntry:
    """A link in the main navigation.

    `scope` "network" entries appear on a network's pages (the URL takes the network's slug and
    `permission` is checked on the network); "site" entries appear everywhere, "platform" entries only
    outside a network. `sections` are view names (shell patterns such as "directory:*") of the pages
    that belong to the entry; the most specific visible match marks the entry as the current section.
    """

    key: str
    label: str | Promise
    url_name: str
    order: int
    permission: str | None = None
    scope: Literal["network", "site", "platform"] = "network"
    sections: tuple[str, ...] = ()
    authenticated_only: bool = False
    end: bool = False

    def visible(self, request: HttpRequest, network: Any) -> bool:
        if self.authenticated_only and not request.user.is_authenticated:
            return False
        if self.scope == "network":
            return network is not None and _permitted(request, self.permission, network)
        if self.scope == "platform":
            return network is None
        return True

    def section_match(self, view_name: str) -> int:
        """The length of the longest section pattern matching `view_name`; 0 when none does."""
        return max(
            (len(pattern) for pattern in self.sections if fnmatch.fnmatchcase(view_name, pattern)), default=0
        )


@dataclass(frozen=True)
class StartPanel:
    """A card on the network start page, shown when the viewer holds `permission` on the network and
    `condition(request)` (if given) holds."""

    key: str
    title: str | Promise
    description: str | Promise
    url_name: str
    order: int
    permission: str | None = None
    condition: Callable[[HttpRequest], bool] | None = None

    def visible(self, request: HttpRequest, network: Any) -> bool:
        if not _permitted(request, self.permission, network):
            return False
        return self.condition is None or self.condition(request)


@dataclass(frozen=True)
class NextStep:
    """One thing the viewer should do next in the network, with where to do it."""

    title: str
    url: str
    detail: str = ""


@dataclass(frozen=True)
class NextStepSource:
    """Tells the network start page what the viewer should do first (open requests to decide, offers to
    confirm, …). `steps(request, network)` answers for the viewer's role and returns [] when nothing is due;
    it runs on every start page view, so it should cost a query or two at most."""

    key: str
    order: int
    steps: Callable[[HttpRequest, Any], list[NextStep]]


@dataclass(frozen=True)
class SettingsPage:
    """A link on the network settings index (which itself is for the network's coordinators)."""

    key: str
    label: str | Promise
    url_name: str
    order: int
    permission: str | None = None

    def visible(self, request: HttpRequest, network: Any) -> bool:
        return _permitted(request, self.permission, network)


@dataclass(frozen=True)
class SearchProvider:
    """One kind of record the search may find.

    `queryset(user, network)` returns only what the viewer may read (an `access.py` function);
    `fields` are the text fields to index, in descending weight; `url(record, network)` links a hit.
    """

    key: str
    label: str | Promise
    queryset: Callable[[Any, Any], QuerySet[Any]]
    fields: tuple[str, ...]
    url: Callable[[Any, Any], str]
    order: int = 0


@dataclass(frozen=True)
class NotificationKind:
    """Something the platform tells people about, which they will be able to subscribe to or mute."""

    key: str
    label: str | Promise
    description: str | Promise
    order: int = 0


@dataclass(frozen=True)
class ApiRouter:
    """A django-ninja router mounted below /api/v1/<prefix>."""

    key: str
    prefix: str
    router: Any
    order: int = 0


@dataclass(frozen=True)
class RecordPanel:
    """A section another app adds to a record's page, e.g. the knowledge articles about an offer.

    `models` are the labels of the records it applies to ("directory.Offer"); `context(request, network,
    record)` returns the template's context, or None when there is nothing to show this viewer. The page
    renders it outside its cached fragments, so the panel checks visibility itself.
    """

    key: str
    order: int
    models: tuple[str, ...]
    template: str
    context: Callable[[HttpRequest, Any, Any], dict[str, Any] | None]

    def applies_to(self, record: Any) -> bool:
        return record._meta.label in self.models


@dataclass(frozen=True)
class DemoPart:
    """An app's share of the demo (`netzwerk load_demo`), built after the demo's networks and logins.

    `module` names the app's demo package; it is imported only when the demo is loaded, because demo data
    is large. It provides `build(context)`, which receives the `netzwerk.demo.loader.DemoContext` and may
    add to it for later parts, and may provide `is_present(network)` (was the part loaded into this
    network before? a network with the demo's slug but without its data is never mixed with demo data)
    and `summary(network)`, a line of figures for the console.
    """

    key: str
    order: int
    module: str


navigation: Registry[NavigationEntry] = Registry("navigation")
start_panels: Registry[StartPanel] = Registry("start_panels")
next_steps: Registry[NextStepSource] = Registry("next_steps")
settings_pages: Registry[SettingsPage] = Registry("settings_pages")
search_providers: Registry[SearchProvider] = Registry("search_providers")
notification_kinds: Registry[NotificationKind] = Registry("notification_kinds")
api_routers: Registry[ApiRouter] = Registry("api_routers")
demo_parts: Registry[DemoPart] = Registry("demo_parts")
record_panels: Registry[RecordPanel] = Registry("record_panels")
