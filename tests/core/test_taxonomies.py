"""Taxonomies kept by coordinators: thematic fields, target groups, languages and municipalities."""

from decimal import Decimal

import pytest

from netzwerk.core.models import Language, Municipality, TargetGroup, ThematicField
from tests.factories import MunicipalityFactory, TargetGroupFactory, ThematicFieldFactory

BASE = "/n/burgenlandkreis/settings/"
LIST_PAGES = ["thematic-fields/", "target-groups/", "languages/", "municipalities/"]
FORM_PAGES = ["thematic-fields/new/", "target-groups/new/", "languages/new/", "municipalities/new/"]

ACCESS = {
    "anonymous": 302,
    "guest": 403,
    "member": 403,
    "editor_a": 403,
    "coordinator": 200,
    "other_coordinator": 404,
}


@pytest.mark.parametrize(("role", "status"), ACCESS.items())
def test_only_coordinators_keep_taxonomies(world, client_for, role, status):
    client = client_for(world.users()[role])
    for page in [*LIST_PAGES, *FORM_PAGES]:
        assert client.get(BASE + page).status_code == status, page


# --- thematic fields and target groups -----------------------------------------------------------------


def test_coordinator_adds_a_thematic_field_in_german_and_english(world, client_for):
    response = client_for(world.coordinator).post(
        BASE + "thematic-fields/new/",
        {
            "name_de": "Digitale Teilhabe",
            "name_en": "Digital participation",
            "position": 7,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    field = ThematicField.objects.get(network=world.network, name_de="Digitale Teilhabe")
    assert field.name_en == "Digital participation"
    assert field.slug == "digitale-teilhabe"
    assert field.position == 7
    assert field.is_active
    assert (
        "Digitale Teilhabe" in client_for(world.coordinator).get(BASE + "thematic-fields/").content.decode()
    )


def test_duplicate_name_in_the_same_network_is_refused(world, client_for):
    ThematicFieldFactory(network=world.network, name="Wohnen")
    ThematicFieldFactory(network=world.other_network, name="Arbeit")
    client = client_for(world.coordinator)
    refused = client.post(BASE + "thematic-fields/new/", {"name_de": "wohnen", "position": 1})
    assert refused.status_code == 200
    assert "The network already has a term with this name." in refused.content.decode()
    assert 'value="wohnen"' in refused.content.decode()
    # The same name in another network is no conflict.
    assert client.post(BASE + "thematic-fields/new/", {"name_de": "Arbeit", "position": 1}).status_code == 302


def test_deactivating_and_renaming_keeps_the_key(world, client_for):
    group = TargetGroupFactory(network=world.network, name="Familien")
    original_slug = group.slug
    response = client_for(world.coordinator).post(
        f"{BASE}target-groups/{group.pk}/edit/", {"name_de": "Familien mit Kindern", "position": 3}
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.name_de == "Familien mit Kindern"
    assert not group.is_active
    assert group.slug == original_slug


def test_terms_of_another_network_answer_404(world, client_for):
    foreign = ThematicFieldFactory(network=world.other_network)
    client = client_for(world.coordinator)
    assert client.get(f"{BASE}thematic-fields/{foreign.pk}/edit/").status_code == 404
    assert client.post(f"{BASE}thematic-fields/{foreign.pk}/move/", {"direction": "up"}).status_code == 404


def test_terms_are_reordered_by_moving_them(world, client_for):
    first = ThematicFieldFactory(network=world.network, name="Erstens", position=1)
    second = ThematicFieldFactory(network=world.network, name="Zweitens", position=2)
    third = ThematicFieldFactory(network=world.network, name="Drittens", position=3)
    client = client_for(world.coordinator)
    assert client.post(f"{BASE}thematic-fields/{third.pk}/move/", {"direction": "up"}).status_code == 302
    ordered = list(ThematicField.objects.filter(network=world.network).order_by("position"))
    assert ordered == [first, third, second]
    client.post(f"{BASE}thematic-fields/{first.pk}/move/", {"direction": "up"})  # already first: no change
    assert ThematicField.objects.filter(network=world.network).order_by("position").first() == first
    content = client.get(BASE + "thematic-fields/").content.decode()
    assert content.index("Erstens") < content.index("Drittens") < content.index("Zweitens")


def test_target_group_can_be_added(world, client_for):
    response = client_for(world.coordinator).post(
        BASE + "target-groups/new/", {"name_de": "Saisonarbeitskräfte", "position": 1, "is_active": "on"}
    )
    assert response.status_code == 302
    assert TargetGroup.objects.filter(network=world.network, name_de="Saisonarbeitskräfte").exists()


# --- languages -----------------------------------------------------------------------------------------


def test_coordinator_adds_a_missing_language(world, client_for):
    response = client_for(world.coordinator).post(
        BASE + "languages/new/",
        {"code": " YO ", "name_de": "Yoruba", "name_en": "Yoruba", "native_name": "Èdè Yorùbá"},
    )
    assert response.status_code == 302
    language = Language.objects.get(code="yo")
    assert language.name_de == "Yoruba"
    assert not language.is_rtl


def test_unknown_language_code_is_refused_with_the_input_kept(world, client_for):
    response = client_for(world.coordinator).post(
        BASE + "languages/new/",
        {"code": "xx", "name_de": "Erfundene Sprache", "name_en": ""},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "ist kein Sprachcode nach ISO 639-1" in content
    assert "Dieses Feld ist zwingend erforderlich." in content  # the English name, in German
    assert 'value="Erfundene Sprache"' in content
    assert not Language.objects.filter(code="xx").exists()


def test_an_existing_language_code_cannot_be_added_twice(world, client_for):
    response = client_for(world.coordinator).post(
        BASE + "languages/new/", {"code": "ar", "name_de": "Arabisch", "name_en": "Arabic", "is_rtl": "on"}
    )
    assert response.status_code == 200
    assert Language.objects.filter(code="ar").count() == 1


def test_language_code_is_fixed_once_created(world, client_for):
    arabic = Language.objects.get(code="ar")
    response = client_for(world.coordinator).post(
        f"{BASE}languages/{arabic.pk}/edit/",
        {"code": "zz", "name_de": "Arabisch (Hocharabisch)", "name_en": "Arabic", "is_rtl": "on"},
    )
    assert response.status_code == 302
    arabic.refresh_from_db()
    assert arabic.code == "ar"
    assert arabic.name_de == "Arabisch (Hocharabisch)"


def test_network_chooses_its_offered_languages(world, client_for):
    chosen = list(Language.objects.filter(code__in=["de", "ar", "uk"]))
    response = client_for(world.coordinator).post(
        BASE + "languages/", {"languages": [lang.pk for lang in chosen]}
    )
    assert response.status_code == 302
    assert set(world.network.languages.all()) == set(chosen)
    assert set(world.other_network.languages.all()) == set()


# --- municipalities ------------------------------------------------------------------------------------


def test_coordinator_adds_a_municipality_of_the_area(world, client_for):
    response = client_for(world.coordinator).post(
        BASE + "municipalities/new/",
        {
            "ags": "15084999",
            "name": "Neudorf",
            "district": "Burgenlandkreis",
            "latitude": "51.1",
            "longitude": "11.9",
        },
    )
    assert response.status_code == 302
    created = Municipality.objects.get(ags="15084999")
    assert created.latitude == Decimal("51.1")
    assert created in world.network.municipalities()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"ags": "15088205"}, "Der Schlüssel muss mit 15084 beginnen"),
        ({"ags": "1508420"}, "Der Amtliche Gemeindeschlüssel hat genau acht Ziffern."),
        ({"ags": "15084A20"}, "Der Amtliche Gemeindeschlüssel hat genau acht Ziffern."),
        (
            {"latitude": "11.9", "longitude": "51.1"},
            "Der Breitengrad eines Ortes in Deutschland liegt zwischen",
        ),
        ({"latitude": "51.1"}, "Geben Sie entweder Breiten- und Längengrad oder keines von beiden an."),
    ],
)
def test_municipality_input_is_validated_and_kept(world, client_for, data, message):
    posted = {"ags": "15084999", "name": "Neudorf", "district": "Burgenlandkreis", **data}
    response = client_for(world.coordinator).post(
        BASE + "municipalities/new/", posted, HTTP_ACCEPT_LANGUAGE="de"
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content
    assert 'value="Neudorf"' in content
    assert not Municipality.objects.filter(name="Neudorf").exists()


def test_municipality_key_must_be_unique(world, client_for):
    MunicipalityFactory(ags="15084998", name="Altdorf")
    response = client_for(world.coordinator).post(
        BASE + "municipalities/new/", {"ags": "15084998", "name": "Neudorf"}
    )
    assert response.status_code == 200
    assert Municipality.objects.filter(ags="15084998").count() == 1


def test_municipalities_outside_the_area_are_neither_listed_nor_editable(world, client_for):
    outside = MunicipalityFactory(ags="15088205", name="Merseburg-Test")
    inside = MunicipalityFactory(ags="15084997", name="Innendorf")
    client = client_for(world.coordinator)
    content = client.get(BASE + "municipalities/").content.decode()
    assert "Innendorf" in content
    assert "Merseburg-Test" not in content
    assert client.get(f"{BASE}municipalities/{outside.pk}/edit/").status_code == 404
    response = client.post(
        f"{BASE}municipalities/{inside.pk}/edit/",
        {"ags": "15084997", "name": "Innendorf (Saale)", "latitude": "51.2", "longitude": "11.8"},
    )
    assert response.status_code == 302
    inside.refresh_from_db()
    assert inside.name == "Innendorf (Saale)"


def test_municipality_search(world, client_for):
    MunicipalityFactory(ags="15084996", name="Suchdorf")
    MunicipalityFactory(ags="15084995", name="Anderswo")
    content = client_for(world.coordinator).get(BASE + "municipalities/", {"q": "such"}).content.decode()
    assert "Suchdorf" in content
    assert "Anderswo" not in content


# --- query counts --------------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [2, 20])
def test_list_pages_query_count_does_not_grow(world, client_for, django_assert_max_num_queries, count):
    for number in range(count):
        ThematicFieldFactory(network=world.network, position=number)
        TargetGroupFactory(network=world.network, position=number)
        MunicipalityFactory(ags=f"15084{500 + number:03d}")
    client = client_for(world.coordinator)
    # The languages page also loads the offered languages for its form, municipalities are counted for paging.
    for page, queries in zip(LIST_PAGES, [8, 8, 10, 9], strict=True):
        with django_assert_max_num_queries(queries):
            assert client.get(BASE + page).status_code == 200
