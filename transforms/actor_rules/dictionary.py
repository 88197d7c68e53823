"""Dictionary matching: organisations, people, countries, capitals, cities, regions.

The gazetteer is built once from transforms/data; a match is resolved in context
(a capital used for its government is the country, an acronym shared by several
organisations is decided by the whole article).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from transforms.actor_rules.capitals import capital_as_place
from transforms.actor_rules.context_country import STATE_BODIES
from transforms.actor_rules.societies import MOVEMENT_EMBLEMS, national_society
from transforms.actor_rules.vocab import (CALENDAR_WORDS, Candidate, PLURAL_DETERMINERS, SUBJECT_DEPS,
                                          TITLE_WORDS,
                                          first_conjunct)
from transforms.countries import (ADJECTIVE_INDEX, CAPITAL_INDEX, CITY_INDEX, country_name,
    COUNTRY_RECORDS, DATA_DIR, LOWERCASE_KEYS, NAME_INDEX, norm, PLURAL_INDEX, REGION_INDEX,
    strip_article)
from transforms.gazetteer import english_place_name, is_world_region, place_country
from transforms.records import Actor


# --- dictionaries, built once -------------------------------------------------

@dataclass(frozen=True)
class _Entry:
    actor: Actor
    kind: str  # person | org | country | capital | city | region | plural
    exact: bool  # acronyms must match case exactly ("UN" is not "un")


# Lower rank wins when two dictionaries share a key.
_KIND_RANK = {"org": 0, "person": 1, "country": 2, "capital": 3, "city": 4, "region": 5,
              "plural": 6}
_MAX_TOKENS = 12  # "Office des Nations unies contre la drogue et le crime"


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(alias) <= 8


# Lowercase names allowed to match lowercase text; the dictionaries add to it.
_LOWERCASE_KEYS: set[str] = set(LOWERCASE_KEYS)


# French writes the generic head of a party's or armed group's name in lowercase ("la
# ligue Awami", "le parti Jamaat-e-Islami", "l'armée d'Arakan"): such an alias also
# matches with its first letter lowercase, when a capitalised word names it further.
_GENERIC_HEADS = {norm(w) for w in """parti ligue front mouvement alliance congrès rassemblement
coalition bloc armée forces force brigade brigades cartel clan gang groupe union conseil""".split()}


def _generic_head_before_a_name(alias: str) -> bool:
    words = alias.replace("’", "'").split()
    return len(words) > 1 and norm(words[0]) in _GENERIC_HEADS \
        and any(w.split("'")[-1][:1].isupper() for w in words[1:])


@lru_cache(maxsize=None)
def _data_file(name: str) -> dict:
    """A data file, parsed once however many tables are built from it."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def _build_gazetteer() -> dict[str, list[_Entry]]:
    table: dict[str, list[_Entry]] = {}

    def add(alias: str, actor: Actor, kind: str) -> None:
        alias = strip_article(alias)
        if not alias:
            return
        key = norm(alias)
        table.setdefault(key, []).append(_Entry(actor, kind, _is_acronym(alias)))
        if alias[:1].islower():  # "talibans", "rebelles houthis": written lowercase on purpose
            _LOWERCASE_KEYS.add(key)
        elif kind == "org" and _generic_head_before_a_name(alias):
            _LOWERCASE_KEYS.add(key)  # "la ligue Awami", "l'armée d'Arakan"

    orgs = _data_file("organisations.json")
    for org in orgs["organisations"]:
        actor = Actor(org["name"], org["type"], org["country"])
        aliases = dict.fromkeys([org["name"], *org["aliases"]])
        # Wire copy writes "U.S. Africa Command" where the data lists "US Africa Command".
        aliases.update(dict.fromkeys(f"U.S. {alias[3:]}" for alias in list(aliases)
                                     if alias.startswith("US ")))
        for alias in aliases:
            add(alias, actor, "org")
    people = _data_file("people.json")
    for person in people["people"]:
        actor = Actor(person["name"], "PERSON", person["country"], person["role"])
        names = [person["name"], *person["aliases"]]
        for name in list(names):
            parts = name.split()
            if len(parts) == 2:  # "Ishiba Shigeru" / "Shigeru Ishiba"
                names.append(f"{parts[1]} {parts[0]}")
        for alias in names:
            add(alias, actor, "person")
    for key, code in NAME_INDEX.items():
        table.setdefault(key, []).append(
            _Entry(Actor(country_name(code), "COUNTRY", code), "country", False))
    for index, kind in ((CAPITAL_INDEX, "capital"), (CITY_INDEX, "city")):
        for key, code in index.items():
            # The city is named as written in the data's first (English) form.
            table.setdefault(key, []).append(_Entry(Actor(_city_names[key], "LOCATION", code),
                                                    kind, False))
    for key, region in REGION_INDEX.items():
        table.setdefault(key, []).append(_Entry(Actor(region, "LOCATION", None), "region", False))
    for key, code in PLURAL_INDEX.items():
        table.setdefault(key, []).append(
            _Entry(Actor(country_name(code), "COUNTRY", code), "plural", False))
    for entries in table.values():
        entries.sort(key=lambda e: _KIND_RANK[e.kind])
    return table


