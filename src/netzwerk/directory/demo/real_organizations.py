"""Real organizations of the Burgenlandkreis network, described with public facts only.

Sources: press texts of the Burgenlandkreis and of EUmigra (opening of the Migrationsagentur 2018,
third network meeting 2025, workshop „Hier will ich bleiben!“, Runder Tisch Unionsbürger*innen 2022).
Functional email addresses are invented (``.example``); the persons holding their positions are invented
too, and each description says so. Offers that restate published facts are not marked as examples;
offers added to give the demo editor something to work with are.
"""

# German typography (en dashes, quotation marks) and native language names are intended.

from datetime import date

from netzwerk.demo.specs import BURGENLANDKREIS, SAALEKREIS
from netzwerk.directory.models import OfferStatus, OrganizationKind, Visibility

from .specs import DISTRICT, LocationSpec, OfferSpec, OrgSpec, PositionSpec

INVENTED_PERSONS = "\n\nHinweis: Die Ansprechpersonen in dieser Demo sind erfunden."
INVENTED_PERSONS_EN = "\n\nNote: the contact persons in this demo are invented."
MIA_ADDRESS = LocationSpec(
    "Migrationsagentur im Erweiterungsbau des Landratsamtes",
    "Naumburg (Saale)",
    "Schönburger Straße 41",
)
MIA_OPENED = date(2018, 4, 26)
ASK_MIA = (
    "Aktuelle Sprechzeiten erfahren Sie bei der Migrationsagentur, Schönburger Straße 41, Naumburg (Saale)."
)


def _unit(  # noqa: PLR0917 - called like a table row
    key: str, name: str, short: str, task: str, offer: OfferSpec, position: str
) -> OrgSpec:
    return OrgSpec(
        key=key,
        name=name,
        short_name=short,
        kind=OrganizationKind.AUTHORITY,
        parent="mia",
        description=(
            f"{task} Das Amt arbeitet in der Migrationsagentur des Burgenlandkreises mit dem Integrations- "
            "und Ausländeramt unter einem Dach, damit Zugewanderten der Weg durch den Ämterdschungel "
            "erspart bleibt." + INVENTED_PERSONS
        ),
        fields=offer.fields,
        languages=("de",),
        locations=(MIA_ADDRESS,),
        offers=(offer,),
        positions=(position,),
        is_example=False,
        joined_on=MIA_OPENED,
    )


MIA_UNITS: tuple[OrgSpec, ...] = (
    _unit(
        "jobcenter",
        "Kommunales Jobcenter Burgenlandkreis",
        "Jobcenter",
        "Das kommunale Jobcenter ist mit eigenen Mitarbeitenden in der Migrationsagentur vertreten.",
        OfferSpec(
            "Jobcenter in der Migrationsagentur",
            "Ansprechpersonen des kommunalen Jobcenters für Leistungen und den Weg in Arbeit – im selben "
            "Haus "
            "wie das Integrations- und Ausländeramt.",
            ("arbeitsmarkt",),
            ("gefluechtete", "drittstaatsangehoerige", "eu-buergerinnen"),
            access=ASK_MIA,
            area=DISTRICT,
            is_example=False,
        ),
        "Integrationsfachkraft Arbeitsmarkt",
    ),
    _unit(
        "jugendamt",
        "Jugendamt Burgenlandkreis",
        "Jugendamt",
        "Das Jugendamt ist mit eigenen Mitarbeitenden in der Migrationsagentur vertreten.",
        OfferSpec(
            "Jugendamt in der Migrationsagentur",
            "Ansprechpersonen des Jugendamtes für zugewanderte Familien, Kinder und Jugendliche im Haus der "
            "Migrationsagentur.",
            ("familie-und-kinder",),
            ("familien", "kinder-und-jugendliche"),
            access=ASK_MIA,
            area=DISTRICT,
            is_example=False,
        ),
        "Ansprechperson Migration im Jugendamt",
    ),
    _unit(
        "wirtschaftsamt",
        "Wirtschaftsamt Burgenlandkreis",
        "Wirtschaftsamt",
        "Das Wirtschaftsamt ist mit eigenen Mitarbeitenden in der Migrationsagentur vertreten.",
        OfferSpec(
            "Wirtschaftsamt in der Migrationsagentur",
            "Ansprechpersonen für Unternehmen, die Zugewanderte ausbilden oder beschäftigen wollen – viele "
            "Betriebe im Landkreis finden keinen Nachwuchs.",
            ("arbeitsmarkt",),
            ("fachkraefte",),
            access=ASK_MIA,
            area=DISTRICT,
            is_example=False,
        ),
        "Fachkräftesicherung und Unternehmensservice",
    ),
    _unit(
        "bildungsamt",
        "Amt für Bildung, Kultur und Sport des Burgenlandkreises",
        "Bildungsamt",
        "Das Amt für Bildung, Kultur und Sport ist mit eigenen Mitarbeitenden in der Migrationsagentur "
        "vertreten.",
        OfferSpec(
            "Amt für Bildung, Kultur und Sport in der Migrationsagentur",
            "Ansprechpersonen für Fragen zu Bildung, Kultur und Sport im Haus der Migrationsagentur.",
            ("bildung",),
            ("familien", "kinder-und-jugendliche"),
            access=ASK_MIA,
            area=DISTRICT,
            is_example=False,
        ),
        "Bildungskoordination für Neuzugewanderte",
    ),
)

