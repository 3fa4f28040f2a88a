"""The knowledge base of a network: articles (Wissensartikel) with revisions, review and translations,
ordered in collections.

An article holds its current German text; every save also writes an `ArticleRevision` with the full text,
so nothing is ever overwritten without a trace. `revision_number` is the optimistic lock: an edit form
carries the number it was loaded from, and a save against a newer one is refused (`services.save_article`).
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from netzwerk.core.models import Network, TargetGroup, ThematicField

BODY_MAX_LENGTH = 100_000  # characters: about 40 printed pages


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class ArticleVisibility(models.TextChoices):
    """Who may read a published article. Stored as text, so that a working group's visibility (a further
    value and a nullable group key) can be added without touching existing rows."""

    PUBLIC = "public", _("Public")
    NETWORK = "network", _("Network members only")


class Collection(models.Model):
    """A shelf of the knowledge base, e.g. "Aufenthaltsrecht › EU-Freizügigkeit"."""

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="knowledge_collections", verbose_name=_("network")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent collection"),
    )
    title = models.CharField(_("title"), max_length=160)
    slug = models.SlugField(_("short name in addresses"), max_length=80)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        ordering = ["position", "title"]
        verbose_name = _("collection")
        verbose_name_plural = _("collections")
        constraints = [
            models.UniqueConstraint(fields=["network", "slug"], name="knowledge_collection_slug_unique"),
        ]

    def __str__(self) -> str:
        return self.title

    def url_in(self, network: Network) -> str:
        return reverse(
            "knowledge:collection_detail", kwargs={"network_slug": network.slug, "slug": self.slug}
        )

    def ancestors(self) -> list["Collection"]:
        """From the top shelf down to the parent (a query per level; collections are a few levels deep)."""
        chain: list[Collection] = []
        parent = self.parent
        while parent is not None and len(chain) < 10:
            chain.insert(0, parent)
            parent = parent.parent
        return chain


class Tag(models.Model):
    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="knowledge_tags", verbose_name=_("network")
    )
    name = models.CharField(_("name"), max_length=60)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        constraints = [models.UniqueConstraint(fields=["network", "name"], name="knowledge_tag_unique")]

    def __str__(self) -> str:
        return self.name


class ArticleQuerySet(models.QuerySet["Article"]):
    def in_network(self, network: Network) -> "ArticleQuerySet":
        return self.filter(network=network)

    def published(self) -> "ArticleQuerySet":
        return self.filter(status=ArticleStatus.PUBLISHED)

    def overdue(self, today=None) -> "ArticleQuerySet":
        return self.published().filter(review_due__lt=today or timezone.localdate())


class Article(models.Model):
    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="knowledge_articles", verbose_name=_("network")
    )
    slug = models.SlugField(_("short name in addresses"), max_length=120)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    body = models.TextField(_("text"), blank=True)
    collection = models.ForeignKey(
        Collection,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("collection"),
    )
    thematic_fields = models.ManyToManyField(
        ThematicField, blank=True, related_name="knowledge_articles", verbose_name=_("thematic fields")
    )
    target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="knowledge_articles", verbose_name=_("target groups")
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles", verbose_name=_("tags"))
    visibility = models.CharField(
        _("visible for"), max_length=20, choices=ArticleVisibility.choices, default=ArticleVisibility.NETWORK
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ArticleStatus.choices, default=ArticleStatus.DRAFT
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("responsible person"),
    )
    organization = models.ForeignKey(
        "directory.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="knowledge_articles",
        verbose_name=_("responsible organization"),
    )
    related_articles = models.ManyToManyField(
        "self", blank=True, symmetrical=True, verbose_name=_("related articles")
    )
    related_offers = models.ManyToManyField(
        "directory.Offer", blank=True, related_name="knowledge_articles", verbose_name=_("related offers")
    )
    related_organizations = models.ManyToManyField(
        "directory.Organization",
        blank=True,
        related_name="related_knowledge_articles",
        verbose_name=_("related organizations"),
    )
    revision_number = models.PositiveIntegerField(_("revision"), default=0)
    major_revision_number = models.PositiveIntegerField(
        _("last major revision"), default=0, help_text=_("Translations made before it are outdated.")
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    review_due = models.DateField(_("review due"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("last confirmed"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last confirmed by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            models.UniqueConstraint(fields=["network", "slug"], name="knowledge_article_slug_unique"),
        ]
        indexes = [models.Index(fields=["network", "status", "-updated_at"], name="knowledge_article_recent")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return self.url_in(self.network)

    def url_in(self, network: Network) -> str:
        return reverse("knowledge:article_detail", kwargs={"network_slug": network.slug, "slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == ArticleStatus.PUBLISHED

    def is_overdue(self, today=None) -> bool:
        return bool(
            self.is_published and self.review_due and self.review_due < (today or timezone.localdate())
        )


class ArticleRevision(models.Model):
    """The full text of an article as one save left it."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("article")
    )
    number = models.PositiveIntegerField(_("revision"))
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("text"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("saved"), default=timezone.now)
    note = models.CharField(_("note on the change"), max_length=300, blank=True)
    is_major = models.BooleanField(_("major change"), default=False)
    restored_from = models.PositiveIntegerField(_("restored from revision"), null=True, blank=True)
    # What else the save left, as people read it: visibility, collection, organization, terms, tags, links.
    details = models.JSONField(_("other details"), default=dict, blank=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="knowledge_revision_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.article} #{self.number}"


class ReviewEventKind(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted for review")
    SENT_BACK = "sent_back", _("Sent back")
    PUBLISHED = "published", _("Published")
    CONFIRMED = "confirmed", _("Checked, still correct")
    ARCHIVED = "archived", _("Archived")
    REOPENED = "reopened", _("Taken back to draft")


class ReviewEvent(models.Model):
    """A step of an article's review: who submitted, sent back (with the comment), published, confirmed."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="review_events", verbose_name=_("article")
    )
    kind = models.CharField(_("step"), max_length=20, choices=ReviewEventKind.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    revision_number = models.PositiveIntegerField(_("revision"), default=0)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("review step")
        verbose_name_plural = _("review steps")

    def __str__(self) -> str:
        return f"{self.article}: {self.get_kind_display()}"


class ArticleTranslation(models.Model):
    """The article in another content language, made from a revision of the German original."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="translations", verbose_name=_("article")
    )
    language = models.CharField(_("language"), max_length=10)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    body = models.TextField(_("text"), blank=True)
    based_on_revision = models.PositiveIntegerField(_("translated from revision"))
    version = models.PositiveIntegerField(_("version"), default=1)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["language"]
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        constraints = [
            models.UniqueConstraint(fields=["article", "language"], name="knowledge_translation_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.article} ({self.language})"

    @property
    def is_outdated(self) -> bool:
        return self.based_on_revision < self.article.major_revision_number


class TranslationRevision(models.Model):
    """A translation as one save left it: a translator's earlier wording is never lost."""

    translation = models.ForeignKey(
        ArticleTranslation, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("translation")
    )
    version = models.PositiveIntegerField(_("version"))
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("text"), blank=True)
    based_on_revision = models.PositiveIntegerField(_("translated from revision"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("saved"), default=timezone.now)
    restored_from = models.PositiveIntegerField(_("restored from version"), null=True, blank=True)

    class Meta:
        ordering = ["-version"]
        verbose_name = _("translation version")
        verbose_name_plural = _("translation versions")
        constraints = [
            models.UniqueConstraint(
                fields=["translation", "version"], name="knowledge_translation_version_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.translation} v{self.version}"


class KnowledgeSettings(models.Model):
    """A network's choices for its knowledge base."""

    network = models.OneToOneField(
        Network, on_delete=models.CASCADE, related_name="knowledge_settings", verbose_name=_("network")
    )
    members_may_propose = models.BooleanField(
        _("members may propose articles"),
        default=False,
        help_text=_("Members write drafts that an editor or the coordination office reviews and publishes."),
    )
    review_interval_months = models.PositiveSmallIntegerField(
        _("review interval in months"),
        default=12,
        help_text=_("Published articles are due for checking after this."),
    )

    class Meta:
        verbose_name = _("knowledge base settings")
        verbose_name_plural = _("knowledge base settings")

    def __str__(self) -> str:
        return str(self.network)

    @classmethod
    def of(cls, network: Network) -> "KnowledgeSettings":
        """The network's settings; the defaults, unsaved, while it has chosen none."""
        return cls.objects.filter(network=network).first() or cls(network=network)
