"""Query parameters shared by the routers, and the free-text search condition.

Patterns keep values the database cannot take (NUL bytes, endless keys) out with a 422 instead of a 500.
"""

from collections.abc import Sequence
from typing import Annotated

from django.db.models import Q
from modeltranslation.settings import AVAILABLE_LANGUAGES, DEFAULT_LANGUAGE
from modeltranslation.utils import build_localized_fieldname
from ninja import Query

SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
MAX_ID = 2**63 - 1
MAX_SEARCH_WORDS = 10

NetworkFilter = Annotated[
    str | None,
    Query(
        None,
        description="Slug of an active network; only its records are returned. "
        "An unknown or inactive network answers 404.",
        pattern=SLUG_PATTERN,
        max_length=60,
    ),
]
ThematicFieldFilter = Annotated[
    str | None,
    Query(
        None,
        description="Slug of a thematic field. Without `network`, terms with this slug in any network match.",
        pattern=SLUG_PATTERN,
        max_length=80,
    ),
]
TargetGroupFilter = Annotated[
    str | None,
    Query(
        None,
        description="Slug of a target group. Without `network`, terms with this slug in any network match.",
        pattern=SLUG_PATTERN,
        max_length=80,
    ),
]
OrganizationFilter = Annotated[
    int | None, Query(None, description="Id of the organization.", ge=1, le=MAX_ID)
]
SearchFilter = Annotated[
    str | None,
    Query(
        None,
        description="Free text; every word must occur (case-insensitive) in one of the searched fields, "
        "in any language.",
        max_length=200,
        pattern=r"^[^\x00]*$",
    ),
]


def default_language_field(field: str) -> str:
    """The column of a translated field in the original language; lists sort by it in every language."""
    return build_localized_fieldname(field, DEFAULT_LANGUAGE)


def search_condition(text: str | None, *, plain: Sequence[str] = (), translated: Sequence[str] = ()) -> Q:
    """Every word of `text` must occur in one of the fields; translated fields match in any language."""
    columns = [*plain]
    for field in translated:
        columns.extend(build_localized_fieldname(field, language) for language in AVAILABLE_LANGUAGES)
    condition = Q()
    for word in (text or "").split()[:MAX_SEARCH_WORDS]:
        word_condition = Q()
        for column in columns:
            word_condition |= Q(**{f"{column}__icontains": word})
        condition &= word_condition
    return condition
