"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

One browser is launched per session and every test gets a fresh context, so cookies never leak between
tests. Every page a test opens is watched: a request to any host but the live server's, or a Content
Security Policy violation reported on the console, fails the test.
"""

import os
import shutil
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request, ViewportSize

from netzwerk.accounts.models import User

# Playwright's sync API keeps an asyncio event loop in the main thread; Django would otherwise refuse
# database access from fixtures and tests ("You cannot call this from an async context").
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("NETZWERK_CHROMIUM", "/usr/bin/chromium"))
# Without the background-networking switches Chromium contacts Google hosts on its own.
CHROMIUM_ARGS = [
    "--no-sandbox",  # the suite runs as root in containers, where the sandbox cannot start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}
BROWSER_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if BROWSER_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Launch the distribution's Chromium; Playwright's own browser downloads are never used."""
    if not (CHROMIUM.exists() and shutil.which(str(CHROMIUM))):
        reason = f"Chromium not found at {CHROMIUM}; install it with `apt-get install chromium`."
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any], live_server: Any) -> dict[str, Any]:
    # A German visitor on a desktop screen; tests that need another language set the language cookie.
    return {
        **browser_context_args,
        "base_url": live_server.url,
        "locale": "de-DE",
        "timezone_id": "Europe/Berlin",
        "viewport": DESKTOP,
    }


@dataclass
class PageWatch:
    """What a page did that no page of ours may do."""

    origin: str
    foreign_requests: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)

    def on_request(self, request: Request) -> None:
        url = urlsplit(request.url)
        if url.scheme in {"data", "blob", "about"}:
            return
        if f"{url.scheme}://{url.netloc}" != self.origin:
            self.foreign_requests.append(request.url)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            self.csp_violations.append(message.text)

    def problems(self) -> list[str]:
        return [f"request to a third party: {url}" for url in self.foreign_requests] + [
            f"CSP violation: {text}" for text in self.csp_violations
        ]


@pytest.fixture(autouse=True)
def _keep_seeded_data(django_db_serialized_rollback: None) -> None:
    """Browser tests flush the database after each test; this restores what migrations seeded (languages)."""


@pytest.fixture
def page_watch(live_server: Any) -> PageWatch:
    parts = urlsplit(live_server.url)
    return PageWatch(origin=f"{parts.scheme}://{parts.netloc}")


@pytest.fixture
def context(new_context: Any, page_watch: PageWatch) -> Generator[BrowserContext]:
    context = new_context()
    context.on("request", page_watch.on_request)
    context.on("console", page_watch.on_console)
    yield context
    if problems := page_watch.problems():
        pytest.fail("The page did something it must not:\n" + "\n".join(problems), pytrace=False)


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@dataclass
class Visitor:
    """Sets up who the browser is, through cookies: faster than going through the forms every time."""

    context: BrowserContext
    server_url: str

    def log_in(self, user: User | None) -> None:
        """Hands the browser a session cookie of `user` (None stays anonymous)."""
        if user is None:
            return
        client = Client()
        client.force_login(user)
        session_cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        self.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session_cookie.value, "url": self.server_url}]
        )

    def use_language(self, code: str) -> None:
        """Sets the language cookie as Django's `set_language` view would."""
        self.context.add_cookies(
            [{"name": settings.LANGUAGE_COOKIE_NAME, "value": code, "url": self.server_url}]
        )


@pytest.fixture
def visitor(context: BrowserContext, live_server: Any) -> Visitor:
    return Visitor(context=context, server_url=live_server.url)
