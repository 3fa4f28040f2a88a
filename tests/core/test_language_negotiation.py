"""The interface is German and English; other browser wishes do not switch it to a half-translated page."""

import pytest
from django.test import Client


@pytest.fixture
def plain_client(db: None) -> Client:
    return Client()


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("tr-TR,tr;q=0.9", "de"),
        ("tr-TR,tr;q=0.9,en;q=0.8", "en"),
        ("ar,de;q=0.5", "de"),
        ("en-GB,en;q=0.9", "en"),
        ("", "de"),
    ],
)
def test_browser_wishes_pick_an_interface_language(plain_client, world, accept_language, expected):
    response = plain_client.get("/n/burgenlandkreis/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert f'<html lang="{expected}" dir="ltr">' in response.content.decode()


def test_an_explicit_choice_of_a_content_language_is_honoured(plain_client, world):
    plain_client.cookies["django_language"] = "ar"

    response = plain_client.get("/n/burgenlandkreis/", HTTP_ACCEPT_LANGUAGE="de")

    assert '<html lang="ar" dir="rtl">' in response.content.decode()
