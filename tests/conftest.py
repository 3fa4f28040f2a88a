"""Shared fixtures: two networks and one user per role, as the permission matrix needs them."""

from dataclasses import dataclass

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished
from django.test import Client
from django.utils import translation

from netzwerk.accounts.models import Role, User
from netzwerk.core.models import Network
from netzwerk.directory.models import Organization
from netzwerk.knowledge.models import Collection

from .factories import MembershipFactory, NetworkFactory, OrganizationFactory, UserFactory

PASSWORD = "correct horse battery staple"


@dataclass
class World:
    network: Network
    other_network: Network
    org_a: Organization
    org_b: Organization
    other_org: Organization
    guest: User
    member: User
    editor_a: User
    editor_b: User
    coordinator: User
    other_coordinator: User

    def users(self) -> dict[str, User | None]:
        return {
            "anonymous": None,
            "guest": self.guest,
            "member": self.member,
            "editor_a": self.editor_a,
            "editor_b": self.editor_b,
            "coordinator": self.coordinator,
            "other_coordinator": self.other_coordinator,
        }


@pytest.fixture
def world(db: None) -> World:
    network = NetworkFactory(name="Integrationsnetzwerk Burgenlandkreis", slug="burgenlandkreis")
    other = NetworkFactory(name="Integrationsnetzwerk Saalekreis", slug="saalekreis", district_ags="15088")
    org_a = OrganizationFactory(name="Beratungsstelle A", network=network)
    org_b = OrganizationFactory(name="Beratungsstelle B", network=network)
    other_org = OrganizationFactory(name="Verein im Saalekreis", network=other)

    def user_with(role: str, net: Network, orgs: list[Organization] | None = None) -> User:
        return MembershipFactory(network=net, role=role, organizations=orgs or []).user

    return World(
        network=network,
        other_network=other,
        org_a=org_a,
        org_b=org_b,
        other_org=other_org,
        guest=user_with(Role.GUEST, network),
        member=user_with(Role.MEMBER, network),
        editor_a=user_with(Role.EDITOR, network, [org_a]),
        editor_b=user_with(Role.EDITOR, network, [org_b]),
        coordinator=user_with(Role.COORDINATOR, network),
        other_coordinator=user_with(Role.COORDINATOR, other),
    )


def _back_to_the_default_language(**kwargs: object) -> None:
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _cached_fragments_do_not_outlive_a_test():
    """Rolled-back test data reuses primary keys; a fragment cached by an earlier test must not match."""
    cache.clear()


@pytest.fixture(autouse=True)
def _each_request_starts_fresh():
    """A server thread starts every request with the default language; the test thread must too.

    LocaleMiddleware leaves the request's language active, so records a test creates after an English
    request would otherwise be written into the English columns (django-modeltranslation).
    """
    translation.activate(settings.LANGUAGE_CODE)
    request_finished.connect(_back_to_the_default_language, dispatch_uid="tests-default-language")
    yield
    request_finished.disconnect(dispatch_uid="tests-default-language")
    translation.activate(settings.LANGUAGE_CODE)


# Tests read English interface strings by default (German is the platform's default language); tests of
# German messages send `HTTP_ACCEPT_LANGUAGE="de"` with their request, which wins over this header.
ENGLISH = {"accept-language": "en"}


@pytest.fixture
def client(db: None) -> Client:
    return Client(headers=ENGLISH)


@pytest.fixture
def client_for():
    """Returns a logged-in test client for a user, or an anonymous client for None."""

    def make(user: User | None) -> Client:
        client = Client(headers=ENGLISH)
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture
def user(db: None) -> User:
    return UserFactory()


@pytest.fixture
def collection(world: World) -> Collection:
    top = Collection.objects.create(network=world.network, title="Aufenthaltsrecht", slug="aufenthaltsrecht")
    return Collection.objects.create(
        network=world.network, parent=top, title="EU-Freizügigkeit", slug="eu-freizuegigkeit"
    )
