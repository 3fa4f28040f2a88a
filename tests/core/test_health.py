from unittest import mock

import pytest
from django.db import DatabaseError


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
