"""Documents of a network: information materials, Ausfüllhilfen, minutes, lists; each with its versions.

A document is the lasting thing people link to and find ("Ausfüllhilfe Kindergeld"); every upload of a
file for it is a `DocumentVersion` with a number, a note, who uploaded it and when. Old versions stay
downloadable. The text of each version is read by the worker (`extraction.py`) and kept with it for the
search; what could not be read is recorded on the version, never raised.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from netzwerk.core.models import Network, ThematicField
from netzwerk.core.uploads import KINDS, FileKind, GeneratedName
from netzwerk.knowledge.models import Article, ArticleVisibility, Collection

EXTRACTED_TEXT_MAX_LENGTH = 2_000_000  # characters; a 20 MB PDF of text holds less


class DocumentQuerySet(models.QuerySet["Document"]):
    def in_network(self, network: Network) -> "DocumentQuerySet":
        return self.filter(network=network)

    def public(self) -> "DocumentQuerySet":
        return self.filter(visibility=ArticleVisibility.PUBLIC)


class Document(models.Model):
    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="documents", verbose_name=_("network")
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    collection = models.ForeignKey(
        Collection,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("collection"),
    )
    articles = models.ManyToManyField(
        Article, blank=True, related_name="documents", verbose_name=_("articles")
    )
    thematic_fields = models.ManyToManyField(
        ThematicField, blank=True, related_name="documents", verbose_name=_("thematic fields")
    )
    # The same two audiences as articles: everybody, or the network's members.
    visibility = models.CharField(
        _("visible to"), max_length=20, choices=ArticleVisibility.choices, default=ArticleVisibility.NETWORK
    )
    language = models.CharField(
        _("language of the document"), max_length=10, choices=settings.LANGUAGES, default="de"
    )
    organization = models.ForeignKey(
        "directory.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("responsible organization"),
    )
    current_version = models.ForeignKey(
        "DocumentVersion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("current version"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        indexes = [models.Index(fields=["network", "title"])]

    def __str__(self) -> str:
        return self.title

    def url_in(self, network: Network) -> str:
        return reverse("documents:document_detail", kwargs={"network_slug": network.slug, "pk": self.pk})


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", _("Text is being read")
    DONE = "done", _("Text read")
    FAILED = "failed", _("Text could not be read")


class ExtractionProblem(models.TextChoices):
    """Why a version's text could not be read; a code, so that the page says it in the reader's language."""

    ENCRYPTED = "encrypted", _("The file is protected by a password.")
    DAMAGED = "damaged", _("The file is damaged or not what its type says.")
    TOO_LARGE = "too_large", _("The file would unpack to more than is allowed.")
    MISSING = "missing", _("The stored file is missing.")


class DocumentVersion(models.Model):
    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="versions", verbose_name=_("document")
    )
    number = models.PositiveIntegerField(_("version"))
    file = models.FileField(_("file"), upload_to=GeneratedName("documents"), max_length=200)
    original_name = models.CharField(_("file name"), max_length=200)
    kind = models.CharField(_("file type"), max_length=10)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256 checksum"), max_length=64)
    active_content = models.BooleanField(
        _("contains scripts or actions"),
        default=False,
        help_text=_("A PDF with JavaScript, actions or embedded files is only offered for download."),
    )
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)
    extraction_status = models.CharField(
        _("text"), max_length=10, choices=ExtractionStatus.choices, default=ExtractionStatus.PENDING
    )
    extraction_problem = models.CharField(
        _("problem"), max_length=20, choices=ExtractionProblem.choices, blank=True
    )
    extracted_text = models.TextField(_("extracted text"), blank=True)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    word_count = models.PositiveIntegerField(_("words"), null=True, blank=True)
    extracted_at = models.DateTimeField(_("text read"), null=True, blank=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("document version")
        verbose_name_plural = _("document versions")
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="documents_version_number_unique"),
        ]
        indexes = [models.Index(fields=["extraction_status"])]

    def __str__(self) -> str:
        return f"{self.document} ({self.number})"

    @property
    def file_kind(self) -> FileKind:
        return KINDS[self.kind]

    @property
    def shows_inline(self) -> bool:
        """PDFs and images open in the browser, unless a PDF carries scripts or actions."""
        return self.file_kind.shows_inline and not self.active_content

    def download_url_in(self, network: Network) -> str:
        kwargs = {"network_slug": network.slug, "pk": self.document_id, "number": self.number}
        return reverse("documents:version_download", kwargs=kwargs)
