"""Admin for platform operators. Coordinators manage members on the network pages, not here."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import Invitation, Membership, User


class MembershipInline(admin.TabularInline):
    model = Membership
    fk_name = "user"
    extra = 0
    fields = ["network", "role", "organizations", "is_active", "created_at"]
    readonly_fields = ["created_at"]
    filter_horizontal = ["organizations"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["name", "email"]
    list_display = ["email", "name", "function", "interface_language", "is_active", "is_staff", "last_login"]
    list_filter = ["is_active", "is_staff", "is_superuser", "interface_language", "memberships__network"]
    search_fields = ["email", "name", "function", "phone"]
    filter_horizontal = ["groups", "user_permissions", "languages"]
    readonly_fields = ["last_login", "date_joined"]
    inlines = [MembershipInline]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Profile"), {"fields": ["name", "function", "phone", "languages", "interface_language"]}),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "name", "password1", "password2"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[User]:
        # The network filter joins memberships; distinct keeps one row per person.
        return super().get_queryset(request).distinct()


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ["user", "network", "role", "is_active", "created_at"]
    list_filter = ["network", "role", "is_active"]
    search_fields = ["user__email", "user__name", "organizations__name"]
    list_select_related = ["user", "network"]
    autocomplete_fields = ["user"]
    filter_horizontal = ["organizations"]
    readonly_fields = ["created_at"]
    date_hierarchy = "created_at"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Membership]:
        return super().get_queryset(request).distinct()


class InvitationStatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [
            ("pending", str(_("Pending"))),
            ("expired", str(_("Expired"))),
            ("accepted", str(_("Accepted"))),
            ("revoked", str(_("Withdrawn"))),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Invitation]) -> QuerySet[Invitation]:
        value = self.value()
        if value == "pending":
            return queryset.pending()  # type: ignore[attr-defined]
        if value == "expired":
            return queryset.unanswered().filter(expires_at__lte=timezone.now())  # type: ignore[attr-defined]
        if value == "accepted":
            return queryset.filter(accepted_at__isnull=False)
        if value == "revoked":
            return queryset.filter(revoked_at__isnull=False)
        return queryset


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "network", "role", "status_display", "invited_by", "created_at", "expires_at"]
    list_filter = [InvitationStatusFilter, "network", "role", "language"]
    search_fields = ["email", "name", "invited_by__email", "invited_by__name"]
    list_select_related = ["network", "invited_by"]
    date_hierarchy = "created_at"
    # Invitations are sent from the network's member pages, where the email goes out; here they are read.
    readonly_fields = [
        "network",
        "email",
        "name",
        "role",
        "organizations",
        "message",
        "language",
        "invited_by",
        "created_at",
        "expires_at",
        "accepted_at",
        "accepted_by",
        "revoked_at",
        "revoked_by",
    ]
    exclude = ["token"]

    @admin.display(description=_("status"))
    def status_display(self, invitation: Invitation) -> str:
        return {
            "pending": str(_("Pending")),
            "expired": str(_("Expired")),
            "accepted": str(_("Accepted")),
            "revoked": str(_("Withdrawn")),
        }[invitation.status]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
