"""The words in the demo's generated files. Demo content: plausible, but not legal advice."""

KG1_2025 = [
    [
        "Wer stellt den Antrag?",
        "Den Antrag stellt der Elternteil, bei dem das Kind wohnt. Leben beide Eltern mit dem Kind",
        "zusammen, bestimmen sie, wer das Kindergeld bekommt.",
        "",
        "Feld 1 – Angaben zur antragstellenden Person",
        "Name, Vorname und Geburtsdatum wie im Pass oder Personalausweis.",
        "Steuerliche Identifikationsnummer (Steuer-ID): steht im Brief des Bundeszentralamts für Steuern.",
        "Staatsangehörigkeit: bei EU-Bürgerinnen und -Bürgern das Land des Passes.",
        "",
        "Feld 2 – Angaben zur Ehepartnerin oder zum Ehepartner",
        "Auch ausfüllen, wenn die Person im Ausland lebt.",
    ],
    [
        "Feld 3 – Zahlungsweg",
        "IBAN eines Kontos im SEPA-Raum; das Konto muss nicht in Deutschland geführt werden.",
        "",
        "Anlage Kind – für jedes Kind eine eigene Anlage",
        "Geburtsurkunde oder Meldebescheinigung des Kindes beilegen.",
        "",
        "Unterlagen für EU-Bürgerinnen und -Bürger",
        "– Meldebescheinigung (Wohnsitz in Deutschland)",
        "– Nachweis über Arbeit oder Einkommen der letzten Monate",
        "– Angaben zu Familienleistungen im Herkunftsland",
        "",
        "Hilfe beim Ausfüllen: Migrationsberatung im Burgenlandkreis.",
    ],
]

KG1_2026 = [
    KG1_2025[0],
    [
        *KG1_2025[1][:9],
        "– Angaben zu Familienleistungen im Herkunftsland (neues Formular E 411 nicht mehr nötig)",
        "",
        "Neu seit 2026: Der Antrag kann online bei der Familienkasse gestellt werden.",
        "Die Unterlagen werden dann hochgeladen, die Originale bleiben bei Ihnen.",
        "",
        "Hilfe beim Ausfüllen: Migrationsberatung im Burgenlandkreis.",
    ],
]

CHECKLIST = (
    "Checkliste Wohnsitzanmeldung",
    (
        "Innerhalb von zwei Wochen nach dem Einzug beim Bürgeramt der Wohnortgemeinde anmelden. "
        "Termin vorher online oder telefonisch vereinbaren."
    ),
    [
        "Reisepass oder Personalausweis aller Personen, die einziehen",
        "Wohnungsgeberbestätigung, unterschrieben von der Vermieterin oder dem Vermieter",
        "Anmeldeformular, ausgefüllt (liegt im Bürgeramt aus)",
        "bei Kindern: Geburtsurkunde",
        "bei Verheirateten: Heiratsurkunde, wenn vorhanden mit Übersetzung",
        "Danach: Meldebescheinigung aufbewahren – sie wird für Konto, Kindergeld und Arbeit gebraucht",
    ],
)

OPENING_HOURS = (
    "Sprechzeiten",
    ["Beratungsstelle", "Ort", "Offene Sprechzeit", "Termine"],
    [
        ["Migrationsberatung für Erwachsene", "Naumburg (Saale)", "Dienstag 9–12 Uhr", "Telefon oder E-Mail"],
        ["Jugendmigrationsdienst", "Weißenfels", "Mittwoch 13–16 Uhr", "auch per Messenger"],
        [
            "Beratung für EU-Bürgerinnen und -Bürger",
            "Zeitz",
            "Donnerstag 10–13 Uhr",
            "Dolmetschen auf Anfrage",
        ],
        ["Migrationsagentur (MiA)", "Naumburg (Saale)", "Montag bis Freitag 8–12 Uhr", "ohne Termin"],
        ["Sprachschule Saaletal", "Naumburg (Saale)", "Freitag 10–12 Uhr", "Einstufung nach Termin"],
    ],
)

MINUTES = (
    "Protokoll des Netzwerktreffens im September",
    [
        "Ort: Kulturhaus Weißenfels. Anwesend: 58 Personen aus 34 Organisationen.",
        "TOP 1 – Begrüßung und Bericht der Koordinierungsstelle Integration.",
        (
            "TOP 2 – Handlungsfeld Arbeitsmarkt: Die Arbeitsgruppe stellt die Übersicht der "
            "Sprachkurse vor; Rückmeldungen bis Ende Oktober an die Koordinierungsstelle."
        ),
        (
            "TOP 3 – Runder Tisch Unionsbürger*innen: neue Ausfüllhilfe zum Kindergeldantrag, "
            "Bedarf an Dolmetschenden für Rumänisch und Bulgarisch."
        ),
        "TOP 4 – Verschiedenes: Das nächste Treffen findet im Dezember in Zeitz statt.",
    ],
)

PROTECTED_GUIDE = [
    [
        "Interner Leitfaden – nur für die Beratung",
        "Dieser Text ist durch ein Passwort geschützt und deshalb nicht durchsuchbar.",
    ]
]
