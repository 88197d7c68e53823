"""Bodies whose full name holds a shorter known one: "United Nations Verification
Mission in Colombia", "Exim Bank of China", "CMOC Group", "Institut Pasteur du
Cambodge", "Parliamentary Assembly of the Council of Europe", "People's Liberation
Army Southern Theater Command".

The dictionary knows the shorter body and would take it alone, leaving the rest of
the name behind (or reading it as a second body). When spaCy's ORG span is the
whole capitalised name around exactly one known body and the name says it is a body
(a body or seat word: Mission, Group, Bank, Command, Institute...), the whole name is
the actor. Its country: a state named inside it for a national body ("Institut
Pasteur du Cambodge" -> KHM), else the inner body's; an international body's offshoot
stays international ("... Mission in Colombia" -> null).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from transforms.actor_rules.context_country import STATE_BODIES
from transforms.actor_rules.vocab import (Candidate, NER_ORG, NER_PERSON, NER_PLACE, TITLE_WORDS,
                                          is_glued)
from transforms.countries import ADJECTIVE_INDEX, country_for, norm
from transforms.gazetteer import english_place_name, place_country
from transforms.records import Actor

# Words that make a capitalised name a body's (with ner._BODY_WORDS and _SEAT_WORDS).
_HEADS = {norm(w) for w in """
Fund Bank Ministry Council Agency Institute Institut Company Corporation Group Forces Army
Party Commission Committee Office Authority Service Services Foundation Association Union
Federation Court Police Guard Navy Assembly Parliament Network Organisation Organization
Administration Force
Mission Command Centre Center Observatory University College School Hospital Academy
Directorate Secretariat Board Tribunal Bureau TV Radio Mining Holdings Airlines
Society Securities Helicopters Trust Trusts
Banque Ministère Conseil Agence Compagnie Groupe Armée Parti Comité Autorité Fondation
Fédération Cour Garde Assemblée Parlement Réseau Observatoire Université Hôpital
""".split()}
# Lowercase words inside a body's name ("Mission in Colombia", "Institut Pasteur du Cambodge").
_LINKS = {"of", "for", "and", "in", "on", "the", "de", "du", "des", "d'", "d’", "la", "le",
          "pour", "et", "'s", "’s", "'", "’"}  # "Farmers' Federation"
_EDGE_WORDS = {"the", "a", "an", "le", "la", "les", "l'", "l’"}


def _org_names(doc: Doc, lower_keys: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each ORG span spaCy gives, without the article or punctuation
    before it and the punctuation or link word ("of", "de"...) after it."""
    for ent in doc.ents:
        if ent.label_ not in NER_ORG:
            continue
        start, end = ent.start, ent.end
        while start < end and (lower_keys[start] in _EDGE_WORDS or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].is_punct or lower_keys[end - 1] in _LINKS):
            end -= 1
        yield start, end


