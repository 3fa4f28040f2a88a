import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache

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
