"""Demo articles of the Burgenlandkreis network: collections, texts, review states and revisions.

German typography (quotation marks, en dashes) is intended. The texts are examples of what a network
writes down; each ends with a note that it is demo content.
"""

from .specs import ArticleSpec, CollectionSpec, Edit

COLLECTIONS: tuple[CollectionSpec, ...] = (
    CollectionSpec("aufenthalt", "Aufenthaltsrecht", "Aufenthalt, Anmeldung und Dokumente."),
    CollectionSpec(
        "eu-freizuegigkeit",
        "EU-Freizügigkeit",
        "Was für Unionsbürgerinnen und Unionsbürger und ihre Familien gilt.",
        parent="aufenthalt",
    ),
    CollectionSpec("soziales", "Sozialleistungen", "Bürgergeld, Kindergeld, Wohngeld und andere Leistungen."),
    CollectionSpec(
        "familienleistungen",
        "Familienleistungen",
        "Kindergeld, Kinderzuschlag, Elterngeld.",
        parent="soziales",
    ),
    CollectionSpec("arbeit", "Arbeit und Anerkennung", "Arbeitsmarkt, Berufsanerkennung und Ausbildung."),
    CollectionSpec(
        "gesundheit", "Gesundheit und Pflege", "Krankenversicherung, Versorgung, Migration und Pflege."
    ),
    CollectionSpec("beratung", "Praxis der Beratung", "Dolmetschen, Formulare, Verweisung an Fachstellen."),
    CollectionSpec(
        "ausfuellhilfen",
        "Ausfüllhilfen",
        "Schritt für Schritt durch häufige Formulare – vom Runden Tisch Unionsbürger*innen.",
        parent="beratung",
    ),
    CollectionSpec("netzwerk", "Das Netzwerk", "Geschäftsordnung, Abläufe und Arbeitsweise des Netzwerks."),
)

