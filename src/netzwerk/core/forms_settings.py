"""Forms of the network settings and the taxonomies a network's coordinators keep."""

from decimal import Decimal
from typing import Any

from django import forms
from django.conf import settings
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .data.iso639 import ISO_639_1_CODES
from .forms import KernForm, KernModelForm, LogoField
from .models import Language, Municipality, Network, TargetGroup, ThematicField
from .uploads import GIF, LOGO_KINDS

# Germany's extent with a margin; catches swapped latitude and longitude.
LATITUDE_RANGE = (Decimal("47.0"), Decimal("55.5"))
LONGITUDE_RANGE = (Decimal("5.5"), Decimal("15.5"))


class TaxonomyTermForm(KernModelForm):
    """A thematic field or target group of one network, named in German and (optionally) English."""

    class Meta:
        fields = ["name_de", "name_en", "description_de", "description_en", "position", "is_active"]
        labels = {
            "name_de": _("Name (German)"),
            "name_en": _("Name (English)"),
            "description_de": _("Description (German)"),
            "description_en": _("Description (English)"),
            "is_active": _("Active (can be chosen for new entries)"),
        }
        help_texts = {
            "name_en": _("Optional; the German name is shown if left empty."),
            "position": _("Terms are listed by this number, lowest first."),
            "is_active": _("Deactivated terms stay on existing entries but can no longer be chosen."),
        }
        widgets = {
            "description_de": forms.Textarea(attrs={"rows": 3}),
            "description_en": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, network: Network, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.network = network
        self.instance.network = network
        self.fields["name_de"].required = True
        if not self.instance.pk:
            last = self._meta.model.objects.filter(network=network).order_by("-position").first()
            self.fields["position"].initial = (last.position + 1) if last else 1

    def _others(self) -> models.QuerySet:
        return self._meta.model.objects.filter(network=self.network).exclude(pk=self.instance.pk)

    def clean_name_de(self) -> str:
        name = " ".join(self.cleaned_data["name_de"].split())
        if self._others().filter(name_de__iexact=name).exists():
            raise forms.ValidationError(_("The network already has a term with this name."), code="duplicate")
        return name

    def save(self, commit: bool = True) -> Any:
        if not self.instance.slug:
            # The key stays when the term is renamed later, so links and API filters keep working.
            base = slugify(self.cleaned_data["name_de"])[:70] or "term"
            slug, number = base, 2
            while self._others().filter(slug=slug).exists():
                slug, number = f"{base}-{number}", number + 1
            self.instance.slug = slug
        return super().save(commit=commit)


class ThematicFieldForm(TaxonomyTermForm):
    class Meta(TaxonomyTermForm.Meta):
        model = ThematicField


class TargetGroupForm(TaxonomyTermForm):
    class Meta(TaxonomyTermForm.Meta):
        model = TargetGroup


class MoveTermForm(KernForm):
    """Moves a term one place up or down in its network's order."""

    direction = forms.ChoiceField(choices=[("up", _("up")), ("down", _("down"))])

    def save(self, term: Any) -> None:
        terms = list(
            type(term).objects.filter(network_id=term.network_id).order_by("position", "name_de", "pk")
        )
        index = next(i for i, candidate in enumerate(terms) if candidate.pk == term.pk)
        target = index - 1 if self.cleaned_data["direction"] == "up" else index + 1
        if 0 <= target < len(terms):
            terms[index], terms[target] = terms[target], terms[index]
        # Renumbering everything also repairs equal positions, which would otherwise never move.
        for number, candidate in enumerate(terms, start=1):
            if candidate.position != number:
                candidate.position = number
                candidate.save(update_fields=["position"])


class LanguageForm(KernModelForm):
    class Meta:
        model = Language
        fields = ["code", "name_de", "name_en", "native_name", "is_rtl"]
        labels = {
            "name_de": _("Name (German)"),
            "name_en": _("Name (English)"),
            "native_name": _("Name in the language itself"),
        }
        help_texts = {
            "code": _("Two letters after ISO 639-1, e.g. “ar” for Arabic, “uk” for Ukrainian."),
            "native_name": _("e.g. “العربية” or “Українська”"),
            "is_rtl": _("Tick for Arabic, Persian, Hebrew, Urdu and other right-to-left scripts."),
        }

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["name_de"].required = True
        self.fields["name_en"].required = True
        if self.instance.pk:
            # Records and translations refer to the code; it is fixed once the language exists.
            self.fields["code"].disabled = True
            self.fields["code"].help_text = _("The code cannot be changed.")

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].strip().lower()
        if code not in ISO_639_1_CODES:
            raise forms.ValidationError(
                _("“%(code)s” is not an ISO 639-1 language code."), code="unknown", params={"code": code}
            )
        return code


