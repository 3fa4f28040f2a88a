"""The two demo networks and the demo logins, one per role."""

# German typography (en dashes, quotation marks) and native language names are intended.

from netzwerk.accounts.models import Role

from .specs import BURGENLANDKREIS, SAALEKREIS, DemoUser, NetworkSpec

# One documented password for every demo login (README, `make demo` output).
DEMO_PASSWORD = "Demo-Netzwerk-2025"  # noqa: S105 - a published demo credential, not a secret
# Fixed seed: every run and every installation gets the same demo data.
SEED = 20250924

NETWORKS: tuple[NetworkSpec, ...] = (
    NetworkSpec(
        slug=BURGENLANDKREIS,
        name="Integrationsnetzwerk Burgenlandkreis",
        name_en="Integration Network Burgenlandkreis",
        district="Burgenlandkreis",
        district_ags="15084",
        description=(
            "Das Integrationsnetzwerk bringt Menschen aus Verwaltung, Zivilgesellschaft, Träger- und "
            "Beratungslandschaft sowie der Wirtschaft zusammen, die sich in ihrer täglichen Arbeit mit "
            "ähnlichen Themen beschäftigen, aber selten direkt miteinander im Austausch stehen. Viermal "
            "jährlich kommen zwischen 40 und 70 haupt- und ehrenamtlich Engagierte an wechselnden Orten im "
            "Landkreis zusammen; die Arbeit ist in Handlungsfeldern organisiert, etwa "
            "Arbeitsmarktintegration, "
            "gesundheitliche Versorgung, Bildung, Ehrenamt und Wohnen.\n\n"
            "Diese Installation enthält Demo-Daten: Einrichtungen mit dem Zusatz „(Beispiel)“ und alle "
            "Personen sind erfunden."
        ),
        description_en=(
            "The integration network brings together people from public administration, civil society, "
            "welfare and counselling services and business who work on similar questions every day but "
            "rarely talk to each other directly. Four times a year, 40 to 70 professionals and volunteers "
            "meet at changing places in the district; the work is organised in thematic fields such as "
            "labour market integration, health care, education, volunteering and housing.\n\n"
            "This installation holds demo data: organizations marked “(Beispiel)” and all persons are "
            "invented."
        ),
        office_name="Koordinierungsstelle Integration im Burgenlandkreis",
        office_email="koordinierungsstelle-integration@example.org",
        office_address="Migrationsagentur des Burgenlandkreises\nSchönburger Straße 41\n06618 Naumburg "
        "(Saale)",
        languages=("de", "en", "ar", "fa", "uk", "ru", "ro", "pl", "bg"),
    ),
    NetworkSpec(
        slug=SAALEKREIS,
        name="Integrationsnetzwerk Saalekreis (Beispiel)",
        name_en="Integration Network Saalekreis (example)",
        district="Saalekreis",
        district_ags="15088",
        description=(
            "Ein erfundenes zweites Netzwerk, damit die Demo zeigt, dass Netzwerke ihre Daten getrennt "
            "halten – nur die EUmigra arbeitet in beiden Netzwerken mit."
        ),
        description_en=(
            "An invented second network, so the demo shows that networks keep their data apart – only "
            "EUmigra works in both networks."
        ),
        office_name="Koordinierungsstelle Integration Saalekreis (Beispiel)",
        office_email="koordination@netzwerk-saalekreis.example",
        office_address="",
        languages=("de", "en", "ar", "uk", "ru"),
    ),
)

USERS: tuple[DemoUser, ...] = (
    DemoUser(
        key="admin",
        email="admin@example.org",
        name="Plattform-Administration (Demo)",
        network="",
        role="",
        is_superuser=True,
        what_to_try="Admin area at /admin/; sees and changes both networks.",
    ),
    DemoUser(
        key="coordinator",
        email="koordination@example.org",
        name="Johanna Berger",
        network=BURGENLANDKREIS,
        role=Role.COORDINATOR,
        languages=("de", "en"),
        what_to_try="Edit any organization, manage members, invite people, see network-only offers.",
    ),
    DemoUser(
        key="editor",
        email="redaktion@example.org",
        name="Tobias Krämer",
        network=BURGENLANDKREIS,
        role=Role.EDITOR,
        organizations=("caritas", "sprachschule-saaletal"),
        languages=("de", "pl"),
        what_to_try="Edit the Caritas and Sprachschule Saaletal entries; other organizations are read-only.",
    ),
    DemoUser(
        key="member",
        email="mitglied@example.org",
        name="Olena Kovalenko",
        network=BURGENLANDKREIS,
        role=Role.MEMBER,
        languages=("uk", "ru", "de"),
        what_to_try="Read network-only offers, positions and contact persons; nothing to edit.",
    ),
    DemoUser(
        key="guest",
        email="gast@example.org",
        name="Greta Hoffmann",
        network=BURGENLANDKREIS,
        role=Role.GUEST,
        what_to_try="Sees public data only, like an anonymous visitor, but logged in.",
    ),
    DemoUser(
        key="coordinator-saalekreis",
        email="koordination.saalekreis@example.org",
        name="Malte Seidel",
        network=SAALEKREIS,
        role=Role.COORDINATOR,
        what_to_try="Coordinates the second network; Burgenlandkreis pages answer 404 except EUmigra.",
    ),
)
