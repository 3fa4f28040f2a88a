"""Security baseline: headers, CSRF, production settings, error pages, templates without inline code."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.template import loader
from django.test import Client
from django.urls import include, path, reverse
from django.utils import translation

from tests.conftest import PASSWORD, World

SRC = Path(__file__).resolve().parents[2] / "src"


# --- A URL configuration with views that fail, for the error pages -----------------------------------


def failing_view(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a bug in a view")


def forbidden_view(request: HttpRequest) -> HttpResponse:
    raise PermissionDenied


urlpatterns = [
    path("test-errors/server/", failing_view),
    path("test-errors/forbidden/", forbidden_view),
    path("", include("netzwerk.urls")),
]


def german(message: str) -> str:
    with translation.override("de"):
        return translation.gettext(message)


def html_of(response: Any) -> str:
    return response.content.decode()


def csp_directives(response: HttpResponseBase) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.fixture
def client(db: None) -> Client:
    """A visitor whose browser states no language preference, so pages come in the default language."""
    return Client()


# --- Response headers ---------------------------------------------------------------------------------


@pytest.fixture
def html_pages(world: World) -> list[str]:
    return ["/", world.network.get_absolute_url(), reverse("account_login"), "/n/no-such-network/"]


@pytest.mark.django_db
def test_html_responses_carry_a_strict_content_security_policy(client: Client, html_pages: list[str]) -> None:
    for url in html_pages:
        response = client.get(url)
        assert response["Content-Type"].startswith("text/html"), url
        header = response.headers.get("Content-Security-Policy", "")
        assert header, f"{url} has no Content-Security-Policy"
        assert "unsafe-inline" not in header, url
        assert "unsafe-eval" not in header, url
        directives = csp_directives(response)
        assert directives["frame-ancestors"] == ["'none'"], url
        assert directives["default-src"] == ["'self'"], url
        assert directives["script-src"] == ["'self'"], url
        assert directives["style-src"] == ["'self'"], url
        assert directives["object-src"] == ["'none'"], url
        assert directives["form-action"] == ["'self'"], url


@pytest.mark.django_db
def test_html_responses_carry_the_protective_headers(client: Client, html_pages: list[str]) -> None:
    for url in html_pages:
        response = client.get(url)
        assert response.headers.get("X-Content-Type-Options") == "nosniff", url
        assert response.headers.get("X-Frame-Options") == "DENY", url
        assert response.headers.get("Referrer-Policy") == "same-origin", url
        assert response.headers.get("Cross-Origin-Opener-Policy") == "same-origin", url


@pytest.mark.django_db
def test_login_with_csrf_token_sets_cookies_scripts_cannot_read(world: World) -> None:
    EmailAddress.objects.create(user=world.member, email=world.member.email, verified=True, primary=True)
    client = Client(enforce_csrf_checks=True)
    login_page = client.get(reverse("account_login"))
    csrf_cookie = login_page.cookies["csrftoken"]

    response = client.post(
        reverse("account_login"),
        {"login": world.member.email, "password": PASSWORD, "csrfmiddlewaretoken": csrf_cookie.value},
    )

    assert response.status_code == 302
    session_cookie = response.cookies["sessionid"]
    assert session_cookie["httponly"] is True
    assert session_cookie["samesite"] == "Lax"
    assert csrf_cookie["samesite"] == "Lax"


# --- CSRF -------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_login_form_rejects_a_post_without_csrf_token(world: World) -> None:
    client = Client(enforce_csrf_checks=True)

    response = client.post(reverse("account_login"), {"login": world.member.email, "password": "x"})

    assert response.status_code == 403
    assert "403_csrf.html" in [template.name for template in response.templates]
    assert '<html lang="de"' in html_of(response)
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_language_switch_rejects_a_post_without_csrf_token() -> None:
    client = Client(enforce_csrf_checks=True)

    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})

    assert response.status_code == 403
    assert "django_language" not in response.cookies


@pytest.mark.django_db
def test_language_switch_accepts_a_post_with_csrf_token(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.get(world.network.get_absolute_url())
    token = client.cookies["csrftoken"].value

    response = client.post(
        reverse("set_language"), {"language": "en", "next": "/", "csrfmiddlewaretoken": token}
    )

    assert response.status_code == 302
    assert response.cookies["django_language"].value == "en"


# --- Production settings ------------------------------------------------------------------------------


def run_with_production_settings(
    tmp_path: Path, *args: str, **env_overrides: str | None
) -> subprocess.CompletedProcess[str]:
    # A clean environment: none of the developer's or the test session's settings leak in (the browser
    # tests set DJANGO_ALLOW_ASYNC_UNSAFE, which `check --deploy` rightly rejects).
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("NETZWERK_", "SECRET_KEY", "DJANGO_", "DATABASE_URL", "ALLOWED_HOSTS"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "netzwerk.settings.production",
            "NETZWERK_VAR_DIR": str(tmp_path),
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "example.org",
            "NETZWERK_SITE_URL": "https://example.org",
        }
    )
    for key, value in env_overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(  # noqa: S603 - fixed arguments, our own interpreter
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_production_refuses_to_start_in_debug_mode(tmp_path: Path) -> None:
    result = run_with_production_settings(tmp_path, "-m", "netzwerk", "check", NETZWERK_DEBUG="1")

    assert result.returncode != 0
    assert "NETZWERK_DEBUG must be off" in result.stderr


@pytest.mark.parametrize(
    "secret_key",
    [
        None,
        "",
        "short-but-random-3f9a",
        "changeme-changeme-changeme-changeme-changeme-changeme-changeme",
        "django-insecure-0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdef",
        "a" * 80,
    ],
    ids=["missing", "empty", "short", "placeholder", "django-default", "one-character"],
)
def test_production_refuses_a_missing_or_weak_secret_key(tmp_path: Path, secret_key: str | None) -> None:
    result = run_with_production_settings(tmp_path, "-m", "netzwerk", "check", SECRET_KEY=secret_key)

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_passes_the_deployment_checks(tmp_path: Path) -> None:
    result = run_with_production_settings(
        tmp_path, "-m", "netzwerk", "check", "--deploy", "--fail-level", "WARNING"
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


PRODUCTION_PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client, override_settings
# The hashed static file names need `collectstatic`, which is irrelevant for the headers under test.
with override_settings(STORAGES={**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}):
    client = Client()
    plain = client.get("/no-such-page/", HTTP_HOST="example.org")
    secure = client.get("/no-such-page/", HTTP_HOST="example.org", HTTP_X_FORWARDED_PROTO="https")
csrf = secure.cookies.get("csrftoken")
print(json.dumps({
    "plain_status": plain.status_code,
    "plain_location": plain.headers.get("Location"),
    "secure_status": secure.status_code,
    "hsts": secure.headers.get("Strict-Transport-Security"),
    "csrf_cookie_secure": bool(csrf and csrf["secure"]),
    "session_cookie_secure": settings.SESSION_COOKIE_SECURE,
    "session_cookie_httponly": settings.SESSION_COOKIE_HTTPONLY,
}))
"""