def _city_canonical_names() -> dict[str, str]:
    """norm(any spelling) -> the first spelling listed for that city (English)."""
    names: dict[str, str] = {}
    for country in COUNTRY_RECORDS:
        for field in ("capitals", "cities"):
            forms = country[field]
            # Capitals/cities are listed English first, then French variants.
            for form in forms:
                names.setdefault(norm(form), english_place_name(form))
    return names


_city_names = _city_canonical_names()
GAZETTEER = _build_gazetteer()
_PREFIXES = {key[:i] for key in GAZETTEER for i in range(1, len(key) + 1)}
# "EAU", "RDC", "USA": acronyms lowercased are common words ("l'eau"), never names.
_ACRONYM_COUNTRY_KEYS = {norm(form) for country in COUNTRY_RECORDS
                         for form in country["names"] if form.isupper()}
# Country names that are also common French words ("une réunion", "un panama").
_COMMON_WORD_COUNTRIES = {norm(w) for w in
                          "réunion jersey guernesey christmas panama chili salvador maurice "
                          "dominique martinique".split()}
_FRENCH_ARTICLES = {"l'", "la", "le", "les", "du", "de", "d'", "en", "au", "aux"}
_PERSON_FIRST_WORDS = {key.split()[0] for key, entries in GAZETTEER.items()
                       if " " in key and any(e.kind == "person" for e in entries)}
_LOWERCASE_FIRST_WORDS = {key.split()[0] for key in _LOWERCASE_KEYS}

def case_ok(entry: _Entry, text: str) -> bool:
    if entry.exact:
        return text.replace("’", "'") in _exact_forms.get(norm(text), ())
    if entry.kind == "country" and norm(text) in _ACRONYM_COUNTRY_KEYS:
        return not any(c.islower() for c in text)  # "UK", "U.S.", never "Yang Uk" or "Us"
    if entry.kind == "person" and " " in text:
        return True  # a full name is specific in any case: "joseph Aoun", "Narendra modi"
    if entry.kind == "country" and text.islower() and " " not in text:
        return True  # reached only through _lowercase_country: "l'inde"
    if text.islower() and " " in text and (entry.kind == "country" or (
            entry.kind == "org" and entry.actor.country_code is None
            and entry.actor.name not in STATE_BODIES)):
        # the same, whole names: "la corée du sud", "l'union africaine"; not the bodies every
        # state has, kept NULL for the story to name the state: written lowercase ("la
        # commission électorale", "la cour suprême") they are described, not named
        return True
    return text[:1].isupper() or text[:1].isdigit() or norm(text) in _LOWERCASE_KEYS


def known_actor(text: str, kinds: tuple[str, ...]) -> Actor | None:
    """The dictionary actor of one of `kinds` that `text` names, written as it must be."""
    return next((e.actor for e in GAZETTEER.get(norm(text), ())
                 if e.kind in kinds and case_ok(e, text)), None)


