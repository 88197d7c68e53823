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

A body named as a person's affiliation works the same way (English): "Rafael Grossi, the
director general of the International Atomic Energy Agency", "the head of the UN nuclear
watchdog", "UNHCR spokesperson Olga Sarrado", "the refugee agency's chief". The name says who
the person is -- a candidate for UN secretary-general, an official quoted on something else --
not what the story tells: a theme term inside such a name, on the parse (the "of" complement,
the compound or the possessive of a title noun, when that name is a proper noun or a body's
noun), counts as a weak word. A story about the body's work tells it in its own words.
"""
from __future__ import annotations

from spacy.tokens import Doc

# The nouns of an office whose complement is its portfolio (lemmas, lowercased).
OFFICES = {"en": frozenset({"minister", "ministry", "secretary", "department"}),
           "fr": frozenset({"ministre", "ministère", "secrétaire", "département"})}
# How the portfolio word hangs on the office noun.
_PORTFOLIO_LABELS = {"en": frozenset({"compound"}), "fr": frozenset({"nmod"})}
TITLE_WEIGHT = 1
# Nouns of a person's post whose complement names the body they serve (lemmas, lowercased).
POSTS = {"en": frozenset({"head", "chief", "director", "general", "spokesman", "spokeswoman",
                          "spokesperson", "chairman", "chairwoman", "chair", "president",
                          "commissioner", "boss"})}
# Head nouns of a body's name (besides proper nouns): "the U.N. refugee agency", "the watchdog".
BODIES = {"en": frozenset({"agency", "watchdog", "organisation", "organization", "body", "office",
                           "commission", "programme", "program", "fund", "council", "authority",
                           "bureau", "institute"})}


def portfolio_tokens(doc: Doc, lang: str) -> dict[int, int]:
    """Index of each portfolio word of ``doc`` -> index of the office noun it hangs on."""
    offices, labels = OFFICES.get(lang, frozenset()), _PORTFOLIO_LABELS.get(lang, frozenset())
    found: dict[int, int] = {}
    for token in doc:
        if token.dep_ in labels and token.head.i != token.i \
                and token.head.lemma_.lower() in offices:
            found[token.i] = token.head.i
    return found


def affiliation_tokens(doc: Doc, lang: str) -> set[int]:
    """Indices of the tokens of ``doc`` inside a body's name that is a person's affiliation:
    the "of" complement, the compound or the possessive of a post noun (POSTS), when its head
    is a proper noun or a body noun (BODIES). English only."""
    posts, bodies = POSTS.get(lang), BODIES.get(lang)
    if not posts:
        return set()
    found: set[int] = set()
    for token in doc:
        if token.lemma_.lower() not in posts or token.pos_ not in ("NOUN", "PROPN"):
            continue
        names = [child for child in token.children if child.dep_ in ("compound", "poss")]
        names += [grandchild for child in token.children
                  if child.dep_ == "prep" and child.lower_ == "of"
                  for grandchild in child.children if grandchild.dep_ == "pobj"]
        for name in names:
            if name.pos_ == "PROPN" or name.lemma_.lower() in bodies:
                found.update(range(name.left_edge.i, name.i + 1))
    return found
