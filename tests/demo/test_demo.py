"""`netzwerk load_demo`: the demo of the Burgenlandkreis network, its logins and its guarantees.

Loading the demo takes seconds, so it is loaded once for this module inside a transaction that is rolled
back afterwards; each test runs in its own savepoint on top of it.
"""

# German typography (en dashes, quotation marks) and native language names are intended.

import io
import re
from urllib.parse import urlparse

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import Client

from netzwerk.accounts.models import Membership, Role, User
from netzwerk.core.models import Network
from netzwerk.demo.basics import DEMO_PASSWORD, USERS
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

BURGENLANDKREIS = "burgenlandkreis"
SAALEKREIS = "saalekreis"
ALLOWED_EMAIL = re.compile(r"^[^@\s]+@([a-z0-9-]+\.)*(example\.org|[a-z0-9-]+\.example)$")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def network(demo, db):
    return Network.objects.get(slug=BURGENLANDKREIS)


@pytest.fixture
def other_network(demo, db):
    return Network.objects.get(slug=SAALEKREIS)


def _counts():
    models = (
        Network,
        Organization,
        NetworkLink,
        Location,
        Offer,
        Position,
        Person,
        PositionHolding,
        User,
        Membership,
    )
    return {model.__name__: model.objects.count() for model in models} | {
        "offer history": Offer.history.count(),
        "emails": EmailAddress.objects.count(),
    }


# --- size and shape ----------------------------------------------------------------------------------


def test_first_network_has_the_promised_size(network):
    assert network.name == "Integrationsnetzwerk Burgenlandkreis"
    assert network.district_ags == "15084"
    assert Organization.objects.in_network(network).count() >= 40
    assert Offer.objects.in_network(network).distinct().count() >= 100
    assert Position.objects.in_network(network).distinct().count() >= 60
    assert network.municipalities().count() == 33
    assert set(network.languages.values_list("code", flat=True)) == {
        "de",
        "en",
        "ar",
        "fa",
        "uk",
        "ru",
        "ro",
        "pl",
        "bg",
    }
    assert "Schönburger Straße 41" in network.office_address
    assert network.office_email.endswith("@example.org")


def test_second_network_is_small_and_has_its_own_coordinator(network, other_network):
    organizations = Organization.objects.in_network(other_network)
    assert 4 <= organizations.count() <= 7
    assert Offer.objects.in_network(other_network).distinct().count() >= 10
    coordinators = Membership.objects.filter(network=other_network, role=Role.COORDINATOR)
    assert coordinators.count() == 1
    coordinator = coordinators.get().user
    assert not Membership.objects.filter(user=coordinator, network=network).exists()
    # Only EUmigra works in both networks.
    shared = organizations.filter(network_links__network=network)
    assert list(shared.values_list("short_name", flat=True)) == ["EUmigra"]


def test_real_organizations_are_described_and_mia_units_belong_to_mia(network):
    mia = Organization.objects.get(short_name="MiA")
    assert not mia.is_example
    assert "26. April 2018" in mia.description_de
    unit_names = set(mia.units.values_list("name", flat=True))
    assert {
        "Kommunales Jobcenter Burgenlandkreis",
        "Jugendamt Burgenlandkreis",
        "Wirtschaftsamt Burgenlandkreis",
        "Amt für Bildung, Kultur und Sport des Burgenlandkreises",
        "Integrations- und Ausländeramt des Burgenlandkreises",
        "Koordinierungsstelle Integration im Burgenlandkreis",
    } <= unit_names
    for name in (
        "EUmigra – Fach- und Servicestelle EU-Migration Sachsen-Anhalt",
        "Amt Gleichstellung und Integration der Stadt Weißenfels",
        "BemA – Beratung migrantischer Arbeitskräfte",
        "Caritasverband für das Bistum Magdeburg e. V.",
        "Hochschule Magdeburg-Stendal",
    ):
        organization = Organization.objects.in_network(network).get(name=name)
        assert not organization.is_example
        assert organization.description
    miasa = Offer.objects.get(title_de__startswith="Forschungsprojekt MIASA")
    assert miasa.organization.name == "Hochschule Magdeburg-Stendal"


def test_example_organizations_say_so_in_their_name(network):
    examples = Organization.objects.in_network(network).filter(is_example=True)
    assert examples.count() >= 30
    assert all(name.endswith("(Beispiel)") for name in examples.values_list("name", flat=True))
    assert not Organization.objects.filter(is_example=False, name__contains="(Beispiel)").exists()


