"""Response schemas of the documents: metadata and versions with the addresses of their files. The files
themselves are served by the web's permission-checked download view, never by the API."""

from datetime import datetime
from typing import Any

from ninja import Field, Schema

from netzwerk.documents.models import ExtractionProblem, ExtractionStatus
from netzwerk.knowledge.models import ArticleVisibility

from .schemas import TaxonomyRef, absolute_url
from .schemas_knowledge import CollectionRef


class VersionOut(Schema):
    number: int
    file_name: str = Field(description="The file name as uploaded, cleaned.")
    file_type: str = Field(description="pdf, docx, xlsx, odt, ods, png, jpeg or text.")
    content_type: str
    size: int = Field(description="Bytes.")
    sha256: str
    note: str
    uploaded_at: datetime
    text_status: ExtractionStatus = Field(description="Whether the text of the file was read.")
    text_problem: ExtractionProblem | None = Field(description="Why the text could not be read.")
    page_count: int | None = Field(description="Pages of a PDF.")
    word_count: int | None
    download_url: str = Field(description="The file, for the callers the document is visible to.")

    @staticmethod
    def resolve_file_name(obj: Any) -> str:
        return obj.original_name

    @staticmethod
    def resolve_file_type(obj: Any) -> str:
        return obj.kind

    @staticmethod
    def resolve_content_type(obj: Any) -> str:
        return obj.file_kind.content_type.split(";")[0]

    @staticmethod
    def resolve_text_status(obj: Any) -> str:
        return obj.extraction_status

    @staticmethod
    def resolve_text_problem(obj: Any) -> str | None:
        return obj.extraction_problem or None

    @staticmethod
    def resolve_download_url(obj: Any, context: dict[str, Any] | None) -> str:
        return absolute_url(obj.download_url_in(obj.document.network), context)


class DocumentOut(Schema):
    """A document of a network's knowledge base with its current version."""

    id: int
    network: str = Field(description="Slug of the network.")
    title: str
    description: str
    visibility: ArticleVisibility
    language: str = Field(description="ISO 639-1 code of the document's language.")
    collection: CollectionRef | None
    thematic_fields: list[TaxonomyRef]
    articles: list[int] = Field(description="Ids of the knowledge articles it belongs to.")
    current_version: VersionOut | None
    url: str = Field(description="Address of the document's web page.")

    @staticmethod
    def resolve_network(obj: Any) -> str:
        return obj.network.slug

    @staticmethod
    def resolve_articles(obj: Any) -> list[int]:
        return [article.pk for article in obj.articles.all()]

    @staticmethod
    def resolve_url(obj: Any, context: dict[str, Any] | None) -> str:
        return absolute_url(obj.url_in(obj.network), context)


class DocumentDetailOut(DocumentOut):
    versions: list[VersionOut] = Field(description="Every version, newest first.")

    @staticmethod
    def resolve_versions(obj: Any) -> list[Any]:
        return list(obj.versions.all())
