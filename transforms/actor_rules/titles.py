"""Demonyms and titles: "l'armée russe" is Russia, "le ministre japonais X" gives X's
country and role, an apposition ", the US envoy," too.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from transforms.actor_rules.dictionary import GAZETTEER, case_ok
from transforms.actor_rules.vocab import (ACTING_NOUNS, BETWEEN_NOUN_AND_DEMONYM, Candidate,
    TITLE_GLUE, TITLE_KEYS, TITLE_ROLES, TITLE_WORDS)
from transforms.countries import ADJECTIVE_INDEX, country_for, country_name, NAME_INDEX, norm
from transforms.gazetteer import place_country
from transforms.records import Actor


def demonym_of_words(lower_keys: list[str], k: int, hi: int | None = None) -> str | None:
    """The country of a demonym of two or three words opening at k, within [k, hi):
    "Costa Rican", "Sri Lankan", "Papua New Guinean" (whose last word alone would be
    Guinea's), "South Sudanese" (Sudan's alone)."""
    hi = len(lower_keys) if hi is None else min(hi, len(lower_keys))
    for width in (3, 2):
        if k + width <= hi:
            code = ADJECTIVE_INDEX.get(" ".join(lower_keys[k:k + width]))
            if code:
                return code
    return None


def _in_demonym_of_words(lower_keys: list[str], k: int) -> bool:
    """Word k belongs to a demonym of two or three words ("Rican" in "Costa Rican")."""
    return any(demonym_of_words(lower_keys, j, k + 3) for j in range(max(k - 2, 0), k + 1))


def _country_near(doc: Doc, lo: int, hi: int, lower_keys: list[str],
                  names: bool = True) -> str | None:
    """A demonym among doc[lo:hi] ("russe", "Japanese", "Costa Rican"), or a country name
    ("Japan's")."""
    for k in range(max(lo, 0), min(hi, len(doc))):
        width = region_before_office(doc, k, lower_keys)
        if width > 1:  # "British Columbia Premier David Eby": a province, no British title
            return place_country(doc[k:k + width].text)
        code = demonym_of_words(lower_keys, k, hi) or ADJECTIVE_INDEX.get(lower_keys[k])
        if not code and doc[k].text[:1].isupper() and lower_keys[k] in NAME_INDEX:
            possessive = k + 1 < len(doc) and lower_keys[k + 1] in ("'s", "'")
            code = NAME_INDEX[lower_keys[k]] if names or possessive else None
        if not code and _region_of_the_office(doc, k, lower_keys):
            code = place_country(doc[k].text)  # "Saskatchewan Premier Scott Moe"
        if code:
            return code
    return _company_country(doc, lo, hi)


def _region_of_the_office(doc: Doc, k: int, lower_keys: list[str]) -> bool:
    """A capitalised province or state right before a capitalised office ("Ontario Premier",
    "Texas Governor"): the office is that region's, the holder its country's."""
    return k + 1 < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha \
        and doc[k + 1].text[:1].isupper() and lower_keys[k + 1] in TITLE_WORDS \
        and lower_keys[k] not in TITLE_WORDS and lower_keys[k] not in _OFFICE_ADJECTIVES \
        and place_country(doc[k].text) is not None


def _in_region_of_the_office(doc: Doc, k: int, lower_keys: list[str]) -> bool:
    """Word k belongs to the region named before an office ("New" in "New Mexico
    Governor")."""
    return _region_of_the_office(doc, k, lower_keys) or any(
        region_before_office(doc, k - m, lower_keys) > m for m in range(0, 3) if k >= m)


# Offices of a province, state or town, written after its name: "Ontario Premier Doug
# Ford", "Enga Governor Peter Ipatas", "Tamil Nadu Chief Minister M.K. Stalin".
_REGIONAL_OFFICES = {"premier", "governor", "gov.", "mayor", "chief minister", "first minister"}


def region_before_office(doc: Doc, k: int, lower_keys: list[str]) -> int:
    """How many words (1 to 3) from k name a province, state or town right before its own
    office and the holder's name ("Ontario Premier Doug Ford", "British Columbia Premier
    David Eby"); 0 when none does."""
    if not doc[k].text[:1].isupper() or not doc[k].is_alpha or lower_keys[k] in TITLE_WORDS \
            or lower_keys[k] in _OFFICE_ADJECTIVES:
        return 0
    for width in (3, 2, 1):
        office = k + width
        if office >= len(doc) or not doc[office].text[:1].isupper():
            continue
        size = next((n for n in (2, 1) if " ".join(lower_keys[office:office + n])
                     in _REGIONAL_OFFICES), 0)
        holder = office + size
        if not size or holder >= len(doc) or not doc[holder].text[:1].isupper():
            continue
        words = doc[k:office]
        if all(t.text[:1].isupper() and t.is_alpha for t in words) \
                and place_country(words.text) is not None:
            return width
    return 0


# Capitalised words of an office that name a town somewhere ("Federal", Argentina): the
# office's kind, no region ("Federal Prosecutor Ann Fransen").
_OFFICE_ADJECTIVES = {norm(w) for w in """
federal national regional provincial municipal public supreme royal central civil district
county city state crown attorney principal executive assistant associate joint vice deputy
""".split()}


def _company_country(doc: Doc, lo: int, hi: int) -> str | None:
    """The country of a national body or company named in a title ("Boeing's chief
    executive", "le patron de Rheinmetall", "Kremlin spokesman"): its people are
    overwhelmingly its nationals."""
    for k in range(max(lo, 0), min(hi, len(doc))):
        for width in (3, 2, 1):
            span = doc[k:min(k + width, hi)]
            if len(span) < width or not span.text[:1].isupper():
                continue
            for entry in GAZETTEER.get(norm(span.text), ()):
                if entry.kind == "org" and entry.actor.country_code and case_ok(entry, span.text):
                    return entry.actor.country_code
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
    # French lists demonyms after one noun: "agriculteurs belges, irlandais, polonais et
    # italiens" gives four countries, so commas between demonyms are crossed there.
    steps = range(k + 1, min(sent.end, k + 9)) if english \
        else range(k - 1, max(sent.start, k - 9) - 1, -1)
    for m in steps:
        key = lower_keys[m]
        if key in ACTING_NOUNS:
            return m
        if not english and doc[m].text == "," and m > sent.start \
                and lower_keys[m - 1] in ADJECTIVE_INDEX:
            continue
        # English lists demonyms before one noun: "the French, German and British leaders".
        if english and doc[m].text == "," and m + 1 < sent.end \
                and lower_keys[m - 1] in ADJECTIVE_INDEX and lower_keys[m + 1] in ADJECTIVE_INDEX:
            continue
        if key in BETWEEN_NOUN_AND_DEMONYM or key in ADJECTIVE_INDEX \
                or (doc[m].pos_ == "ADJ" and key not in TITLE_WORDS):
            continue
        if english and key in NAME_INDEX and doc[m].text[:1].isupper() \
                and lower_keys[m - 1] in {"and", ","}:
            continue  # "Israeli and U.S. strikes": a country name listed with the demonym
        if english and doc[m].pos_ == "NOUN" and doc[m].text.islower():
            continue  # "Japanese pharmaceutical employee", "Russian oil companies"
        if doc[k].text[:1].isupper() and key in TITLE_WORDS and key not in {"president", "premier"}:
            continue  # "Russian Foreign Ministry", "Chinese Defence Ministry"
        return None
    return None


# Nouns for people named right beside them ("l'émissaire américain, Massad Boulos", "the
# French and German foreign ministers, Jean-Noel Barrot and Johann Wadephul"): there they
# are the named people's titles.
_ONE_PERSON_NOUNS = {norm(w) for w in """
ambassador ambassadeur envoy émissaire consul spokesman spokeswoman spokesperson porte-parole
diplomat diplomate official officiel responsable dirigeant journalist journaliste
ministres ministers
""".split()}


def _apposed_to_a_name(noun: Token) -> bool:
    """"Massad Boulos, l'émissaire américain", "the British envoy, Jane Smith,": the
    noun is a named person's title, so its demonym is the person's, not an actor.
    ("le groupe canadien Barrick Mining" still gives Canada: a company's demonym counts.)"""
    if norm(noun.text) not in _ONE_PERSON_NOUNS:
        return False
    head = noun.head
    # French parses the apposition as nmod after a comma.
    if noun.dep_ in {"appos", "nmod"} and head.pos_ == "PROPN" and head.i < noun.i \
            and any(t.text == "," for t in noun.doc[head.i:noun.i]):
        return True
    return any(child.dep_ in {"appos", "flat:name"} and child.pos_ == "PROPN"
               for child in noun.children)


def body_matches(doc: Doc, lower_keys: list[str]) -> list[Candidate]:
    """"l'armée russe", "Chinese warships", "les autorités ukrainiennes" -> the country."""
    found = []
    for tok in doc:
        key = lower_keys[tok.i]
        start = tok.i
        if tok.i > 0 and doc[tok.i - 1].text[:1].isupper() \
                and f"{lower_keys[tok.i - 1]} {key}" in ADJECTIVE_INDEX:
            start, key = tok.i - 1, f"{lower_keys[tok.i - 1]} {key}"  # "South Korean officials"
        elif not _is_demonym(tok, key):
            continue
        noun = _acting_noun_near(doc, tok.i, lower_keys)
        if noun is None or _apposed_to_a_name(doc[noun]):
            continue
        code = ADJECTIVE_INDEX[key]
        span = doc[start:tok.i + 1]
        found.append(Candidate(Actor(country_name(code), "COUNTRY", code), start, tok.i + 1,
                                span.start_char, span.end_char, span.text, "body"))
    return found


def in_title_of(doc: Doc, cand: Candidate, persons: list[Candidate],
                 lower_keys: list[str]) -> bool:
    """True when a demonym only belongs to a named person's title.

    "le ministre japonais de la Défense Nakatani Gen", "Russian Foreign Ministry
    spokeswoman Maria Zakharova": the country is the person's, not an actor.
    """
    for person in persons:
        if person.start <= cand.start or doc[person.start].sent != doc[cand.start].sent:
            continue
        between = range(cand.end, person.start)
        if all(lower_keys[m] in TITLE_WORDS or lower_keys[m] in TITLE_GLUE
               or lower_keys[m] in ACTING_NOUNS or lower_keys[m] in ADJECTIVE_INDEX
               for m in between):
            return True
    return False


def _title_part(doc: Doc, k: int, lower_keys: list[str]) -> bool:
    """A word that may belong to the title around a name: office words, glue,
    demonyms, country names, the body served ("army spokesman", "Boeing's chief
    executive")."""
    key = lower_keys[k]
    return key in TITLE_WORDS or key in TITLE_GLUE or key in ADJECTIVE_INDEX \
        or doc[k].text[:1].isupper() and _in_demonym_of_words(lower_keys, k) \
        or key in ACTING_NOUNS or key in _TITLE_EXTRAS \
        or (doc[k].text[:1].isupper() and (key in NAME_INDEX or _company_country(doc, k, k + 1)
                                           or _in_region_of_the_office(doc, k, lower_keys)))


# Lowercase words common in titles that are no office on their own.
_TITLE_EXTRAS = {"senior", "top", "deputy", "regional", "local", "provincial", "former",
                 "ex", "then", "newly", "appointed", "elected", "longtime", "veteran", "retired",
                 "ancien", "ancienne", "haut", "gradé", "régional", "régionale", "chef",
                 "cabinet",  # "Kyrgyz Cabinet Chairman X"
                 # the office's own adjective: "le conseiller présidentiel érythréen X",
                 # "Eritrean presidential adviser X", "l'envoyé spécial américain X"
                 "presidential", "presidentiel", "presidentielle", "special", "speciale"}


_ENDS_SENTENCE = {".", "!", "?", "…", "»", '"', "”", ";", ":"}


def _title_reach(doc: Doc, start: int) -> int:
    """Where the words before a name may hold its title: its sentence, or the sentence
    before when the parse cut between a title and the name on one line ("La députée
    péruvienne | Rosa Quispe a porté plainte": no full stop, no line break between)."""
    sent_start = doc[start].sent.start
    if sent_start == start and start > 0:
        before = doc[start - 1]
        if not before.is_space and before.text[-1:] not in _ENDS_SENTENCE:
            return doc[start - 1].sent.start
    return sent_start


def title_before(doc: Doc, start: int, lower_keys: list[str]) -> tuple[str | None, str | None]:
    """Role and country stated in the words just before a name, if any."""
    sent_start = _title_reach(doc, start)
    j = start - 1
    country_stop = start
    if j - 1 >= sent_start and doc[j].text == "," and _title_part(doc, j - 1, lower_keys):
        j -= 1  # "a Venezuelan former army officer, Ronald Ojeda"
        # "sa directrice pour l'Afghanistan, Hsiao-Wei Lee", "its director for Myanmar, X":
        # the country the office covers, then the office
        k = j - 1 if j - 1 >= sent_start and lower_keys[j - 1] in {"l'", "la", "le", "the"} else j
        if k - 1 > sent_start and lower_keys[j] in NAME_INDEX and doc[j].text[:1].isupper() \
                and lower_keys[k - 1] in {"for", "pour"}:
            j = country_stop = k - 1  # the country covered is no nationality
            j -= 1
    limit = max(sent_start, j - 8)
    while j >= limit and _title_part(doc, j, lower_keys):
        j -= 1
    j = _past_office_words(doc, j, start, sent_start, lower_keys)
    role = _role_in(lower_keys[j + 1:start])
    if role is None:
        fielded = _office_with_demonym_and_field(doc, start, sent_start, lower_keys)
        if fielded is None:
            return None, None
        office, code = fielded
        return _role_in(lower_keys[office:start]) or None, code
    return role or None, _country_near(doc, j + 1, country_stop, lower_keys)


def _role_in(words: list[str]) -> str | None:
    """The role the longest title in these words names ("" for a title with no role)."""
    phrase = " ".join(words).replace("' ", "'")  # "homme d'affaires"
    if not phrase:
        return None
    return next((TITLE_ROLES[t] for t in TITLE_KEYS if re.search(
        rf"(?:^|[\s']){re.escape(t)}(?:\s|$)", phrase)), None)


# Words that open a French office's field after its demonym: "ministre australien du
# Changement climatique", "envoyé spécial chinois pour les affaires asiatiques", "le
# négociateur en chef européen chargé du Brexit".
_FIELD_OPENERS = {"de", "du", "des", "d'", "pour", "charge", "chargee", "aux", "a", "en", "aupres"}
_FIELD_REACH = 12  # tokens from the office word to the comma before the name


def _office_with_demonym_and_field(doc: Doc, start: int, sent_start: int,
                                   lower_keys: list[str]) -> tuple[int, str] | None:
    """(office index, country) of a French office whose demonym follows it and whose field,
    of words no title list holds, runs to the comma before the name: "le ministre australien
    du Changement climatique, Chris Bowen", "l'envoyé spécial chinois pour les affaires
    asiatiques, Deng Xijun". The demonym right after the office is the holder's; the walk
    back over title words stops at the field's first free word ("climatique")."""
    if doc.lang_ != "fr" or start < 3 or doc[start - 1].text != ",":
        return None
    for k in range(start - 2, max(sent_start, start - 1 - _FIELD_REACH) - 1, -1):
        tok = doc[k]
        if tok.is_punct or tok.is_sent_start and k > sent_start or tok.pos_ in ("VERB", "AUX") \
                and lower_keys[k] not in ADJECTIVE_INDEX:  # the small parser's "canadienne"
            return None
        if lower_keys[k] not in TITLE_WORDS or not tok.text.islower():
            continue
        m = k + 1
        while m < start - 1 and lower_keys[m] in _TITLE_EXTRAS:
            m += 1  # "l'envoyé spécial chinois"
        code = ADJECTIVE_INDEX.get(lower_keys[m]) if doc[m].text.islower() else None
        if code and m + 1 < start - 1 and lower_keys[m + 1] in _FIELD_OPENERS:
            return k, code
    return None


def _past_office_words(doc: Doc, j: int, start: int, sent_start: int,
                       lower_keys: list[str]) -> int:
    """Where the title starts when capitalised words of the office no list holds stand
    between it and the country it serves: "Sweden's Civil Defence Minister X", "Japanese
    Economic Security Minister X". Only a country's possessive or a demonym there moves it."""
    if j + 1 >= start or not doc[j + 1].text[:1].isupper():
        return j
    k = j
    while k >= sent_start and j - k < 3 and doc[k].is_alpha and doc[k].text[:1].isupper() \
            and lower_keys[k] not in NAME_INDEX and lower_keys[k] not in ADJECTIVE_INDEX:
        k -= 1
    if k == j or k < sent_start:
        return j
    if lower_keys[k] in ADJECTIVE_INDEX and doc[k].text[:1].isupper():
        return k - 1  # "Japanese Economic Security Minister"
    if lower_keys[k] in ("'s", "'") and k - 1 >= sent_start and doc[k - 1].text[:1].isupper() \
            and lower_keys[k - 1] in NAME_INDEX:
        return k - 2  # "Sweden's Civil Defence Minister"
    return j


def _past_age(doc: Doc, comma: int) -> int:
    """The comma after an age set between the name and its apposition ("Nikolaï Vassiliev,
    45 ans, homme d'affaires russe,", "X, 45, a Russian businessman,"), else `comma`."""
    k = comma + 1
    if k < len(doc) and doc[k].like_num:
        k += 1
        if k < len(doc) and doc[k].lower_ in ("ans", "an", "years", "year"):
            k += 1
            if k < len(doc) and doc[k].lower_ == "old":
                k += 1
        if k < len(doc) and doc[k].text == ",":
            return k
    return comma


def country_after_of(doc: Doc, end: int, lower_keys: list[str]) -> str | None:
    """"Deputy Prime Minister Nguyen Van Long of Vietnam": the country a title's holder is
    "of", named right after the name."""
    k = end
    if k < len(doc) and doc[k].lower_ == "of":
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        if k < len(doc) and doc[k].text[:1].isupper():
            return NAME_INDEX.get(lower_keys[k])
    return None


def title_after(doc: Doc, end: int, lower_keys: list[str]) -> tuple[str | None, str | None]:
    """Role and country from an apposition just after a name: ", the US envoy,"."""
    if end >= len(doc) or doc[end].text != ",":
        return None, None
    end = _past_age(doc, end)
    stop = min(doc[end].sent.end, end + 9)
    k = end + 1
    if k < stop and lower_keys[k] in {"a", "an", "un", "une"}:
        k += 1  # ", an energy consultant in Mexico City", ", une avocate"
    while k < stop and _title_part(doc, k, lower_keys):
        k += 1
    phrase = " ".join(lower_keys[end + 1:k]).replace("' ", "'")
    role = next((TITLE_ROLES[t] for t in TITLE_KEYS if re.search(
        rf"(?:^|[\s']){re.escape(t)}(?:\s|$)", phrase)), None)
    if not role:
        return None, None
    return role, _country_near(doc, end + 1, k, lower_keys) or _expert_based_in(doc, k, stop) \
        or _demonym_of_the_body_served(doc, k, stop, lower_keys)


# Small words between an office and the body it serves: "porte-parole du parquet fédéral
# belge", "spokeswoman for the Belgian federal prosecutor".
_SERVED_GLUE = {"de", "du", "des", "d'", "l'", "la", "le", "les", "of", "for", "the", "at"}


def _demonym_of_the_body_served(doc: Doc, k: int, stop: int,
                                lower_keys: list[str]) -> str | None:
    """The demonym of the body an apposition's office serves, when the body's words are no
    title words: ", porte-parole du parquet fédéral belge," is Belgian wherever the story
    is set. Only nouns, adjectives and small words lead to it: "a spokesman for the rebels
    fighting Russian forces" names no one's nationality."""
    seen_word = False
    for j in range(k, stop):
        key = lower_keys[j]
        code = ADJECTIVE_INDEX.get(key)
        if code and (seen_word or doc[j].text[:1].isupper()):
            return code  # French after the body's words, English before them
        if key in _SERVED_GLUE or doc[j].pos_ in ("NOUN", "ADJ") and doc[j].is_alpha \
                and doc[j].text.islower():
            seen_word = seen_word or key not in _SERVED_GLUE
            continue
        return None
    return None


# Private experts the press places in a city: "Tom Reilly, an energy analyst in Sydney" is
# Australian; officials posted abroad ("the WHO representative in Pakistan", "the FAO's
# officer in Rome") are not, so offices stay out.
_EXPERT_ROLES = {norm(w) for w in """
analyst analysts economist economists consultant consultants strategist strategists trader
traders lawyer lawyers researcher researchers analyste analystes économiste économistes
consultante avocat avocate chercheur chercheuse
""".split()}


def _expert_based_in(doc: Doc, k: int, stop: int) -> str | None:
    """The country of the city an expert's apposition ends on: ", an energy analyst in
    Sydney", ", économiste basé à Abidjan"."""
    if k == 0 or norm(doc[k - 1].text) not in _EXPERT_ROLES:
        return None
    if k + 1 < stop and doc[k].lower_ in {"based", "basé", "basée"}:
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in {"in", "à"} \
            or not doc[k + 1].text[:1].isupper():
        return None
    end = k + 2
    while end < len(doc) and end - k < 4 and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    place = doc[k + 1:end].text
    return country_for(place) or place_country(place)
