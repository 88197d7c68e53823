"""National Red Cross and Red Crescent societies.

The press names the movement's bodies by the bare emblem: alone it is the ICRC (the
organisations.json alias), but a country next to it names that country's national
society, another actor with its own country ("la Croix-Rouge thaïlandaise", "the
Turkish Red Crescent"). dictionary._resolve asks here before keeping the ICRC.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from transforms.countries import (ADJECTIVE_INDEX, COUNTRY_RECORDS, NAME_INDEX, country_name,
                                  norm)
from transforms.records import Actor

# The bare emblem of the movement: with a country it names that country's national
# society, another actor than the ICRC ("la Croix-Rouge thaïlandaise", "the Turkish Red
# Crescent", "le Croissant-Rouge du Soudan").
MOVEMENT_EMBLEMS = {"croix-rouge": "Red Cross", "croix rouge": "Red Cross",
                    "red cross": "Red Cross", "croissant-rouge": "Red Crescent",
                    "croissant rouge": "Red Crescent", "red crescent": "Red Crescent"}
# English adjectives the societies' own names use where the data's first differs.
_SOCIETY_ADJECTIVES = {"PHL": "Philippine", "PSE": "Palestinian", "GBR": "British",
                       "USA": "American", "SYR": "Syrian Arab"}
# Societies whose own name takes the country, not its demonym ("Kenya Red Cross
# Society", "Vietnam Red Cross", "Bangladesh Red Crescent", "Emirates Red Crescent").
_SOCIETY_ADJECTIVES.update({code: country for country, code in (
    ("Kenya", "KEN"), ("Vietnam", "VNM"), ("Uganda", "UGA"), ("Tanzania", "TZA"),
    ("Nepal", "NPL"), ("Sri Lanka", "LKA"), ("Myanmar", "MMR"), ("Bangladesh", "BGD"),
    ("Pakistan", "PAK"), ("Jordan", "JOR"), ("Yemen", "YEM"), ("Qatar", "QAT"),
    ("Zimbabwe", "ZWE"), ("Malawi", "MWI"), ("Mozambique", "MOZ"), ("Cameroon", "CMR"),
    ("Rwanda", "RWA"), ("Burundi", "BDI"), ("Mali", "MLI"), ("South Sudan", "SSD"),
    ("Zambia", "ZMB"), ("Ghana", "GHA"), ("Sierra Leone", "SLE"), ("Namibia", "NAM"),
    ("Botswana", "BWA"), ("Emirates", "ARE"))})


def national_society(doc: Doc, start: int, end: int) -> Actor | None:
    """The national society a bare emblem names, when a demonym or a country follows it
    in French or a demonym or a country precedes it in English; else None."""
    code = None
    if end < len(doc) and doc[end].text[:1].islower():
        code = ADJECTIVE_INDEX.get(norm(doc[end].text))  # "Croix-Rouge thaïlandaise"
    if code is None and end + 1 < len(doc) and doc[end].lower_ in {"de", "du", "d'"}:
        k = end + 2 if doc[end + 1].lower_ in {"la", "l'"} else end + 1
        code = NAME_INDEX.get(norm(doc[k].text)) if k < len(doc) else None
    if code is None and start > 0 and doc[start - 1].text[:1].isupper():
        prev = norm(doc[start - 1].text)  # "Thai Red Cross", "Palestine Red Crescent"
        code = ADJECTIVE_INDEX.get(prev) or NAME_INDEX.get(prev)
    if code is None:
        return None
    emblem = MOVEMENT_EMBLEMS[norm(doc[start:end].text)]
    return Actor(f"{_english_adjective(code)} {emblem}", "ORGANIZATION", code)


def _english_adjective(code: str) -> str:
    if code in _SOCIETY_ADJECTIVES:
        return _SOCIETY_ADJECTIVES[code]
    english = sorted(a for a in _ENGLISH_ADJECTIVES.get(code, ()) if a[:1].isupper())
    return english[0] if english else country_name(code)


_ENGLISH_ADJECTIVES = {c["code"]: c["adjectives"] for c in COUNTRY_RECORDS}


def bare_emblems(chosen: list) -> list:
    """"La Croix-Rouge a lancé un appel" after "la Croix-Rouge canadienne": a bare emblem
    the dictionary read as the ICRC is the one national society of that emblem the article
    names, not a second actor."""
    societies = {}
    for cand in chosen:
        name = cand.actor.name
        for emblem in ("Red Cross", "Red Crescent"):
            if name.endswith(" " + emblem) and cand.actor.country_code:
                societies.setdefault(emblem, set()).add(cand.actor)
    if not societies:
        return chosen
    out = []
    for cand in chosen:
        emblem = MOVEMENT_EMBLEMS.get(norm(cand.text))
        found = societies.get(emblem, set())
        if emblem and len(found) == 1 and cand.actor.country_code is None:
            cand = replace(cand, actor=next(iter(found)))
        out.append(cand)
    return out