def test_offers_cover_every_thematic_field_and_carry_their_details(network):
    offers = Offer.objects.in_network(network).distinct()
    for field in network.thematic_fields.all():
        assert offers.filter(thematic_fields=field).exists(), field.slug
    for offer in offers.prefetch_related("languages", "target_groups", "service_area"):
        assert offer.languages.all(), offer
        assert offer.target_groups.all(), offer
        assert offer.service_area.all(), offer
    assert offers.exclude(opening_hours_de="").count() >= 80
    assert offers.exclude(costs_de="").count() >= 80
    assert offers.exclude(eligibility_de="").count() >= 30
    assert offers.exclude(access_de="").count() >= 50
    assert Location.objects.filter(organization__in=Organization.objects.in_network(network)).count() >= 40


def test_offers_mix_visibility_status_and_translations(network):
    offers = Offer.objects.in_network(network).distinct()
    assert offers.filter(visibility=Visibility.NETWORK).count() >= 5
    assert offers.filter(visibility=Visibility.PUBLIC).count() >= 60
    assert offers.filter(status=OfferStatus.PAUSED).exists()
    assert offers.filter(status=OfferStatus.ENDED).exists()
    assert offers.exclude(title_en=None).exclude(title_en="").count() >= 10
    assert offers.exclude(title_ar=None).exclude(title_ar="").exists()
    assert offers.exclude(title_uk=None).exclude(title_uk="").exists()
    arabic = offers.exclude(title_ar=None).exclude(title_ar="").first()
    assert re.search(r"[\u0600-\u06ff]", arabic.title_ar)


def test_positions_show_turnover_vacancies_and_deputies(network):
    positions = Position.objects.in_network(network).distinct()
    current = PositionHolding.objects.current()
    vacant = positions.exclude(holdings__in=current)
    assert vacant.count() >= 3
    assert vacant.filter(
        title_de="Sozialpädagogische Begleitung", organization__memberships__role=Role.EDITOR
    ).exists()
    assert PositionHolding.objects.filter(position__in=positions, end_date__isnull=False).count() >= 10
    assert positions.filter(deputy__isnull=False).count() >= 10
    assert all(
        holding.start_date is not None for holding in PositionHolding.objects.filter(position__in=positions)
    )


# --- persons and contact data ------------------------------------------------------------------------


@pytest.mark.usefixtures("demo")
def test_demo_persons_are_all_invented_and_few_names_are_public(db):
    assert Person.objects.count() >= 60
    assert not Person.objects.filter(is_example=False).exists()
    public = Person.objects.filter(name_is_public=True)
    assert 2 <= public.count() <= 5
    assert not public.filter(consent_recorded_at__isnull=True).exists()
    assert not public.filter(consent_recorded_by__isnull=True).exists()


@pytest.mark.usefixtures("demo")
def test_no_email_address_leaves_the_example_domains(db):
    addresses = [
        *User.objects.values_list("email", flat=True),
        *Person.objects.exclude(email="").values_list("email", flat=True),
        *Organization.objects.exclude(email="").values_list("email", flat=True),
        *Position.objects.exclude(email="").values_list("email", flat=True),
        *Offer.objects.exclude(email="").values_list("email", flat=True),
        *Network.objects.exclude(office_email="").values_list("office_email", flat=True),
    ]
    assert addresses
    assert [address for address in addresses if not ALLOWED_EMAIL.match(address)] == []


@pytest.mark.usefixtures("demo")
def test_only_real_organizations_link_to_real_websites(db):
    for organization in Organization.objects.exclude(website=""):
        host = urlparse(organization.website).hostname or ""
        assert not organization.is_example or host.endswith(("example.org", ".example")), organization
    for offer in Offer.objects.exclude(website=""):
        assert (urlparse(offer.website).hostname or "").endswith(("example.org", ".example")), offer


# --- logins ------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize("spec", USERS, ids=[spec.key for spec in USERS])
def test_every_demo_user_logs_in_through_the_login_page(db, spec):
    client = Client()
    response = client.post("/accounts/login/", {"login": spec.email, "password": DEMO_PASSWORD})
    assert response.status_code == 302, response.content.decode()[:2000]

    page = f"/n/{spec.network}/" if spec.network else "/"
    response = client.get(page, follow=True)
    assert response.status_code == 200
    assert response.wsgi_request.user.email == spec.email
    assert "/accounts/logout/" in response.content.decode()


