"""The admin shows the knowledge base; texts change through the article pages, which keep revisions."""

from django.contrib import admin

from .models import (
    Article,
    ArticleRevision,
    ArticleTranslation,
    Collection,
    KnowledgeSettings,
    ReviewEvent,
    Tag,
    TranslationRevision,
)


class RevisionInline(admin.TabularInline):
    model = ArticleRevision
    fields = ("number", "author", "created_at", "note", "is_major")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class ReviewEventInline(admin.TabularInline):
    model = ReviewEvent
    fields = ("kind", "by", "at", "revision_number", "comment")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "network", "status", "visibility", "review_due", "updated_at")
    list_filter = ("network", "status", "visibility")
    search_fields = ("title", "summary")
    # The text is changed on the article's edit page, which writes a revision; here it is only shown.
    readonly_fields = ("title", "summary", "body", "revision_number", "major_revision_number", "published_at")
    fields = (
        "network",
        "slug",
        "title",
        "summary",
        "body",
        "collection",
        "visibility",
        "status",
        "owner",
        "organization",
        "review_due",
        "revision_number",
        "major_revision_number",
        "published_at",
    )
    raw_id_fields = ("owner", "organization", "collection")
    inlines = (RevisionInline, ReviewEventInline)


@admin.register(Collection)
class CollectionAdmin(admin.ModelAdmin):
    list_display = ("title", "network", "parent", "position")
    list_filter = ("network",)
    prepopulated_fields = {"slug": ("title",)}


admin.site.register(Tag)


class TranslationRevisionInline(admin.TabularInline):
    model = TranslationRevision
    fields = ("version", "based_on_revision", "author", "created_at", "restored_from")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ArticleTranslation)
class ArticleTranslationAdmin(admin.ModelAdmin):
    list_display = ("article", "language", "version", "based_on_revision", "updated_at")
    list_filter = ("language",)
    # The wording changes on the translation's page, which keeps every version; here it is only shown.
    readonly_fields = ("article", "language", "title", "summary", "body", "based_on_revision", "version")
    inlines = (TranslationRevisionInline,)

    def has_add_permission(self, request) -> bool:
        return False


admin.site.register(KnowledgeSettings)
