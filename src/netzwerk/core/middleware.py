"""Resolves the network named in the URL once per request, so views and templates share it.

It also keeps networks opaque to outsiders: a refusal (PermissionDenied) for someone who holds no role in
the URL's network becomes a 404, so a page of another network looks exactly like one that does not exist.
People with a role in the network still learn that they lack the right (403).
"""

import re
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.handlers.exception import response_for_exception
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

from .content_cache import content_version, read_through
from .models import Network
from .mount import NETWORK_SEGMENT, NETWORK_SLUG_KWARG
from .permissions import LoginRequired

NETWORK_PATH = re.compile(rf"^/{NETWORK_SEGMENT}/(?P<slug>[-a-zA-Z0-9_]+)/")


def network_of(request: HttpRequest) -> Network:
    """The network the middleware resolved for a page below /n/<network_slug>/."""
    return request.network  # type: ignore[attr-defined]


def active_network(slug: str) -> Network | None:
    """The active network of a slug, read once per change of any network (every page below /n/ asks)."""
    found = read_through(
        f"netzwerk:network:{slug}:{content_version(Network)}",
        lambda: Network.objects.active().filter(slug=slug).first() or UNKNOWN,
    )
    return found if isinstance(found, Network) else None


UNKNOWN = "unknown"  # cached too, so that guessing slugs costs no query either


class CurrentNetworkMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # Resolved from the path, not only from the matched view, so that the 404 page of a mistyped
        # address inside a network still shows that network's header and contact.
        request.network = None  # type: ignore[attr-defined]
        request.membership = None  # type: ignore[attr-defined]
        match = NETWORK_PATH.match(request.path_info)
        if match:
            self._use_network(request, active_network(match["slug"]))
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., Any], view_args: tuple, view_kwargs: dict
    ) -> None:
        # The slug is consumed here: views read `request.network` and take no slug argument.
        slug = view_kwargs.pop(NETWORK_SLUG_KWARG, None)
        if slug is None:
            return
        network = getattr(request, "network", None)
        if network is None or network.slug != slug:
            raise Http404

    @staticmethod
    def _use_network(request: HttpRequest, network: Network | None) -> None:
        if network is None:
            return
        request.network = network  # type: ignore[attr-defined]
        user = request.user
        if user.is_authenticated:
            # The user model (accounts) loads a person's memberships once per request and shares them
            # with the permission checks; core only knows that users can answer this question.
            request.membership = user.membership_in(network)  # type: ignore[attr-defined]

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, LoginRequired):
            return redirect_to_login(request.get_full_path())
        network = getattr(request, "network", None)
        if not isinstance(exception, PermissionDenied) or network is None:
            return None
        user = request.user
        if not user.is_authenticated or user.is_superuser or getattr(request, "membership", None) is not None:
            return None
        return response_for_exception(request, Http404())


class InterfaceLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, but a browser's wish only picks among the interface languages.

    `settings.LANGUAGES` also lists the content languages (Arabic, Ukrainian, …) so that public content
    can be shown and marked up in them; the interface itself exists in German and English. A browser
    that prefers Turkish therefore gets the best interface language it accepts (else German), not a
    page claiming `lang="tr"` with German and English text. An explicit choice (the language cookie set
    by the switcher) is still honoured for every configured language.
    """

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)
        language = translation.get_language()
        explicit = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language in settings.INTERFACE_LANGUAGES or language == explicit:
            return
        language = preferred_interface_language(request.headers.get("Accept-Language", ""))
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


def preferred_interface_language(accept_language: str) -> str:
    for code, _quality in parse_accept_lang_header(accept_language):
        base = code.split("-")[0].lower()
        if base in settings.INTERFACE_LANGUAGES:
            return base
    return str(settings.LANGUAGE_CODE)
