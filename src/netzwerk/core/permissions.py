"""The one way a view refuses: the login page for anonymous visitors, 403 for everyone else.

`CurrentNetworkMiddleware` turns the 403 into a 404 for people without a role in the URL's network, so
views need not tell outsiders and members apart themselves.
"""

from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse


def refusal(request: HttpRequest, permission: str, obj: Any) -> HttpResponse | None:
    """None when the user holds `permission` on `obj`; otherwise the answer that refuses them."""
    if request.user.has_perm(permission, obj):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied
