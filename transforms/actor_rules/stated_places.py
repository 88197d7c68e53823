"""A place whose state the text says right beside it is that state's: "in Vardo, northern
Norway", "near the village of Broadview in southeastern Saskatchewan", "the Libyan town of
Qatrun", "à Kilpisjärvi, dans le nord de la Finlande", "la ville libyenne de Qatrun".

Small towns share their names with places elsewhere, and the gazetteer gives a name the
most populous one's country; wire copy places a small town for its readers with the
state's name and a compass word after it, a demonym and a place noun or the state's
possessive before it ("Australia's Victoria"). That
stated state outranks the gazetteer, for every mention of the place in the article.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from transforms.actor_rules.vocab import Candidate
from transforms.countries import ADJECTIVE_INDEX, NAME_INDEX, norm
from transforms.gazetteer import place_country

_COMPASS_EN = {norm(w) for w in """
northern southern eastern western central northeastern northwestern southeastern
southwestern north-eastern north-western south-eastern south-western far-northern
far-eastern far-western far-southern
""".split()}
_COMPASS_FR = {norm(w) for w in """
nord sud est ouest centre nord-est nord-ouest sud-est sud-ouest extreme-nord extreme-sud
""".split()}
_PLACE_NOUNS_EN = {"town", "village", "city", "port", "island", "region", "province",
                   "district", "border town", "port city", "oasis", "hamlet"}
_PLACE_NOUNS_FR = {"ville", "village", "localite", "port", "ile", "region", "province",
                   "district", "bourgade", "oasis", "commune", "cite"}
_FR_OF = {"de", "du", "des", "d'", "de la", "de l'"}
_LIST_WORDS = {"and", "or", "et", "ou"}


def _state_at(doc: Doc, k: int, regions: bool) -> tuple[str | None, int]:
    """(code, end) of a capitalised state name starting at doc[k] ("Norway", "the
    Democratic Republic of Congo"), or of a region with a country when `regions`."""
    if k < len(doc) and doc[k].lower_ in {"the", "la", "le", "l'"}:
        k += 1
    if k >= len(doc) or not doc[k].text[:1].isupper():
        return None, k
    for width in (4, 3, 2, 1):
        if k + width > len(doc):
            continue
        span = doc[k:k + width]
        code = NAME_INDEX.get(norm(span.text))
        if not code and regions and width <= 2 and all(t.is_alpha or t.text == "-" for t in span):
            code = place_country(span.text)
        if code:
            return code, k + width
    return None, k


def _compass_end(doc: Doc, k: int) -> int:
    """Past an English compass word at doc[k] ("northern", "north-eastern" as the models
    split it), or `k`."""
    if k < len(doc) and norm(doc[k].text) in _COMPASS_EN:
        return k + 1
    if k + 2 < len(doc) and doc[k + 1].text == "-" \
            and norm(doc[k].text + "-" + doc[k + 2].text) in _COMPASS_EN:
        return k + 3
    return k


def _french_compass_end(doc: Doc, k: int) -> int:
    """Past "dans le nord de la", "dans l'est du" at doc[k], or `k`."""
    if k + 2 >= len(doc) or doc[k].lower_ != "dans" or doc[k + 1].lower_ not in {"le", "l'", "l’"}:
        return k
    j = k + 2
    if norm(doc[j].text) in _COMPASS_FR:
        j += 1
    elif j + 2 < len(doc) and doc[j + 1].text == "-" \
            and norm(doc[j].text + "-" + doc[j + 2].text) in _COMPASS_FR:
        j += 3
    else:
        return k
    if j < len(doc) and norm(doc[j].text) in {"de", "du", "d'", "des"}:
        j += 1
        if j < len(doc) and doc[j].lower_ in {"la", "l'", "l’"}:
            j += 1
        return j
    return k


def _stated_after(doc: Doc, end: int, marks: set[int]) -> str | None:
    """", northern Norway", " in southeastern Saskatchewan", ", dans le nord de la Norvège"."""
    if end >= len(doc):
        return None
    k = end
    comma = doc[k].text == ","
    if comma or doc[k].lower_ == "in":
        k += 1
    french = _french_compass_end(doc, k)
    if french > k:
        return _stated_state(doc, french, marks)
    compass = _compass_end(doc, k)
    if compass == k:
        if not comma:
            return None
        # ", Norway" with no compass word: a state set off as an apposition, never a list
        # ("Lyon, Germany and Spain") nor a clause's subject ("In Gaza, Israel struck")
        code, after = _state_at(doc, k, regions=False)
        if code is None or after < len(doc) and (
                doc[after].text not in {",", ".", ")", ";", ":"} or doc[after].text == ","
                and after + 1 < len(doc) and (doc[after + 1].lower_ in _LIST_WORDS
                                              or doc[after + 1].text[:1].isupper())):
            return None
        return code
    return _stated_state(doc, compass, marks)


def _stated_state(doc: Doc, k: int, marks: set[int]) -> str | None:
    """The state or region named at doc[k] after a compass word; a region's mention is
    marked (its end in `marks`) to keep its own country, which the context may have taken
    for a namesake's."""
    code, end = _state_at(doc, k, regions=True)
    if code:
        marks.add(end)
    return code


def _possessed_by_a_state(doc: Doc, start: int, countries: dict[int, Candidate]) -> str | None:
    """"Australia's Victoria", "South Korea's Geoje": the state owning the place, as the
    article's country mention ending before the possessive resolved it ("Congo's Kasai")."""
    if doc.lang_ != "en" or start < 2 or doc[start - 1].text not in {"'s", "’s", "'", "’"}:
        return None
    state = countries.get(start - 1)
    return state.actor.country_code if state else None


def _stated_before(doc: Doc, start: int) -> str | None:
    """"the Libyan town of Qatrun", "la ville libyenne de Qatrun"."""
    if start < 3 or norm(doc[start - 1].text) not in {"of", "de", "d'"}:
        return None
    noun, before = norm(doc[start - 2].text), doc[start - 3]
    if doc.lang_ == "en":
        if noun in _PLACE_NOUNS_EN and before.text[:1].isupper():
            return ADJECTIVE_INDEX.get(norm(before.text))
        return None
    if norm(before.text) in _PLACE_NOUNS_FR and doc[start - 2].text.islower():
        return ADJECTIVE_INDEX.get(noun)
    return None


def stated_place_countries(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with each town or region the text places in a state given that state."""
    stated: dict[str, str] = {}
    regions: set[int] = set()
    countries = {c.end: c for c in chosen if c.actor.actor_type == "COUNTRY"}
    for cand in chosen:
        if cand.actor.actor_type != "LOCATION" or cand.source not in ("place", "ner"):
            continue
        code = _possessed_by_a_state(doc, cand.start, countries) \
            or _stated_before(doc, cand.start) or _stated_after(doc, cand.end, regions)
        if code and code != cand.actor.country_code:
            stated.setdefault(cand.actor.name, code)
    for cand in chosen:  # "Saskatchewan" in "in southeastern Saskatchewan" is Canada's
        if cand.end in regions and cand.actor.actor_type == "LOCATION" \
                and cand.source in ("place", "ner"):
            code = place_country(cand.text)
            if code and code != cand.actor.country_code:
                stated.setdefault(cand.actor.name, code)
    if not stated:
        return chosen
    return [replace(c, actor=replace(c.actor, country_code=stated[c.actor.name]))
            if c.actor.actor_type == "LOCATION" and c.actor.name in stated else c
            for c in chosen]
