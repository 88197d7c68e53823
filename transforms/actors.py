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

Glued words from machine translation ("TradeRutte", "2022Kishida", "Kishida2022")
are split at lowercase->Uppercase, digit->letter and word->year boundaries; only parts that resolve to a
known actor are kept, and glued spans are never taken as names.

Rule families live in transforms/actor_rules/; this module orders them.
"""
from __future__ import annotations


import re
from dataclasses import replace

from spacy.tokens import Doc

from transforms.actor_rules.body_people import people_of_bodies
from transforms.actor_rules.acronyms import (defined_acronyms, lowercase_names_before_acronyms,
                                             spelled_out_acronyms)
from transforms.actor_rules.context_country import (fill_context_countries,
    compass_only_regions, prefer_article_homonyms, resolve_shared_names, sentence_homonyms)
from transforms.actor_rules.dateline_cities import dateline_cities
from transforms.actor_rules.debris import without_debris
from transforms.actor_rules.dictionary import dictionary_matches
from transforms.actor_rules.glued_names import function_word_glue, glued_titled_people
from transforms.actor_rules.glued_tails import (acronym_glue, cut_glued_person_tails,
                                               glued_tail_names)
from transforms.actor_rules.introduced import (apposed_organisations,
    demonyms_before_known_bodies, french_body_names, introduced_organisations, quoted_bodies)
from transforms.actor_rules.places import (bare_region_names, compass_regions, compass_seas,
    gazetteer_places, introduced_places, national_parks, water_places, without_lone_features)
from transforms.actor_rules.ner import (glue_and_surnames, named_after_places, ner_candidates,
    surname_links, titled_people)
from transforms.actor_rules.korea_sides import korea_sides
from transforms.actor_rules.ministries import field_ministries
from transforms.actor_rules.longer_bodies import (country_named_bodies,
    field_and_country_bodies, longer_bodies, longer_places, names_split_at_and,
    national_branches, particle_names, party_names, trades_joined_by_and)
from transforms.actor_rules.shared_surnames import shared_surname_people
from transforms.actor_rules.stated_places import stated_place_countries
from transforms.actor_rules.societies import bare_emblems
from transforms.actor_rules.un_bodies import without_un_inside_bodies
from transforms.actor_rules.non_actors import non_actor_names
from transforms.actor_rules.owners import (national_security_councils, owned_bodies,
                                           possessed_unknown_bodies)
from transforms.actor_rules.short_forms import (body_short_forms, firm_short_forms,
    generic_word_mask, named_body_short_forms, place_words_of_bodies, short_form_candidates)
from transforms.actor_rules.titles import body_matches, in_title_of
from transforms.actor_rules.vocab import Candidate, TITLE_WORDS
from transforms.countries import norm
from transforms.records import ActorMention


from transforms.countries import country_for  # re-exported: callers import it from here

__all__ = ["find_actors", "country_for"]


def find_actors(doc: Doc, lang: str) -> list[ActorMention]:
    """Every actor mention in `doc`, canonicalised, in text order. Never raises on bad input."""
    try:
        return _find_actors(doc)
    except Exception:  # a transform never raises on one odd article
        return []


def _find_actors(doc: Doc) -> list[ActorMention]:
    if doc is None or len(doc) == 0:
        return []
    texts = [t.text for t in doc]  # one pass over the tokens, shared by the rules
    lower_keys = [norm(t) for t in texts]
    taken = [False] * len(doc)
    chosen: list[Candidate] = []

    def take(cands: list[Candidate]) -> None:
        # Longest first; glued parts share one token on purpose ("NakataniRutte").
        for cand in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
            if cand.source == "glue" or not any(taken[cand.start:cand.end]):
                chosen.append(cand)
                taken[cand.start:cand.end] = [True] * (cand.end - cand.start)

    def give_back_inside(outers: list[Candidate]) -> None:
        # A name read whole owns its words: the shorter actors taken inside it go.
        for outer in outers:
            for c in [c for c in chosen if outer.start <= c.start and c.end <= outer.end]:
                chosen.remove(c)
                taken[c.start:c.end] = [False] * (c.end - c.start)

    dictionary = dictionary_matches(doc, lower_keys)
    known = [False] * len(doc)
    for cand in dictionary:
        known[cand.start:cand.end] = [True] * (cand.end - cand.start)
    non_actors = non_actor_names(doc, lower_keys, known)
    blocked = [a or b for a, b in zip(non_actors, generic_word_mask(doc, lower_keys, known))]

    def allowed(cands: list[Candidate]) -> list[Candidate]:
        return [c for c in cands if not any(blocked[c.start:c.end])]

    # "United Nations Verification Mission in Colombia", "CMOC Group": the whole name, not
    # the known body in it; the name's capitalised words are no lone generic word
    first = without_lone_features(doc, compass_regions(doc, longer_places(
        doc, named_after_places(doc, dictionary, lower_keys), lower_keys)))  # "Norte de Santander"
    longer = [c for c in longer_bodies(doc, first, lower_keys) if c not in first] \
        + field_and_country_bodies(doc, first, lower_keys) \
        + national_branches(doc, first) \
        + country_named_bodies(doc, first, lower_keys)  # "Statistics Canada",
    # "Amnesty International Kenya", "the U.S. Development Finance Corporation"
    take([c for c in longer if not any(non_actors[c.start:c.end])])
    take(allowed([c for c in first if not any(taken[c.start:c.end])]))
    take(short_form_candidates(doc, lower_keys, taken))  # "l'Union": a lone word, blocked above
    # "la start-up Carester": the class noun says what the name is, before places and NER
    place_codes = {k: c.actor.country_code for c in chosen if c.source != "glue"
                   and c.actor.actor_type in ("COUNTRY", "LOCATION") for k in range(c.start, c.end)}
    introduced = allowed(introduced_organisations(doc, lower_keys, taken, place_codes))
    # "Syndicat national des enseignants du Niger": the country ending it is the name's
    french_bodies = allowed(french_body_names(doc, lower_keys, taken))
    introduced += [b for b in french_bodies
                   if not any(b.start < o.end and o.start < b.end for o in introduced)]
    give_back_inside(introduced)  # a place inside the body's name is no actor of its own
    take(introduced)
    take(quoted_bodies(doc, lower_keys, taken))  # "le collectif « Touche pas à mon pays »"
    take(allowed(apposed_organisations(doc, lower_keys, taken)))  # "Unifor, the union that"
    take(demonyms_before_known_bodies(doc, lower_keys, taken, chosen))  # "le canadien Barrick"
    water = allowed(water_places(doc, lower_keys, taken))  # "le lac Tchad" is Lake Chad
    give_back_inside(water)
    take(water)
    parks = national_parks(doc, lower_keys)  # "Garamba National Park", not the NJ town
    give_back_inside(parks)
    take([p for p in parks if not any(taken[p.start:p.end])])
    # "San Juan de Lurigancho", "Junta de Andalucía": a foreign name read whole in English
    spanish = [n for n in particle_names(doc, lower_keys) if not any(non_actors[n.start:n.end])
               and _whole_over(n, chosen)]
    give_back_inside(spanish)
    take([n for n in spanish if not any(taken[n.start:n.end])])
    take(allowed(compass_seas(doc, lower_keys, taken)))  # "the Western Pacific"
    take(allowed(gazetteer_places(doc, lower_keys, taken)))  # before NER: it mislabels them
    take(allowed(introduced_places(doc, lower_keys, taken)))  # "la péninsule d'Afungi"
    take(function_word_glue(doc, lower_keys, taken, texts))  # "près de Kayesdans", "duNord-Kivu"
    # "Donald Trumpa annoncé", "le Conseil constitutionnela validé": a whole known name is
    # known, though the mask built before it was found blocks its lone generic first word
    tails = glued_tail_names(doc, lower_keys, taken, texts)
    take([c for c in tails if c.end - c.start > 1] + allowed([c for c in tails
                                                             if c.end - c.start == 1]))
    take(acronym_glue(doc, lower_keys, taken, texts))  # "de l'OTANMark Rutte"
    take(korea_sides(doc, taken, chosen))  # "talks with the North": North Korea
    named_people = {lower_keys[k] for c in chosen if c.actor.actor_type == "PERSON"
                    and c.end - c.start > 1 for k in range(c.start, c.end)}
    take(names_split_at_and(doc, lower_keys, taken))  # "Centre for X and | Y Disinformation"
    trades = trades_joined_by_and(doc, lower_keys)  # "Cotton Ginners and | Exporters Association"
    trades = [t for t in trades if _whole_over(t, chosen) and not any(non_actors[t.start:t.end])]
    give_back_inside(trades)
    take(trades)
    take(allowed(ner_candidates(doc, lower_keys, taken, named_people)))
    take(allowed(party_names(doc, lower_keys, taken)))  # "of the Liberal Party led ..."
    take(allowed(titled_people(doc, lower_keys, taken)))
    take(allowed(glued_titled_people(doc, lower_keys, taken, texts)))  # "de la SanteStéphanie Rist"
    take(allowed(shared_surname_people(doc, taken, chosen)))  # "Peter and Barbie Reynolds"
    # "Evo Moralesd'« organiser »", "Carlos Onofrea annoncé": the next word's glued start
    chosen[:] = cut_glued_person_tails(doc, chosen)
    persons = [c for c in chosen if c.actor.actor_type == "PERSON"]
    # "U.S. President Donald Trump": a country naming a person's office is no actor, like
    # the demonym of "Japanese Defence Minister" ("Japan's President" keeps it).
    chosen[:] = [c for c in chosen if not (
        c.actor.actor_type == "COUNTRY" and c.source == "dict" and c.end < len(doc)
        # English order, a capitalised office; "le président du Brésil Lula" and "l'Italie de
        # Giorgia Meloni" count
        and doc[c.end].text[:1].isupper() and lower_keys[c.end] in TITLE_WORDS
        and in_title_of(doc, c, persons, lower_keys))]
    chosen[:] = [c for c in chosen
                 if not _department_in_an_office_title(doc, c, persons, lower_keys)]
    take(allowed([c for c in body_matches(doc, lower_keys)
                  if not in_title_of(doc, c, persons, lower_keys)]))
    take(named_body_short_forms(doc, lower_keys, taken, chosen))  # "the Court": the ICJ
    take(field_ministries(doc, lower_keys, taken))  # "Tajikistan's Foreign Ministry rejected"
    take(dateline_cities(doc, taken, chosen))  # "REGINA, Saskatchewan (Reuters) -"
    # Known people named in full link their bare surname too, even one people.json keeps
    # out of its aliases as ambiguous elsewhere ("Daniel Chapo ... Chapo defended him").
    links = surname_links([c for c in chosen if c.actor.actor_type == "PERSON"
                            and c.source in ("ner", "dict") and " " in c.text])
    take(allowed(glue_and_surnames(doc, taken, links, lower_keys)))
    chosen[:] = [replace(c, actor=links[norm(c.text)])
                 if (_surname_taken_apart(doc, c) or _surname_read_as_town(doc, c)
                     or _surname_read_as_firm(c, chosen) or _surname_of_a_namesake(c, chosen))
                 and links.get(norm(c.text)) else c
                 for c in chosen]
    chosen = _given_names_of_the_next(chosen)  # "Luiz Inacio | Lula da Silvaqui"
    chosen = _surnames_of_two_words(chosen)  # "M. Mbarga Ndjana" after "Thomas Mbarga Ndjana"
    chosen = defined_acronyms(doc, chosen)  # "l'Office anti-cybercriminalité (OFAC)"
    chosen = lowercase_names_before_acronyms(doc, chosen)  # "la compagnie nationale de pétrole (NOC)"
    chosen = spelled_out_acronyms(doc, chosen)  # "le Rassemblement démocratique du ... (RDPC)"
    chosen = body_short_forms(chosen)  # "the Progressive Party" after "Serbian Progressive Party"
    chosen = firm_short_forms(chosen)  # "KoBold" after "KoBold Metals"
    chosen = place_words_of_bodies(doc, chosen)  # "the Jalisco cartel" after its full name
    chosen = bare_emblems(chosen)  # "la Croix-Rouge" after "la Croix-Rouge canadienne"
    chosen = people_of_bodies(doc, chosen)  # "Suez Canal Authority chairman Osama Rabie"
    chosen = possessed_unknown_bodies(doc, chosen, lower_keys)  # "the Philippines' Department"
    # "le Sud-Ouest" of a French story is not Burkina's; "Le Kenya a déployé ... à Busia" is
    # Kenya's Busia; an English "Congo" is the DRC's
    chosen = fill_context_countries(doc, sentence_homonyms(doc, prefer_article_homonyms(
        resolve_shared_names(compass_only_regions(chosen), english=doc.lang_ == "en"))))
    chosen = stated_place_countries(doc, chosen)  # "in Vardo, northern Norway": over the context
    chosen = owned_bodies(doc, chosen, lower_keys)  # "le Conseil constitutionnel camerounais"
    chosen = national_security_councils(doc, chosen, lower_keys)  # "Russia's Security Council"
    chosen = without_un_inside_bodies(doc, chosen)  # "United Nations Security Council"
    chosen = _one_actor_per_name(without_debris(bare_region_names(_bare_names(chosen))))  # "WhiteHouse"
    chosen = _spelled_out_names(doc, chosen)  # "the Federal Emergency Management Agency"
    chosen.sort(key=lambda c: (c.start_char, c.end_char))
    return [ActorMention(c.actor, c.text, c.start, c.end, c.start_char, c.end_char)
            for c in chosen]


_ACRONYM_NAME = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")
# International bodies whose acronym is the name annotators give whatever the story
# writes (eval/README.md, "Canonical names").
_LISTED_ACRONYMS = {"NATO", "ECOWAS", "ASEAN", "APEC", "UNHCR", "OPEC", "G7", "G20", "BRICS"}
# The wires write a state's or the UN's bodies with "United States" or "U.S." and "United
# Nations" or "UN" in front as they please; annotators keep the story's words (the listed
# "US Africa Command" stays for "U.S. Africa Command"), except for the two UN organs the
# guidelines name.
_STATE_PREFIX = re.compile(r"^(?:U\.S\.|US|United States|U\.N\.|UN|United Nations) (?=[A-Z])")
_LISTED_STATE_PREFIXED = {"UN Security Council", "UN General Assembly"}


def _without_state_prefix(name: str) -> str:
    """"U.S. Geological Survey" and "United States Geological Survey" -> "us geological
    survey"; "UN Office on Drugs and Crime" and "United Nations ..." -> "un office on ..."."""
    key = norm(name).replace(".", "")
    for long, short in (("united states ", "us "), ("united nations ", "un ")):
        if key.startswith(long):
            key = short + key[len(long):]
    return key


