"""Offer pages: visibility per role, create and edit with permissions, translations, history."""

import re

import pytest
from django.utils import translation

from netzwerk.core.models import Language
from netzwerk.directory.models import Offer, OfferStatus, Visibility
from tests.factories import (
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    TargetGroupFactory,
    ThematicFieldFactory,
)
from tests.form_pages import form_fields


@pytest.fixture(autouse=True)
def german_content():
    with translation.override("de"):
        yield


def detail_url(offer, network_slug="burgenlandkreis"):
    return f"/n/{network_slug}/offers/{offer.pk}/"


def edit_url(offer, network_slug="burgenlandkreis"):
    return f"/n/{network_slug}/offers/{offer.pk}/edit/"


def create_url(organization):
    return f"/n/burgenlandkreis/organizations/{organization.pk}/offers/new/"


def form_data(**values):
    data = {"title_de": "Sprachcafé", "status": OfferStatus.ACTIVE, "visibility": Visibility.PUBLIC}
    data.update(values)
    return data


# --- reading ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "expected"),  # status codes for a public, a network-only and an ended offer
    [
        ("anonymous", (200, 404, 404)),
        ("guest", (200, 404, 404)),
        ("member", (200, 200, 200)),
        ("editor_b", (200, 200, 200)),
        ("other_coordinator", (200, 404, 404)),
    ],
)
def test_offer_visibility_per_role(world, client_for, role, expected):
    public, internal, ended = expected
    client = client_for(world.users()[role])
    public_offer = OfferFactory(organization=world.org_a)
    internal_offer = OfferFactory(organization=world.org_a, visibility=Visibility.NETWORK)
    ended_offer = OfferFactory(organization=world.org_a, status=OfferStatus.ENDED)

    assert client.get(detail_url(public_offer)).status_code == public
    assert client.get(detail_url(internal_offer)).status_code == internal
    assert client.get(detail_url(ended_offer)).status_code == ended


@pytest.mark.parametrize("role", ["anonymous", "member", "coordinator", "other_coordinator"])
def test_offer_of_another_network_answers_404_here(world, client_for, role):
    offer = OfferFactory(organization=world.other_org)

    assert client_for(world.users()[role]).get(detail_url(offer)).status_code == 404


