"""The tenant (Network) and the taxonomies every other app tags its records with."""

from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .uploads import GeneratedName

ags_validator = RegexValidator(
    r"^\d{2}(\d{1,6})?$", _("An official municipality key (AGS) consists of 2 to 8 digits.")
)
language_code_validator = RegexValidator(
    r"^[a-z]{2}$", _("Use the two-letter ISO 639-1 code in lower case, e.g. “ar”.")
)


class Language(models.Model):
    """A language by ISO 639-1 code, shared by every network of the installation."""

    code = models.CharField(
        _("ISO 639-1 code"), max_length=2, unique=True, validators=[language_code_validator]
    )
    name = models.CharField(_("name"), max_length=80)
    native_name = models.CharField(_("native name"), max_length=80, blank=True)
    is_rtl = models.BooleanField(_("written right to left"), default=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self) -> str:
        return self.name


class Municipality(models.Model):
    """A German municipality by its official key (Amtlicher Gemeindeschlüssel), shared by all networks."""

    ags = models.CharField(
        _("official municipality key (AGS)"), max_length=8, unique=True, validators=[ags_validator]
    )
    name = models.CharField(_("name"), max_length=120)
    district = models.CharField(_("district"), max_length=120, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self) -> str:
        return self.name


class NetworkQuerySet(models.QuerySet["Network"]):
    def active(self) -> "NetworkQuerySet":
        return self.filter(is_active=True)


class Network(models.Model):
    """One regional integration network: the tenant. One installation hosts several."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name in addresses"), max_length=60, unique=True)
    district = models.CharField(_("district"), max_length=120)
    district_ags = models.CharField(
        _("district key (AGS prefix)"),
        max_length=8,
        validators=[ags_validator],
        help_text=_("Municipalities whose key starts with this prefix belong to the network's area."),
    )
    description = models.TextField(_("description"), blank=True)
    office_name = models.CharField(_("coordination office"), max_length=200, blank=True)
    office_email = models.EmailField(_("coordination office email"), blank=True)
    office_phone = models.CharField(_("coordination office phone"), max_length=50, blank=True)
    office_address = models.TextField(_("coordination office address"), blank=True)
    logo = models.ImageField(_("logo"), upload_to=GeneratedName("networks/logos"), blank=True)
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages offered"), blank=True, related_name="networks"
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = NetworkQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("core:network_home", kwargs={"network_slug": self.slug})

    def municipalities(self) -> models.QuerySet[Municipality]:
        return Municipality.objects.filter(ags__startswith=self.district_ags)


class NetworkTaxonomy(models.Model):
    """A term a network's coordinators keep for tagging records (thematic fields, target groups)."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, verbose_name=_("network"))
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("key"), max_length=80)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("sort order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class ThematicField(NetworkTaxonomy):
    """A Handlungsfeld such as labour market or housing."""

    class Meta(NetworkTaxonomy.Meta):
        verbose_name = _("thematic field")
        verbose_name_plural = _("thematic fields")
        constraints = [
            models.UniqueConstraint(fields=["network", "slug"], name="thematic_field_unique_slug"),
        ]
        default_related_name = "thematic_fields"


class TargetGroup(NetworkTaxonomy):
    """Whom an offer is for, e.g. EU citizens or families."""

    class Meta(NetworkTaxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [
            models.UniqueConstraint(fields=["network", "slug"], name="target_group_unique_slug"),
        ]
        default_related_name = "target_groups"
