"""People forced out of their homes, told with the verb apart from the homes.

The taxonomy's strong MIGRATION phrases "forced from their homes", "driven from their homes"
need their words side by side, but copy puts the number of people between the verb and the
homes: "forcing more than 14,000 from their homes", "drove some 600,000 from their homes".
Alone, "from their homes" is a weak word ("stolen from their homes", "worked from their
homes"), so the displaced of a flood or a war told this way were no displacement term, and
the displaced rule of themes.py (MIGRATION beside HUMANITARIAN) missed them. Here the weak
phrase counts as the strong one when its "from" hangs, in spaCy's parse, on a verb of
forcing out.

Readable sets: the construction is in 8 English stories whose annotators tagged
HUMANITARIAN; 7 of them list MIGRATION too (the eighth already says "driven from their homes"
side by side).
"""
from __future__ import annotations

from spacy.tokens import Doc

# Lemmas of the verbs that force people out of the place the phrase names.
FORCING_OUT = {"en": frozenset({"force", "drive", "push", "chase", "uproot"})}
# The weak phrase (taxonomy, MIGRATION weight 1) and the strong one it stands for (weight 3).
PLACE_LEFT = "from their homes"
FORCED_OUT = "forced from their homes"
FORCED_OUT_WEIGHT = 3


def forced_out(doc: Doc, start: int, lang: str) -> bool:
    """Whether the phrase starting at ``start`` ("from their homes") is the place a verb of
    forcing out drives its object from: the "from" hangs on that verb."""
    verbs = FORCING_OUT.get(lang)
    if not verbs or start >= len(doc) or doc[start].lower_ != "from":
        return False
    head = doc[start].head
    return head.i < start and head.lemma_.lower() in verbs