def longer_bodies(doc: Doc, found: list[Candidate], lower_keys: list[str]) -> list[Candidate]:
    """`found` (dictionary matches) with a known body replaced by the longer capitalised
    body name spaCy's ORG span gives around it."""
    for start, end in _org_names(doc, lower_keys):
        ner_end = end
        # "the United Nations Verification Mission | in Colombia": the model stops at "in"
        if end + 1 < len(doc) and lower_keys[end] in {"in", "for", "of"} \
                and lower_keys[end - 1] in _HEADS:
            end = next((c.end for c in found if c.start == end + 1
                        and c.actor.actor_type == "COUNTRY"), end)
        if end - start < 2:
            continue
        inside = [c for c in found if start <= c.start and c.end <= end]
        bodies = [c for c in inside if c.actor.actor_type in ("ORGANIZATION", "GROUP")]
        others = [c for c in inside if c not in bodies]
        # one body, or a body and its branch with the same state ("People's Liberation
        # Army Southern Theater Command")
        if not bodies or len({c.actor.country_code for c in bodies}) != 1 \
                or len(bodies) > 1 and bodies[0].actor.country_code is None \
                or any(c.actor.actor_type not in ("COUNTRY", "LOCATION") for c in others) \
                or any(c.start < end and c.end > start and c not in inside for c in found):
            continue
        body = bodies[0]
        # "the Central Election Commission": a body every state has takes its state later,
        # under its longer name too ("Iraq's Federal Supreme Court", below)
        state_body = body.actor.name in STATE_BODIES
        if body.start == start and body.end == end or state_body and end != ner_end \
                or body.actor.name in {"Senate", "National Assembly"}:
            continue
        tokens = list(doc[start:end])
        rest = [t for t in tokens if not any(c.start <= t.i < c.end for c in bodies)]
        rest_words = [t for t in rest if t.lower_ not in _LINKS]
        if not rest_words and len(bodies) == 1 \
                or any(not t.text[:1].isupper() or not t.is_alpha for t in rest_words):
            continue
        # "la Commission de la CEDEAO": a French head over a known body is the body, its
        # French name never a canonical one
        if doc.lang_ == "fr" and len(rest_words) == 1 and norm(rest_words[0].text) in _HEADS:
            continue
        # "NATO Secretary General", "Chinese Foreign Ministry": titles and demonyms are no name;
        # a ministry's field opening a bank's or a court's name is the name's ("Trade Bank of
        # Iraq": a known "Bank of Iraq" after it)
        if any(norm(t.text) in ADJECTIVE_INDEX or norm(t.text) in TITLE_WORDS
               and not _field_before_a_head(t, body, lower_keys) for t in rest_words):
            continue
        if not any(norm(t.text) in _HEADS for t in tokens) or is_glued(doc[start:end].text) \
                or any(t.is_space or "\n" in t.text for t in tokens):
            continue
        code = body.actor.country_code
        if code or norm(tokens[-1].text) == "society" or any(
                norm(t.text) == "society" for t in rest_words):
            # "the Red Crescent Society of Tajikistan": a national society of a movement
            state = next((c.actor.country_code for c in others
                          if c.actor.actor_type == "COUNTRY" and c.start > body.start), None)
            code = state or code
        if state_body:
            code = next((c.actor.country_code for c in others
                         if c.actor.actor_type == "COUNTRY"), None)
        span = doc[start:end]
        found = [c for c in found if c not in inside]
        # with no state in its name, the story's gives it one (context_country reads "ner")
        found.append(Candidate(Actor(span.text, "ORGANIZATION", code), start, end,
                               span.start_char, span.end_char, span.text,
                               "ner" if state_body and code is None else "body"))
    return found


# Fields of ministers' offices that also open a bank's or a court's own name.
_FIELD_WORDS_OF_NAMES = {"trade", "commerce", "agriculture", "energy", "industry", "labour",
                         "labor", "finance", "housing", "development", "export", "investment"}
_NON_MINISTRY_HEADS = {"bank", "court", "fund", "corporation", "company", "authority"}


def _field_before_a_head(tok, body: Candidate, lower_keys: list[str]) -> bool:
    """"Trade Bank of Iraq", "Agriculture Development Bank": a field right before the known
    body, whose own name opens with a head that is no ministry (a ministry's field before
    it is an office's, "Foreign Ministry spokesman")."""
    return tok.i == body.start - 1 and lower_keys[tok.i] in _FIELD_WORDS_OF_NAMES \
        and lower_keys[body.start] in _NON_MINISTRY_HEADS


def longer_places(doc: Doc, found: list[Candidate], lower_keys: list[str]) -> list[Candidate]:
    """`found` with a known body or town replaced by the longer place the gazetteer knows
    and spaCy reads as one name around it: "Norte de Santander" (a Colombian department,
    not the Spanish bank Santander and a town Norte)."""
    for ent in doc.ents:
        if ent.label_ not in NER_ORG | NER_PLACE | NER_PERSON:
            continue  # "près de Santander de Quilichao" read as a person's name
        start, end = ent.start, ent.end
        while start < end and (lower_keys[start] in _EDGE_WORDS or doc[start].is_punct):
            start += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if end - start < 3 or not doc[start].text[:1].isupper() \
                or not doc[end - 1].text[:1].isupper():
            continue
        inside = [c for c in found if start <= c.start and c.end <= end]
        if not inside or any(c.actor.actor_type in ("COUNTRY", "PERSON") for c in inside) \
                or any(c.start == start and c.end == end for c in inside) \
                or any(c.start < end and c.end > start and c not in inside for c in found):
            continue
        span = doc[start:end]
        code = place_country(span.text)
        if code is None:
            continue
        found = [c for c in found if c not in inside]
        found.append(Candidate(Actor(english_place_name(span.text), "LOCATION", code), start, end,
                               span.start_char, span.end_char, span.text, "place"))
    return found


_PARTY_WORDS = {"Party", "Parti"}


