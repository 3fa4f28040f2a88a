"""Guards for network-scoped pages that need a network-level permission (the object is the Network)."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse

from .roles import role_in


def network_permission_required(
    permission: str,
) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Anonymous → login; no role in the network → 404 (as if the page did not exist); a role → 403."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            network = request.network  # type: ignore[attr-defined]
            if not request.user.has_perm(permission, network):
                if role_in(request.user, network.pk) is not None:
                    raise PermissionDenied
                raise Http404
            return view(request, *args, **kwargs)

        return login_required(wrapped)

    return decorator
