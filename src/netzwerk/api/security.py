"""Authentication for the API: the platform's login session. Tokens for other systems come later."""

from typing import Any

from django.http import HttpRequest
from ninja.security import SessionAuth


class MemberSession(SessionAuth):
    """The Django session cookie of a signed-in user.

    Only GET operations exist, so there is nothing for a cross-site request to forge; write operations
    must switch CSRF checking back on (`csrf=True`).
    """

    def __init__(self) -> None:
        super().__init__(csrf=False)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        return request.user if request.user.is_authenticated else None


member_session = MemberSession()