AUSLAENDERAMT = OrgSpec(
    key="auslaenderamt",
    name="Integrations- und Ausländeramt des Burgenlandkreises",
    short_name="Ausländeramt",
    kind=OrganizationKind.AUTHORITY,
    parent="mia",
    description=(
        "Das Integrations- und Ausländeramt bildet den Kern der Migrationsagentur; Jobcenter, Jugendamt, "
        "Wirtschaftsamt und das Amt für Bildung, Kultur und Sport arbeiten hier mit ihm unter einem Dach."
        + INVENTED_PERSONS
    ),
    fields=("aufenthaltsrecht",),
    languages=("de",),
    locations=(MIA_ADDRESS,),
    offers=(
        OfferSpec(
            "Aufenthaltsrechtliche Angelegenheiten",
            "Zuständig für Aufenthaltstitel und weitere ausländerrechtliche Angelegenheiten der Menschen im "
            "Burgenlandkreis.",
            ("aufenthaltsrecht",),
            ("gefluechtete", "drittstaatsangehoerige", "eu-buergerinnen", "fachkraefte"),
            access=ASK_MIA,
            area=DISTRICT,
            is_example=False,
        ),
    ),
    positions=(
        "Sachbearbeitung Aufenthaltsrecht (Namen A–K)",
        "Sachbearbeitung Aufenthaltsrecht (Namen L–Z)",
        "Sachbearbeitung Einbürgerung",
    ),
    is_example=False,
    joined_on=MIA_OPENED,
)

