"""Unknown names from spaCy NER under strict shape checks, surnames linked to full
names, known actors hidden in machine-translation glue, organisations named after places.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from transforms.actor_rules.capitals import capital_as_place
from transforms.actor_rules.dictionary import case_ok, GAZETTEER
from transforms.actor_rules.non_actors import is_equipment, on_capitals_line, opens_a_crosshead
from transforms.actor_rules.described_people import described_as_someone
from transforms.actor_rules.titles import country_after_of, title_after, title_before
from transforms.actor_rules.vocab import (ACRONYM, ACTING_NOUNS, BODY_HEADS_FR, CALENDAR_WORDS,
    Candidate, GENERIC_PLACE_NOUNS, GLUE, is_glued, LOCATIVE, NAME_PARTICLES, NAME_TOKEN, NER_ORG,
    NER_PERSON, NER_PLACE, split_glued_tail, TITLE_GLUE, TITLE_ROLES, TITLE_WORDS)
from transforms.countries import (ADJECTIVE_INDEX, COUNTRY_RECORDS, country_for, country_name,
    NAME_INDEX, norm, PLURAL_INDEX)
from transforms.datelines import filed_from
from transforms.gazetteer import english_place_name, is_city, is_world_region, place_country
from transforms.records import Actor


def _hyphen_tail(t: Token) -> bool:
    """The lowercase second half of a hyphenated given name the English model splits out:
    "yen" in "Tsai Ming - yen", "myung" in "Lee Jae - myung"."""
    doc = t.doc
    return t.i >= 2 and t.text.isalpha() and t.text.islower() and doc[t.i - 1].text == "-" \
        and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_ \
        and doc[t.i - 2].text[:1].isupper()


def _glued_hyphen_in_name(doc: Doc, k: int) -> bool:
    """The hyphen of a double name split out: "Reghezza - Zitt" for "Reghezza-Zitt"."""
    return doc[k].text == "-" and k > 0 and k + 1 < len(doc) and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and doc[k + 1].text[:1].isupper()


# Words before "in" that make the name after it a company: "a stake in Nexperia".
_HOLDING_WORDS = {"stake", "stakes", "invest", "invested", "investing", "investment",
                  "investments", "shares", "share", "interest", "holding", "holdings",
                  "role", "jobs", "job", "member", "members", "position", "positions"}


def _place_after_in(doc: Doc, start: int, end: int) -> bool:
    """One unknown capitalised word NER calls an organisation right after "in", "near" or
    "outside" is a place: "treated 600 patients in Tine, on the border"."""
    if end - start != 1 or start == 0 or doc[start - 1].lower_ not in {"in", "near", "outside"}:
        return False
    text = doc[start].text
    return text.isalpha() and not text.isupper() and not (
        start > 1 and doc[start - 2].lower_ in _HOLDING_WORDS)


def _country_before_name(doc: Doc, start: int, lower_keys: list[str]) -> str | None:
    """The country a word just before a person's name gives with no title: a demonym
    ("American George Glezmann"), with people nouns between ("Texas engineer Daniel
    Korver" through a US state, "a British couple, Peter and Barbie Reynolds")."""
    k = start - 1
    if k >= 2 and lower_keys[k] in {"and", "et"} and doc[k - 1].text[:1].isupper():
        k -= 2  # "Peter and | Barbie Reynolds": the couple's words come before both names
    if k >= 1 and doc[k].text == ",":
        k -= 1
        if lower_keys[k] not in ACTING_NOUNS:
            return None  # "..., in March, Peter": a comma before a name needs "a British couple,"
    nouns = 0
    while k >= 0 and nouns < 2 and doc[k].text.islower() and (
            lower_keys[k] in ACTING_NOUNS or lower_keys[k] in TITLE_WORDS):
        k -= 1
        nouns += 1
    if k < 0 or not doc[k].text[:1].isupper() or doc[k].ent_type_ in NER_PERSON:
        return None
    # "Costa Rican diplomat X": a demonym of two or three words ending here first
    code = next((ADJECTIVE_INDEX[key] for j in (k - 2, k - 1) if j >= 0
                 and doc[j].text[:1].isupper()
                 and (key := " ".join(lower_keys[j:k + 1])) in ADJECTIVE_INDEX), None) \
        or ADJECTIVE_INDEX.get(lower_keys[k])
    if code is None and nouns and doc[k].ent_type_ in NER_PLACE:
        # the whole place the word ends: "New Mexico engineer X" is American; "Northern
        # Crest chief executive X" names no French town Crest
        place = doc[k].text
        if doc[k].ent_iob_ == "I":
            first = k
            while first > 0 and doc[first].ent_iob_ == "I":
                first -= 1
            place = doc[first:k + 1].text
        code = country_for(place) or place_country(place)  # "Texas engineer"
    return code


def _feature_country(tokens: list[Token]) -> str | None:
    """The country of a natural feature named after a place: "Subic Bay" (Subic, the
    Philippines), "Guantanamo Bay" (Cuba)."""
    if len(tokens) >= 2 and tokens[-1].text in _FEATURE_WORDS \
            and tokens[-1].text not in _SEA_FEATURES:
        head = " ".join(t.text for t in tokens[:-1])
        if country_for(head):
            return None  # "the Congo Basin", "the Niger River": many states', no town's
        return place_country(head)
    return None  # straits and shoals: no country (eval/README.md), "Luzon Strait"


def _whole_hyphenated_place(doc: Doc, start: int, end: int) -> int:
    """End of the place name NER stopped at a hyphen the English tokenizer split out
    ("Mazar | - | i | - | Sharif"), when the gazetteer knows the whole word; else `end`."""
    k = end
    while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ \
            and not doc[k].whitespace_ and doc[k + 1].is_alpha:
        k += 2
    return k if k > end and place_country(doc[start:k].text) else end


_INITIALS = re.compile(r"^(?:[A-Z]\.){2,3}$")  # "M.K.", "J.R.R."


# Demonyms as the data writes them, accents and all: "Germán" (a Spanish given name) is
# "german" once accents are stripped, but no language writes the demonym so.
_DEMONYM_SPELLINGS = {form.lower() for c in COUNTRY_RECORDS for form in c["adjectives"]}


def _accented_given_name(text: str) -> bool:
    return text.casefold() != norm(text) and text.lower() not in _DEMONYM_SPELLINGS


def _looks_like_name(tokens: list[Token]) -> bool:
    # particles and the hyphen the English model splits out ("Jean - Yves Le Drian")
    core = [t for t in tokens if t.lower_ not in NAME_PARTICLES and not _hyphen_tail(t)
            and not (t.text == "-" and t.i > 0 and not t.doc[t.i - 1].whitespace_)]
    if not 1 <= len(core) <= 4 or not core:
        return False
    for t in core:
        text = t.text
        if not NAME_TOKEN.match(text) or is_glued(text) or t.like_num \
                or t.is_stop and not _stop_word_surname(t, core) and not _name_elision(t):
            return False
        if len(text) > 1 and text.isupper() and len(text) > 3 and not _INITIALS.match(text):
            return False  # "NATO Rutte"; "M.K. Stalin" is initials and a surname
        if (norm(text) in TITLE_WORDS or norm(text) in ADJECTIVE_INDEX
            and not _accented_given_name(text)) \
                and not re.match(r"^[A-Z]\.$", text):  # "M. K. Stalin": initials, no title
            return False
    return tokens[0].text[:1].isupper() and (tokens[-1].text[:1].isupper()
                                              or _hyphen_tail(tokens[-1]))


def _lowercase_given_name(tokens: list[Token]) -> bool:
    """Machine translation lowercases a given name before a capitalised surname ("le
    ministre des Transports philippe Tabarot", "son coordonnateur jean-baptiste Mouele",
    "KRG spokesman peshawa Hawramani"): NER still reads a person, whose first word is no
    small word, title, demonym, month or country and whose other words make a name."""
    first = tokens[0]
    key = norm(first.text)
    return len(tokens) >= 2 and first.text.islower() and len(first.text) >= 3 \
        and all(part.isalpha() for part in first.text.split("-")) \
        and not first.is_stop and first.lower_ not in NAME_PARTICLES \
        and key not in TITLE_WORDS and key not in TITLE_GLUE and key not in ADJECTIVE_INDEX \
        and key not in PLURAL_INDEX and key not in CALENDAR_WORDS \
        and not any(country_for(t.text) for t in tokens) and _looks_like_name(tokens[1:])


def _capitalised_given_name(text: str) -> str:
    """"jean-baptiste Mouele" -> "Jean-Baptiste Mouele": the name as the world writes it."""
    first, _, rest = text.partition(" ")
    return "-".join(part[:1].upper() + part[1:] for part in first.split("-")) + " " + rest


def _given_name_opening_a_line(doc: Doc, start: int, lower_keys: list[str],
                               taken: list[bool]) -> bool:
    """The capitalised word before a one-word person opens the sentence or the line and is
    no title, demonym, place, month or small word: the person's given name ("Ilya
    Shestakov, head of ..." at a paragraph's start)."""
    k = start - 1
    if k < 0 or taken[k]:
        return False
    tok = doc[k]
    opens = k == 0 or tok.is_sent_start or "\n" in doc[k - 1].whitespace_ or doc[k - 1].is_space
    key = lower_keys[k]
    return opens and tok.is_alpha and tok.text.istitle() and len(tok.text) > 2 \
        and not tok.is_stop and tok.ent_type_ == "" and key not in TITLE_WORDS \
        and key not in ADJECTIVE_INDEX and key not in NAME_INDEX and key not in PLURAL_INDEX \
        and key not in CALENDAR_WORDS and key not in GAZETTEER and not place_country(tok.text) \
        and doc[start].text.istitle() and start + 1 < len(doc) and doc[start + 1].text == ","


def _surname_left_out(doc: Doc, k: int, lower_keys: list[str], taken: list[bool]) -> bool:
    """The capitalised word after a one-word person, itself followed by a comma, is no
    title, demonym, place or month: the person's surname ("Samir Haddad, 61 ans")."""
    if k + 1 >= len(doc) or taken[k] or doc[k + 1].text != ",":
        return False
    tok = doc[k]
    key = lower_keys[k]
    return tok.is_alpha and tok.text.istitle() and len(tok.text) > 2 and not tok.is_stop \
        and tok.ent_type_ == "" and key not in TITLE_WORDS and key not in ADJECTIVE_INDEX \
        and key not in NAME_INDEX and key not in PLURAL_INDEX and key not in CALENDAR_WORDS \
        and key not in GAZETTEER and not place_country(tok.text) and doc[k - 1].text.istitle()


def _name_elision(t: Token) -> bool:
    """The capitalised elision opening a West African surname, split off by the French
    tokenizer: "N'" of "Sylvain N'Guessan", "N'Diaye" (a stop word, "ne", elsewhere)."""
    doc = t.doc
    return t.text in {"N'", "N’"} and not t.whitespace_ and t.i + 1 < len(doc) \
        and doc[t.i + 1].text[:1].isupper()


def _stop_word_surname(t: Token, core: list[Token]) -> bool:
    """A surname that is also a stop word ("Theresa May", "Javier May"): the last word of
    a name, capitalised mid-sentence, after a given name that is no stop word."""
    return len(core) >= 2 and t.i == core[-1].i and t.text.istitle() and len(t.text) >= 3 \
        and not core[0].is_stop and not t.is_sent_start


# Heads that make the title word before them part of a body's name: "High Court",
# "General Staff", "General Directorate of Intelligence", "General Assembly".
_TITLED_BODY_HEADS = {"court", "courts", "staff", "directorate", "assembly", "secretariat",
                      "command", "inspectorate", "prosecutor's"}


# Fields of ministers' offices that open bodies' names too: "Energy Regulatory Council",
# "Health Workers Union", "Mines Advisory Group" (not "Energy Minister X").
_FIELDS = {norm(w) for w in """
agriculture budget commerce communication culture defence defense digital economy education
energy environment finance financial fisheries health housing immigration industry
information infrastructure intelligence justice labor labour logistics migration mines
petroleum security sports telecommunications tourism trade transport youth""".split()}
# Last words of bodies' names such a field opens.
_FIELD_BODY_HEADS = {norm(w) for w in """
council union association authority agency commission board institute bureau corporation
federation company committee network group alliance regulator administration""".split()}


def _opens_a_body_name(lower_keys: list[str], start: int, end: int) -> bool:
    """"High Court", "General Staff": "High" and "General" open titles elsewhere ("High
    Commissioner", "General Mark Milley"), here a body's name; so does a field before the
    words of a body ("Energy Regulatory Council"), whose head may take a complement of its
    own ("Security Association | of South Africa")."""
    head = next((k - 1 for k in range(start + 2, end - 1) if lower_keys[k] in {"of", "for"}),
                end - 1)
    return start + 1 < end and (lower_keys[start + 1] in _TITLED_BODY_HEADS
                                or lower_keys[start] == "high" and end - start <= 4
                                and lower_keys[end - 1] in _TITLED_BODY_HEADS or (
        lower_keys[start] in _FIELDS and lower_keys[head] in _FIELD_BODY_HEADS
        and not any(lower_keys[k] in TITLE_WORDS and lower_keys[k] not in _FIELDS
                    and lower_keys[k] not in _NAME_LINK_WORDS for k in range(start + 1, end))))


# Head nouns of a body's name that a complement of their own may follow: "the High Military
# Command | for the Restoration of Order", "the Ministry of Energy | and Mines".
_NAMED_BODY_HEADS = {"command", "council", "commission", "committee", "ministry", "authority",
                     "agency", "office", "centre", "center", "institute", "department",
                     "board", "mission", "movement", "front"}
_NAME_LINK_WORDS = {"of", "for", "and", "the", "on"}


def _capital_word(doc: Doc, k: int, taken: list[bool]) -> bool:
    return 0 <= k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha \
        and not taken[k] and norm(doc[k].text) not in NAME_INDEX \
        and norm(doc[k].text) not in ADJECTIVE_INDEX and norm(doc[k].text) not in TITLE_ROLES


def _whole_body_name(doc: Doc, start: int, end: int, lower_keys: list[str],
                     taken: list[bool]) -> tuple[int, int]:
    """An ORG span the small model cut inside a body's long name, run on to the rest:
    "the Ministry of Energy | and Mines said" (a second field after "and"), "the High
    Military Command | for the Restoration of Order" (the body's own complement after its
    head).
    The words added are capitalised and no known country, demonym or title."""
    heads = [k for k in range(start, end) if lower_keys[k] in _NAMED_BODY_HEADS]
    if not heads:
        return start, end
    n = len(doc)
    # "... of Energy | and Mines" then a lowercase word or a stop
    if end + 1 < n and lower_keys[end] == "and" and _capital_word(doc, end + 1, taken) \
            and any(lower_keys[k] in {"of", "for"} for k in range(heads[0] + 1, end)) \
            and not (end + 2 < n and doc[end + 2].text[:1].isupper()):
        end += 2
    # "Command | for the Restoration of Order": the span ends on its head
    elif lower_keys[end - 1] in _NAMED_BODY_HEADS and end + 1 < n \
            and lower_keys[end] in {"for", "of"}:
        k = end + 1
        if k < n and lower_keys[k] == "the":
            k += 1
        last, words = None, 0
        while k < n and k - end <= 7 and (_capital_word(doc, k, taken) or (
                lower_keys[k] in _NAME_LINK_WORDS and last == k - 1)):
            if _capital_word(doc, k, taken):
                last, words = k, words + 1
            k += 1
        if words >= 2 and not (k < n and doc[k].text[:1].isupper()):
            end = last + 1  # two capitalised words or more, then the name ends
    return start, end


def _field_before_and(doc: Doc, start: int, end: int, lower_keys: list[str]) -> int:
    """"The Maritime and | Port Authority of Singapore": a body's name joins two fields
    with "and" and the model starts its span after it; one capitalised word that no
    entity, name or title holds, between "the" and "and", opens the name."""
    if start < 3 or lower_keys[start - 1] != "and" or lower_keys[start - 3] != "the" \
            or end - start < 2 or lower_keys[end - 1] in {"and", "of"}:
        return start
    word = doc[start - 2]
    if not (word.is_alpha and word.text.istitle()) or word.ent_type_ \
            or lower_keys[start - 2] in TITLE_WORDS or lower_keys[start - 2] in NAME_INDEX \
            or lower_keys[start - 2] in ADJECTIVE_INDEX \
            or not any(lower_keys[k] in _BODY_WORDS for k in range(start, end)):
        return start
    return start - 2


def _initial_before_initial(doc: Doc, start: int, end: int) -> bool:
    """"M. K. Stalin": "M." before another initial is one, not the French "Monsieur"."""
    return doc[start].text == "M." and start + 1 < end \
        and re.match(r"^[A-Z]\.$", doc[start + 1].text) is not None


def _trim(doc: Doc, start: int, end: int, lower_keys: list[str]) -> tuple[int, int]:
    """Drop determiners, elisions, titles and punctuation from the edges of an NER span."""
    while start < end and ((lower_keys[start] in TITLE_WORDS or lower_keys[start] in TITLE_GLUE)
                           and not _opens_a_body_name(lower_keys, start, end)
                           and not _initial_before_initial(doc, start, end)
                           or doc[start].is_punct or doc[start].is_space
                           or doc[start].text.endswith(("'", "’"))
                           or lower_keys[start] in {"le", "la", "les", "the", "un", "une", "a"}
                           or doc[start].text in _CLASS_ACRONYMS and end - start > 1
                           or lower_keys[start] in CALENDAR_WORDS and end - start > 1):
        start += 1  # a month or weekday first: "In May Korea yielded" (vocab.CALENDAR_WORDS)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].text.endswith(("'", "’"))
                           or lower_keys[end - 1] in NAME_PARTICLES
                           or doc[end - 1].text in _TRAILING_SMALL_WORDS
                           # "Union Pacific Chief | Executive Jim Vena": the person's office
                           or _office_after_a_name(doc, lower_keys, start, end)):
        end -= 1
    return start, end


