"""Writes of the knowledge base: every save of an article's text is a revision, and every review step is
recorded with who did it and when.

An article's `revision_number` is its optimistic lock: `save_article` takes the number the editor loaded
and refuses the save when someone saved meanwhile (`ArticleConflictError`), so nobody's text is overwritten
unseen. The check and the write happen under the row's lock, in one transaction.
"""

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from netzwerk.core.models import Network

from .models import (
    Article,
    ArticleRevision,
    ArticleStatus,
    ArticleTranslation,
    Collection,
    KnowledgeSettings,
    ReviewEvent,
    ReviewEventKind,
    Tag,
    TranslationRevision,
)

TEXT_FIELDS = ("title", "summary", "body")
# Addresses read like the title: "Anerkennung ausländischer …" → "anerkennung-auslaendischer-…".
GERMAN_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


class ArticleConflictError(Exception):
    """Someone saved the article after the editor loaded it; nothing was written."""

    def __init__(self, current: Article, loaded_revision: int) -> None:
        super().__init__(
            f"article {current.pk} is at revision {current.revision_number}, not {loaded_revision}"
        )
        self.current = current
        self.loaded_revision = loaded_revision


class WorkflowError(Exception):
    """A review step that does not fit the article's status (e.g. publishing a draft never submitted)."""


@dataclass(frozen=True)
class ArticleText:
    title: str
    summary: str
    body: str


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_review(network: Network) -> date:
    return add_months(timezone.localdate(), KnowledgeSettings.of(network).review_interval_months)


def free_slug(
    model: type[Article] | type[Collection], network: Network, title: str, *, length: int, fallback: str
) -> str:
    """A slug made from the first `length` characters of the title that no other article (or collection)
    of the network has yet; the field leaves room for a counter ("-2")."""
    base = slugify(title.translate(GERMAN_LETTERS))[:length] or fallback
    taken = set(model.objects.filter(network=network, slug__startswith=base).values_list("slug", flat=True))
    slug, counter = base, 2
    while slug in taken:
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


def _tags(network: Network, names: list[str]) -> list[Tag]:
    """The network's tags of these names; new names become tags (the same name in other case is one tag)."""
    known = {tag.name.casefold(): tag for tag in Tag.objects.filter(network=network)}
    tags = []
    for name in names:
        tag = known.get(name.casefold())
        if tag is None:
            tag = known[name.casefold()] = Tag.objects.create(network=network, name=name)
        tags.append(tag)
    return tags


def details_of(article: Article) -> dict[str, Any]:
    """The article's other details as a revision keeps them: names, not keys, so a later rename or
    deletion does not change what the history says."""
    return {
        "visibility": str(article.get_visibility_display()),
        "collection": article.collection.title if article.collection else "",
        "organization": article.organization.name if article.organization else "",
        "thematic_fields": sorted(str(term) for term in article.thematic_fields.all()),
        "target_groups": sorted(str(term) for term in article.target_groups.all()),
        "tags": sorted(tag.name for tag in article.tags.all()),
        "related_articles": sorted(other.title for other in article.related_articles.all()),
        "related_offers": sorted(str(offer) for offer in article.related_offers.all()),
        "related_organizations": sorted(org.name for org in article.related_organizations.all()),
    }


def _write_revision(
    article: Article, *, by: Any, note: str, is_major: bool, restored_from: int | None = None
) -> ArticleRevision:
    article.revision_number += 1
    if is_major:
        article.major_revision_number = article.revision_number
    article.save()
    return ArticleRevision.objects.create(
        details=details_of(article),
        article=article,
        number=article.revision_number,
        title=article.title,
        summary=article.summary,
        body=article.body,
        author=by,
        note=note,
        is_major=is_major,
        restored_from=restored_from,
    )


@transaction.atomic
def create_article(
    *,
    network: Network,
    text: ArticleText,
    by: Any,
    relations: dict[str, Any] | None = None,
    tag_names: list[str] | None = None,
    note: str = "",
    **fields: Any,
) -> Article:
    """A new draft with its first revision. `fields` are further model fields (visibility, collection,
    organization), `relations` the many-to-many lists by field name."""
    article = Article(
        network=network,
        slug=free_slug(Article, network, text.title, length=100, fallback="artikel"),
        title=text.title,
        summary=text.summary,
        body=text.body,
        owner=fields.pop("owner", by),
        **fields,
    )
    article.save()
    for name, values in (relations or {}).items():
        getattr(article, name).set(values)
    if tag_names is not None:
        article.tags.set(_tags(network, tag_names))
    # The first text of an article is what translations are made from.
    _write_revision(article, by=by, note=note, is_major=True)
    return article


