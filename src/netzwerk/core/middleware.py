"""Resolves the network named in the URL once per request, so views and templates share it."""

from collections.abc import Callable
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse

from .models import Network


class CurrentNetworkMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.network = None  # type: ignore[attr-defined]
        request.membership = None  # type: ignore[attr-defined]
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., Any], view_args: tuple, view_kwargs: dict
    ) -> None:
        slug = view_kwargs.get("network_slug")
        if slug is None:
            return
        network = Network.objects.active().filter(slug=slug).first()
        if network is None:
            raise Http404
        request.network = network  # type: ignore[attr-defined]
        user = request.user
        if user.is_authenticated:
            request.membership = (  # type: ignore[attr-defined]
                user.memberships.active().filter(network=network).prefetch_related("organizations").first()
            )
