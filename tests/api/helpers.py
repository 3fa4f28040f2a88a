"""Small assertions shared by the API tests."""

from typing import Any


def ids(response: Any) -> list[int]:
    """The ids of a successful list response's items, in order."""
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["items"]]
