"""Response schemas. Field names follow the models; the docstrings name the Open Referral HSDS twin.

Translated fields are objects keyed by language code holding only the languages that have text, e.g.
`{"de": "Beratung", "en": "Counselling"}`. References to other records are small objects (`{slug, name}`
for taxonomy terms). A reference to a record the caller may not read is `null`, never a dangling id.
"""

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from django.db.models import Model
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.utils import build_localized_fieldname
from ninja import Field, Schema

from netzwerk.directory.models import OfferStatus, OrganizationKind, OrganizationStatus, Visibility

TranslatedText = Annotated[
    dict[str, str],
    Field(
        description="Text per language code (ISO 639-1); only languages that have text are present. "
        "German (`de`) is the original.",
        examples=[{"de": "Migrationsberatung", "en": "Migration counselling"}],
    ),
]


def translations(obj: Model, field: str) -> dict[str, str]:
    """The non-empty values of a translated field, keyed by language code."""
    values = {}
    for language in AVAILABLE_LANGUAGES:
        value = getattr(obj, build_localized_fieldname(field, language), None)
        if value:
            values[language] = value
    return values


def _translated(field: str) -> staticmethod:
    return staticmethod(lambda obj: translations(obj, field))


def _coordinate(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def absolute_url(url: str, context: dict[str, Any] | None) -> str:
    """`url` with the caller's scheme and host, when the schema is resolved for a request."""
    request = (context or {}).get("request")
    return request.build_absolute_uri(url) if request is not None else url


def _absolute_file_url(file: Any, context: dict[str, Any] | None) -> str | None:
    return absolute_url(file.url, context) if file else None


def _network_slugs(organization: Any) -> list[str]:
    # `active_links` is prefetched by the routers: active links to active networks, ordered by slug.
    return [link.network.slug for link in organization.active_links]


# --- Errors -----------------------------------------------------------------------------------------


class ErrorOut(Schema):
    detail: str = Field(description="What went wrong, in the request's language.")


class ValidationIssue(Schema):
    loc: list[str | int] = Field(description='Where the bad value is, e.g. `["query", "limit"]`.')
    msg: str
    type: str


class ValidationErrorOut(Schema):
    detail: str = Field(description="A summary of all invalid parameters.")
    errors: list[ValidationIssue]


# --- References -------------------------------------------------------------------------------------


class TaxonomyRef(Schema):
    """A term of a network's taxonomy (thematic field or target group)."""

    slug: str
    name: TranslatedText
    network: str = Field(description="Slug of the network that keeps the term; slugs are unique per network.")

    resolve_name = _translated("name")

    @staticmethod
    def resolve_network(obj: Any) -> str:
        return obj.network.slug


class LanguageRef(Schema):
    code: str = Field(description="ISO 639-1 code.", examples=["ar"])
    name: TranslatedText

    resolve_name = _translated("name")


class MunicipalityRef(Schema):
    ags: str = Field(
        description="Official municipality key (Amtlicher Gemeindeschlüssel).", examples=["15084550"]
    )
    name: str


class OrganizationRef(Schema):
    id: int
    name: str
    short_name: str


class OfferRef(Schema):
    id: int
    title: TranslatedText

    resolve_title = _translated("title")


class PositionRef(Schema):
    id: int
    title: TranslatedText

    resolve_title = _translated("title")


# --- Locations --------------------------------------------------------------------------------------


class AddressOut(Schema):
    """HSDS: address (physical)."""

    street: str = Field(description="Street and house number (HSDS `address_1`).")
    postal_code: str
    municipality: MunicipalityRef = Field(description="HSDS `city`, with its official key.")
    text: str = Field(description="The address on one line, as printed on the web pages.")


class LocationOut(Schema):
    """HSDS: location. An organization's premises; offers name the locations where they take place."""

    id: int
    name: str
    address: AddressOut
    latitude: float | None = Field(description="WGS 84, decimal degrees; null when not geocoded.")
    longitude: float | None = Field(description="WGS 84, decimal degrees; null when not geocoded.")
    accessibility: str = Field(description="Free text on physical accessibility (HSDS `accessibility`).")

    @staticmethod
    def resolve_address(obj: Any) -> dict[str, Any]:
        return {
            "street": obj.street,
            "postal_code": obj.postal_code,
            "municipality": obj.municipality,
            "text": obj.address,
        }

    @staticmethod
    def resolve_latitude(obj: Any) -> float | None:
        return _coordinate(obj.latitude)

    @staticmethod
    def resolve_longitude(obj: Any) -> float | None:
        return _coordinate(obj.longitude)


# --- Networks and taxonomies ------------------------------------------------------------------------


class OfficeOut(Schema):
    name: str
    email: str
    phone: str
    address: str


class NetworkOut(Schema):
    """A regional integration network (the tenant)."""

    slug: str = Field(description="Short name used in addresses and in the `network` filter.")
    name: TranslatedText
    description: TranslatedText
    district: str
    district_ags: str = Field(description="AGS prefix of the network's area (its municipalities).")
    office: OfficeOut = Field(description="The coordination office (Koordinierungsstelle).")
    languages: list[LanguageRef] = Field(description="Languages the network offers content in.")
    logo: str | None = Field(description="Absolute URL of the logo image.")

    resolve_name = _translated("name")
    resolve_description = _translated("description")

    @staticmethod
    def resolve_office(obj: Any) -> dict[str, str]:
        return {
            "name": obj.office_name,
            "email": obj.office_email,
            "phone": obj.office_phone,
            "address": obj.office_address,
        }

    @staticmethod
    def resolve_logo(obj: Any, context: dict[str, Any] | None = None) -> str | None:
        return _absolute_file_url(obj.logo, context)


class TaxonomyOut(Schema):
    """A thematic field (Handlungsfeld) or target group of one network."""

    slug: str
    name: TranslatedText
    description: TranslatedText
    network: str = Field(description="Slug of the network that keeps the term.")
    position: int = Field(description="Sort position the coordinators chose.")

    resolve_name = _translated("name")
    resolve_description = _translated("description")

    @staticmethod
    def resolve_network(obj: Any) -> str:
        return obj.network.slug


class LanguageOut(Schema):
    code: str = Field(description="ISO 639-1 code.", examples=["uk"])
    name: TranslatedText
    native_name: str = Field(description="The language's name in itself, e.g. “українська”.")
    is_rtl: bool = Field(description="Written right to left.")

    resolve_name = _translated("name")


class MunicipalityOut(Schema):
    ags: str = Field(description="Official municipality key (Amtlicher Gemeindeschlüssel), 8 digits.")
    name: str
    district: str
    latitude: float | None
    longitude: float | None

    @staticmethod
    def resolve_latitude(obj: Any) -> float | None:
        return _coordinate(obj.latitude)

    @staticmethod
    def resolve_longitude(obj: Any) -> float | None:
        return _coordinate(obj.longitude)


# --- Directory --------------------------------------------------------------------------------------


class OrganizationOut(Schema):
    """HSDS: organization. A member organization of one or more networks."""

    id: int
    name: str
    short_name: str = Field(description="HSDS `alternate_name`.")
    kind: OrganizationKind = Field(description="Type of organization.")
    description: TranslatedText
    website: str = Field(description="HSDS `website`.")
    email: str = Field(description="Functional email address.")
    phone: str
    languages: list[LanguageRef] = Field(description="Languages the organization works in.")
    thematic_fields: list[TaxonomyRef]
    logo: str | None = Field(description="Absolute URL of the logo image.")
    status: OrganizationStatus
    is_example: bool = Field(description="Invented for demonstration; not a real organization.")
    parent: OrganizationRef | None = Field(description="The parent organization, if the caller may read it.")
    networks: list[str] = Field(description="Slugs of the active networks the organization is a member of.")
    locations: list[LocationOut]
    created_at: datetime
    updated_at: datetime

    resolve_description = _translated("description")

    @staticmethod
    def resolve_logo(obj: Any, context: dict[str, Any] | None = None) -> str | None:
        return _absolute_file_url(obj.logo, context)

    @staticmethod
    def resolve_parent(obj: Any) -> Any:
        # `parent_is_visible` is annotated by the router from the caller's visible organizations.
        return obj.parent if getattr(obj, "parent_is_visible", False) else None

    @staticmethod
    def resolve_networks(obj: Any) -> list[str]:
        return _network_slugs(obj)


class OfferOut(Schema):
    """HSDS: service. An offer (Angebot) of an organization."""

    id: int
    title: TranslatedText = Field(description="HSDS `name`.")
    description: TranslatedText
    organization: OrganizationRef
    thematic_fields: list[TaxonomyRef]
    target_groups: list[TaxonomyRef]
    languages: list[LanguageRef] = Field(description="Languages the offer is available in.")
    service_area: list[MunicipalityRef] = Field(
        description="Municipalities the offer serves (HSDS service_area)."
    )
    locations: list[LocationOut] = Field(
        description="Where the offer takes place (HSDS service_at_location)."
    )
    opening_hours: TranslatedText = Field(
        description="Opening hours or how to make an appointment (HSDS schedule)."
    )
    costs: TranslatedText = Field(description="HSDS `fees_description`.")
    eligibility: TranslatedText = Field(description="Who can use the offer (HSDS `eligibility_description`).")
    access: TranslatedText = Field(description="How to get access (HSDS `application_process`).")
    email: str
    phone: str
    website: str = Field(description="HSDS `url`.")
    status: OfferStatus
    visibility: Visibility = Field(description="`network`: visible to the network's members only.")
    is_example: bool = Field(description="Invented for demonstration; not a real offer.")
    networks: list[str] = Field(
        description="Slugs of the active networks the offering organization belongs to."
    )
    created_at: datetime
    updated_at: datetime

    resolve_title = _translated("title")
    resolve_description = _translated("description")
    resolve_opening_hours = _translated("opening_hours")
    resolve_costs = _translated("costs")
    resolve_eligibility = _translated("eligibility")
    resolve_access = _translated("access")

    @staticmethod
    def resolve_networks(obj: Any) -> list[str]:
        return _network_slugs(obj.organization)


class HolderOut(Schema):
    """A person currently holding the position (network-internal data)."""

    name: str
    email: str
    phone: str
    start_date: date | None
    end_date: date | None
    note: str


class PositionOut(Schema):
    """A responsibility (Zuständigkeit) at an organization; it outlives the people holding it."""

    id: int
    title: TranslatedText = Field(description="The function, e.g. “Migrationsberatung für Erwachsene”.")
    description: str = Field(description="Responsibilities.")
    email: str = Field(description="Functional email address.")
    phone: str = Field(description="Functional phone number.")
    organization: OrganizationRef
    offers: list[OfferRef] = Field(description="Offers the position is responsible for.")
    thematic_fields: list[TaxonomyRef]
    deputy: PositionRef | None = Field(description="The deputy position, if the caller may read it.")
    is_active: bool
    holders: list[HolderOut] = Field(description="People holding the position today.")
    networks: list[str] = Field(description="Slugs of the active networks the organization belongs to.")
    created_at: datetime
    updated_at: datetime

    resolve_title = _translated("title")

    @staticmethod
    def resolve_deputy(obj: Any) -> Any:
        return obj.deputy if getattr(obj, "deputy_is_visible", False) else None

    @staticmethod
    def resolve_holders(obj: Any) -> list[dict[str, Any]]:
        # `current_holdings` is prefetched by the router (current holdings with their person).
        return [
            {
                "name": holding.person.name,
                "email": holding.person.email,
                "phone": holding.person.phone,
                "start_date": holding.start_date,
                "end_date": holding.end_date,
                "note": holding.note,
            }
            for holding in obj.current_holdings
        ]

    @staticmethod
    def resolve_networks(obj: Any) -> list[str]:
        return _network_slugs(obj.organization)
