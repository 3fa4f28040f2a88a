"""Response schemas of the knowledge base: articles (list items and the full article with its text as
Markdown and as sanitised HTML) and collections."""

from datetime import date, datetime
from typing import Any

from ninja import Field, Schema

from netzwerk.knowledge.models import ArticleStatus, ArticleVisibility

from .schemas import OfferRef, OrganizationRef, TaxonomyRef, absolute_url


class CollectionRef(Schema):
    id: int
    slug: str
    title: str


class CollectionOut(Schema):
    """A shelf of a network's knowledge base; `parent` is null for the top shelves."""

    id: int
    slug: str
    title: str
    description: str
    parent: int | None = Field(description="Id of the parent collection.")
    position: int = Field(description="Sort order among its siblings.")
    network: str = Field(description="Slug of the network.")

    @staticmethod
    def resolve_parent(obj: Any) -> int | None:
        return obj.parent_id

    @staticmethod
    def resolve_network(obj: Any) -> str:
        return obj.network.slug


class TranslationRef(Schema):
    language: str = Field(description="ISO 639-1 code.", examples=["ar"])
    title: str
    based_on_revision: int = Field(description="The revision of the German text it was made from.")
    is_outdated: bool = Field(description="The German text had a major change since.")


class ArticleOut(Schema):
    """A knowledge article (Wissensartikel) as lists show it. The original is German."""

    id: int
    slug: str
    network: str = Field(description="Slug of the network.")
    title: str
    summary: str
    status: ArticleStatus = Field(description="Lists show published articles unless asked for another.")
    visibility: ArticleVisibility
    collection: CollectionRef | None
    thematic_fields: list[TaxonomyRef]
    target_groups: list[TaxonomyRef]
    tags: list[str]
    revision: int = Field(description="Number of the current revision; every save adds one.")
    published_at: datetime | None
    updated_at: datetime
    review_due: date | None = Field(description="When the article is due for checking.")
    is_overdue: bool = Field(description="Published and past its review date.")
    translations: list[TranslationRef]
    url: str = Field(description="Address of the article's web page.")

    @staticmethod
    def resolve_network(obj: Any) -> str:
        return obj.network.slug

    @staticmethod
    def resolve_tags(obj: Any) -> list[str]:
        return [tag.name for tag in obj.tags.all()]

    @staticmethod
    def resolve_revision(obj: Any) -> int:
        return obj.revision_number

    @staticmethod
    def resolve_is_overdue(obj: Any) -> bool:
        return obj.is_overdue()

    @staticmethod
    def resolve_translations(obj: Any) -> list[dict[str, Any]]:
        return [
            {
                "language": translation.language,
                "title": translation.title,
                "based_on_revision": translation.based_on_revision,
                "is_outdated": translation.based_on_revision < obj.major_revision_number,
            }
            for translation in obj.translations.all()
        ]

    @staticmethod
    def resolve_url(obj: Any, context: dict[str, Any] | None) -> str:
        return absolute_url(obj.url_in(obj.network), context)


class HeadingOut(Schema):
    level: int
    text: str
    anchor: str = Field(description="The heading's id in `body_html`.")


class ArticleDetailOut(ArticleOut):
    """The full article: its text as written (Markdown) and as the web page shows it (sanitised HTML)."""

    body_markdown: str
    body_html: str = Field(description="Sanitised HTML; headings carry ids for links into the text.")
    headings: list[HeadingOut]
    related_articles: list[int] = Field(description="Ids of related articles the caller may read.")
    related_offers: list[OfferRef]
    related_organizations: list[OrganizationRef]

    @staticmethod
    def resolve_body_markdown(obj: Any) -> str:
        return obj.body

    @staticmethod
    def resolve_body_html(obj: Any) -> str:
        return str(obj.rendered.html)

    @staticmethod
    def resolve_headings(obj: Any) -> list[dict[str, Any]]:
        return [heading.__dict__ for heading in obj.rendered.headings]

    @staticmethod
    def resolve_related_articles(obj: Any) -> list[int]:
        return list(obj.visible_related_article_ids)

    @staticmethod
    def resolve_related_offers(obj: Any) -> list[Any]:
        return list(obj.visible_related_offers)

    @staticmethod
    def resolve_related_organizations(obj: Any) -> list[Any]:
        return list(obj.visible_related_organizations)