def _exact_surface_forms() -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    orgs = _data_file("organisations.json")
    for org in orgs["organisations"]:
        for alias in [org["name"], *org["aliases"]]:
            if _is_acronym(alias):
                forms.setdefault(norm(alias), set()).add(alias)
                if len(alias) >= 4 and alias.isalpha():
                    # French writes pronounceable acronyms as words: "la Cedeao", "l'Iswap".
                    forms[norm(alias)].add(alias.capitalize())
    people = _data_file("people.json")
    for person in people["people"]:
        for alias in person["aliases"]:
            if _is_acronym(alias):
                forms.setdefault(norm(alias), set()).add(alias)
    return forms


_exact_forms = _exact_surface_forms()


def _resolve(doc: Doc, entry: _Entry, start: int, end: int) -> Actor | None:
    """Context rules: capitals used for their government are the country; demonym
    nouns need a determiner ("les Russes")."""
    if entry.kind == "capital" and not capital_as_place(doc, start):
        code = entry.actor.country_code
        if norm(doc[start].text) in _EU_SEATS:
            return _EUROPEAN_UNION  # "Brussels wants", "sous l'égide de Bruxelles": the EU
        return Actor(country_name(code), "COUNTRY", code)
    if entry.kind == "org" and norm(doc[start:end].text) in MOVEMENT_EMBLEMS:
        society = national_society(doc, start, end)
        if society:
            return society
    if entry.kind in ("country", "region") and _names_a_feature(doc, end):
        return None  # "the Niger Delta", "the Volga River": the feature, a place of its own
    if entry.kind == "region" and end < len(doc) and doc[end].lower_ in _REGION_ADJECTIVE_NOUNS:
        return None  # "the Baltic states", "Pacific island nations": an adjective
    if entry.kind == "region" and end < len(doc) and doc[end].text in _FIRM_WORDS:
        return None  # "Atlantique Navigation", "Pacific Shipping": a firm, not the ocean
    if entry.kind == "region" and _part_of_a_longer_name(doc, start, end):
        return None  # "North Rhine-Westphalia", "Upper Nile": the place the gazetteer knows
    if entry.kind == "region" and is_world_region(entry.actor.name):
        if _region_inside_a_name(doc, start, end):
            return None
        if norm(entry.actor.name) in _POLITICAL_BLOCS and not _acts_as_subject(doc[start:end]):
            return None  # "the West must act" is an actor; "in the West" is no place
    if entry.kind == "plural":
        prev = doc[start - 1].lower_ if start > 0 else ""
        english_plural = doc[start].text.endswith("s") and doc[start].text[:1].isupper() \
            and norm(doc[start].text) not in ADJECTIVE_INDEX
        if prev not in PLURAL_DETERMINERS and not english_plural:
            return None
        if end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN", "ADJ"} \
                and norm(doc[start].text) in ADJECTIVE_INDEX:
            return None  # "the Emirati delegation": an adjective, the body rule decides
    return entry.actor


def _part_of_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word before the region's name, or a hyphen after it, makes it part of
    another name; not a sentence's first word or a capital standing for its government."""
    before = start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
        and not doc[start - 1].is_sent_start and norm(doc[start - 1].text) not in _ARTICLES
    hyphen = end + 1 < len(doc) and doc[end].text in {"-", "–"} and not doc[end - 1].whitespace_ \
        and doc[end + 1].text[:1].isupper()
    # "le Nil Blanc": a province of Sudan the gazetteer knows by the longer name
    known_longer = end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha \
        and place_country(doc[start:end + 1].text) is not None
    return before or hyphen or known_longer


# Natural features named after a river or a country: "the Niger Delta", "the Mekong Delta",
# "the Volga River", "the Congo Basin". The feature is the place (NER and the gazetteer
# read it whole), not the country or the river alone.
_FEATURE_HEADS = {"Delta", "River", "Basin", "Valley"}


def _names_a_feature(doc: Doc, end: int) -> bool:
    """A capitalised feature word right after the name, ending the name there ("Congo
    River Alliance" is a body named after the river, which the body rules read)."""
    return end < len(doc) and doc[end].text in _FEATURE_HEADS and not (
        end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha)


