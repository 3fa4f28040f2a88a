"""Persons holding positions: network-internal pages, editing rights and the public-name consent."""

from datetime import date

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from netzwerk.directory.models import Person
from tests.factories import LanguageFactory, PersonFactory, PositionFactory, PositionHoldingFactory


@pytest.fixture
def person(world):
    """Holds a position at organization A now and held one at organization B until 2021."""
    person = PersonFactory(name="Erika Beispiel", email="erika@beratung-a.example.org", phone="03445 123")
    PositionHoldingFactory(
        position=PositionFactory(organization=world.org_a, title="Migrationsberatung"),
        person=person,
        start_date=date(2022, 1, 1),
    )
    PositionHoldingFactory(
        position=PositionFactory(organization=world.org_b, title="Sprachkursberatung"),
        person=person,
        start_date=date(2019, 1, 1),
        end_date=date(2021, 12, 31),
    )
    return person


def url(person, suffix=""):
    return f"/n/burgenlandkreis/persons/{person.pk}/{suffix}"


VISIBILITY = {
    "anonymous": 404,
    "guest": 404,
    "member": 200,
    "editor_a": 200,
    "editor_b": 200,
    "coordinator": 200,
    "other_coordinator": 404,
}


@pytest.mark.parametrize(("role", "status"), VISIBILITY.items())
def test_person_page_is_network_internal(world, client_for, person, role, status):
    assert client_for(world.users()[role]).get(url(person)).status_code == status


def test_person_without_a_position_in_the_network_answers_404(world, client_for):
    outsider = PersonFactory(name="Anderswo")
    PositionHoldingFactory(position=PositionFactory(organization=world.other_org), person=outsider)
    assert client_for(world.coordinator).get(url(outsider)).status_code == 404
    assert client_for(world.other_coordinator).get(f"/n/saalekreis/persons/{outsider.pk}/").status_code == 200


def test_person_page_shows_contact_and_current_and_former_positions(world, client_for, person):
    person.languages.add(LanguageFactory(code="ar"))
    content = client_for(world.member).get(url(person)).content.decode()
    assert "erika@beratung-a.example.org" in content
    assert "03445 123" in content
    assert "Arabic" in content  # the seeded language, named in the interface language
    current, former = content.split("Former positions", 1)
    assert "Migrationsberatung" in current
    assert "Sprachkursberatung" in former
    assert "12/31/2021" in former  # dates in the short format of the (English) interface


EDIT_RIGHTS = {
    "anonymous": 404,
    "guest": 404,
    "member": 403,
    "editor_a": 200,
    "editor_b": 200,  # the person held a position at B, so B's editors keep the record too
    "coordinator": 200,
    "other_coordinator": 404,
}


@pytest.mark.parametrize(("role", "status"), EDIT_RIGHTS.items())
def test_person_is_edited_by_those_who_edit_one_of_their_organizations(
    world, client_for, person, role, status
):
    assert client_for(world.users()[role]).get(url(person, "edit/")).status_code == status


def test_editor_of_an_unrelated_organization_cannot_edit(world, client_for):
    only_b = PersonFactory(name="Nur B")
    PositionHoldingFactory(position=PositionFactory(organization=world.org_b), person=only_b)
    response = client_for(world.editor_a).post(url(only_b, "edit/"), {"name": "Umbenannt"})
    assert response.status_code == 403
    only_b.refresh_from_db()
    assert only_b.name == "Nur B"


def test_edit_saves_contact_details(world, client_for, person):
    arabic = LanguageFactory(code="ar")
    response = client_for(world.editor_a).post(
        url(person, "edit/"),
        {"name": "Erika Beispiel-Neu", "email": "neu@example.org", "languages": [arabic.pk]},
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.name == "Erika Beispiel-Neu"
    assert list(person.languages.all()) == [arabic]
    assert not person.name_is_public


def test_public_name_needs_recorded_consent(world, client_for, person):
    response = client_for(world.editor_a).post(
        url(person, "edit/"), {"name": "Erika Beispiel", "phone": "0151 999", "name_is_public": "on"}
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "The name can only be made public together with recording the person&#x27;s consent." in content
    assert 'value="0151 999"' in content  # nothing typed is lost
    person.refresh_from_db()
    assert not person.name_is_public
    assert person.phone == "03445 123"


def test_recording_consent_makes_the_name_public_and_notes_who_and_when(world, client_for, person):
    response = client_for(world.editor_a).post(
        url(person, "edit/"), {"name": "Erika Beispiel", "name_is_public": "on", "consent_confirmed": "on"}
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.name_is_public
    assert person.consent_recorded_by == world.editor_a
    assert timezone.localtime(person.consent_recorded_at).date() == timezone.localdate()
    assert "consent recorded on" in client_for(world.member).get(url(person)).content.decode()


def test_withdrawing_consent_clears_the_public_name_and_the_record(world, client_for, person):
    person.name_is_public = True
    person.consent_recorded_at = timezone.now()
    person.consent_recorded_by = world.coordinator
    person.save()
    response = client_for(world.coordinator).post(url(person, "edit/"), {"name": "Erika Beispiel"})
    assert response.status_code == 302
    person.refresh_from_db()
    assert not person.name_is_public
    assert person.consent_recorded_at is None
    assert person.consent_recorded_by is None


def test_database_refuses_a_public_name_without_consent(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        Person.objects.create(name="Ohne Einwilligung", name_is_public=True)


def test_organization_page_lists_positions_with_holders_for_members_only(world, client_for, person):
    organization_url = f"/n/burgenlandkreis/organizations/{world.org_a.pk}/"
    for_member = client_for(world.member).get(organization_url).content.decode()
    assert "Positions and contacts" in for_member
    assert "Migrationsberatung" in for_member
    assert "Erika Beispiel" in for_member
    for_public = client_for(None).get(organization_url)
    assert for_public.status_code == 200
    assert "Erika Beispiel" not in for_public.content.decode()
    assert "Positions and contacts" not in for_public.content.decode()
    assert "Add position" in client_for(world.editor_a).get(organization_url).content.decode()
    assert "Add position" not in for_member
