"""Shapes of the directory's demo data. The data modules fill them; `builder` turns them into records."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from netzwerk.demo.specs import BURGENLANDKREIS
from netzwerk.directory.models import OfferStatus, Visibility

# Offer areas: the municipalities of the organization's locations, or the network's whole district.
LOCAL = "local"
DISTRICT = "district"


@dataclass(frozen=True)
class LocationSpec:
    name: str
    municipality: str  # official municipality name, see netzwerk.core.data.municipalities
    street: str = ""
    accessibility: str = ""
    postal_code: str = ""  # when the municipality's main postal code does not fit
    # Women's shelters and similar places publish no street address.
    confidential: bool = False


@dataclass(frozen=True)
class OfferSpec:
    title: str
    description: str
    fields: tuple[str, ...]  # thematic field slugs
    groups: tuple[str, ...]  # target group slugs
    opening_hours: str = ""
    costs: str = ""
    eligibility: str = ""
    access: str = ""
    languages: tuple[str, ...] = ("de",)
    visibility: str = Visibility.PUBLIC
    status: str = OfferStatus.ACTIVE
    area: str = LOCAL
    area_names: tuple[str, ...] = ()  # explicit municipalities instead of `area`
    website: str = ""
    # False only for offers that restate public facts about a real organization.
    is_example: bool = True
    # Per content language (en, ar, uk …), the translated fields.
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # Templates keep the variety of hours, languages and visibility to the builder.
    vary: bool = False


@dataclass(frozen=True)
class PositionSpec:
    title: str
    description: str = ""
    title_en: str = ""
    # Indexes into the organization's offers this position answers for; empty means all of them.
    offers: tuple[int, ...] = ()
    # Key of a demo user who holds this position (the person is linked to the login).
    holder: str = ""
    # Never filled in the demo: shows how a vacancy looks.
    vacant: bool = False


@dataclass(frozen=True)
class OrgSpec:
    key: str
    name: str
    kind: str
    description: str
    fields: tuple[str, ...]
    languages: tuple[str, ...]
    locations: tuple[LocationSpec, ...]
    offers: tuple[OfferSpec | str, ...]  # a str names a template in `offers_catalog`
    positions: tuple[PositionSpec | str, ...]  # a str is a position title
    short_name: str = ""
    parent: str = ""  # key of the parent organization
    website: str = ""
    email: str = ""
    description_en: str = ""
    is_example: bool = True
    networks: tuple[str, ...] = (BURGENLANDKREIS,)
    joined_on: date | None = None