# Capitalised trade words that make a sea's or a region's name a firm's ("Atlantique
# Navigation", "Pacific Airlines", "Baltic Shipping", "Sahel Logistics").
_FIRM_WORDS = set("""
Navigation Shipping Lines Airlines Airways Ferries Logistics Petroleum Mining Holdings
Telecom Express Cement Resources Investments Marine Maritime Transports Transport Energy
Airlift Freight Cargo Trading Pêche Pêcheries Fisheries
""".split())
# A region name before these is an adjective of a group of countries, not a place.
_REGION_ADJECTIVE_NOUNS = {"states", "state", "island", "islands", "nations", "countries",
                           "governments", "leaders", "allies", "partners", "members",
                           "neighbours", "neighbors", "republics", "capitals"}


# The press writes "Brussels" for the European Union's institutions, not Belgium's government.
_EU_SEATS = {"brussels", "bruxelles"}
_EUROPEAN_UNION = Actor("European Union", "ORGANIZATION", None)


# A world region is a place wherever the text names it ("in Europe", "a quitté le Sahel"),
# as annotators list it (eval/README.md), except inside a longer name or title.
_OF_WORDS = {"du", "des", "de", "d'", "d’", "of"}
_ARTICLES = {"l'", "l’", "la", "le", "les", "the"}
_FOR_WORDS = {"pour", "for"}
_OFFICE_WORDS = {"ministre", "ministère", "minister", "ministry", "commissaire", "commissioner",
                 "secrétaire", "secretary", "envoyé", "envoy", "délégué", "haut-commissaire"}


# Blocs rather than places: named only when they act.
_POLITICAL_BLOCS = {norm(name) for name in ("Western world", "Global South", "Euro-Atlantic")}


def _acts_as_subject(span) -> bool:
    return first_conjunct(span.root).dep_ in SUBJECT_DEPS


def _region_inside_a_name(doc: Doc, start: int, end: int) -> bool:
    """"Confédération des Etats du Sahel", "Nioro du Sahel", "Council of Europe" (a name),
    "ministre de l'Europe et des Affaires étrangères" (a title), "Asia-Europe voyages"
    (a compound modifier); "la sécurité de l'Europe" stays a place."""
    if (start > 0 and doc[start - 1].text == "-" and not doc[start - 2 if start > 1 else 0].whitespace_) \
            or (end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_):
        return True
    k = start - 1
    while k >= 0 and doc[k].lower_ in _ARTICLES:
        k -= 1
    if k >= 1 and doc[k].lower_ in _FOR_WORDS:
        # "le conseiller américain pour l'Afrique", "the US special envoy for the Sahel"
        return any(norm(doc[j].text) in TITLE_WORDS for j in range(max(0, k - 3), k))
    if k < 1 or doc[k].lower_ not in _OF_WORDS:
        return False
    before = doc[k - 1]
    if k >= 2 and before.pos_ == "ADJ" and before.text.islower():
        before = doc[k - 2]  # "le ministre français de l'Europe et des Affaires étrangères"
    return before.text[:1].isupper() or before.lower_ in _OFFICE_WORDS


_ARABIC_ARTICLES = {"al", "el", "ad", "ash", "as", "an", "az", "ar"}


def _arabic_article(doc: Doc, i: int, lower_keys: list[str]) -> bool:
    """"al-Qaeda-linked", "el-Fasher": "al"/"el" + hyphen + a capitalised name."""
    # The key first, read for every lower-case word without making a Token: only ASCII
    # words lower-case to these, and their key is their lower case.
    return lower_keys[i] in _ARABIC_ARTICLES and doc[i].lower_ in _ARABIC_ARTICLES \
        and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].text[:1].isupper()


