"""Edit forms for part-time professionals: a search box over long lists, translations out of the way."""

import pytest
from playwright.sync_api import Page, expect

from netzwerk.core.models import Language
from netzwerk.directory.models import Offer
from tests.conftest import World
from tests.factories import OfferFactory

from .conftest import PHONE, Visitor
from .test_accessibility import describe, run_axe

LANGUAGES = [
    ("ar", "Arabisch"), ("bg", "Bulgarisch"), ("en", "Englisch"), ("fa", "Persisch"), ("fr", "Französisch"),
    ("it", "Italienisch"), ("pl", "Polnisch"), ("ro", "Rumänisch"), ("ru", "Russisch"), ("es", "Spanisch"),
    ("tr", "Türkisch"), ("uk", "Ukrainisch"), ("vi", "Vietnamesisch"),
]  # fmt: skip


def _language(code: str, name: str) -> Language:
    # Browser tests empty the database between tests; the seeded languages may be gone.
    return Language.objects.get_or_create(code=code, defaults={"name": name, "name_de": name})[0]


def test_a_long_list_can_be_searched_and_ticked_options_stay_visible(
    page: Page, world: World, visitor: Visitor
) -> None:
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    offer.languages.add(_language("de", "Deutsch"))
    for code, name in LANGUAGES:  # more than a dozen: a long list
        _language(code, name)
    visitor.log_in(world.editor_a)

    page.goto(f"/n/{world.network.slug}/offers/{offer.pk}/edit/")
    search = page.get_by_role("searchbox", name="Suchen in „Sprachen“")
    search.fill("arab")
    search.press("Enter")  # filters; does not send the form

    languages = page.locator("#id_languages")
    expect(languages.get_by_label("Arabisch", exact=True)).to_be_visible()
    expect(languages.get_by_label("Deutsch", exact=True)).to_be_visible()  # ticked
    expect(languages.get_by_label("Polnisch", exact=True)).to_be_hidden()
    assert page.url.endswith("/edit/")

    search.fill("")
    expect(languages.get_by_label("Polnisch", exact=True)).to_be_visible()


def test_translations_wait_collapsed_until_opened(page: Page, world: World, visitor: Visitor) -> None:
    world.network.languages.add(_language("en", "Englisch"))
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    visitor.log_in(world.editor_a)

    page.goto(f"/n/{world.network.slug}/offers/{offer.pk}/edit/")
    english_title = page.get_by_label("Titel (Englisch)")
    expect(english_title).to_be_hidden()

    page.locator("summary", has_text="Übersetzung: Englisch").click()
    expect(english_title).to_be_visible()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_conflict_page_keeps_the_input_and_passes_axe(
    page: Page, world: World, visitor: Visitor, language: str
) -> None:
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé", description_de="Alt")
    visitor.log_in(world.editor_a)
    visitor.use_language(language)
    page.goto(f"/n/{world.network.slug}/offers/{offer.pk}/edit/")
    saved_meanwhile = Offer.objects.get(pk=offer.pk)
    saved_meanwhile.description_de = "Von jemand anderem"
    saved_meanwhile.save()

    page.locator("#id_description_de").fill("Meine Fassung")
    page.locator("form.record-form button[type=submit]").click()

    conflict = page.locator("#edit-conflict")
    expect(conflict).to_be_visible()
    expect(conflict).to_contain_text("Von jemand anderem")
    expect(page.locator("#id_description_de")).to_have_value("Meine Fassung")
    violations = run_axe(page)
    assert not violations, describe(violations)
    page.set_viewport_size(PHONE)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