def test_production_sends_hsts_redirects_to_https_and_marks_cookies_secure(tmp_path: Path) -> None:
    # The probe requests a page that needs no database, so no migrations are needed in the subprocess.
    result = run_with_production_settings(tmp_path, "-c", PRODUCTION_PROBE)
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])

    assert probe["plain_status"] == 301
    assert probe["plain_location"] == "https://example.org/no-such-page/"
    assert probe["secure_status"] == 404
    assert probe["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert probe["csrf_cookie_secure"] is True
    assert probe["session_cookie_secure"] is True
    assert probe["session_cookie_httponly"] is True


# --- Error pages ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_not_found_uses_our_page_in_german_by_default(client: Client) -> None:
    response = client.get("/n/no-such-network/")

    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]
    html = html_of(response)
    assert '<html lang="de" dir="ltr">' in html
    assert german("Page not found") in html
    assert 'id="main"' in html, "the 404 page keeps the site layout"


@pytest.mark.django_db
def test_a_record_not_found_inside_a_network_keeps_the_network_header(client: Client, world: World) -> None:
    missing_offer = reverse(
        "directory:offer_detail", kwargs={"network_slug": world.network.slug, "pk": 999999}
    )

    response = client.get(missing_offer)

    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]
    assert world.network.name in html_of(response)


@pytest.mark.django_db
def test_a_mistyped_address_inside_a_network_keeps_the_network_header(client: Client, world: World) -> None:
    response = client.get(f"/n/{world.network.slug}/positions-that-do-not-exist/")

    assert response.status_code == 404
    html = html_of(response)
    assert german("Page not found") in html
    assert world.network.name in html
    assert "Using the URLconf" not in html, "never Django's debug page listing every URL"


