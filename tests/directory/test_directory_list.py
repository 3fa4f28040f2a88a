"""The directory list: visibility per role, each filter, search, pagination, htmx partial, query counts."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from netzwerk.directory.models import OfferStatus, OrganizationKind, OrganizationStatus, Visibility
from tests.factories import (
    LanguageFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OrganizationFactory,
    TargetGroupFactory,
    ThematicFieldFactory,
)

OFFERS = "/n/burgenlandkreis/directory/"
ORGANIZATIONS = "/n/burgenlandkreis/directory/organizations/"


@pytest.fixture(autouse=True)
def german_content():
    """Factories fill translated fields in the active language; a request of an earlier test may have
    left English active."""
    with translation.override("de"):
        yield


def listed_offers(response) -> list[str]:
    """Titles of the offers on the page, in order."""
    html = response.content.decode()
    return re.findall(r'<a class="kern-link" href="/n/[\w-]+/offers/\d+/"[^>]*>([^<]+)</a>', html)


def listed_organizations(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'<a class="kern-link" href="/n/[\w-]+/organizations/\d+/"[^>]*>([^<]+)</a>', html)


@pytest.fixture
def offers(world):
    """One offer of each visibility case in the network, and one of another network."""
    return {
        "public": OfferFactory(organization=world.org_a, title_de="Offene Sprechstunde"),
        "internal": OfferFactory(
            organization=world.org_a, title_de="Fallbesprechung intern", visibility=Visibility.NETWORK
        ),
        "ended": OfferFactory(
            organization=world.org_b, title_de="Alter Sprachkurs", status=OfferStatus.ENDED
        ),
        "elsewhere": OfferFactory(organization=world.other_org, title_de="Angebot im Saalekreis"),
    }


# --- visibility -------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["anonymous", "guest"])
def test_public_sees_only_public_running_offers_of_the_network(world, offers, client_for, role):
    response = client_for(world.users()[role]).get(OFFERS)

    assert response.status_code == 200
    assert listed_offers(response) == ["Offene Sprechstunde"]


def test_ended_offers_stay_hidden_from_the_public_even_when_asked_for(world, offers, client):
    response = client.get(OFFERS, {"show_ended": "on"})

    assert listed_offers(response) == ["Offene Sprechstunde"]
    assert 'name="show_ended"' not in response.content.decode()


def test_members_see_network_offers_and_ended_ones_on_request(world, offers, client_for):
    member = client_for(world.member)

    assert listed_offers(member.get(OFFERS)) == ["Fallbesprechung intern", "Offene Sprechstunde"]
    with_ended = listed_offers(member.get(OFFERS, {"show_ended": "on"}))
    assert with_ended == ["Alter Sprachkurs", "Fallbesprechung intern", "Offene Sprechstunde"]


def test_coordinator_of_another_network_sees_only_public_offers_here(world, offers, client_for):
    response = client_for(world.other_coordinator).get(OFFERS)

    assert listed_offers(response) == ["Offene Sprechstunde"]


def test_offers_of_dissolved_organizations_are_hidden_from_the_public(world, client_for):
    OfferFactory(organization=world.org_a, title_de="Beratung")
    world.org_a.status = OrganizationStatus.DISSOLVED
    world.org_a.save()

    assert listed_offers(client_for(None).get(OFFERS)) == []
    assert listed_offers(client_for(world.member).get(OFFERS)) == []
    assert listed_offers(client_for(world.member).get(OFFERS, {"show_ended": "on"})) == ["Beratung"]


# --- filters ----------------------------------------------------------------------------------------


def test_filter_by_thematic_field(world, client):
    work = ThematicFieldFactory(network=world.network, name="Arbeit", slug="arbeit")
    OfferFactory(organization=world.org_a, title_de="Jobcoaching").thematic_fields.add(work)
    OfferFactory(organization=world.org_a, title_de="Wohnungssuche")

    assert listed_offers(client.get(OFFERS, {"thematic_field": "arbeit"})) == ["Jobcoaching"]


def test_filter_by_target_group(world, client):
    families = TargetGroupFactory(network=world.network, name="Familien", slug="familien")
    OfferFactory(organization=world.org_a, title_de="Elterncafé").target_groups.add(families)
    OfferFactory(organization=world.org_a, title_de="Jobcoaching")

    assert listed_offers(client.get(OFFERS, {"target_group": "familien"})) == ["Elterncafé"]


def test_filter_by_language_offers_only_languages_in_use(world, client):
    arabic = LanguageFactory(code="ar", name="Arabisch")
    LanguageFactory(code="tr", name="Türkisch")
    OfferFactory(organization=world.org_a, title_de="Beratung auf Arabisch").languages.add(arabic)
    OfferFactory(organization=world.org_a, title_de="Beratung")

    response = client.get(OFFERS, {"language": "ar"})

    assert listed_offers(response) == ["Beratung auf Arabisch"]
    html = response.content.decode()
    assert '<option value="ar" selected>Arabic</option>' in html
    assert 'value="tr"' not in html


def test_filter_by_municipality_matches_service_area_or_location(world, client):
    zeitz = MunicipalityFactory(ags="15084590", name="Zeitz")
    naumburg = MunicipalityFactory(ags="15084355", name="Naumburg (Saale)")
    OfferFactory(organization=world.org_a, title_de="Mobile Beratung").service_area.add(zeitz)
    in_zeitz = OfferFactory(organization=world.org_a, title_de="Sprechstunde vor Ort")
    in_zeitz.locations.add(LocationFactory(organization=world.org_a, municipality=zeitz))
    OfferFactory(organization=world.org_a, title_de="Beratung Naumburg").service_area.add(naumburg)

    response = client.get(OFFERS, {"municipality": "15084590"})

    assert listed_offers(response) == ["Mobile Beratung", "Sprechstunde vor Ort"]


def test_filter_by_organization_type(world, client):
    authority = OrganizationFactory(
        name="Ausländerbehörde", kind=OrganizationKind.AUTHORITY, network=world.network
    )
    OfferFactory(organization=authority, title_de="Aufenthaltstitel")
    OfferFactory(organization=world.org_a, title_de="Beratung")

    assert listed_offers(client.get(OFFERS, {"kind": "authority"})) == ["Aufenthaltstitel"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sprach", ["Sprachcafé"]),  # title, case-insensitive
        ("HAUSAUFGABEN", ["Lernhilfe"]),  # description
        ("Beratungsstelle B", ["Sprachcafé"]),  # organization name
        ("MBE", ["Lernhilfe"]),  # organization short name
        ("nichts dergleichen", []),
    ],
)
def test_text_search(world, client, query, expected):
    world.org_a.short_name = "MBE"
    world.org_a.save()
    OfferFactory(organization=world.org_a, title_de="Lernhilfe", description_de="Hilfe bei Hausaufgaben")
    OfferFactory(organization=world.org_b, title_de="Sprachcafé", description_de="Deutsch üben")

    assert listed_offers(client.get(OFFERS, {"q": query})) == expected


def test_search_finds_german_text_while_the_interface_is_english(world, client):
    OfferFactory(organization=world.org_a, title_de="Sprachcafé", title_en="Language café")

    response = client.get(OFFERS, {"q": "sprachcafé"}, HTTP_ACCEPT_LANGUAGE="en")

    assert listed_offers(response) == ["Language café"]


def test_filter_choices_come_only_from_this_network(world, client):
    ThematicFieldFactory(network=world.network, name="Arbeit", slug="arbeit")
    ThematicFieldFactory(network=world.other_network, name="Wohnen im Saalekreis", slug="wohnen")
    OfferFactory(organization=world.org_a, title_de="Beratung")

    html = client.get(OFFERS).content.decode()
    assert "Arbeit" in html
    assert "Wohnen im Saalekreis" not in html

    # A term of another network in the address is reported as invalid and otherwise ignored.
    response = client.get(OFFERS, {"thematic_field": "wohnen"}, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    assert "Bitte eine gültige Auswahl treffen." in response.content.decode()
    assert listed_offers(response) == ["Beratung"]


def test_active_filters_are_shown_with_remove_and_reset_links(world, client):
    ThematicFieldFactory(network=world.network, name="Arbeit", slug="arbeit")

    html = client.get(OFFERS, {"q": "job", "thematic_field": "arbeit", "page": "1"}).content.decode()

    assert f'href="{OFFERS}?thematic_field=arbeit"' in html  # removes the search, keeps the rest
    assert f'href="{OFFERS}?q=job"' in html
    assert f'<a class="kern-link" href="{OFFERS}">' in html  # reset all filters
    assert "Arbeit" in html


# --- pagination, htmx -------------------------------------------------------------------------------


def test_pagination_shows_20_per_page_and_keeps_the_filters(world, client):
    for number in range(25):
        OfferFactory(organization=world.org_a, title_de=f"Kurs {number:02d}")
    OfferFactory(organization=world.org_a, title_de="Anderes")

    first = client.get(OFFERS, {"q": "kurs"})
    second = client.get(OFFERS, {"q": "kurs", "page": "2"})

    assert listed_offers(first) == [f"Kurs {number:02d}" for number in range(20)]
    assert listed_offers(second) == [f"Kurs {number:02d}" for number in range(20, 25)]
    html = first.content.decode()
    assert 'aria-current="page"' in html
    assert 'href="?q=kurs&amp;page=2"' in html
    assert 'rel="next"' in html
    assert "25" in re.search(r'<h2 id="results-heading"[^>]*>([^<]+)</h2>', html).group(1)
    # A page number out of range shows the last page instead of an error.
    assert listed_offers(client.get(OFFERS, {"q": "kurs", "page": "99"})) == listed_offers(second)


def test_htmx_request_gets_only_the_result_list(world, client):
    OfferFactory(organization=world.org_a, title_de="Sprachcafé")

    response = client.get(
        OFFERS,
        {"q": "sprach", "kind": "", "language": ""},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="directory-results",
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert html.lstrip().startswith('<section id="directory-results"')
    assert listed_offers(response) == ["Sprachcafé"]
    # The tabs and the screen-reader status are updated out of band.
    assert 'id="directory-tabs" class="directory-tabs"' in html
    assert 'hx-swap-oob="true"' in html
    assert 'id="directory-status" hx-swap-oob="innerHTML"' in html
    assert "HX-Request" in response["Vary"]
    assert response["HX-Push-Url"] == f"{OFFERS}?q=sprach"  # empty form fields stay out of the address


def test_full_page_has_the_htmx_enhanced_filter_form(world, client):
    html = client.get(OFFERS).content.decode()

    assert "<html" in html
    assert 'hx-get="/n/burgenlandkreis/directory/"' in html
    assert 'hx-target="#directory-results"' in html
    assert 'hx-push-url="true"' in html
    assert 'method="get"' in html  # works without JavaScript


def test_htmx_history_restore_gets_the_full_page(world, client):
    response = client.get(OFFERS, HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true")

    assert "<html" in response.content.decode()


# --- organizations ----------------------------------------------------------------------------------


def test_organization_list_filters(world, client):
    zeitz = MunicipalityFactory(ags="15084590", name="Zeitz")
    work = ThematicFieldFactory(network=world.network, name="Arbeit", slug="arbeit")
    authority = OrganizationFactory(name="Jobcenter", kind=OrganizationKind.AUTHORITY, network=world.network)
    authority.thematic_fields.add(work)
    LocationFactory(organization=world.org_b, municipality=zeitz)
    OfferFactory(organization=world.org_a, title_de="Sprachcafé")

    assert listed_organizations(client.get(ORGANIZATIONS)) == [
        "Beratungsstelle A",
        "Beratungsstelle B",
        "Jobcenter",
    ]
    assert listed_organizations(client.get(ORGANIZATIONS, {"kind": "authority"})) == ["Jobcenter"]
    assert listed_organizations(client.get(ORGANIZATIONS, {"thematic_field": "arbeit"})) == ["Jobcenter"]
    assert listed_organizations(client.get(ORGANIZATIONS, {"municipality": "15084590"})) == [
        "Beratungsstelle B"
    ]
    assert listed_organizations(client.get(ORGANIZATIONS, {"q": "sprachcafé"})) == ["Beratungsstelle A"]
    assert listed_organizations(client.get(ORGANIZATIONS, {"q": "jobcenter"})) == ["Jobcenter"]


def test_organization_list_matches_offers_only_when_the_viewer_sees_them(world, client, client_for):
    families = TargetGroupFactory(network=world.network, slug="familien")
    OfferFactory(organization=world.org_a, visibility=Visibility.NETWORK).target_groups.add(families)

    assert listed_organizations(client.get(ORGANIZATIONS, {"target_group": "familien"})) == []
    member_view = client_for(world.member).get(ORGANIZATIONS, {"target_group": "familien"})
    assert listed_organizations(member_view) == ["Beratungsstelle A"]


def test_organization_list_hides_other_networks_and_dissolved_organizations(world, client_for):
    OrganizationFactory(name="Aufgelöster Verein", status=OrganizationStatus.DISSOLVED, network=world.network)
    member = client_for(world.member)

    assert listed_organizations(client_for(None).get(ORGANIZATIONS)) == [
        "Beratungsstelle A",
        "Beratungsstelle B",
    ]
    assert "Aufgelöster Verein" not in listed_organizations(member.get(ORGANIZATIONS))
    assert "Aufgelöster Verein" in listed_organizations(member.get(ORGANIZATIONS, {"show_ended": "on"}))


def test_organization_list_htmx_partial(world, client):
    response = client.get(ORGANIZATIONS, HTTP_HX_REQUEST="true")

    html = response.content.decode()
    assert "<html" not in html
    assert listed_organizations(response) == ["Beratungsstelle A", "Beratungsstelle B"]


def test_new_organization_button_only_for_coordinators(world, client_for):
    create_url = "/n/burgenlandkreis/organizations/new/"

    assert create_url in client_for(world.coordinator).get(ORGANIZATIONS).content.decode()
    assert create_url not in client_for(world.editor_a).get(ORGANIZATIONS).content.decode()


# --- query counts -----------------------------------------------------------------------------------


def _fill(world, count: int) -> None:
    field = ThematicFieldFactory(network=world.network)
    group = TargetGroupFactory(network=world.network)
    language = LanguageFactory(code="ar", name="Arabisch")
    municipality = MunicipalityFactory()
    for _number in range(count):
        organization = OrganizationFactory(network=world.network)
        organization.thematic_fields.add(field)
        LocationFactory(organization=organization, municipality=municipality)
        offer = OfferFactory(organization=organization)
        offer.thematic_fields.add(field)
        offer.target_groups.add(group)
        offer.languages.add(language)
        offer.service_area.add(municipality)


def _queries(client, url: str, params: dict | None = None) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", [OFFERS, ORGANIZATIONS])
def test_query_count_does_not_depend_on_the_number_of_results(
    world, client_for, url, django_assert_max_num_queries
):
    member = client_for(world.member)
    _fill(world, 2)
    _queries(member, url)  # warm up session and caches
    cache.clear()  # measure the rendering, not the fragment cache
    few = _queries(member, url)
    _fill(world, 23)
    cache.clear()
    many = _queries(member, url)

    assert few == many
    with django_assert_max_num_queries(18):  # the 18th counts the network area, once per page
        member.get(url, {"q": "a", "kind": "counselling", "show_ended": "on"})


def test_an_offer_serving_every_municipality_says_whole_district(world, client):
    naumburg = MunicipalityFactory(ags="15084355", name="Naumburg (Saale)")
    zeitz = MunicipalityFactory(ags="15084590", name="Zeitz")
    everywhere = OfferFactory(organization=world.org_a, title_de="Überall")
    everywhere.service_area.set([naumburg, zeitz])
    OfferFactory(organization=world.org_a, title_de="Nur Zeitz").service_area.set([zeitz])

    html = client.get(OFFERS).content.decode()

    assert f"whole district ({world.network.district})" in html
    assert "Naumburg (Saale), Zeitz" not in html
    assert ">Zeitz</dd>" in html


def test_lists_are_rendered_once_for_all_readers_and_show_every_change_at_once(world, client, client_for):
    offer = OfferFactory(organization=world.org_a, title_de="Sprachcafé am Markt")
    OfferFactory(organization=world.org_a, title_de="Fallbesprechung intern", visibility=Visibility.NETWORK)
    first = _queries(client, OFFERS)
    repeat = _queries(client, OFFERS)
    assert repeat < first, "filter options and result cards come from the cache"

    offer.title_de = "Sprachcafé am Rathaus"
    offer.save()
    html = client.get(OFFERS).content.decode()
    assert "Sprachcafé am Rathaus" in html
    assert "Sprachcafé am Markt" not in html

    offer.languages.add(LanguageFactory(code="uk", name="Ukrainisch"))
    assert 'value="uk"' in client.get(OFFERS).content.decode(), "a new filter option appears at once"

    assert "Fallbesprechung intern" not in html, "the visitor's cached list holds only public offers"
    member_html = client_for(world.member).get(OFFERS).content.decode()
    assert "Fallbesprechung intern" in member_html, "members get their own cached list"
    german = client.get(OFFERS, headers={"accept-language": "de"}).content.decode()
    english = client.get(OFFERS, headers={"accept-language": "en"}).content.decode()
    assert "Alle Sprachen" in german
    assert "All languages" in english, "each interface language has its own cached filter"


def test_the_number_of_results_follows_every_change(world, client):
    OfferFactory(organization=world.org_a, title_de="Sprachcafé")
    assert "1 offer found" in client.get(OFFERS).content.decode()
    repeat = _queries(client, OFFERS)

    OfferFactory(organization=world.org_a, title_de="Nähcafé")

    assert "2 offers found" in client.get(OFFERS).content.decode()
    assert repeat <= 2, "a repeated view costs the network lookup; count and fragments come from the cache"
