"""core.history.history_entries: who changed what and when, in words a person reads."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import translation

from netzwerk.core.history import history_entries
from netzwerk.directory.models import Offer, OfferStatus, Organization
from tests.factories import (
    NetworkFactory,
    OfferFactory,
    OrganizationFactory,
    ThematicFieldFactory,
    UserFactory,
)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def save_as(record, user, at=None, **changes):
    """Save like a form submitted by `user` (simple-history reads `_history_user` and `_history_date`)."""
    record._history_user = user
    if at is not None:
        record._history_date = at
    for name, value in changes.items():
        setattr(record, name, value)
    record.save()


@pytest.mark.django_db
def test_creation_without_a_person_is_attributed_to_the_system():
    organization = OrganizationFactory(name="Caritas Zeitz", short_name="Caritas", network=None)

    [entry] = history_entries(organization)

    assert entry.change_type == "created"
    assert entry.user_name == "system"
    values = {change.label: change.new for change in entry.changes}
    assert values["Name"] == "Caritas Zeitz"
    assert values["Short name"] == "Caritas"
    assert values["Type"] == "Counselling service"  # the choice label, not "counselling"


@pytest.mark.django_db
def test_change_lists_old_and_new_values_with_labels_and_the_person():
    editor = UserFactory(name="Erika Editor")
    offer = OfferFactory(title_de="Sprachcafé")
    save_as(offer, editor, title_de="Sprachcafé Zeitz", status=OfferStatus.PAUSED, is_example=True)

    newest = history_entries(offer)[0]

    assert newest.change_type == "changed"
    assert newest.user_name == "Erika Editor"
    changes = {change.label: (change.old, change.new) for change in newest.changes}
    assert changes["Title (German)"] == ("Sprachcafé", "Sprachcafé Zeitz")
    assert changes["Status"] == ("Active", "Paused")
    assert changes["Example record"] == ("No", "Yes")
    assert "Description (German)" not in changes  # unchanged fields are not listed


@pytest.mark.django_db
def test_related_objects_are_shown_by_name():
    editor = UserFactory()
    parent = OrganizationFactory(name="Diakonie Mitteldeutschland", network=None)
    unit = OrganizationFactory(name="Migrationsberatung Naumburg", network=None)
    save_as(unit, editor, parent=parent)

    [change] = history_entries(unit)[0].changes

    assert (change.label, change.old, change.new) == (
        "Parent organization",
        None,
        "Diakonie Mitteldeutschland",
    )


@pytest.mark.django_db
def test_many_to_many_changes_are_name_lists_and_one_save_is_one_entry():
    network = NetworkFactory()
    work = ThematicFieldFactory(network=network, name="Arbeit")
    housing = ThematicFieldFactory(network=network, name="Wohnen")
    health = ThematicFieldFactory(network=network, name="Gesundheit")
    offer = OfferFactory()
    offer.thematic_fields.set([work])
    editor = UserFactory(name="Jonas Koordination")

    # What a ModelForm does: save the record, then set each many-to-many field (one history row each).
    offer._history_user = editor
    offer.title_de = "Beratung Arbeit und Wohnen"
    offer.save()
    offer.thematic_fields.set([housing, health])

    entries = history_entries(offer)

    assert [entry.change_type for entry in entries] == ["changed", "created"]
    changes = {change.label: (change.old, change.new) for change in entries[0].changes}
    assert changes["Thematic fields"] == ("Arbeit", "Gesundheit, Wohnen")
    assert "Title (German)" in changes
    # The thematic field set right after creation belongs to the creation.
    created = {change.label: change.new for change in entries[1].changes}
    assert created["Thematic fields"] == "Arbeit"


@pytest.mark.django_db
def test_saves_far_apart_are_separate_entries_newest_first():
    editor = UserFactory()
    offer = OfferFactory(title_de="Eins")
    later = offer.history.latest().history_date + datetime.timedelta(minutes=5)
    save_as(offer, editor, at=later, title_de="Zwei")
    save_as(offer, editor, at=later + datetime.timedelta(minutes=5), title_de="Drei")

    entries = history_entries(offer)

    assert [entry.change_type for entry in entries] == ["changed", "changed", "created"]
    assert [entry.changes[0].new for entry in entries[:2]] == ["Drei", "Zwei"]
    assert entries[0].date > entries[1].date > entries[2].date
    assert len(history_entries(offer, limit=2)) == 2


@pytest.mark.django_db
def test_a_save_without_changes_is_not_listed():
    offer = OfferFactory()
    later = offer.history.latest().history_date + datetime.timedelta(minutes=5)
    save_as(offer, UserFactory(), at=later)

    assert [entry.change_type for entry in history_entries(offer)] == ["created"]


@pytest.mark.django_db
def test_deletion_is_listed():
    organization = OrganizationFactory(network=None)
    organization_id = organization.pk
    organization.delete()

    history = Organization.history.filter(id=organization_id)
    deleted = history.latest()

    assert deleted.history_type == "-"
    entries = history_entries(deleted.instance)
    assert entries[0].change_type == "deleted"


def test_records_without_history_have_no_entries():
    assert history_entries(SimpleNamespace(pk=1)) == []


@pytest.mark.django_db
def test_query_count_does_not_grow_with_unchanged_many_to_many_fields(django_assert_max_num_queries):
    offer = OfferFactory()
    base = offer.history.latest().history_date
    for minutes in range(1, 11):
        save_as(
            offer, UserFactory(), at=base + datetime.timedelta(minutes=minutes), title_de=f"Titel {minutes}"
        )
    fresh = Offer.objects.get(pk=offer.pk)

    # Rows (1) + users joined + 5 m2m id lookups + the organization name at creation; no per-entry queries.
    with django_assert_max_num_queries(8):
        entries = history_entries(fresh)
    assert len(entries) == 11


@pytest.mark.django_db
def test_every_historical_row_keeps_the_links_of_its_moment():
    first, second, third = ThematicFieldFactory.create_batch(3)
    offer = OfferFactory()
    offer.thematic_fields.set([first, second])
    save_as(offer, UserFactory(), title_de="Neuer Titel")
    saved = offer.history.first()
    offer.thematic_fields.set([third])

    kept = saved.thematic_fields.all()

    assert sorted(row.thematicfield_id for row in kept) == sorted([first.pk, second.pk])
    assert {row.offer_id for row in kept} == {offer.pk}
    assert [row.thematicfield_id for row in offer.history.first().thematic_fields.all()] == [third.pk]


@pytest.mark.django_db
def test_the_history_manager_is_built_once_and_reads_the_records_own_rows():
    first, second = OfferFactory(), OfferFactory()
    save_as(first, None, title="Changed")
    assert type(first.history) is type(second.history) is type(Offer.history)
    assert first.history.count() == 2
    assert second.history.count() == 1
    assert Offer.history.count() == 3
