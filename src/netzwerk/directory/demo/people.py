"""Invented persons for the demo: names drawn from pools with a seeded generator, emails on `.example`."""

# Names keep their own spelling (Turkish dotless i and others); the transliteration handles them.

import random
import re
import unicodedata

FIRST_NAMES = (
    "Anna",
    "Katrin",
    "Sabine",
    "Julia",
    "Maria",
    "Claudia",
    "Susanne",
    "Franziska",
    "Lena",
    "Sophie",
    "Andrea",
    "Ines",
    "Heike",
    "Kerstin",
    "Nadine",
    "Yvonne",
    "Thomas",
    "Michael",
    "Stefan",
    "Andreas",
    "Markus",
    "Jens",
    "Sebastian",
    "Daniel",
    "Uwe",
    "Frank",
    "Matthias",
    "Paul",
    "Amina",
    "Fatima",
    "Iryna",
    "Mariam",
    "Leyla",
    "Dragana",
    "Ioana",
    "Agnieszka",
    "Elif",
    "Samir",
    "Ahmad",
    "Omar",
    "Dmytro",
    "Bogdan",
    "Mehmet",
    "Karim",
    "Tamar",
    "Rana",
    "Jonas",
    "Mia",
    "Felix",
    "Clara",
)
LAST_NAMES = (
    "Schneider",
    "Fischer",
    "Weber",
    "Becker",
    "Wagner",
    "Hoffmann",
    "Krause",
    "Richter",
    "Lehmann",
    "Schulze",
    "Köhler",
    "Lange",
    "Vogel",
    "Werner",
    "Wolf",
    "Böhme",
    "Franke",
    "Seidel",
    "Hartmann",
    "Günther",
    "Winkler",
    "Baumann",
    "Kühn",
    "Pohl",
    "Heinze",
    "Ziegler",
    "Haddad",
    "Rahimi",
    "Shevchenko",
    "Popescu",
    "Nowak",
    "Yılmaz",
    "Petrov",
    "Ivanova",
    "Hussein",
    "Kaya",
    "Dimitrova",
    "Horváth",
    "Mahmoud",
    "Karimi",
    "Bondarenko",
    "Stan",
    "Brandt",
    "Engel",
    "Simon",
    "Arnold",
)
# Languages a person may speak besides German, loosely matching the pools above.
SPOKEN = ("en", "en", "en", "ar", "fa", "uk", "ru", "pl", "ro", "bg", "tr", "ku", "fr")

_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i"})


def ascii_slug(text: str) -> str:
    """`Köhler` → `koehler`: German transliteration first, then strip remaining accents."""
    text = text.lower().translate(_TRANSLITERATION)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


class NamePool:
    """Hands out distinct invented full names in a reproducible order."""

    def __init__(self, rng: random.Random, reserved: set[str]) -> None:
        self._rng = rng
        self._used = set(reserved)

    def next_name(self) -> str:
        for _attempt in range(1000):
            name = f"{self._rng.choice(FIRST_NAMES)} {self._rng.choice(LAST_NAMES)}"
            if name not in self._used:
                self._used.add(name)
                return name
        raise RuntimeError("The name pools are exhausted; add names to demo.people.")


def email_for(name: str, domain: str) -> str:
    first, _space, last = name.partition(" ")
    return f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}"