def _office_after_a_name(doc: Doc, lower_keys: list[str], start: int, end: int) -> bool:
    """The span ends on an office run on after a body's name ("Union Pacific Chief"), not on
    the office a body is named for ("Office of the Vice President", "Cabinet du président")."""
    return (end - start > 1 and lower_keys[end - 1] in _OFFICES_AFTER_BODY
            and doc[end - 2].text[:1].isupper() and lower_keys[end - 2] != "vice"
            and lower_keys[end - 2] not in NAME_PARTICLES
            and doc[end - 2].text not in _TRAILING_SMALL_WORDS)


# Offices NER runs a company's or body's name into: "Union Pacific Chief" (Executive Jim
# Vena), "Rio Tinto CEO", "Sonatrach Chairman".
_OFFICES_AFTER_BODY = {"chief", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair",
                       "president", "spokesman", "spokeswoman", "spokesperson", "boss",
                       "founder", "co-founder"}


# "the NGO Iran Human Rights", "l'ONG Sea-Watch": the acronym says what the body is.
_CLASS_ACRONYMS = {"NGO", "ONG"}


# French body heads that open names NER sometimes calls places ("l'Institut Kiel"); "Centre"
# opens places too ("Centre-Val de Loire", "Centre Pompidou").
_BODY_HEADS_AS_PLACES = BODY_HEADS_FR - {"centre"}


