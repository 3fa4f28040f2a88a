"""The shape of the knowledge base's demo data."""

from dataclasses import dataclass


@dataclass(frozen=True)
class CollectionSpec:
    key: str
    title: str
    description: str
    parent: str = ""


@dataclass(frozen=True)
class Edit:
    """A later save of a demo article: its note, text added at the end, and whether it is a major change."""

    note: str
    addition: str
    is_major: bool = False
    by: str = "editor"


@dataclass(frozen=True)
class ArticleSpec:
    key: str
    collection: str
    title: str
    summary: str
    body: str
    fields: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    visibility: str = "public"
    # draft, review, published, archived, or sent_back (a draft with the reviewer's comment)
    status: str = "published"
    published_days_ago: int = 90
    overdue: bool = False
    author: str = "editor"
    edits: tuple[Edit, ...] = ()
    # Translations by language code: (title, summary, body); "outdated" ones predate the last major edit.
    translations: tuple[tuple[str, str, str, str], ...] = ()
    outdated_translations: tuple[str, ...] = ()


DEMO_NOTE = (
    "\n\n---\n\n*Demo-Inhalt: Dieser Artikel zeigt, wie das Netzwerk Wissen festhält. Prüfen Sie Angaben "
    "vor der Verwendung in der Beratung bei der zuständigen Stelle.*"
)
