"""Adding an app needs no edit in core's templates, the root URLconf or the permission matrix's constants.

`tests.sample_app` is a small app that exists only for this test: installed, its page is mounted below
the network, guarded, listed in the navigation and on the start page, and the matrix asks for its row.
"""

import importlib

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import clear_url_caches, reverse

import netzwerk.urls
from netzwerk.core import registry
from tests.conftest import World
from tests.test_permission_matrix import EXPECTED, own_url_names


def _reload_urls() -> None:
    clear_url_caches()
    importlib.reload(netzwerk.urls)


@pytest.fixture
def sample_app():
    with override_settings(INSTALLED_APPS=[*settings.INSTALLED_APPS, "tests.sample_app"]):
        _reload_urls()
        try:
            yield
        finally:
            registry.navigation.unregister("sample_app.notes")
            registry.start_panels.unregister("sample_app.notes")
    _reload_urls()


@pytest.mark.django_db
def test_a_new_apps_page_is_mounted_guarded_and_in_the_navigation(
    sample_app: None, world: World, client_for
) -> None:
    url = reverse("sample_app:notes", kwargs={"network_slug": world.network.slug})
    assert url == "/n/burgenlandkreis/notes/"

    response = client_for(world.member).get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Notes of Integrationsnetzwerk Burgenlandkreis" in html
    assert f'<a class="site-nav__link" href="{url}" aria-current="page">Notes</a>' in html

    start = client_for(world.member).get(world.network.get_absolute_url()).content.decode()
    assert f'href="{url}">Notes</a>' in start
    guest_start = client_for(world.guest).get(world.network.get_absolute_url()).content.decode()
    assert url not in guest_start

    assert client_for(world.guest).get(url).status_code == 403
    assert client_for(world.other_coordinator).get(url).status_code == 404
    assert client_for(None).get(url)["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_the_matrix_asks_for_a_row_for_the_new_apps_page(sample_app: None) -> None:
    names = own_url_names()
    assert "sample_app:notes" in names
    assert names - EXPECTED.keys() == {"sample_app:notes"}


def test_without_the_app_nothing_of_it_remains() -> None:
    assert "sample_app:notes" not in own_url_names()
    assert registry.navigation.get("sample_app.notes") is None