# Small lowercase words the small models run a name into ("Bank of", "Kremlin a",
# "Hezbollah et"): no name ends with one.
_TRAILING_SMALL_WORDS = {"of", "the", "and", "a", "an", "et", "des", "les", "aux", "au", "à",
                         "pour", "for", "with", "avec", "in", "en", "on", "sur", "by", "par",
                         "has", "is", "was", "said", "est", "ont", "qui", "that", "to",
                         "party"}  # "the governing Libre party": the party is "Libre"


def ner_candidates(doc: Doc, lower_keys: list[str], taken: list[bool],
                   named_people: set[str] = frozenset()) -> list[Candidate]:
    """Unknown people, organisations and places from spaCy NER, strictly filtered.
    `named_people`: words of the people other rules found named in full ("UN High
    Commissioner for Human Rights Volker Türk", which NER missed), so that a later bare
    "Türk" is never taken for a town of the same name."""
    out = []
    person_words = {norm(t.text) for ent in doc.ents if ent.label_ in NER_PERSON and len(ent) > 1
                    for t in ent} | named_people
    place_counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ in NER_PLACE:
            place_counts[norm(ent.text)] = place_counts.get(norm(ent.text), 0) + 1
    for ent in doc.ents:
        label = "LOC" if ent.label_ == "FAC" and doc[ent.end - 1].text in (
            _STREET_WORDS | _FEATURE_WORDS) \
            else ent.label_  # "gathered in Tahrir Square": a square is a place
        if label in NER_PERSON | NER_ORG and len(ent) > 1 \
                and doc[ent.end - 1].text in _FEATURE_WORDS:
            label = "LOC"  # "to suspend Suez Canal transits" read as a person: a place
        if label == "FAC" and _research_body(doc, ent.start, ent.end):
            label = "ORG"  # "the Centre for Peace and Security Studies": a body, no building
        if label == "LAW" and len(ent) > 1 and lower_keys[ent.end - 1] in _LAW_MISREAD_HEADS:
            label = "ORG"  # "the Human Rights Law Centre", "the Fair Work Ombudsman": no law
        if label not in NER_PERSON | NER_ORG | NER_PLACE | _MISREAD_LABELS:
            continue
        ent_end = ent.end
        while label in NER_PERSON and ent_end < len(doc) and _glued_hyphen_in_name(doc, ent_end):
            ent_end += 2  # "Mohammed al" + "-Khulaifi": the small model stops at the hyphen
        if label in NER_PERSON and ent_end - ent.start >= 2 \
                and doc[ent_end - 1].lower_ in NAME_PARTICLES:
            # "Dalila Ben | Mbarek Msaddek": no name ends on a particle, the rest follows
            stop = ent_end
            while stop < len(doc) and stop - ent_end < 3 and not taken[stop] \
                    and doc[stop].text.istitle() and doc[stop].is_alpha \
                    and norm(doc[stop].text) not in TITLE_WORDS:
                stop += 1
            ent_end = stop
        if label in NER_PLACE:
            ent_end = _whole_hyphenated_place(doc, ent.start, ent_end)  # "Mazar" + "-i-Sharif"
        start, end = _trim(doc, ent.start, ent_end, lower_keys)
        if label in NER_ORG and end - start >= 2:
            start, end = _whole_body_name(doc, start, end, lower_keys, taken)
            if not taken[max(start - 2, 0)]:
                start = _field_before_and(doc, start, end, lower_keys)
        if label in NER_ORG and end - start == 1 and _field_of_an_office(ent.start, start,
                                                                         lower_keys):
            continue  # "le ministre de la Mer", "ministre de la Culture": the office's field
        while label in NER_PERSON and end > start and doc[end - 1].text.islower() \
                and not _hyphen_tail(doc[end - 1]):
            end -= 1  # "Mohammed A. under": the small model runs past the name
        if label in NER_PERSON and end - start == 1 and start == ent.start \
                and _given_name_opening_a_line(doc, start, lower_keys, taken):
            start -= 1  # "Ilya Shestakov, head of ...": the model left the given name out
        elif label in NER_PERSON and end - start == 1 and end == ent_end \
                and _surname_left_out(doc, end, lower_keys, taken):
            end += 1  # "vise Samir Haddad, 61 ans,": the model left the surname out
        if label in NER_PERSON and end - start >= 2 and doc[end - 1].text in _FIRM_HEADS:
            label = "ORG"  # "Deniz Bulk Shipping" read as a person: no one's name ends so
        demonym_code = None
        if label != "PERSON" and label not in NER_PERSON:
            start, label, demonym_code = _person_misread(doc, start, end, label, lower_keys,
                                                         taken)
        if label in _MISREAD_LABELS:
            continue  # facilities and the rest are no actors unless they name a person (above)
        if start >= end or any(taken[start:end]):
            continue
        tokens = list(doc[start:end])
        span = doc[start:end]
        text = span.text
        if any(is_glued(t.text) for t in tokens) or any(c in text for c in "«»\"“”[]()"):
            continue
        if is_world_region(text) or norm(text) in ADJECTIVE_INDEX or norm(text) in PLURAL_INDEX \
                or is_equipment(doc, start, end, lower_keys) \
                and not (label in NER_ORG and len(tokens) > 2 and _national_branch(tokens)):
            continue  # "Africa", a bare "Emirati", "Patriot missiles": never actors; "Indian
            # Air Force helicopters" are a service's, named in two words ("Chinese Navy
            # ships" reads as the country's)
        if on_capitals_line(doc, start):
            continue  # "WASHINGTON WANTS CHINA AT THE TABLE": a crosshead, not a name
        if label not in NER_PLACE and filed_from(doc, start):
            continue  # "MELISSA, Texas (AP) —" read as a body: the city (dateline_cities)
        if label not in NER_PERSON and len(tokens) >= 2 \
                and not any(t.pos_ == "PROPN" for t in tokens):
            # "Western Diplomats", "Aid Workers", "Board of Directors", "Votre Avis Compte":
            # common words in Title Case (headlines, machine translation), which the
            # tagger itself reads as nouns and adjectives, name no body or place
            continue
        if doc.lang_ == "en" and label not in NER_PERSON and len(tokens) >= 3 and any(
                t.text in _TITLE_CASE_SMALL_WORDS for t in tokens[1:-1]):
            continue  # "UN Warns Of Famine In Gaza": a headline in Title Case, no name
        if len(tokens) == 1 and label not in NER_PLACE and end < len(doc) \
                and doc[end].text[:1].isupper() and lower_keys[end] in TITLE_WORDS \
                and lower_keys[end] not in _TITLED_BODY_HEADS:
            continue  # "the UK's Home Secretary": "Home" is the office's, no body or town
        if label in NER_ORG and end < len(doc) and doc[end].text in _MINISTERIAL_OFFICES:
            continue  # "U.S. Energy Secretary X", "French Armed Forces Minister X": an office
        acronym = _capitals_off_a_dateline(doc, start, end)
        town = None if acronym else _town(doc, start, end, label, person_words)
        if town:
            actor = town
        elif acronym and place_country(text) and not country_for(text):
            # "State-run GAIL signed", "la chambre de commerce CAME": an acronym that is
            # also a town somewhere (Gail, Texas) is a body; its state comes from the context
            actor = Actor(text, "ORGANIZATION", None)
        elif label in NER_PERSON:
            lowered = _lowercase_given_name(tokens)
            if len(tokens) < 2 or not (_looks_like_name(tokens) or lowered):
                continue  # single words become people only via a full name (surname links)
            if end < len(doc) and lower_keys[end] in _WORKS_NOUNS:
                continue  # "the Fukushima Daiichi plant", "the Pleiades Neo design": a thing
            if start > 0 and doc[start - 1].lower_ in _PLURAL_FRENCH_DETERMINERS:
                continue  # "les Druzes de Soueïda": people from a place, no one's name
            role, code = title_before(doc, start, lower_keys)
            if code is None:  # "Massad Boulos, the US envoy,", "X, l'émissaire américain"
                after_role, code = title_after(doc, end, lower_keys)
                role = role or after_role
            if code is None:  # "American George Glezmann", "a British couple, Peter ..."
                code = _country_before_name(doc, start, lower_keys) or demonym_code
            if code is None:  # "Olivia Hartmann, a German national", "X, un paysan malien"
                code = described_as_someone(doc, end, lower_keys)[1]
            if code is None and role:  # "Deputy Prime Minister X of Vietnam"
                code = country_after_of(doc, end, lower_keys)
            actor = Actor(_capitalised_given_name(text) if lowered else text, "PERSON", code, role)
        elif label in NER_ORG and len(tokens) >= 2 and _looks_like_name(tokens) \
                and (title_before(doc, start, lower_keys)[0]
                     or len(tokens) <= 3 and title_after(doc, end, lower_keys)[0]):
            # "le ministre malien des Transports Ibrahima Keita" and "Rixi Moncada, the
            # candidate of ..." tagged ORG: a title names a person
            role, code = title_before(doc, start, lower_keys)
            if role is None:
                role, code = title_after(doc, end, lower_keys)
            actor = Actor(text, "PERSON", code, role)
        elif label in NER_ORG and _national_branch(tokens):
            # "The Philippine Air Force", "the Indian Navy": a state's service by its name
            actor = Actor(text, "ORGANIZATION", ADJECTIVE_INDEX[norm(tokens[0].text)])
        elif label in NER_ORG:
            if len(tokens) == 1 and norm(text) in person_words:
                continue  # "Korver" tagged ORG after "Daniel Korver": the surname links take it
            if not _looks_like_org(tokens) or len(tokens) == 1 and lower_keys[start] in _LONE_BODY_WORDS:
                continue  # "Foreign Ministry spokeswoman" trimmed to "Ministry": no one's name
            if _place_after_in(doc, start, end):
                actor = Actor(english_place_name(text), "LOCATION", place_country(text))
            else:
                actor = Actor(text, "ORGANIZATION", _country_in_name(lower_keys[start:end])
                              or _demonym_apposed(doc, start, lower_keys))
        elif len(tokens) >= 2 and lower_keys[start] in _BODY_HEADS_AS_PLACES \
                and _looks_like_org(tokens):
            # "selon l'Institut Kiel", "l'Agence Fides" tagged a place: the head names a body
            actor = Actor(text, "ORGANIZATION", _country_in_name(lower_keys[start:end]))
        else:
            if not _looks_like_org(tokens) or len(tokens) == 1 and _a_surname(text, person_words) \
                    or len(tokens) == 1 and lower_keys[start] in GENERIC_PLACE_NOUNS \
                    or (len(tokens) == 1 and not (
                    place_counts.get(norm(text), 0) > 1
                    or (start > 0 and doc[start - 1].lower_ in LOCATIVE)
                    or _locative_then_the(doc, start))):
                continue
            actor = Actor(english_place_name(text), "LOCATION",
                          country_for(text) or place_country(text) or _feature_country(tokens))
        if actor.actor_type == "PERSON":  # "Rixi Moncada" tagged ORG: a later "Moncada" is hers
            person_words.update(lower_keys[start:end])
        # A feature NER called a facility keeps the country its name gives, or none: bays,
        # shoals and straits are often disputed (no country from the context)
        source = "place" if ent.label_ == "FAC" and label == "LOC" \
            and actor.actor_type == "LOCATION" else "ner"
        out.append(Candidate(actor, start, end, span.start_char, span.end_char, text, source))
    return out