KOORDINIERUNGSSTELLE = OrgSpec(
    key="koordinierungsstelle",
    name="Koordinierungsstelle Integration im Burgenlandkreis",
    short_name="Koordinierungsstelle",
    kind=OrganizationKind.AUTHORITY,
    parent="mia",
    description=(
        "Die Koordinierungsstelle in der Migrationsagentur organisiert das Integrationsnetzwerk des "
        "Burgenlandkreises: einen strukturierten, aber offenen Raum für Vernetzung auf operativer Ebene, "
        "in dem pragmatische Lösungen im Mittelpunkt stehen." + INVENTED_PERSONS
    ),
    description_en=(
        "The coordination office at the Migrationsagentur organises the district's integration network: a "
        "structured but open space for practical networking, focused on pragmatic solutions."
        + INVENTED_PERSONS_EN
    ),
    fields=("soziale-teilhabe", "arbeitsmarkt", "gesundheit", "bildung", "ehrenamt", "wohnen"),
    languages=("de", "en"),
    locations=(MIA_ADDRESS,),
    offers=(
        OfferSpec(
            "Treffen des Integrationsnetzwerks",
            "Viermal im Jahr treffen sich 40 bis 70 haupt- und ehrenamtlich Engagierte an wechselnden Orten "
            "im "
            "Landkreis. Beim dritten Treffen 2025 am 24. September ging es um Migration und Pflege – mit 79 "
            "Teilnehmenden ein Rekord. Das nächste Treffen findet am 26. November 2025 im Bürgerhaus "
            "Hohenmölsen statt.",
            ("soziale-teilhabe", "migration-und-pflege"),
            ("alle",),
            opening_hours="viermal jährlich",
            costs="kostenlos",
            eligibility="Haupt- und Ehrenamtliche aus Verwaltung, Zivilgesellschaft, Beratung und "
            "Wirtschaft.",
            visibility=Visibility.NETWORK,
            area=DISTRICT,
            is_example=False,
            translations={
                "en": {
                    "title": "Meetings of the integration network",
                    "description": "Four times a year, 40 to 70 professionals and volunteers meet at "
                    "changing "
                    "places in the district. The third meeting of 2025, on 24 September, was about migration "
                    "and nursing care – a record with 79 participants. The next meeting is on 26 November "
                    "2025 at the Bürgerhaus Hohenmölsen.",
                    "opening_hours": "four times a year",
                }
            },
        ),
        OfferSpec(
            "Arbeitsgruppen in den Handlungsfeldern",
            "Die Netzwerkarbeit ist in Handlungsfeldern organisiert, die sich an den aktuellen Bedarfen der "
            "Teilnehmenden orientieren – etwa Arbeitsmarktintegration, gesundheitliche Versorgung, Bildung, "
            "Ehrenamt oder Wohnen.",
            ("arbeitsmarkt", "gesundheit", "bildung", "ehrenamt", "wohnen"),
            ("alle",),
            visibility=Visibility.NETWORK,
            area=DISTRICT,
            is_example=False,
        ),
    ),
    positions=(
        PositionSpec(
            "Integrationskoordination",
            "Leitet die Koordinierungsstelle und das Netzwerk.",
            title_en="Integration coordination",
            holder="coordinator",
        ),
        PositionSpec(
            "Netzwerkmanagement",
            "Plant die Netzwerktreffen und pflegt das Verzeichnis.",
            title_en="Network management",
        ),
    ),
    is_example=False,
    joined_on=MIA_OPENED,
)

MIA = OrgSpec(
    key="mia",
    name="Migrationsagentur des Burgenlandkreises",
    short_name="MiA",
    kind=OrganizationKind.AUTHORITY,
    website="https://www.burgenlandkreis.de",
    description=(
        "Die Migrationsagentur (MiA) wurde am 26. April 2018 im Erweiterungsbau des Landratsamtes in der "
        "Schönburger Straße 41 in Naumburg eröffnet; mit ihr stellte der Landkreis sein kommunales "
        "Migrations- und Integrationsmanagement neu auf. Vertreterinnen und Vertreter des kommunalen "
        "Jobcenters, des Jugendamtes, des Wirtschaftsamtes und des Amtes für Bildung, Kultur und Sport "
        "arbeiten hier unter einem Dach eng mit dem Integrations- und Ausländeramt zusammen. Zum Team "
        "gehören "
        "71 Mitarbeiterinnen und Mitarbeiter. Das Angebot richtet sich an Geflüchtete, an die weitaus "
        "größere "
        "Gruppe der Unionsbürgerinnen und -bürger und an künftige Arbeitskräfte aus Drittstaaten."
        + INVENTED_PERSONS
    ),
    description_en=(
        "The Migrationsagentur (MiA) opened on 26 April 2018 in the extension of the district office at "
        "Schönburger Straße 41 in Naumburg. Staff of the municipal job centre, the youth welfare office, the "
        "economic development office and the office for education, culture and sport work closely with the "
        "integration and immigration office under one roof; 71 people work there. It serves refugees, the "
        "much larger group of EU citizens and future workers from third countries." + INVENTED_PERSONS_EN
    ),
    fields=("aufenthaltsrecht", "arbeitsmarkt", "familie-und-kinder", "bildung"),
    languages=("de", "en"),
    locations=(MIA_ADDRESS,),
    offers=(
        OfferSpec(
            "Beratung und Bürgerservice unter einem Dach",
            "In der Migrationsagentur erreichen Zugewanderte Integrations- und Ausländeramt, Jobcenter, "
            "Jugendamt, Wirtschaftsamt und das Amt für Bildung, Kultur und Sport an einem Ort.",
            ("aufenthaltsrecht", "arbeitsmarkt", "familie-und-kinder", "bildung"),
            ("gefluechtete", "eu-buergerinnen", "drittstaatsangehoerige"),
            access=ASK_MIA,
            area=DISTRICT,
            is_example=False,
            translations={
                "en": {
                    "title": "Counselling and citizen services under one roof",
                    "description": "At the Migrationsagentur, immigrants find the integration and "
                    "immigration "
                    "office, the job centre, the youth welfare office, the economic development office and "
                    "the office for education, culture and sport in one place.",
                    "access": "Please ask the Migrationsagentur, Schönburger Straße 41, Naumburg (Saale), "
                    "for "
                    "current opening hours.",
                }
            },
        ),
        OfferSpec(
            "Praxisworkshop „Hier will ich bleiben!“",
            "Workshop am 1. Oktober 2025 in Naumburg zu nachhaltiger Integration: Wie gelingt es, dass "
            "Zugewanderte nicht nur ankommen, sondern bleiben? Anlass war die Studie „Willkommen zurück?“ "
            "der "
            "Friedrich-Ebert-Stiftung. Arbeitsgruppen erarbeiteten die Handlungsfelder soziale Teilhabe, "
            "wirtschaftliche Chancen und Diskriminierung.",
            ("soziale-teilhabe", "arbeitsmarkt", "diskriminierung"),
            ("alle",),
            opening_hours="1. Oktober 2025",
            status=OfferStatus.ENDED,
            area=DISTRICT,
            is_example=False,
        ),
    ),
    positions=(
        PositionSpec("Leitung der Migrationsagentur", title_en="Head of the Migrationsagentur"),
        "Empfang und Terminvergabe",
    ),
    is_example=False,
    joined_on=MIA_OPENED,
)