ARTICLES: tuple[ArticleSpec, ...] = (
    ArticleSpec(
        "anmeldung-eu",
        "eu-freizuegigkeit",
        "Wohnsitz anmelden als EU-Bürgerin oder EU-Bürger",
        "Wer nach Deutschland zieht, meldet sich innerhalb von zwei Wochen beim Einwohnermeldeamt an. "
        "Eine Freizügigkeitsbescheinigung gibt es seit 2013 nicht mehr.",
        """## Wer muss sich anmelden?

Alle, die eine Wohnung beziehen – auch Unionsbürgerinnen und Unionsbürger. Die Frist beträgt **zwei
Wochen** nach dem Einzug (§ 17 Bundesmeldegesetz).

## Was wird gebraucht?

- gültiger Personalausweis oder Reisepass
- Wohnungsgeberbestätigung des Vermieters
- bei Familien: Geburts- und Heiratsurkunden (mit Übersetzung, wenn verlangt)

## Wo im Burgenlandkreis?

Beim Bürgeramt der Wohnortgemeinde, z. B. in Naumburg, Weißenfels oder Zeitz. Viele Ämter vergeben
Termine online; ohne Termin kann die Wartezeit lang sein.

## Häufige Stolpersteine

1. Die Wohnungsgeberbestätigung fehlt – ohne sie keine Anmeldung.
2. Sammelunterkünfte von Arbeitgebern: der Arbeitgeber ist Wohnungsgeber.
3. Die Meldebescheinigung wird für Konto, Steuer-ID und Kindergeld gebraucht: **Kopie aufbewahren**.""",
        fields=("aufenthaltsrecht",),
        groups=("eu-buergerinnen",),
        tags=("Anmeldung", "Meldebescheinigung"),
        published_days_ago=420,
        overdue=True,
        edits=(
            Edit(
                "Hinweis auf Online-Termine ergänzt",
                "\n\nTermine lassen sich bei den meisten Bürgerämtern online buchen.",
                False,
                "coordinator",
            ),
            Edit(
                "Abschnitt zur Steuer-ID ergänzt",
                "\n\n## Steuer-Identifikationsnummer\n\nDie Steuer-ID kommt nach der Anmeldung automatisch "
                "per Post. Sie wird für die erste Lohnabrechnung gebraucht.",
                True,
            ),
        ),
        translations=(
            (
                "ar",
                "تسجيل السكن لمواطني الاتحاد الأوروبي",
                "من ينتقل إلى ألمانيا يسجل سكنه خلال أسبوعين لدى مكتب تسجيل السكان.",
                (
                    "## من يجب عليه التسجيل؟\n\nكل من يسكن في شقة، بما في ذلك مواطنو الاتحاد الأوروبي. "
                    "المهلة **أسبوعان** بعد الانتقال.\n\n## ما المطلوب؟\n\n"
                    "- بطاقة هوية أو جواز سفر ساري المفعول\n"
                    "- تأكيد المؤجر (Wohnungsgeberbestätigung)"
                ),
            ),
            (
                "en",
                "Registering your address as an EU citizen",
                "Anyone moving to Germany registers with the registration office within two weeks.",
                (
                    "## Who has to register?\n\nEveryone who moves into a flat, EU citizens included. "
                    "The deadline is **two weeks** after moving in.\n\n## What you need\n\n"
                    "- a valid identity card or passport\n"
                    "- the landlord's confirmation (Wohnungsgeberbestätigung)"
                ),
            ),
        ),
        outdated_translations=("ar",),
    ),
    ArticleSpec(
        "kindergeld-eu",
        "familienleistungen",
        "Kindergeld für EU-Bürgerinnen und EU-Bürger (Familienkasse)",
        "Kindergeld beantragen Unionsbürger bei der Familienkasse. In den ersten drei Monaten nach dem "
        "Zuzug gelten besondere Voraussetzungen.",
        """## Zuständig

Die **Familienkasse** der Bundesagentur für Arbeit. Anträge gehen schriftlich oder online; die
Familienkasse Sachsen-Anhalt ist für den Burgenlandkreis zuständig.

## Voraussetzungen

- Wohnsitz oder gewöhnlicher Aufenthalt in Deutschland
- Steuer-ID von Elternteil **und** Kind
- in den ersten drei Monaten nach der Anmeldung: Einkünfte im Inland (z. B. aus Arbeit)

## Unterlagen

| Unterlage | Hinweis |
|---|---|
| Antrag KG 1 | von beiden Eltern unterschrieben |
| Anlage Kind | je Kind eine |
| Anlage Ausland | bei Bezügen aus einem anderen EU-Staat |
| Meldebescheinigung | für Elternteil und Kind |

## Tipp aus der Beratung

Die Familienkasse fragt oft nach Nachweisen aus dem Herkunftsland. Eine **Eingangsbestätigung**
geben lassen und Fristen notieren.""",
        fields=("familie-und-kinder",),
        groups=("eu-buergerinnen",),
        tags=("Kindergeld", "Familienkasse"),
        published_days_ago=200,
        edits=(
            Edit(
                "Hinweis zur Bearbeitungsdauer",
                "\n\nDie Bearbeitung dauert oft mehrere Wochen; Nachfragen mit Kindergeldnummer.",
                False,
            ),
        ),
        translations=(
            (
                "ar",
                "إعانة الأطفال لمواطني الاتحاد الأوروبي",
                "يقدم مواطنو الاتحاد الأوروبي طلب إعانة الأطفال لدى صندوق الأسرة.",
                "## الجهة المختصة\n\n**صندوق الأسرة** التابع للوكالة الاتحادية للعمل.",
            ),
            (
                "fa",
                "کمک‌هزینه فرزند برای شهروندان اتحادیه اروپا",
                "شهروندان اتحادیه اروپا درخواست کمک‌هزینه فرزند را به صندوق خانواده می‌دهند.",
                "## مرجع مسئول\n\n**صندوق خانواده** آژانس فدرال کار.",
            ),
        ),
    ),
    ArticleSpec(
        "anerkennung-pflege",
        "arbeit",
        "Anerkennung ausländischer Pflegeabschlüsse",
        "Pflegefachkräfte mit ausländischem Abschluss brauchen für die Berufsbezeichnung eine Anerkennung. "
        "In Sachsen-Anhalt ist das Landesverwaltungsamt zuständig.",
        """## Ablauf

1. Beratung, z. B. durch das IQ Netzwerk Sachsen-Anhalt
2. Antrag beim **Landesverwaltungsamt Sachsen-Anhalt** mit Zeugnissen, Fächer- und Stundenübersicht
3. Bescheid: volle Gleichwertigkeit **oder** Ausgleichsmaßnahme (Anpassungslehrgang oder
   Kenntnisprüfung)
4. Sprachnachweis (in der Regel B2 Pflege)

## Kosten und Förderung

Die Gebühren trägt unter Umständen das Jobcenter oder die Agentur für Arbeit; sonst kommt der
Anerkennungszuschuss des Bundes in Frage.

## Aus dem Handlungsfeld „Migration und Pflege“

Arbeitgeber im Landkreis stellen Anerkennungssuchende oft als Pflegehilfskraft ein. Wichtig: den
Anpassungslehrgang vertraglich festhalten.""",
        fields=("migration-und-pflege", "arbeitsmarkt"),
        groups=("fachkraefte", "drittstaatsangehoerige"),
        tags=("Anerkennung", "Pflege"),
        published_days_ago=120,
        edits=(
            Edit(
                "Sprachnachweis präzisiert",
                "\n\nDen Sprachnachweis B2 stellen anerkannte Prüfstellen aus (telc, Goethe, ÖSD).",
                False,
                "coordinator",
            ),
            Edit(
                "Kenntnisprüfung erläutert",
                "\n\n## Kenntnisprüfung\n\nDie Prüfung hat einen mündlichen und einen praktischen Teil. "
                "Vorbereitungskurse gibt es bei Pflegeschulen der Region.",
                True,
            ),
        ),
    ),
    ArticleSpec(
        "buergergeld-eu",
        "soziales",
        "Bürgergeld für EU-Bürgerinnen und EU-Bürger",
        "Ob Unionsbürger Bürgergeld bekommen, hängt vom Grund ihres Aufenthalts ab. Arbeitnehmende und "
        "Selbstständige haben in der Regel Anspruch, auch ergänzend.",
        """## Grundsatz

Unionsbürgerinnen und Unionsbürger, die **arbeiten** (auch in Teilzeit oder Minijob), sind
Arbeitnehmende im Sinne des EU-Rechts und können ergänzend Bürgergeld erhalten.

## Ausschlüsse

- in den ersten drei Monaten des Aufenthalts ohne Arbeit
- bei einem Aufenthaltsrecht allein zur Arbeitsuche

## Im Burgenlandkreis

Zuständig ist das kommunale **Jobcenter Burgenlandkreis** in der Migrationsagentur. Anträge können
online oder vor Ort gestellt werden.

## Erfahrung des Runden Tisches

Häufig fehlen Arbeitsverträge oder Lohnabrechnungen. Beratungsstellen helfen, diese vom Arbeitgeber
anzufordern.""",
        fields=("soziale-teilhabe", "arbeitsmarkt"),
        groups=("eu-buergerinnen",),
        tags=("Bürgergeld", "Jobcenter"),
        published_days_ago=300,
    ),
    ArticleSpec(
        "geschaeftsordnung",
        "netzwerk",
        "Geschäftsordnung des Integrationsnetzwerks",
        "Wie das Netzwerk arbeitet: Mitglieder, Netzwerktreffen, Handlungsfelder und Arbeitsgruppen.",
        """## § 1 Zweck

Das Integrationsnetzwerk Burgenlandkreis verbindet Verwaltung, Zivilgesellschaft, Träger und
Wirtschaft, die mit Zugewanderten arbeiten.

## § 2 Mitglieder

Mitglied werden Organisationen auf Antrag; über die Aufnahme entscheidet die Koordinierungsstelle.

## § 3 Netzwerktreffen

Das Netzwerk trifft sich **viermal im Jahr** an wechselnden Orten im Landkreis. Die Einladung kommt
mindestens drei Wochen vorher.

## § 4 Handlungsfelder und Arbeitsgruppen

Die Arbeit ist in Handlungsfeldern organisiert. Arbeitsgruppen bilden sich für begrenzte Aufgaben und
berichten im Netzwerktreffen.

## § 5 Koordinierung

Die Koordinierungsstelle Integration in der Migrationsagentur lädt ein, moderiert und hält das
Wissen des Netzwerks aktuell.""",
        fields=(),
        tags=("Geschäftsordnung",),
        visibility="network",
        author="coordinator",
        published_days_ago=500,
        overdue=True,
    ),
    ArticleSpec(
        "dolmetscher-buchen",
        "beratung",
        "Dolmetscherin oder Dolmetscher buchen",
        "Wie Beratungsstellen im Netzwerk Sprachmittlung für Termine organisieren – persönlich, per "
        "Telefon oder Video.",
        """## Wege

- **Sprachmittlerpool** des Landkreises: Anfrage mindestens eine Woche vorher an die
  Koordinierungsstelle
- **Video- und Telefondolmetschen** für kurzfristige Termine
- Ehrenamtliche Sprachmittlung nur für einfache Gespräche, nicht für Diagnosen oder Bescheide

## Was die Anfrage enthält

1. Sprache und gegebenenfalls Dialekt
2. Datum, Uhrzeit, Dauer
3. Ort oder Videolink
4. Thema in Stichworten (ohne Namen der Ratsuchenden)

## Kosten

Für Termine bei Behörden trägt in der Regel die Behörde die Kosten. Bei Beratungsstellen: vorher klären.""",
        fields=("soziale-teilhabe",),
        tags=("Dolmetschen", "Sprachmittlung"),
        visibility="network",
        published_days_ago=60,
    ),
)
