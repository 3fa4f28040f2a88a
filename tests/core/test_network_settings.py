"""Network settings: basic data, coordination office, logo and languages; kept by coordinators."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from netzwerk.core.models import Language
from tests.files import image_bytes

SETTINGS = "/n/burgenlandkreis/settings/"
NETWORK_SETTINGS = "/n/burgenlandkreis/settings/network/"

VALID = {
    "name_de": "Integrationsnetzwerk Burgenlandkreis",
    "name_en": "Integration network Burgenlandkreis",
    "description_de": "Das Netzwerk der Akteure der Integrationsarbeit.",
    "description_en": "The network of integration actors.",
    "district": "Burgenlandkreis",
    "office_name": "Koordinierungsstelle Integration (MiA)",
    "office_email": "integration@example.org",
    "office_phone": "03445 73-0",
    "office_address": "Schönburger Straße 41\n06618 Naumburg (Saale)",
}


def png_bytes(size: tuple[int, int] = (40, 20), image_format: str = "PNG") -> bytes:
    return image_bytes(image_format, size)


ACCESS = {
    "anonymous": 302,
    "guest": 403,
    "member": 403,
    "editor_a": 403,
    "coordinator": 200,
    "other_coordinator": 404,
}


@pytest.mark.parametrize(("role", "status"), ACCESS.items())
def test_only_coordinators_open_the_settings(world, client_for, role, status):
    client = client_for(world.users()[role])
    assert client.get(SETTINGS).status_code == status
    assert client.get(NETWORK_SETTINGS).status_code == status


def test_settings_index_links_to_every_settings_page(world, client_for):
    content = client_for(world.coordinator).get(SETTINGS).content.decode()
    for link in [
        "/settings/network/",
        "/settings/thematic-fields/",
        "/settings/target-groups/",
        "/settings/languages/",
        "/settings/municipalities/",
        "/n/burgenlandkreis/requests/",
    ]:
        assert link in content


def test_member_cannot_change_the_network_by_post(world, client_for):
    response = client_for(world.member).post(NETWORK_SETTINGS, {**VALID, "name_de": "Gekapert"})
    assert response.status_code == 403
    world.network.refresh_from_db()
    assert world.network.name_de == "Integrationsnetzwerk Burgenlandkreis"


def test_coordinator_changes_basic_data_office_and_languages(world, client_for):
    languages = list(Language.objects.filter(code__in=["de", "ar"]))
    response = client_for(world.coordinator).post(
        NETWORK_SETTINGS, {**VALID, "languages": [language.pk for language in languages]}
    )
    assert response.status_code == 302
    network = world.network
    network.refresh_from_db()
    assert network.name_en == "Integration network Burgenlandkreis"
    assert network.description_de == VALID["description_de"]
    assert network.office_email == "integration@example.org"
    assert network.office_address == VALID["office_address"]
    assert set(network.languages.all()) == set(languages)
    assert network.slug == "burgenlandkreis"
    assert network.district_ags == "15084"


def test_missing_name_and_bad_email_keep_the_input(world, client_for):
    response = client_for(world.coordinator).post(
        NETWORK_SETTINGS, {**VALID, "name_de": "", "office_email": "keine-adresse"}, HTTP_ACCEPT_LANGUAGE="de"
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Dieses Feld ist zwingend erforderlich." in content
    assert "Bitte gültige E-Mail-Adresse eingeben." in content
    assert 'value="Koordinierungsstelle Integration (MiA)"' in content
    world.network.refresh_from_db()
    assert world.network.office_email == "koordination@example.org"


def test_logo_upload(world, client_for):
    logo = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")
    response = client_for(world.coordinator).post(NETWORK_SETTINGS, {**VALID, "logo": logo})
    assert response.status_code == 302
    world.network.refresh_from_db()
    assert world.network.logo.name.startswith("networks/logos/")
    assert "logo" not in world.network.logo.name.removeprefix("networks/logos/")


def test_logo_that_is_no_image_is_refused(world, client_for):
    fake = SimpleUploadedFile("logo.png", b"<svg onload=alert(1)></svg>", content_type="image/png")
    response = client_for(world.coordinator).post(NETWORK_SETTINGS, {**VALID, "logo": fake})
    assert response.status_code == 200
    assert "Please correct the following entries" in response.content.decode()
    world.network.refresh_from_db()
    assert not world.network.logo


def test_logo_in_an_unsupported_format_is_refused(world, client_for):
    tiff = SimpleUploadedFile("logo.tiff", png_bytes(image_format="TIFF"), content_type="image/tiff")
    response = client_for(world.coordinator).post(NETWORK_SETTINGS, {**VALID, "logo": tiff})
    assert response.status_code == 200
    assert "is not a file of an accepted kind" in response.content.decode()


def test_logo_larger_than_the_limit_is_refused(world, client_for, settings):
    settings.NETZWERK_LOGO_MAX_BYTES = 100
    logo = SimpleUploadedFile("logo.png", png_bytes(size=(300, 300)), content_type="image/png")
    response = client_for(world.coordinator).post(NETWORK_SETTINGS, {**VALID, "logo": logo})
    assert response.status_code == 200
    assert "at most 100" in response.content.decode()
    world.network.refresh_from_db()
    assert not world.network.logo


def test_saving_without_a_new_logo_keeps_the_old_one(world, client_for):
    coordinator = client_for(world.coordinator)
    logo = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")
    coordinator.post(NETWORK_SETTINGS, {**VALID, "logo": logo})
    world.network.refresh_from_db()
    kept = world.network.logo.name

    response = coordinator.post(NETWORK_SETTINGS, {**VALID, "office_phone": "03445 73-0"})

    assert response.status_code == 302
    world.network.refresh_from_db()
    assert world.network.logo.name == kept
    assert world.network.office_phone == "03445 73-0"