EUMIGRA = OrgSpec(
    key="eumigra",
    name="EUmigra – Fach- und Servicestelle EU-Migration Sachsen-Anhalt",
    short_name="EUmigra",
    kind=OrganizationKind.COUNSELLING,
    website="https://www.eumigra.de",
    description=(
        "Landesprojekt der Auslandsgesellschaft Sachsen-Anhalt e. V. (AGSA), gefördert durch das Land "
        "Sachsen-Anhalt. EUmigra bringt die Bedarfe und Erfahrungen zugewanderter Unionsbürgerinnen und "
        "-bürger in die Netzwerkarbeit ein: Europäische Mobilität ist im Alltag oft mit Hürden verbunden, "
        "etwa "
        "beim Zugang zu Informationen, im Umgang mit Behörden oder bei der gesellschaftlichen Teilhabe. "
        "EUmigra arbeitet in mehreren Netzwerken mit." + INVENTED_PERSONS
    ),
    description_en=(
        "A state project of the Auslandsgesellschaft Sachsen-Anhalt e. V. (AGSA), funded by the state of "
        "Saxony-Anhalt. EUmigra brings the needs and experiences of EU citizens into the networks: European "
        "mobility often meets obstacles in everyday life, for example in access to information, in dealing "
        "with authorities or in taking part in society." + INVENTED_PERSONS_EN
    ),
    fields=("aufenthaltsrecht", "arbeitsmarkt", "soziale-teilhabe", "diskriminierung"),
    languages=("de", "en", "ro", "pl", "bg"),
    locations=(
        LocationSpec(
            "Auslandsgesellschaft Sachsen-Anhalt e. V.",
            "Magdeburg",
            "Schellingstraße 3-4",
            postal_code="39104",
        ),
    ),
    offers=(
        OfferSpec(
            "Runder Tisch Unionsbürger*innen im Burgenlandkreis (UBU)",
            "Seit 2020 wiederkehrendes Austauschformat von EUmigra, dem Amt Gleichstellung und Integration "
            "der "
            "Stadt Weißenfels und der Fachstelle BemA. Es bringt Unterstützungsstrukturen – Führungskräfte "
            "und "
            "Mitarbeitende – mit Unionsbürgerinnen und -bürgern und ihren Communities zusammen, mit lokalen "
            "Schwerpunkten in Weißenfels, Naumburg und Zeitz.",
            ("soziale-teilhabe", "aufenthaltsrecht"),
            ("eu-buergerinnen",),
            opening_hours="regelmäßige Austauschrunden",
            area_names=("Weißenfels", "Naumburg (Saale)", "Zeitz"),
            is_example=False,
            translations={
                "en": {
                    "title": "Round table on EU citizens in the Burgenlandkreis (UBU)",
                    "description": "A recurring exchange since 2020, run by EUmigra, the equality and "
                    "integration "
                    "office of the town of Weißenfels and BemA. It brings support services together with EU "
                    "citizens and their communities, focusing on Weißenfels, Naumburg and Zeitz.",
                    "opening_hours": "regular meetings",
                }
            },
        ),
        OfferSpec(
            "Informationsmaterialien und Ausfüllhilfen für Unionsbürgerinnen und -bürger",
            "Pilotprojekt des Runden Tisches: Informationsmaterialien und Ausfüllhilfen, die "
            "Unionsbürgerinnen "
            "und -bürgern den Umgang mit Anträgen erleichtern.",
            ("aufenthaltsrecht", "soziale-teilhabe"),
            ("eu-buergerinnen",),
            area=DISTRICT,
            is_example=False,
        ),
        OfferSpec(
            "Fachberatung für Fachkräfte der Integrationsarbeit",
            "Beispielangebot: Fachkräfte aus Verwaltung und Beratung fragen zu Freizügigkeit und "
            "Gleichbehandlung von Unionsbürgerinnen und -bürgern nach.",
            ("aufenthaltsrecht",),
            ("eu-buergerinnen",),
            costs="kostenlos",
            visibility=Visibility.NETWORK,
            area=DISTRICT,
        ),
    ),
    positions=(
        PositionSpec("Fachberatung EU-Migration", title_en="Specialist advice on EU migration"),
        PositionSpec("Projektleitung", title_en="Project management"),
    ),
    is_example=False,
    networks=(BURGENLANDKREIS, SAALEKREIS),
    joined_on=date(2020, 9, 1),
)

