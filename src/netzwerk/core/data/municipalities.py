"""Municipalities (Gemeinden) of the districts the platform knows, by official municipality key (AGS).

Status: territorial reforms of 2009 to 2011 (the Burgenlandkreis has 33 municipalities, the Saalekreis 20;
Magdeburg is a district-free city, key 15003000).
Every key was checked against the annex of the Mietniveau-Einstufungsverordnung (MietNEinV, BGBl. I
2021, 3739 ff.), which lists every German municipality with its AGS (Gebietsstand 25 January 2021).

Coordinates are approximate centres (the infobox coordinates, usually to the arc minute); they place
a map pin, not a boundary. Names are the official ones without the "Stadt" suffix.
"""

from typing import NamedTuple


class MunicipalityRow(NamedTuple):
    ags: str
    name: str
    latitude: float
    longitude: float


class District(NamedTuple):
    ags: str
    name: str
    municipalities: tuple[MunicipalityRow, ...]


BURGENLANDKREIS = District(
    "15084",
    "Burgenlandkreis",
    (
        MunicipalityRow("15084012", "An der Poststraße", 51.1667, 11.5500),
        MunicipalityRow("15084013", "Meineweh", 51.0764, 11.9872),  # called "Anhalt Süd" until July 2011
        MunicipalityRow("15084015", "Bad Bibra", 51.2081, 11.5853),
        MunicipalityRow("15084025", "Balgstädt", 51.2061, 11.7339),
        MunicipalityRow("15084115", "Droyßig", 51.0497, 12.0331),
        MunicipalityRow("15084125", "Eckartsberga", 51.1167, 11.5667),
        MunicipalityRow("15084130", "Elsteraue", 51.0750, 12.2181),
        MunicipalityRow("15084132", "Finne", 51.2178, 11.4303),
        MunicipalityRow("15084133", "Finneland", 51.2167, 11.5167),
        MunicipalityRow("15084135", "Freyburg (Unstrut)", 51.2128, 11.7697),
        MunicipalityRow("15084150", "Gleina", 51.2572, 11.7189),
        MunicipalityRow("15084170", "Goseck", 51.1947, 11.8717),
        MunicipalityRow("15084207", "Gutenborn", 50.9900, 12.1100),
        MunicipalityRow("15084235", "Hohenmölsen", 51.1564, 12.0981),
        MunicipalityRow("15084246", "Kaiserpfalz", 51.2481, 11.4619),
        MunicipalityRow("15084250", "Karsdorf", 51.2700, 11.6500),
        MunicipalityRow("15084275", "Kretzschau", 51.0497, 12.0667),
        MunicipalityRow("15084282", "Lanitz-Hassel-Tal", 51.1167, 11.6331),
        MunicipalityRow("15084285", "Laucha an der Unstrut", 51.2236, 11.6797),
        MunicipalityRow("15084315", "Lützen", 51.2597, 12.1417),
        MunicipalityRow("15084335", "Mertendorf", 51.1167, 11.8497),
        MunicipalityRow("15084341", "Molauer Land", 51.0900, 11.7800),
        MunicipalityRow("15084355", "Naumburg (Saale)", 51.1500, 11.8167),
        MunicipalityRow("15084360", "Nebra (Unstrut)", 51.2869, 11.5797),
        MunicipalityRow("15084375", "Osterfeld", 51.0833, 11.9333),
        MunicipalityRow("15084442", "Schnaudertal", 51.0000, 12.2000),
        MunicipalityRow("15084445", "Schönburg", 51.1667, 11.8667),
        MunicipalityRow("15084470", "Stößen", 51.1167, 11.9333),
        MunicipalityRow("15084490", "Teuchern", 51.1209, 12.0237),
        MunicipalityRow("15084550", "Weißenfels", 51.2000, 11.9667),
        MunicipalityRow("15084560", "Wethau", 51.1333, 11.8833),
        MunicipalityRow("15084565", "Wetterzeube", 51.0000, 12.0167),
        MunicipalityRow("15084590", "Zeitz", 51.0478, 12.1383),
    ),
)

SAALEKREIS = District(
    "15088",
    "Saalekreis",
    (
        MunicipalityRow("15088020", "Bad Dürrenberg", 51.2953, 12.0653),
        MunicipalityRow("15088025", "Bad Lauchstädt", 51.3865, 11.8697),
        MunicipalityRow("15088030", "Barnstädt", 51.3400, 11.6300),
        MunicipalityRow("15088065", "Braunsbedra", 51.2833, 11.8833),
        MunicipalityRow("15088100", "Farnstädt", 51.4333, 11.5667),
        MunicipalityRow("15088150", "Kabelsketal", 51.4333, 12.0833),
        MunicipalityRow("15088195", "Landsberg", 51.5167, 12.1667),
        MunicipalityRow("15088205", "Leuna", 51.3167, 12.0167),
        MunicipalityRow("15088216", "Wettin-Löbejün", 51.6333, 11.9000),  # first named "Löbejün-Wettin"
        MunicipalityRow("15088220", "Merseburg", 51.3500, 12.0000),
        MunicipalityRow("15088235", "Mücheln (Geiseltal)", 51.3000, 11.8000),
        MunicipalityRow("15088250", "Nemsdorf-Göhrendorf", 51.3667, 11.6667),
        MunicipalityRow("15088265", "Obhausen", 51.3833, 11.6500),
        MunicipalityRow("15088295", "Petersberg", 51.6000, 11.9667),
        MunicipalityRow("15088305", "Querfurt", 51.3783, 11.5975),
        MunicipalityRow("15088319", "Salzatal", 51.5339, 11.7728),
        MunicipalityRow("15088330", "Schkopau", 51.3833, 11.9500),
        MunicipalityRow("15088340", "Schraplau", 51.4333, 11.6667),
        MunicipalityRow("15088355", "Steigra", 51.3000, 11.6500),
        MunicipalityRow("15088365", "Teutschenthal", 51.4500, 11.8000),
    ),
)

# A district-free city (kreisfreie Stadt) is its own district; Magdeburg is the seat of state-wide actors.
MAGDEBURG = District("15003", "Magdeburg", (MunicipalityRow("15003000", "Magdeburg", 52.1317, 11.6392),))

DISTRICTS: dict[str, District] = {
    district.ags: district for district in (BURGENLANDKREIS, SAALEKREIS, MAGDEBURG)
}
