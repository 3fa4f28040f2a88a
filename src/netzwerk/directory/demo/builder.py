"""Turns the demo specs into records. Everything is written in one transaction, or nothing is."""

import random
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db import models

from netzwerk.core.models import Language, Municipality, TargetGroup, ThematicField
from netzwerk.core.services import seed_municipalities
from netzwerk.demo.loader import DemoContext
from netzwerk.directory.models import (
    Location,
    NetworkLink,
    Offer,
    OfferStatus,
    Organization,
    Person,
    Position,
    PositionHolding,
    Visibility,
)

from .basics import EXTRA_LANGUAGES, OPENING_HOURS, POSTAL_CODES
from .example_organizations import EXAMPLE_ORGANIZATIONS, SAALEKREIS_ORGANIZATIONS
from .offers_catalog import OFFER_TEMPLATES
from .people import SPOKEN, NamePool, ascii_slug, email_for
from .real_organizations import REAL_ORGANIZATIONS
from .specs import DISTRICT, LocationSpec, OfferSpec, OrgSpec, PositionSpec

ALL_ORGANIZATIONS: tuple[OrgSpec, ...] = (
    *REAL_ORGANIZATIONS,
    *EXAMPLE_ORGANIZATIONS,
    *SAALEKREIS_ORGANIZATIONS,
)
DISTRICT_KEYS = ("15084", "15088", "15003")
CONSENT_RECORDED_AT = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
# Persons whose name may be shown publicly (organization key, position title).
PUBLIC_NAMES = {
    ("koordinierungsstelle", "Integrationskoordination"),
    ("eumigra", "Fachberatung EU-Migration"),
}
HANDOVER_NOTES = (
    "in den Ruhestand gegangen",
    "Stelle gewechselt",
    "in Elternzeit",
    "Projekt ausgelaufen",
    "",
)
OFFER_TEXT_FIELDS = ("title", "description", "opening_hours", "costs", "eligibility", "access")


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


