from unittest import mock

import pytest
from django.db import DatabaseError

from netzwerk.core.middleware import active_network
from netzwerk.core.models import Network


@pytest.mark.django_db
def test_healthz_reports_database_and_worker(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "worker": "ok"}


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_is_unreachable(client):
    with mock.patch("netzwerk.core.health.connection.cursor", side_effect=DatabaseError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
    assert response.json()["status"] == "error"


@pytest.mark.django_db
def test_network_home_answers_404_for_unknown_network(client, world):
    assert client.get("/n/does-not-exist/").status_code == 404
    assert client.get("/n/burgenlandkreis/").status_code == 200


@pytest.mark.django_db
def test_a_mistyped_address_inside_a_network_keeps_the_network_header(client, world):
    response = client.get("/n/burgenlandkreis/does-not-exist/")

    assert response.status_code == 404
    assert world.network.office_email in response.content.decode()


@pytest.mark.django_db
def test_an_unknown_network_answers_404_without_a_network_header(client, world):
    response = client.get("/n/nirgendwo/directory/")

    assert response.status_code == 404
    assert world.network.office_email not in response.content.decode()


@pytest.mark.django_db
def test_the_network_of_an_address_is_read_once_and_follows_every_change(
    client, world, django_assert_num_queries
):

    assert client.get("/n/burgenlandkreis/").status_code == 200
    assert client.get("/n/spaeter-angelegt/").status_code == 404
    with django_assert_num_queries(0):
        assert active_network("burgenlandkreis") == world.network
        assert active_network("spaeter-angelegt") is None

    world.network.office_email = "neu@example.org"
    world.network.save()
    assert "neu@example.org" in client.get("/n/burgenlandkreis/does-not-exist/").content.decode()
    Network.objects.create(name="Später angelegt", slug="spaeter-angelegt", district_ags="15084")
    assert client.get("/n/spaeter-angelegt/").status_code == 200
    world.network.is_active = False
    world.network.save()
    assert client.get("/n/burgenlandkreis/").status_code == 404
