"""The city a story is filed from is a place the story names ("REGINA, Saskatchewan
(Reuters) -", "MAIDUGURI, 3 juin (AFP) -"), even when no other rule reads it: set in
capitals, it looks like an acronym or a headline to them ("PATNA", "LIMOGES"), and some
city names are given names too ("REGINA"). Its country comes from the dateline's region
("Saskatchewan") when the rules before found it, else from the gazetteer; a city neither
knows is left to the context (source "ner")."""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.actor_rules.vocab import Candidate
from transforms.countries import country_for
from transforms.datelines import datelines
from transforms.gazetteer import english_place_name, place_country
from transforms.records import Actor

# Small words inside a city's name, lowercase in its usual spelling ("Mourmelon-le-Grand",
# "Dar es Salaam", "Rio de Janeiro").
_SMALL = {"le", "la", "les", "de", "du", "des", "sur", "en", "es", "el", "al", "di", "do", "da",
          "of", "the", "on", "upon", "et", "lès"}


def _spelled(text: str) -> str:
    """"DUESSELDORF" -> "Duesseldorf", "MOURMELON-LE-GRAND" -> "Mourmelon-le-Grand",
    "COX'S BAZAR" -> "Cox's Bazar"; a name not in capitals stays as written."""
    if not text.isupper():
        return text
    out, word_start = [], True
    for ch in text:
        if ch.isalpha():
            out.append(ch.upper() if word_start else ch.lower())
            word_start = False
        else:
            out.append(ch)
            word_start = ch in " -/"  # not after an apostrophe: "Cox's", "Nuku'alofa"
    words = "".join(out)
    parts = []
    for sep_word in words.replace("-", " - ").split(" "):
        parts.append(sep_word.lower() if sep_word.lower() in _SMALL and parts else sep_word)
    return " ".join(parts).replace(" - ", "-")


def dateline_cities(doc: Doc, taken: list[bool], chosen: list[Candidate]) -> list[Candidate]:
    """The city of each dateline no rule took, as a place."""
    out = []
    for line in datelines(doc):
        start, end = line.city
        if any(taken[start:end]) or any(doc[k].text == "/" for k in range(start, end)):
            continue  # "WASHINGTON/BISHKEK": two cities, each read on its own elsewhere
        span = doc[start:end]
        name = _spelled(span.text)
        code = None
        if line.region:
            a, b = line.region
            code = next((c.actor.country_code for c in chosen
                         if a <= c.start < b and c.actor.country_code), None)
        code = code or country_for(name) or place_country(name)
        out.append(Candidate(Actor(english_place_name(name), "LOCATION", code), start, end,
                             span.start_char, span.end_char, span.text,
                             "place" if code else "ner"))
    return out
