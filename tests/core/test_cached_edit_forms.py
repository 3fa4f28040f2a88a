"""core.forms.CachedEditForm: an opened edit form is written once per record version, language and the
lists it offers, and never shows anything older than the record and its lists."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from netzwerk.core.models import Language
from tests.factories import LocationFactory, OfferFactory, ThematicFieldFactory
from tests.form_pages import form_fields

GERMAN = {"HTTP_ACCEPT_LANGUAGE": "de"}


@pytest.fixture
def offer(world):
    return OfferFactory(organization=world.org_a, title_de="Sprachcafé", description_de="Dienstags")


@pytest.fixture
def editor(world, client_for):
    return client_for(world.editor_a)


def edit_page(client, offer, **headers):
    response = client.get(f"/n/burgenlandkreis/offers/{offer.pk}/edit/", **headers)
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_opening_is_served_without_building_the_form(offer, editor):
    first = edit_page(editor, offer)
    with CaptureQueriesContext(connection) as opened_again:
        second = edit_page(editor, offer)

    assert form_fields(second) == form_fields(first)
    queries = " ".join(query["sql"] for query in opened_again.captured_queries)
    assert "core_thematicfield" not in queries  # no choice list read
    assert "directory_offer_service_area" not in queries  # no record relations read


def test_a_saved_change_shows_at_the_next_opening(offer, editor, world, client_for):
    edit_page(editor, offer)
    other = client_for(world.coordinator)
    fields = form_fields(edit_page(other, offer))
    other.post(f"/n/burgenlandkreis/offers/{offer.pk}/edit/", {**fields, "description_de": "Mittwochs"})

    fields = form_fields(edit_page(editor, offer))

    assert fields["description_de"] == ["Mittwochs"]
    assert int(fields["loaded_version"][0]) == offer.history.latest("history_id").history_id


def test_a_change_made_without_the_form_shows_too(offer, editor):
    edit_page(editor, offer)
    offer.opening_hours_de = "Mo–Fr 9–12 Uhr"
    offer.save()

    assert form_fields(edit_page(editor, offer))["opening_hours_de"] == ["Mo–Fr 9–12 Uhr"]


def test_new_terms_and_locations_appear_in_the_next_opening(offer, editor, world):
    edit_page(editor, offer)
    ThematicFieldFactory(network=world.network, name="Pflege und Migration")
    LocationFactory(organization=world.org_a, name="Außenstelle Zeitz")

    page = edit_page(editor, offer)

    assert "Pflege und Migration" in page
    assert "Außenstelle Zeitz" in page


def test_a_renamed_term_appears_in_the_next_opening(offer, editor, world):
    term = ThematicFieldFactory(network=world.network, name="Arbeitsmarkt")
    edit_page(editor, offer)
    term.name = "Arbeit und Ausbildung"
    term.save()

    page = edit_page(editor, offer)

    assert "Arbeit und Ausbildung" in page
    assert "Arbeitsmarkt" not in page


def test_a_language_the_network_adds_gets_its_translation_fields(offer, editor, world):
    edit_page(editor, offer)
    assert "title_ar" not in form_fields(edit_page(editor, offer))
    arabic, _created = Language.objects.get_or_create(code="ar", defaults={"name": "Arabisch"})
    world.network.languages.add(arabic)

    assert "title_ar" in form_fields(edit_page(editor, offer))


def test_each_interface_language_has_its_own_form(offer, editor):
    english = edit_page(editor, offer)
    german = edit_page(editor, offer, **GERMAN)

    assert "Title" in english
    assert "Titel" in german
    assert form_fields(german) == form_fields(english)


def test_history_rows_leave_the_content_versions_to_their_record(offer):
    from netzwerk.core.content_cache import content_changed, content_version
    from netzwerk.directory.models import Offer

    before = content_version(), content_version(Offer)
    content_changed(sender=Offer.history.model, instance=offer.history.first())
    assert (content_version(), content_version(Offer)) == before

    offer.save()
    assert content_version() != before[0]
    assert content_version(Offer) != before[1]


def test_lists_unchanged_by_an_edit_are_written_once_and_never_mix_up_records(world, editor, client_for):
    """Groups of boxes are cached under the values shown (FieldsetModelForm.markup_key): another record
    with the same ticks reuses them; other ticks or another organization's locations never do."""
    term = ThematicFieldFactory(network=world.network, name="Arbeit")
    home = LocationFactory(organization=world.org_a, name="Hauptsitz A")
    LocationFactory(organization=world.org_b, name="Hauptsitz B")
    first = OfferFactory(organization=world.org_a, title_de="Erstes", description_de="Text 1")
    alike = OfferFactory(organization=world.org_a, title_de="Gleiches", description_de="Anderer Text")
    ticked = OfferFactory(organization=world.org_a, title_de="Zweites", description_de="Text 2")
    elsewhere = OfferFactory(organization=world.org_b, title_de="Drittes")
    ticked.thematic_fields.set([term])
    ticked.locations.set([home])

    edit_page(editor, first)
    groups_written = cached_groups()
    shown_alike = form_fields(edit_page(editor, alike))
    assert len(cached_groups() - groups_written) == 1, "same ticks, same markup; only the texts differ"
    shown_ticked = form_fields(edit_page(editor, ticked))
    shown_elsewhere = edit_page(client_for(world.coordinator), elsewhere)

    assert shown_alike["description_de"] == ["Anderer Text"]
    assert "thematic_fields" not in shown_alike
    assert shown_ticked["thematic_fields"] == [str(term.pk)]
    assert shown_ticked["locations"] == [str(home.pk)]
    assert "Hauptsitz B" in shown_elsewhere
    assert "Hauptsitz A" not in shown_elsewhere


def cached_groups():
    return {key for key in cache._cache if "form-fieldset" in key}


def test_an_edited_text_writes_only_its_own_group_again(world, editor):
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé", description_de="Dienstags")
    first = edit_page(editor, offer)
    groups_written = cached_groups()
    assert len(groups_written) > 3

    offer.opening_hours_de = "Montag bis Freitag <9–12 Uhr>"
    offer.save()
    shown = edit_page(editor, offer)

    assert len(cached_groups() - groups_written) == 1
    assert form_fields(shown)["opening_hours_de"] == ["Montag bis Freitag <9–12 Uhr>"]
    assert "Montag bis Freitag &lt;9–12 Uhr&gt;" in shown
    changed = {"opening_hours_de", "loaded_version"}
    assert {name: values for name, values in form_fields(shown).items() if name not in changed} == {
        name: values for name, values in form_fields(first).items() if name not in changed
    }


def test_a_translation_group_is_written_again_only_when_its_text_changes(world, editor):
    from netzwerk.core.models import Language

    world.network.languages.add(Language.objects.get(code="en"))
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé", title_en="Language café")
    edit_page(editor, offer)
    translations = {key for key in cache._cache if "form-translation" in key}
    assert len(translations) == 1

    offer.description_de = "Neu"
    offer.save()
    unchanged = edit_page(editor, offer)
    offer.title_en = "Language café & more"
    offer.save()
    changed = edit_page(editor, offer)

    assert form_fields(unchanged)["title_en"] == ["Language café"]
    assert {key for key in cache._cache if "form-translation" in key} - translations != set()
    assert form_fields(changed)["title_en"] == ["Language café & more"]
    assert len({key for key in cache._cache if "form-translation" in key}) == 2
