"""Details the directory's demo varies its offers with."""

# Main postal code of each municipality's core town (locations of example organizations only).
POSTAL_CODES: dict[str, str] = {
    "Naumburg (Saale)": "06618",
    "Weißenfels": "06667",
    "Zeitz": "06712",
    "Hohenmölsen": "06679",
    "Lützen": "06686",
    "Teuchern": "06682",
    "Elsteraue": "06729",
    "Freyburg (Unstrut)": "06632",
    "Laucha an der Unstrut": "06636",
    "Bad Bibra": "06647",
    "Eckartsberga": "06648",
    "Droyßig": "06722",
    "Kretzschau": "06712",
    "Goseck": "06667",
    "Mertendorf": "06618",
    "Nebra (Unstrut)": "06642",
    "Osterfeld": "06721",
    "Meineweh": "06721",
    "Wetterzeube": "06722",
    "Magdeburg": "",
    "Merseburg": "06217",
    "Querfurt": "06268",
    "Leuna": "06237",
    "Bad Dürrenberg": "06231",
    "Braunsbedra": "06242",
}

# (German, English) pairs, so a translated offer gets matching hours.
OPENING_HOURS: tuple[tuple[str, str], ...] = (
    ("Mo und Mi 9–12 Uhr, Do 14–17 Uhr", "Mon and Wed 9 am–12 pm, Thu 2–5 pm"),
    (
        "Di 10–12 Uhr offene Sprechstunde, sonst nach Vereinbarung",
        "Tue 10 am–12 pm drop-in, otherwise by appointment",
    ),
    ("Mo–Fr 8–16 Uhr nach Terminvereinbarung", "Mon–Fri 8 am–4 pm by appointment"),
    ("Do 15–18 Uhr", "Thu 3–6 pm"),
    ("Mi 16–18 Uhr", "Wed 4–6 pm"),
    ("Di und Do 17–19 Uhr", "Tue and Thu 5–7 pm"),
    ("jeden ersten Samstag im Monat, 10–14 Uhr", "first Saturday of every month, 10 am–2 pm"),
    ("Termine nach Vereinbarung", "by appointment"),
)

# Languages an offer may add to German; weighted towards the network's most asked-for languages.
EXTRA_LANGUAGES: tuple[str, ...] = (
    "en",
    "en",
    "ar",
    "ar",
    "uk",
    "uk",
    "ru",
    "fa",
    "pl",
    "ro",
    "bg",
    "tr",
    "ku",
)
