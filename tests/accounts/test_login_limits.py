"""Login limits count failures, not logins: a full meeting room behind one address logs in; guessing
passwords does not get far."""

import pytest
from allauth.account.models import EmailAddress
from django.test import Client

from tests.conftest import PASSWORD
from tests.factories import UserFactory

VENUE = "192.0.2.10"  # the meeting venue's Wi-Fi: everyone shares this address
LOGIN = "/accounts/login/"


def person_with_login(index: int):
    user = UserFactory(email=f"teilnehmerin{index}@example.org")
    user.set_password(PASSWORD)
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def browser(address: str = VENUE, language: str = "de") -> Client:
    return Client(REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=language)


@pytest.mark.django_db
def test_eighty_people_log_in_from_one_address():
    people = [person_with_login(index) for index in range(80)]

    answers = [browser().post(LOGIN, {"login": person.email, "password": PASSWORD}) for person in people]

    assert [answer.status_code for answer in answers] == [302] * 80


@pytest.mark.django_db
def test_the_sixth_failed_attempt_on_one_account_is_refused_in_german():
    person = person_with_login(1)
    client = browser()
    for _ in range(5):
        answer = client.post(LOGIN, {"login": person.email, "password": "falsch"})
        assert "Zu viele fehlgeschlagene Anmeldeversuche" not in answer.content.decode()

    refused = client.post(LOGIN, {"login": person.email, "password": PASSWORD})

    assert refused.status_code == 200
    html = refused.content.decode()
    assert "Zu viele fehlgeschlagene Anmeldeversuche für dieses Konto oder von dieser Adresse." in html
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_the_refusal_is_explained_in_english_too():
    person = person_with_login(1)
    client = browser(language="en")
    for _ in range(5):
        client.post(LOGIN, {"login": person.email, "password": "wrong"})

    refused = client.post(LOGIN, {"login": person.email, "password": PASSWORD})

    assert "Too many failed login attempts for this account or from this address." in refused.content.decode()


@pytest.mark.django_db
def test_the_blocked_account_does_not_stop_the_others_in_the_room():
    blocked, colleague = person_with_login(1), person_with_login(2)
    for _ in range(6):
        browser().post(LOGIN, {"login": blocked.email, "password": "falsch"})

    answer = browser().post(LOGIN, {"login": colleague.email, "password": PASSWORD})

    assert answer.status_code == 302


@pytest.mark.django_db
def test_trying_many_accounts_from_one_address_is_stopped_there_only():
    people = [person_with_login(index) for index in range(32)]
    for person in people[:30]:  # one wrong password each: no account reaches its own limit
        browser().post(LOGIN, {"login": person.email, "password": "falsch"})

    from_there = browser().post(LOGIN, {"login": people[30].email, "password": PASSWORD})
    elsewhere = browser(address="198.51.100.7").post(LOGIN, {"login": people[31].email, "password": PASSWORD})

    assert "Zu viele fehlgeschlagene Anmeldeversuche" in from_there.content.decode()
    assert elsewhere.status_code == 302


@pytest.mark.django_db
def test_a_flood_of_login_requests_gets_a_german_page_in_the_platform_frame(settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login": "3/m/ip"}
    client = browser()
    for _ in range(3):
        client.post(LOGIN, {"login": "niemand@example.org", "password": "x"})

    answer = client.post(LOGIN, {"login": "niemand@example.org", "password": "x"})

    html = answer.content.decode()
    assert answer.status_code == 429
    assert '<html lang="de"' in html
    assert "Zu viele Anfragen" in html