def test_public_offer_page_shows_the_offer_and_the_organizations_contact(world, client):
    world.org_a.email = "kontakt@beratung-a.example.org"
    world.org_a.phone = "03445 7300"
    world.org_a.website = "https://beratung-a.example.org"
    world.org_a.save()
    zeitz = MunicipalityFactory(ags="15084590", name="Zeitz")
    offer = OfferFactory(
        organization=world.org_a,
        title_de="Sprachcafé",
        description_de="Deutsch üben bei Kaffee.",
        opening_hours_de="Dienstags 15-17 Uhr",
        costs_de="kostenlos",
        eligibility_de="Alle Interessierten",
        access_de="Einfach vorbeikommen",
    )
    offer.thematic_fields.add(ThematicFieldFactory(network=world.network, name="Sprache"))
    offer.target_groups.add(TargetGroupFactory(network=world.network, name="Erwachsene"))
    offer.languages.add(Language.objects.get(code="uk"))
    offer.service_area.add(zeitz)
    offer.locations.add(
        LocationFactory(organization=world.org_a, name="Begegnungsstätte", municipality=zeitz)
    )

    html = client.get(detail_url(offer), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    for text in [
        "Sprachcafé",
        "Deutsch üben bei Kaffee.",
        "Dienstags 15-17 Uhr",
        "kostenlos",
        "Alle Interessierten",
        "Einfach vorbeikommen",
        "Sprache",
        "Erwachsene",
        "Ukrainian",
        "Zeitz",
        "Begegnungsstätte",
        'href="mailto:kontakt@beratung-a.example.org"',
        "03445 7300",
        'href="https://beratung-a.example.org"',
        f'href="/n/burgenlandkreis/organizations/{world.org_a.pk}/"',
    ]:
        assert text in html, text
    assert html.count("<h1") == 1


def test_missing_translation_falls_back_to_german_marked_with_lang(world, client):
    offer = OfferFactory(
        organization=world.org_a,
        title_de="Sprachcafé",
        title_en="Language café",
        description_de="Nur Deutsch.",
    )

    html = client.get(detail_url(offer), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert '<h1 class="kern-heading-large">Language café</h1>' in html
    assert '<div class="record-text" lang="de" dir="ltr"><p>Nur Deutsch.</p></div>' in html


# --- create -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [("guest", 403), ("member", 403), ("editor_a", 200), ("editor_b", 403), ("coordinator", 200)],
)
def test_create_permissions(world, client_for, role, status):
    assert client_for(world.users()[role]).get(create_url(world.org_a)).status_code == status


def test_create_asks_anonymous_visitors_to_log_in(world, client):
    response = client.post(create_url(world.org_a), form_data())

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Offer.objects.exists()


def test_editor_creates_an_offer_with_all_details(world, client_for):
    work = ThematicFieldFactory(network=world.network)
    families = TargetGroupFactory(network=world.network)
    zeitz = MunicipalityFactory(ags="15084590", name="Zeitz")
    location = LocationFactory(organization=world.org_a)
    persian = Language.objects.get(code="fa")

    response = client_for(world.editor_a).post(
        create_url(world.org_a),
        form_data(
            title_de="Familienberatung",
            description_de="Beratung für Familien.",
            opening_hours_de="Mo-Fr nach Vereinbarung",
            costs_de="kostenlos",
            eligibility_de="Familien mit Migrationsgeschichte",
            access_de="Termin per Telefon",
            thematic_fields=[work.pk],
            target_groups=[families.pk],
            languages=[persian.pk],
            service_area=[zeitz.pk],
            locations=[location.pk],
            email="familien@example.org",
            phone="03443 1",
            website="https://familien.example.org",
            visibility=Visibility.NETWORK,
        ),
    )

    offer = Offer.objects.get()
    assert response.status_code == 302
    assert response["Location"] == detail_url(offer)
    assert offer.organization == world.org_a
    assert offer.title_de == "Familienberatung"
    assert offer.opening_hours_de == "Mo-Fr nach Vereinbarung"
    assert offer.visibility == Visibility.NETWORK
    assert list(offer.thematic_fields.all()) == [work]
    assert list(offer.target_groups.all()) == [families]
    assert list(offer.languages.all()) == [persian]
    assert list(offer.service_area.all()) == [zeitz]
    assert list(offer.locations.all()) == [location]


def test_choices_are_limited_to_the_network_and_the_organization(world, client_for):
    foreign_field = ThematicFieldFactory(network=world.other_network)
    outside = MunicipalityFactory(ags="15088205", name="Merseburg")
    other_location = LocationFactory(organization=world.org_b, name="Fremder Standort")
    editor = client_for(world.editor_a)

    html = editor.get(create_url(world.org_a)).content.decode()
    assert "Merseburg" not in html
    assert "Fremder Standort" not in html

    for invalid in (
        {"thematic_fields": [foreign_field.pk]},
        {"service_area": [outside.pk]},
        {"locations": [other_location.pk]},
    ):
        assert editor.post(create_url(world.org_a), form_data(**invalid)).status_code == 200
    assert not Offer.objects.exists()


def test_translations_are_grouped_per_network_language(world, client_for):
    world.network.languages.add(Language.objects.get(code="ar"), Language.objects.get(code="uk"))

    html = client_for(world.editor_a).get(create_url(world.org_a), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    translations = re.findall(
        r'<details class="kern-accordion form-translation">\s*<summary[^>]*><span class="kern-title">([^<]+)',
        html,
    )
    assert translations == ["Translation: Arabic", "Translation: Ukrainian"], "collapsed while empty"
    for field in ("title", "description", "opening_hours", "costs", "eligibility", "access"):
        assert f'name="{field}_de"' in html
        assert f'name="{field}_ar"' in html
        assert f'name="{field}_tr"' not in html
    assert re.search(r'<input type="text" name="title_ar"[^>]*lang="ar"', html)
    assert re.search(r'<input type="text" name="title_ar"[^>]*dir="rtl"', html)


# --- edit -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("guest", 403),
        ("member", 403),
        ("editor_a", 200),
        ("editor_b", 403),
        ("coordinator", 200),
        ("other_coordinator", 404),
    ],
)
def test_edit_permissions(world, client_for, role, status):
    offer = OfferFactory(organization=world.org_a)

    assert client_for(world.users()[role]).get(edit_url(offer)).status_code == status


