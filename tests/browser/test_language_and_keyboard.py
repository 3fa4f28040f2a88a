"""Interface language, writing direction and keyboard use, as a visitor experiences them in the browser."""

import pytest
from playwright.sync_api import Page

from tests.conftest import World

from .conftest import Visitor

STYLESHEETS = "[...document.querySelectorAll('link[rel=stylesheet]')].map(link => link.getAttribute('href'))"


def network_home(world: World) -> str:
    return world.network.get_absolute_url()


@pytest.mark.parametrize(
    "browser_locale",
    [
        pytest.param("de-DE", marks=pytest.mark.browser_context_args(locale="de-DE"), id="german-browser"),
        pytest.param("ja-JP", marks=pytest.mark.browser_context_args(locale="ja-JP"), id="other-language"),
    ],
)
def test_a_new_visitor_sees_german(page: Page, world: World, browser_locale: str) -> None:
    assert page.evaluate("navigator.language") == browser_locale

    page.goto(network_home(world))

    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator(".language-switcher [aria-current=true]").get_attribute("lang") == "de"
    stylesheets = page.evaluate(STYLESHEETS)
    assert any(href.endswith("/kern.min.css") for href in stylesheets)
    assert not any("rtl" in href for href in stylesheets)


def test_the_language_switcher_changes_between_german_and_english(page: Page, world: World) -> None:
    path = network_home(world)
    page.goto(path)

    with page.expect_navigation():
        page.locator(".language-switcher").get_by_role("button", name="English").click()

    assert page.url.endswith(path), "the switcher must bring the visitor back to the same page"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator(".language-switcher [aria-current=true]").get_attribute("lang") == "en"
    assert page.get_by_role("navigation", name="Main navigation").is_visible()

    with page.expect_navigation():
        page.locator(".language-switcher").get_by_role("button", name="Deutsch").click()

    assert page.locator("html").get_attribute("lang") == "de"


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_right_to_left_languages_get_the_mirrored_layout(
    page: Page, world: World, visitor: Visitor, language: str
) -> None:
    visitor.use_language(language)

    page.goto(network_home(world))

    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == "rtl"
    stylesheets = page.evaluate(STYLESHEETS)
    assert any(href.endswith("/kern.rtl.min.css") for href in stylesheets)
    assert not any(href.endswith("/kern.min.css") for href in stylesheets)
    loaded_rules = page.evaluate(
        "[...document.styleSheets].filter(s => s.href && s.href.endsWith('kern.rtl.min.css'))"
        ".map(s => s.cssRules.length)"
    )
    assert loaded_rules, "the RTL stylesheet is not among the document's stylesheets"
    assert loaded_rules[0] > 100, "the RTL stylesheet did not load"
    # The header starts on the right: the brand sits to the right of the language switcher.
    brand = page.locator(".site-brand").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    assert brand
    assert switcher
    assert brand["x"] > switcher["x"] + switcher["width"]


def test_the_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content(
    page: Page, world: World
) -> None:
    page.goto(network_home(world))

    page.keyboard.press("Tab")

    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    box = page.locator(".skip-link").bounding_box()
    assert box
    assert box["y"] >= 0, "the focused skip link must be visible"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"

    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.id") == "main"


def test_keyboard_focus_is_visible_on_links_and_buttons(page: Page, world: World) -> None:
    page.goto(network_home(world))
    seen = 0
    for _ in range(12):
        page.keyboard.press("Tab")
        style = page.evaluate(
            "(() => { const s = getComputedStyle(document.activeElement);"
            " return {tag: document.activeElement.tagName, style: s.outlineStyle,"
            " width: parseFloat(s.outlineWidth), shadow: s.boxShadow}; })()"
        )
        if style["tag"] in {"A", "BUTTON", "SELECT"}:
            seen += 1
            visible = (style["style"] != "none" and style["width"] >= 2) or style["shadow"] != "none"
            assert visible, f"no visible focus indicator on a {style['tag']}: {style}"
    assert seen >= 5
