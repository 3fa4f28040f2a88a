"""Guards for network-scoped pages that need a network-level permission (the object is the Network)."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse


def network_permission_required(
    permission: str,
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Anonymous → login; otherwise 403 (404 for outsiders of the network, see CurrentNetworkMiddleware)."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            network = request.network  # type: ignore[attr-defined]
            if not request.user.has_perm(permission, network):
                raise PermissionDenied  # a 404 for outsiders of the network, see CurrentNetworkMiddleware
            return view(request, *args, **kwargs)

        return login_required(wrapped)

    return decorator