class DemoBuilder:
    """The directory's part of the demo: organizations, locations, offers, positions and persons."""

    def __init__(self, context: DemoContext) -> None:
        self.rng = context.rng
        self.networks = context.networks
        self.users = context.users
        self.admin = context.admin
        # Shared with the demo's later steps: editors are given organizations by these keys.
        self.organizations: dict[str, Organization] = context.records.setdefault("organizations", {})
        self.persons_of_users: dict[str, Person] = {}
        self.fields_of_offer: dict[int, list[Any]] = {}
        self.languages = {language.code: language for language in Language.objects.all()}

    def build(self) -> None:
        for district_ags in DISTRICT_KEYS:
            seed_municipalities(district_ags=district_ags)
        self.municipalities = {
            municipality.name: municipality
            for key in DISTRICT_KEYS
            for municipality in Municipality.objects.filter(ags__startswith=key)
        }
        self.fields = self._terms_by_network(ThematicField)
        self.groups = self._terms_by_network(TargetGroup)
        self.names = NamePool(self.rng, reserved={user.name for user in self.users.values()})
        for org_spec in ALL_ORGANIZATIONS:
            self._build_organization(org_spec)
        self._record_consents()

    # --- organizations ------------------------------------------------------------------------------

    def _build_organization(self, spec: OrgSpec) -> None:
        organization = self._create(
            Organization(
                name=spec.name,
                short_name=spec.short_name,
                kind=spec.kind,
                parent=self.organizations.get(spec.parent),
                description_de=spec.description,
                description_en=spec.description_en or None,
                website=spec.website,
                email=spec.email or f"kontakt@{spec.key}.example",
                is_example=spec.is_example,
            ),
            languages=self._languages(spec.languages),
            thematic_fields=self._terms(self.fields, spec.networks, spec.fields),
        )
        self.organizations[spec.key] = organization
        for slug in spec.networks:
            joined = spec.joined_on or _day(self.rng, date(2018, 5, 1), date(2025, 6, 30))
            NetworkLink.objects.create(
                network=self.networks[slug], organization=organization, joined_on=joined
            )
        locations = [self._build_location(organization, location) for location in spec.locations]
        offers = [
            self._build_offer(
                organization, spec, OFFER_TEMPLATES[item] if isinstance(item, str) else item, locations
            )
            for item in spec.offers
        ]
        self._build_positions(organization, spec, offers)

    def _build_location(self, organization: Organization, spec: LocationSpec) -> Location:
        municipality = self.municipalities[spec.municipality]
        latitude = longitude = None
        if not spec.confidential and municipality.latitude is not None and municipality.longitude is not None:
            # A small offset keeps several organizations of one town from sharing a single map pin.
            offset = 0 if not spec.street else 1
            latitude = municipality.latitude + Decimal(
                str(round(self.rng.uniform(-0.006, 0.006) * offset, 6))
            )
            longitude = municipality.longitude + Decimal(
                str(round(self.rng.uniform(-0.009, 0.009) * offset, 6))
            )
        return self._save(
            Location(
                organization=organization,
                name=spec.name,
                street="" if spec.confidential else spec.street,
                postal_code=spec.postal_code or POSTAL_CODES.get(spec.municipality, ""),
                municipality=municipality,
                latitude=latitude,
                longitude=longitude,
                accessibility=spec.accessibility,
            )
        )

    # --- offers -------------------------------------------------------------------------------------

    def _build_offer(
        self, organization: Organization, org_spec: OrgSpec, spec: OfferSpec, locations: list[Location]
    ) -> Offer:
        place = org_spec.locations[0].municipality if org_spec.locations else "Burgenlandkreis"
        hours = (spec.opening_hours, "")
        languages = list(spec.languages)
        visibility, status = spec.visibility, spec.status
        if spec.vary:
            if not spec.opening_hours:
                hours = self.rng.choice(OPENING_HOURS)
            extra = self.rng.sample(EXTRA_LANGUAGES, k=self.rng.choice((0, 1, 1, 2)))
            languages += [code for code in extra if code not in languages]
            if visibility == Visibility.PUBLIC and self.rng.random() < 0.15:
                visibility = Visibility.NETWORK
            roll = self.rng.random()
            if status == OfferStatus.ACTIVE and roll < 0.07:
                status = OfferStatus.PAUSED
            elif status == OfferStatus.ACTIVE and roll < 0.11:
                status = OfferStatus.ENDED
        texts = {
            "title": spec.title,
            "description": spec.description,
            "opening_hours": hours[0],
            "costs": spec.costs,
            "eligibility": spec.eligibility,
            "access": spec.access,
        }
        offer = Offer(
            organization=organization,
            email=organization.email,
            website=spec.website,
            status=status,
            visibility=visibility,
            is_example=spec.is_example or org_spec.is_example,
        )
        for name, text in texts.items():
            setattr(offer, f"{name}_de", text.replace("{ort}", place))
        for language, translated in spec.translations.items():
            for name in OFFER_TEXT_FIELDS:
                if name in translated:
                    setattr(offer, f"{name}_{language}", translated[name].replace("{ort}", place))
            if language == "en" and hours[1] and "opening_hours" not in translated:
                offer.opening_hours_en = hours[1]  # type: ignore[attr-defined]
        fields = self._terms(self.fields, org_spec.networks, spec.fields)
        self.fields_of_offer[id(offer)] = fields
        return self._create(
            offer,
            thematic_fields=fields,
            target_groups=self._terms(self.groups, org_spec.networks, spec.groups),
            languages=self._languages(languages),
            service_area=self._service_area(spec, org_spec),
            locations=locations,
        )

    def _service_area(self, spec: OfferSpec, org_spec: OrgSpec) -> list[Municipality]:
        if spec.area_names:
            return [self.municipalities[name] for name in spec.area_names]
        local = [self.municipalities[location.municipality] for location in org_spec.locations]
        district_keys = [self.networks[slug].district_ags for slug in org_spec.networks]
        if (
            spec.area == DISTRICT
            or not local
            or not any(m.ags.startswith(tuple(district_keys)) for m in local)
        ):
            return [m for m in self.municipalities.values() if m.ags.startswith(tuple(district_keys))]
        return list(dict.fromkeys(local))

    # --- positions and the people holding them -------------------------------------------------------

    def _build_positions(self, organization: Organization, org_spec: OrgSpec, offers: list[Offer]) -> None:
        specs = [
            item if isinstance(item, PositionSpec) else PositionSpec(item) for item in org_spec.positions
        ]
        positions: list[Position] = []
        for spec in specs:
            responsible = [offers[index] for index in spec.offers] if spec.offers else offers
            description = spec.description
            if not description and responsible:
                description = "Zuständig für: " + "; ".join(offer.title_de for offer in responsible)  # type: ignore[attr-defined]
            fields = [field for offer in responsible for field in self.fields_of_offer[id(offer)]]
            position = self._create(
                Position(
                    organization=organization,
                    title_de=spec.title,
                    title_en=spec.title_en or None,
                    description=description,
                    email=f"{ascii_slug(spec.title)[:60]}@{org_spec.key}.example",
                ),
                offers=responsible,
                thematic_fields=list(dict.fromkeys(fields))
                or self._terms(self.fields, org_spec.networks, org_spec.fields),
            )
            positions.append(position)
        if len(positions) >= 2:
            # Colleagues stand in for each other: the first two positions are each other's deputies.
            positions[0].deputy, positions[1].deputy = positions[1], positions[0]
            for position in positions[:2]:
                self._save(position, update_fields=["deputy"])
        first_holder: Person | None = None
        for index, (spec, position) in enumerate(zip(specs, positions, strict=True)):
            shares_holder = index == 1 and first_holder is not None and self.rng.random() < 0.2
            holder = self._staff(position, org_spec, spec, first_holder if shares_holder else None)
            if index == 0:
                first_holder = holder

    def _staff(
        self, position: Position, org_spec: OrgSpec, spec: PositionSpec, shared: Person | None
    ) -> Person | None:
        """Fills a position: a current holder, often a predecessor, and now and then a vacancy."""
        if spec.holder:
            person = self._person_of_user(spec.holder)
            self._hold(position, person, date(2021, 3, 1))
            return person
        # Nobody held a position before the organization took part in this form (the MiA opened in
        # 2018); organizations that joined recently have had their staff for a while already.
        earliest = min(org_spec.joined_on or date(2016, 1, 1), date(2023, 1, 1))
        if spec.vacant or self.rng.random() < 0.1:
            if self.rng.random() < 0.6:
                start = _day(self.rng, earliest, date(2023, 12, 31))
                end = _day(self.rng, date(2024, 6, 30), date(2025, 5, 31))
                note = self.rng.choice(HANDOVER_NOTES)
                self._hold(position, self._new_person(org_spec), start, end, note)
            return None
        person = shared or self._new_person(org_spec)
        start = _day(self.rng, earliest, date(2025, 4, 30))
        self._hold(position, person, start)
        previous_start = start - timedelta(days=self.rng.randrange(700, 2500))
        if self.rng.random() < 0.3 and previous_start >= earliest:
            note = self.rng.choice(HANDOVER_NOTES)
            self._hold(position, self._new_person(org_spec), previous_start, start - timedelta(days=1), note)
        return person

    def _hold(
        self, position: Position, person: Person, start: date, end: date | None = None, note: str = ""
    ) -> None:
        self._save(
            PositionHolding(position=position, person=person, start_date=start, end_date=end, note=note)
        )

    def _new_person(self, org_spec: OrgSpec) -> Person:
        name = self.names.next_name()
        person = self._save(
            Person(name=name, email=email_for(name, f"{org_spec.key}.example"), is_example=True)
        )
        spoken = self.rng.sample(SPOKEN, k=self.rng.choice((0, 1, 1, 2)))
        person.languages.set(self._languages(["de", *spoken]))
        return person

    def _person_of_user(self, key: str) -> Person:
        if key not in self.persons_of_users:
            user = self.users[key]
            person = self._save(Person(name=user.name, email=user.email, user=user, is_example=True))
            person.languages.set(user.languages.all())
            self.persons_of_users[key] = person
        return self.persons_of_users[key]

    def _record_consents(self) -> None:
        recorder = self.users["coordinator"]
        holdings = PositionHolding.objects.filter(end_date__isnull=True).select_related(
            "person", "position__organization"
        )
        keys = {organization.pk: key for key, organization in self.organizations.items()}
        for holding in holdings:
            title: str = holding.position.title_de  # type: ignore[attr-defined]
            if (keys.get(holding.position.organization_id, ""), title) in PUBLIC_NAMES:
                person = holding.person
                person.name_is_public = True
                person.consent_recorded_at = CONSENT_RECORDED_AT
                person.consent_recorded_by = recorder
                self._save(
                    person, update_fields=["name_is_public", "consent_recorded_at", "consent_recorded_by"]
                )

    # --- helpers ------------------------------------------------------------------------------------

    def _save(self, instance: Any, **options: Any) -> Any:
        instance._history_user = self.admin  # read by django-simple-history for the change log
        instance.save(**options)
        return instance

    def _create(self, instance: Any, **relations: Iterable[Any]) -> Any:
        """Saves a new record with its many-to-many relations as one "created" history entry.

        django-simple-history writes an entry for the insert and another for every relation set, each
        copying all relations; for a demo of this size that is most of the run time and clutters the
        change log. So the relations are set with history paused, then one entry is written and marked
        as the creation.
        """
        instance._history_user = self.admin
        instance.skip_history_when_saving = True  # honoured by django-simple-history's signal handlers
        try:
            instance.save()
            for name, values in relations.items():
                getattr(instance, name).add(*values)
        finally:
            del instance.skip_history_when_saving
        instance.save()
        instance.history.update(history_type="+")
        return instance

    def _languages(self, codes: Iterable[str]) -> list[Language]:
        return [self.languages[code] for code in dict.fromkeys(codes)]

    def _terms_by_network(self, model: type[ThematicField] | type[TargetGroup]) -> dict[str, dict[str, Any]]:
        by_network: dict[str, dict[str, Any]] = {slug: {} for slug in self.networks}
        slugs = {network.pk: slug for slug, network in self.networks.items()}
        for term in model.objects.filter(network__in=self.networks.values()):
            by_network[slugs[term.network_id]][term.slug] = term
        return by_network

    @staticmethod
    def _terms(
        terms: dict[str, dict[str, models.Model]], networks: Iterable[str], slugs: Iterable[str]
    ) -> list[models.Model]:
        return [terms[network][slug] for network in networks for slug in slugs]