class OfferedLanguagesForm(KernModelForm):
    class Meta:
        model = Network
        fields = ["languages"]
        labels = {"languages": _("Languages the network offers content in")}
        widgets = {"languages": forms.CheckboxSelectMultiple}


class MunicipalityForm(KernModelForm):
    class Meta:
        model = Municipality
        fields = ["ags", "name", "district", "latitude", "longitude"]
        help_texts = {
            "ags": _("The eight-digit official municipality key, e.g. 15084440 for Naumburg (Saale)."),
            "latitude": _("Optional, in decimal degrees, e.g. 51.1545"),
            "longitude": _("Optional, in decimal degrees, e.g. 11.8092"),
        }

    def __init__(self, *args: Any, network: Network, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.network = network
        if not self.instance.pk:
            self.fields["district"].initial = network.district

    def clean_ags(self) -> str:
        ags = self.cleaned_data["ags"].strip().replace(" ", "")
        if not (ags.isdigit() and len(ags) == 8):
            raise forms.ValidationError(
                _("The official municipality key has exactly eight digits."), code="length"
            )
        if not ags.startswith(self.network.district_ags):
            raise forms.ValidationError(
                _("The key must start with %(prefix)s, the key of the network's area."),
                code="outside_area",
                params={"prefix": self.network.district_ags},
            )
        return ags

    @staticmethod
    def _in_range(value: Decimal | None, bounds: tuple[Decimal, Decimal], message: Any) -> Decimal | None:
        if value is not None and not bounds[0] <= value <= bounds[1]:
            raise forms.ValidationError(message, code="range", params={"low": bounds[0], "high": bounds[1]})
        return value

    def clean_latitude(self) -> Decimal | None:
        return self._in_range(
            self.cleaned_data.get("latitude"),
            LATITUDE_RANGE,
            _("The latitude of a place in Germany lies between %(low)s and %(high)s."),
        )

    def clean_longitude(self) -> Decimal | None:
        return self._in_range(
            self.cleaned_data.get("longitude"),
            LONGITUDE_RANGE,
            _("The longitude of a place in Germany lies between %(low)s and %(high)s."),
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if (cleaned.get("latitude") is None) != (cleaned.get("longitude") is None) and not self.errors:
            raise forms.ValidationError(
                _("Enter both latitude and longitude, or neither."), code="incomplete"
            )
        return cleaned


class NetworkLogoField(LogoField):
    kinds = (*LOGO_KINDS, GIF)


class NetworkSettingsForm(KernModelForm):
    class Meta:
        model = Network
        fields = [
            "name_de",
            "name_en",
            "description_de",
            "description_en",
            "district",
            "office_name",
            "office_email",
            "office_phone",
            "office_address",
            "logo",
            "languages",
        ]
        field_classes = {"logo": NetworkLogoField}
        labels = {
            "name_de": _("Name (German)"),
            "name_en": _("Name (English)"),
            "description_de": _("Description (German)"),
            "description_en": _("Description (English)"),
        }
        help_texts = {
            "name_en": _("Optional; the German name is shown if left empty."),
            "office_email": _("Shown on every page of the network and used as reply address of its emails."),
            "logo": _("PNG, JPEG, WebP or GIF."),
        }
        widgets = {
            "description_de": forms.Textarea(attrs={"rows": 4}),
            "description_en": forms.Textarea(attrs={"rows": 4}),
            "office_address": forms.Textarea(attrs={"rows": 3}),
            "languages": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["name_de"].required = True
        limit = filesizeformat(settings.NETZWERK_LOGO_MAX_BYTES)
        self.fields["logo"].help_text = _("PNG, JPEG, WebP or GIF, at most %(size)s.") % {"size": limit}
