"""Portfolio words of an office's title: "Jobs Minister Patty Hajdu", "the Economy Ministry
said", "le ministre de l'Économie", "le ministère de la Santé".

The word names who speaks, not what the story tells: a tariff story quoting the Economy
Ministry is no economy story, a rail strike the Jobs Minister tries to end no jobs story.
The taxonomy already lists the titles it knows as weak terms ("economy minister", "ministre
de l'Économie", "health minister"); copy writes many more ("Jobs Minister", "Economy
Ministry", "ministère de l'Économie"), so transforms/themes.py reads the title on the parse:
a theme term whose first word hangs on a minister or ministry noun (English compound, French
"de" complement), and which does not take that noun in, counts as a weak (weight 1) word.

Readable sets (s29b), themes 1264/128/129 -> 1264/126/129: 2 wrong ECONOMY dropped (a rail
strike's "Jobs Minister", a trade story's "the finance ministry said"), no annotated theme
lost; dropping such words altogether instead: 3 wrong dropped (one a French "ministère des
Armées"-type MILITARY), measured on an approximate matcher, not kept.
"""
from __future__ import annotations

from spacy.tokens import Doc

# The nouns of an office whose complement is its portfolio (lemmas, lowercased).
OFFICES = {"en": frozenset({"minister", "ministry", "secretary", "department"}),
           "fr": frozenset({"ministre", "ministère", "secrétaire", "département"})}
# How the portfolio word hangs on the office noun.
_PORTFOLIO_LABELS = {"en": frozenset({"compound"}), "fr": frozenset({"nmod"})}
TITLE_WEIGHT = 1


def portfolio_tokens(doc: Doc, lang: str) -> dict[int, int]:
    """Index of each portfolio word of ``doc`` -> index of the office noun it hangs on."""
    offices, labels = OFFICES.get(lang, frozenset()), _PORTFOLIO_LABELS.get(lang, frozenset())
    found: dict[int, int] = {}
    for token in doc:
        if token.dep_ in labels and token.head.i != token.i \
                and token.head.lemma_.lower() in offices:
            found[token.i] = token.head.i
    return found
