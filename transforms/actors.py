"""Actor extraction and normalisation for French and English news.

find_actors(doc, lang) returns one ActorMention per actor mention, with token and
character offsets into the spaCy Doc. Like PETRARCH, precision comes from the
dictionaries in transforms/data/ and spaCy's NER only adds unknown names that
pass strict shape checks.

Canonical scheme (what ends up in the `actors` table):
- COUNTRY: English short name ("Japan", "Russia"), country_code = its own code. A
  capital used for its government ("Pékin a annoncé", "selon Séoul", "criticised
  Beijing") and a demonym on people or bodies acting for the country ("l'armée
  russe", "Chinese warships") are the country, except inside a named person's title.
- LOCATION: cities (country = their country), seas and disputed areas (country NULL).
- ORGANIZATION: international bodies by English name ("NATO", "United Nations"),
  country NULL; national bodies and companies keep their own names with their
  country ("Kremlin", "Pentagon", "Bundeswehr", "TSMC").
- GROUP: armed/non-state groups (Hamas, Wagner Group...) with their home country.
- PERSON: known officials from people.json with their role and nationality (also
  for officials of international organisations: Mark Rutte -> NLD). Unknown people keep the
  name as written; a stated nationality ("le général russe Ivan Petrov") gives
  the country and the title gives the role. Short forms ("Rutte", "Petrov") are
  linked to the full name.

Glued words from machine translation ("TradeRutte", "2022Kishida") are split at
lowercase->Uppercase and digit->letter boundaries; only parts that resolve to a
known actor are kept, and glued spans are never taken as names.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from transforms.countries import (ADJECTIVE_INDEX, CAPITAL_INDEX, CITY_INDEX, DATA_DIR,
                                  LOWERCASE_KEYS, NAME_INDEX, PLURAL_INDEX, REGION_INDEX, country_for,
                                  country_name, norm, strip_article)
from transforms.gazetteer import is_world_region, place_country
from transforms.records import Actor, ActorMention

__all__ = ["find_actors", "country_for"]  # country_for lives in countries.py, re-exported


# --- dictionaries, built once -------------------------------------------------

@dataclass(frozen=True)
class _Entry:
    actor: Actor
    kind: str  # person | org | country | capital | city | region | plural
    exact: bool  # acronyms must match case exactly ("UN" is not "un")


# Lower rank wins when two dictionaries share a key.
_KIND_RANK = {"org": 0, "person": 1, "country": 2, "capital": 3, "city": 4, "region": 5,
              "plural": 6}
_MAX_TOKENS = 8


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(alias) <= 8


# Lowercase names allowed to match lowercase text; the dictionaries add to it.
_LOWERCASE_KEYS: set[str] = set(LOWERCASE_KEYS)


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

    orgs = json.loads((DATA_DIR / "organisations.json").read_text(encoding="utf-8"))
    for org in orgs["organisations"]:
        actor = Actor(org["name"], org["type"], org["country"])
        for alias in [org["name"], *org["aliases"]]:
            add(alias, actor, "org")
    people = json.loads((DATA_DIR / "people.json").read_text(encoding="utf-8"))
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
    data = json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for country in data["countries"]:
        for field in ("capitals", "cities"):
            forms = country[field]
            # Capitals/cities are listed English first, then French variants.
            for form in forms:
                names.setdefault(norm(form), _ENGLISH_CITY.get(norm(form), form))
    return names


# French spellings that differ from the English canonical name.
_ENGLISH_CITY = {norm(fr): en for fr, en in {
    "Pékin": "Beijing", "Pekin": "Beijing", "Moscou": "Moscow", "Kiev": "Kyiv",
    "Bruxelles": "Brussels", "Londres": "London", "Varsovie": "Warsaw", "Téhéran": "Tehran",
    "Séoul": "Seoul", "Le Caire": "Cairo", "Damas": "Damascus", "Beyrouth": "Beirut",
    "Bagdad": "Baghdad", "Jérusalem": "Jerusalem", "Vienne": "Vienna", "Athènes": "Athens",
    "Lisbonne": "Lisbon", "Copenhague": "Copenhagen", "Kaboul": "Kabul", "Alger": "Algiers",
    "Riyad": "Riyadh", "La Haye": "The Hague", "Genève": "Geneva", "Berne": "Bern",
    "Hanoï": "Hanoi", "Manille": "Manila", "Mascate": "Muscat", "Nicosie": "Nicosia",
    "Bakou": "Baku", "Erevan": "Yerevan", "Tachkent": "Tashkent", "Mogadiscio": "Mogadishu",
    "La Havane": "Havana", "Addis-Abeba": "Addis Ababa", "Abou Dhabi": "Abu Dhabi",
    "Dubaï": "Dubai", "Saint-Pétersbourg": "Saint Petersburg", "Crimée": "Crimea",
    "Odessa": "Odesa", "Kharkov": "Kharkiv", "Zaporijia": "Zaporizhzhia", "Marioupol": "Mariupol",
    "Mossoul": "Mosul", "Alep": "Aleppo", "Djeddah": "Jeddah", "Darfour": "Darfur",
    "Rangoun": "Yangon", "Oulan-Bator": "Ulaanbaatar", "Francfort": "Frankfurt",
    "Hambourg": "Hamburg", "Anvers": "Antwerp", "Barcelone": "Barcelona", "Le Cap": "Cape Town",
    "Édimbourg": "Edinburgh", "Donbass": "Donbas", "Montréal": "Montreal", "Québec": "Quebec",
    "Koursk": "Kursk", "Koupiansk": "Kupiansk", "Briansk": "Bryansk", "Soumy": "Sumy",
    "Kryvyï Rih": "Kryvyi Rih", "Sébastopol": "Sevastopol", "Mykolaïv": "Mykolaiv",
    "Tchernihiv": "Chernihiv", "Louhansk": "Luhansk", "Tchassiv Iar": "Chasiv Yar",
    "Fordo": "Fordow", "Ispahan": "Isfahan", "El-Fasher": "El Fasher", "Port-Soudan": "Port Sudan",
    "Khan Younès": "Khan Younis", "Naplouse": "Nablus", "Haïfa": "Haifa",
    "Ben Gourion": "Ben Gurion Airport", "Tyr": "Tyre", "Saïda": "Sidon", "Floride": "Florida",
    "Californie": "California", "Tombouctou": "Timbuktu", "Nord-Kivu": "North Kivu",
    "Sud-Kivu": "South Kivu", "Belém": "Belem", "Köln": "Cologne", "Valence": "Valencia",
    "Séville": "Seville", "Lattaquié": "Latakia", "Tigré": "Tigray", "Sinaï": "Sinai",
    "Tbilissi": "Tbilisi", "Rostov-sur-le-Don": "Rostov-on-Don", "Novorossiisk": "Novorossiysk",
}.items()}
_city_names = _city_canonical_names()
_GAZETTEER = _build_gazetteer()
_PREFIXES = {key[:i] for key in _GAZETTEER for i in range(1, len(key) + 1)}
_LOWERCASE_FIRST_WORDS = {key.split()[0] for key in _LOWERCASE_KEYS}

_TITLES_DATA = json.loads((DATA_DIR / "titles.json").read_text(encoding="utf-8"))
_TITLE_ROLES: dict[str, str] = {norm(k): v for k, v in _TITLES_DATA["titles"].items()}
_TITLE_KEYS = sorted(_TITLE_ROLES, key=len, reverse=True)
_TITLE_WORDS = {norm(w) for w in _TITLES_DATA["title_words"]} | {
    w for k in _TITLE_ROLES for w in k.split()}
# Words allowed between a title and the name: "le ministre japonais de la Défense X".
_TITLE_GLUE = {"le", "la", "les", "l'", "de", "du", "des", "d'", "of", "the", "'s", "s", "'",
               "et", "and", "-", "adjoint", "adjointe", "deputy", "acting", "interim",
               "par", "interim", "haut", "haute", "high", "representative", "représentant"}
_NAME_PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "bin", "ben", "al",
                   "el", "la", "le", "dos", "das", "ibn", "abu", "ter", "y"}
_LOCATIVE = {"à", "au", "aux", "en", "in", "at", "near", "près", "from", "to", "vers",
             "dans", "depuis", "de", "outside", "into"}
_PLURAL_DETERMINERS = {"les", "des", "aux", "the", "de", "d'", "d’"}
# A capital after these is a place ("à Tokyo", "officials in Seoul"), not its government.
_PLACE_PREPOSITIONS = {"à", "a", "au", "aux", "en", "in", "at", "near", "près", "to", "vers",
                       "dans", "depuis", "outside", "into", "through", "between", "entre",
                       "around", "across", "over", "toward", "towards", "sur", "on",
                       "until", "jusqu'à", "via", "par-delà"}
# "pressions de Washington", "pressure from Washington": the capital is the government.
_STANCE_NOUNS = {norm(w) for w in """
pression pressions appel appels demande demandes réponse position décision refus soutien
accusations menaces exigence exigences proposition offre critiques avertissement
avertissements ultimatum objections protestations feu pressure pressures call calls
request requests response position decision refusal support accusations threats demand
demands proposal offer criticism warning warnings objection protest protests approval
""".split()}

# Glue from machine translation: "TradeRutte", "2022Kishida". Three lowercase letters
# before the capital keeps "McDonald", "DeSantis", "YouTube" intact.
_GLUE = re.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Ý][a-zà-ÿ]{2})|(?<=\d)(?=[A-ZÀ-Ý][a-zà-ÿ])")
_NAME_TOKEN = re.compile(r"^[A-ZÀ-ÝĀ-Ž][\w'’.-]*$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&+-]{1,7}$")

# Nouns for people or bodies acting for or belonging to a country: a demonym on one of
# them is the country itself ("l'armée russe", "Chinese warships", "Kenyan protesters",
# "un journaliste néerlandais", "deux touristes français"), while a
# demonym on anything else ("Russian gas", "produits américains") is no actor.
_ACTING_NOUNS = {norm(w) for w in """
armée armées forces force troupes soldats soldat militaires marine marines aviation police
gendarmerie garde-côtes gardes-côtes gardes-frontières autorités gouvernement régime
administration junte ministère ministères diplomatie diplomates diplomate responsables
officiels dirigeants homologue homologues navires navire bâtiments drones drone missiles
missile frappes frappe bombardiers avions chasseurs sous-marins manifestants opposition
ressortissants prisonniers détenus otages journaliste journalistes employé employés
entreprise entreprises groupe groupes industrie industriels renseignement services
enquêteurs procureurs justice agents combattants commandants commandement état-major
négociateurs délégation ambassade hackers pirates espions policiers douaniers
army armies military forces troops soldiers soldier navy navies police coast guard
authorities officials official government regime administration junta ministry
diplomacy diplomats diplomat leaders counterpart counterparts warships warship vessels
ships ship drones drone missiles missile strikes strike jets bombers submarines
protesters demonstrators opposition nationals citizens prisoners detainees hostages
journalist journalists employee employees companies company firms firm industry
intelligence investigators prosecutors commanders negotiators delegation embassy
fighters hackers spies airstrikes air-strikes
touriste touristes ressortissant citoyen citoyens étudiant étudiants chercheur chercheurs
travailleurs ouvriers pêcheurs marins équipage humanitaires volontaires mercenaires
médecins ingénieurs reporter reporters
tourist tourists national citizen student students researcher researchers workers
fishermen sailors crew aid-workers volunteers mercenaries doctors engineers
""".split()}
# Words that may sit between a noun and its demonym: "navires de guerre chinois",
# "Japanese pharmaceutical employee", "Chinese Foreign Ministry".
_BETWEEN_NOUN_AND_DEMONYM = {"de", "d'", "guerre", "et", "and", "air", "aériennes", "aérienne",
                             "militaires", "military", "naval", "navales", "foreign", "security",
                             "sécurité", "state", "coast", "border"}
_NER_PERSON = {"PER", "PERSON"}
_NER_ORG = {"ORG"}
_NER_PLACE = {"LOC", "GPE"}
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}


# --- operations, exercises and ships: named, but never actors ------------------

# A name right after these is a ship, whatever it contains ("USS Gerald R. Ford",
# "le porte-avions Charles-de-Gaulle", "the submarine Kursk").
_SHIP_CUES = {norm(w) for w in """
USS HMS INS HMAS HMCS ROKS porte-avions porte-hélicoptères frégate destroyer
sous-marin corvette frigate submarine
""".split()}
# A name after these is an operation or exercise ("opération Barkhane", "exercise
# Steadfast Defender", "manœuvres militaires annuelles Freedom Shield"), unless that
# name is itself a known actor ("the operation Hamas launched").
_OPERATION_CUES = {norm(w) for w in """
operation opération exercise exercice exercices manœuvres manoeuvres maneuvers
manoeuvre manœuvre navire ship vessel tanker pétrolier carrier
""".split()}
# ...and before these ("Freedom Shield military drills", "the Barkhane operation").
_OPERATION_TAILS = {norm(w) for w in """
operation operations exercise exercises drill drills maneuvers manoeuvres wargames
war-games
""".split()}
# Lowercase words allowed between a cue and the name: "manœuvres militaires annuelles X",
# "X joint military drills".
_CUE_FILLERS = {norm(w) for w in """
militaire militaires annuel annuelle annuels annuelles naval navale navals navales
conjoint conjointe conjoints conjointes aérien aérienne aériens aériennes baptisé baptisée
baptisés baptisées nommé nommée américain military annual naval joint air live-fire
large-scale multinational aircraft
""".split()}


def _name_token(tok: Token) -> bool:
    """Capitalised words, initials and name glue inside a ship or operation name."""
    return tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text in {"-", "of", "de"}


def _non_actor_names(doc: Doc, lower_keys: list[str], known: list[bool]) -> list[bool]:
    """Token mask of operation, exercise and ship names (eval/README.md: not actors).

    `known` marks tokens of dictionary actors, which stop a name read backwards from a
    tail word ("NATO exercise", "US drills") and exempt a name after a generic cue.
    """
    blocked = [False] * len(doc)
    for i, tok in enumerate(doc):
        key = lower_keys[i]
        strict = key in _SHIP_CUES and (tok.text.isupper() or tok.text.islower()
                                        or key in {"porte-avions", "porte-helicopteres"})
        if strict or key in _OPERATION_CUES:
            j = i + 1
            while j < len(doc) and lower_keys[j] in _CUE_FILLERS and doc[j].text.islower():
                j += 1
            end = j
            while end < len(doc) and _name_token(doc[end]) and not doc[end].is_sent_start:
                end += 1
            while end > j and not doc[end - 1].text[:1].isalnum():
                end -= 1
            if end == j or (not strict and known[j] and all(known[j:end])):
                continue
            first = i if tok.text[:1].isupper() and not strict else j  # "Operation Eastern Sentry"
            blocked[first:end] = [True] * (end - first)
        elif key in _OPERATION_TAILS:
            k = i - 1
            while k >= 0 and lower_keys[k] in _CUE_FILLERS and doc[k].text.islower():
                k -= 1
            start = k + 1
            while start > tok.sent.start and doc[start - 1].text[:1].isupper() \
                    and not known[start - 1] and not doc[start - 1].is_stop \
                    and lower_keys[start - 1] not in ADJECTIVE_INDEX:
                start -= 1
            blocked[start:k + 1] = [True] * (k + 1 - start)
    return blocked


# --- matching -----------------------------------------------------------------

@dataclass
class _Candidate:
    actor: Actor
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    source: str  # dict | body | glue | surname | ner


def _case_ok(entry: _Entry, text: str) -> bool:
    if entry.exact:
        return text.replace("’", "'") in _exact_forms.get(norm(text), ())
    return text[:1].isupper() or text[:1].isdigit() or norm(text) in _LOWERCASE_KEYS


def _exact_surface_forms() -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    orgs = json.loads((DATA_DIR / "organisations.json").read_text(encoding="utf-8"))
    for org in orgs["organisations"]:
        for alias in [org["name"], *org["aliases"]]:
            if _is_acronym(alias):
                forms.setdefault(norm(alias), set()).add(alias)
    people = json.loads((DATA_DIR / "people.json").read_text(encoding="utf-8"))
    for person in people["people"]:
        for alias in person["aliases"]:
            if _is_acronym(alias):
                forms.setdefault(norm(alias), set()).add(alias)
    return forms


_exact_forms = _exact_surface_forms()


def _capital_as_place(doc: Doc, start: int) -> bool:
    """"à Séoul", "in Tokyo", "expelled from Moscow": the city is a place.

    Anywhere else ("Beijing said", "criticised Pékin", "talks with Kyiv", "selon
    Séoul", "pressure from Washington") a capital stands for its government.
    """
    k = start - 1
    while k >= 0 and doc[k].lower_ in {"the", "le", "la", "l'", "l’"}:
        k -= 1
    if k < 0:
        return False
    prev = norm(doc[k].text)
    if prev in {"de", "d'", "from", "du"}:
        # "pressions de Washington" is the government; "journaliste de Moscou" a place.
        return not (k > 0 and norm(doc[k - 1].text) in _STANCE_NOUNS)
    return prev in _PLACE_PREPOSITIONS


def _resolve(doc: Doc, entry: _Entry, start: int, end: int) -> Actor | None:
    """Context rules: capitals used for their government are the country; demonym
    nouns need a determiner ("les Russes")."""
    if entry.kind == "capital" and not _capital_as_place(doc, start):
        code = entry.actor.country_code
        return Actor(country_name(code), "COUNTRY", code)
    if entry.kind == "region" and is_world_region(entry.actor.name):
        # "Europe must rearm" acts; "in Africa", "la sécurité de l'Europe" is scenery.
        return entry.actor if _acts_as_subject(doc[start:end]) else None
    if entry.kind == "plural":
        prev = doc[start - 1].lower_ if start > 0 else ""
        english_plural = doc[start].text.endswith("s") and doc[start].text[:1].isupper() \
            and norm(doc[start].text) not in ADJECTIVE_INDEX
        if prev not in _PLURAL_DETERMINERS and not english_plural:
            return None
        if end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN", "ADJ"} \
                and norm(doc[start].text) in ADJECTIVE_INDEX:
            return None  # "the Emirati delegation": an adjective, the body rule decides
    return entry.actor


def _acts_as_subject(span) -> bool:
    head = span.root
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    return head.dep_ in _SUBJECT_DEPS


def _arabic_article(doc: Doc, i: int) -> bool:
    """"al-Qaeda-linked", "el-Fasher": "al"/"el" + hyphen + a capitalised name."""
    return doc[i].lower_ in {"al", "el", "ad", "ash", "as", "an", "az", "ar"} \
        and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].text[:1].isupper()


def _organisation_context() -> dict[str, tuple[list[re.Pattern], list[re.Pattern]]]:
    """Organisation name -> (patterns of its spelled-out names, of its context words)."""
    def patterns(words: list[str]) -> list[re.Pattern]:
        # Acronyms keep their case ("FAR" is not "far"); other words match the norm form.
        return [re.compile(rf"(?<!\w){re.escape(w if _is_acronym(w) else norm(w))}(?!\w)")
                for w in words]

    orgs = json.loads((DATA_DIR / "organisations.json").read_text(encoding="utf-8"))
    return {org["name"]: (patterns([a for a in [org["name"], *org["aliases"]]
                                    if not _is_acronym(a)]),
                          patterns(org.get("context", [])))
            for org in orgs["organisations"]}


_ORG_CONTEXT = _organisation_context()


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


def _dictionary_matches(doc: Doc, lower_keys: list[str]) -> list[_Candidate]:
    """Longest dictionary match at each token, leftmost first, non-overlapping."""
    found: list[_Candidate] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if not (tok.text[:1].isupper() or tok.text[:1].isdigit() or lower_keys[i] == "von"
                or lower_keys[i] in _LOWERCASE_FIRST_WORDS or _arabic_article(doc, i)):
            i += 1
            continue
        best: tuple[int, Actor] | None = None
        key = ""
        for j in range(i, min(n, i + _MAX_TOKENS)):
            if j > i and doc[j].is_space:
                break
            key += lower_keys[j]
            if key not in _PREFIXES:
                break
            entries = _GAZETTEER.get(key)
            if entries:
                text = doc[i:j + 1].text
                entry = _pick_entry(doc, [e for e in entries if _case_ok(e, text)])
                actor = _resolve(doc, entry, i, j + 1) if entry else None
                if actor:
                    best = (j + 1, actor)
            key += " " if doc[j].whitespace_ else ""
        if best:
            end, actor = best
            span = doc[i:end]
            found.append(_Candidate(actor, i, end, span.start_char, span.end_char, span.text,
                                    "dict"))
            i = end
        else:
            i += 1
    return found


def _country_near(doc: Doc, lo: int, hi: int, lower_keys: list[str],
                  names: bool = True) -> str | None:
    """A demonym among doc[lo:hi] ("russe", "Japanese"), or a country name ("Japan's")."""
    for k in range(max(lo, 0), min(hi, len(doc))):
        code = ADJECTIVE_INDEX.get(lower_keys[k])
        if not code and doc[k].text[:1].isupper() and lower_keys[k] in NAME_INDEX:
            possessive = k + 1 < len(doc) and lower_keys[k + 1] in ("'s", "'")
            code = NAME_INDEX[lower_keys[k]] if names or possessive else None
        if code:
            return code
    return None


def _is_demonym(tok: Token, key: str) -> bool:
    # French demonym adjectives are lowercase; a capitalised "Russes" is the plural noun.
    return key in ADJECTIVE_INDEX and (tok.lang_ != "fr" or not tok.text[:1].isupper()
                                       or tok.is_sent_start is False and tok.pos_ == "ADJ")


def _acting_noun_near(doc: Doc, k: int, lower_keys: list[str]) -> int | None:
    """Index of the acting noun a demonym qualifies, or None.

    English puts the demonym first ("Chinese warships"), French after the noun
    ("navires de guerre chinois", "les marines française et indienne").
    """
    sent = doc[k].sent
    english = doc[k].text[:1].isupper()
    steps = range(k + 1, min(sent.end, k + 5)) if english \
        else range(k - 1, max(sent.start, k - 5) - 1, -1)
    for m in steps:
        key = lower_keys[m]
        if key in _ACTING_NOUNS:
            return m
        if key in _BETWEEN_NOUN_AND_DEMONYM or key in ADJECTIVE_INDEX \
                or (doc[m].pos_ == "ADJ" and key not in _TITLE_WORDS):
            continue
        if english and doc[m].pos_ == "NOUN" and doc[m].text.islower():
            continue  # "Japanese pharmaceutical employee", "Russian oil companies"
        if doc[k].text[:1].isupper() and key in _TITLE_WORDS and key not in {"president", "premier"}:
            continue  # "Russian Foreign Ministry", "Chinese Defence Ministry"
        return None
    return None


def _body_matches(doc: Doc, lower_keys: list[str]) -> list[_Candidate]:
    """"l'armée russe", "Chinese warships", "les autorités ukrainiennes" -> the country."""
    found = []
    for tok in doc:
        key = lower_keys[tok.i]
        if not _is_demonym(tok, key) or _acting_noun_near(doc, tok.i, lower_keys) is None:
            continue
        code = ADJECTIVE_INDEX[key]
        found.append(_Candidate(Actor(country_name(code), "COUNTRY", code), tok.i, tok.i + 1,
                                tok.idx, tok.idx + len(tok.text), tok.text, "body"))
    return found


def _in_title_of(doc: Doc, cand: _Candidate, persons: list[_Candidate],
                 lower_keys: list[str]) -> bool:
    """True when a demonym only belongs to a named person's title.

    "le ministre japonais de la Défense Nakatani Gen", "Russian Foreign Ministry
    spokeswoman Maria Zakharova": the country is the person's, not an actor.
    """
    for person in persons:
        if person.start <= cand.start or doc[person.start].sent != doc[cand.start].sent:
            continue
        between = range(cand.end, person.start)
        if all(lower_keys[m] in _TITLE_WORDS or lower_keys[m] in _TITLE_GLUE
               or lower_keys[m] in _ACTING_NOUNS or lower_keys[m] in ADJECTIVE_INDEX
               for m in between):
            return True
    return False


def _title_before(doc: Doc, start: int, lower_keys: list[str]) -> tuple[str | None, str | None]:
    """Role and country stated in the words just before a name, if any."""
    sent_start = doc[start].sent.start
    j = start - 1
    while j >= max(sent_start, start - 8):
        key = lower_keys[j]
        if key in _TITLE_WORDS or key in _TITLE_GLUE or key in ADJECTIVE_INDEX or \
                (key in NAME_INDEX and doc[j].text[:1].isupper()):
            j -= 1
            continue
        break
    phrase = " ".join(lower_keys[j + 1:start])
    if not phrase:
        return None, None
    role = next((_TITLE_ROLES[t] for t in _TITLE_KEYS if re.search(
        rf"(?:^|\s){re.escape(t)}(?:\s|$)", phrase)), None)
    if role is None:
        return None, None
    return role or None, _country_near(doc, j + 1, start, lower_keys)


def _title_after(doc: Doc, end: int, lower_keys: list[str]) -> tuple[str | None, str | None]:
    """Role and country from an apposition just after a name: ", the US envoy,"."""
    if end >= len(doc) or doc[end].text != ",":
        return None, None
    stop = min(doc[end].sent.end, end + 9)
    k = end + 1
    while k < stop and (lower_keys[k] in _TITLE_WORDS or lower_keys[k] in _TITLE_GLUE
                        or lower_keys[k] in ADJECTIVE_INDEX
                        or (lower_keys[k] in NAME_INDEX and doc[k].text[:1].isupper())):
        k += 1
    phrase = " ".join(lower_keys[end + 1:k])
    role = next((_TITLE_ROLES[t] for t in _TITLE_KEYS if re.search(
        rf"(?:^|\s){re.escape(t)}(?:\s|$)", phrase)), None)
    if not role:
        return None, None
    return role, _country_near(doc, end + 1, k, lower_keys)


def _is_glued(text: str) -> bool:
    return len(_GLUE.split(text)) > 1


def _looks_like_name(tokens: list[Token]) -> bool:
    core = [t for t in tokens if t.lower_ not in _NAME_PARTICLES]
    if not 1 <= len(core) <= 4 or not core:
        return False
    for t in core:
        text = t.text
        if not _NAME_TOKEN.match(text) or _is_glued(text) or t.is_stop or t.like_num:
            return False
        if len(text) > 1 and text.isupper() and len(text) > 3:
            return False
        if norm(text) in _TITLE_WORDS or norm(text) in ADJECTIVE_INDEX:
            return False
    return tokens[0].text[:1].isupper() and tokens[-1].text[:1].isupper()


def _trim(doc: Doc, start: int, end: int, lower_keys: list[str]) -> tuple[int, int]:
    """Drop determiners, elisions, titles and punctuation from the edges of an NER span."""
    while start < end and (lower_keys[start] in _TITLE_WORDS or lower_keys[start] in _TITLE_GLUE
                           or doc[start].is_punct or doc[start].is_space
                           or doc[start].text.endswith(("'", "’"))
                           or lower_keys[start] in {"le", "la", "les", "the", "un", "une", "a"}):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].text.endswith(("'", "’"))
                           or lower_keys[end - 1] in _NAME_PARTICLES):
        end -= 1
    return start, end


def _ner_candidates(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[_Candidate]:
    """Unknown people, organisations and places from spaCy NER, strictly filtered."""
    out = []
    person_words = {norm(t.text) for ent in doc.ents if ent.label_ in _NER_PERSON and len(ent) > 1
                    for t in ent}
    place_counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ in _NER_PLACE:
            place_counts[norm(ent.text)] = place_counts.get(norm(ent.text), 0) + 1
    for ent in doc.ents:
        if ent.label_ not in _NER_PERSON | _NER_ORG | _NER_PLACE:
            continue
        start, end = _trim(doc, ent.start, ent.end, lower_keys)
        if start >= end or any(taken[start:end]):
            continue
        tokens = list(doc[start:end])
        span = doc[start:end]
        text = span.text
        if any(_is_glued(t.text) for t in tokens) or any(c in text for c in "«»\"“”[]()"):
            continue
        if is_world_region(text) or norm(text) in ADJECTIVE_INDEX or norm(text) in PLURAL_INDEX \
                or _is_equipment(doc, start, end, lower_keys):
            continue  # "Africa", a bare "Emirati", "Patriot missiles": never actors
        town = _town(doc, start, end, ent.label_, person_words)
        if town:
            actor = town
        elif ent.label_ in _NER_PERSON:
            if len(tokens) < 2 or not _looks_like_name(tokens):
                continue  # single words become people only via a full name (surname links)
            role, code = _title_before(doc, start, lower_keys)
            if code is None:  # "Massad Boulos, the US envoy,", "X, l'émissaire américain"
                after_role, code = _title_after(doc, end, lower_keys)
                role = role or after_role
            actor = Actor(text, "PERSON", code, role)
        elif ent.label_ in _NER_ORG:
            if not _looks_like_org(tokens):
                continue
            actor = Actor(text, "ORGANIZATION", _country_in_name(lower_keys[start:end]))
        else:
            if not _looks_like_org(tokens) or (len(tokens) == 1 and not (
                    place_counts.get(norm(text), 0) > 1
                    or (start > 0 and doc[start - 1].lower_ in _LOCATIVE))):
                continue
            actor = Actor(text, "LOCATION", country_for(text) or place_country(text))
        out.append(_Candidate(actor, start, end, span.start_char, span.end_char, text, "ner"))
    return out


# Weapons and products are named like organisations: "Patriot missiles", "missiles Patriot".
_EQUIPMENT_NOUNS = {norm(w) for w in """
missile missiles system systems battery batteries launcher launchers tank tanks jet jets
fighter fighters drone drones rocket rockets interceptor interceptors air-defence air-defense
helicopter helicopters aircraft howitzer howitzers rifle rifles vaccine vaccines phone phones
système systèmes batterie batteries lanceur lanceurs char chars chasseur chasseurs roquette
roquettes intercepteur intercepteurs hélicoptère hélicoptères avion avions obusier obusiers
fusil fusils vaccin vaccins
""".split()}


def _is_equipment(doc: Doc, start: int, end: int, lower_keys: list[str]) -> bool:
    after = lower_keys[end] if end < len(doc) else ""
    before = lower_keys[start - 1] if start > 0 else ""
    return after in _EQUIPMENT_NOUNS or before in _EQUIPMENT_NOUNS


def _town(doc: Doc, start: int, end: int, label: str, person_words: set[str]) -> Actor | None:
    """A town or subdivision the gazetteer knows, even when NER calls it a person
    ("attacked Ternopil") or an organisation; never a word of someone's name."""
    text = doc[start:end].text
    code = place_country(text)
    if not code or not text[:1].isupper():
        return None
    if label not in _NER_PLACE:
        if " " in text or norm(text) in person_words or doc[start].is_sent_start:
            return None
    return Actor(text, "LOCATION", code)


def _country_in_name(keys: list[str]) -> str | None:
    """"Sudan Doctors Network" -> SDN, "Congolese Patriotic Front" -> COD."""
    for key in keys:
        code = NAME_INDEX.get(key) or ADJECTIVE_INDEX.get(key)
        if code:
            return code
    return None


def _looks_like_org(tokens: list[Token]) -> bool:
    if not 1 <= len(tokens) <= 6 or not tokens[0].text[:1].isupper():
        return False
    if any(t.like_num and not t.is_alpha for t in tokens) and len(tokens) == 1 \
            and not _ACRONYM.match(tokens[0].text):
        return False
    if len(tokens) == 1:
        t = tokens[0]
        if _ACRONYM.match(t.text):
            return True
        return t.pos_ == "PROPN" and not t.is_stop and not t.is_sent_start \
            and norm(t.text) not in _TITLE_WORDS and len(t.text) > 2
    if tokens[-1].is_stop or tokens[-1].is_punct:
        return False
    if norm(tokens[0].text) in ADJECTIVE_INDEX:
        return False  # "Russian Foreign Ministry": the demonym rule decides (country or title)
    return all(t.text[:1].isupper() or t.is_stop or t.text.endswith(("'", "’")) for t in tokens) \
        and not all(norm(t.text) in _TITLE_WORDS for t in tokens if t.text[:1].isupper())


def _surname_links(persons: list[_Candidate]) -> dict[str, Actor | None]:
    """"Petrov" -> Ivan Petrov for the people named in full in this article (None = ambiguous)."""
    links: dict[str, Actor | None] = {}
    for cand in persons:
        words = [w for w in cand.text.split() if w.lower() not in _NAME_PARTICLES]
        if len(words) < 2:
            continue
        for word in {words[0], words[-1]}:
            key = norm(word)
            if key in links and links[key] != cand.actor:
                links[key] = None
            else:
                links[key] = cand.actor
    return links


def _lookup_part(part: str, links: dict[str, Actor | None]) -> Actor | None:
    key = norm(part)
    for entry in _GAZETTEER.get(key, ()):
        if entry.kind in ("person", "org", "country", "region") and _case_ok(entry, part):
            return entry.actor
    return links.get(key)


def _glue_and_surnames(doc: Doc, taken: list[bool], links: dict[str, Actor | None],
                       lower_keys: list[str]) -> list[_Candidate]:
    """Known actors hidden in glued tokens, and bare surnames of people named earlier."""
    out = []
    for tok in doc:
        if taken[tok.i] or not tok.text[:1].isalnum():
            continue
        parts = _GLUE.split(tok.text)
        if len(parts) > 1:
            offset = tok.idx
            for part in parts:
                actor = _lookup_part(part, links)
                if actor:
                    out.append(_Candidate(actor, tok.i, tok.i + 1, offset, offset + len(part),
                                          part, "glue"))
                offset += len(part)
        elif tok.text[:1].isupper() and links.get(lower_keys[tok.i]):
            out.append(_Candidate(links[lower_keys[tok.i]], tok.i, tok.i + 1, tok.idx,
                                  tok.idx + len(tok.text), tok.text, "surname"))
    return out


def _named_after_places(doc: Doc, found: list[_Candidate],
                        lower_keys: list[str]) -> list[_Candidate]:
    """Organisations whose name holds a place: "Sudan Doctors Network", "Congo River
    Alliance". spaCy's ORG span wins over the country inside it when the span is a
    capitalised name in the text; the country becomes the organisation's."""
    places = [c for c in found if c.actor.actor_type in ("COUNTRY", "LOCATION")]
    if not places:
        return found
    for ent in doc.ents:
        if ent.label_ not in _NER_ORG:
            continue
        start, end = _trim(doc, ent.start, ent.end, lower_keys)
        tokens = list(doc[start:end])
        inside = [c for c in found if start <= c.start and c.end <= end]
        if len(tokens) < 2 or not inside or any(c not in places for c in inside) \
                or any(c.start < end and c.end > start and c not in inside for c in found) \
                or (len(inside) == 1 and inside[0].end - inside[0].start == end - start) \
                or not all(t.text[:1].isupper() for t in tokens) \
                or not _looks_like_org(tokens) or _is_glued(doc[start:end].text):
            continue
        code = next((c.actor.country_code for c in inside if c.actor.country_code), None)
        span = doc[start:end]
        found = [c for c in found if c not in inside]
        found.append(_Candidate(Actor(span.text, "ORGANIZATION", code), start, end,
                                span.start_char, span.end_char, span.text, "ner"))
    return found


def find_actors(doc: Doc, lang: str) -> list[ActorMention]:
    """Every actor mention in `doc`, canonicalised, in text order. Never raises on bad input."""
    try:
        return _find_actors(doc)
    except Exception:  # a transform never raises on one odd article
        return []


def _find_actors(doc: Doc) -> list[ActorMention]:
    if doc is None or len(doc) == 0:
        return []
    lower_keys = [norm(t.text) for t in doc]
    taken = [False] * len(doc)
    chosen: list[_Candidate] = []

    def take(cands: list[_Candidate]) -> None:
        # Longest first; glued parts share one token on purpose ("NakataniRutte").
        for cand in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
            if cand.source == "glue" or not any(taken[cand.start:cand.end]):
                chosen.append(cand)
                taken[cand.start:cand.end] = [True] * (cand.end - cand.start)

    dictionary = _dictionary_matches(doc, lower_keys)
    known = [False] * len(doc)
    for cand in dictionary:
        known[cand.start:cand.end] = [True] * (cand.end - cand.start)
    blocked = _non_actor_names(doc, lower_keys, known)

    def allowed(cands: list[_Candidate]) -> list[_Candidate]:
        return [c for c in cands if not any(blocked[c.start:c.end])]

    take(allowed(_named_after_places(doc, dictionary, lower_keys)))
    take(allowed(_ner_candidates(doc, lower_keys, taken)))
    persons = [c for c in chosen if c.actor.actor_type == "PERSON"]
    take([c for c in _body_matches(doc, lower_keys)
          if not _in_title_of(doc, c, persons, lower_keys)])
    links = _surname_links([c for c in chosen if c.actor.actor_type == "PERSON"
                            and c.source == "ner"])
    take(allowed(_glue_and_surnames(doc, taken, links, lower_keys)))
    chosen.sort(key=lambda c: (c.start_char, c.end_char))
    return [ActorMention(c.actor, c.text, c.start, c.end, c.start_char, c.end_char)
            for c in chosen]
