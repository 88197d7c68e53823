"""Known names with the next small word glued on by machine translation: "Donald Trumpa
annoncé", "le président russe Vladimir Poutinemardi", "La Chinea rejeté", "l'OMSlundi",
"Le Hezbollahet l'Iran", "Russian President Vladimir Putinon Tuesday".

No capital marks this glue, so the camelCase splitter misses it, and NER takes the
glued word as part of a new name ("Donald Trumpa", a person nobody knows). The tail is
a closed list of words that follow a name in a sentence (verbs of saying, "et",
weekdays); the head must be a known name and the whole word must not be one, so real
names that end like a tail ("Luzon", "Tibet", "Kenya", "Budapest") stay whole.
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.actor_rules.dictionary import GAZETTEER
from transforms.actor_rules.ner import _lookup_part
from transforms.actor_rules.vocab import Candidate, split_glued_tail
from transforms.countries import norm
from transforms.gazetteer import place_country

# Capitalised words that follow glue without starting a surname ("Putinon Tuesday").
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december""".split())
_MAX_NAME_WORDS = 3


def glued_tail_names(doc: Doc, lower_keys: list[str], taken: list[bool],
                     texts: list[str]) -> list[Candidate]:
    """Known actors with a small word glued to their last word; unknown heads stay unknown."""
    out = []
    for i, text in enumerate(texts):
        if taken[i] or len(text) < 4 or not text[:1].isupper() or not text[-1:].islower():
            continue
        split = split_glued_tail(text)
        if split is None or lower_keys[i] in GAZETTEER or place_country(text):
            continue
        # "Roberta Metsola": a first name before a surname is no person plus glue
        before_name = i + 1 < len(doc) and doc[i + 1].text[:1].isupper() \
            and doc[i + 1].is_alpha and lower_keys[i + 1] not in _CALENDAR
        head, _ = split
        tok = doc[i]
        # The whole name when the words before complete it ("Vladimir" + "Poutine").
        for width in range(_MAX_NAME_WORDS - 1, 0, -1):
            k = i - width
            if before_name or k < 0 or any(taken[k:i]) \
                    or not all(t.text[:1].isupper() for t in doc[k:i]):
                continue
            name = f"{doc[k:i].text} {head}"
            person = next((e.actor for e in GAZETTEER.get(norm(name), ()) if e.kind == "person"),
                          None)
            if person:
                out.append(Candidate(person, k, i + 1, doc[k].idx, tok.idx + len(head), name,
                                     "dict"))
                break
        else:
            actor = _lookup_part(doc, i, head, True, {})
            if actor and not (before_name and actor.actor_type == "PERSON"):
                out.append(Candidate(actor, i, i + 1, tok.idx, tok.idx + len(head), head, "dict"))
    return out
