"""Forces of several states drilling or patrolling together, told with words between "joint"
and the drill: "held joint air drills over the Yellow Sea", "plan joint air-defence exercises
with Poland", "a joint naval and air patrol", read on the parse.

The taxonomy's SECURITY_COOPERATION phrases ("joint drills", "joint naval exercises", "joint
patrol") are matched as written, word after word; English copy puts the arm or the kind of
drill between the two ("joint anti-submarine exercises", "joint maritime patrols"), and then
only the weak "joint" and MILITARY's "drills" were read. The drill noun that "joint" (or
"combined") qualifies is the strong hit the phrase is, whatever stands between them.

French puts the adjective after the noun ("exercices militaires conjoints"), which the
matcher's adjective gap reads already (transforms/themes.py): English only.
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.theme_terms import fold

THEME = "SECURITY_COOPERATION"
TERM = {"en": "joint exercise"}
WEIGHT = 3
# The qualifiers of a drill held by several forces.
_JOINT = frozenset({"joint", "combined"})
# Lemmas (folded) of drills and patrols: what forces of two states do together. Not
# "operation" (a joint police operation against a gang is any force's work at home) nor
# "training" (a joint training ground, a joint training budget).
_DRILLS = frozenset({"exercise", "drill", "patrol", "manoeuvre", "maneuver", "wargame",
                     "sail", "sailing"})
# Words (the arms, the kinds of drill) a drill noun may stand behind "joint".
_MODIFIER_STEPS = 3


def joint_drills(doc: Doc, lang: str) -> list[tuple[int, int]]:
    """(the "joint" token, its drill noun) for each drill held jointly in ``doc``; the caller
    leaves out those the taxonomy's phrase matched as written ("joint patrol")."""
    if lang != "en":
        return []
    found = []
    for token in doc:
        if fold(token.lower_) not in _JOINT or token.dep_ not in ("amod", "compound"):
            continue
        head = token.head
        # "joint air drills" is read "joint air" + "drills" as often: up the modifiers.
        for _ in range(_MODIFIER_STEPS):
            if head.dep_ not in ("amod", "compound", "conj") or head.head.i <= head.i:
                break
            head = head.head
        if head.i > token.i and head.pos_ == "NOUN" and fold(head.lemma_ or head.text) in _DRILLS:
            found.append((token.i, head.i))
    return found
