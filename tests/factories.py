"""Factories for the test suite. Each builds the smallest valid record; nothing hidden is created."""

import factory
from django.utils.text import slugify

from netzwerk.accounts.models import Membership, Role, User
from netzwerk.core.models import Language, Municipality, Network, TargetGroup, ThematicField
from netzwerk.directory.models import (
    Location,
    NetworkLink,
    Offer,
    Organization,
    OrganizationKind,
    Person,
    Position,
    PositionHolding,
)


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Integrationsnetzwerk {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    district = factory.Sequence(lambda n: f"Landkreis {n}")
    district_ags = "15084"
    office_name = "Koordinierungsstelle Integration"
    office_email = "koordination@example.org"


class LanguageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Language
        django_get_or_create = ("code",)

    code = "de"
    name = "Deutsch"


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ("ags",)

    ags = factory.Sequence(lambda n: f"15084{n:03d}")
    name = factory.Sequence(lambda n: f"Gemeinde {n}")
    district = "Burgenlandkreis"


class ThematicFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ThematicField

    network = factory.SubFactory(NetworkFactory)
    name = factory.Sequence(lambda n: f"Handlungsfeld {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup

    network = factory.SubFactory(NetworkFactory)
    name = factory.Sequence(lambda n: f"Zielgruppe {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.django.Password("correct horse battery staple")


class OrganizationFactory(factory.django.DjangoModelFactory):
    """An organization that is an active member of `network` (pass network=None to skip the link)."""

    class Meta:
        model = Organization
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Beratungsstelle {n}")
    kind = OrganizationKind.COUNSELLING

    @factory.post_generation
    def network(self, create: bool, extracted: Network | None, **kwargs: object) -> None:
        if create and extracted is not None:
            NetworkLink.objects.create(network=extracted, organization=self)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    network = factory.SubFactory(NetworkFactory)
    role = Role.MEMBER

    @factory.post_generation
    def organizations(self, create: bool, extracted: list[Organization] | None, **kwargs: object) -> None:
        if create and extracted:
            self.organizations.set(extracted)


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location

    organization = factory.SubFactory(OrganizationFactory)
    name = "Hauptsitz"
    street = "Schönburger Straße 41"
    postal_code = "06618"
    municipality = factory.SubFactory(MunicipalityFactory)


class OfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Offer

    organization = factory.SubFactory(OrganizationFactory)
    title = factory.Sequence(lambda n: f"Beratungsangebot {n}")
    description = "Beratung zu Fragen des Alltags."


class PositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Position

    organization = factory.SubFactory(OrganizationFactory)
    title = factory.Sequence(lambda n: f"Ansprechperson {n}")
    email = "funktion@example.org"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Erika Beispiel {n}")


class PositionHoldingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PositionHolding

    position = factory.SubFactory(PositionFactory)
    person = factory.SubFactory(PersonFactory)


class MembershipRequestFactory(factory.django.DjangoModelFactory):
    """A pending Aufnahmeantrag; pass `network`."""

    class Meta:
        model = "directory.MembershipRequest"

    network = factory.SubFactory(NetworkFactory)
    organization_name = factory.Sequence(lambda n: f"Neuer Verein {n}")
    organization_kind = OrganizationKind.ASSOCIATION
    organization_website = "https://verein.example.org"
    contact_name = "Amira Haddad"
    contact_email = factory.Sequence(lambda n: f"antrag{n}@verein.example.org")
    contact_function = "Vorsitzende"
    reason = "Wir begleiten geflüchtete Familien im Alltag."