# Last words of bodies' names that the small English model reads as laws when a law word
# is inside ("Human Rights Law Centre", "Fair Work Ombudsman"); a law's name ends on Act,
# Code, Law or Convention.
_LAW_MISREAD_HEADS = {"centre", "center", "ombudsman", "commission", "council", "institute",
                      "agency", "authority", "union", "association", "foundation", "tribunal",
                      "court", "office", "committee", "society"}


# Labels that are no actors, unless the span is a titled person's name the small models
# misread: a facility ("Gonzalo Monroy, an energy consultant"), a miscellaneous name
# ("l'homme d'affaires syrien Firas Tlass"), a nationality ("The church's leader, Han Hak-ja,").
_MISREAD_LABELS = {"FAC", "MISC", "NORP"}


# French determiners before a capitalised demonym used as a noun for one person: "la
# Rwandaise Valentine Rugwabiza", "l'Américain John Smith".
_SINGULAR_DETERMINERS = {"la", "le", "l'", "un", "une"}


def _person_misread(doc: Doc, start: int, end: int, label: str, lower_keys: list[str],
                    taken: list[bool]) -> tuple[int, str, str | None]:
    """A person's name the small models tag as a place, a facility or a body, or run into
    the word before: (start, label, country of a demonym before the name).

    - "la Rwandaise Valentine Rugwabiza" tagged a place: the demonym noun gives the country;
    - "Gonzalo Monroy, an energy consultant", tagged a facility, and "le bourgmestre X"
      tagged a place: an office right before or in an apposition after names a person;
    - "a déclaré à l'AFP Hamdullah Fitrat, porte-parole", one organisation for NER: the
      dictionary took the agency, the rest is a person when a title follows.
    """
    lo = start
    while lo < end and taken[lo]:
        lo += 1
    prefix_taken = lo > start
    if prefix_taken and any(taken[lo:end]) or label in NER_ORG and not prefix_taken:
        return start, label, None  # a whole body's span: the title rules below decide
    code = None
    if lo + 2 < end + 1 and lo > 0 and doc[lo].text[:1].isupper() and label not in NER_ORG \
            and lower_keys[lo] in ADJECTIVE_INDEX and lower_keys[lo - 1] in _SINGULAR_DETERMINERS \
            and doc[lo].lang_ == "fr" and not prefix_taken:
        code = ADJECTIVE_INDEX[lower_keys[lo]]
        lo += 1
    tokens = list(doc[lo:end])
    if not 2 <= len(tokens) <= 4 or not _looks_like_name(tokens) \
            or place_country(doc[lo:end].text) or country_for(doc[lo:end].text) \
            or any(lower_keys[k] in _BODY_WORDS or lower_keys[k] in GENERIC_PLACE_NOUNS
                   or lower_keys[k] in NAME_INDEX for k in range(lo, end)):
        return start, label, None
    if code is None:
        # the office right before the name ("le bourgmestre X", "l'homme d'affaires syrien
        # X"), not a body's ("le maire de Jalpa de Méndez" is a town)
        titled = lo > 0 and (doc[lo - 1].text.islower() and (
            lower_keys[lo - 1] in TITLE_ROLES or lower_keys[lo - 1] in ADJECTIVE_INDEX)
            or doc[lo - 1].text == ",") and title_before(doc, lo, lower_keys)[0] is not None
        described, code = described_as_someone(doc, end, lower_keys)
        if not titled and not title_after(doc, end, lower_keys)[0] and not described:
            return start, label, None
    return lo, "PERSON", code


