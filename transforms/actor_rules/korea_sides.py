"""English copy about the Korean peninsula names each state by its side: "the North had no
interest in talks", "dialogue with the North", "the South's military". In an article that
names a Korea, "the North" is North Korea and "the South" South Korea, as countries.

Left to NER, "North" became a place with South Korea's code (the context's country): an
actor with the wrong country, and events against "North" rather than Pyongyang.
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.actor_rules.vocab import Candidate
from transforms.records import Actor

_SIDES = {"North": Actor("North Korea", "COUNTRY", "PRK"),
          "South": Actor("South Korea", "COUNTRY", "KOR")}
_KOREAS = {"PRK", "KOR"}


def korea_sides(doc: Doc, taken: list[bool], chosen: list[Candidate]) -> list[Candidate]:
    """"the North" / "the South" as the two Koreas, when the article names one of them."""
    if not any(c.actor.country_code in _KOREAS for c in chosen):
        return []
    out = []
    for tok in doc:
        actor = _SIDES.get(tok.text)
        if actor is None or taken[tok.i] or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and (after.text[:1].isupper() or after.text == "-"
                                  or after.lower_ == "of"):
            continue  # "the North Atlantic", "the South China Sea", "the South of France"
        out.append(Candidate(actor, tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text),
                             tok.text, "dict"))
    return out
