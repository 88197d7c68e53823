"""The United Nations written inside the name of one of its bodies is no actor of its own.

"United Nations Security Council resolutions", "the United Nations Committee Against
Torture", "la Force intérimaire des Nations unies au Liban (Finul)", "le Haut-Commissariat
de l'ONU pour les réfugiés (HCR)": the body is the actor (annotators list it alone), but
the dictionary also reads "United Nations"/"Nations unies"/"ONU" in its words, and the body
itself is often found by another way (its acronym, the rest of its name). A UN mention
anywhere else in the article ("the UN said", "le secrétaire général de l'ONU, X") stays.
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.actor_rules.vocab import TITLE_WORDS, Candidate
from transforms.countries import norm

_UN = "United Nations"
# French words that tie a body's head noun to "des Nations unies" / "de l'ONU".
_FRENCH_OF = {"des", "de", "du", "l'", "l’", "la"}
_MAX_ADJECTIVES = 3  # "la Force intérimaire des Nations unies", "Programme alimentaire mondial"


def without_un_inside_bodies(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` without the UN mentions that sit inside a UN body's name."""
    return [c for c in chosen if not (c.actor.name == _UN and (
        _before_a_body(c, chosen) or _after_a_french_head(doc, c, chosen)))]


def _before_a_body(un: Candidate, chosen: list[Candidate]) -> bool:
    """English: the words right after "United Nations" are a body with no country
    ("United Nations | Security Council", "United Nations | Committee Against Torture")."""
    return any(c.start == un.end and c.actor.actor_type == "ORGANIZATION"
               and c.actor.country_code is None and c.actor.name != _UN for c in chosen)


def _after_a_french_head(doc: Doc, un: Candidate, chosen: list[Candidate]) -> bool:
    """French: "<Capitalised head> [adjectives] des Nations unies / de l'ONU": a body's
    name ("la Mission des Nations unies en Centrafrique"), not "le départ des Nations unies"
    nor "le secrétaire général de l'ONU" (an office, which names the UN)."""
    if doc.lang_ != "fr":
        return False
    k = un.start - 1
    seen_of = False
    while k >= 0 and doc[k].lower_ in _FRENCH_OF:
        k -= 1
        seen_of = True
    if not seen_of:
        return False
    for _ in range(_MAX_ADJECTIVES + 1):
        if k < 0:
            return False
        tok = doc[k]
        if tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text):
            # "Selon l'ONU" opens a sentence; "le Haut-Commissaire de l'ONU, X" is an office,
            # which names the UN (eval/README.md: organisations named in a title)
            # "Les ODD de l'ONU": an acronym there is a term or another body, not the head
            return not tok.is_sent_start and tok.pos_ in ("NOUN", "PROPN") \
                and tok.text[1:2].islower() \
                and not any(norm(part) in TITLE_WORDS for part in tok.text.split("-")) \
                and not any(c.start <= k < c.end and c.actor.actor_type in
                            ("COUNTRY", "LOCATION", "PERSON") for c in chosen)
        if k >= 2 and doc[k - 1].text == "-":
            k -= 2  # "Convention-cadre" cut at its hyphen: the head is before it
            continue
        if not (tok.text.islower() and tok.pos_ == "ADJ"):
            return False
        k -= 1
    return False