_PLURAL_FRENCH_DETERMINERS = {"les", "des", "aux", "ces"}
# Squares NER tags as facilities are places where news happens ("Tahrir Square"); streets
# and avenues stay venues (non_actors._VENUE_TAILS).
_STREET_WORDS = {"Square", "Maidan"}
# Natural features and sea places NER calls facilities: "held at Guantanamo Bay",
# "docked at Subic Bay", "the Siachen Glacier".
_FEATURE_WORDS = {"Bay", "Island", "Islands", "Strait", "Pass", "Valley", "Gap", "Corridor",
                  "Peninsula", "River", "Lake", "Coast", "Cape", "Reef", "Shoal", "Atoll",
                  "Harbour", "Harbor", "Glacier", "Plateau", "Delta", "Basin", "Canal"}
# ...of which these are at sea, often disputed: no country from the name or the context.
_SEA_FEATURES = {"Strait", "Shoal", "Reef", "Atoll"}


# Words that end or make up the names of bodies, never people's names.
_BODY_WORDS = {norm(w) for w in """
Fund Bank Ministry Council Agency Institute Company Corporation Group Forces Army Party
Commission Committee Office Authority Service Services Foundation Association Union
Federation Court Police Guard Navy Assembly Parliament Network Organisation Organization
Fonds Banque Ministère Conseil Agence Institut Compagnie Groupe Forces Armée Parti
Commission Comité Office Autorité Service Fondation Association Union Fédération Cour
Police Garde Marine Assemblée Parlement Réseau
Board Junta Junte Regime Régime Cabinet Government Gouvernement
""".split()}  # "told the Board", "the Junta blamed": a lone generic body word names no one


# A body word left alone once the title around it is trimmed names no one: "Foreign
# Ministry spokeswoman", "Treasury Secretary", "Commission President".
# "Administration" alone: "the Administration said" names no one ("Energy Information
# Administration" cut by NER to its last word).
_LONE_BODY_WORDS = _BODY_WORDS | {norm(w) for w in
                                  "Treasury Department Secretariat Ministère Administration".split()}
# A body's words, or "Force" closing a service's name ("Royal New Zealand | Air Force").
_BODY_OR_FORCE_WORDS = _BODY_WORDS | {"force"}


# Services a demonym names as a body of its own: "Philippine Air Force", "Indian Navy".
_BRANCHES = {"air force", "army", "navy", "coast guard", "marine corps", "armed forces",
             "defence force", "defense force", "defence forces", "defense forces",
             "space force", "national guard", "national police", "border guard", "air defence",
             "air defense", "special forces"}


def _national_branch(tokens: list[Token]) -> bool:
    """A capitalised demonym, then a service's capitalised name ("Philippine Air Force")."""
    if len(tokens) < 2 or norm(tokens[0].text) not in ADJECTIVE_INDEX \
            or not all(t.text[:1].isupper() for t in tokens):
        return False
    return " ".join(t.lower_ for t in tokens[1:]) in _BRANCHES