@pytest.mark.usefixtures("demo")
def test_demo_users_have_their_roles_and_verified_addresses(db):
    for spec in USERS:
        user = User.objects.get(email=spec.email)
        assert EmailAddress.objects.filter(user=user, email=spec.email, verified=True, primary=True).exists()
        assert user.is_superuser == spec.is_superuser
        if spec.network:
            membership = Membership.objects.get(user=user, network__slug=spec.network)
            assert membership.role == spec.role
    editor = Membership.objects.get(user__email="redaktion@example.org")
    assert set(editor.organizations.values_list("short_name", flat=True)) >= {"Caritas"}
    assert editor.organizations.filter(is_example=True).count() == 1


@pytest.mark.usefixtures("demo")
def test_some_demo_users_are_the_persons_holding_positions(db):
    coordinator = User.objects.get(email="koordination@example.org")
    holding = PositionHolding.objects.current().get(person__user=coordinator)
    assert holding.position.organization.name == "Koordinierungsstelle Integration im Burgenlandkreis"
    assert Person.objects.filter(user__isnull=False).count() >= 3


@pytest.mark.usefixtures("demo")
def test_created_records_name_the_administrator_in_their_history(db):
    admin = User.objects.get(email="admin@example.org")
    offer = Offer.objects.first()
    assert [record.history_type for record in offer.history.all()] == ["+"]
    record = offer.history.get()
    assert record.history_user == admin
    assert record.thematic_fields.exists()


# --- running again -----------------------------------------------------------------------------------


@pytest.mark.usefixtures("demo")
def test_second_run_changes_nothing_and_prints_the_logins_again(db, capsys):
    before = _counts()
    call_command("load_demo")
    assert _counts() == before
    output = capsys.readouterr().out
    assert "already present" in output
    for spec in USERS:
        assert spec.email in output
    assert DEMO_PASSWORD in output


@pytest.mark.usefixtures("demo")
def test_refuses_to_mix_demo_data_into_a_network_without_it(db):
    NetworkLink.objects.filter(network__slug=SAALEKREIS).delete()
    before = _counts()
    with pytest.raises(CommandError, match="saalekreis"):
        call_command("load_demo")
    assert _counts() == before


def test_the_demo_has_a_knowledge_base_with_reviews_revisions_and_translations(network) -> None:
    from netzwerk.knowledge.models import Article, ArticleStatus, ArticleTranslation, Collection

    articles = Article.objects.filter(network=network)
    assert articles.count() >= 30
    assert Collection.objects.filter(network=network, parent__isnull=False).exists()
    assert articles.overdue().count() >= 2
    assert articles.filter(status=ArticleStatus.REVIEW).count() == 1
    assert articles.filter(status=ArticleStatus.ARCHIVED).exists()
    assert articles.filter(revision_number__gte=3).exists()
    translations = ArticleTranslation.objects.filter(article__network=network).select_related("article")
    assert {t.language for t in translations} >= {"ar", "fa", "en"}
    assert [t.is_outdated for t in translations].count(True) == 1
    # Every article page of the demo opens for the coordinator, and the public ones for visitors.
    coordinator = Client()
    coordinator.force_login(User.objects.get(email="koordination@example.org"))
    for article in articles:
        assert coordinator.get(article.url_in(network)).status_code == 200
    public = articles.filter(status=ArticleStatus.PUBLISHED, visibility="public").first()
    assert Client().get(public.url_in(network)).status_code == 200


def test_the_demo_has_generated_documents_read_attached_and_versioned(network) -> None:
    from netzwerk.documents.models import Document, DocumentVersion, ExtractionStatus

    documents = Document.objects.filter(network=network)
    versions = DocumentVersion.objects.filter(document__network=network)
    assert {version.kind for version in versions} >= {"pdf", "docx", "xlsx", "odt"}
    assert documents.filter(versions__number=2).count() == 1
    assert documents.filter(articles__isnull=False).distinct().count() >= 2
    kg1 = documents.get(title__startswith="Ausfüllhilfe Kindergeld")
    assert kg1.visibility == "public"
    assert "Steuerliche Identifikationsnummer" in kg1.current_version.extracted_text
    assert kg1.current_version.page_count == 2
    assert versions.filter(extraction_status=ExtractionStatus.FAILED).count() == 1
    assert versions.exclude(extraction_status=ExtractionStatus.FAILED).filter(word_count__gt=20).count() == 5
    # A visitor downloads the public Ausfüllhilfe; the network's own documents stay closed to them.
    visitor = Client()
    assert visitor.get(kg1.current_version.download_url_in(network)).status_code == 200
    internal = documents.filter(visibility="network").first()
    assert visitor.get(internal.current_version.download_url_in(network)).status_code == 404