WEISSENFELS_AMT = OrgSpec(
    key="weissenfels-gleichstellung",
    name="Amt Gleichstellung und Integration der Stadt Weißenfels",
    short_name="Gleichstellung und Integration WSF",
    kind=OrganizationKind.AUTHORITY,
    website="https://www.weissenfels.de",
    description=(
        "Partner des Runden Tisches Unionsbürger*innen im Burgenlandkreis. Arbeitsschwerpunkte: "
        "Schnittstellenmanagement in der behördenübergreifenden Zusammenarbeit mit der Migrationsagentur und "
        "die Bedarfserfassung ratsuchender Unionsbürgerinnen und -bürger in Weißenfels." + INVENTED_PERSONS
    ),
    fields=("soziale-teilhabe", "diskriminierung"),
    languages=("de",),
    locations=(LocationSpec("Stadtverwaltung Weißenfels", "Weißenfels"),),
    offers=(
        OfferSpec(
            "Bedarfserfassung für ratsuchende Unionsbürgerinnen und -bürger",
            "Das Amt nimmt Anliegen ratsuchender Unionsbürgerinnen und -bürger in Weißenfels auf und gibt "
            "sie an "
            "den Runden Tisch und die zuständigen Stellen weiter.",
            ("soziale-teilhabe",),
            ("eu-buergerinnen",),
            area_names=("Weißenfels",),
            is_example=False,
        ),
    ),
    positions=("Gleichstellung und Integration",),
    is_example=False,
    joined_on=date(2020, 9, 1),
)

BEMA = OrgSpec(
    key="bema",
    name="BemA – Beratung migrantischer Arbeitskräfte",
    short_name="BemA",
    kind=OrganizationKind.COUNSELLING,
    description=(
        "Fachstelle von Arbeit und Leben Sachsen-Anhalt gGmbH und Partnerin des Runden Tisches "
        "Unionsbürger*innen im Burgenlandkreis." + INVENTED_PERSONS
    ),
    fields=("arbeitsmarkt", "diskriminierung"),
    languages=("de", "ro", "pl", "bg"),
    locations=(),
    offers=(
        OfferSpec(
            "Beratung migrantischer Arbeitskräfte",
            "Beratung für zugewanderte Beschäftigte zu Fragen rund um ihre Arbeit.",
            ("arbeitsmarkt",),
            ("eu-buergerinnen", "drittstaatsangehoerige"),
            area=DISTRICT,
            is_example=False,
        ),
    ),
    positions=("Beratung migrantischer Arbeitskräfte",),
    is_example=False,
    joined_on=date(2020, 9, 1),
)