def titled_people(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    """People NER missed but a title introduces: "le président sénégalais Mamadou Diallo".

    The small French model often tags no entity at all in such a phrase; two to four
    capitalised words right after a title that names an office are a person's name.
    """
    out = []
    i = 1
    while i < len(doc):
        tok = doc[i]
        prev = lower_keys[i - 1]
        if taken[i] or not tok.text[:1].isupper() or doc[i - 1].is_punct \
                or not (prev in TITLE_WORDS or prev in ADJECTIVE_INDEX):
            i += 1
            continue
        end = i
        # A sentence start right after a name word is the parser's mistake ("Mamadou | Diallo").
        while end < len(doc) and end - i < 4 and not taken[end] \
                and not (doc[end].is_sent_start and doc[end - 1].is_punct) \
                and (doc[end].text[:1].isupper() and (
                    doc[end].pos_ == "PROPN" or _later_name_word(doc[end]) and (
                        end > i or end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN"))
                     or lower_keys[end] in NAME_PARTICLES and end + 1 < len(doc)
                     and doc[end + 1].text[:1].isupper()
                     or _glued_hyphen_in_name(doc, end)):
            end += 1
        tokens = list(doc[i:end])
        if end - i < 2 or not _looks_like_name(tokens) or any(is_glued(t.text) for t in tokens) \
                or any(lower_keys[k] in _BODY_WORDS for k in range(i, end)):
            i = max(end, i + 1)  # "head of the Russian Direct Investment Fund": a body
            continue
        role, code = title_before(doc, i, lower_keys)
        if role is None and _demonym_noun_before(doc, i, lower_keys):
            role, code = "", ADJECTIVE_INDEX[prev]  # "le Britannique Peter Hawkins"
        if role is not None:
            span = doc[i:end]
            out.append(Candidate(Actor(span.text, "PERSON", code, role or None), i, end,
                                 span.start_char, span.end_char, span.text, "ner"))
        i = end
    return out


_FRENCH_SINGULAR_ARTICLES = {"le", "la", "l'", "l’"}


def _demonym_noun_before(doc: Doc, i: int, lower_keys: list[str]) -> bool:
    """French names a person by nationality alone, a capitalised demonym noun after its
    article: "le Britannique Peter Hawkins", "l'Italienne Maria Rossi". The nationality is
    the person's country, like a demonym on a title."""
    return i >= 2 and doc[i - 1].text[:1].isupper() and lower_keys[i - 1] in ADJECTIVE_INDEX \
        and lower_keys[i - 2] in _FRENCH_SINGULAR_ARTICLES and doc.lang_ == "fr"


def _later_name_word(t: Token) -> bool:
    """A capitalised word after a name's first one that the small French parser tags as
    something else ("le bourgmestre Willy Demeyer" with "Demeyer" a determiner)."""
    return t.text.isalpha() and t.text.istitle() and not t.is_stop \
        and t.pos_ not in ("VERB", "AUX") and norm(t.text) not in TITLE_WORDS


def _a_surname(text: str, person_words: set[str]) -> bool:
    """A single word that names a person of the article or a known person's short form."""
    return " " not in text and (norm(text) in person_words or any(
        e.kind == "person" for e in GAZETTEER.get(norm(text), ())))


def _capitals_off_a_dateline(doc: Doc, start: int, end: int) -> bool:
    """One word in capitals ("les fonctionnaires ATE", "la chambre de commerce CAME") is an
    acronym, not the town of that name somewhere (Ath, Belgium), unless it opens a line as a
    dateline does ("GOMA, 3 mars" is read by transforms.datelines too)."""
    if end - start != 1 or not ACRONYM.match(doc[start].text) or not doc[start].text.isupper():
        return False
    k = start
    while k > 0 and doc[k - 1].text.isupper() and "\n" not in doc[k - 1].whitespace_:
        k -= 1  # "LA ROCHELLE," as NER leaves the article out
    opens_line = k == 0 or "\n" in doc[k - 1].whitespace_ or doc[k - 1].is_space
    return not (opens_line and end < len(doc) and doc[end].text in {",", "(", "-", "—", "–"})


def _town(doc: Doc, start: int, end: int, label: str, person_words: set[str]) -> Actor | None:
    """A town or subdivision the gazetteer knows, even when NER calls it a person
    ("attacked Ternopil") or an organisation; never a word of someone's name."""
    text = doc[start:end].text
    code = place_country(text)
    if not code or not text[:1].isupper() or norm(text) in GENERIC_PLACE_NOUNS:
        return None  # "la Ville a coupé son réseau": the city's administration, no town
    if start > 0 and norm(doc[start - 1].text) in _HONORIFICS:
        return None  # "Mr Smith, 54, said": a surname after a civility, no town of that name
    if _a_surname(text, person_words):
        return None  # "Supporters of Mutharika's party": the surname of Peter Mutharika
    if label not in NER_PLACE:
        if " " in text or doc[start].is_sent_start:
            return None
    if end - start == 1 and opens_a_crosshead(doc, start) and not is_city(text) \
            and not country_for(text):
        return None  # "Appels à la retenue": a crosshead's first word, no hamlet in Belgium
    return Actor(english_place_name(text), "LOCATION", code)


# Small words a headline in Title Case capitalises and a name writes in lowercase ("Bank
# of England", "Doctors without borders" aside): "Warns Of Famine", "Meets Macron In Paris".
_TITLE_CASE_SMALL_WORDS = {"Of", "In", "As", "To", "At", "On", "For", "With", "From", "By",
                           "Over", "After", "Amid", "Into"}


# Heads of research and advocacy bodies that English names "<Head> for <field>"; NER often
# calls them facilities (buildings), which are no actors.
_RESEARCH_HEADS = {"Centre", "Center", "Institute", "Foundation", "Council"}


def _research_body(doc: Doc, start: int, end: int) -> bool:
    """"the Centre for Peace and Security Studies", "Institute for Security Studies": a head,
    "for", then capitalised words only."""
    while start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    return end - start >= 3 and doc[start].text in _RESEARCH_HEADS \
        and doc[start + 1].lower_ == "for" \
        and all(t.text[:1].isupper() or t.lower_ in {"and", "of", "the", "&"}
                for t in doc[start + 2:end])


# Capitalised offices after a ministry's field: the words before them name the office.
_MINISTERIAL_OFFICES = {"Minister", "Secretary", "Ministre", "Ministers"}


# Lowercase nouns a plant, a site or a product's name qualifies, never a person's name.
_WORKS_NOUNS = {norm(w) for w in """
plant plants reactor reactors refinery refineries dam mine mines factory station stations
design designs model models satellite satellites rocket missile missiles system systems
terminal field oilfield pipeline
""".split()}


# Civilities before a surname: the word after them is a person's, never a town's.
_HONORIFICS = {norm(w) for w in "Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. M. Mme Mlle Me Sir".split()}


def _field_of_an_office(ent_start: int, start: int, lower_keys: list[str]) -> bool:
    """The one word left of an NER span that opened with an office and "de" ("ministre de
    la Mer"): the field the office covers, no body."""
    return ent_start < start and lower_keys[ent_start] in TITLE_WORDS \
        and any(lower_keys[k] in {"de", "du", "des", "d'", "of"} for k in range(ent_start + 1, start))


# Last words of firms' names, never of people's: "Deniz Bulk Shipping", "Kestrel Holdings".
_FIRM_HEADS = set("""
Shipping Lines Airlines Airways Ferries Logistics Petroleum Holdings Telecom Cement
Investments Maritime Transports Freight Trading Group Company Corporation Bank
Resources Minerals Metals Mining Motors Technologies Industries
""".split())


def _demonym_apposed(doc: Doc, start: int, lower_keys: list[str]) -> str | None:
    """The country of a demonym that describes the body in an apposition before its name:
    "the ship's Turkish owner, Deniz Bulk Shipping, said" -> TUR."""
    k = start - 1
    if k < 2 or doc[k].text != ",":
        return None
    j = k - 1
    while j > 0 and k - j <= 2 and doc[j].is_alpha and doc[j].text.islower() \
            and doc[j].pos_ == "NOUN":
        j -= 1
    if j == k - 1 or not doc[j].text[:1].isupper():
        return None
    return ADJECTIVE_INDEX.get(lower_keys[j])


def _country_in_name(keys: list[str]) -> str | None:
    """"Sudan Doctors Network" -> SDN, "Congolese Patriotic Front" -> COD; the longest
    name first, so "South Sudan Red Cross" is South Sudan's and "South African Poultry
    Association" South Africa's, not Sudan's or no one's."""
    for k in range(len(keys)):
        for n in (4, 3, 2, 1):
            key = " ".join(keys[k:k + n])
            code = NAME_INDEX.get(key) or ADJECTIVE_INDEX.get(key) if k + n <= len(keys) \
                else None
            if code:
                return code
    if any(k in _KOREA_WORDS for k in keys) and not any(k in _NORTH_WORDS for k in keys):
        return "KOR"  # "Statistics Korea", "Korea Institute for Defense Analyses"
    return None


# "Korea" alone is no country name (either state), but the bodies named with it that the
# news quotes are the South's ("Bank of Korea", "Korea Coast Guard", "Gallup Korea"); the
# North's few are known by name ("Korean People's Army") or say "North".
_KOREA_WORDS = {"korea", "korean"}
_NORTH_WORDS = {"north", "dprk", "pyongyang", "democratic"}


def _looks_like_org(tokens: list[Token]) -> bool:
    # a long name holds "of" or "for": "Office for the Coordination of Humanitarian Affairs"
    longest = 9 if any(t.text in ("of", "for") for t in tokens) else 6
    if not 1 <= len(tokens) <= longest or not tokens[0].text[:1].isupper():
        return False
    if any(t.like_num and not t.is_alpha for t in tokens) and len(tokens) == 1 \
            and not ACRONYM.match(tokens[0].text):
        return False
    if len(tokens) == 1:
        t = tokens[0]
        if ACRONYM.match(t.text):
            return True
        return t.pos_ == "PROPN" and not t.is_stop and not t.is_sent_start \
            and norm(t.text) not in TITLE_WORDS and len(t.text) > 2
    if tokens[-1].is_stop or tokens[-1].is_punct:
        return False
    if norm(tokens[0].text) in ADJECTIVE_INDEX:
        # "Russian Foreign Ministry": the demonym rule decides (country or title); "the
        # Bolivian Workers' Center", "Japanese Communist Party" name a body of their own
        return _demonym_body_name(tokens)
    return all(t.text[:1].isupper() or t.is_stop or t.text.endswith(("'", "’")) or t.text == "&"
               for t in tokens) \
        and (not all(norm(t.text) in TITLE_WORDS for t in tokens if t.text[:1].isupper())
             or norm(tokens[-1].text) in _TITLED_BODY_HEADS)  # "General Staff"


# Heads of the names of unions, parties and associations a demonym opens ("the Bolivian
# Workers' Center", "the Japanese Communist Party", "Canadian National Railway"), and of
# regulators and agencies named for their field ("the Armenian Nuclear Regulatory
# Authority", "the Philippine Statistics Authority"); never a ministry or a state's service.
_DEMONYM_BODY_HEADS = {norm(w) for w in """
Center Centre Union Federation Confederation Party Association Alliance Front Movement
League Congress Chamber Chambers Society Institute Network Railway Railways Airlines Airways
Establishment Academy Exchange Corporation Company Foundation University
Authority Commission Agency Board Bureau Administration Inspectorate Directorate
Council Forum
""".split()}
# Small words inside such a name: "Chamber of Commerce", "Institute for Defence Studies".
_BODY_NAME_GLUE = {"of", "for", "and", "&", "'s", "’s", "'", "’"}


def _demonym_body_name(tokens: list[Token]) -> bool:
    """A capitalised demonym, capitalised words, then a union's or party's head word, with
    no office word inside ("Russian Security Council" stays the country's). The head may
    be followed by "of" or "for" and the body's field, whose words may be an office's
    ("the Canadian Chamber of Commerce", "the Norwegian Institute for Defence Studies")."""
    if not 3 <= len(tokens) <= 6 or not tokens[-1].text[:1].isupper() \
            or not all(t.text[:1].isupper() or t.lower_ in _BODY_NAME_GLUE
                       or _article_after_a_link(t) for t in tokens):
        return False
    keys = [norm(t.text) for t in tokens]
    head = len(keys) - 1
    field = next((k for k, t in enumerate(tokens) if t.lower_ in {"of", "for"}), None)
    if field is not None:
        head = field - 1  # "Chamber | of Commerce": the field after the head is free
    return 1 <= head and keys[head] in _DEMONYM_BODY_HEADS \
        and not any(key in TITLE_WORDS for key in keys[1:head + 1])


def surname_links(persons: list[Candidate]) -> dict[str, Actor | None]:
    """"Petrov" -> Ivan Petrov for the people named in full in this article (None = ambiguous)."""
    links: dict[str, Actor | None] = {}
    for cand in persons:
        words = [w for w in cand.text.split() if w.lower() not in NAME_PARTICLES]
        if len(words) < 2:
            continue
        for word in {words[0], words[-1]}:
            key = norm(word)
            if key in links and links[key] != cand.actor:
                links[key] = None
            else:
                links[key] = cand.actor
    return links


def _lookup_part(doc: Doc, i: int, part: str, first: bool,
                 links: dict[str, Actor | None]) -> Actor | None:
    """The actor a glued part names. A capital that opens the glue follows the word
    before it ("à VienneTéhéran": Vienna, a place); one glued after it starts a new
    sentence, where a capital is its government ("...TéhéranLe" -> Iran)."""
    key = norm(part)
    for entry in GAZETTEER.get(key, ()):
        if not case_ok(entry, part):
            continue
        if entry.kind in ("person", "org", "country", "region", "city"):
            return entry.actor
        if entry.kind == "capital":
            if first and capital_as_place(doc, i):
                return entry.actor
            code = entry.actor.country_code
            return Actor(country_name(code), "COUNTRY", code)
    return links.get(key)


# French articles glued to the next name by machine translation: "LaChine", "LeJapon".
_ARTICLE_GLUE = re.compile(r"^(?:La|Le|Les|Du|Des|Au|Aux|The|En)(?=[A-ZÀ-Ý][a-zà-ÿ]{2})")


# A sentence glued to the previous one at its full stop: "citées par RFI.Plusieurs",
# "la CEDEAO.Goita a répondu". Two letters before the stop keep "U.S.Army" whole.
_STOP_GLUE = re.compile(r"(?<=[A-Za-zÀ-ÿ]{2})(\.)(?=[A-ZÀ-Ý][a-zà-ÿ]{2})")


# Every split below needs a capital or a year: most words have neither, and this one
# search costs a fraction of the three patterns (the rules ask it of every token).
_MAY_BE_GLUED = re.compile(r"[A-ZÀ-Ý]|(?:19|20)\d\d")


def _glued_parts(text: str) -> list[str]:
    """Pieces of a glued token, separators kept so the pieces' offsets add up."""
    if not _MAY_BE_GLUED.search(text):
        return [text]
    pieces = _STOP_GLUE.split(text)
    if len(pieces) > 1:
        return [part for piece in pieces for part in _glued_parts(piece)]
    parts = GLUE.split(text)
    head = _ARTICLE_GLUE.match(parts[0])
    if head:
        parts = [head.group(0), parts[0][head.end():], *parts[1:]]
    return parts


def known_name_into_glue(doc: Doc, i: int, part: str, taken: list[bool]) -> Candidate | None:
    """A known name whose last word is glued to the next: "le gouverneur de la Banque de
    FranceFrançois Villeroy" holds the Banque de France, not only France."""
    for width in (3, 2):
        k = i - width
        if k < 0 or any(taken[k:i]) or not doc[k].text[:1].isupper():
            continue
        text = f"{doc[k:i].text} {part}"
        for entry in GAZETTEER.get(norm(text), ()):
            if entry.kind in ("org", "person") and case_ok(entry, text):
                return Candidate(entry.actor, k, i + 1, doc[k].idx, doc[i].idx + len(part),
                                 text, "glue")
    return None


def glue_and_surnames(doc: Doc, taken: list[bool], links: dict[str, Actor | None],
                       lower_keys: list[str]) -> list[Candidate]:
    """Known actors hidden in glued tokens, and bare surnames of people named earlier."""
    out = []
    for tok in doc:
        if taken[tok.i] or not tok.text[:1].isalnum():
            continue
        parts = _glued_parts(tok.text)
        if len(parts) > 1:
            offset = tok.idx
            longer = known_name_into_glue(doc, tok.i, parts[0], taken)
            if longer:
                out.append(longer)
            for n, part in enumerate(parts):
                actor = None if n == 0 and longer else _lookup_part(doc, tok.i, part, n == 0, links)
                if actor:
                    out.append(Candidate(actor, tok.i, tok.i + 1, offset, offset + len(part),
                                          part, "glue"))
                offset += len(part)
        elif tok.text[:1].isupper() and links.get(lower_keys[tok.i]) and not tok.is_stop:
            # a surname that is a stop word ("Javier May") alone is the month or the verb
            out.append(Candidate(links[lower_keys[tok.i]], tok.i, tok.i + 1, tok.idx,
                                  tok.idx + len(tok.text), tok.text, "surname"))
    return out


# With a lowercase word inside ("University of Malawi", not "Fordow and Natanz"), a
# body's name holds a word for a body.
_SEAT_WORDS = {norm(w) for w in """University Université Port College School Hospital Lab
Laboratory Centre Center Observatory Museum Airport Academy Académie""".split()}
# Lowercase words inside a body's name: "University of Malawi", "Court of Appeals".
_NAME_LINKS = {"of", "for", "and", "on", "de", "du", "des", "d'", "la", "pour", "et"}


def _locative_then_the(doc: Doc, start: int) -> bool:
    """"ski resorts in the Rockies", "in the Kokkina area": a place's name after a
    preposition of place and "the" is on the map, as right after the preposition."""
    return doc.lang_ == "en" and start > 1 and doc[start - 1].lower_ == "the" \
        and doc[start - 2].lower_ in {"in", "near", "at", "from", "into", "across", "around"} \
        and doc[start].lower_.rstrip("s") not in _COMPASS_POINTS \
        and not _names_a_facility(doc, start + 1)  # "in the West", "from the Garrahan hospital"


# Lowercase nouns after a name that make it a place's ("the Kokkina area").
_PLACE_NOUNS_AFTER = {"area", "region", "district", "province", "valley", "basin", "coast",
                      "county", "municipality", "zone", "governorate", "enclave", "border",
                      "delta", "plain", "plains", "highlands", "mountains", "hills"}


def _names_a_facility(doc: Doc, k: int) -> bool:
    """A lowercase noun after the name other than a kind of land: the name qualifies it
    ("from the Garrahan hospital", "at the Doniambo plant"), it is no place of its own."""
    return k < len(doc) and doc[k].is_lower and doc[k].pos_ in ("NOUN", "PROPN") \
        and doc[k].lower_ not in _PLACE_NOUNS_AFTER


# Points of the compass and their compounds, which "the" makes a side of the world.
_COMPASS_POINTS = {"north", "south", "east", "west", "midwest", "northeast", "northwest",
                   "southeast", "southwest", "orient", "occident"}


def _article_after_a_link(t: Token) -> bool:
    """"the" right after "of"/"for" in a body's name: "Central Bank of the Philippines",
    "Central Bank of the Argentine Republic" (the country's name takes the article)."""
    return t.lower_ == "the" and t.i > 0 and t.doc[t.i - 1].lower_ in {"of", "for"}


def _glued_tail_of_known(text: str) -> bool:
    split = split_glued_tail(text)
    return split is not None and norm(text) not in GAZETTEER and norm(split[0]) in GAZETTEER


def named_after_places(doc: Doc, found: list[Candidate],
                        lower_keys: list[str]) -> list[Candidate]:
    """Organisations whose name holds a place: "Sudan Doctors Network", "Congo River
    Alliance". spaCy's ORG span wins over the country inside it when the span is a
    capitalised name in the text; the country becomes the organisation's."""
    places = [c for c in found if c.actor.actor_type in ("COUNTRY", "LOCATION")]
    if not places:
        return found
    for ent in doc.ents:
        # "the Port of Rotterdam Authority" tagged as a place: its last word makes it a body
        if ent.label_ not in NER_ORG and not (ent.label_ in NER_PLACE
                                              and lower_keys[ent.end - 1] in _BODY_WORDS):
            continue
        start, end = _trim(doc, ent.start, ent.end, lower_keys)
        start = _field_before_and(doc, start, end, lower_keys)
        # "a Royal New Zealand | Air Force plane": the model cut one capitalised name in
        # two ORG spans, the second a body's words alone
        after = next((e for e in doc.ents if e.start == end and e.label_ in NER_ORG), None)
        if after is not None and end == ent.end and doc[end - 1].whitespace_ \
                and lower_keys[after.end - 1] in _BODY_OR_FORCE_WORDS \
                and all(t.text[:1].isupper() and t.is_alpha for t in after):
            end = after.end
        # "The Communications Authority | of Kenya": the model leaves the country out
        if end + 1 < len(doc) and doc[end].lower_ == "of" and lower_keys[end - 1] in _BODY_WORDS:
            end = next((c.end for c in places if c.start == end + 1
                        and c.actor.actor_type == "COUNTRY"), end)
        tokens = list(doc[start:end])
        inside = [c for c in found if start <= c.start and c.end <= end]
        # "Malawi Congress Party": a country opening the name makes another body of the
        # party the dictionary knows by its shorter name
        owned = [c for c in inside if c not in places and c.start > start
                 and inside[0] in places and inside[0].start == start]
        if len(tokens) < 2 or not inside or any(c not in places and c not in owned for c in inside) \
                or any(c.start < end and c.end > start and c not in inside for c in found) \
                or (len(inside) == 1 and inside[0].end - inside[0].start == end - start) \
                or not all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS
                           or _article_after_a_link(t) for t in tokens) \
                or any(t.text.islower() for t in tokens) \
                and not any(lower_keys[k] in _BODY_WORDS | _SEAT_WORDS for k in range(start, end)) \
                or not tokens[-1].text[:1].isupper() \
                or not _looks_like_org(tokens) or is_glued(doc[start:end].text) \
                or any(_glued_tail_of_known(t.text) for t in tokens) \
                or end < len(doc) and doc[end].text in _MINISTERIAL_OFFICES:
            continue  # "Chinaand Japan" is China and Japan glued, no body; "U.S. Energy
            # Secretary" an office
        code = next((c.actor.country_code for c in inside if c.actor.country_code), None)
        span = doc[start:end]
        found = [c for c in found if c not in inside]
        found.append(Candidate(Actor(span.text, "ORGANIZATION", code), start, end,
                                span.start_char, span.end_char, span.text, "ner"))
    return found
