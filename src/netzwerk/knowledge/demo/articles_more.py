"""Further demo articles: shorter how-tos and notes from the network's practice."""

from .specs import ArticleSpec


def _text(*sections: tuple[str, str]) -> str:
    return "\n\n".join(f"## {heading}\n\n{text}" for heading, text in sections)


MORE_ARTICLES: tuple[ArticleSpec, ...] = (
    ArticleSpec(
        "krankenversicherung-eu",
        "gesundheit",
        "Krankenversicherung für Unionsbürgerinnen und Unionsbürger",
        "Wer in Deutschland arbeitet, ist über den Arbeitgeber versichert. Die EHIC hilft nur bei "
        "vorübergehendem Aufenthalt.",
        _text(
            (
                "Mit Arbeit",
                (
                    "Der Arbeitgeber meldet bei der gewählten Krankenkasse an. Mitglied werden vor "
                    "dem ersten Arbeitstag."
                ),
            ),
            (
                "Ohne Arbeit",
                (
                    "Eine Familienversicherung oder eine freiwillige Versicherung prüfen. Die "
                    "**Clearingstelle Gesundheit** hilft bei ungeklärtem Versicherungsschutz."
                ),
            ),
            (
                "EHIC",
                (
                    "Die Europäische Krankenversicherungskarte gilt für vorübergehende Aufenthalte, nicht "
                    "nach einem Umzug."
                ),
            ),
        ),
        fields=("gesundheit",),
        groups=("eu-buergerinnen",),
        tags=("Krankenversicherung",),
        published_days_ago=150,
    ),
    ArticleSpec(
        "wohngeld",
        "soziales",
        "Wohngeld: Antrag und Unterlagen",
        "Wohngeld zahlt die Wohngeldstelle des Landkreises als Zuschuss zur Miete.",
        _text(
            ("Wer?", "Haushalte mit eigenem Einkommen, das für die Miete nicht reicht, und ohne Bürgergeld."),
            (
                "Unterlagen",
                (
                    "- Mietvertrag und Mietbescheinigung\n- Einkommensnachweise der letzten zwölf "
                    "Monate\n- Meldebescheinigung"
                ),
            ),
            (
                "Dauer",
                (
                    "Die Bearbeitung dauert oft mehrere Monate. Früh beantragen: Wohngeld gilt ab dem "
                    "Antragsmonat."
                ),
            ),
        ),
        fields=("wohnen",),
        tags=("Wohngeld",),
        published_days_ago=250,
    ),
    ArticleSpec(
        "integrationskurs-anmeldung",
        "arbeit",
        "Integrationskurs: Zugang und Anmeldung",
        "Wer einen Integrationskurs besuchen darf oder muss und wie die Anmeldung beim Kursträger läuft.",
        _text(
            (
                "Berechtigung",
                (
                    "Zugelassen werden Zugewanderte mit Aufenthaltstitel, Unionsbürger auf Antrag "
                    "beim BAMF, soweit Plätze frei sind."
                ),
            ),
            (
                "Anmeldung",
                (
                    "Mit dem Berechtigungsschein direkt beim Kursträger anmelden. Der Einstufungstest "
                    "entscheidet über das Modul."
                ),
            ),
            (
                "Fahrtkosten",
                (
                    "Ein Zuschuss ist möglich, wenn der Kursort weit entfernt ist – im ländlichen "
                    "Burgenlandkreis häufig."
                ),
            ),
        ),
        fields=("sprachkurse",),
        tags=("Integrationskurs", "BAMF"),
        published_days_ago=330,
        overdue=True,
    ),
    ArticleSpec(
        "berufssprachkurs",
        "arbeit",
        "Berufssprachkurse (DeuFöV)",
        "Berufsbezogene Deutschkurse ab B1 – über Jobcenter, Arbeitsagentur oder BAMF.",
        _text(
            (
                "Für wen?",
                (
                    "Menschen mit Deutsch auf B1-Niveau, die arbeiten, eine Arbeit suchen oder eine "
                    "Anerkennung anstreben."
                ),
            ),
            (
                "Spezialkurse",
                "Es gibt Kurse für akademische Heilberufe und Pflege sowie Kurse für Gewerbe und Technik.",
            ),
        ),
        fields=("sprachkurse", "arbeitsmarkt"),
        tags=("Sprachkurs",),
        published_days_ago=40,
    ),
    ArticleSpec(
        "schulanmeldung",
        "beratung",
        "Kinder in der Schule anmelden",
        "Schulpflicht gilt ab dem ersten Tag. Wie die Anmeldung bei der zuständigen Grundschule oder über "
        "das Schulamt läuft.",
        _text(
            (
                "Schulpflicht",
                "Kinder im schulpflichtigen Alter müssen zur Schule, sobald sie im Land wohnen.",
            ),
            (
                "Wo anmelden?",
                (
                    "Grundschule des Einzugsbereichs; bei älteren Kindern berät das Landesschulamt "
                    "über Sprachfördergruppen."
                ),
            ),
            ("Unterlagen", "Meldebescheinigung, Impfnachweis (Masern), letzte Zeugnisse."),
        ),
        fields=("bildung", "familie-und-kinder"),
        groups=("kinder-und-jugendliche",),
        tags=("Schule",),
        published_days_ago=180,
    ),
    ArticleSpec(
        "kita-platz",
        "familienleistungen",
        "Kitaplatz finden und Elternbeitrag",
        "Jedes Kind ab einem Jahr hat Anspruch auf einen Platz. Die Wohngemeinde vermittelt.",
        _text(
            ("Anspruch", "Ab dem ersten Geburtstag besteht ein Rechtsanspruch auf Kindertagesbetreuung."),
            ("Vorgehen", "Bei der Wohngemeinde oder direkt bei Kitas anfragen; Wartelisten sind üblich."),
            ("Kosten", "Den Elternbeitrag kann das Jugendamt bei geringem Einkommen übernehmen."),
        ),
        fields=("familie-und-kinder",),
        groups=("kinder-und-jugendliche",),
        tags=("Kita",),
        published_days_ago=90,
    ),
    ArticleSpec(
        "ausfuellhilfe-kg1",
        "ausfuellhilfen",
        "Ausfüllhilfe: Kindergeldantrag KG 1",
        "Feld für Feld durch den Hauptantrag auf Kindergeld, mit den häufigsten Fehlern.",
        _text(
            ("Abschnitt 1: Antragsteller", "Name wie im Pass, Steuer-ID (11 Ziffern), aktuelle Anschrift."),
            ("Abschnitt 2: Ehepartner", "Auch ausfüllen, wenn der Partner im Ausland lebt."),
            (
                "Häufige Fehler",
                (
                    "- Unterschrift fehlt\n- Anlage Kind nicht beigefügt\n- IBAN eines Kontos "
                    "einer anderen Person ohne Erklärung"
                ),
            ),
        ),
        fields=("familie-und-kinder",),
        groups=("eu-buergerinnen",),
        tags=("Ausfüllhilfe", "Kindergeld"),
        published_days_ago=110,
    ),
    ArticleSpec(
        "ausfuellhilfe-wohnungsgeber",
        "ausfuellhilfen",
        "Ausfüllhilfe: Wohnungsgeberbestätigung",
        "Was der Vermieter eintragen muss und was bei Untermiete gilt.",
        _text(
            (
                "Wer füllt aus?",
                (
                    "Der Wohnungsgeber: Vermieter, Hauptmieter bei Untermiete oder Arbeitgeber "
                    "bei gestellten Unterkünften."
                ),
            ),
            (
                "Pflichtangaben",
                (
                    "Name und Anschrift des Wohnungsgebers, Einzugsdatum, Anschrift der Wohnung, "
                    "Namen der meldepflichtigen Personen."
                ),
            ),
        ),
        fields=("wohnen", "aufenthaltsrecht"),
        tags=("Ausfüllhilfe", "Anmeldung"),
        published_days_ago=100,
    ),
    ArticleSpec(
        "daueraufenthalt-eu",
        "eu-freizuegigkeit",
        "Daueraufenthaltsrecht nach fünf Jahren",
        "Nach fünf Jahren rechtmäßigen Aufenthalts erwerben Unionsbürger das Daueraufenthaltsrecht.",
        _text(
            ("Voraussetzung", "Fünf Jahre ständiger rechtmäßiger Aufenthalt in Deutschland."),
            (
                "Bescheinigung",
                (
                    "Die Ausländerbehörde stellt auf Antrag eine Bescheinigung aus; sie ist "
                    "hilfreich bei Leistungsanträgen."
                ),
            ),
        ),
        fields=("aufenthaltsrecht",),
        groups=("eu-buergerinnen",),
        tags=("Daueraufenthalt",),
        published_days_ago=380,
        overdue=True,
    ),
    ArticleSpec(
        "familiennachzug-eu",
        "eu-freizuegigkeit",
        "Familienangehörige aus Drittstaaten von Unionsbürgern",
        "Ehepartner und Kinder aus Drittstaaten erhalten eine Aufenthaltskarte.",
        _text(
            ("Aufenthaltskarte", "Die Ausländerbehörde stellt sie innerhalb von sechs Monaten aus."),
            (
                "Visum",
                "Für die Einreise kann ein Visum nötig sein; es ist kostenlos und beschleunigt zu erteilen.",
            ),
        ),
        fields=("aufenthaltsrecht", "familie-und-kinder"),
        groups=("eu-buergerinnen", "drittstaatsangehoerige"),
        tags=("Familie", "Aufenthaltskarte"),
        published_days_ago=210,
    ),
    ArticleSpec(
        "arbeitsvertrag-pruefen",
        "arbeit",
        "Arbeitsvertrag prüfen: worauf achten?",
        "Mindestlohn, Arbeitszeit, Unterkunftskosten: Hinweise für die Beratung von Beschäftigten.",
        _text(
            (
                "Mindestlohn",
                "Der gesetzliche Mindestlohn gilt für alle, unabhängig von der Staatsangehörigkeit.",
            ),
            ("Unterkunft", "Abzüge für Unterkunft müssen im Vertrag stehen und angemessen sein."),
            (
                "Hilfe",
                "Faire Mobilität und die Beratungsstellen für mobile Beschäftigte beraten mehrsprachig.",
            ),
        ),
        fields=("arbeitsmarkt",),
        groups=("eu-buergerinnen",),
        tags=("Arbeitsrecht", "Faire Mobilität"),
        published_days_ago=75,
    ),
    ArticleSpec(
        "steuer-id",
        "eu-freizuegigkeit",
        "Steuer-Identifikationsnummer erhalten",
        "Die Steuer-ID kommt nach der Anmeldung per Post. Was tun, wenn sie nicht ankommt?",
        _text(
            (
                "Normalfall",
                (
                    "Etwa zwei bis vier Wochen nach der Anmeldung kommt der Brief des "
                    "Bundeszentralamts für Steuern."
                ),
            ),
            (
                "Nicht angekommen?",
                "Beim Finanzamt oder über das Online-Formular des Bundeszentralamts neu anfordern.",
            ),
        ),
        fields=("arbeitsmarkt",),
        groups=("eu-buergerinnen",),
        tags=("Steuer-ID",),
        published_days_ago=140,
    ),
    ArticleSpec(
        "konto-eroeffnen",
        "beratung",
        "Basiskonto eröffnen",
        "Jeder mit rechtmäßigem Aufenthalt hat Anspruch auf ein Basiskonto.",
        _text(
            (
                "Anspruch",
                (
                    "Das Zahlungskontengesetz gibt Verbrauchern mit Wohnsitz in der EU Anspruch auf "
                    "ein Basiskonto."
                ),
            ),
            (
                "Unterlagen",
                (
                    "Pass oder Ausweis und Meldebescheinigung; bei Geflüchteten der Ankunftsnachweis "
                    "oder die Aufenthaltsgestattung."
                ),
            ),
        ),
        fields=("soziale-teilhabe",),
        tags=("Konto",),
        published_days_ago=260,
    ),
    ArticleSpec(
        "pflegeausbildung",
        "gesundheit",
        "Pflegeausbildung für Zugewanderte",
        "Die generalistische Pflegeausbildung dauert drei Jahre; Sprachförderung ist möglich.",
        _text(
            (
                "Zugang",
                "Mittlerer Schulabschluss oder gleichwertig; ausländische Zeugnisse lassen sich bewerten.",
            ),
            ("Sprachförderung", "Berufsbegleitende Sprachkurse über das Jobcenter oder den Arbeitgeber."),
        ),
        fields=("migration-und-pflege", "bildung"),
        groups=("gefluechtete", "drittstaatsangehoerige"),
        tags=("Pflege", "Ausbildung"),
        published_days_ago=30,
    ),
    ArticleSpec(
        "ehrenamt-versicherung",
        "netzwerk",
        "Ehrenamtliche: Versicherung und Aufwandsentschädigung",
        "Wie Ehrenamtliche in Projekten des Netzwerks versichert sind.",
        _text(
            (
                "Unfallversicherung",
                "Ehrenamtliche in Vereinen und Kommunen sind meist über die Unfallkasse versichert.",
            ),
            ("Haftpflicht", "Das Land Sachsen-Anhalt hat eine Sammelversicherung für Ehrenamtliche."),
        ),
        fields=("ehrenamt",),
        tags=("Ehrenamt",),
        visibility="network",
        published_days_ago=160,
    ),
    ArticleSpec(
        "verweisung-fachstellen",
        "beratung",
        "Verweisung an Fachstellen: wer macht was?",
        "Eine Übersicht, an welche Stelle Ratsuchende mit welchem Anliegen gehen.",
        _text(
            ("Aufenthalt", "Ausländerbehörde in der Migrationsagentur; Migrationsberatung für Erwachsene."),
            ("Arbeit", "Jobcenter, Agentur für Arbeit, Beratung für mobile Beschäftigte."),
            ("Familie", "Jugendamt, Familienkasse, Schwangerschaftsberatung."),
        ),
        fields=("soziale-teilhabe",),
        tags=("Verweisung",),
        visibility="network",
        published_days_ago=20,
    ),
    ArticleSpec(
        "runder-tisch-arbeitsweise",
        "netzwerk",
        "Runder Tisch Unionsbürger*innen: Arbeitsweise",
        "Wie der Runde Tisch Bedarfe erfasst, beobachtet und Impulse gibt.",
        _text(
            (
                "Bedarfe erfassen",
                "Beratungsstellen melden wiederkehrende Probleme von Ratsuchenden aus der EU.",
            ),
            (
                "Beobachten",
                "Der Runde Tisch verfolgt, ob ein Problem häufiger wird, und sammelt Beispiele ohne Namen.",
            ),
            (
                "Impulse",
                (
                    "Er bringt Themen in das Netzwerktreffen und an die zuständigen Stellen; er gibt "
                    "Informationsmaterial und Ausfüllhilfen heraus."
                ),
            ),
        ),
        fields=("soziale-teilhabe",),
        groups=("eu-buergerinnen",),
        tags=("Runder Tisch",),
        visibility="network",
        author="coordinator",
        published_days_ago=230,
    ),
    ArticleSpec(
        "netzwerktreffen-vorbereiten",
        "netzwerk",
        "Netzwerktreffen vorbereiten",
        "Checkliste der Koordinierungsstelle für die vier Treffen im Jahr.",
        _text(
            (
                "Acht Wochen vorher",
                "Ort im Landkreis festlegen, Barrierefreiheit und Anfahrt mit Bus prüfen.",
            ),
            ("Drei Wochen vorher", "Einladung mit Tagesordnung; Anmeldung erbitten (40 bis 70 Personen)."),
            ("Danach", "Protokoll innerhalb von zwei Wochen; Aufgaben an die Handlungsfelder."),
        ),
        tags=("Netzwerktreffen",),
        visibility="network",
        author="coordinator",
        published_days_ago=45,
    ),
    ArticleSpec(
        "wohnungssuche",
        "soziales",
        "Wohnungssuche im ländlichen Raum",
        "Erfahrungen aus dem Handlungsfeld Wohnen: Wohnungsgesellschaften, Mietschuldenfreiheit, Anfahrt.",
        _text(
            (
                "Ansprechpartner",
                "Kommunale Wohnungsgesellschaften und Genossenschaften in Naumburg, Weißenfels und Zeitz.",
            ),
            ("Nachweise", "Oft verlangt: Mietschuldenfreiheitsbescheinigung, Einkommensnachweis, Schufa."),
        ),
        fields=("wohnen",),
        tags=("Wohnen",),
        published_days_ago=190,
    ),
    ArticleSpec(
        "elterngeld",
        "familienleistungen",
        "Elterngeld für zugewanderte Familien",
        "Elterngeld hängt vom Aufenthaltsstatus und vom Einkommen vor der Geburt ab.",
        _text(
            (
                "Anspruch",
                (
                    "Unionsbürger mit Wohnsitz in Deutschland haben Anspruch; bei Drittstaatsangehörigen "
                    "kommt es auf den Titel an."
                ),
            ),
            (
                "Antrag",
                (
                    "Bei der Elterngeldstelle; spätestens drei Monate nach der Geburt, da nur drei Monate "
                    "rückwirkend gezahlt wird."
                ),
            ),
        ),
        fields=("familie-und-kinder",),
        tags=("Elterngeld",),
        published_days_ago=80,
    ),
    ArticleSpec(
        "diskriminierung-melden",
        "beratung",
        "Diskriminierung erleben: wohin?",
        "Wege für Ratsuchende, die bei Wohnungssuche, Arbeit oder Behörden diskriminiert werden.",
        _text(
            (
                "Beratung",
                "Antidiskriminierungsberatung im Land und die Antidiskriminierungsstelle des Bundes.",
            ),
            ("Fristen", "Ansprüche nach dem AGG müssen innerhalb von zwei Monaten geltend gemacht werden."),
        ),
        fields=("diskriminierung",),
        tags=("AGG",),
        published_days_ago=55,
    ),
    # Review states for the demo: one waiting for review, one sent back, one draft, one archived.
    ArticleSpec(
        "minijob-eu",
        "arbeit",
        "Minijob und Freizügigkeit",
        "Reicht ein Minijob für den Arbeitnehmerstatus? Was die Rechtsprechung sagt.",
        _text(
            (
                "Grundsatz",
                (
                    "Auch geringfügige Arbeit kann Arbeitnehmereigenschaft begründen, wenn sie "
                    "tatsächlich und echt ist."
                ),
            ),
            ("Praxis", "Jobcenter prüfen Umfang und Dauer; Nachweise der Arbeitszeit helfen."),
        ),
        fields=("arbeitsmarkt",),
        groups=("eu-buergerinnen",),
        tags=("Minijob",),
        status="review",
    ),
    ArticleSpec(
        "gesundheitskarte-gefluechtete",
        "gesundheit",
        "Gesundheitsversorgung für Geflüchtete",
        "Was in den ersten Monaten gilt und wann die Gesundheitskarte kommt.",
        _text(
            (
                "Erste Monate",
                "Leistungen nach dem Asylbewerberleistungsgesetz: Behandlungsschein vom Sozialamt.",
            ),
        ),
        fields=("gesundheit",),
        groups=("gefluechtete",),
        status="sent_back",
    ),
    ArticleSpec(
        "sprachcafes",
        "beratung",
        "Sprachcafés im Landkreis",
        "Wo Ehrenamtliche offene Sprachtreffs anbieten.",
        _text(("Entwurf", "Liste wird mit dem Handlungsfeld Ehrenamt abgestimmt.")),
        fields=("ehrenamt", "sprachkurse"),
        status="draft",
        author="member",
    ),
    ArticleSpec(
        "corona-regeln",
        "gesundheit",
        "Corona: Regeln in Beratungsstellen (2021)",
        "Hygieneregeln aus der Pandemie – aufbewahrt zur Erinnerung, nicht mehr gültig.",
        _text(("Damals", "Termine nur nach Vereinbarung, Masken, Lüften nach jedem Gespräch.")),
        fields=("gesundheit",),
        status="archived",
        published_days_ago=1500,
    ),
)
