"""Positions (Zuständigkeiten): who sees and edits them, and the hand-over when staff change."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from netzwerk.directory.models import Person, Position, PositionHolding
from tests.factories import (
    OfferFactory,
    PersonFactory,
    PositionFactory,
    PositionHoldingFactory,
    ThematicFieldFactory,
)

TODAY = timezone.localdate


def detail_url(position, slug="burgenlandkreis"):
    return f"/n/{slug}/positions/{position.pk}/"


@pytest.fixture
def position(world):
    """A position of organization A, held by Erika since January last year, with a deputy."""
    deputy = PositionFactory(organization=world.org_b, title="Migrationsberatung Stellvertretung")
    PositionHoldingFactory(
        position=deputy, person=PersonFactory(name="Dana Deputy"), start_date=date(2020, 1, 1)
    )
    position = PositionFactory(
        organization=world.org_a,
        title="Migrationsberatung für Erwachsene",
        email="mbe@beratung-a.example.org",
        deputy=deputy,
    )
    PositionHoldingFactory(
        position=position,
        person=PersonFactory(name="Erika Vorgängerin"),
        start_date=date(TODAY().year - 1, 1, 1),
    )
    return position


# --- visibility ----------------------------------------------------------------------------------------

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
def test_position_pages_are_network_internal(world, client_for, position, role, status):
    client = client_for(world.users()[role])
    assert client.get("/n/burgenlandkreis/positions/").status_code == status
    assert client.get(detail_url(position)).status_code == status


def test_position_of_another_network_answers_404_even_to_its_coordinators(world, client_for, position):
    client = client_for(world.other_coordinator)
    assert client.get(detail_url(position, slug="saalekreis")).status_code == 404
    assert client.get(f"/n/saalekreis/positions/{position.pk}/edit/").status_code == 404
    foreign = PositionFactory(organization=world.other_org)
    assert client_for(world.coordinator).get(detail_url(foreign)).status_code == 404
    assert client.get(detail_url(foreign, slug="saalekreis")).status_code == 200


EDIT_RIGHTS = {
    "anonymous": 404,
    "guest": 404,
    "member": 403,
    "editor_a": 200,
    "editor_b": 403,
    "coordinator": 200,
    "other_coordinator": 404,
}


@pytest.mark.parametrize(("role", "status"), EDIT_RIGHTS.items())
def test_only_editors_of_the_organization_and_coordinators_edit_and_hand_over(
    world, client_for, position, role, status
):
    client = client_for(world.users()[role])
    assert client.get(f"{detail_url(position)}edit/").status_code == status
    assert client.get(f"{detail_url(position)}hand-over/").status_code == status
    holding = position.holdings.get()
    assert client.get(f"{detail_url(position)}holdings/{holding.pk}/end/").status_code == status


def test_editor_of_b_cannot_change_a_position_of_a_by_post(world, client_for, position):
    response = client_for(world.editor_b).post(f"{detail_url(position)}edit/", {"title_de": "Gekapert"})
    assert response.status_code == 403
    position.refresh_from_db()
    assert position.title_de == "Migrationsberatung für Erwachsene"


def test_detail_shows_contact_holders_deputy_and_offers(world, client_for, position):
    offer = OfferFactory(organization=world.org_a, title="Sprechstunde Aufenthaltsrecht")
    position.offers.add(offer)
    old = PositionHoldingFactory(
        position=position,
        person=PersonFactory(name="Frühere Kollegin"),
        start_date=date(2015, 3, 1),
        end_date=date(2019, 12, 31),
    )
    response = client_for(world.member).get(detail_url(position), HTTP_ACCEPT_LANGUAGE="de")
    content = response.content.decode()
    assert "Migrationsberatung für Erwachsene" in content
    assert "mbe@beratung-a.example.org" in content
    assert "Erika Vorgängerin" in content
    assert old.person.name in content
    assert "31.12.2019" in content
    assert "Migrationsberatung Stellvertretung" in content
    assert "Dana Deputy" in content
    assert "Sprechstunde Aufenthaltsrecht" in content
    assert "This position is vacant" not in content


def test_editing_buttons_only_for_those_allowed(world, client_for, position):
    edit_link = f"{detail_url(position)}edit/"
    assert edit_link in client_for(world.editor_a).get(detail_url(position)).content.decode()
    assert edit_link not in client_for(world.member).get(detail_url(position)).content.decode()


# --- list ----------------------------------------------------------------------------------------------


def test_list_filters_by_organization_field_and_text_including_former_holders(world, client_for, position):
    field = ThematicFieldFactory(network=world.network, name="Arbeit")
    other = PositionFactory(organization=world.org_b, title="Jobcoaching")
    other.thematic_fields.add(field)
    PositionHoldingFactory(
        position=other,
        person=PersonFactory(name="Weber"),
        start_date=date(2018, 1, 1),
        end_date=date(2020, 1, 1),
    )
    client = client_for(world.member)
    base = "/n/burgenlandkreis/positions/"

    by_org = client.get(base, {"organization": world.org_a.pk}).content.decode()
    assert "Migrationsberatung für Erwachsene" in by_org
    assert "Jobcoaching" not in by_org

    by_field = client.get(base, {"thematic_field": field.pk}).content.decode()
    assert "Jobcoaching" in by_field
    assert "Migrationsberatung für Erwachsene" not in by_field

    by_former_holder = client.get(base, {"q": "weber"}).content.decode()
    assert "Jobcoaching" in by_former_holder
    assert "Migrationsberatung für Erwachsene" not in by_former_holder


def test_list_hides_positions_that_no_longer_exist_unless_asked(world, client_for, position):
    PositionFactory(organization=world.org_a, title="Abgeschaffte Stelle", is_active=False)
    client = client_for(world.member)
    assert "Abgeschaffte Stelle" not in client.get("/n/burgenlandkreis/positions/").content.decode()
    shown = client.get("/n/burgenlandkreis/positions/", {"include_inactive": "on"}).content.decode()
    assert "Abgeschaffte Stelle" in shown


def test_list_marks_vacant_positions(world, client_for):
    PositionFactory(organization=world.org_a, title="Unbesetzte Stelle")
    content = client_for(world.member).get("/n/burgenlandkreis/positions/").content.decode()
    assert "vacant" in content


@pytest.mark.parametrize("count", [3, 15])
def test_list_query_count_does_not_grow_with_positions(
    world, client_for, django_assert_max_num_queries, count
):
    field = ThematicFieldFactory(network=world.network)
    for number in range(count):
        position = PositionFactory(organization=world.org_a if number % 2 else world.org_b)
        position.thematic_fields.add(field)
        PositionHoldingFactory(position=position, start_date=date(2020, 1, 1))
        PositionHoldingFactory(position=position, start_date=date(2021, 1, 1))
    client = client_for(world.member)
    with django_assert_max_num_queries(12):
        response = client.get("/n/burgenlandkreis/positions/")
    assert response.status_code == 200
    assert response.content.decode().count('scope="row"') == count


# --- create and edit -----------------------------------------------------------------------------------


def test_editor_creates_a_position_for_their_organization(world, client_for):
    url = f"/n/burgenlandkreis/organizations/{world.org_a.pk}/positions/new/"
    client = client_for(world.editor_a)
    response = client.post(url, {"title_de": "Integrationslotsin", "email": "lotsin@example.org"})
    created = Position.objects.get(title_de="Integrationslotsin")
    assert response.status_code == 302
    assert response["Location"] == detail_url(created)
    assert created.organization == world.org_a
    assert (
        client_for(world.editor_a)
        .get(f"/n/burgenlandkreis/organizations/{world.org_b.pk}/positions/new/")
        .status_code
        == 403
    )
    assert client_for(None).get(url).status_code == 302  # to the login page


def test_create_form_keeps_input_and_explains_a_missing_function(world, client_for):
    url = f"/n/burgenlandkreis/organizations/{world.org_a.pk}/positions/new/"
    response = client_for(world.editor_a).post(url, {"title_de": "", "email": "lotsin@example.org"})
    assert response.status_code == 200
    assert 'value="lotsin@example.org"' in response.content.decode()
    assert not Position.objects.filter(email="lotsin@example.org").exists()


def test_editing_keeps_thematic_fields_of_other_networks(world, client_for, position):
    ours = ThematicFieldFactory(network=world.network, name="Wohnen")
    theirs = ThematicFieldFactory(network=world.other_network, name="Gesundheit")
    position.thematic_fields.add(theirs)
    response = client_for(world.editor_a).post(
        f"{detail_url(position)}edit/",
        {"title_de": "MBE", "email": "mbe@example.org", "thematic_fields": [ours.pk], "is_active": "on"},
    )
    assert response.status_code == 302
    assert set(position.thematic_fields.all()) == {ours, theirs}


def test_a_position_cannot_be_its_own_deputy(world, client_for, position):
    response = client_for(world.coordinator).post(
        f"{detail_url(position)}edit/", {"title_de": "MBE", "deputy": position.pk, "is_active": "on"}
    )
    assert response.status_code == 200
    position.refresh_from_db()
    assert position.deputy_id != position.pk


# --- hand-over -----------------------------------------------------------------------------------------


def test_hand_over_to_a_new_person_ends_the_current_holding_the_day_before(world, client_for, position):
    start = TODAY() + timedelta(days=1)
    response = client_for(world.editor_a).post(
        f"{detail_url(position)}hand-over/",
        {"new_name": "Nina Nachfolgerin", "new_email": "nina@example.org", "start_date": start.isoformat()},
    )
    assert response.status_code == 302
    previous = PositionHolding.objects.get(position=position, person__name="Erika Vorgängerin")
    successor = PositionHolding.objects.get(position=position, person__name="Nina Nachfolgerin")
    assert previous.end_date == start - timedelta(days=1)
    assert successor.start_date == start
    assert successor.end_date is None
    assert successor.person.email == "nina@example.org"

    content = client_for(world.member).get(detail_url(position)).content.decode()
    assert "Taking over soon" in content
    assert "Nina Nachfolgerin holds the position from" in content  # history of holders


def test_hand_over_to_an_existing_person_today(world, client_for, position):
    existing = PersonFactory(name="Bekannte Beraterin")
    PositionHoldingFactory(position=PositionFactory(organization=world.org_b), person=existing)
    response = client_for(world.coordinator).post(
        f"{detail_url(position)}hand-over/",
        {"existing_person": existing.pk, "start_date": TODAY().isoformat()},
    )
    assert response.status_code == 302
    current = position.holdings.current()
    assert [holding.person for holding in current] == [existing]


def test_shared_position_keeps_current_holders(world, client_for, position):
    client_for(world.coordinator).post(
        f"{detail_url(position)}hand-over/",
        {"new_name": "Zweite Kraft", "start_date": TODAY().isoformat(), "keep_current_holders": "on"},
    )
    assert position.holdings.current().count() == 2


def test_hand_over_before_the_current_holder_started_is_refused_and_nothing_is_kept(
    world, client_for, position
):
    too_early = date(TODAY().year - 2, 6, 1)
    response = client_for(world.editor_a).post(
        f"{detail_url(position)}hand-over/", {"new_name": "Zu Früh", "start_date": too_early.isoformat()}
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Erika Vorgängerin holds this position only from" in content
    assert 'value="Zu Früh"' in content
    assert not Person.objects.filter(name="Zu Früh").exists()
    assert position.holdings.get().end_date is None


def test_hand_over_needs_a_person(world, client_for, position):
    response = client_for(world.editor_a).post(
        f"{detail_url(position)}hand-over/", {"start_date": TODAY().isoformat()}
    )
    assert response.status_code == 200
    assert "Choose an existing person or enter the name of a new one." in response.content.decode()


def test_ending_a_holding_without_successor_leaves_the_position_vacant(world, client_for, position):
    holding = position.holdings.get()
    yesterday = TODAY() - timedelta(days=1)
    response = client_for(world.editor_a).post(
        f"{detail_url(position)}holdings/{holding.pk}/end/", {"end_date": yesterday.isoformat()}
    )
    assert response.status_code == 302
    holding.refresh_from_db()
    assert holding.end_date == yesterday
    content = client_for(world.member).get(detail_url(position)).content.decode()
    assert "This position is vacant" in content
    assert "Migrationsberatung Stellvertretung" in content  # the deputy to contact
    assert "mbe@beratung-a.example.org" in content


def test_a_holding_cannot_end_before_it_started(world, client_for, position):
    holding = position.holdings.get()
    response = client_for(world.editor_a).post(
        f"{detail_url(position)}holdings/{holding.pk}/end/", {"end_date": "2001-01-01"}
    )
    assert response.status_code == 200
    assert "The last day cannot be before the first day" in response.content.decode()
    holding.refresh_from_db()
    assert holding.end_date is None


def test_a_holding_of_another_position_answers_404(world, client_for, position):
    foreign = PositionHoldingFactory(position=PositionFactory(organization=world.org_a))
    response = client_for(world.editor_a).get(f"{detail_url(position)}holdings/{foreign.pk}/end/")
    assert response.status_code == 404