def _organisation_context() -> dict[str, tuple[list[re.Pattern], list[re.Pattern]]]:
    """Organisation name -> (patterns of its spelled-out names, of its context words)."""
    def patterns(words: list[str]) -> list[re.Pattern]:
        # Acronyms keep their case ("FAR" is not "far"); other words match the norm form.
        return [re.compile(rf"(?<!\w){re.escape(w if _is_acronym(w) else norm(w))}(?!\w)")
                for w in words]

    orgs = _data_file("organisations.json")
    # Each spelled-out name once: a name also listed as an alias counts one hit, as for
    # a rival that lists it only as an alias ("Foreign Office").
    return {org["name"]: (patterns([a for a in dict.fromkeys([org["name"], *org["aliases"]])
                                    if not _is_acronym(a)]),
                          patterns(org.get("context", [])))
            for org in orgs["organisations"]}


_ORG_CONTEXT = _organisation_context()


def _acronym_first(entries: list[_Entry], text: str) -> list[_Entry]:
    """An all-capital word that is one body's acronym names that body, not another's
    name matched regardless of case: "AFD" is the Agence française de développement,
    "AfD" the German party."""
    if not (text.isupper() and any(e.exact and e.kind == "org" for e in entries)):
        return entries
    return [e for e in entries if e.exact or e.kind != "org"]


def _pick_entry(doc: Doc, entries: list[_Entry]) -> _Entry | None:
    """The entry an alias means in this article.

    An acronym shared by several organisations ("RSF": Reporters Without Borders or
    the Rapid Support Forces) is decided by the whole article: the one spelled out
    in it wins, else the one with most context words (Darfur, paramilitaires...
    against journalistes, press freedom). Ties keep the data order.
    """
    rivals = [e for e in entries if e.kind == entries[0].kind and e.actor.name in _ORG_CONTEXT] \
        if entries else []
    if len({e.actor for e in rivals}) < 2:
        return entries[0] if entries else None
    texts = (norm(doc.text), doc.text)

    def hits(pattern: re.Pattern) -> int:
        # Acronym patterns are upper case and only ever match the raw text.
        return len(pattern.findall(texts[0])) or len(pattern.findall(texts[1]))

    def score(entry: _Entry) -> tuple[int, int]:
        full, context = _ORG_CONTEXT[entry.actor.name]
        return sum(hits(p) > 0 for p in full), sum(hits(p) for p in context)

    return max(rivals, key=score)  # max keeps the first of equals


def _lowercase_first_name(doc: Doc, i: int, lower_keys: list[str]) -> bool:
    """"joseph Aoun": a known person's first name lost its capital, the surname kept it."""
    return lower_keys[i] in _PERSON_FIRST_WORDS and i + 1 < len(doc) and doc[i + 1].is_alpha


def _lowercase_country(doc: Doc, i: int, lower_keys: list[str]) -> bool:
    """"l'inde", "de la chine": French machine translation lowercases country names.
    Only after a French article, where the name cannot be a common word ("china",
    "turkey" in English)."""
    # The language last: this runs for every lower-case word, and reading it costs most.
    if i > 0 and lower_keys[i - 1] in _ENGLISH_PREPOSITIONS and len(lower_keys[i]) >= 4 \
            and lower_keys[i] not in _ENGLISH_WORD_COUNTRIES \
            and any(e.kind == "country" for e in GAZETTEER.get(lower_keys[i], ())) \
            and doc[i].lang_ == "en":
        return True  # "sanctions against russia": English copy lowercases them too
    return i > 0 and lower_keys[i - 1] in _FRENCH_ARTICLES \
        and len(lower_keys[i]) >= 4 and lower_keys[i] not in _ACRONYM_COUNTRY_KEYS \
        and lower_keys[i] not in _COMMON_WORD_COUNTRIES and doc[i].lang_ == "fr" \
        and (any(e.kind == "country" for e in GAZETTEER.get(lower_keys[i], ()))
             or lower_keys[i] in _LOWERCASE_NAME_FIRST_WORDS)


# English prepositions after which a lowercase one-word country name is the country, and
# the names that are also English words ("made in china", "a turkey", "with chile").
_ENGLISH_PREPOSITIONS = {"against", "to", "in", "with", "from", "and", "by", "for",
                         "between", "toward", "towards", "into"}
