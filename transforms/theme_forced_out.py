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

from transforms.theme_terms import fold, infinitive_guesses, token_keys

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


# French copy puts the people between the verb and the homes too: "les crues ont chassé plus de
# 180 000 personnes de leurs maisons", "le conflit a chassé de chez elles 1,2 million de
# personnes", "a poussé hors de chez eux des centaines de milliers d'habitants". The small
# model's parse hangs the homes on the people as often as on the verb, so here the home phrase
# ("de" or "hors de", a possessive and a home; "de chez" and a pronoun) is read in a row, after
# a verb of forcing out a few words before it in the sentence. Where the taxonomy's phrase
# ("chasser de leur maison", "chasser de chez eux") was matched as written, it counted already.
FORCING_OUT_FR = frozenset({"chasser", "deloger", "pousser"})
_HOMES_FR = frozenset({"maison", "foyer", "village", "terre", "domicile", "habitation",
                       "logement", "quartier"})
_POSSESSIVES_FR = frozenset({"leur", "leurs", "son", "sa", "ses"})
_PRONOUNS_FR = frozenset({"eux", "elles", "elle", "lui"})
# Words between the verb and the home phrase: the people and their number.
FORCED_OUT_GAP = 10
TERM = {"en": FORCED_OUT, "fr": "chasser de leur maison"}


def forced_out_tokens(doc: Doc, lang: str) -> list[int]:
    """Indices of the "de" of French home phrases driven out of by a verb of forcing out."""
    if lang != "fr":
        return []
    found = []
    for token in doc:
        if fold(token.text) != "de" or token.i + 2 >= len(doc):
            continue
        second, third = fold(doc[token.i + 1].text), fold(doc[token.i + 2].text)
        home = third.rstrip("sx") if third.endswith(("s", "x")) else third
        if not ((second in _POSSESSIVES_FR and home in _HOMES_FR)
                or (second == "chez" and third in _PRONOUNS_FR)):
            continue
        start = max(token.sent.start, token.i - FORCED_OUT_GAP)
        for before in range(token.i - 1, start - 1, -1):
            word = doc[before]
            if word.is_punct and word.text != ",":
                break
            keys = set(token_keys(word.text, word.lemma_, lang)) | set(
                infinitive_guesses(fold(word.text)))
            if keys & FORCING_OUT_FR:
                found.append(token.i)
                break
    return found
