import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.test import Client

from netzwerk.accounts.models import User


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth keeps its rate limits in the cache; every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def verify_email():
    """allauth lets only verified addresses log in (ACCOUNT_EMAIL_VERIFICATION = "mandatory")."""

    def verify(user: User) -> User:
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
        return user

    return verify


# The tests read English interface strings; without this they would change once the German catalog lands
# (German is the default language). A language cookie still wins over this header, as for real browsers.
ENGLISH = {"accept-language": "en"}


@pytest.fixture
def client(db: None) -> Client:
    return Client(headers=ENGLISH)


@pytest.fixture
def client_for():
    def make(user: User | None) -> Client:
        client = Client(headers=ENGLISH)
        if user is not None:
            client.force_login(user)
        return client

    return make
