"""On a phone (390 × 844): results before filters, a compact header, long words that wrap, login to work."""

from playwright.sync_api import Page, expect

from tests.conftest import PASSWORD, World
from tests.factories import OfferFactory

from .conftest import PHONE, Visitor

LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänsmützenberatungsstellenverzeichnis"


def _overflow(page: Page) -> int:
    return int(page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))


def test_the_directory_shows_results_first_and_the_filter_behind_one_line(page: Page, world: World) -> None:
    OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    page.set_viewport_size(PHONE)

    page.goto(f"/n/{world.network.slug}/directory/")

    results = page.locator("#results-heading")
    assert results.bounding_box()["y"] < PHONE["height"], "the first result is on the first screen"
    search = page.get_by_label("Suchen")
    expect(search).to_be_hidden()
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < PHONE["height"] / 4, f"the header takes {header['height']}px"

    page.get_by_text("Filter", exact=True).click()
    expect(search).to_be_visible()
    search.fill("Sprach")
    page.get_by_role("button", name="Ergebnisse anzeigen").click()
    expect(page.locator(".directory-filter__count")).to_have_text("(1 aktiv)")


def test_wide_screens_show_the_filter_open_beside_the_results(page: Page, world: World) -> None:
    page.goto(f"/n/{world.network.slug}/directory/")

    expect(page.get_by_label("Suchen")).to_be_visible()


def test_an_offer_with_a_very_long_word_fits_the_phone(page: Page, world: World) -> None:
    offer = OfferFactory(
        organization=world.org_a, title_de=LONG_WORD, description_de=f"Beratung bei der {LONG_WORD}."
    )
    page.set_viewport_size(PHONE)

    page.goto(offer.url_in(world.network))

    expect(page.get_by_role("heading", level=1)).to_contain_text("Donaudampf")
    assert _overflow(page) <= 0
    assert page.get_by_role("heading", level=1).bounding_box()["y"] < PHONE["height"] / 2


def test_login_on_a_phone_lands_on_the_network(page: Page, world: World, visitor: Visitor) -> None:
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=world.member, email=world.member.email, verified=True, primary=True)
    page.set_viewport_size(PHONE)

    page.goto("/accounts/login/")
    page.get_by_label("E-Mail").fill(world.member.email)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden", exact=True).click()

    page.wait_for_url(f"**/n/{world.network.slug}/")
    expect(page.get_by_role("heading", name="Ihre nächsten Schritte")).to_be_visible()
    assert _overflow(page) <= 0
