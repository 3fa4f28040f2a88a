"""How pages and static files leave the server: compressed, self-hosted fonts cut to what pages use."""

import gzip
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from tests.conftest import World


@pytest.mark.django_db
def test_pages_are_sent_compressed_to_browsers_that_accept_it(client: Client, world: World) -> None:
    url = reverse("directory:directory", kwargs={"network_slug": world.network.slug})

    compressed = client.get(url, headers={"accept-encoding": "gzip, br"})
    plain = client.get(url)

    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content).decode().count("<main") == 1
    assert len(compressed.content) * 3 < len(plain.content)


def test_fonts_are_self_hosted_subsets_loaded_only_for_the_scripts_a_page_shows() -> None:
    stylesheet = finders.find("vendor/kern/fonts/fira-sans.css")
    assert stylesheet, "scripts/build-assets.sh writes the font stylesheet"
    css = Path(stylesheet).read_text(encoding="utf-8")
    faces = re.findall(r"@font-face\s*{([^}]*)}", css)

    weights = sorted({re.search(r"font-weight:\s*([^;]+);", face)[1] for face in faces})
    assert weights == ["400", "500", "600 700"]
    for face in faces:
        assert "unicode-range:" in face
        font = re.search(r'url\("\./([^"]+)"\)', face)[1]
        assert finders.find(f"vendor/kern/fonts/{font}"), font
    assert len(faces) == 6, "Latin and Cyrillic for each weight; Arabic script uses the system's fonts"


def test_the_production_server_refuses_to_run_with_debug_on(settings) -> None:
    settings.DEBUG = True

    with pytest.raises(CommandError, match="--dev"):
        call_command("serve", "--no-worker")


def test_database_connections_outlive_a_request() -> None:
    # Opening a connection per request cost a twentieth of a worker's time under load (bench/).
    from django.conf import settings

    assert settings.DATABASES["default"]["CONN_MAX_AGE"] > 0
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
