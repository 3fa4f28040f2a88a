"""Seed data (languages, municipalities, taxonomies) and setting up a network."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import translation

from netzwerk.core.data.languages import LANGUAGES
from netzwerk.core.data.municipalities import DISTRICTS
from netzwerk.core.data.taxonomies import TARGET_GROUPS, THEMATIC_FIELDS
from netzwerk.core.models import Language, Municipality, Network, TargetGroup, ThematicField
from netzwerk.core.services import create_network, seed_default_taxonomies, seed_municipalities
from tests.factories import NetworkFactory, UserFactory


def _new_network(**overrides):
    arguments = {
        "name": "Integrationsnetzwerk Burgenlandkreis",
        "slug": "burgenlandkreis",
        "district": "Burgenlandkreis",
        "district_ags": "15084",
    }
    return create_network(**{**arguments, **overrides})


# --- languages ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_migration_seeds_the_languages_with_german_and_english_names():
    assert Language.objects.count() >= 45
    arabic = Language.objects.get(code="ar")
    assert (arabic.name_de, arabic.name_en, arabic.native_name, arabic.is_rtl) == (
        "Arabisch",
        "Arabic",
        "العربية",
        True,
    )
    with translation.override("en"):
        assert Language.objects.get(code="uk").name == "Ukrainian"
    with translation.override("de"):
        assert Language.objects.get(code="uk").name == "Ukrainisch"


@pytest.mark.django_db
def test_seeded_languages_mark_right_to_left_scripts_correctly():
    rtl = set(Language.objects.filter(is_rtl=True).values_list("code", flat=True))
    assert {"ar", "fa", "ur", "he", "ps"} <= rtl
    # Kurdish as written by most Kurds in Germany (Kurmanji) uses the Latin script.
    assert not {"ku", "de", "uk", "tr", "ti"} & rtl


@pytest.mark.django_db
def test_seeded_languages_cover_the_languages_asked_for_in_counselling():
    codes = set(Language.objects.values_list("code", flat=True))
    wanted = "de en ar fa uk ru ro pl bg tr ku ps ti so sq sr hr bs hu cs sk it es pt fr vi zh hi ur ta am"
    assert set(wanted.split()) <= codes
    assert all(re.fullmatch(r"[a-z]{2}", code) for code in codes)


def test_language_data_has_unique_codes_and_every_name():
    codes = [row.code for row in LANGUAGES]
    assert len(codes) == len(set(codes))
    assert all(row.name_de and row.name_en and row.native_name for row in LANGUAGES)


# --- municipalities ----------------------------------------------------------------------------------


def test_municipality_keys_are_eight_digits_and_start_with_their_district_key():
    for district in DISTRICTS.values():
        assert district.municipalities
        for row in district.municipalities:
            assert re.fullmatch(r"\d{8}", row.ags), row
            assert row.ags.startswith(district.ags), row
    all_keys = [row.ags for district in DISTRICTS.values() for row in district.municipalities]
    assert len(all_keys) == len(set(all_keys))


def test_burgenlandkreis_has_its_33_municipalities_with_known_keys():
    burgenlandkreis = {row.name: row.ags for row in DISTRICTS["15084"].municipalities}
    assert len(burgenlandkreis) == 33
    assert burgenlandkreis["Naumburg (Saale)"] == "15084355"
    assert burgenlandkreis["Weißenfels"] == "15084550"
    assert burgenlandkreis["Zeitz"] == "15084590"
    assert burgenlandkreis["Meineweh"] == "15084013"
    assert len(DISTRICTS["15088"].municipalities) == 20


def test_municipality_coordinates_lie_in_saxony_anhalt():
    for district in DISTRICTS.values():
        for row in district.municipalities:
            assert 50.9 < row.latitude < 53.1, row
            assert 10.5 < row.longitude < 13.3, row


@pytest.mark.django_db
def test_seed_municipalities_loads_a_district_once_and_keeps_corrections():
    assert seed_municipalities(district_ags="15084") == 33
    Municipality.objects.filter(ags="15084355").update(name="Naumburg (korrigiert)")

    assert seed_municipalities(district_ags="15084") == 0
    assert Municipality.objects.filter(ags__startswith="15084").count() == 33
    assert Municipality.objects.get(ags="15084355").name == "Naumburg (korrigiert)"
    assert Municipality.objects.get(ags="15084550").district == "Burgenlandkreis"


@pytest.mark.django_db
def test_seed_municipalities_for_an_unknown_district_adds_nothing():
    assert seed_municipalities(district_ags="09162") == 0
    assert not Municipality.objects.exists()


# --- create_network ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_create_network_seeds_taxonomies_municipalities_and_languages():
    admin = UserFactory(is_superuser=True)
    network = _new_network(
        name_en="Integration Network Burgenlandkreis",
        office_name="Koordinierungsstelle Integration im Burgenlandkreis",
        office_email="koordination@example.org",
        languages=["de", "en", "AR", "uk"],
        by=admin,
    )

    assert network.name_de == "Integrationsnetzwerk Burgenlandkreis"
    with translation.override("en"):
        assert network.name == "Integration Network Burgenlandkreis"
    assert set(network.languages.values_list("code", flat=True)) == {"de", "en", "ar", "uk"}
    assert network.thematic_fields.count() == len(THEMATIC_FIELDS)
    assert network.target_groups.count() == len(TARGET_GROUPS)
    assert network.municipalities().count() == 33
    care = network.thematic_fields.get(slug="migration-und-pflege")
    assert (care.name_de, care.name_en) == ("Migration und Pflege", "Migration and nursing care")
    assert network.target_groups.get(slug="eu-buergerinnen").name_en == "EU citizens"
    assert network.history.filter(history_type="+", history_user=admin).exists()


@pytest.mark.django_db
def test_create_network_from_an_english_page_keeps_german_as_the_original():
    with translation.override("en"):
        network = _new_network(name_en="Integration Network Burgenlandkreis")
    stored = Network.objects.filter(pk=network.pk).values("name", "name_de", "name_en").get()
    assert stored == {
        "name": "Integrationsnetzwerk Burgenlandkreis",
        "name_de": "Integrationsnetzwerk Burgenlandkreis",
        "name_en": "Integration Network Burgenlandkreis",
    }
    education = ThematicField.objects.filter(network=network, slug="bildung")
    assert education.values("name", "name_en").get() == {"name": "Bildung", "name_en": "Education"}


@pytest.mark.django_db
def test_thematic_fields_keep_the_order_of_the_seed():
    network = _new_network()
    assert list(network.thematic_fields.values_list("slug", flat=True)) == [
        row.slug for row in THEMATIC_FIELDS
    ]


@pytest.mark.django_db
def test_seeding_taxonomies_again_adds_only_missing_terms_and_keeps_edits():
    network = _new_network()
    housing = network.thematic_fields.get(slug="wohnen")
    housing.name_de = "Wohnen und Nachbarschaft"
    housing.save()
    network.target_groups.get(slug="frauen").delete()

    result = seed_default_taxonomies(network=network)

    assert (result.thematic_fields_created, result.target_groups_created) == (0, 1)
    assert ThematicField.objects.filter(network=network).count() == len(THEMATIC_FIELDS)
    assert TargetGroup.objects.filter(network=network).count() == len(TARGET_GROUPS)
    assert network.thematic_fields.get(slug="wohnen").name_de == "Wohnen und Nachbarschaft"


@pytest.mark.django_db
def test_taxonomies_belong_to_their_network_only():
    first = _new_network()
    second = _new_network(name="Integrationsnetzwerk Saalekreis", slug="saalekreis", district_ags="15088")
    assert first.thematic_fields.count() == second.thematic_fields.count() == len(THEMATIC_FIELDS)
    assert not set(first.thematic_fields.values_list("pk", flat=True)) & set(
        second.thematic_fields.values_list("pk", flat=True)
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"district_ags": "15x84"}, "district_ags"),
        ({"slug": "kein gültiger slug"}, "slug"),
        ({"languages": ["de", "xx"]}, "languages"),
        ({"name": ""}, "name"),
    ],
)
def test_create_network_rejects_invalid_input_without_writing(overrides, field):
    with pytest.raises(ValidationError) as error:
        _new_network(**overrides)
    assert field in error.value.message_dict
    assert not Network.objects.exists()
    assert not ThematicField.objects.exists()


@pytest.mark.django_db
def test_create_network_reports_every_problem_at_once():
    with pytest.raises(ValidationError) as error:
        _new_network(district_ags="x", languages=["xx"])
    assert {"district_ags", "languages"} <= set(error.value.message_dict)


@pytest.mark.django_db
def test_create_network_refuses_a_slug_in_use():
    NetworkFactory(slug="burgenlandkreis")
    with pytest.raises(ValidationError) as error:
        _new_network()
    assert "slug" in error.value.message_dict
    assert Network.objects.count() == 1


# --- management command ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_create_network_command(capsys):
    call_command(
        "create_network",
        "--name=Integrationsnetzwerk Saalekreis",
        "--slug=saalekreis",
        "--district=Saalekreis",
        "--ags=15088",
        "--office-email=koordination@example.org",
        "--languages=de,en,ar",
    )
    network = Network.objects.get(slug="saalekreis")
    assert network.office_email == "koordination@example.org"
    assert set(network.languages.values_list("code", flat=True)) == {"de", "en", "ar"}
    assert network.thematic_fields.count() == len(THEMATIC_FIELDS)
    output = capsys.readouterr().out
    assert "/n/saalekreis/" in output
    assert "Municipalities in its area: 20" in output


@pytest.mark.django_db
def test_create_network_command_reports_errors_clearly():
    NetworkFactory(slug="saalekreis")
    with pytest.raises(CommandError, match="slug"):
        call_command(
            "create_network", "--name=X", "--slug=saalekreis", "--district=Saalekreis", "--ags=15088"
        )
    with pytest.raises(CommandError, match="xx"):
        call_command(
            "create_network", "--name=X", "--slug=neu", "--district=Y", "--ags=15088", "--languages=xx"
        )
