"""Interface language: German by default, English by the switcher, right to left for Arabic and Persian."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.conftest import World

VENDOR = Path(__file__).resolve().parents[2] / "src/netzwerk/static/vendor/kern"
HTML_TAG = re.compile(r"<html lang=\"(?P<lang>[^\"]*)\" dir=\"(?P<dir>[^\"]*)\">")


@pytest.fixture
def client(db: None) -> Client:
    """A first-time visitor whose browser states no language preference (no Accept-Language header)."""
    return Client()


def lang_and_dir(html: str) -> dict[str, str]:
    match = HTML_TAG.search(html)
    assert match, "the page has no <html lang dir> tag"
    return match.groupdict()


def html_tag(client: Client, url: str) -> dict[str, str]:
    response = client.get(url)
    assert response.status_code == 200
    return lang_and_dir(response.content.decode())


def switch_language(client: Client, language: str, next_url: str) -> None:
    response = client.post(reverse("set_language"), {"language": language, "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == next_url


@pytest.mark.django_db
def test_german_is_the_default_without_accept_language(client: Client, world: World) -> None:
    response = client.get(world.network.get_absolute_url())

    assert response["Content-Language"] == "de"
    assert lang_and_dir(response.content.decode()) == {"lang": "de", "dir": "ltr"}


CURRENT_LANGUAGE = re.compile(r'<span class="[^"]*--current" lang="(?P<code>[a-z-]+)" aria-current="true">')
LANGUAGE_BUTTON = re.compile(
    r'<button type="submit" name="language" value="(?P<code>[a-z-]+)" lang="(?P=code)"'
)


def switcher_state(html: str) -> tuple[str | None, list[str]]:
    """The language marked as current and the languages offered as buttons."""
    current = CURRENT_LANGUAGE.search(html)
    return (current["code"] if current else None), LANGUAGE_BUTTON.findall(html)


@pytest.mark.django_db
def test_german_is_the_default_for_browser_languages_the_platform_does_not_offer(
    client: Client, world: World
) -> None:
    response = client.get(world.network.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="ja-JP,ja;q=0.9")

    assert lang_and_dir(response.content.decode())["lang"] == "de"


@pytest.mark.django_db
def test_the_switcher_offers_the_other_interface_languages(client: Client, world: World) -> None:
    html = client.get(world.network.get_absolute_url()).content.decode()

    assert f'action="{reverse("set_language")}"' in html
    assert switcher_state(html) == ("de", ["en"])


@pytest.mark.django_db
def test_the_switcher_offers_every_interface_language_on_a_page_in_another_language(
    client: Client, world: World
) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"

    html = client.get(world.network.get_absolute_url()).content.decode()

    assert switcher_state(html) == (None, list(settings.INTERFACE_LANGUAGES))


@pytest.mark.django_db
def test_the_switcher_changes_to_english_and_back(client: Client, world: World) -> None:
    page = world.network.get_absolute_url()

    switch_language(client, "en", page)

    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert html_tag(client, page) == {"lang": "en", "dir": "ltr"}
    assert switcher_state(client.get(page).content.decode()) == ("en", ["de"])

    switch_language(client, "de", page)

    assert html_tag(client, page) == {"lang": "de", "dir": "ltr"}


@pytest.mark.django_db
def test_the_switcher_ignores_unknown_languages(client: Client, world: World) -> None:
    page = world.network.get_absolute_url()

    client.post(reverse("set_language"), {"language": "xx", "next": page})

    assert html_tag(client, page)["lang"] == "de"


@pytest.mark.django_db
def test_the_switcher_never_redirects_to_another_site(client: Client, world: World) -> None:
    response = client.post(reverse("set_language"), {"language": "en", "next": "https://evil.example/"})

    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ar", "fa"])
def test_right_to_left_languages_get_rtl_direction_and_stylesheet(
    client: Client, world: World, language: str
) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language

    response = client.get(world.network.get_absolute_url())

    html = response.content.decode()
    assert lang_and_dir(html) == {"lang": language, "dir": "rtl"}
    assert "vendor/kern/kern.rtl.min.css" in html
    assert "vendor/kern/kern.min.css" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", "en", "uk"])
def test_left_to_right_languages_keep_the_regular_stylesheet(
    client: Client, world: World, language: str
) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language

    html = client.get(world.network.get_absolute_url()).content.decode()

    assert lang_and_dir(html) == {"lang": language, "dir": "ltr"}
    assert "vendor/kern/kern.min.css" in html
    assert "kern.rtl.min.css" not in html


def css_rules(css: str) -> dict[str, str]:
    rules: dict[str, str] = {}
    for selector, body in re.findall(r"([^{}@;]+)\{([^{}]*)\}", css):
        rules[selector.strip()] = rules.get(selector.strip(), "") + ";" + body
    return rules


ONE_SIDED_LEFT = re.compile(r"(?<![-\w])(margin-left|padding-left|border-left|left)\s*:")
ANY_RIGHT = re.compile(r"(?<![-\w])(margin-right|padding-right|border-right|right)\s*:")


def test_the_rtl_stylesheet_is_the_mirror_of_the_ltr_one() -> None:
    ltr_path, rtl_path = VENDOR / "kern.min.css", VENDOR / "kern.rtl.min.css"
    if not (ltr_path.exists() and rtl_path.exists()):
        pytest.fail("KERN assets are missing; run `bash scripts/build-assets.sh`.", pytrace=False)
    ltr = css_rules(ltr_path.read_text(encoding="utf-8"))
    rtl = css_rules(rtl_path.read_text(encoding="utf-8"))

    # Rules that place something on the left only must place it on the right only in the RTL build.
    one_sided = {
        sel: body for sel, body in ltr.items() if ONE_SIDED_LEFT.search(body) and not ANY_RIGHT.search(body)
    }
    assert len(one_sided) >= 5, "expected the (purged) KERN stylesheet to have left-only rules to mirror"
    not_mirrored = [
        sel
        for sel in one_sided
        if sel not in rtl or not ANY_RIGHT.search(rtl[sel]) or ONE_SIDED_LEFT.search(rtl[sel])
    ]
    assert not not_mirrored, f"rules not mirrored in the RTL build: {not_mirrored[:10]}"


def test_the_network_description_in_german_is_marked_on_an_english_page(world, client):
    world.network.description_de = "Das Netzwerk trifft sich viermal im Jahr."
    world.network.description_en = ""
    world.network.save()

    english = client.get(world.network.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    german = client.get(world.network.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de").content.decode()

    assert 'network-description" lang="de" dir="ltr"><p>Das Netzwerk trifft sich' in english
    assert 'network-description"><p>Das Netzwerk trifft sich' in german
