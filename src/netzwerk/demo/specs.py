"""Shapes of the demo's networks and logins. `basics` fills them; `loader` turns them into records."""

from dataclasses import dataclass

BURGENLANDKREIS = "burgenlandkreis"
SAALEKREIS = "saalekreis"


@dataclass(frozen=True)
class NetworkSpec:
    slug: str
    name: str
    name_en: str
    district: str
    district_ags: str
    description: str
    description_en: str
    office_name: str
    office_email: str
    office_address: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class DemoUser:
    key: str
    email: str
    name: str
    network: str  # network slug, empty for the platform administrator
    role: str  # accounts.Role value, empty for the platform administrator
    what_to_try: str
    organizations: tuple[str, ...] = ()  # organization keys an editor works for
    is_superuser: bool = False
    languages: tuple[str, ...] = ("de",)