@pytest.mark.urls(__name__)
@pytest.mark.django_db
def test_an_exception_in_a_view_shows_our_server_error_page(settings, world: World) -> None:
    settings.DEBUG = False
    client = Client(raise_request_exception=False)

    response = client.get("/test-errors/server/")

    assert response.status_code == 500
    html = html_of(response)
    assert german("Something went wrong on our side") in html
    assert '<html lang="de" dir="ltr">' in html
    assert "RuntimeError" not in html
    assert "Traceback" not in html


@pytest.mark.urls(__name__)
@pytest.mark.django_db
def test_permission_denied_shows_our_forbidden_page(client: Client, world: World) -> None:
    response = client.get("/test-errors/forbidden/")

    assert response.status_code == 403
    assert "403.html" in [template.name for template in response.templates]
    assert german("You are not allowed to do this") in html_of(response)


@pytest.mark.parametrize("template_name", ["500.html", "400.html"])
def test_context_free_error_pages_render_without_request_or_database(template_name: str) -> None:
    # No `db` fixture: any database query here raises, exactly as when the database is down.
    with translation.override("de"):
        html = loader.get_template(template_name).render()

    assert '<html lang="de" dir="ltr">' in html
    assert "<h1" in html
    assert "/static/core/app.css" in html


@pytest.mark.parametrize("template_name", ["500.html", "400.html"])
def test_context_free_error_pages_follow_the_writing_direction(template_name: str) -> None:
    with translation.override("ar"):
        html = loader.get_template(template_name).render()

    assert '<html lang="ar" dir="rtl">' in html
    assert "kern.rtl.min.css" in html


# --- Templates ------------------------------------------------------------------------------------------

INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.IGNORECASE)
STYLE_ELEMENT = re.compile(r"<style\b", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE)
JAVASCRIPT_URL = re.compile(r"""(href|src|action)\s*=\s*["']\s*javascript:""", re.IGNORECASE)


def project_templates() -> list[Path]:
    return sorted(
        template
        for template in SRC.rglob("*.html")
        if "templates" in template.parts and "vendor" not in template.parts
    )


def test_templates_are_found() -> None:
    names = {template.name for template in project_templates()}
    assert {"base.html", "404.html", "500.html", "_header.html"} <= names


@pytest.mark.parametrize(
    ("pattern", "what"),
    [
        (INLINE_SCRIPT, "an inline <script> without src"),
        (STYLE_ATTRIBUTE, "a style= attribute"),
        (STYLE_ELEMENT, "a <style> element"),
        (EVENT_HANDLER, "an inline event handler (on…=)"),
        (JAVASCRIPT_URL, "a javascript: URL"),
    ],
    ids=["inline-script", "style-attribute", "style-element", "event-handler", "javascript-url"],
)
def test_no_template_contains_inline_code(pattern: re.Pattern[str], what: str) -> None:
    offenders = []
    for template in project_templates():
        text = template.read_text(encoding="utf-8")
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            offenders.append(f"{template.relative_to(SRC)}:{line}: {match.group(0)[:80]}")
    assert not offenders, f"The Content Security Policy blocks {what}:\n" + "\n".join(offenders)


def test_the_template_scan_catches_inline_code() -> None:
    assert INLINE_SCRIPT.search("<script>alert(1)</script>")
    assert INLINE_SCRIPT.search('<script type="module">x()</script>')
    assert not INLINE_SCRIPT.search('<script src="/static/core/app.js" defer></script>')
    assert STYLE_ATTRIBUTE.search('<div class="x" style="color: red">')
    assert not STYLE_ATTRIBUTE.search('<link rel="stylesheet" href="/static/core/app.css">')
    assert EVENT_HANDLER.search('<button onclick="go()">')
    assert JAVASCRIPT_URL.search('<a href="javascript:void(0)">')


def test_production_refuses_a_site_url_without_https(tmp_path: Path) -> None:
    result = run_with_production_settings(
        tmp_path, "-m", "netzwerk", "check", NETZWERK_SITE_URL="http://example.org"
    )

    assert result.returncode != 0
    assert "NETZWERK_SITE_URL" in result.stderr
