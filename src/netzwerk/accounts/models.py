"""People who log in, their roles per network, and invitations."""

import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from netzwerk.core.models import Language, Network


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields: object) -> "User":
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields: object) -> "User":
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields: object) -> "User":
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


# The languages the interface is translated into (settings.INTERFACE_LANGUAGES); German first.
INTERFACE_LANGUAGE_CHOICES = [("de", _("German")), ("en", _("English"))]


class User(AbstractUser):
    """A person with a login. Logs in with the email address; there is no separate user name."""

    username = None  # type: ignore[assignment]
    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]
    email = models.EmailField(_("email address"), unique=True)
    name = models.CharField(_("name"), max_length=150)
    function = models.CharField(_("function"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    languages = models.ManyToManyField(Language, verbose_name=_("languages spoken"), blank=True)
    interface_language = models.CharField(
        _("interface language"),
        max_length=10,
        choices=INTERFACE_LANGUAGE_CHOICES,
        default="de",
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["name"]

    objects = UserManager()  # type: ignore[assignment,misc]

    class Meta:
        ordering = ["name", "email"]
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.name or self.email

    def get_full_name(self) -> str:
        return self.name

    def get_short_name(self) -> str:
        return self.name or self.email

    def membership_in(self, network: Network) -> "Membership | None":
        """The active membership in `network`, from the memberships loaded once per request
        (`roles.memberships_by_network`), so middleware and permission checks share one query."""
        from .roles import membership_in  # roles imports this module

        return membership_in(self, network.pk)


class Role(models.TextChoices):
    # Ordered from most to least rights; `ROLE_RANK` relies on this order.
    COORDINATOR = "coordinator", _("Coordinator")
    EDITOR = "editor", _("Organization editor")
    MEMBER = "member", _("Member")
    GUEST = "guest", _("Guest")


ROLE_RANK = {Role.COORDINATOR: 3, Role.EDITOR: 2, Role.MEMBER: 1, Role.GUEST: 0}
# Roles that see network-internal data (everything but guests, who read public data only).
INTERNAL_ROLES = (Role.COORDINATOR, Role.EDITOR, Role.MEMBER)


class MembershipQuerySet(models.QuerySet["Membership"]):
    def active(self) -> "MembershipQuerySet":
        return self.filter(is_active=True, network__is_active=True)

    def internal(self) -> "MembershipQuerySet":
        return self.active().filter(role__in=INTERNAL_ROLES)

    def coordinators(self) -> "MembershipQuerySet":
        return self.filter(is_active=True, role=Role.COORDINATOR)


class Membership(models.Model):
    """A person's role in one network. Editors additionally name the organizations they work for."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("user")
    )
    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("network")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    organizations = models.ManyToManyField(
        "directory.Organization",
        verbose_name=_("organizations the person works for"),
        blank=True,
        related_name="memberships",
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["network", "user"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "network"], name="membership_unique_user_network"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.network} ({self.get_role_display()})"

    @property
    def is_coordinator(self) -> bool:
        return self.is_active and self.role == Role.COORDINATOR

    @property
    def is_internal(self) -> bool:
        return self.is_active and self.role in INTERNAL_ROLES


def _new_token() -> str:
    return secrets.token_urlsafe(32)


def _default_expiry() -> datetime:
    return timezone.now() + timedelta(days=settings.NETZWERK_INVITATION_DAYS)


class InvitationQuerySet(models.QuerySet["Invitation"]):
    def pending(self) -> "InvitationQuerySet":
        return self.filter(accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now())

    def unanswered(self) -> "InvitationQuerySet":
        """Neither accepted nor revoked, whether expired or not: what a coordinator may still follow up."""
        return self.filter(accepted_at__isnull=True, revoked_at__isnull=True)


class Invitation(models.Model):
    """An emailed link that lets a person join a network with a given role until it expires."""

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("network")
    )
    email = models.EmailField(_("email address"))
    name = models.CharField(_("name"), max_length=150, blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    organizations = models.ManyToManyField(
        "directory.Organization", verbose_name=_("organizations"), blank=True, related_name="+"
    )
    message = models.TextField(_("personal message"), blank=True)
    language = models.CharField(
        _("language of the email"),
        max_length=10,
        choices=INTERFACE_LANGUAGE_CHOICES,
        default="de",
    )
    token = models.CharField(max_length=64, unique=True, default=_new_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), default=_default_expiry)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted by"),
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"{self.email} → {self.network}"

    def get_absolute_url(self) -> str:
        return reverse("accounts:invitation_accept", kwargs={"token": self.token})

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None and not self.is_expired

    @property
    def status(self) -> str:
        """One of "accepted", "revoked", "expired" or "pending"; the first that applies wins."""
        if self.accepted_at is not None:
            return "accepted"
        if self.revoked_at is not None:
            return "revoked"
        if self.is_expired:
            return "expired"
        return "pending"
