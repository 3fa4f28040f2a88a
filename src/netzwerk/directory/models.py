"""The directory of actors, after the Open Referral HSDS model: who does what, where, for whom.

HSDS names: Organization = organization, Offer = service, Location = location, Position and
PositionHolding have no HSDS twin (HSDS contacts are per person; positions survive staff turnover).
Change history is registered in `history.py`, after the translated fields exist.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from netzwerk.core.models import Language, Municipality, Network, TargetGroup, ThematicField
from netzwerk.core.uploads import GeneratedName


class OrganizationKind(models.TextChoices):
    AUTHORITY = "authority", _("Public authority")
    WELFARE = "welfare", _("Welfare organization / provider")
    COUNSELLING = "counselling", _("Counselling service")
    ASSOCIATION = "association", _("Association / initiative")
    MIGRANT_ORGANIZATION = "migrant_organization", _("Migrant organization")
    EDUCATION = "education", _("Education provider")
    EMPLOYER = "employer", _("Employer / chamber")
    HEALTH = "health", _("Health")
    OTHER = "other", _("Other")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    NETWORK = "network", _("Network members only")


class OrganizationStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    INACTIVE = "inactive", _("Inactive")
    DISSOLVED = "dissolved", _("Dissolved")


class OrganizationQuerySet(models.QuerySet["Organization"]):
    def in_network(self, network: Network) -> "OrganizationQuerySet":
        return self.filter(
            network_links__network=network, network_links__status=NetworkLinkStatus.ACTIVE
        ).distinct()

    def listed(self) -> "OrganizationQuerySet":
        return self.exclude(status=OrganizationStatus.DISSOLVED)


class Organization(models.Model):
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(_("type"), max_length=30, choices=OrganizationKind.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="units",
        verbose_name=_("parent organization"),
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("functional email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    languages = models.ManyToManyField(Language, verbose_name=_("languages"), blank=True, related_name="+")
    thematic_fields = models.ManyToManyField(
        ThematicField, verbose_name=_("thematic fields"), blank=True, related_name="organizations"
    )
    logo = models.ImageField(_("logo"), upload_to=GeneratedName("organizations/logos"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=OrganizationStatus.choices, default=OrganizationStatus.ACTIVE
    )
    is_example = models.BooleanField(
        _("example record"),
        default=False,
        help_text=_("Invented for demonstration; not a real organization."),
    )
    networks = models.ManyToManyField(
        Network, through="NetworkLink", related_name="organizations", verbose_name=_("networks")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        network = self.home_network()
        return self.url_in(network) if network else ""

    def url_in(self, network: Network) -> str:
        return reverse("directory:organization_detail", kwargs={"network_slug": network.slug, "pk": self.pk})

    def home_network(self) -> Network | None:
        """The first network the organization is an active member of: where its pages are linked."""
        link = self.network_links.filter(status=NetworkLinkStatus.ACTIVE).select_related("network").first()
        return link.network if link else None


class NetworkLinkStatus(models.TextChoices):
    ACTIVE = "active", _("Active member")
    LEFT = "left", _("Left the network")


class NetworkLink(models.Model):
    """An organization's membership in a network; organizations such as EUmigra work in several."""

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="organization_links", verbose_name=_("network")
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="network_links", verbose_name=_("organization")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=NetworkLinkStatus.choices, default=NetworkLinkStatus.ACTIVE
    )
    joined_on = models.DateField(_("joined on"), default=timezone.localdate)

    class Meta:
        verbose_name = _("network membership of an organization")
        verbose_name_plural = _("network memberships of organizations")
        constraints = [
            models.UniqueConstraint(fields=["network", "organization"], name="network_link_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.organization} @ {self.network}"


class Location(models.Model):
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="locations", verbose_name=_("organization")
    )
    name = models.CharField(_("name"), max_length=200)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="locations", verbose_name=_("municipality")
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    accessibility = models.TextField(_("accessibility"), blank=True)

    class Meta:
        ordering = ["organization", "name"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self) -> str:
        return f"{self.name}, {self.municipality}"

    @property
    def address(self) -> str:
        return ", ".join(
            part for part in (self.street, f"{self.postal_code} {self.municipality}".strip()) if part
        )


class OfferStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    ENDED = "ended", _("Ended")


class OfferQuerySet(models.QuerySet["Offer"]):
    def in_network(self, network: Network) -> "OfferQuerySet":
        return self.filter(
            organization__network_links__network=network,
            organization__network_links__status=NetworkLinkStatus.ACTIVE,
        )

    def public(self) -> "OfferQuerySet":
        return (
            self.filter(visibility=Visibility.PUBLIC)
            .exclude(status=OfferStatus.ENDED)
            .exclude(organization__status=OrganizationStatus.DISSOLVED)
        )

    def with_details_in(self, network: Network) -> "OfferQuerySet":
        """Organization, the network's own thematic fields and target groups, languages and area,
        loaded in a fixed number of queries (offers of shared organizations carry other networks' terms)."""
        return self.select_related("organization").prefetch_related(
            models.Prefetch("thematic_fields", queryset=ThematicField.objects.filter(network=network)),
            models.Prefetch("target_groups", queryset=TargetGroup.objects.filter(network=network)),
            "languages",
            "service_area",
        )


class Offer(models.Model):
    """An Angebot (HSDS: service) of an organization."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="offers", verbose_name=_("organization")
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    thematic_fields = models.ManyToManyField(
        ThematicField, verbose_name=_("thematic fields"), blank=True, related_name="offers"
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="offers"
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages"), blank=True, related_name="offers"
    )
    service_area = models.ManyToManyField(
        Municipality, verbose_name=_("service area"), blank=True, related_name="offers"
    )
    locations = models.ManyToManyField(
        Location, verbose_name=_("locations"), blank=True, related_name="offers"
    )
    opening_hours = models.TextField(_("opening hours or appointments"), blank=True)
    costs = models.CharField(_("costs"), max_length=200, blank=True)
    eligibility = models.TextField(_("who can use it"), blank=True)
    access = models.TextField(_("how to get access"), blank=True)
    email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    website = models.URLField(_("website"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=OfferStatus.choices, default=OfferStatus.ACTIVE
    )
    visibility = models.CharField(
        _("visibility"), max_length=20, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    is_example = models.BooleanField(_("example record"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("offer")
        verbose_name_plural = _("offers")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        network = self.organization.home_network()
        return self.url_in(network) if network else ""

    def url_in(self, network: Network) -> str:
        return reverse("directory:offer_detail", kwargs={"network_slug": network.slug, "pk": self.pk})


class PositionQuerySet(models.QuerySet["Position"]):
    def in_network(self, network: Network) -> "PositionQuerySet":
        return self.filter(
            organization__network_links__network=network,
            organization__network_links__status=NetworkLinkStatus.ACTIVE,
        )

    def active(self) -> "PositionQuerySet":
        return self.filter(is_active=True)

    def with_current_holders(self) -> "PositionQuerySet":
        """Prefetches today's holders (with their person) into `position.current_holdings`."""
        return self.prefetch_related(
            models.Prefetch(
                "holdings",
                queryset=PositionHolding.objects.current().select_related("person"),
                to_attr="current_holdings",
            )
        )


class Position(models.Model):
    """A Zuständigkeit: a function at an organization that outlives the people who hold it."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="positions", verbose_name=_("organization")
    )
    title = models.CharField(_("function"), max_length=200)
    description = models.TextField(_("responsibilities"), blank=True)
    email = models.EmailField(_("functional email"), blank=True)
    phone = models.CharField(_("functional phone"), max_length=50, blank=True)
    offers = models.ManyToManyField(
        Offer, verbose_name=_("responsible for offers"), blank=True, related_name="positions"
    )
    thematic_fields = models.ManyToManyField(
        ThematicField, verbose_name=_("thematic fields"), blank=True, related_name="positions"
    )
    deputy = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deputy_for",
        verbose_name=_("deputy position"),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PositionQuerySet.as_manager()

    class Meta:
        ordering = ["organization__name", "title"]
        verbose_name = _("position")
        verbose_name_plural = _("positions")

    def __str__(self) -> str:
        return f"{self.title} ({self.organization.short_name or self.organization.name})"

    def get_absolute_url(self) -> str:
        network = self.organization.home_network()
        return self.url_in(network) if network else ""

    def url_in(self, network: Network) -> str:
        return reverse("directory:position_detail", kwargs={"network_slug": network.slug, "pk": self.pk})


class Person(models.Model):
    """Someone holding positions. Network-internal data; the name is public only with recorded consent."""

    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    languages = models.ManyToManyField(Language, verbose_name=_("languages"), blank=True, related_name="+")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
        verbose_name=_("user account"),
    )
    name_is_public = models.BooleanField(_("name may be shown publicly"), default=False)
    consent_recorded_at = models.DateTimeField(_("consent recorded"), null=True, blank=True)
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("consent recorded by"),
    )
    is_example = models.BooleanField(_("example record"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("persons")
        constraints = [
            models.CheckConstraint(
                condition=Q(name_is_public=False) | Q(consent_recorded_at__isnull=False),
                name="person_public_name_needs_consent",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def url_in(self, network: Network) -> str:
        return reverse("directory:person_detail", kwargs={"network_slug": network.slug, "pk": self.pk})


class PositionHoldingQuerySet(models.QuerySet["PositionHolding"]):
    def current(self) -> "PositionHoldingQuerySet":
        today = timezone.localdate()
        return self.filter(Q(start_date__lte=today) | Q(start_date__isnull=True)).filter(
            Q(end_date__isnull=True) | Q(end_date__gte=today)
        )


class PositionHolding(models.Model):
    """A person holding a position for a period."""

    position = models.ForeignKey(
        Position, on_delete=models.CASCADE, related_name="holdings", verbose_name=_("position")
    )
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="holdings", verbose_name=_("person")
    )
    start_date = models.DateField(_("from"), null=True, blank=True)
    end_date = models.DateField(_("until"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    objects = PositionHoldingQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date"]
        verbose_name = _("position holding")
        verbose_name_plural = _("position holdings")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="holding_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} – {self.position}"

    @property
    def is_current(self) -> bool:
        today = timezone.localdate()
        started = self.start_date is None or self.start_date <= today
        return started and (self.end_date is None or self.end_date >= today)


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class MembershipRequest(models.Model):
    """An Aufnahmeantrag: a new organization asks to join a network."""

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="membership_requests", verbose_name=_("network")
    )
    organization_name = models.CharField(_("organization"), max_length=200)
    organization_kind = models.CharField(
        _("type of organization"), max_length=30, choices=OrganizationKind.choices
    )
    organization_website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("your name"), max_length=150)
    contact_email = models.EmailField(_("your email address"))
    contact_function = models.CharField(_("your function"), max_length=150)
    reason = models.TextField(_("why do you want to join?"))
    status = models.CharField(
        _("status"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.PENDING
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decision_note = models.TextField(_("note on the decision"), blank=True)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="membership_requests",
        verbose_name=_("organization created"),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("membership request")
        verbose_name_plural = _("membership requests")

    def __str__(self) -> str:
        return f"{self.organization_name} → {self.network}"

    def get_absolute_url(self) -> str:
        return reverse("directory:request_detail", kwargs={"network_slug": self.network.slug, "pk": self.pk})
