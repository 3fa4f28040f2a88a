"""Setting up a network: the network itself, its default taxonomies and the municipalities of its area."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from .data.municipalities import DISTRICTS
from .data.taxonomies import TARGET_GROUPS, THEMATIC_FIELDS, TermRow
from .models import Language, Municipality, Network, NetworkTaxonomy, TargetGroup, ThematicField


@dataclass(frozen=True)
class SeedResult:
    thematic_fields_created: int
    target_groups_created: int


@transaction.atomic
def create_network(
    *,
    name: str,
    slug: str,
    district: str,
    district_ags: str,
    name_en: str = "",
    description: str = "",
    description_en: str = "",
    office_name: str = "",
    office_email: str = "",
    office_phone: str = "",
    office_address: str = "",
    languages: Iterable[str | Language] = (),
    by: Any = None,
) -> Network:
    """Creates a network with its default thematic fields and target groups.

    Also loads the municipalities of the network's district when the platform ships them, so offers
    can name their service area right away. Raises ValidationError for invalid input (duplicate slug,
    malformed district key, unknown language code) without writing anything.
    """
    # Validation and the untranslated columns work in the default content language, whatever language
    # the caller (an English admin page, a command) is using.
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        network, chosen_languages = _validated_network(
            name=name,
            name_en=name_en,
            slug=slug,
            district=district,
            district_ags=district_ags,
            description=description,
            description_en=description_en,
            office_name=office_name,
            office_email=office_email,
            office_phone=office_phone,
            office_address=office_address,
            languages=languages,
        )
        network._history_user = by  # type: ignore[attr-defined]  # read by django-simple-history
        network.save()
    network.languages.set(chosen_languages)
    seed_default_taxonomies(network=network)
    seed_municipalities(district_ags=district_ags)
    return network


@transaction.atomic
def seed_default_taxonomies(*, network: Network) -> SeedResult:
    """Adds the default thematic fields and target groups the network lacks; keeps existing ones."""
    # The untranslated column keeps the default language whatever language the caller is using.
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        return SeedResult(
            thematic_fields_created=_seed_terms(ThematicField, network, THEMATIC_FIELDS),
            target_groups_created=_seed_terms(TargetGroup, network, TARGET_GROUPS),
        )


@transaction.atomic
def seed_municipalities(*, district_ags: str) -> int:
    """Adds the shipped municipalities whose key starts with `district_ags`; returns how many were new.

    Existing rows are left alone: their names or coordinates may have been corrected in the admin.
    """
    wanted = [
        (row, district.name)
        for district in DISTRICTS.values()
        for row in district.municipalities
        if row.ags.startswith(district_ags)
    ]
    existing = set(
        Municipality.objects.filter(ags__in=[row.ags for row, __ in wanted]).values_list("ags", flat=True)
    )
    new = [
        Municipality(
            ags=row.ags,
            name=row.name,
            district=district_name,
            latitude=Decimal(str(row.latitude)),
            longitude=Decimal(str(row.longitude)),
        )
        for row, district_name in wanted
        if row.ags not in existing
    ]
    Municipality.objects.bulk_create(new)
    return len(new)


def _seed_terms(
    model: type[ThematicField] | type[TargetGroup], network: Network, rows: Iterable[TermRow]
) -> int:
    existing = set(model.objects.filter(network=network).values_list("slug", flat=True))
    new: list[NetworkTaxonomy] = []
    for position, row in enumerate(rows, start=1):
        if row.slug in existing:
            continue
        # The per-language columns come from django-modeltranslation, which the type checker cannot see.
        translated = {
            "name": row.name_de,
            "description": row.description_de,
            "name_de": row.name_de,
            "name_en": row.name_en,
            "description_de": row.description_de,
            "description_en": row.description_en,
        }
        new.append(model(network=network, slug=row.slug, position=position, **translated))
    model.objects.bulk_create(new)  # type: ignore[arg-type]
    return len(new)


def _validated_network(
    *,
    languages: Iterable[str | Language],
    name: str,
    name_en: str,
    description: str,
    description_en: str,
    **fields: str,
) -> tuple[Network, list[Language]]:
    """Builds an unsaved network and its languages; collects every problem into one ValidationError."""
    network = Network(
        name_de=name,
        name_en=name_en or None,
        description_de=description,
        description_en=description_en or None,
        **fields,
    )
    errors: dict[str, Any] = {}
    try:
        network.full_clean()
    except ValidationError as error:
        errors.update(error.error_dict)
    chosen: list[Language] = []
    try:
        chosen = _languages_from(languages)
    except ValidationError as error:
        errors.update(error.error_dict)
    if errors:
        raise ValidationError(errors)
    return network, chosen


def _languages_from(languages: Iterable[str | Language]) -> list[Language]:
    codes = [item.code if isinstance(item, Language) else item.strip().lower() for item in languages]
    codes = [code for code in codes if code]
    found = {language.code: language for language in Language.objects.filter(code__in=codes)}
    unknown = [code for code in codes if code not in found]
    if unknown:
        raise ValidationError(
            {"languages": _("Unknown language codes: %(codes)s.") % {"codes": ", ".join(unknown)}}
        )
    return [found[code] for code in dict.fromkeys(codes)]
