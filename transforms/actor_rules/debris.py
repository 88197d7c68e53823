"""Last guard against names that are extraction debris (eval/README.md, "junk actors"):
words glued by machine translation that no rule split ("WhiteHouse", "Ferdinand
MarcosJr"), digits glued to letters ("Kishida2022"), small words at a name's edge
("Rutte a", "la Commission") and one-letter names.

The shapes mirror vigie.evaluate.junk_reason. Dictionary names with such shapes are real
("TotalEnergies", "NoName057(16)", "MI6") and pass. Any other name of that shape is repaired when
the words it glues are a known name ("White House", "Ferdinand Marcos"), else dropped: a
name the table would have to carry as debris is worse than a missed one.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from transforms.actor_rules.dictionary import GAZETTEER
from transforms.actor_rules.non_actors import ALPHANUMERIC
from transforms.actor_rules.vocab import Candidate, abd_names_only
from transforms.countries import norm
from transforms.gazetteer import place_country

_GLUED_CAMEL = re.compile(r"[a-z]{3,}[A-Z]")
# Where the glue is: between the lowercase run and the capital, between digits and letters.
_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_KINDS = ("person", "org", "country", "city", "region", "capital")
# Pronouns and function words no name starts (lowercase) or ends with.
_SMALL_WORDS = frozenset("""
a an the he she it they we i you him her them his its their this that who which
il elle ils elles on nous vous je tu le la les l un une des de du d au aux ce cela
ceci celui celle qui que dont lui leur leurs son sa ses et ou mais""".split())
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    return frozenset(e.actor.name for entries in GAZETTEER.values() for e in entries)


# A century or an ordinal in Roman numerals ("au XIXe siècle", "le XXe congrès"): no name.
_ROMAN_ORDINAL = re.compile(r"^[IVXLC]+(?:e|er|ème|eme|th)$")


def _debris(name: str) -> bool:
    return bool(_GLUED_CAMEL.search(name) and not abd_names_only(name, _GLUED_CAMEL)
                or ALPHANUMERIC.search(name) or _ROMAN_ORDINAL.match(name))


def _repaired(name: str):
    """The known actor the glued words name, whole or without the last word."""
    words = _BOUNDARY.sub(" ", name).split()
    for n in (len(words), len(words) - 1):
        if n < 1:
            break
        key = norm(" ".join(words[:n]))
        actor = next((e.actor for e in GAZETTEER.get(key, ()) if e.kind in _KINDS), None)
        if actor and not any(w.isdigit() for w in words[:n]):
            return actor
    return None


def _small_word_edges(name: str) -> bool:
    """A lowercase small word first, a small word last, or only small words."""
    words = _WORD.findall(name)
    names = [w.casefold() for w in words if not w.isupper() or len(w) == 1]
    if len(name.strip()) < 2 or not words or names and all(w in _SMALL_WORDS for w in names):
        return True
    return words[0].islower() and words[0] in _SMALL_WORDS or len(words) > 1 \
        and not words[-1].isupper() and words[-1].casefold() in _SMALL_WORDS


def without_debris(chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with debris-shaped names repaired to the known actor or dropped."""
    out = []
    for cand in chosen:
        name = cand.actor.name
        if not (_debris(name) or _small_word_edges(name)) or name in _known_names() \
                or cand.source == "place" and not _debris(name) and place_country(name):
            # a place the gazetteer knows may end on a small word ("Hoi An", "Long An");
            # glued words stay debris ("WhiteHouse" is also a hamlet somewhere)
            out.append(cand)
            continue
        actor = _repaired(name) if _debris(name) else None
        if actor is not None:
            out.append(replace(cand, actor=actor))
    return out
