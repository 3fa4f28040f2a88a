"""Coordinators must have a second factor before they can use anything but the account pages."""

from collections.abc import Callable

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .models import Role

EXEMPT_PREFIXES = ("/accounts/", "/static/", "/healthz", "/i18n/", "/media/")


class RequireCoordinatorMFAMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self._must_set_up_mfa(request):
            messages.warning(
                request, _("As a coordinator you need a second factor. Please set up an authenticator app.")
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _must_set_up_mfa(request: HttpRequest) -> bool:
        if not settings.NETZWERK_REQUIRE_MFA_FOR_COORDINATORS:
            return False
        user = request.user
        if not user.is_authenticated or request.path.startswith(EXEMPT_PREFIXES):
            return False
        is_coordinator = user.memberships.active().filter(role=Role.COORDINATOR).exists()
        return is_coordinator and not is_mfa_enabled(user)
