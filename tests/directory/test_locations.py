"""Locations of an organization: create, edit, delete after confirmation; permissions per role."""

from decimal import Decimal

import pytest
from django.utils import translation

from netzwerk.directory.models import Location
from tests.factories import LocationFactory, MunicipalityFactory


@pytest.fixture(autouse=True)
def german_content():
    with translation.override("de"):
        yield


@pytest.fixture
def zeitz(db):
    return MunicipalityFactory(ags="15084590", name="Zeitz")


def create_url(organization, network_slug="burgenlandkreis"):
    return f"/n/{network_slug}/organizations/{organization.pk}/locations/new/"


def edit_url(location, network_slug="burgenlandkreis"):
    return f"/n/{network_slug}/locations/{location.pk}/edit/"


def delete_url(location, network_slug="burgenlandkreis"):
    return f"/n/{network_slug}/locations/{location.pk}/delete/"


def location_data(municipality, **values):
    data = {
        "name": "Beratungsbüro Zeitz",
        "street": "Schützenplatz 1",
        "postal_code": "06712",
        "municipality": municipality.pk,
        "latitude": "51.045900",
        "longitude": "12.135400",
        "accessibility": "Stufenloser Zugang",
    }
    data.update(values)
    return data


@pytest.mark.parametrize(
    ("role", "status"),
    [("guest", 403), ("member", 403), ("editor_a", 200), ("editor_b", 403), ("coordinator", 200)],
)
def test_create_permissions(world, client_for, role, status):
    assert client_for(world.users()[role]).get(create_url(world.org_a)).status_code == status


def test_editor_adds_a_location(world, client_for, zeitz):
    response = client_for(world.editor_a).post(create_url(world.org_a), location_data(zeitz))

    location = Location.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/n/burgenlandkreis/organizations/{world.org_a.pk}/"
    assert location.organization == world.org_a
    assert location.municipality == zeitz
    assert location.latitude == Decimal("51.045900")


def test_create_asks_anonymous_visitors_to_log_in(world, client, zeitz):
    response = client.post(create_url(world.org_a), location_data(zeitz))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Location.objects.exists()


def test_create_under_another_networks_organization_answers_404(world, client_for, zeitz):
    assert client_for(world.coordinator).get(create_url(world.other_org)).status_code == 404


@pytest.mark.parametrize(
    "invalid",
    [
        {"latitude": "91"},
        {"longitude": "-181"},
        {"longitude": ""},  # a latitude alone is no position
        {"name": ""},
    ],
)
def test_invalid_locations_are_rejected_and_the_input_kept(world, client_for, zeitz, invalid):
    response = client_for(world.editor_a).post(
        create_url(world.org_a), location_data(zeitz, street="Am Markt 7", **invalid)
    )

    assert response.status_code == 200
    assert 'value="Am Markt 7"' in response.content.decode()
    assert not Location.objects.exists()


def test_missing_name_is_explained_in_german(world, client_for, zeitz):
    response = client_for(world.editor_a).post(
        create_url(world.org_a), location_data(zeitz, name=""), HTTP_ACCEPT_LANGUAGE="de"
    )

    assert "Dieses Feld ist zwingend erforderlich." in response.content.decode()


def test_municipality_must_lie_in_the_network_area(world, client_for):
    merseburg = MunicipalityFactory(ags="15088205", name="Merseburg")
    editor = client_for(world.editor_a)

    assert "Merseburg" not in editor.get(create_url(world.org_a)).content.decode()
    assert editor.post(create_url(world.org_a), location_data(merseburg)).status_code == 200
    assert not Location.objects.exists()


@pytest.mark.parametrize(
    ("role", "status"),
    [("guest", 403), ("member", 403), ("editor_a", 200), ("editor_b", 403), ("coordinator", 200)],
)
def test_edit_permissions(world, client_for, role, status):
    location = LocationFactory(organization=world.org_a)

    assert client_for(world.users()[role]).get(edit_url(location)).status_code == status


def test_editor_changes_a_location(world, client_for, zeitz):
    location = LocationFactory(organization=world.org_a, municipality=zeitz)

    response = client_for(world.editor_a).post(edit_url(location), location_data(zeitz, name="Neues Büro"))

    assert response.status_code == 302
    location.refresh_from_db()
    assert location.name == "Neues Büro"


def test_location_of_another_network_answers_404(world, client_for):
    location = LocationFactory(organization=world.other_org)

    assert client_for(world.coordinator).get(edit_url(location)).status_code == 404
    assert client_for(world.coordinator).post(delete_url(location)).status_code == 404
    assert Location.objects.filter(pk=location.pk).exists()


def test_delete_asks_for_confirmation_first(world, client_for):
    location = LocationFactory(organization=world.org_a, name="Altes Büro")

    response = client_for(world.editor_a).get(delete_url(location))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Altes Büro" in html
    assert 'method="post"' in html
    assert Location.objects.filter(pk=location.pk).exists()


def test_delete_after_confirmation(world, client_for):
    location = LocationFactory(organization=world.org_a)

    response = client_for(world.editor_a).post(delete_url(location))

    assert response.status_code == 302
    assert response["Location"] == f"/n/burgenlandkreis/organizations/{world.org_a.pk}/"
    assert not Location.objects.filter(pk=location.pk).exists()


@pytest.mark.parametrize(("role", "status"), [("member", 403), ("editor_b", 403), ("other_coordinator", 404)])
def test_delete_is_refused_to_those_who_may_not_edit(world, client_for, role, status):
    location = LocationFactory(organization=world.org_a)

    assert client_for(world.users()[role]).post(delete_url(location)).status_code == status
    assert Location.objects.filter(pk=location.pk).exists()


def test_delete_asks_anonymous_visitors_to_log_in(world, client):
    location = LocationFactory(organization=world.org_a)

    assert client.post(delete_url(location)).status_code == 302
    assert Location.objects.filter(pk=location.pk).exists()


def test_profile_links_edit_and_delete_only_for_editors(world, client_for):
    location = LocationFactory(organization=world.org_a)
    profile = f"/n/burgenlandkreis/organizations/{world.org_a.pk}/"

    editor_view = client_for(world.editor_a).get(profile).content.decode()
    member_view = client_for(world.member).get(profile).content.decode()

    assert edit_url(location) in editor_view
    assert delete_url(location) in editor_view
    assert edit_url(location) not in member_view
    assert delete_url(location) not in member_view
