"""Country lookups from transforms/data/countries.json (built by build_countries.py).

Every key is normalised by `norm` (accents stripped, case folded, one kind of
apostrophe) so "Pékin", "pekin" and "PÉKIN" are one key. Tables are built once
at import; lookups are plain dict hits.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‑": "-"})
_LEADING_ARTICLE = re.compile(r"^(?:(?:le|la|les|the|de|du|des|of)\s+|[ld]')+", re.IGNORECASE)


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lookup key: no accents, case folded, straight apostrophes, single spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def strip_article(text: str) -> str:
    """"de la Russie" -> "Russie", "l'OTAN" -> "OTAN"."""
    return _LEADING_ARTICLE.sub("", text.translate(_APOSTROPHES).strip())


def _load() -> dict:
    return json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))


_DATA = _load()
# One record per country as countries.json holds it (code, name, names, adjectives,
# plurals, capitals, cities): other modules read these rather than parse the file again.
COUNTRY_RECORDS: list[dict] = _DATA["countries"]
COUNTRY_NAMES: dict[str, str] = {c["code"]: c["name"] for c in COUNTRY_RECORDS}
NAME_INDEX: dict[str, str] = {}       # "russie" -> RUS
ADJECTIVE_INDEX: dict[str, str] = {}  # "japonaise", "chinese" -> code
PLURAL_INDEX: dict[str, str] = {}     # "russes", "russians" -> code ("les Russes")
CAPITAL_INDEX: dict[str, str] = {}    # "pekin" -> CHN (also used as metonymy)
CITY_INDEX: dict[str, str] = {}       # "yokosuka" -> JPN
REGION_INDEX: dict[str, str] = {}     # "indo-pacifique" -> "Indo-Pacific"
# Keys whose data form starts lowercase ("mer Rouge", "golfe d'Aden"): French writes
# these names without a capital, so they may match lowercase text.
LOWERCASE_KEYS: set[str] = set()

for _c in COUNTRY_RECORDS:
    for _table, _field in ((NAME_INDEX, "names"), (ADJECTIVE_INDEX, "adjectives"),
                           (PLURAL_INDEX, "plurals"), (CAPITAL_INDEX, "capitals"),
                           (CITY_INDEX, "cities")):
        for _form in _c[_field]:
            _table.setdefault(norm(_form), _c["code"])
for _name, _forms in _DATA["regions"].items():
    for _form in _forms:
        REGION_INDEX[norm(strip_article(_form))] = _name
        if strip_article(_form)[:1].islower():
            LOWERCASE_KEYS.add(norm(strip_article(_form)))


def country_name(code: str) -> str:
    return COUNTRY_NAMES.get(code, code)


def country_for(text: str, lang: str = "en") -> str | None:
    """Alpha-3 code for a country name, adjective, demonym or capital used as metonym.

    "Japon", "japonais", "Chinese", "Pékin", "Washington", "Kiev"/"Kyiv", "de la Russie".
    Cities that are not capitals ("Osaka") also map, since the country is what callers
    want; regions ("Europe") give None. `lang` is accepted for symmetry: the tables hold
    both languages and no key is ambiguous between them.
    """
    if not text or not isinstance(text, str):
        return None
    key = norm(strip_article(text))
    for table in (NAME_INDEX, ADJECTIVE_INDEX, PLURAL_INDEX, CAPITAL_INDEX, CITY_INDEX):
        if key in table:
            return table[key]
    return None
