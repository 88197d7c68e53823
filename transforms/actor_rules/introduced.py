"""Organisations the text introduces by what they are: "la start-up Carester", "l'institut
Political Capital", "la société d'analyse Benchmark Mineral Intelligence", "le syndicat
Action Praticiens Hôpital", "le japonais Iwatani", "data firm Kpler", "broker Marsh".

Wire copy names most companies, think tanks, unions and NGOs once, after a noun saying
what kind of body they are, and nowhere else; the small models tag few of them and
no dictionary can list them all. The class noun is the evidence: the capitalised
name right after it is an organisation, with the country of a demonym beside the
noun ("le groupe japonais X", "le chinois BYD"), else the one its context gives
(source "ner", so context_country fills it). Names already known, places and
people are left to the other rules.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from transforms.actor_rules.dictionary import GAZETTEER
from transforms.actor_rules.vocab import (ACRONYM, BODY_HEADS_FR, CALENDAR_WORDS, Candidate,
                                         NER_PERSON, TITLE_WORDS, is_glued)
from transforms.countries import (ADJECTIVE_INDEX, CAPITAL_INDEX, country_for, country_name,
                                 NAME_INDEX, norm)
from transforms.gazetteer import NOT_PLACES, is_world_region, place_country
from transforms.records import Actor

# Nouns for a kind of body, never for a person or a place ("centre", "spécialiste",
# "port" are left out: "le centre de Gaza", "le spécialiste X", "le port de Sfax").
_CLASS_NOUNS_FR = {norm(w) for w in """
société sociétés entreprise start-up startup jeune-pousse cabinet institut think-tank
association ONG syndicat fédération confédération banque assureur réassureur courtier
fonds gestionnaire constructeur armateur compagnie laboratoire opérateur fabricant
équipementier chimiste sidérurgiste pétrolier gazier énergéticien cimentier
groupe firme holding conglomérat distributeur transporteur avionneur motoriste éditeur
hébergeur fournisseur prestataire sous-traitant consortium plateforme observatoire fondation agence collectif
assureurs banques groupes sociétés entreprises constructeurs fabricants courtiers
parti mouvement coalition radio télévision radiotélévision
organisation organisme quotidien hebdomadaire journal chaîne média cabinet-conseil
régulateur producteur producteurs
""".split()} | {"think tank"}
_CLASS_NOUNS_EN = {norm(w) for w in """
firm firms company startup start-up consultancy consultancies insurer reinsurer broker
brokerage lender bank carmaker automaker shipper miner chipmaker drugmaker refiner
conglomerate NGO charity watchdog monitor nonprofit non-profit
insurers banks lenders firms companies carmakers brokers carrier carriers operator
shipowner airline consultancy broadcaster newspaper outlet channel tabloid daily magazine
agency explorer manufacturer supplier retailer utility shipbuilder exporter importer
regulator producer producers
""".split()} | {"think tank", "think-tank", "rights group", "advocacy group", "research group",
                "industry group", "trade group", "lobby group", "campaign group",
                "research institute", "pressure group", "monitoring group", "environmental group",
                "activist group", "news agency", "radio station", "tv station", "television station",
                "state broadcaster", "wire service", "statistics institute", "central bank",
                "trade union", "union confederation", "civil society coalition"}
# Class nouns a person's trade shares ("film producer Harvey Weinstein"): a name NER reads
# as a person's is no body after them.
_PERSON_TRADES = {"producer", "producers", "producteur", "producteurs"}
# Lowercase words that may say more about the body between the noun and its name:
# "la société d'analyse", "le cabinet de conseil", "la compagnie de navigation",
# "data firm", "the Swiss bank".
_BETWEEN = {"de", "d'", "du", "des", "en", "et"}
_DETERMINERS = {"le", "la", "les", "l'", "un", "une", "du", "au", "the", "a", "an", "de", "d'",
                "des", "aux", "son", "sa", "ses", "leur"}
_NAME_CONNECTORS = {"de", "du", "des", "la", "of", "for", "and", "&", "on", "d'", "et"}
_MAX_NAME = 6
# Class nouns written as acronyms: "l'ONG Iran Human Rights", "the NGO Sea-Watch".
_ACRONYM_NOUNS = {"ONG", "NGO"}


# Second words of two-word and hyphenated nouns ("think tank", "start - up").
_LAST_WORDS_OF_NOUNS = {k.split()[-1] for k in _CLASS_NOUNS_EN | _CLASS_NOUNS_FR if " " in k} | {
    k.split("-")[-1] for k in _CLASS_NOUNS_EN | _CLASS_NOUNS_FR if "-" in k}


@lru_cache(maxsize=4)
def _class_nouns(lang: str) -> frozenset[str]:
    return frozenset(_CLASS_NOUNS_FR if lang == "fr" else _CLASS_NOUNS_EN)


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def _name_span(doc: Doc, start: int, taken: list[bool]) -> int:
    """End of the capitalised name from `start`, through inner connectors ("Les Amis de
    la Terre", "Centre for Research on Energy and Clean Air"); 0 when there is none."""
    end = start
    while end < len(doc) and end - start < _MAX_NAME and not taken[end]:
        tok = doc[end]
        if _capitalised(tok.text) and tok.text.replace("-", "").isalpha() \
                or ACRONYM.match(tok.text) \
                or tok.text == "-" and not doc[end - 1].whitespace_:
            end += 1
        elif end > start and tok.lower_ in _NAME_CONNECTORS \
                and (tok.lower_ not in {"and", "et"} or end - start >= 2):
            # "and" inside a long name ("Energy and Clean Air"), else a list of two
            nxt = end + 1
            while nxt < len(doc) and doc[nxt].lower_ in _NAME_CONNECTORS and nxt - end < 2:
                nxt += 1
            if nxt < len(doc) and _capitalised(doc[nxt].text) and not taken[nxt] \
                    and norm(doc[nxt].text) not in CALENDAR_WORDS:
                end = nxt  # not a date run on: "its operator Coral Sea Gold on Tuesday"
            else:
                break
        else:
            break
    while end > start and not (_capitalised(doc[end - 1].text) or doc[end - 1].is_upper):
        end -= 1
    return end - start and end


def _no_name(doc: Doc, start: int, end: int, lower_keys: list[str]) -> bool:
    """A place, country, month, title or demonym is not the body's name."""
    text = doc[start:end].text
    key = norm(text)
    if end - start == 1 and (key in NAME_INDEX or key in CAPITAL_INDEX or key in NOT_PLACES
                             or key in ADJECTIVE_INDEX or key in TITLE_WORDS):
        return True
    # "la banque de Marseille", "le groupe de BTP", "le cabinet de Jean Castex": a name
    # right after "de" is the body's place, trade or owner; "la société Orange" is named so
    if lower_keys[start - 1] in {"de", "d'", "du", "des", "of"}:
        return True
    if is_world_region(text) or any(is_glued(t.text) for t in doc[start:end]):
        return True
    return False


def _noun_before(doc: Doc, i: int, lower_keys: list[str], nouns: frozenset[str],
                 ) -> tuple[int, str | None] | None:
    """(index of the class noun, country of a demonym beside it) introducing a name at
    `i`, or None. Up to three describing words may sit between."""
    code = None
    k = i - 1
    steps = 0
    while k >= 0 and steps < 4:
        key = lower_keys[k]
        tok = doc[k]
        if k >= 2 and lower_keys[k - 1] == "-" and not doc[k - 1].whitespace_:
            key, k = f"{lower_keys[k - 2]}-{key}", k - 2  # "start - up" as the models split it
        if key in nouns and (tok.text.islower() or tok.text in _ACRONYM_NOUNS):
            return k, code or _demonym_before(doc, k, lower_keys)
        if k >= 1 and f"{lower_keys[k - 1]} {key}" in nouns and tok.text.islower():
            return k - 1, code or _demonym_before(doc, k - 1, lower_keys)
        if not tok.text.islower() or tok.is_punct:
            return None
        if key in ADJECTIVE_INDEX:
            code = code or ADJECTIVE_INDEX[key]
        elif not (key in _BETWEEN or tok.pos_ in {"ADJ", "NOUN"}):
            return None
        k -= 1
        steps += 1
    return None


def _known_with_noun(doc: Doc, noun: int | None, start: int, end: int) -> Candidate | None:
    """The dictionary body whose name is the class noun plus the name after it."""
    if noun is None or noun != start - 1:
        return None
    span = doc[noun:end]
    entry = next((e for e in GAZETTEER.get(norm(span.text), ()) if e.kind == "org"), None)
    return entry and Candidate(entry.actor, noun, end, span.start_char, span.end_char,
                               span.text, "dict")


def _demonym_before(doc: Doc, k: int, lower_keys: list[str]) -> str | None:
    """English puts the demonym first: "Greek firm X", "British security firm Ambrey", or
    the state's name as one ("U.S. explorer KoBold Metals"); or the state's possessive: "Russia's federal fisheries agency X", "Chile's state miner X"."""
    for m in (k - 1, k - 2):
        if m >= 0 and doc[m].text[:1].isupper() and lower_keys[m] in ADJECTIVE_INDEX:
            return ADJECTIVE_INDEX[lower_keys[m]]
        if m >= 0 and doc[m].text[:1].isupper() and lower_keys[m] in NAME_INDEX \
                and (m == 0 or not doc[m - 1].text[:1].isupper()):
            return NAME_INDEX[lower_keys[m]]  # "U.S. explorer X", "UK lender Y"
        if m >= 0 and not doc[m].text.islower():
            break
    return _possessive_state_before(doc, k, lower_keys)


def _possessive_state_before(doc: Doc, k: int, lower_keys: list[str]) -> str | None:
    """The state whose "'s" opens the words before a class noun at doc[k], up to three
    lowercase describing words between ("Kenya's top power utility")."""
    m = k - 1
    while m >= 1 and k - m <= 4:
        if lower_keys[m] in ("'s", "'") and doc[m - 1].text[:1].isupper():
            return NAME_INDEX.get(lower_keys[m - 1])
        if not doc[m].text.islower() or not doc[m].is_alpha and doc[m].text != "-":
            return None
        m -= 1
    return None


def _demonym_as_noun(doc: Doc, i: int, lower_keys: list[str]) -> str | None:
    """"le japonais Iwatani", "l'américain Nvidia": French names a foreign company by
    its lowercase demonym after an article."""
    if doc.lang_ != "fr" or i < 2:
        return None
    key = lower_keys[i - 1]
    if key not in ADJECTIVE_INDEX or not doc[i - 1].text.islower() \
            or lower_keys[i - 2] not in {"le", "la", "l'", "du", "au"}:
        return None
    return ADJECTIVE_INDEX[key]


def _demonym_candidate(doc: Doc, k: int, code: str) -> Candidate:
    """The demonym at doc[k] ("japonais" in "le japonais Iwatani") as its country."""
    d = doc[k]
    return Candidate(Actor(country_name(code), "COUNTRY", code), k, k + 1, d.idx,
                     d.idx + len(d.text), d.text, "body")


def introduced_organisations(doc: Doc, lower_keys: list[str], taken: list[bool],
                             place_codes: dict[int, str | None] | None = None,
                             ) -> list[Candidate]:
    """Capitalised names a class noun introduces as an organisation.

    `place_codes` maps tokens already taken as a country or place to its code: a name
    may run over them ("l'organisation Sudan Conflict Observatory", "le syndicat
    Samu-Urgences de France"), and the caller then drops the place."""
    place_codes = place_codes or {}
    open_taken = [t and k not in place_codes for k, t in enumerate(taken)]
    nouns = _class_nouns(doc.lang_)
    out = []
    # Only words shortly after a class noun or a demonym can be introduced: most
    # articles have a handful, so the scan skips the rest of the text.
    cues = [k for k, key in enumerate(lower_keys) if key in nouns or key in ADJECTIVE_INDEX
            or key in _LAST_WORDS_OF_NOUNS]
    starts = sorted({i for k in cues for i in range(k + 1, min(k + 5, len(doc)))})
    i, n = 1, 0
    while n < len(starts):
        if starts[n] < i:
            n += 1
            continue
        i = starts[n]
        tok = doc[i]
        if open_taken[i] or not (_capitalised(tok.text) or ACRONYM.match(tok.text)) \
                or not (doc[i - 1].text.islower() or doc[i - 1].text in _ACRONYM_NOUNS):
            i += 1
            continue
        intro = _noun_before(doc, i, lower_keys, nouns)
        code = intro[1] if intro else _demonym_as_noun(doc, i, lower_keys)
        first = i
        if doc[i].lower_ in {"les", "la", "le", "the"} and i + 1 < len(doc) \
                and _capitalised(doc[i + 1].text):
            i += 1  # "l'association Les Amis de la Terre": the article is in the name
        end = _name_span(doc, i, open_taken)
        if end and all(k in place_codes for k in range(i, end) if _capitalised(doc[k].text)):
            end = 0  # only the place itself: "la société Chine" is no new name
        if end and intro and lower_keys[intro[0]] in _PERSON_TRADES \
                and end - i > 1 and any(doc[k].ent_type_ in NER_PERSON for k in range(i, end)):
            end = 0  # "le producteur Thomas Langmann"
        if not end or (intro is None and code is None) \
                or _no_name(doc, i, end, lower_keys):
            i = max(i + 1, end or 0)
            continue
        code = code or next((place_codes[k] for k in range(i, end) if place_codes.get(k)), None)
        span = doc[first:end]
        if intro is None and code:
            # "le japonais Iwatani": the demonym on a company is its country too (as for
            # "le groupe japonais X", eval/README.md)
            out.append(_demonym_candidate(doc, first - 1, code))
        known = _known_with_noun(doc, intro[0] if intro else None, first, end)
        if known:  # "l'institut Pasteur": the Institut Pasteur, written without its capital
            out.append(known)
        else:
            out.append(Candidate(Actor(span.text, "ORGANIZATION", code), first, end,
                                 span.start_char, span.end_char, span.text, "ner"))
        i = end
        # "les assureurs Allianz et Aon", "brokers Marsh, Aon and WTW": the list shares the noun
        while i + 1 < len(doc) and lower_keys[i] in {"et", "and", ","} and not taken[i + 1]:
            nxt = _name_span(doc, i + 1, taken)  # list members never run over places
            if not nxt or nxt - (i + 1) > 3 or _no_name(doc, i + 1, nxt, lower_keys) \
                    or doc[i + 1].ent_type_ in NER_PERSON and (lower_keys[i] == "," or nxt - i > 2):
                # "l'institut Pasteur et Louis Pasteur": a full name NER knows is a person
                break
            span = doc[i + 1:nxt]
            out.append(Candidate(Actor(span.text, "ORGANIZATION", code), i + 1, nxt,
                                 span.start_char, span.end_char, span.text, "ner"))
            i = nxt
    return out


def demonyms_before_known_bodies(doc: Doc, lower_keys: list[str], taken: list[bool],
                                 chosen: list[Candidate]) -> list[Candidate]:
    """"le canadien Barrick Gold", "l'australien Resolute Mining": the lowercase demonym
    French puts before a company the dictionary knows is the company's country, an actor
    too (as "le japonais Iwatani" for a company it does not know, above)."""
    out = []
    for cand in chosen:
        if cand.source != "dict" or cand.actor.actor_type != "ORGANIZATION" \
                or cand.start < 1 or taken[cand.start - 1]:
            continue
        code = _demonym_as_noun(doc, cand.start, lower_keys)
        if code:
            out.append(_demonym_candidate(doc, cand.start - 1, code))
    return out


# French capitalises only the first word of a body's name: "Ligue tchadienne des droits
# de l'homme", "Observatoire syrien des droits de l'homme", "Fédération française de
# football". A body word (vocab.BODY_HEADS_FR), a demonym, then lowercase nouns.
_COMPLEMENT_LINKS = {"de", "des", "du", "d'", "l'", "la", "le", "les", "et", "pour"}


def french_body_names(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    """"Ligue tchadienne des droits de l'homme" -> one organisation of Chad; "Syndicat
    ivoirien des transporteurs routiers de Côte d'Ivoire" -> one, the country its name's."""
    if doc.lang_ != "fr":
        return []
    out = []
    for i in range(len(doc) - 2):
        if lower_keys[i] not in _ALL_HEADS_FR or taken[i] \
                or not doc[i].text[:1].isupper():
            continue
        demonym = lower_keys[i + 1]
        if demonym not in ADJECTIVE_INDEX or not doc[i + 1].text.islower() or taken[i + 1]:
            body = _defined_or_national_body(doc, i, lower_keys, taken)
            if body:
                out.append(body)
            continue
        if lower_keys[i] not in BODY_HEADS_FR:
            continue
        end = last_noun = i + 2
        while end < len(doc) and end - i < 9 and not taken[end] and doc[end].text.islower() \
                and (lower_keys[end] in _COMPLEMENT_LINKS or doc[end].pos_ in {"NOUN", "ADJ"}):
            end += 1
            if doc[end - 1].pos_ == "NOUN" or doc[end - 1].pos_ == "ADJ" \
                    and last_noun == end - 1 and last_noun > i + 2:
                last_noun = end  # "des affaires maritimes": an adjective on the last noun
        if last_noun == i + 2:
            continue  # "la présidente du Conseil italien": an office, no body's own name
        code = ADJECTIVE_INDEX[demonym]
        # "... des transporteurs routiers | du Sénégal": an adjective may end the name there
        tail = _country_tail(doc, end - 1) or _country_tail(doc, last_noun)
        if tail:
            last_noun, code = tail[0], code or tail[1]
        span = doc[i:last_noun]
        out.append(Candidate(Actor(span.text, "ORGANIZATION", code), i,
                             last_noun, span.start_char, span.end_char, span.text, "ner"))
    return out


# Heads of French public bodies' names that name no club or union: "Direction générale de
# l'aviation civile", "Chambre nationale des huissiers", "Caisse nationale d'assurance".
_MORE_HEADS_FR = {"direction", "chambre", "caisse", "inspection", "regie", "haute", "haut"}
_ALL_HEADS_FR = BODY_HEADS_FR | _MORE_HEADS_FR  # built once, not at every token


def _defined_or_national_body(doc: Doc, i: int, lower_keys: list[str],
                              taken: list[bool]) -> Candidate | None:
    """"l'Agence nationale de sécurité sanitaire (Anses)", "la Fédération des associations
    de consommateurs de Côte d'Ivoire": a body's head in capitals, then lowercase nouns and
    adjectives, is one name when an acronym in brackets defines it or a country ends it
    (French writes such names in sentence case; without either sign the words may be a
    common noun phrase, "la Commission des lois")."""
    end = last_noun = i + 1
    while end < len(doc) and end - i < 10 and not taken[end] and doc[end].text.islower() \
            and (doc[end].is_alpha or doc[end].text in {"d'", "d’", "l'", "l’"}) \
            and (lower_keys[end] in _COMPLEMENT_LINKS or doc[end].pos_ in {"NOUN", "ADJ"}):
        end += 1
        if doc[end - 1].pos_ in {"NOUN", "ADJ"} and lower_keys[end - 1] not in _COMPLEMENT_LINKS:
            last_noun = end
    if last_noun < i + 2:
        return None
    code = None
    tail = _country_tail(doc, last_noun)
    if tail:
        last_noun, code = tail
        if code not in _FRENCH_NAMED:
            return None  # "l'Autorité fiscale d'Oman": a translation, the body has its own name
    elif not (last_noun + 2 < len(doc) and doc[last_noun].text == "("
              and doc[last_noun + 2].text == ")"
              and _acronym_of(doc[last_noun + 1].text, doc[i:last_noun], lower_keys)):
        return None
    span = doc[i:last_noun]
    if "\n" in span.text:
        return None
    return Candidate(Actor(span.text, "ORGANIZATION", code), i, last_noun, span.start_char,
                     span.end_char, span.text, "body" if code else "ner")


# States whose bodies go by French names, which a French story writes as they are (other
# states' bodies it translates, and their own names are the canonical ones).
_FRENCH_NAMED = set("""FRA BEL CHE LUX MCO CAN HTI CIV SEN MLI BFA NER TCD CMR GAB COG COD CAF
GIN BEN TGO MDG COM DJI RWA BDI DZA MAR TUN""".split())


def _acronym_of(acronym: str, name, lower_keys: list[str]) -> bool:
    """"(DGAC)" after "Direction générale de l'aviation civile", "(Anses)" after "Agence
    nationale de ...": an acronym in brackets whose first two letters are the name's first
    two words' initials, the French name's own (not "(CDSCO)" after a translated name)."""
    if not acronym.isalpha() or not acronym[:1].isupper() or not 2 <= len(acronym) <= 8 \
            or norm(acronym) in GAZETTEER:
        return False  # a known acronym: the acronym rules give the body its entry (ANSSI)
    initials = [lower_keys[t.i][:1] for t in name
                if lower_keys[t.i] not in _COMPLEMENT_LINKS and t.is_alpha]
    letters = norm(acronym)
    return len(initials) >= 2 and letters[:2] == "".join(initials[:2])


def _country_tail(doc: Doc, k: int) -> tuple[int, str] | None:
    """(end, code) of "du Niger", "de la Tunisie", "de Côte d'Ivoire" at token k: the
    country a French body's name ends on is part of the name ("Syndicat national des
    enseignants du Niger"), not an actor of its own there."""
    if k >= len(doc) or doc[k].lower_ not in {"de", "du", "d'", "d’"}:
        return None
    start = k + 1
    if start < len(doc) and doc[start].lower_ in {"la", "l'", "l’"} and doc[k].lower_ == "de":
        start += 1
    if start >= len(doc) or not doc[start].text[:1].isupper():
        return None
    for end in range(min(len(doc), start + 4), start, -1):
        code = NAME_INDEX.get(norm(doc[start:end].text))
        if code:
            return end, code
    return None


# Movements and campaigns named by a slogan in quotes: "à l'appel du collectif « Touche pas
# à mon pays »", "the campaign group \"Just Stop Oil\"". The quotes bound the name, which
# may hold lowercase words, so the capitalised-run rules above miss it.
_QUOTED_CUES = {norm(w) for w in """
collectif mouvement coalition plateforme association campagne front collective movement
coalition campaign platform alliance
""".split()}
_OPENING_QUOTES = {"«", '"', "“"}
_CLOSING_QUOTES = {"»", '"', "”"}
_MAX_QUOTED = 7


def quoted_bodies(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    out = []
    for k in range(len(doc) - 3):
        if lower_keys[k] not in _QUOTED_CUES or not doc[k].text.islower() \
                or doc[k + 1].text not in _OPENING_QUOTES:
            continue
        start = k + 2
        end = next((j for j in range(start, min(len(doc), start + _MAX_QUOTED + 1))
                    if doc[j].text in _CLOSING_QUOTES), None)
        if end is None or end == start or not doc[start].text[:1].isupper() \
                or any(taken[start:end]) or any(t.is_punct and t.text not in {"-", "'", "’"}
                                                 for t in doc[start:end]):
            continue
        span = doc[start:end]
        out.append(Candidate(Actor(span.text, "GROUP", None), start, end, span.start_char,
                             span.end_char, span.text, "ner"))
    return out


# Nouns an apposition after a name uses for a body (with the class nouns above): "Unifor,
# the union that represents...", "Santé Québec, l'agence qui chapeaute le réseau",
# "Elecam, l'organe chargé d'organiser les élections".
_APPOSED_BODY_NOUNS = {norm(w) for w in """
union unions body institution authority organe institution instance autorité réseau
""".split()}
_APPOSITION_ARTICLES = {"the", "a", "an", "l'", "le", "la", "un", "une"}
# Nouns that say a name is a firm's, in an apposition: no town is one.
_FIRM_NOUNS = {norm(w) for w in """
company firm carmaker automaker miner chipmaker drugmaker refiner conglomerate lender insurer
airline manufacturer maker retailer chain brand bottler brewer
société entreprise compagnie constructeur fabricant enseigne marque
""".split()}
_POSSESSIVES = {"'s", "’s"}


def _firm_of_an_owner(doc: Doc, k: int, lower_keys: list[str]) -> int | None:
    """"the army's bottled-water company", "the state's oil company": after an owner's
    possessive and at most three words of trade, the firm noun's index."""
    if k + 2 >= len(doc) or lower_keys[k + 1] not in _POSSESSIVES or not doc[k].text.islower():
        return None
    for j in range(k + 2, min(len(doc), k + 6)):
        if lower_keys[j] in _FIRM_NOUNS and doc[j].text.islower():
            return j
        if not (doc[j].text.islower() and not doc[j].is_stop or doc[j].text == "-"):
            return None  # "the group's seat and its company": no trade word
    return None
# Participles that open the rest of an apposition, where a finite verb would open a clause.
_APPOSITION_VERBS = {"chargé", "chargée", "chargés", "chargées", "créé", "créée", "fondé",
                     "fondée", "founded", "created", "based", "basé", "basée", "set", "led",
                     "dirigé", "dirigée", "known", "connu", "connue", "representing", "running",
                     "overseeing", "responsible"}
_NOT_NAME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def apposed_organisations(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    """A name the apposition right after it calls a body is an organisation: "Unifor, the
    union that represents aerospace workers", "Santé Québec, l'agence qui chapeaute le
    réseau". The name is NER's span ending at the comma, whatever its label."""
    nouns = _class_nouns(doc.lang_) | _APPOSED_BODY_NOUNS
    ends = {ent.end: ent for ent in doc.ents if ent.label_ not in _NOT_NAME_LABELS}
    out = []
    for comma in range(1, len(doc) - 2):
        if doc[comma].text != "," or lower_keys[comma + 1] not in _APPOSITION_ARTICLES:
            continue
        k = comma + 2
        while k < min(len(doc), comma + 5) and doc[k].text.islower() and lower_keys[k] not in nouns \
                and (doc[k].pos_ == "ADJ" or lower_keys[k] in ADJECTIVE_INDEX):
            k += 1  # "the largest union", "a Canadian union"
        owner = _firm_of_an_owner(doc, k, lower_keys)  # "Safi, the army's bottled-water company"
        k = owner or k
        if k + 1 >= len(doc) or lower_keys[k] not in nouns | _FIRM_NOUNS \
                or not doc[k].text.islower() or lower_keys[k + 1] in ("'s", "’s", "'"):
            continue  # "Paris, the group's seat"
        if doc[k + 1].pos_ in ("VERB", "AUX") and doc[k + 1].lower_ not in _APPOSITION_VERBS:
            continue  # "remis aux Etats membres, l'agence estime que": a clause, no apposition
        start, end = _apposed_name(doc, comma, ends.get(comma))
        if start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
            continue  # "l'Estrie-CHUS": the tail of a longer name
        while start < end and lower_keys[start] in {"le", "la", "les", "l'", "the"}:
            start += 1
        span = doc[start:end]
        # A firm may bear a town's name ("Safi, the bottled-water company", "Alba, the
        # aluminium smelter"): a firm noun says what it is; other bodies' nouns do not
        if start >= end or any(taken[start:end]) or not _capitalised(span.text) \
                or _no_name(doc, start, end, lower_keys) \
                or place_country(span.text) and lower_keys[k] not in _FIRM_NOUNS \
                or country_for(span.text) or norm(span.text) in CALENDAR_WORDS:
            continue
        out.append(Candidate(Actor(span.text, "ORGANIZATION", None), start, end,
                             span.start_char, span.end_char, span.text, "ner"))
    return out


def _apposed_name(doc: Doc, comma: int, ent) -> tuple[int, int]:
    """The name before the comma: NER's span, or the longer run of capitalised proper
    nouns it misses or cuts ("Unifor", "Santé Québec" where NER saw only "Québec")."""
    start = comma
    while start > 0 and comma - start < 4 and doc[start - 1].pos_ == "PROPN" \
            and _capitalised(doc[start - 1].text) and not doc[start - 1].is_stop:
        start -= 1
    if ent is not None and ent.start <= start:
        return ent.start, ent.end
    return start, comma
