from django.contrib import admin

from .models import Document, DocumentVersion


class VersionInline(admin.TabularInline):
    model = DocumentVersion
    extra = 0
    fields = ("number", "original_name", "kind", "size", "uploaded_by", "uploaded_at", "extraction_status")
    readonly_fields = fields
    can_delete = False
    show_change_link = True


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("title", "network", "visibility", "collection")
    list_filter = ("network", "visibility")
    search_fields = ("title", "description")
    raw_id_fields = ("current_version", "created_by", "organization", "collection")
    filter_horizontal = ("articles", "thematic_fields")
    inlines = [VersionInline]


@admin.register(DocumentVersion)
class DocumentVersionAdmin(admin.ModelAdmin):
    list_display = ("document", "number", "original_name", "kind", "extraction_status", "uploaded_at")
    list_filter = ("extraction_status", "kind")
    search_fields = ("document__title", "original_name")
    # Files change only through the pages, which check them; here they are read only.
    readonly_fields = ("file", "kind", "size", "sha256", "active_content", "extracted_text")
