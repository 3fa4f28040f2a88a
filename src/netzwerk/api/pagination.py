"""Limit/offset pagination for every list: `{"count": <all matches>, "items": [<this page>]}`."""

from typing import Any

from django.conf import settings
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

DEFAULT_LIMIT: int = settings.NINJA_PAGINATION_PER_PAGE
MAX_LIMIT: int = settings.NINJA_PAGINATION_MAX_LIMIT
# Far beyond any real list; keeps absurd offsets from reaching the database as out-of-range integers.
MAX_OFFSET = 2**31 - 1


class Pagination(LimitOffsetPagination):
    """ninja's limit/offset pagination with documented, bounded parameters."""

    class Input(Schema):
        limit: int = Field(
            DEFAULT_LIMIT,
            ge=1,
            le=MAX_LIMIT,
            description=f"How many items to return (1 to {MAX_LIMIT}).",
        )
        offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many items to skip.")

    class Output(Schema):
        items: list[Any]
        count: int = Field(description="Number of all matching items, not only of this page.")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_limit=MAX_LIMIT, **kwargs)
