"""The one way a view refuses: the login page for anonymous visitors, 403 for everyone else.

Function views call `require(request, permission, obj)` after loading the record through `access.py`;
views guarded by a permission on the URL's network use the `@network_permission(permission)` decorator.
Both raise, so a view reads as "load, require, act".

`CurrentNetworkMiddleware` turns the 403 into a 404 for people without a role in the URL's network and
answers `LoginRequired` with the login page, so views need not tell visitors, outsiders and members apart.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

ViewFunction = Callable[..., HttpResponse]


class LoginRequired(PermissionDenied):
    """Refused, but logging in could help: the visitor is sent to the login page and back."""


def require(request: HttpRequest, permission: str, obj: Any) -> None:
    """Return when the user holds `permission` on `obj`; otherwise raise the refusal that fits them."""
    if request.user.has_perm(permission, obj):
        return
    if not request.user.is_authenticated:
        raise LoginRequired
    raise PermissionDenied


def network_permission(permission: str) -> Callable[[ViewFunction], ViewFunction]:
    """Guard a network page with a permission whose object is the URL's network."""

    def decorator(view: ViewFunction) -> ViewFunction:
        @wraps(view)
        def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            require(request, permission, request.network)  # type: ignore[attr-defined]
            return view(request, *args, **kwargs)

        return guarded

    return decorator