_ENGLISH_WORD_COUNTRIES = {"china", "turkey", "chile", "jordan", "georgia", "chad", "guinea",
                           "jersey", "panama", "japan", "niger", "malta", "cuba", "wales"}


# First words of multi-word country names and international bodies, lowercased by
# machine translation after an article: "la corée du sud", "l'union africaine",
# "des nations unies". Only the whole name matches (case_ok), never the first word.
_LOWERCASE_NAME_FIRST_WORDS = {
    key.split()[0] for key, entries in GAZETTEER.items() if " " in key
    and any(e.kind == "country" or (e.kind == "org" and e.actor.country_code is None
                                   and not e.exact) for e in entries)}


# A lowercase adjective right after an international body's name makes it another,
# national body: "le Conseil de sécurité nationale" (Manila's) is not the UN one.
_NARROWING_ADJECTIVES = {"national", "nationale", "nationaux", "nationales", "intérieur",
                         "intérieure", "régional", "régionale", "municipal", "municipale",
                         "local", "locale", "provincial", "provinciale", "départemental",
                         "départementale"}


def _narrowed_by_adjective(doc: Doc, k: int) -> bool:
    return k < len(doc) and doc[k].text in _NARROWING_ADJECTIVES \
        and doc[k - 1].text[:1].islower()


def _common_noun_in_english(doc: Doc, entry: _Entry, j: int, written: str) -> bool:
    """"State grid operator Ukrenergo": English capitalises every word of a body's name,
    so a lowercase last word where the name has a capital is a common noun (French
    writes "la Société générale", and machine translation lowercases names). An alias
    listed in that very case is the name as the news writes it ("the Sinaloa cartel")."""
    text = doc[j].text
    return doc.lang_ == "en" and " " in entry.actor.name and text[:1].islower() \
        and text.isalpha() and entry.actor.name.split()[-1][:1].isupper() \
        and written not in organisation_names(entry.actor.name)


@lru_cache(maxsize=1)
def _organisation_names() -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = {}
    for org in _data_file("organisations.json")["organisations"]:
        names.setdefault(org["name"], []).extend([org["name"], *org["aliases"]])
    return {name: tuple(found) for name, found in names.items()}


def organisation_names(name: str) -> tuple[str, ...]:
    """The canonical name and aliases of a listed organisation (empty if unlisted)."""
    return _organisation_names().get(name, ())


_PERSON_LABELS = {"PER", "PERSON"}


@lru_cache(maxsize=1)
def _person_name_words() -> dict[str, frozenset[str]]:
    """Every word of each listed person's names and aliases, by canonical name."""
    words: dict[str, set[str]] = {}
    for person in _data_file("people.json")["people"]:
        for name in [person["name"], *person["aliases"]]:
            words.setdefault(person["name"], set()).update(norm(w) for w in name.split())
    return {name: frozenset(found) for name, found in words.items()}


def _another_persons_surname(doc: Doc, i: int, actor: Actor) -> bool:
    """A listed person's bare surname after another given name in the same person
    entity: "Colin Powell" and "Jonathan Powell" are not Jerome Powell, "Brigitte Macron"
    is not Emmanuel Macron. Initials and the person's own given names still match."""
    if i == 0 or doc[i].ent_iob_ != "I" or doc[i].ent_type_ not in _PERSON_LABELS:
        return False
    given = doc[i - 1]
    if given.ent_type_ not in _PERSON_LABELS or not given.is_alpha or len(given.text) < 3 \
            or not given.text[:1].isupper() or norm(given.text) in CALENDAR_WORDS:
        return False  # "Lundi Tshisekedi a reçu": a weekday, no given name
    return norm(given.text) not in _person_name_words().get(actor.name, frozenset())


def _given_name(doc: Doc, i: int, lower_keys: list[str]) -> bool:
    """A country's, capital's or body's name opening a person's name NER reads whole:
    "Salvador Nasralla", "Israel Katz", "Paris Hilton", "Rand Paul". Not before a title
    ("Jordan King Abdullah")."""
    if doc[i].ent_iob_ != "B" or doc[i].ent_type_ not in _PERSON_LABELS or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.ent_iob_ == "I" and nxt.is_alpha and nxt.text[:1].isupper() \
        and lower_keys[i + 1] not in TITLE_WORDS and not nxt.is_sent_start