def party_names(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    """"Asfura of the National Party led Nasralla of the Liberal Party": a capitalised name
    ending in "Party" that no other rule took (spaCy often runs it into the next words) is
    a party; its state comes from the article (context_country)."""
    out = []
    for k, tok in enumerate(doc):
        if tok.text not in _PARTY_WORDS or taken[k] or k == 0:
            continue
        start = k
        while start > 0 and k - start < 3 and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].is_alpha and not taken[start - 1] \
                and norm(doc[start - 1].text) not in TITLE_WORDS \
                and lower_keys[start - 1] not in _EDGE_WORDS and not doc[start - 1].is_sent_start:
            start -= 1
        if start == k or start == 0 \
                or lower_keys[start - 1] not in {"the", "of", "its", "his", "her"}:
            continue
        span = doc[start:k + 1]
        out.append(Candidate(Actor(span.text, "ORGANIZATION", None), start, k + 1,
                             span.start_char, span.end_char, span.text, "ner"))
    return out


def names_split_at_and(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    """"The Centre for Strategic Communication and | Combating Disinformation": spaCy ends
    one ORG span on "and" and starts another right after it; a body's long name was cut
    in two, not two bodies (those come as "X and Y", the "and" in neither)."""
    out = _tails_after_and(doc, lower_keys, taken)
    ents = list(doc.ents)
    for first, second in zip(ents, ents[1:]):
        if first.label_ not in NER_ORG or second.label_ not in NER_ORG:
            continue
        glued = first.end == second.start and lower_keys[first.end - 1] in {"and", "et", "&"} \
            and not _two_bodies(first, second, lower_keys)
        # "The Centre for Strategic Communication | and | Combating Disinformation": the
        # "and" between the spans coordinates inside the first one's "for"/"of" complement
        between = second.start == first.end + 1 and lower_keys[first.end] in {"and", "et"} \
            and any(lower_keys[k] in {"for", "of", "pour", "de", "du", "des"}
                    for k in range(first.start + 1, first.end)) \
            and not any(norm(t.text) in _HEADS for t in second)
        if not (glued or between):
            continue
        start, end = first.start, second.end
        while start < end and lower_keys[start] in _EDGE_WORDS:
            start += 1
        tokens = list(doc[start:end])
        if any(taken[start:end]) or len(tokens) > 10 \
                or not all(t.text[:1].isupper() or t.lower_ in _LINKS for t in tokens) \
                or not any(norm(t.text) in _HEADS for t in tokens):
            continue
        span = doc[start:end]
        out.append(Candidate(Actor(span.text, "ORGANIZATION", None), start, end,
                             span.start_char, span.end_char, span.text, "ner"))
    return out


def _tails_after_and(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    """"the Fire Service and | Civil Defence said": spaCy ends the ORG span on a body's
    head and leaves out the capitalised words "and" joins to it, which name no body,
    person or place of their own (no entity, no head word): one body's long name."""
    out = []
    for ent in doc.ents:
        end = ent.end
        if ent.label_ not in NER_ORG or end + 2 >= len(doc) or lower_keys[end] != "and" \
                or norm(doc[end - 1].text) not in _HEADS:
            continue
        tail = end + 1
        while tail < len(doc) and tail - end <= 3 and doc[tail].text[:1].isupper() \
                and doc[tail].is_alpha and not doc[tail].ent_type_ and not taken[tail]:
            tail += 1
        if tail - end < 2 or tail - end > 3 or norm(doc[tail - 1].text) in _HEADS \
                or tail < len(doc) and (doc[tail].text[:1].isupper() or doc[tail].ent_type_
                                        or lower_keys[tail] in {"of", "for", "'s", "’s"}) \
                or any(norm(doc[k].text) in ADJECTIVE_INDEX for k in range(end + 1, tail)):
            continue
        start = ent.start
        while start < end and lower_keys[start] in _EDGE_WORDS:
            start += 1
        if any(taken[start:tail]) or not all(t.text[:1].isupper() or t.lower_ in _LINKS
                                              for t in doc[start:tail]):
            continue
        span = doc[start:tail]
        if "\n" in span.text or is_glued(span.text):
            continue
        out.append(Candidate(Actor(span.text, "ORGANIZATION", None), start, tail,
                             span.start_char, span.end_char, span.text, "ner"))
    return out


def trades_joined_by_and(doc: Doc, lower_keys: list[str]) -> list[Candidate]:
    """"The Pakistan Cotton Ginners and | Exporters Association": a body's name that joins
    two trades with "and" (capitalised plural agent nouns), which spaCy cuts at the "and",
    reading the start as another body or nothing. The whole name runs from the
    capitalised words before the first trade to the second span's head word."""
    out = []
    for ent in doc.ents:
        k = ent.start
        if ent.label_ not in NER_ORG or k < 3 or not _trade_noun(doc[k]) \
                or norm(doc[ent.end - 1].text) not in _HEADS \
                or lower_keys[k - 1] not in {"and", "&"} or not _trade_noun(doc[k - 2]):
            continue
        start = k - 2
        while start > 0 and k - start < 8 and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].is_alpha and lower_keys[start - 1] not in _EDGE_WORDS \
                and not doc[start - 1].is_sent_start:
            start -= 1
        span = doc[start:ent.end]
        if "\n" in span.text or is_glued(span.text):
            continue
        code = next((code for t in span if (code := country_for(t.text))), None)
        out.append(Candidate(Actor(span.text, "ORGANIZATION", code), start, ent.end,
                             span.start_char, span.end_char, span.text,
                             "body" if code else "ner"))
    return out


def _trade_noun(tok) -> bool:
    """A capitalised plural agent noun naming a trade: "Manufacturers", "Exporters"."""
    return tok.text[:1].isupper() and tok.is_alpha and tok.text.endswith(("ers", "ors"))


def _two_bodies(first, second, lower_keys: list[str]) -> bool:
    """"The traders, Gulfstar Energy Trading and | Caspian Maritime Services": the second
    span ends in a body's head word of its own and the first holds no "for"/"of" the "and"
    could continue, so the spans name two bodies, as "X and Y" does."""
    return norm(second[-1].text) in _HEADS and not any(
        lower_keys[k] in {"for", "of", "pour", "de", "du", "des"}
        for k in range(first.start + 1, first.end))


# Public agencies named by their field and their country: "Statistics Canada", "Health New
# Zealand", "Transport Canada", "Sport England", "Immigration New Zealand".
_FIELD_WORDS = {"health", "statistics", "stats", "transport", "sport", "elections", "tourism",
                "heritage", "immigration"}


def field_and_country_bodies(doc: Doc, found: list[Candidate],
                             lower_keys: list[str]) -> list[Candidate]:
    """A capitalised field word right before a country the dictionary found is one public
    agency of that country ("the public health agency, Health New Zealand, has offered")."""
    out = []
    for c in found:
        k = c.start - 1
        if c.actor.actor_type != "COUNTRY" or k < 0 or lower_keys[k] not in _FIELD_WORDS \
                or not doc[k].text.istitle() or not doc[c.start].text[:1].isupper():
            continue
        if c.end < len(doc) and doc[c.end].text[:1].isupper() and doc[c.end].is_alpha:
            continue  # "Health Canada Minister", "Statistics Korea Data": a longer name
        span = doc[k:c.end]
        out.append(Candidate(Actor(span.text, "ORGANIZATION", c.actor.country_code), k, c.end,
                             span.start_char, span.end_char, span.text, "ner"))
    return out


def national_branches(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """A known body followed right away by a country is its branch in that country, a body
    of its own: "Amnesty International Kenya called on parliament", "Airtel Kenya said",
    "Orange Mali a annoncé". Not when the pair qualifies a noun after it ("the IMF Ukraine
    programme", "an EU Turkey deal"): the phrase must end there."""
    by_start = {c.start: c for c in found}
    out = []
    for body in found:
        country = by_start.get(body.end)
        if body.actor.actor_type != "ORGANIZATION" or body.source != "dict" \
                or country is None or country.actor.actor_type != "COUNTRY" \
                or country.source != "dict" or not doc[body.end].text[:1].isupper() \
                or not doc[body.end - 1].whitespace_ or doc[body.start:country.end].text.count(" ") > 6:
            continue
        after = doc[country.end] if country.end < len(doc) else None
        if after is not None and (after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
                                  or after.text[:1].isupper() and after.is_alpha):
            continue
        span = doc[body.start:country.end]
        out.append(Candidate(Actor(span.text, "ORGANIZATION", country.actor.country_code),
                             body.start, country.end, span.start_char, span.end_char, span.text,
                             "body"))
    return out


def country_named_bodies(doc: Doc, found: list[Candidate], lower_keys: list[str]) -> list[Candidate]:
    """A body whose name opens with its state's name, which the dictionary read as the
    country alone: "the U.S. Development Finance Corporation's offer", "Congo River Alliance".
    spaCy's ORG span runs over the whole name; when the words after the country end in a
    body's head word (Corporation, Alliance, Authority...; "Survey" is none), the span is one
    body of that country, whatever office words it holds ("Development Finance")."""
    by_start = {c.start: c for c in found}
    out = []
    spans = list(_org_names(doc, lower_keys))
    spans += [span for span in _runs_after_countries(doc, found, lower_keys)
              if not any(a <= span[0] < b for a, b in spans)]
    for start, end in spans:
        royal = start + 1 < len(doc) and doc[start].text == "Royal" and start + 1 in by_start
        country = by_start.get(start + 1 if royal else start)
        if country is None or country.actor.actor_type != "COUNTRY" or country.source != "dict" \
                or end - country.end < 2 or end - start > 8:
            continue
        rest = list(doc[country.end:end])
        if any(c.start < end and c.end > country.end for c in found if c is not country) \
                or not all(t.text[:1].isupper() or t.lower_ in _LINKS for t in rest) \
                or is_glued(doc[start:end].text):
            continue
        field = next((k for k, t in enumerate(rest) if t.lower_ in {"of", "for"}), None)
        head = rest[field - 1] if field else rest[-1]
        if field == 0 or norm(head.text) not in _HEADS:
            continue
        span = doc[start:end]
        out.append(Candidate(Actor(span.text, "ORGANIZATION", country.actor.country_code),
                             start, end, span.start_char, span.end_char, span.text, "body"))
    return out


def _runs_after_countries(doc: Doc, found: list[Candidate],
                          lower_keys: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of the capitalised name a country the dictionary found opens, where
    spaCy gives no ORG span: "the Solomon Islands Maritime Safety Administration", "la Nepal
    Electricity Authority", "the Royal Solomon Islands Police Force". The caller checks
    that it ends in a body's head word; tagger nouns in Title Case (a headline) are none."""
    for c in found:
        if c.actor.actor_type != "COUNTRY" or c.source != "dict" \
                or not doc[c.start].text[:1].isupper():
            continue
        start = c.start - 1 if c.start > 0 and doc[c.start - 1].text == "Royal" else c.start
        end = c.end
        while end < len(doc) and end - c.end < 5 and doc[end].text[:1].isupper() \
                and doc[end].is_alpha and doc[end].pos_ == "PROPN" \
                and norm(doc[end].text) not in TITLE_WORDS:
            end += 1
        if end - c.end >= 2 and not (end < len(doc) and doc[end].text[:1].isupper()):
            yield start, end


# Particles inside Spanish and Portuguese names ("San Juan de Lurigancho", "Junta de
# Andalucía", "Foz do Iguaçu"); "la", "los", "las" only right after one ("Clan del Golfo",
# "Cartel de los Soles").
_PARTICLES = {"de", "del", "da", "do", "dos", "das"}
_PARTICLE_ARTICLES = {"la", "las", "los"}


def particle_names(doc: Doc, lower_keys: list[str]) -> list[Candidate]:
    """An English text's ORG or place span that is capitalised words joined by a Spanish
    or Portuguese particle: the whole name, not the town or region in it ("San Juan de
    Lurigancho" is a Lima district, not San Juan in Argentina; "Junta de Andalucía" is the
    regional government, not Andalucía). English has no such particle, so it is a foreign
    name read whole. Its country: a known place named so, else for a body the place after
    the particle, else the article's (context_country)."""
    if doc.lang_ != "en":
        return []
    out = []
    for ent in doc.ents:
        if ent.label_ not in NER_ORG | NER_PLACE:
            continue
        start, end = ent.start, ent.end
        while start < end and (lower_keys[start] in _EDGE_WORDS or doc[start].is_punct):
            start += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if end - start < 3 or not _particle_joined(doc, start, end, lower_keys):
            continue
        span = doc[start:end]
        if is_glued(span.text) or "\n" in span.text:
            continue
        if ent.label_ in NER_ORG and not place_country(span.text):
            tail = next(k for k in range(end - 1, start, -1) if lower_keys[k] in _PARTICLES)
            tail_text = doc[tail + 1:end].text
            actor = Actor(span.text, "ORGANIZATION",
                          country_for(tail_text) or place_country(tail_text))
        else:
            actor = Actor(english_place_name(span.text), "LOCATION", place_country(span.text))
        # with no country of its own, the story's gives it one (context_country reads "ner")
        out.append(Candidate(actor, start, end, span.start_char, span.end_char, span.text,
                             "place" if actor.country_code else "ner"))
    return out


def _particle_joined(doc: Doc, start: int, end: int, lower_keys: list[str]) -> bool:
    tokens = doc[start:end]
    if not tokens[0].text[:1].isupper() or not tokens[-1].text[:1].isupper() \
            or not any(lower_keys[k] in _PARTICLES for k in range(start + 1, end - 1)):
        return False
    for k in range(start, end):
        word = doc[k].text
        if lower_keys[k] in _PARTICLES:
            continue
        if lower_keys[k] in _PARTICLE_ARTICLES and lower_keys[k - 1] in _PARTICLES:
            continue
        if not (word[:1].isupper() and word.replace("-", "").isalpha()) \
                or norm(word) in TITLE_WORDS:
            return False
    return True
