"""The registries in core: what apps contribute, and how the header, start page and settings use it."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from netzwerk.core.registry import NavigationEntry, Registry, navigation, notification_kinds, search_providers
from netzwerk.directory.models import OfferStatus, Visibility
from tests.conftest import World
from tests.factories import OfferFactory, PositionFactory


def test_entries_come_in_their_order_and_a_key_is_taken_once() -> None:
    entries: Registry[NavigationEntry] = Registry("test")
    late = entries.register(NavigationEntry("late", "Late", "core:home", order=20))
    early = entries.register(NavigationEntry("early", "Early", "core:home", order=10))
    assert list(entries) == [early, late]
    entries.register(NavigationEntry("late", "Late", "core:home", order=20))  # ready() running again
    assert len(entries) == 2
    with pytest.raises(ImproperlyConfigured):
        entries.register(NavigationEntry("late", "Other", "core:home", order=30))


def test_the_most_specific_section_wins() -> None:
    directory = navigation.get("directory.directory")
    positions = navigation.get("directory.positions")
    assert directory is not None
    assert positions is not None
    assert positions.section_match("directory:position_detail") > directory.section_match(
        "directory:position_detail"
    )
    assert directory.section_match("directory:offer_detail") > positions.section_match(
        "directory:offer_detail"
    )


def test_the_apps_register_their_search_providers_and_notification_kinds() -> None:
    assert {provider.key for provider in search_providers} >= {
        "directory.organization",
        "directory.offer",
        "directory.position",
        "directory.person",
    }
    assert {kind.key for kind in notification_kinds} >= {
        "accounts.invitation",
        "directory.membership_request",
    }


@pytest.mark.django_db
def test_search_providers_only_give_what_the_viewer_may_read(world: World) -> None:
    position = PositionFactory(organization=world.org_a)
    public = OfferFactory(organization=world.org_a, visibility=Visibility.PUBLIC, status=OfferStatus.ACTIVE)
    internal = OfferFactory(
        organization=world.org_a, visibility=Visibility.NETWORK, status=OfferStatus.ACTIVE
    )
    positions = search_providers.get("directory.position")
    offers = search_providers.get("directory.offer")
    assert positions is not None
    assert offers is not None
    assert list(positions.queryset(world.member, world.network)) == [position]
    assert list(positions.queryset(world.guest, world.network)) == []
    assert positions.url(position, world.network) == f"/n/burgenlandkreis/positions/{position.pk}/"
    assert set(offers.queryset(AnonymousUser(), world.network)) == {public}
    assert set(offers.queryset(world.member, world.network)) == {public, internal}


@pytest.mark.django_db
def test_a_page_of_a_section_marks_its_navigation_entry(world: World, client_for) -> None:
    position = PositionFactory(organization=world.org_a)
    html = client_for(world.member).get(position.url_in(world.network)).content.decode()
    positions_url = reverse("directory:position_list", kwargs={"network_slug": "burgenlandkreis"})
    directory_url = reverse("directory:directory", kwargs={"network_slug": "burgenlandkreis"})
    assert f'href="{positions_url}" aria-current="true">Positions</a>' in html
    assert f'href="{directory_url}">Directory</a>' in html


@pytest.mark.django_db
def test_the_settings_index_lists_the_registered_pages(world: World, client_for) -> None:
    html = (
        client_for(world.coordinator)
        .get(reverse("core:settings", kwargs={"network_slug": "burgenlandkreis"}))
        .content.decode()
    )
    for name in ("core:network_settings", "directory:request_list", "core:taxonomy_municipalities"):
        assert reverse(name, kwargs={"network_slug": "burgenlandkreis"}) in html
