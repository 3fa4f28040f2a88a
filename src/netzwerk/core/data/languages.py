"""Languages relevant to migration counselling in Germany, seeded by migration core.0002.

Each row: ISO 639-1 code, German name, English name, name in the language itself, written right to left.
Rows are only ever added (with a new data migration); a code is never reused for another language.

Notes on the direction flags: ``ku`` is Kurdish as written by most Kurdish speakers in Germany
(Kurmanji, Latin script, left to right); Sorani in Arabic script has no two-letter code of its own.
``pa`` is Punjabi in Gurmukhi (left to right). Dari is covered by ``fa``.
"""

# German typography (en dashes, quotation marks) and native language names are intended.

from typing import NamedTuple


class LanguageRow(NamedTuple):
    code: str
    name_de: str
    name_en: str
    native_name: str
    is_rtl: bool = False


LANGUAGES: tuple[LanguageRow, ...] = (
    LanguageRow("de", "Deutsch", "German", "Deutsch"),
    LanguageRow("en", "Englisch", "English", "English"),
    LanguageRow("ar", "Arabisch", "Arabic", "العربية", is_rtl=True),
    LanguageRow("fa", "Persisch (Farsi, Dari)", "Persian (Farsi, Dari)", "فارسی", is_rtl=True),
    LanguageRow("uk", "Ukrainisch", "Ukrainian", "Українська"),
    LanguageRow("ru", "Russisch", "Russian", "Русский"),
    LanguageRow("ro", "Rumänisch", "Romanian", "Română"),
    LanguageRow("pl", "Polnisch", "Polish", "Polski"),
    LanguageRow("bg", "Bulgarisch", "Bulgarian", "Български"),
    LanguageRow("tr", "Türkisch", "Turkish", "Türkçe"),
    LanguageRow("ku", "Kurdisch (Kurmandschi)", "Kurdish (Kurmanji)", "Kurdî"),
    LanguageRow("ps", "Paschtu", "Pashto", "پښتو", is_rtl=True),
    LanguageRow("ur", "Urdu", "Urdu", "اردو", is_rtl=True),
    LanguageRow("he", "Hebräisch", "Hebrew", "עברית", is_rtl=True),
    LanguageRow("ti", "Tigrinya", "Tigrinya", "ትግርኛ"),
    LanguageRow("am", "Amharisch", "Amharic", "አማርኛ"),
    LanguageRow("so", "Somali", "Somali", "Soomaali"),
    LanguageRow("sw", "Swahili", "Swahili", "Kiswahili"),
    LanguageRow("ff", "Fulfulde", "Fula", "Fulfulde"),
    LanguageRow("fr", "Französisch", "French", "Français"),
    LanguageRow("es", "Spanisch", "Spanish", "Español"),
    LanguageRow("pt", "Portugiesisch", "Portuguese", "Português"),
    LanguageRow("it", "Italienisch", "Italian", "Italiano"),
    LanguageRow("nl", "Niederländisch", "Dutch", "Nederlands"),
    LanguageRow("el", "Griechisch", "Greek", "Ελληνικά"),
    LanguageRow("sq", "Albanisch", "Albanian", "Shqip"),
    LanguageRow("sr", "Serbisch", "Serbian", "Српски"),
    LanguageRow("hr", "Kroatisch", "Croatian", "Hrvatski"),
    LanguageRow("bs", "Bosnisch", "Bosnian", "Bosanski"),
    LanguageRow("mk", "Mazedonisch", "Macedonian", "Македонски"),
    LanguageRow("sl", "Slowenisch", "Slovenian", "Slovenščina"),
    LanguageRow("hu", "Ungarisch", "Hungarian", "Magyar"),
    LanguageRow("cs", "Tschechisch", "Czech", "Čeština"),
    LanguageRow("sk", "Slowakisch", "Slovak", "Slovenčina"),
    LanguageRow("lt", "Litauisch", "Lithuanian", "Lietuvių"),
    LanguageRow("lv", "Lettisch", "Latvian", "Latviešu"),
    LanguageRow("et", "Estnisch", "Estonian", "Eesti"),
    LanguageRow("ka", "Georgisch", "Georgian", "ქართული"),
    LanguageRow("hy", "Armenisch", "Armenian", "Հայերեն"),
    LanguageRow("az", "Aserbaidschanisch", "Azerbaijani", "Azərbaycan dili"),
    LanguageRow("kk", "Kasachisch", "Kazakh", "Қазақ тілі"),
    LanguageRow("uz", "Usbekisch", "Uzbek", "Oʻzbekcha"),
    LanguageRow("tg", "Tadschikisch", "Tajik", "Тоҷикӣ"),
    LanguageRow("hi", "Hindi", "Hindi", "हिन्दी"),
    LanguageRow("bn", "Bengalisch", "Bengali", "বাংলা"),
    LanguageRow("pa", "Panjabi", "Punjabi", "ਪੰਜਾਬੀ"),
    LanguageRow("ne", "Nepali", "Nepali", "नेपाली"),
    LanguageRow("ta", "Tamil", "Tamil", "தமிழ்"),
    LanguageRow("ml", "Malayalam", "Malayalam", "മലയാളം"),
    LanguageRow("vi", "Vietnamesisch", "Vietnamese", "Tiếng Việt"),
    LanguageRow("zh", "Chinesisch", "Chinese", "中文"),
    LanguageRow("tl", "Tagalog", "Tagalog", "Tagalog"),
)

RTL_CODES = frozenset(row.code for row in LANGUAGES if row.is_rtl)
