"""Default thematic fields (Handlungsfelder) and target groups every new network starts with.

Coordinators rename, extend or deactivate them afterwards; the slug is the stable key, so seeding again
never duplicates or overwrites a term. German first, English second (the interface languages).
"""

from typing import NamedTuple


class TermRow(NamedTuple):
    slug: str
    name_de: str
    name_en: str
    description_de: str
    description_en: str


THEMATIC_FIELDS: tuple[TermRow, ...] = (
    TermRow(
        "arbeitsmarkt",
        "Arbeitsmarktintegration",
        "Labour market integration",
        "Ausbildung, Arbeitssuche, Anerkennung von Abschlüssen, Rechte am Arbeitsplatz.",
        "Training, job search, recognition of qualifications, rights at work.",
    ),
    TermRow(
        "gesundheit",
        "Gesundheitliche Versorgung",
        "Health care",
        "Zugang zu Ärztinnen und Ärzten, Krankenversicherung, psychosoziale Unterstützung.",
        "Access to doctors, health insurance, psychosocial support.",
    ),
    TermRow(
        "bildung",
        "Bildung",
        "Education",
        "Kita, Schule, Ausbildung, Studium und Weiterbildung.",
        "Day care, school, vocational training, university and further education.",
    ),
    TermRow(
        "ehrenamt",
        "Ehrenamt",
        "Volunteering",
        "Engagement von und für Zugewanderte, Patenschaften, Vereine.",
        "Volunteering by and for immigrants, mentoring, clubs and associations.",
    ),
    TermRow(
        "wohnen",
        "Wohnen",
        "Housing",
        "Wohnungssuche, Mietfragen, Unterbringung und Nachbarschaft.",
        "Finding a home, tenancy questions, accommodation and neighbourhood.",
    ),
    TermRow(
        "migration-und-pflege",
        "Migration und Pflege",
        "Migration and nursing care",
        "Internationale Pflegefachkräfte, Anerkennung, Ausbildung und Pflege für Zugewanderte.",
        "International nursing professionals, recognition, training and care for immigrants.",
    ),
    TermRow(
        "soziale-teilhabe",
        "Soziale Teilhabe",
        "Social participation",
        "Begegnung, Vereine, Nachbarschaften und lokale Netzwerke.",
        "Meeting people, clubs, neighbourhoods and local networks.",
    ),
    TermRow(
        "diskriminierung",
        "Schutz vor Diskriminierung",
        "Protection against discrimination",
        "Beratung und Unterstützung bei Benachteiligung im Alltag und im Beruf.",
        "Counselling and support against discrimination in everyday life and at work.",
    ),
    TermRow(
        "sprachkurse",
        "Sprachkurse",
        "Language courses",
        "Integrationskurse, Berufssprachkurse und offene Sprachangebote.",
        "Integration courses, job-related language courses and informal language groups.",
    ),
    TermRow(
        "aufenthaltsrecht",
        "Aufenthaltsrecht",
        "Residence law",
        "Aufenthaltstitel, Freizügigkeit, Einbürgerung und Asylverfahren.",
        "Residence permits, freedom of movement, naturalisation and asylum procedures.",
    ),
    TermRow(
        "familie-und-kinder",
        "Familie und Kinder",
        "Family and children",
        "Familienberatung, Kinderbetreuung, Elternbildung und Jugendhilfe.",
        "Family counselling, child care, parenting and youth welfare.",
    ),
)

TARGET_GROUPS: tuple[TermRow, ...] = (
    TermRow(
        "gefluechtete",
        "Geflüchtete",
        "Refugees",
        "Asylsuchende, Schutzberechtigte und Geduldete.",
        "Asylum seekers, people with protection status and people with a toleration.",
    ),
    TermRow(
        "eu-buergerinnen",
        "Unionsbürgerinnen und -bürger",
        "EU citizens",
        "Zugewanderte aus anderen Staaten der Europäischen Union.",
        "Immigrants from other member states of the European Union.",
    ),
    TermRow(
        "drittstaatsangehoerige",
        "Drittstaatsangehörige",
        "Third-country nationals",
        "Zugewanderte aus Staaten außerhalb der Europäischen Union.",
        "Immigrants from countries outside the European Union.",
    ),
    TermRow(
        "fachkraefte",
        "Internationale Fachkräfte",
        "Skilled workers",
        "Fachkräfte, Auszubildende und Studierende aus dem Ausland.",
        "Skilled workers, trainees and students from abroad.",
    ),
    TermRow("familien", "Familien", "Families", "Eltern und ihre Kinder.", "Parents and their children."),
    TermRow(
        "kinder-und-jugendliche",
        "Kinder und Jugendliche",
        "Children and young people",
        "Kinder, Jugendliche und junge Erwachsene bis 27 Jahre.",
        "Children, teenagers and young adults up to 27.",
    ),
    TermRow("frauen", "Frauen", "Women", "Angebote speziell für Frauen.", "Offers especially for women."),
    TermRow(
        "aeltere-menschen",
        "Ältere Menschen",
        "Older people",
        "Seniorinnen und Senioren mit Zuwanderungsgeschichte.",
        "Older people with a migration background.",
    ),
    TermRow("alle", "Alle", "Everyone", "Offen für alle Interessierten.", "Open to everyone interested."),
)
