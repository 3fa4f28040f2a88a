"""A small directory on top of the `world` fixture: what each role may or may not read through the API."""

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from netzwerk.core.models import Language, Municipality, TargetGroup, ThematicField
from netzwerk.directory.models import (
    Location,
    Offer,
    OfferStatus,
    Organization,
    OrganizationKind,
    OrganizationStatus,
    Position,
    PositionHolding,
    Visibility,
)
from tests.conftest import World
from tests.factories import (
    LanguageFactory,
    LocationFactory,
    MunicipalityFactory,
    OfferFactory,
    OrganizationFactory,
    PersonFactory,
    PositionFactory,
    PositionHoldingFactory,
    TargetGroupFactory,
    ThematicFieldFactory,
)


@dataclass
class Directory:
    world: World
    work: ThematicField
    housing: ThematicField
    other_work: ThematicField
    families: TargetGroup
    arabic: Language
    naumburg: Municipality
    zeitz: Municipality
    merseburg: Municipality
    location: Location
    public_offer: Offer
    internal_offer: Offer
    ended_offer: Offer
    other_public_offer: Offer
    other_internal_offer: Offer
    dissolved_org: Organization
    position: Position
    other_position: Position
    current_holding: PositionHolding


@pytest.fixture
def directory(world: World) -> Directory:
    network, other = world.network, world.other_network
    work = ThematicFieldFactory(network=network, name="Arbeit", slug="arbeit", name_en="Work")
    housing = ThematicFieldFactory(network=network, name="Wohnen", slug="wohnen", position=2)
    other_work = ThematicFieldFactory(network=other, name="Arbeit", slug="arbeit")
    families = TargetGroupFactory(network=network, name="Familien", slug="familien", name_en="Families")
    arabic = LanguageFactory(code="ar", name="Arabisch", name_en="Arabic", native_name="العربية", is_rtl=True)
    naumburg = MunicipalityFactory(ags="15084355", name="Naumburg (Saale)")
    zeitz = MunicipalityFactory(ags="15084590", name="Zeitz")
    merseburg = MunicipalityFactory(ags="15088205", name="Merseburg", district="Saalekreis")

    world.org_a.kind = OrganizationKind.WELFARE
    world.org_a.short_name = "BSA"
    world.org_a.description_en = "Counselling in Naumburg"
    world.org_a.save()
    world.org_a.thematic_fields.add(work)
    location = LocationFactory(
        organization=world.org_a,
        name="Beratungsbüro",
        street="Markt 1",
        postal_code="06618",
        municipality=naumburg,
        latitude=Decimal("51.152700"),
        longitude=Decimal("11.809800"),
    )

    public_offer = OfferFactory(
        organization=world.org_a,
        title="Migrationsberatung",
        title_en="Migration counselling",
        description="Beratung für Erwachsene",
        eligibility="Zugewanderte ab 27 Jahren",
    )
    public_offer.thematic_fields.add(work)
    public_offer.target_groups.add(families)
    public_offer.languages.add(arabic)
    public_offer.service_area.add(zeitz)
    public_offer.locations.add(location)
    internal_offer = OfferFactory(
        organization=world.org_b, title="Fallbesprechung im Netzwerk", visibility=Visibility.NETWORK
    )
    internal_offer.thematic_fields.add(housing)
    ended_offer = OfferFactory(organization=world.org_a, title="Sprachcafé 2023", status=OfferStatus.ENDED)
    other_public_offer = OfferFactory(organization=world.other_org, title="Wohnungssuche Saalekreis")
    other_public_offer.thematic_fields.add(other_work)
    other_public_offer.service_area.add(merseburg)
    other_internal_offer = OfferFactory(
        organization=world.other_org, title="Interner Austausch Saalekreis", visibility=Visibility.NETWORK
    )
    dissolved_org = OrganizationFactory(
        name="Aufgelöster Verein", network=network, status=OrganizationStatus.DISSOLVED
    )

    position = PositionFactory(organization=world.org_a, title="Migrationsberatung für Erwachsene")
    position.thematic_fields.add(work)
    position.offers.add(public_offer, internal_offer)
    current_holding = PositionHoldingFactory(
        position=position,
        person=PersonFactory(name="Erika Muster", email="erika@example.org"),
        start_date=timezone.localdate() - timedelta(days=30),
    )
    PositionHoldingFactory(
        position=position,
        person=PersonFactory(name="Frühere Beraterin"),
        start_date=timezone.localdate() - timedelta(days=400),
        end_date=timezone.localdate() - timedelta(days=31),
    )
    other_position = PositionFactory(organization=world.other_org, title="Ansprechperson Saalekreis")

    return Directory(
        world=world,
        work=work,
        housing=housing,
        other_work=other_work,
        families=families,
        arabic=arabic,
        naumburg=naumburg,
        zeitz=zeitz,
        merseburg=merseburg,
        location=location,
        public_offer=public_offer,
        internal_offer=internal_offer,
        ended_offer=ended_offer,
        other_public_offer=other_public_offer,
        other_internal_offer=other_internal_offer,
        dissolved_org=dissolved_org,
        position=position,
        other_position=other_position,
        current_holding=current_holding,
    )
