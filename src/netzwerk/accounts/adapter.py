"""How allauth treats our accounts: no open sign-up, and a login switches to the person's saved language."""

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .language import apply_interface_language
from .roles import memberships_by_network


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        # allauth's own text is not translated into German, and says neither why nor how long.
        "too_many_login_attempts": _(
            "Too many failed login attempts for this account or from this address. Please wait five "
            "minutes and try again, or reset your password."
        ),
    }

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        # Accounts are created by accepting an invitation (see accounts.views), not by open sign-up.
        return bool(settings.ACCOUNT_SIGNUP_OPEN)

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        # Without a `next` address, a person lands where their work is: their network's start page, or
        # the list of networks to choose from when they belong to several (or to none yet).
        return landing_url(request.user)

    def post_login(self, request: HttpRequest, user: AbstractBaseUser, **kwargs: Any) -> HttpResponse:
        language = getattr(user, "interface_language", "")
        if language in settings.INTERFACE_LANGUAGES:
            # Activated before allauth adds its "signed in" message, so the message speaks the new language.
            translation.activate(language)
        response = super().post_login(request, user, **kwargs)
        apply_interface_language(request, response, language)
        return response


def landing_url(user: Any) -> str:
    networks = [membership.network for membership in memberships_by_network(user).values()]
    if len(networks) == 1 and not getattr(user, "is_superuser", False):
        return networks[0].get_absolute_url()
    return reverse(settings.LOGIN_REDIRECT_URL)
