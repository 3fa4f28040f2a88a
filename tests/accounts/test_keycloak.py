"""Keycloak (OpenID Connect) login is switched on by the environment alone."""

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
from django.test import Client
call_command("migrate", verbosity=0)
app = settings.SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"][0]
assert app["provider_id"] == "keycloak", app
assert app["settings"]["server_url"] == "https://sso.example.org/realms/netzwerk", app
page = Client(headers={"accept-language": "de"}).get("/accounts/login/").content.decode()
assert "/accounts/oidc/keycloak/login/" in page, "no Keycloak button on the login page"
assert "Landkreis-Login" in page
print("ok")
"""


def run(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("OIDC_", "DATABASE_URL"))}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "netzwerk.settings.test",
            "NETZWERK_VAR_DIR": str(tmp_path),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
            **extra,
        }
    )
    return subprocess.run(  # noqa: S603 - the interpreter running the tests, fixed arguments
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_oidc_environment_adds_a_keycloak_login(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        OIDC_SERVER_URL="https://sso.example.org/realms/netzwerk",
        OIDC_CLIENT_ID="netzwerk",
        OIDC_CLIENT_SECRET="geheim",
        OIDC_NAME="Landkreis-Login",
    )

    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("ok")


def test_without_oidc_environment_there_is_no_keycloak_login(tmp_path: Path) -> None:
    result = run(tmp_path)

    assert result.returncode != 0
    assert "openid_connect" in result.stderr  # the provider is simply not configured
