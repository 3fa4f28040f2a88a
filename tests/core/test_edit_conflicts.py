"""No silent overwrites: two people with the same edit form open (core.edit_conflicts).

Each test loads the form page twice, as two browsers would, and posts what the browser would send.
"""

import pytest
from django.utils import translation

from netzwerk.core.history import record_version
from netzwerk.core.models import Language
from netzwerk.directory.models import Offer
from tests.factories import (
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    PersonFactory,
    PositionFactory,
    PositionHoldingFactory,
)
from tests.form_pages import form_fields

GERMAN = {"HTTP_ACCEPT_LANGUAGE": "de"}


@pytest.fixture(autouse=True)
def german_content():
    with translation.override("de"):
        yield


def edit_url(record):
    return f"/n/burgenlandkreis/offers/{record.pk}/edit/"


def open_form(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return form_fields(response.content.decode())


@pytest.fixture
def two_editors(world, client_for):
    world.editor_a.name = "Anna Erste"
    world.editor_a.save()
    world.coordinator.name = "Bernd Zweiter"
    world.coordinator.save()
    return client_for(world.editor_a), client_for(world.coordinator)


def test_the_edit_form_carries_the_version_it_was_loaded_from(world, two_editors):
    offer = OfferFactory(organization=world.org_a)
    first, _second = two_editors

    fields = open_form(first, edit_url(offer))

    assert fields["loaded_version"] == [str(record_version(offer))]
    assert record_version(offer) > 0


def test_the_second_save_of_the_same_field_shows_the_conflict_and_keeps_the_input(world, two_editors):
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé", description_de="Alt")
    first, second = two_editors
    first_form = open_form(first, edit_url(offer))
    second_form = open_form(second, edit_url(offer))

    saved = first.post(edit_url(offer), {**first_form, "description_de": "Text von Anna"})
    response = second.post(edit_url(offer), {**second_form, "description_de": "Text von Bernd"}, **GERMAN)

    assert saved.status_code == 302
    assert response.status_code == 200
    html = response.content.decode()
    assert "Noch nicht gespeichert: Anna Erste hat dieselben Felder inzwischen geändert" in html
    assert "Text von Anna" in html  # what the other person saved
    offer.refresh_from_db()
    assert offer.description_de == "Text von Anna"
    kept = form_fields(html)
    assert kept["description_de"] == ["Text von Bernd"]  # the second person's input is still in the form
    assert kept["loaded_version"] == [str(record_version(offer))]

    applied = second.post(edit_url(offer), kept)

    assert applied.status_code == 302
    offer.refresh_from_db()
    assert offer.description_de == "Text von Bernd"


def test_changes_to_different_fields_are_merged_and_the_second_editor_is_told(world, two_editors):
    offer = OfferFactory(organization=world.org_a, description_de="Alt", opening_hours_de="Mo 9–12")
    first, second = two_editors
    first_form = open_form(first, edit_url(offer))
    second_form = open_form(second, edit_url(offer))

    first.post(edit_url(offer), {**first_form, "description_de": "Neue Beschreibung"})
    response = second.post(
        edit_url(offer), {**second_form, "opening_hours_de": "Di 14–18"}, follow=True, **GERMAN
    )

    assert response.status_code == 200
    offer.refresh_from_db()
    assert offer.description_de == "Neue Beschreibung"
    assert offer.opening_hours_de == "Di 14–18"
    assert "Anna Erste hatte inzwischen Beschreibung (Deutsch) geändert" in response.content.decode()


def test_checkbox_lists_merge_like_other_fields(world, two_editors):
    offer = OfferFactory(organization=world.org_a, description_de="Alt")
    first, second = two_editors
    first_form = open_form(first, edit_url(offer))
    second_form = open_form(second, edit_url(offer))
    district = [str(pk) for pk in world.network.municipalities().values_list("pk", flat=True)[:2]]

    first.post(edit_url(offer), {**first_form, "service_area": district})
    second.post(edit_url(offer), {**second_form, "description_de": "Neu"})

    offer.refresh_from_db()
    assert sorted(str(pk) for pk in offer.service_area.values_list("pk", flat=True)) == sorted(district)
    assert offer.description_de == "Neu"


def test_the_same_change_on_both_sides_is_no_conflict(world, two_editors):
    offer = OfferFactory(organization=world.org_a, description_de="Alt")
    first, second = two_editors
    first_form = open_form(first, edit_url(offer))
    second_form = open_form(second, edit_url(offer))

    first.post(edit_url(offer), {**first_form, "description_de": "Gleich"})
    response = second.post(edit_url(offer), {**second_form, "description_de": "Gleich"})

    assert response.status_code == 302


def test_a_change_by_a_service_is_noticed_by_an_open_form(world, two_editors):
    offer = OfferFactory(organization=world.org_a, description_de="Alt")
    _first, second = two_editors
    second_form = open_form(second, edit_url(offer))
    in_background = Offer.objects.get(pk=offer.pk)
    in_background.description_de = "Vom Import"
    in_background.save()

    response = second.post(edit_url(offer), {**second_form, "description_de": "Von Hand"})

    assert response.status_code == 200
    assert 'id="edit-conflict"' in response.content.decode()
    offer.refresh_from_db()
    assert offer.description_de == "Vom Import"


def test_discarding_leads_back_to_the_saved_record(world, two_editors):
    offer = OfferFactory(organization=world.org_a, description_de="Alt")
    first, second = two_editors
    first_form = open_form(first, edit_url(offer))
    second_form = open_form(second, edit_url(offer))
    first.post(edit_url(offer), {**first_form, "description_de": "Eins"})

    html = second.post(edit_url(offer), {**second_form, "description_de": "Zwei"}).content.decode()

    assert f'href="/n/burgenlandkreis/offers/{offer.pk}/"' in html


# --- every kind of record ---------------------------------------------------------------------------


def _organization(world):
    return world.org_a, f"/n/burgenlandkreis/organizations/{world.org_a.pk}/edit/"


def _position(world):
    position = PositionFactory(organization=world.org_a, description="Alt")
    return position, f"/n/burgenlandkreis/positions/{position.pk}/edit/"


def _person(world):
    person = PersonFactory(phone="03445 1")
    PositionHoldingFactory(position=PositionFactory(organization=world.org_a), person=person)
    return person, f"/n/burgenlandkreis/persons/{person.pk}/edit/"


def _location(world):
    zeitz = MunicipalityFactory(ags="15084590", name="Zeitz")
    location = LocationFactory(organization=world.org_a, municipality=zeitz)
    return location, f"/n/burgenlandkreis/locations/{location.pk}/edit/"


RECORDS = {
    # kind: (record and its edit page, a field both change, another field only the first one changes)
    "organization": (_organization, "description_de", "phone"),
    "position": (_position, "description", "phone"),
    "person": (_person, "phone", "email"),
    "location": (_location, "accessibility", "street"),
}


@pytest.mark.parametrize("kind", RECORDS)
def test_every_record_kind_shows_the_conflict_and_keeps_the_input(world, two_editors, kind):
    make, field, _other = RECORDS[kind]
    record, url = make(world)
    first, second = two_editors
    first_form, second_form = open_form(first, url), open_form(second, url)

    assert first.post(url, {**first_form, field: "Erste Fassung"}).status_code == 302
    response = second.post(url, {**second_form, field: "Zweite Fassung"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="edit-conflict"' in html
    assert "Anna Erste" in html
    assert "Erste Fassung" in html
    assert form_fields(html)[field] == ["Zweite Fassung"]
    record.refresh_from_db()
    assert getattr(record, field) == "Erste Fassung"


@pytest.mark.parametrize("kind", RECORDS)
def test_every_record_kind_merges_changes_to_different_fields(world, two_editors, kind):
    make, field, other = RECORDS[kind]
    record, url = make(world)
    first, second = two_editors
    first_form, second_form = open_form(first, url), open_form(second, url)
    other_value = "anna@example.org" if other == "email" else "0345 999"
    if other == "street":
        other_value = "Markt 1"

    assert first.post(url, {**first_form, other: other_value}).status_code == 302
    assert second.post(url, {**second_form, field: "Zweite Fassung"}).status_code == 302

    record.refresh_from_db()
    assert getattr(record, other) == other_value
    assert getattr(record, field) == "Zweite Fassung"


def test_a_save_while_the_form_loads_is_caught_not_overwritten(world, two_editors, monkeypatch):
    """The view has loaded the record when the form reads the version; a save in between must not leave
    the form with the older text under the newer version."""
    from netzwerk.core import edit_conflicts
    from netzwerk.directory.models import Organization

    organization, url = _organization(world)
    organization.description_de = "Alt"
    organization.save()
    first, _second = two_editors
    read_version = edit_conflicts.record_version

    def someone_saves_after_the_record_was_loaded(record):
        if isinstance(record, Organization):
            saved_meanwhile = Organization.objects.get(pk=record.pk)
            saved_meanwhile.description_de = "Dazwischen gespeichert"
            saved_meanwhile.save()
        return read_version(record)

    monkeypatch.setattr(edit_conflicts, "record_version", someone_saves_after_the_record_was_loaded)
    fields = open_form(first, url)
    monkeypatch.undo()

    longer = fields["description_de"][0] + " und mehr"
    response = first.post(url, {**fields, "description_de": longer})

    organization.refresh_from_db()
    assert response.status_code == 302  # the form already showed the text saved in between
    assert organization.description_de == "Dazwischen gespeichert und mehr"


def test_an_offer_read_with_its_version_shows_a_save_after_the_loading_as_a_conflict(
    world, two_editors, monkeypatch
):
    """The offer form takes the version read by the same query as the values (core.history.with_version):
    a save right after that query leaves the form with the older text under the older version."""
    from netzwerk.directory.views import offers as offer_views

    offer = OfferFactory(organization=world.org_a, description_de="Alt")
    first, _second = two_editors
    load = offer_views.get_visible_or_404

    def someone_saves_after_the_record_was_loaded(queryset, **lookup):
        record = load(queryset, **lookup)
        saved_meanwhile = Offer.objects.get(pk=record.pk)
        saved_meanwhile.description_de = "Dazwischen gespeichert"
        saved_meanwhile.save()
        return record

    monkeypatch.setattr(offer_views, "get_visible_or_404", someone_saves_after_the_record_was_loaded)
    fields = open_form(first, edit_url(offer))
    monkeypatch.undo()

    assert fields["description_de"] == ["Alt"]
    response = first.post(edit_url(offer), {**fields, "description_de": "Alt und mehr"})

    offer.refresh_from_db()
    assert response.status_code == 200
    assert 'id="edit-conflict"' in response.content.decode()
    assert offer.description_de == "Dazwischen gespeichert"


def test_consent_recorded_meanwhile_survives_a_save_of_the_contact_data(world, two_editors):
    from netzwerk.directory.services import record_public_name_consent

    person, url = _person(world)
    first, _second = two_editors
    fields = open_form(first, url)
    assert "name_is_public" not in fields  # the box is unticked in the open form
    record_public_name_consent(person=person, by=world.coordinator)

    response = first.post(url, {**fields, "phone": "0345 777"})

    assert response.status_code == 302
    person.refresh_from_db()
    assert person.phone == "0345 777"
    assert person.name_is_public  # not withdrawn by a box the editor never touched
    assert person.consent_recorded_by == world.coordinator


def test_a_withdrawal_applies_when_the_consent_stands_as_loaded(world, two_editors):
    from netzwerk.directory.services import record_public_name_consent, withdraw_public_name_consent

    person, url = _person(world)
    record_public_name_consent(person=person, by=world.coordinator)
    first, _second = two_editors
    fields = open_form(first, url)
    withdraw_public_name_consent(person=person, by=world.coordinator)
    record_public_name_consent(person=person, by=world.coordinator)  # given again, anew

    fields.pop("name_is_public")
    response = first.post(url, fields)

    assert response.status_code == 302  # the box was ticked when loaded and is unticked now: a change
    person.refresh_from_db()
    assert not person.name_is_public


def test_saving_a_record_deleted_meanwhile_shows_the_removed_page(world, two_editors):
    offer = OfferFactory(organization=world.org_a)
    first, _second = two_editors
    fields = open_form(first, edit_url(offer))
    Offer.objects.filter(pk=offer.pk).delete()

    response = first.post(edit_url(offer), {**fields, "description_de": "Zu spät"}, **GERMAN)

    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


@pytest.mark.parametrize(
    ("settings_page", "field", "other_field"),
    [("settings/network/", "office_phone", "office_name"), ("settings/languages/", "languages", None)],
)
def test_network_settings_use_the_same_mechanism(world, client_for, settings_page, field, other_field):
    url = f"/n/burgenlandkreis/{settings_page}"
    first_tab, second_tab = client_for(world.coordinator), client_for(world.coordinator)
    first_form, second_form = open_form(first_tab, url), open_form(second_tab, url)
    assert "loaded_version" in first_form
    if field == "languages":
        first_value, second_value = [
            [str(pk)] for pk in Language.objects.order_by("pk").values_list("pk", flat=True)[:2]
        ]
    else:
        first_value, second_value = ["0345 1"], ["0345 2"]

    assert first_tab.post(url, {**first_form, field: first_value}).status_code == 302
    response = second_tab.post(url, {**second_form, field: second_value})

    assert response.status_code == 200
    assert 'id="edit-conflict"' in response.content.decode()
    assert form_fields(response.content.decode())[field] == second_value
    if other_field:
        third_form = open_form(second_tab, url)
        first_tab.post(url, {**open_form(first_tab, url), other_field: "Koordinierungsstelle Integration"})
        assert second_tab.post(url, {**third_form, field: ["0345 3"]}).status_code == 302
        world.network.refresh_from_db()
        assert world.network.office_name == "Koordinierungsstelle Integration"
        assert world.network.office_phone == "0345 3"


def test_a_translation_typed_into_an_empty_language_is_kept_on_the_conflict_page(world, two_editors):
    """Languages without text are left out of the form; the input brings them back, also when the
    conflict page rebuilds the form from the kept input."""
    world.network.languages.add(Language.objects.get(code="ar"))
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé", description_de="Alt")
    first, second = two_editors
    first_form = open_form(first, edit_url(offer))
    # In German, like the conflict page: its empty Arabic group is then in the cache.
    second_form = form_fields(second.get(edit_url(offer), **GERMAN).content.decode())
    assert second_form["title_ar"] == [""]  # the empty language is in the page

    first.post(edit_url(offer), {**first_form, "description_de": "Text von Anna"})
    response = second.post(
        edit_url(offer),
        {**second_form, "description_de": "Text von Bernd", "title_ar": "مقهى اللغة"},
        **GERMAN,
    )

    assert response.status_code == 200
    kept = form_fields(response.content.decode())
    assert kept["title_ar"] == ["مقهى اللغة"]
    assert second.post(edit_url(offer), kept).status_code == 302
    offer.refresh_from_db()
    assert offer.title_ar == "مقهى اللغة"
    assert offer.description_de == "Text von Bernd"


def test_a_translation_added_meanwhile_survives_a_save_without_it(world, two_editors):
    world.network.languages.add(Language.objects.get(code="ar"))
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé", description_de="Alt")
    first, second = two_editors
    first_form = open_form(first, edit_url(offer))
    second_form = open_form(second, edit_url(offer))

    first.post(edit_url(offer), {**first_form, "title_ar": "مقهى اللغة"})
    response = second.post(edit_url(offer), {**second_form, "description_de": "Neu"})

    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title_ar == "مقهى اللغة"
    assert offer.description_de == "Neu"


def test_a_merged_save_reads_the_many_to_many_keys_and_snapshots_in_one_query_each(
    world, two_editors, django_assert_max_num_queries
):
    offer = OfferFactory(organization=world.org_a, description_de="Alt", opening_hours_de="Mo 9–12")
    first, second = two_editors
    first_form = open_form(first, edit_url(offer))
    second_form = open_form(second, edit_url(offer))
    first.post(edit_url(offer), {**first_form, "description_de": "Neue Beschreibung"})

    # The save itself, the version it was loaded from and the changes since, each with all five
    # many-to-many snapshots in one query (one read for both), and the stored keys once (was 28).
    with django_assert_max_num_queries(13):
        response = second.post(edit_url(offer), {**second_form, "opening_hours_de": "Di 14–18"})

    assert response.status_code == 302
    offer.refresh_from_db()
    assert (offer.description_de, offer.opening_hours_de) == ("Neue Beschreibung", "Di 14–18")