def test_editor_b_cannot_change_org_as_offer_by_posting(world, client_for):
    offer = OfferFactory(organization=world.org_a, title_de="Original")

    response = client_for(world.editor_b).post(edit_url(offer), form_data(title_de="Übernommen"))

    assert response.status_code == 403
    offer.refresh_from_db()
    assert offer.title_de == "Original"


def test_network_only_offer_of_this_network_answers_404_to_another_networks_coordinator(world, client_for):
    offer = OfferFactory(organization=world.org_a, visibility=Visibility.NETWORK)

    assert client_for(world.other_coordinator).get(edit_url(offer)).status_code == 404


def test_editor_changes_an_offer(world, client_for):
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé")

    response = client_for(world.editor_a).post(
        edit_url(offer), form_data(title_de="Sprachcafé Zeitz", status=OfferStatus.PAUSED)
    )

    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title_de == "Sprachcafé Zeitz"
    assert offer.status == OfferStatus.PAUSED


def test_invalid_input_keeps_the_entered_data_and_explains_in_german(world, client_for):
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé")

    response = client_for(world.editor_a).post(
        edit_url(offer),
        form_data(title_de="", description_de="Mein neuer Text", website="kein link"),
        HTTP_ACCEPT_LANGUAGE="de",
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Dieses Feld ist zwingend erforderlich." in html
    assert "Bitte eine gültige Adresse eingeben." in html
    assert "Mein neuer Text" in html
    assert 'value="kein link"' in html
    offer.refresh_from_db()
    assert offer.title_de == "Sprachcafé"


# --- history ----------------------------------------------------------------------------------------


def test_history_shows_the_editor_and_the_changed_fields(world, client_for):
    world.editor_a.name = "Erika Editorin"
    world.editor_a.save()
    work = ThematicFieldFactory(network=world.network, name="Arbeit")
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé")

    client_for(world.editor_a).post(
        edit_url(offer), form_data(title_de="Sprachcafé Zeitz", thematic_fields=[work.pk])
    )
    response = client_for(world.editor_a).get(f"{detail_url(offer)}history/", HTTP_ACCEPT_LANGUAGE="en")

    html = response.content.decode()
    assert response.status_code == 200
    newest = html.split('<li class="history-entry">')[1]
    summary = " ".join(newest.split("</p>")[0].split())
    assert "Title (German)," in summary
    assert "Thematic fields changed by Erika Editorin on <time" in summary
    assert "Sprachcafé Zeitz" in newest, "the full history shows the values"
    assert "Arbeit" in newest
    assert "Created by system" in " ".join(html.split('<li class="history-entry">')[2].split())


def test_offer_page_shows_changes_as_sentences_to_the_people_who_keep_it(world, client_for):
    world.editor_a.name = "Erika Editorin"
    world.editor_a.save()
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    client_for(world.editor_a).post(edit_url(offer), form_data(title_de="Sprachcafé Zeitz"))
    history_link = f"{detail_url(offer)}history/"

    editor_view = (
        client_for(world.editor_a).get(detail_url(offer), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    )
    member_view = client_for(world.member).get(detail_url(offer), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "changed by Erika Editorin on" in " ".join(editor_view.split())
    assert "<details" in editor_view, "collapsed by default"
    assert history_link in editor_view
    assert "Last changed on" in member_view
    assert "Erika Editorin" not in member_view
    assert history_link not in member_view
    assert client_for(world.member).get(history_link).status_code == 403
    assert client_for(world.guest).get(history_link).status_code == 403


def test_the_cached_offer_page_shows_every_change_and_edit_links_only_to_editors(world, client_for):
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé", description_de="Jeden Montag.")
    location = LocationFactory(organization=world.org_a, name="Bürgerhaus")
    offer.locations.add(location)
    member, editor = client_for(world.member), client_for(world.editor_a)
    location_edit = f"/n/burgenlandkreis/locations/{location.pk}/edit/"

    organization_page = f"/n/burgenlandkreis/organizations/{world.org_a.pk}/"

    assert "Jeden Montag." in member.get(detail_url(offer)).content.decode()
    assert location_edit not in member.get(organization_page).content.decode()
    assert location_edit in editor.get(organization_page).content.decode()

    offer.description_de = "Jeden Dienstag."
    offer.save()
    location.name = "Rathaus"
    location.save()
    html = member.get(detail_url(offer)).content.decode()
    assert "Jeden Dienstag." in html
    assert "Rathaus" in html
    assert "Rathaus" in member.get(organization_page).content.decode()
    assert location_edit not in member.get(organization_page).content.decode()


def test_a_filled_translation_stands_open_and_says_so(world, client_for):
    world.network.languages.add(Language.objects.get(code="ar"), Language.objects.get(code="uk"))
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé", title_ar="مقهى اللغة")

    html = client_for(world.editor_a).get(edit_url(offer), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    def disclosure(language: str) -> re.Match[str] | None:
        return re.search(
            rf'<details class="kern-accordion form-translation"( open)?>\s*<summary[^>]*>'
            rf'<span class="kern-title">Translation: {language}',
            html,
        )

    arabic, ukrainian = disclosure("Arabic"), disclosure("Ukrainian")
    assert arabic[1] == " open"
    assert 'Translation: Arabic <span class="form-translation__state">· filled in' in html
    assert ukrainian[1] is None


def test_empty_translation_groups_are_shared_but_never_hide_text(world, client_for):
    """An empty group is written once for all records; a record with text in it still gets its own."""
    world.network.languages.add(Language.objects.get(code="ar"))
    editor = client_for(world.editor_a)
    empty = OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    filled = OfferFactory(organization=world.org_a, title_de="Beratung", description_ar="استشارة")

    first = editor.get(edit_url(empty), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    german = editor.get(edit_url(empty), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    second = editor.get(edit_url(filled), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert '<details class="kern-accordion form-translation">' in first
    assert "Translation: Arabic" in first
    assert "Übersetzung: Arabisch" in german
    assert '<details class="kern-accordion form-translation" open>' in second
    assert "استشارة" in second


def test_whole_district_serves_every_municipality_and_is_shown_ticked(world, client_for):
    naumburg = MunicipalityFactory(ags="15084355", name="Naumburg (Saale)")
    zeitz = MunicipalityFactory(ags="15084590", name="Zeitz")
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    editor = client_for(world.editor_a)

    response = editor.post(edit_url(offer), form_data(title_de="Sprachcafé", whole_district="on"))

    assert response.status_code == 302
    assert set(offer.service_area.all()) == {naumburg, zeitz}
    html = editor.get(edit_url(offer), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert re.search(r'<input type="checkbox" name="whole_district"[^>]*checked', html)
    assert f"Whole district ({world.network.district})" in html


def test_whole_district_keeps_the_municipalities_of_other_networks_a_shared_offer_serves(world, client_for):
    naumburg = MunicipalityFactory(ags="15084355", name="Naumburg (Saale)")
    zeitz = MunicipalityFactory(ags="15084590", name="Zeitz")
    merseburg = MunicipalityFactory(ags="15088205", name="Merseburg")  # Saalekreis, another network
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    offer.service_area.set([naumburg, zeitz, merseburg])
    editor = client_for(world.editor_a)
    fields = form_fields(editor.get(edit_url(offer)).content.decode())
    assert fields["whole_district"] == ["on"]  # every municipality of this district is served

    response = editor.post(edit_url(offer), {**fields, "description_de": "Nur der Text ist neu"})

    assert response.status_code == 302
    assert set(offer.service_area.all()) == {naumburg, zeitz, merseburg}


def test_long_choice_lists_offer_a_search_box_to_scripts(world, client_for):
    offer = OfferFactory(organization=world.org_a)

    html = client_for(world.editor_a).get(edit_url(offer), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert 'data-choice-filter="Search in “Languages”"' in html, "60+ languages"
    assert 'data-choice-filter="Search in “Target groups”"' not in html, "short lists stay as they are"


def test_a_network_across_districts_lists_its_municipalities_by_district(world, client_for):
    world.network.district_ags = "15"  # the whole federal state
    world.network.save()
    naumburg = MunicipalityFactory(ags="15084355", name="Naumburg (Saale)", district="Burgenlandkreis")
    MunicipalityFactory(ags="15088205", name="Merseburg", district="Saalekreis")
    offer = OfferFactory(organization=world.org_a)

    html = client_for(world.editor_a).get(edit_url(offer), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    groups = re.findall(r'<legend class="kern-label choice-group__legend">([^<]+)</legend>', html)

    assert groups == ["Burgenlandkreis", "Saalekreis"]
    response = client_for(world.editor_a).post(edit_url(offer), form_data(service_area=[naumburg.pk]))
    assert response.status_code == 302
    assert list(offer.service_area.all()) == [naumburg]


def test_saving_keeps_inactive_terms_and_those_of_another_network(world, client_for):
    active = ThematicFieldFactory(network=world.network, name="Arbeit")
    retired = ThematicFieldFactory(network=world.network, name="Altes Thema", is_active=False)
    foreign = ThematicFieldFactory(network=world.other_network, name="Saalekreis-Thema")
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    offer.thematic_fields.set([active, retired, foreign])
    editor = client_for(world.editor_a)
    fields = form_fields(editor.get(edit_url(offer)).content.decode())
    assert sorted(fields["thematic_fields"]) == sorted([str(active.pk), str(retired.pk)])

    response = editor.post(edit_url(offer), {**fields, "thematic_fields": [str(retired.pk)]})

    assert response.status_code == 302
    assert set(offer.thematic_fields.all()) == {retired, foreign}, "unticked gone, other network kept"


@pytest.mark.parametrize("forged", ["999999", "abc"])
def test_a_forged_choice_is_refused_with_a_message_and_the_input_kept(world, client_for, forged):
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    editor = client_for(world.editor_a)
    fields = form_fields(editor.get(edit_url(offer)).content.decode())

    response = editor.post(
        edit_url(offer),
        {**fields, "description_de": "Mein neuer Text", "languages": [forged]},
        HTTP_ACCEPT_LANGUAGE="de",
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Mein neuer Text" in html
    assert "ist keine gültige Auswahl" in html or "ist kein gültiger Wert" in html
    offer.refresh_from_db()
    assert "Mein neuer Text" not in (offer.description_de or "")


def test_saving_an_offer_checks_its_choices_without_reading_them(
    world, client_for, django_assert_max_num_queries
):
    terms = [ThematicFieldFactory(network=world.network) for _ in range(3)]
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    offer.thematic_fields.set(terms)
    editor = client_for(world.editor_a)
    fields = form_fields(editor.get(edit_url(offer)).content.decode())
    editor.post(edit_url(offer), {**fields, "description_de": "Erster Text"})  # caches the choice lists
    fields = form_fields(editor.get(edit_url(offer)).content.decode())

    # Request, permission, form and save with its history; no query per choice list to check it, nor
    # for the person's memberships or the district's municipalities (both cached).
    with django_assert_max_num_queries(12):
        response = editor.post(edit_url(offer), {**fields, "description_de": "Zweiter Text"})

    assert response.status_code == 302
    assert set(offer.thematic_fields.all()) == set(terms)


def test_languages_without_text_are_left_out_of_the_form_but_not_of_the_page(world, client_for):
    from netzwerk.directory.forms import OfferForm

    world.network.languages.add(Language.objects.get(code="ar"), Language.objects.get(code="uk"))
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé", description_ar="استشارة")
    editor = client_for(world.editor_a)

    form = OfferForm(instance=offer, network=world.network, organization=world.org_a)
    assert "description_ar" in form.fields
    assert "description_uk" not in form.fields
    html = editor.get(edit_url(offer), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'name="description_uk"' in html
    assert re.search(r'<input type="text" name="title_uk"[^>]*lang="uk"', html)

    fields = form_fields(html)
    response = editor.post(
        edit_url(offer), {**fields, "title_uk": "Мовне кафе", "description_ar": "", "title_ar": ""}
    )

    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title_uk == "Мовне кафе"
    assert not offer.description_ar, "a cleared translation is saved empty"


def test_a_coordinator_loses_the_offers_of_an_organization_that_left_the_network_at_once(world, client_for):
    from netzwerk.directory.models import NetworkLink, NetworkLinkStatus

    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    coordinator = client_for(world.coordinator)
    assert coordinator.get(edit_url(offer)).status_code == 200  # the organization's networks are cached

    link = NetworkLink.objects.get(organization=world.org_a, network=world.network)
    link.status = NetworkLinkStatus.LEFT
    link.save()

    assert coordinator.get(edit_url(offer)).status_code == 404
