"""Second factor for coordinators, login rate limits, and allauth's pages in the platform's frame."""

import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from tests.conftest import PASSWORD


@pytest.fixture
def mfa_required(settings):
    settings.NETZWERK_REQUIRE_MFA_FOR_COORDINATORS = True


def test_coordinator_without_second_factor_is_sent_to_the_setup(world, client_for, mfa_required):
    client = client_for(world.coordinator)
    for url in (world.network.get_absolute_url(), f"/n/{world.network.slug}/members/", "/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url == "/accounts/2fa/"
    setup = client.get("/accounts/2fa/")
    assert setup.status_code == 200
    assert "second factor" in setup.content.decode()
    # The account page, logging out and the language switch stay reachable.
    assert client.get("/account/").status_code == 200
    assert client.post("/accounts/logout/").status_code == 302


def test_coordinator_with_authenticator_app_passes(world, client_for, mfa_required):
    TOTP.activate(world.coordinator, generate_totp_secret())
    assert client_for(world.coordinator).get(f"/n/{world.network.slug}/members/").status_code == 200


def test_recovery_codes_alone_are_not_a_second_factor(world, client_for, mfa_required):
    RecoveryCodes.activate(world.coordinator)
    assert client_for(world.coordinator).get(world.network.get_absolute_url()).status_code == 302


def test_security_key_counts_as_second_factor(world, client_for, mfa_required):
    Authenticator.objects.create(user=world.coordinator, type=Authenticator.Type.WEBAUTHN, data={})
    assert client_for(world.coordinator).get(world.network.get_absolute_url()).status_code == 200


def test_other_roles_and_visitors_are_not_asked(world, client_for, client, mfa_required):
    for user in (world.member, world.editor_a, world.guest):
        assert client_for(user).get(world.network.get_absolute_url()).status_code == 200
    assert client.get(world.network.get_absolute_url()).status_code == 200


def test_nothing_is_enforced_when_switched_off(world, client_for, settings):
    settings.NETZWERK_REQUIRE_MFA_FOR_COORDINATORS = False
    assert client_for(world.coordinator).get(world.network.get_absolute_url()).status_code == 200


def test_a_new_coordinator_is_asked_right_after_accepting(world, client, mfa_required):
    from netzwerk.accounts.models import Role
    from netzwerk.accounts.services import invite_person

    invitation = invite_person(
        network=world.network,
        email="chefin@example.org",
        role=Role.COORDINATOR,
        invited_by=world.coordinator,
        language="en",
    )
    password = "Saale-Unstrut 2025 Weinberg"
    response = client.post(
        invitation.get_absolute_url(),
        {"name": "Chefin", "password1": password, "password2": password, "accept_privacy": "on"},
    )
    assert response.status_code == 302
    assert client.get(response.url).url == "/accounts/2fa/"


def test_repeated_failed_logins_are_blocked(world, client, verify_email):
    person = verify_email(world.member)
    for _ in range(5):
        response = client.post("/accounts/login/", {"login": person.email, "password": "wrong password"})
        assert response.status_code == 200
        assert "Too many failed login attempts" not in response.content.decode()
    blocked = client.post("/accounts/login/", {"login": person.email, "password": PASSWORD})
    assert blocked.status_code == 200
    content = blocked.content.decode()
    assert "Too many failed login attempts for this account or from this address." in content
    assert "error-summary" in content
    assert "_auth_user_id" not in client.session


def test_a_correct_login_works_before_the_limit(world, client, verify_email):
    person = verify_email(world.member)
    for _ in range(4):
        client.post("/accounts/login/", {"login": person.email, "password": "wrong password"})
    response = client.post("/accounts/login/", {"login": person.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)


@pytest.mark.parametrize(
    ("url", "logged_in"),
    [
        ("/accounts/login/", False),
        ("/accounts/password/reset/", False),
        ("/accounts/password/change/", True),
        ("/accounts/email/", True),
        ("/accounts/2fa/", True),
        ("/accounts/2fa/webauthn/", True),
    ],
)
def test_allauth_pages_use_the_platform_frame_without_inline_scripts(
    world, client, client_for, url, logged_in
):
    response = (client_for(world.member) if logged_in else client).get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'class="skip-link' in content  # our base.html
    assert content.count("<h1") == 1
    assert "kern-heading-large" in content
    assert 'class="kern-btn' in content
    assert " style=" not in content
    # Every script is a static file or a JSON data block; CSP forbids anything else.
    for tag in re.findall(r"<script\b[^>]*>", content):
        assert "src=" in tag or 'type="application/json"' in tag, tag


def test_login_page_explains_invitations_and_renders_kern_fields(client, db):
    content = client.get("/accounts/login/").content.decode()
    assert "Accounts are created by invitation" in content
    assert "/accounts/signup/" not in content
    assert 'class="kern-form-input__input" id="id_login"' in content or 'id="id_login"' in content
    assert "kern-form-input__input" in content
    assert "/static/mfa/js/webauthn.js" in content  # passkey login needs allauth's static script


def test_login_errors_are_shown_in_the_error_summary(world, client, verify_email):
    person = verify_email(world.member)
    response = client.post("/accounts/login/", {"login": person.email, "password": "wrong password"})
    content = response.content.decode()
    assert "error-summary" in content
    assert f'value="{person.email}"' in content
