"""A protest from a state: a government's objection, not a street protest (English).

News copy tells a state's objection with the protest noun and the state as its author:
"the exercises drew protests from Beijing", "despite protests from China and Russia",
"drawing protests from Australia and New Zealand". That is the diplomatic protest the
taxonomy's stop phrases name ("diplomatic protest", "formal protest"), no crowd in the street:
the protest word whose "from"/"by" names a country or a capital tells no PROTEST, in the text
or the headline. A protest from residents, farmers or a city's people still does.

All readable sets (twenty-fourth session): the construction is in four English stories, none
annotated PROTEST (all four DIPLOMACY).
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.countries import CAPITAL_INDEX, NAME_INDEX, norm
from transforms.theme_terms import fold

THEME = "PROTEST"
_PROTEST = frozenset({"protest", "protests"})
_AUTHOR = frozenset({"from", "by"})
# Words of a state's name after "from" ("New Zealand", "the United States").
_NAME_WORDS = 3


def _state(words: list[str]) -> bool:
    """``words`` open on the name of a country or a capital (not another city: a protest from
    Lagos is its people's)."""
    for length in range(min(_NAME_WORDS, len(words)), 0, -1):
        name = " ".join(words[:length])
        if not name[:1].isupper():
            continue
        key = norm(name)
        if key in NAME_INDEX or key in CAPITAL_INDEX:
            return True
    return False


def state_protests_in_row(words: list[str], lang: str) -> set[int]:
    """Indices, in ``words`` (a sentence's or a headline's tokens), of protest nouns whose
    author ("from", "by") is a state."""
    if lang != "en":
        return set()
    found = set()
    for i, word in enumerate(words[:-2]):
        if fold(word) in _PROTEST and fold(words[i + 1]) in _AUTHOR:
            rest = words[i + 2:i + 3 + _NAME_WORDS]
            if rest and fold(rest[0]) == "the":  # "from the United States"
                rest = rest[1:]
            if _state(rest):
                found.add(i)
    return found


def state_protests(doc: Doc, lang: str) -> set[int]:
    """Doc indices of the protest nouns of ``doc`` authored by a state."""
    if lang != "en":
        return set()
    found = set()
    for sentence in doc.sents:
        words = [token.text for token in sentence]
        if any(fold(word) in _PROTEST for word in words):
            found |= {sentence.start + i for i in state_protests_in_row(words, lang)}
    return found