@transaction.atomic
def save_article(
    *,
    article: Article,
    text: ArticleText,
    loaded_revision: int,
    by: Any,
    note: str = "",
    is_major: bool = False,
    fields: dict[str, Any] | None = None,
    relations: dict[str, Any] | None = None,
    tag_names: list[str] | None = None,
    restored_from: int | None = None,
) -> Article:
    """Save an edit made on `loaded_revision`. Raises `ArticleConflictError` if the article moved on since."""
    current = Article.objects.select_for_update().get(pk=article.pk)
    if current.revision_number != loaded_revision:
        raise ArticleConflictError(current, loaded_revision)
    current.title, current.summary, current.body = text.title, text.summary, text.body
    for name, value in (fields or {}).items():
        setattr(current, name, value)
    for name, values in (relations or {}).items():
        getattr(current, name).set(values)
    if tag_names is not None:
        current.tags.set(_tags(current.network, tag_names))
    _write_revision(current, by=by, note=note, is_major=is_major, restored_from=restored_from)
    return current


def restore_revision(
    *, article: Article, revision: ArticleRevision, loaded_revision: int, by: Any
) -> Article:
    """An old text comes back as a new revision; the revisions in between stay."""
    return save_article(
        article=article,
        text=ArticleText(revision.title, revision.summary, revision.body),
        loaded_revision=loaded_revision,
        by=by,
        is_major=True,
        restored_from=revision.number,
    )


def _step(article: Article, kind: str, by: Any, comment: str = "") -> ReviewEvent:
    return ReviewEvent.objects.create(
        article=article, kind=kind, by=by, comment=comment, revision_number=article.revision_number
    )


def _locked(article: Article, *allowed: str) -> Article:
    current = Article.objects.select_for_update().get(pk=article.pk)
    if current.status not in allowed:
        raise WorkflowError(current.status)
    return current


@transaction.atomic
def submit_for_review(*, article: Article, by: Any) -> Article:
    current = _locked(article, ArticleStatus.DRAFT)
    current.status = ArticleStatus.REVIEW
    current.save(update_fields=["status", "updated_at"])
    _step(current, ReviewEventKind.SUBMITTED, by)
    return current


@transaction.atomic
def send_back(*, article: Article, by: Any, comment: str) -> Article:
    current = _locked(article, ArticleStatus.REVIEW)
    current.status = ArticleStatus.DRAFT
    current.save(update_fields=["status", "updated_at"])
    _step(current, ReviewEventKind.SENT_BACK, by, comment)
    return current


@transaction.atomic
def publish(*, article: Article, by: Any, review_due: date | None = None, comment: str = "") -> Article:
    current = _locked(article, ArticleStatus.REVIEW)
    now = timezone.now()
    current.status = ArticleStatus.PUBLISHED
    current.published_at = now
    current.review_due = review_due or next_review(current.network)
    current.save(update_fields=["status", "published_at", "review_due", "updated_at"])
    _step(current, ReviewEventKind.PUBLISHED, by, comment)
    return current


@transaction.atomic
def confirm_current(*, article: Article, by: Any, review_due: date | None = None) -> Article:
    """ "Checked, still correct": who confirmed when, and the next review date."""
    current = _locked(article, ArticleStatus.PUBLISHED)
    current.confirmed_at = timezone.now()
    current.confirmed_by = by
    current.review_due = review_due or next_review(current.network)
    current.save(update_fields=["confirmed_at", "confirmed_by", "review_due", "updated_at"])
    _step(current, ReviewEventKind.CONFIRMED, by)
    return current


@transaction.atomic
def archive(*, article: Article, by: Any, comment: str = "") -> Article:
    current = _locked(article, ArticleStatus.PUBLISHED, ArticleStatus.DRAFT, ArticleStatus.REVIEW)
    current.status = ArticleStatus.ARCHIVED
    current.save(update_fields=["status", "updated_at"])
    _step(current, ReviewEventKind.ARCHIVED, by, comment)
    return current


