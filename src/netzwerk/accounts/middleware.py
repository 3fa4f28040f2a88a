"""Coordinators must have a second factor before they can use anything but the account pages."""

from collections.abc import Callable

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .roles import coordinated_network_ids

# allauth (login, logout, two-factor setup), the own account page, invitation links, and what every page
# needs to render. Everything else waits until the second factor is set up.
EXEMPT_PREFIXES = ("/accounts/", "/account/", "/invitations/", "/static/", "/healthz", "/i18n/", "/media/")

SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


class RequireCoordinatorMFAMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self._must_set_up_mfa(request):
            messages.warning(
                request,
                _(
                    "As a coordinator you need a second factor to protect the network's data. Please set up "
                    "an authenticator app or a security key (passkey)."
                ),
            )
            return redirect("mfa_index")
        return self.get_response(request)

    @staticmethod
    def _must_set_up_mfa(request: HttpRequest) -> bool:
        if not settings.NETZWERK_REQUIRE_MFA_FOR_COORDINATORS:
            return False
        user = request.user
        if not user.is_authenticated or request.path.startswith(EXEMPT_PREFIXES):
            return False
        # Reuses the membership cache that the permission checks of this request read as well.
        # Recovery codes alone are no second factor; they only stand in for a lost one.
        return bool(coordinated_network_ids(user)) and not is_mfa_enabled(user, types=SECOND_FACTORS)