def _spelled_out_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A national body the data names by its acronym ("FEMA", "NOAA") that an English story
    only ever spells out ("the Federal Emergency Management Agency said") goes by the name
    the story gives it, as annotators name it; where the story writes the acronym too,
    the acronym stays (the warehouse's usual name)."""
    if doc.lang_ != "en":
        return chosen
    spelled: dict = {}
    for c in chosen:
        actor = c.actor
        if c.source == "dict" and actor.actor_type == "ORGANIZATION" \
                and (actor.country_code or actor.name not in _LISTED_ACRONYMS) \
                and _ACRONYM_NAME.fullmatch(actor.name) and " " in c.text \
                and c.text[:1].isupper() and norm(c.text) != norm(actor.name):
            spelled.setdefault(actor, c.text)
    words = {t.text for t in doc}
    spelled = {a: name for a, name in spelled.items() if a.name not in words}
    as_named = {c.actor for c in chosen if c.text == c.actor.name}
    for c in sorted(chosen, key=lambda c: c.start):
        # "the U.S. Geological Survey", "the UN Office on Drugs and Crime": the story's form
        actor = c.actor
        if c.source == "dict" and actor.actor_type == "ORGANIZATION" and actor not in spelled \
                and actor not in as_named and actor.name not in _LISTED_STATE_PREFIXED \
                and _STATE_PREFIX.match(c.text) \
                and c.text.startswith("United ") != actor.name.startswith("United ") \
                and _without_state_prefix(c.text) == _without_state_prefix(actor.name):
            spelled.setdefault(actor, c.text)
    if not spelled:
        return chosen
    return [replace(c, actor=replace(c.actor, name=spelled[c.actor]))
            if c.actor in spelled else c for c in chosen]


def _whole_over(name: Candidate, chosen: list[Candidate]) -> bool:
    """No actor taken runs across the name's edge, none is a person or the name itself:
    only places and bodies inside it give way to it."""
    for c in chosen:
        if c.start < name.end and name.start < c.end and (
                c.start < name.start or c.end > name.end or c.actor.actor_type == "PERSON"
                or (c.start, c.end) == (name.start, name.end)):
            return False
    return True


# Offices a state's department names in English order before its holder: "U.S. Treasury
# Secretary X", "US Commerce Department Secretary X" (not "NATO Secretary General").
_MINISTERIAL_OFFICES = {"Secretary", "Minister"}


def _department_in_an_office_title(doc: Doc, cand: Candidate, persons: list[Candidate],
                                   lower_keys: list[str]) -> bool:
    """A national body the dictionary read right before a minister's office and its holder
    names the office's field, no actor: a generic ministry in a title (eval/README.md)."""
    end = cand.end
    return cand.source == "dict" and cand.actor.actor_type == "ORGANIZATION" \
        and cand.actor.country_code is not None and end + 1 < len(doc) \
        and doc[end].text in _MINISTERIAL_OFFICES \
        and lower_keys[end + 1] not in {"general", "-", "–"} \
        and in_title_of(doc, cand, persons, lower_keys)


def _surname_taken_apart(doc: Doc, cand: Candidate) -> bool:
    """A mention the one-token surname links above could not reach: "Al-Khulaifi" after
    "Mohammed Al-Khulaifi", which NER reads as a person of its own (three tokens), or
    "le gouvernement de Lai" after "Lai Ching-te", which the gazetteer took for a town
    (Laï, Chad) where NER reads a person."""
    if cand.source == "ner":
        return cand.actor.actor_type == "PERSON" and " " not in cand.text
    return cand.source == "place" and cand.actor.actor_type == "LOCATION" \
        and cand.end - cand.start == 1 and doc[cand.start].ent_type_ in ("PER", "PERSON")


def _surname_of_a_namesake(cand: Candidate, chosen: list[Candidate]) -> bool:
    """A bare surname the dictionary links to a famous person the article never names in
    full, where the article names another person of that surname in full ("Governor Tate
    Reeves ... Reeves said" is not Rachel Reeves): the article's own person wins (the
    caller checks there is exactly one)."""
    return cand.source == "dict" and cand.actor.actor_type == "PERSON" \
        and cand.end - cand.start == 1 \
        and not any(c.actor == cand.actor and c.end - c.start > 1 for c in chosen)


def _surname_read_as_firm(cand: Candidate, chosen: list[Candidate]) -> bool:
    """A company's one-word name the article never writes any longer way, which is the
    surname of a person it names in full: "Premier Doug Ford ... Ford told reporters" is the
    premier, not Ford Motor (the caller checks the person)."""
    return cand.source == "dict" and cand.actor.actor_type == "ORGANIZATION" \
        and cand.end - cand.start == 1 and not cand.text.isupper() \
        and all(c.end - c.start == 1 for c in chosen if c.actor == cand.actor)


# Words after which a town's name names the town: "in Villanueva", "à Castillo".
_AT_A_PLACE = {"in", "at", "near", "from", "to", "à", "a", "au", "en", "dans", "près", "vers",
               "depuis"}


def _surname_read_as_town(doc: Doc, cand: Candidate) -> bool:
    """A town the gazetteer read in a lone word that is the surname of a person the article
    named in full ("Les collègues de Villanueva" after "Renato Villanueva"): the person,
    unless a preposition of place puts it on the map or it is a capital or city the
    country lists keep ("Washington")."""
    return cand.source == "place" and cand.actor.actor_type == "LOCATION" \
        and cand.end - cand.start == 1 and country_for(cand.text) is None \
        and not (cand.start > 0 and doc[cand.start - 1].lower_ in _AT_A_PLACE)


def _given_names_of_the_next(chosen: list[Candidate]) -> list[Candidate]:
    """An unknown person right before a known one whose full name starts with it is that
    person's given names, cut off by glue the dictionary could not read ("Luiz Inacio"
    before "Lula" in "Luiz Inacio Lula da Silvaqui")."""
    ordered = sorted(chosen, key=lambda c: c.start)
    out = list(chosen)
    for cand, nxt in zip(ordered, ordered[1:]):
        if cand.source == "ner" and cand.actor.actor_type == "PERSON" \
                and nxt.actor.actor_type == "PERSON" and nxt.source == "dict" \
                and nxt.start == cand.end and " " in cand.text \
                and norm(nxt.actor.name).startswith(norm(cand.text) + " "):
            out[out.index(cand)] = replace(cand, actor=nxt.actor)
    return out


def _surnames_of_two_words(chosen: list[Candidate]) -> list[Candidate]:
    """An unknown person whose whole name is the end of one other person's longer name in
    the article is that person, named by a surname of two words ("M. Mbarga Ndjana" after
    "Thomas Mbarga Ndjana", "Lula da Silva" after "Luiz Inacio Lula da Silva")."""
    people = {c.actor for c in chosen if c.actor.actor_type == "PERSON"}
    out = []
    for c in chosen:
        if c.source == "ner" and c.actor.actor_type == "PERSON" and " " in c.actor.name:
            tail = " " + norm(c.actor.name)
            longer = {p for p in people if p != c.actor and norm(p.name).endswith(tail)}
            if len(longer) == 1:
                c = replace(c, actor=longer.pop())
        out.append(c)
    return out


# Bodies the dictionary keeps apart by name (no two entries share one) that the warehouse
# names as the bare mentions of the same body are named (context_country._OWN_BODIES):
# "the U.S. Senate" and "the Senate" of an American story are one "Senate" of the
# United States, as annotators name it.
_BARE_NAMES = {("US Senate", "USA"): "Senate"}


def _bare_names(chosen: list[Candidate]) -> list[Candidate]:
    return [replace(c, actor=replace(c.actor, name=_BARE_NAMES[(c.actor.name,
                                                                  c.actor.country_code)]))
            if (c.actor.name, c.actor.country_code) in _BARE_NAMES else c for c in chosen]


def _one_actor_per_name(chosen: list[Candidate]) -> list[Candidate]:
    """Later mentions ("Chakwera", linked to Lazarus Chakwera before the context gave
    him a country) take the actor the full mention ended with: one actor per name and
    type in the warehouse, not one with and one without a country."""
    best = {}
    for c in chosen:
        if c.actor.country_code:
            best.setdefault((c.actor.name, c.actor.actor_type), c.actor)
    return [replace(c, actor=best[(c.actor.name, c.actor.actor_type)])
            if not c.actor.country_code and (c.actor.name, c.actor.actor_type) in best else c
            for c in chosen]