@transaction.atomic
def reopen(*, article: Article, by: Any) -> Article:
    """Back to draft, e.g. an archived article that applies again."""
    current = _locked(article, ArticleStatus.ARCHIVED, ArticleStatus.PUBLISHED)
    current.status = ArticleStatus.DRAFT
    current.save(update_fields=["status", "updated_at"])
    _step(current, ReviewEventKind.REOPENED, by)
    return current


class TranslationConflictError(Exception):
    """Someone saved the translation after the translator loaded it; nothing was written."""

    def __init__(self, current: ArticleTranslation) -> None:
        super().__init__(f"translation {current.pk} is at version {current.version}")
        self.current = current


@transaction.atomic
def save_translation(
    *,
    article: Article,
    language: str,
    text: ArticleText,
    loaded_version: int,
    by: Any,
    based_on_revision: int | None = None,
    restored_from: int | None = None,
) -> ArticleTranslation:
    """Create or update the translation into `language` and keep the save as a `TranslationRevision`.
    `loaded_version` is the translation's version the form showed (0 for a new one). The translation
    follows the current German revision unless `based_on_revision` names the one it was made from."""
    # One writer per article at a time; the locked row also names the revision the translation follows.
    locked = Article.objects.select_for_update().get(pk=article.pk)
    current = ArticleTranslation.objects.filter(article=article, language=language).first()
    if current is not None and current.version != loaded_version:
        raise TranslationConflictError(current)
    translation = current or ArticleTranslation(article=article, language=language, version=0)
    translation.title, translation.summary, translation.body = text.title, text.summary, text.body
    translation.based_on_revision = locked.revision_number if based_on_revision is None else based_on_revision
    translation.version += 1
    translation.updated_by = by
    translation.save()
    TranslationRevision.objects.create(
        translation=translation,
        version=translation.version,
        title=translation.title,
        summary=translation.summary,
        body=translation.body,
        based_on_revision=translation.based_on_revision,
        author=by,
        restored_from=restored_from,
    )
    return translation


def restore_translation(
    *, translation: ArticleTranslation, revision: TranslationRevision, loaded_version: int, by: Any
) -> ArticleTranslation:
    """An earlier wording comes back as a new version. It still follows the German revision it was made
    from, so a translation older than the last major edit is marked outdated again."""
    return save_translation(
        article=translation.article,
        language=translation.language,
        text=ArticleText(revision.title, revision.summary, revision.body),
        loaded_version=loaded_version,
        by=by,
        based_on_revision=revision.based_on_revision,
        restored_from=revision.version,
    )


class CollectionNotEmptyError(Exception):
    """A collection still holds articles or other records; nothing was deleted."""

    def __init__(self, contents: list[tuple[str, int]]) -> None:
        super().__init__(", ".join(f"{count} {name}" for name, count in contents))
        self.contents = contents


def collection_contents(collection: Collection) -> list[tuple[str, int]]:
    """What is filed in the collection, as (kind in plural, count) for each kind that has some: articles,
    and the records of any app that files into collections (documents), found through their keys so that
    this app need not know them. Sub-collections are not counted: they move up when it is deleted."""
    contents = []
    for relation in Collection._meta.related_objects:
        if not relation.one_to_many or relation.related_model is Collection:
            continue
        model = relation.related_model
        count = model._default_manager.filter(**{relation.field.name: collection}).count()
        if count:
            contents.append((str(model._meta.verbose_name_plural), count))
    return contents


@transaction.atomic
def delete_collection(*, collection: Collection) -> Collection | None:
    """Delete an empty collection; its sub-collections move up to its parent (or the top level). A
    collection that still holds articles or documents is refused, so nothing loses its place unseen.
    Returns the parent the sub-collections moved to."""
    locked = Collection.objects.select_for_update().get(pk=collection.pk)
    contents = collection_contents(locked)
    if contents:
        raise CollectionNotEmptyError(contents)
    Collection.objects.filter(parent=locked).update(parent=locked.parent_id)
    parent = locked.parent
    locked.delete()
    return parent