def _surname_closing_a_name(doc: Doc, i: int, lower_keys: list[str]) -> bool:
    """A body's one-word name closing a person's name NER reads whole, after a given name
    of that span: "Chief Justice Richard Wagner" is no Wagner Group. Not after a title
    ("Chairman Wagner") nor a known name."""
    if doc[i].ent_iob_ != "I" or doc[i].ent_type_ not in _PERSON_LABELS or i == 0 \
            or i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        return False
    prev = doc[i - 1]
    opening = i - 2 >= 0 and doc[i - 2].text in {'"', "“", "(", "«", "'"}
    # a firm the article named before stays the firm: "Rheinmetall expects ... the
    # ("Disarm Rheinmetall") alliance"; a quoted or bracketed phrase is a slogan
    return prev.is_alpha and prev.text.istitle() and lower_keys[i - 1] not in TITLE_WORDS \
        and lower_keys[i - 1] not in GAZETTEER and not prev.is_sent_start and not opening \
        and all(t.ent_type_ in _PERSON_LABELS for t in doc[:i] if lower_keys[t.i] == lower_keys[i])


def dictionary_matches(doc: Doc, lower_keys: list[str]) -> list[Candidate]:
    """Longest dictionary match at each token, leftmost first, non-overlapping."""
    found: list[Candidate] = []
    i, n = 0, len(doc)
    while i < n:
        first = doc[i].text[:1]
        if not (first.isupper() or first.isdigit() or lower_keys[i] == "von"
                or lower_keys[i] in _LOWERCASE_FIRST_WORDS or _arabic_article(doc, i, lower_keys)
                or _lowercase_first_name(doc, i, lower_keys)
                or _lowercase_country(doc, i, lower_keys)):
            i += 1
            continue
        best: tuple[int, Actor] | None = None
        swallowed = 0  # end of a region of several words read as no place here
        key = ""
        for j in range(i, min(n, i + _MAX_TOKENS)):
            if j > i and doc[j].is_space:
                break
            key += lower_keys[j]
            if key not in _PREFIXES:
                break
            entries = GAZETTEER.get(key)
            if entries:
                text = doc[i:j + 1].text
                entry = _pick_entry(doc, _acronym_first([e for e in entries if case_ok(e, text)],
                                                        text))
                actor = _resolve(doc, entry, i, j + 1) if entry else None
                if actor and entry.kind == "person" and j == i \
                        and _another_persons_surname(doc, i, actor):
                    actor = None
                if actor and j == i and _given_name(doc, i, lower_keys) and (
                        entry.kind in ("country", "capital")
                        # a company or think tank's one word opening a person's name:
                        # "Rand Paul", "Leonardo Santos Simão" ("NATO" keeps its capitals)
                        or entry.kind == "org" and not doc[i].text.isupper()):
                    actor = None
                if actor and j == i and entry.kind == "org" and not doc[i].text.isupper() \
                        and _surname_closing_a_name(doc, i, lower_keys):
                    actor = None
                if actor and entry.kind == "org" and (_narrowed_by_adjective(doc, j + 1)
                                                      or _common_noun_in_english(doc, entry, j, text)):
                    actor = None
                if actor:
                    best = (j + 1, actor)
                elif entry and entry.kind == "region" and j > i:
                    swallowed = j + 1
            key += " " if doc[j].whitespace_ else ""
        if swallowed and (not best or best[0] < swallowed):
            # "Gulf of Guinea states", "Lake Chad Basin": the region is an adjective or part
            # of a longer name, and so are the country and the words inside it
            i = swallowed
            continue
        if best:
            end, actor = best
            span = doc[i:end]
            found.append(Candidate(actor, i, end, span.start_char, span.end_char, span.text,
                                    "dict"))
            i = end
        else:
            i += 1
    return found