CARITAS = OrgSpec(
    key="caritas",
    name="Caritasverband für das Bistum Magdeburg e. V.",
    short_name="Caritas",
    kind=OrganizationKind.WELFARE,
    description=(
        "Wohlfahrtsverband und einer der wichtigen Akteure der Beratungslandschaft für Zugewanderte im "
        "Burgenlandkreis, mit lokalen Schwerpunkten in Weißenfels, Naumburg und Zeitz." + INVENTED_PERSONS
    ),
    fields=("soziale-teilhabe", "aufenthaltsrecht", "familie-und-kinder"),
    languages=("de", "en", "ar"),
    locations=(LocationSpec("Caritasverband für das Bistum Magdeburg e. V.", "Magdeburg"),),
    offers=(
        OfferSpec(
            "Beratung für Zugewanderte in Weißenfels, Naumburg und Zeitz",
            "Beispielangebot für die Demo: Beratung zu Fragen des Alltags, zu Aufenthalt und Familie. Bitte "
            "erfragen Sie die tatsächlichen Angebote beim Verband.",
            ("soziale-teilhabe", "aufenthaltsrecht"),
            ("eu-buergerinnen", "drittstaatsangehoerige", "gefluechtete"),
            opening_hours="Termine nach Vereinbarung",
            costs="kostenlos",
            area_names=("Weißenfels", "Naumburg (Saale)", "Zeitz"),
        ),
    ),
    positions=(
        PositionSpec("Ansprechperson Migration Weißenfels", holder="editor"),
        "Ansprechperson Migration Naumburg und Zeitz",
    ),
    is_example=False,
    joined_on=date(2019, 3, 1),
)

HOCHSCHULE = OrgSpec(
    key="hochschule-magdeburg-stendal",
    name="Hochschule Magdeburg-Stendal",
    short_name="HS Magdeburg-Stendal",
    kind=OrganizationKind.EDUCATION,
    website="https://www.h2.de",
    description=(
        "Die Hochschule stellte beim dritten Integrationsnetzwerk 2025 ihr Forschungsprojekt MIASA zu "
        "Migration und Pflege vor." + INVENTED_PERSONS
    ),
    fields=("migration-und-pflege",),
    languages=("de", "en"),
    locations=(LocationSpec("Hochschule Magdeburg-Stendal", "Magdeburg"),),
    offers=(
        OfferSpec(
            "Forschungsprojekt MIASA – Migration und Pflege",
            "Das Projekt beleuchtet die demografische Entwicklung in Sachsen-Anhalt und den steigenden "
            "Bedarf "
            "an Pflegefachkräften. Die Ergebnisse zeigen, wie wichtig internationale Fachkräfte für die "
            "Sicherstellung der Pflegeversorgung sind. Eine gemeinsame Fachveranstaltung mit dem Netzwerk "
            "ist "
            "in Planung.",
            ("migration-und-pflege",),
            ("fachkraefte",),
            area=DISTRICT,
            is_example=False,
            translations={
                "en": {
                    "title": "Research project MIASA – migration and nursing care",
                    "description": "The project looks at demographic change in Saxony-Anhalt and the growing "
                    "need for nursing professionals. Its results show how important international skilled "
                    "workers are for securing nursing care. A joint event with the network is planned.",
                }
            },
        ),
    ),
    positions=(PositionSpec("Projektteam MIASA", title_en="MIASA project team"),),
    is_example=False,
    joined_on=date(2025, 9, 24),
)

# Order matters: a parent comes before its units.
REAL_ORGANIZATIONS: tuple[OrgSpec, ...] = (
    MIA,
    *MIA_UNITS,
    AUSLAENDERAMT,
    KOORDINIERUNGSSTELLE,
    EUMIGRA,
    WEISSENFELS_AMT,
    BEMA,
    CARITAS,
    HOCHSCHULE,
)
