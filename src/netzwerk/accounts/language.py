"""Applying a person's interface language: the language cookie is what Django's LocaleMiddleware reads."""

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils import translation


def apply_interface_language(request: HttpRequest, response: HttpResponseBase, language: str) -> None:
    """Switch this response and every following request to `language` (an interface language)."""
    if language not in settings.INTERFACE_LANGUAGES:
        return
    translation.activate(language)
    request.LANGUAGE_CODE = language
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
