"""Towns, districts and provinces the gazetteer knows, found without spaCy's NER.

The small models miss or mislabel most sub-national places of real wire copy
("Ituri" as a nationality, "Komanda" as a person, "Bourges and Kassel" as nothing,
"Beni and Mambasa" as one organisation, "Ivano-Frankivsk" cut at the hyphen).
places.json knows them, but it also holds thousands of villages named like common
words, so a name is taken only where the text itself says it is a place:

- a name of several words or parts ("La Spezia", "Ivano-Frankivsk", "Nioro du
  Sahel") is specific enough on its own;
- a single word needs a place cue: a locative before it ("in", "near", "à"), a
  place noun before or after it ("Lualaba province", "la région de Tambacounda"),
  or a coordination with a place just taken ("in Bourges and Kassel").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from transforms.actor_rules.capitals import TERRITORY_VERBS
from transforms.actor_rules.titles import region_before_office
from transforms.actor_rules.vocab import (BODY_HEADS_FR, GENERIC_PLACE_NOUNS, LOCATIVE, NER_PERSON,
    TITLE_WORDS, Candidate)
from transforms.countries import ADJECTIVE_INDEX, country_name, NAME_INDEX, PLURAL_INDEX, norm
from transforms.gazetteer import (NOT_PLACES, english_place_name, is_listed_with_article, is_world_region,
    place_country)
from transforms.records import Actor

# "Lualaba province", "Djugu territory", "l'oblast de Donetsk", "la ville de Kayes".
_PLACE_NOUNS = {norm(w) for w in """
province provinces region regions district districts territory territories state oblast
governorate county city town village villages municipality department prefecture canton
valley river port island islands area neighbourhood neighborhood suburb camp base
airport airports aéroport aéroports crossing crossings checkpoint checkpoints
région régions département territoire ville villes village commune localité localités
gouvernorat préfecture vallée fleuve rivière île îles quartier camp base secteur
plaine plaines plain plains îlot îlots islet islets archipel presqu'île péninsule massif
désert mine mines gisement delta lac
""".split()}
# English landform nouns ("Lake", "Mount", "Desert") are left out: capitalised before a name
# they are part of it ("Lake Kariba"), and NER takes the whole.
_PLACE_LEADS = _PLACE_NOUNS | {"of", "de", "d'", "du"}
# "the road between Kayes and Bamako", "entre Gao et Kidal", "around Pokrovsk"
_BETWEEN = {"between", "entre", "around", "autour", "through", "across", "outside", "beyond"}
_DETERMINERS = {"the", "le", "la", "les", "l'", "los", "las", "el", "al"}
_COORDINATORS = {"and", "et", ",", "or", "ou"}
# Lowercase words that may sit inside a place name: "Nioro du Sahel", "Rostov-sur-le-Don".
# Portuguese and Spanish particles too: "Mocímboa da Praia", "Rio do Sul", "Dos Hermanas".
_NAME_CONNECTORS = {"du", "de", "des", "la", "le", "del", "de la", "al", "el", "sur", "on",
                    "upon", "-", "'s", "of", "da", "do", "dos", "das", "di",
                    "a"}  # "Gracias a Dios": only a whole name the table knows is kept
_MAX_PARTS = 5


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and not text.isupper()


def _name_end(doc: Doc, start: int) -> int:
    """End of the capitalised name starting at `start`, through hyphens and connectors."""
    end = start + 1
    while end < len(doc) and end - start < _MAX_PARTS and (
            not doc[end].is_sent_start or _inside_word(doc, end) or _after_a_word(doc, end)):
        tok = doc[end]
        follows = end + 1 < len(doc) and (_capitalised(doc[end + 1].text)
                                          or doc[end + 1].lower_ in _NAME_CONNECTORS)
        if tok.text == "-" and doc[end - 1].whitespace_ == "" and follows:
            end += 2  # "Ivano - Frankivsk" as the English model splits it
        elif _capitalised(tok.text):
            end += 1
        elif tok.lower_ in _NAME_CONNECTORS and end + 1 < len(doc) \
                and _capitalised(doc[end + 1].text) and norm(doc[end + 1].text) not in NOT_PLACES:
            end += 2  # "Nioro du Sahel"; not "Mossuril on Monday"
        else:
            break
    return end


def _after_a_word(doc: Doc, i: int) -> bool:
    """A sentence the parser starts right after a word, with no punctuation or line break
    between ("submergé Hoi | An et une partie"): no sentence starts there."""
    before = doc[i - 1]
    return before.is_alpha and "\n" not in before.whitespace_ and doc[i].is_alpha


def _inside_word(doc: Doc, i: int) -> bool:
    """doc[i] is a hyphen, or the part after one, written without spaces ("El-Obeid"):
    the French parser sometimes starts a sentence there, which a word never spans."""
    before = doc[i - 1]
    return before.whitespace_ == "" and (doc[i].text == "-" or before.text == "-")


def _longest_known(doc: Doc, start: int, end: int,
                   taken: list[bool]) -> tuple[int, str, str] | None:
    """(stop, country, text) of the longest known place in doc[start:end] from `start`.

    A determiner or other stop word only starts a place as part of a longer name
    ("La Spezia", "Le Cap"), never on its own or glued to the next name ("The
    Düsseldorf-based group").
    """
    for stop in range(end, start, -1):
        if any(taken[start:stop]):
            continue
        text = doc[start:stop].text
        if doc[start].is_stop and (stop - start == 1 or doc[start].lower_ in _DETERMINERS
                                   and place_country(doc[start + 1:stop].text)
                                   and not (is_listed_with_article(text)
                                            and doc[start + 1].pos_ == "PROPN")):
            continue
        code = place_country(text)
        if code and not is_world_region(text):
            return stop, code, text
    return None


def _cue_before(doc: Doc, start: int, lower_keys: list[str]) -> bool:
    tok = doc[start]
    if tok.dep_ in {"obj", "dobj"} and tok.head.lemma_.lower() in TERRITORY_VERBS:
        return True  # "les forces ont repris Soueida", "Russia captured Pokrovsk": ground
    k = start - 1
    while k >= 0 and lower_keys[k] in {"the", "le", "la", "les", "l'"}:
        k -= 1
    if k < 0:
        return False
    # LOCATIVE holds words as written ("à", "près"); lower_keys are accent-folded.
    if doc[k].lower_ in LOCATIVE or lower_keys[k] in _PLACE_NOUNS or lower_keys[k] in _BETWEEN:
        return True
    if lower_keys[k] == "a" and doc.lang_ == "fr" and doc[k].text == "a":
        return True  # "à" without its accent (machine translation): "a Soueida"
    if doc[k].lower_ == "off" and doc[k].dep_ == "prep":
        return True  # "a dinghy sank off Bodrum"; "laid off Ford workers" is a particle
    if lower_keys[k] == "sur" and k + 1 < start:
        return True  # "sur la Garonne", "sur le Rhône" (a determiner between): a river, a coast
    # "the town of Komanda", "la région de Tambacounda", "la région autonome de Gagaouzie"
    return lower_keys[k] in _PLACE_LEADS and k > 0 and (
        lower_keys[k - 1] in _PLACE_NOUNS or lower_keys[k - 1] in _INTRODUCING_NOUNS or
        (k > 1 and lower_keys[k - 2] in _PLACE_NOUNS and lower_keys[k - 1] in {"la", "le", "l'"})
        or _noun_and_adjective_before(doc, k, lower_keys, _PLACE_NOUNS | _INTRODUCING_NOUNS))


def _noun_and_adjective_before(doc: Doc, of: int, lower_keys: list[str], nouns: set[str]) -> bool:
    """French puts the place's adjective between its kind and "de": "la ville portuaire de
    Hodeida", "la région autonome de Gagaouzie", "le village frontalier de Kok-Tash"."""
    return of > 1 and doc.lang_ == "fr" and lower_keys[of] in _OF \
        and doc[of - 1].pos_ in ("ADJ", "NOUN") and doc[of - 1].is_alpha and not doc[of - 1].is_stop \
        and doc[of - 1].text.islower() and doc[of - 2].text.islower() \
        and lower_keys[of - 2] in nouns


def _cue_after(doc: Doc, end: int, lower_keys: list[str]) -> bool:
    return end < len(doc) and lower_keys[end] in _PLACE_NOUNS and doc[end].text.islower()


def gazetteer_places(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    """Known places named in the text, where the text says they are places."""
    # token -> (start, end) of the multi-word person name it belongs to
    person_tokens = {i: (ent.start, ent.end) for ent in doc.ents
                     if ent.label_ in NER_PERSON and len(ent) > 1
                     for i in range(ent.start, ent.end)}
    out: list[Candidate] = []
    last_place_end = -10
    i = 0
    while i < len(doc):
        tok = doc[i]
        if taken[i] or not _capitalised(tok.text):
            if taken[i] and i > 0:
                last_place_end = i + 1 if _is_place_taken(doc, i) else last_place_end
            i += 1
            continue
        feature = _feature_of_place(doc, i, taken)
        if feature:
            out.append(feature)  # "the Bay of Campeche", not the Somali region Bay
            last_place_end = i = feature.end
            continue
        end = _name_end(doc, i)
        found = _longest_known(doc, i, end, taken)
        if found is not None and found[0] + 1 < len(doc) and doc[found[0]].text == "-" \
                and not doc[found[0] - 1].whitespace_ and not doc[found[0]].whitespace_ \
                and doc[found[0] + 1].text in _KOREAN_PLACE_SUFFIXES \
                and not any(taken[found[0]:found[0] + 2]):
            # "the Tongchang-ri launch site": a Korean village's suffix makes another place
            # than the known town; its country comes from the context
            stop = found[0] + 2
            span = doc[i:stop]
            out.append(Candidate(Actor(span.text, "LOCATION", None), i, stop,
                                 span.start_char, span.end_char, span.text, "place"))
            last_place_end = i = stop
            continue
        if found is None:
            i += 1  # a known place may start further on: "In Culiacan", "Governor of Borno"
            continue
        stop, code, text = found
        key = norm(text)
        several = stop - i > 1 or "-" in text.strip("-")  # "Ivano-Frankivsk"
        coordinated = i >= 2 and lower_keys[i - 1] in _COORDINATORS and last_place_end >= i - 2
        longer_name = stop < end and lower_keys[stop] not in TITLE_WORDS  # "Ifo Institute"
        if not several and (longer_name or len(text) < 3 or tok.is_stop or key in TITLE_WORDS
                            or key in GENERIC_PLACE_NOUNS  # "la Ville refuse de payer"
                            or key in ADJECTIVE_INDEX or key in PLURAL_INDEX
                            or key in NAME_INDEX):
            # "Ifo Institute", "Colonia Kennedy": the rest of a longer name is no town either
            i = end if longer_name and _all_capitalised(doc, stop, end) else stop
            continue
        if several and _body_name_not_a_town(doc, i, stop, lower_keys):
            i = stop
            continue
        if _street_named_after(doc, i, lower_keys):
            i = stop  # "la place de la Liberté", "rue de Rivoli": a street, no town
            continue
        coordinated = coordinated or _listed_after_a_place(doc, i, lower_keys)
        cued = coordinated or _cue_before(doc, i, lower_keys) or _cue_after(doc, stop, lower_keys) \
            or region_before_office(doc, i, lower_keys) == stop - i  # "Ontario Premier Doug Ford"
        in_person = person_tokens.get(i)
        if in_person and in_person != (i, stop):
            i = stop  # a word of someone's name ("Jan de Vries"), not a place
            continue
        if cued or (several and not in_person):
            span = doc[i:stop]
            out.append(Candidate(Actor(english_place_name(text), "LOCATION", code), i, stop,
                                 span.start_char, span.end_char, text, "place"))
            last_place_end = stop
        i = stop
    return out


# Streets and squares named after a place or an idea: "place de la Liberté", "rue de Paris".
_STREET_NOUNS = {norm(w) for w in """
place rue avenue boulevard quai square allée pont street road bridge
""".split()}


def _all_capitalised(doc: Doc, start: int, end: int) -> bool:
    return all(doc[k].text[:1].isupper() for k in range(start, end))


def _street_named_after(doc: Doc, i: int, lower_keys: list[str]) -> bool:
    k = i - 1
    while k >= 0 and lower_keys[k] in {"de", "du", "des", "la", "le", "l'", "d'"}:
        k -= 1
    return k < i - 1 and k >= 0 and lower_keys[k] in _STREET_NOUNS and doc[k].text.islower()


def _listed_after_a_place(doc: Doc, i: int, lower_keys: list[str]) -> bool:
    """"the airports of Bergen, Stavanger and Trondheim": one more name in a list whose
    previous name NER reads as a place."""
    return i >= 2 and lower_keys[i - 1] in _COORDINATORS and doc[i - 2].ent_type_ in (
        "GPE", "LOC") and doc[i - 2].text[:1].isupper() and bool(place_country(doc[i - 2].text)) \
        and doc[i].ent_type_ in ("", "GPE", "LOC")  # "Smith, Paris and Jones": a person


# Suffixes of Korean villages, districts and towns ("Tongchang-ri", "Yeonpyeong-do"), not
# English compounds ("War-era").
_KOREAN_PLACE_SUFFIXES = {"ri", "dong", "gun", "myeon", "eup", "do", "si", "gu"}


# Features named "X of Place": the place's country for bays and lakes, none at sea.
_FEATURES_OF = {"bay": True, "lake": True, "gulf": False, "sea": False, "strait": False,
                "port": True}


def without_lone_features(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """`found` less the parts of a feature's name _feature_of_place names in full: a lone
    feature word the dictionary read as a sea ("Gulf" as the Persian Gulf) when "of" and a
    capitalised name follow ("the Gulf of Papua" is another gulf), and the city of a port
    named as such ("the Port of Vancouver", "the Port of Antwerp-Bruges")."""
    def part(c: Candidate) -> bool:
        if c.end - c.start == 1 and norm(c.text) in _FEATURES_OF and c.end + 1 < len(doc) \
                and doc[c.end].text == "of" and doc[c.end + 1].text[:1].isupper():
            return True
        return c.start >= 2 and doc[c.start - 1].text == "of" and doc[c.start - 2].text == "Port" \
            and c.actor.actor_type == "LOCATION"
    return [c for c in found if not part(c)]


def _feature_of_place(doc: Doc, i: int, taken: list[bool]) -> Candidate | None:
    """"the Bay of Campeche", "the Bay of Fundy": a capitalised feature word, "of", then a
    capitalised place name, is one place (the data's seas and gulfs are taken before)."""
    key = norm(doc[i].text)
    if key not in _FEATURES_OF or not doc[i].text[:1].isupper() or i + 2 >= len(doc) \
            or doc[i + 1].text != "of" or not doc[i + 2].text[:1].isupper():
        return None
    stop = i + 2
    while stop < len(doc) and stop - i < 5 and doc[stop].text[:1].isupper() \
            and doc[stop].is_alpha and not taken[stop]:
        stop += 1
        if stop + 1 < len(doc) and doc[stop].text == "-" and not doc[stop - 1].whitespace_ \
                and not doc[stop].whitespace_ and doc[stop + 1].text[:1].isupper():
            stop += 1  # "Port of Antwerp-Bruges": the hyphen joins one name
    if stop == i + 2 or any(taken[i:stop]):
        return None
    place = doc[i + 2:stop].text
    code = (place_country(place) or place_country(doc[i + 2].text)) if _FEATURES_OF[key] \
        else None  # "Port of Antwerp-Bruges": Antwerp's
    span = doc[i:stop]
    return Candidate(Actor(span.text, "LOCATION", code), i, stop, span.start_char,
                     span.end_char, span.text, "place")


_ARTICLES_FR = {"le", "la", "les", "l'"}


def _body_name_not_a_town(doc: Doc, i: int, stop: int, lower_keys: list[str]) -> bool:
    """"Le Syndicat national des journalistes tunisiens": the commune Le Syndicat (Vosges)
    is the head of a body's name when the name goes on in lowercase after it."""
    return stop - i == 2 and lower_keys[i] in _ARTICLES_FR and lower_keys[i + 1] in BODY_HEADS_FR \
        and stop < len(doc) and doc[stop].text[:1].islower() and doc[stop].is_alpha


def _is_place_taken(doc: Doc, i: int) -> bool:
    """A token already taken by the dictionary that names a place ("in Goma and Bunia")."""
    return doc[i].ent_type_ in {"GPE", "LOC"} or place_country(doc[i].text) is not None


# "North Darfur", "South Kordofan", "West Darfur", "Upper Nile": a compass word before a
# place the dictionary knows often names a province of its own, which the gazetteer has.
_COMPASS = {norm(w) for w in """
North South East West Central Upper Lower Northern Southern Eastern Western
Nord Sud Est Ouest Centre Haut Bas
""".split()}


# ..."Gaza City", "Gaza-ville", "Kuwait City": a city word after it names the city.
_CITY_WORDS = {"city", "ville", "-"}


def compass_regions(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """`found` with a dictionary place grown to the province or city the gazetteer
    knows under a longer name: a compass word before it, a city word after it."""
    out = []
    for cand in found:
        if cand.actor.actor_type in ("LOCATION", "COUNTRY"):
            k, end = cand.start, cand.end
            if k > 0 and doc[k - 1].text[:1].isupper() and norm(doc[k - 1].text) in _COMPASS:
                k -= 1
            elif k > 1 and doc[k - 1].lower_ in _NAME_CONNECTORS and doc[k - 2].text[:1].isupper() \
                    and place_country(doc[k - 2:end].text):
                k -= 2  # "Mocímboa da Praia" is a town, not the capital of Cabo Verde
            while end < len(doc) and end - cand.end < 2 and doc[end].lower_ in _CITY_WORDS \
                    and not doc[end - 1].whitespace_ or (end < len(doc) and end == cand.end
                                                        and doc[end].text == "City"):
                end += 1
            span = doc[k:end]
            code = place_country(span.text) if (k, end) != (cand.start, cand.end) else None
            if code:
                cand = Candidate(Actor(english_place_name(span.text), "LOCATION", code), k, end,
                                 span.start_char, span.end_char, span.text, "place")
        out.append(cand)
    return out


# Nouns that make the name after them a place of their kind ("la péninsule d'Afungi", "le
# village de Guet Ndar", "the town of Kassela"). Venues ("base", "aéroport") and "État"
# ("l'Etat de droit") are left out.
_INTRODUCING_NOUNS = {norm(w) for w in """
ville villes village villages localité localités commune bourgade quartier quartiers province
région district département gouvernorat oblast territoire île îles archipel péninsule
presqu'île camp vallée fleuve rivière lac massif désert plaine plateau baie golfe détroit
port canton comté hameau
town city village villages province district region governorate oblast island islands
peninsula camp valley river lake port county prefecture neighbourhood neighborhood suburb
""".split()}
_OF = {"de", "d'", "du", "des", "of"}


# English names the kind of place after it: "in the Kalaban Coura district".
_POSTFIX_NOUNS = {"district", "province", "region", "neighbourhood", "neighborhood", "county",
                  "governorate", "oblast", "township", "prefecture", "municipality"}


# Natural features named before their kind, written lowercase: "the Neelum valley",
# "the Litani river". Unlike a district, the noun belongs to the name.
_FEATURE_NOUNS = {"valley", "river", "island", "mountains", "desert", "delta", "basin",
                  "plateau", "glacier", "peninsula"}


# Words before "X province" that make it a place named in passing: "in Shabwa province",
# "across Khatlon region", "Yemen's Hadramout province".
_BEFORE_POSTFIX_PLACES = {"in", "near", "from", "across", "into", "throughout", "of", "to"}


def _place_preposition_before(doc: Doc, i: int, lower_keys: list[str]) -> bool:
    """A preposition of place, or a country's possessive, right before the name."""
    if lower_keys[i - 1] in _BEFORE_POSTFIX_PLACES and doc[i - 1].text.islower():
        return True
    return lower_keys[i - 1] in {"'s", "’s"} and i >= 2 and lower_keys[i - 2] in NAME_INDEX


def _postfix_places(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    out = []
    for k in range(2, len(doc)):
        feature = lower_keys[k] in _FEATURE_NOUNS
        if not (feature or lower_keys[k] in _POSTFIX_NOUNS) or not doc[k].text.islower() \
                or taken[k - 1] or not _capitalised(doc[k - 1].text):
            continue
        i = k - 1
        while i > 0 and k - i < 3 and _capitalised(doc[i - 1].text) and not taken[i - 1] \
                and not doc[i - 1].is_sent_start:
            i -= 1
        if not (lower_keys[i - 1] in {"the", "le", "la", "l'"} or not feature
                and _place_preposition_before(doc, i, lower_keys)) or doc[i].is_sent_start:
            continue  # "the X district"; a capital opening a sentence may be anything
        span = doc[i:k]
        key = norm(span.text)
        if key in ADJECTIVE_INDEX or key in NAME_INDEX or key in TITLE_WORDS or key in NOT_PLACES \
                or place_country(span.text) or is_world_region(span.text) \
                or any(t.ent_type_ in NER_PERSON or not t.is_alpha for t in span) \
                or len(span) == 1 and span[0].ent_type_ == "NORP":
            continue  # "Iraq's Kurdish region", "the Shia district": a people's adjective
        if feature:  # "the Neelum valley": the noun is part of a natural feature's name
            span = doc[i:k + 1]
        out.append(Candidate(Actor(span.text, "LOCATION", None), span.start, span.end,
                             span.start_char, span.end_char, span.text, "ner"))
    return out


# French names lakes and rivers by a noun before the name: "le lac Tchad" is Lake Chad,
# "la rivière Cuyuni" the river; both often border several countries, so no country.
_WATER_NOUNS = {"lac": "Lake {}", "fleuve": "{}", "riviere": "{}"}  # norm keys: no accents


def water_places(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    out = []
    for k in range(len(doc) - 1):
        form = _WATER_NOUNS.get(lower_keys[k])
        i = k + 1
        if form is None or not doc[k].text.islower() or not _capitalised(doc[i].text) \
                or doc[i].ent_type_ in NER_PERSON and i + 1 < len(doc) and _capitalised(doc[i + 1].text):
            continue
        end = _name_end(doc, i)
        span = doc[i:end]
        if any(taken[i:end]) and not (end - i == 1 and lower_keys[i] in NAME_INDEX):
            continue  # "le lac Tchad": the country the dictionary took names the lake
        key = norm(span.text)
        if key in TITLE_WORDS or key in ADJECTIVE_INDEX or key in NOT_PLACES:
            continue
        base = country_name(NAME_INDEX[key]) if key in NAME_INDEX else english_place_name(span.text)
        code = None if key in NAME_INDEX else place_country(span.text)  # "le fleuve Litani": LBN
        out.append(Candidate(Actor(form.format(base), "LOCATION", code), i, end, span.start_char,
                             span.end_char, span.text, "place"))
    return out


def introduced_places(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    """Places the gazetteer does not know, named after a noun of their kind: "la péninsule
    d'Afungi", "the town of Kassela", "le quartier de Guet Ndar". Their country comes from
    the context (source "ner", see context_country)."""
    out = []
    for i in range(2, len(doc)):
        if taken[i] or not _capitalised(doc[i].text) or lower_keys[i - 1] not in _OF \
                or not (lower_keys[i - 2] in _INTRODUCING_NOUNS and doc[i - 2].text.islower()
                        or _noun_and_adjective_before(doc, i - 1, lower_keys, _INTRODUCING_NOUNS)):
            continue
        end = _name_end(doc, i)
        while end > i and (any(taken[i:end]) or not _capitalised(doc[end - 1].text)):
            end -= 1
        span = doc[i:end]
        key = norm(span.text)
        if end == i or key in TITLE_WORDS or key in ADJECTIVE_INDEX or key in PLURAL_INDEX \
                or key in NOT_PLACES or key in GENERIC_PLACE_NOUNS \
                or key in NAME_INDEX or is_world_region(span.text) or place_country(span.text) \
                or any(t.ent_type_ in NER_PERSON for t in span) and end - i > 1 \
                or doc[i].is_sent_start or any(not t.text.replace("-", "").replace("'", "").isalpha()
                                               for t in span if t.text != "-") \
                or end - i == 1 and doc[i].pos_ == "ADJ" and end < len(doc) \
                and doc[end].is_alpha and doc[end].is_lower:
            continue  # "la province des Petites îles de la Sonde": the name runs on in lowercase
        out.append(Candidate(Actor(english_place_name(span.text), "LOCATION", None), i, end,
                             span.start_char, span.end_char, span.text, "ner"))
    return out + _postfix_places(doc, lower_keys, taken)


# Regions the press names bare by their last word: "the Gulf" is the Gulf as written
# (the annotators' name), not expanded to the Persian Gulf ("golfe Persique" and
# "Persian Gulf" in full stay).
_BARE_REGION_NAMES = {("gulf", "Persian Gulf"): "Gulf"}


def bare_region_names(chosen: list[Candidate]) -> list[Candidate]:
    out = []
    for c in chosen:
        name = _BARE_REGION_NAMES.get((norm(c.text), c.actor.name))
        out.append(replace(c, actor=replace(c.actor, name=name)) if name else c)
    return out


_SEA_WORDS = {"Pacific", "Atlantic", "Mediterranean", "Arctic", "Baltic", "Caribbean", "Ocean",
              "Sea"}


def compass_seas(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    """"the Western Pacific", "the Eastern Mediterranean": a capitalised compass word
    before a sea or ocean the dictionary knows names a part of it, a place with no
    country, not a town called Pacific somewhere."""
    from transforms.actor_rules.dictionary import GAZETTEER  # no import cycle at load
    out = []
    for k in range(len(doc) - 1):
        if taken[k] or taken[k + 1] or not doc[k].text[:1].isupper() \
                or norm(doc[k].text) not in _COMPASS or not doc[k + 1].text[:1].isupper():
            continue
        region = next((e.actor for e in GAZETTEER.get(lower_keys[k + 1], ())
                       if e.kind == "region" and e.actor.country_code is None), None)
        if region is None or not set(region.name.split()) & _SEA_WORDS \
                or k + 2 < len(doc) and (doc[k + 2].text[:1].isupper() or doc[k + 2].text == "-"):
            continue  # continents' parts are the dictionary's ("West Africa"), "North Rhine-"
        span = doc[k:k + 2]
        out.append(Candidate(Actor(f"{doc[k].text} {region.name}", "LOCATION", None), k, k + 2,
                             span.start_char, span.end_char, span.text, "place"))
    return out


# National parks are places in their country, named whole: "Garamba National Park",
# French "le parc national de la Garamba" / "parc national Kruger" (annotated by their
# English name, as "Komodo National Park"; a lowercase "the Grampians national park" keeps
# the name alone, as written). Read before the gazetteer, which otherwise
# takes "National Park" alone (a town in New Jersey). Their country comes from the
# context, like any place the gazetteer does not know (source "ner").
_PARK_NAME_PARTS = 4
_PARK_LINKS_FR = {"de", "du", "des", "d'", "la", "le", "l'"}


def _park_name_before(doc: Doc, end: int, lower_keys: list[str]) -> int:
    """Start of the capitalised name ending at `end`: "Kahuzi-Biega", "Tsavo East", "W"."""
    start = end
    while start > 0 and end - start < _PARK_NAME_PARTS:
        tok = doc[start - 1]
        if tok.text == "-" and start >= 2 and tok.whitespace_ == "" \
                and _capitalised(doc[start - 2].text):
            start -= 2
        elif (_capitalised(tok.text) or tok.text.isupper() and len(tok.text) == 1) \
                and norm(tok.text) not in ADJECTIVE_INDEX \
                and lower_keys[start - 1] not in _DETERMINERS:
            start -= 1
        else:
            break
        if doc[start].is_sent_start:
            break
    return start


def national_parks(doc: Doc, lower_keys: list[str]) -> list[Candidate]:
    out = []
    for k in range(len(doc) - 1):
        if doc[k].text == "National" and doc[k + 1].text == "Park":  # "Garamba National Park"
            start, end = _park_name_before(doc, k, lower_keys), k + 2
            name = doc[start:k].text if start < k else None
        elif lower_keys[k] == "parc" and lower_keys[k + 1] == "national":  # "parc national de la"
            i = k + 2
            while i < len(doc) and lower_keys[i] in _PARK_LINKS_FR and i - k < 5:
                i += 1
            end = _name_end(doc, i) if i < len(doc) and (_capitalised(doc[i].text)
                                                          or doc[i].text == "W") else i
            start, name = k, doc[i:end].text if end > i else None
        else:
            continue
        if not name or norm(name) in NAME_INDEX or norm(name) in TITLE_WORDS:
            continue  # "Kenya National Park": a country, no park; a bare "parc national"
        span = doc[start:end]
        out.append(Candidate(Actor(f"{name} National Park", "LOCATION", None), start, end,
                             span.start_char, span.end_char, span.text, "ner"))
    return out
