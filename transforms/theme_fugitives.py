"""Flight from the law or from power: no displacement (English).

MIGRATION counts people who flee ("thousands of families fled into the bush", "those who fled
the war"). Copy also says "fled" of those who run from a crime scene, a court or a lost throne:
"the attackers fled south", "the gunmen fled on motorbikes", "the vessel fled toward
international waters", "a fourth man fled back into Syria", "after Assad fled to Moscow". These
are a crime's or a regime's story; a reader does not count them among the displaced. Read on the
parse: a flee word whose subject is a perpetrator, a craft or a ruler (FUGITIVES), or a person
named by name (a PERSON entity, the subject itself: "Assad fled"), tells no MIGRATION. Civilians
who fled, named in a profile through a relative clause ("Saodat Karimova, 46, who fled with her
three children"), still do.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

THEME = "MIGRATION"
FLEE = frozenset({"flee", "fled", "fleeing", "flees"})
# Who flees the law or a lost power (lemmas, lowercased).
FUGITIVES = frozenset({"attacker", "gunman", "gunmen", "assailant", "suspect", "robber", "thief",
                       "killer", "kidnapper", "culprit", "perpetrator", "smuggler", "driver",
                       "vessel", "ship", "boat", "trawler", "president", "dictator", "ruler",
                       "king", "strongman"})


def _fugitive(subject: Token) -> bool:
    if subject.lemma_.lower() in FUGITIVES or subject.lower_ in FUGITIVES:
        return True
    return subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN"


def fugitive_flights(doc: Doc, lang: str) -> set[int]:
    """Doc indices of the flee words of ``doc`` whose subject flees the law or a lost power."""
    if lang != "en":
        return set()
    found = set()
    for token in doc:
        if token.lower_ not in FLEE and token.lemma_.lower() != "flee":
            continue
        subjects = [child for child in token.children if child.dep_ == "nsubj"]
        if token.dep_ == "conj" and not subjects:  # "opened fire ... and fled"
            subjects = [child for child in token.head.children if child.dep_ == "nsubj"]
        if subjects and all(_fugitive(subject) for subject in subjects):
            found.add(token.i)
    return found
