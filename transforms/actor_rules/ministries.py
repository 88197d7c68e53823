"""A state's ministry named by its field and acting in English copy: "Tajikistan's Foreign
Ministry rejected the accusation", "the Honduran Foreign Ministry summoned ...", "The
Interior Ministry denied ...". The ministry is an actor (ORGANIZATION "Foreign Ministry"),
its country the possessive or demonym before it, else the story's (fill_context_countries).

Not in a title ("Foreign Ministry spokesman Lin Jian", "a Foreign Ministry official"): the
guidelines keep generic ministries in titles out (eval/README.md, "Actors"). Lowercase
"the foreign ministry" and French "le ministère de l'Intérieur" are left alone: the sets'
writers list them only now and then.
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.actor_rules.vocab import Candidate
from transforms.countries import ADJECTIVE_INDEX, NAME_INDEX, norm
from transforms.records import Actor

_FIELDS = {norm(w) for w in """
Foreign Defence Defense Interior Finance Health Justice Emergencies Emergency Economy
Agriculture Energy Trade Commerce Education Environment Information Transport Labour Labor
""".split()}
# Words after the ministry that make it part of someone's title, not the actor.
_TITLE_NOUNS = {norm(w) for w in """
spokesman spokeswoman spokesperson spokespeople official officials source sources minister
ministers adviser advisers aide aides
""".split()}


def field_ministries(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    """"<Country>'s | <Demonym> | the> <Field> Ministry" where the ministry itself acts."""
    if doc.lang_ != "en":
        return []
    out = []
    for i in range(1, len(doc) - 1):
        if doc[i + 1].text != "Ministry" or not doc[i].text[:1].isupper() \
                or lower_keys[i] not in _FIELDS or taken[i] or taken[i + 1]:
            continue
        end = i + 2
        if end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha
                               or lower_keys[end] in _TITLE_NOUNS
                               or lower_keys[end] in {"of", "'s", "’s"}):
            continue  # "Foreign Ministry Spokesman X", "Ministry of ...", a longer name
        code = _owner(doc, i, lower_keys)
        if code is None and lower_keys[i - 1] not in {"the", "a", "an"}:
            continue  # no owner and no article: a heading or a run of capitals
        span = doc[i:end]
        out.append(Candidate(Actor(span.text, "ORGANIZATION", code), i, end, span.start_char,
                             span.end_char, span.text, "ner"))
    return out


def _owner(doc: Doc, i: int, lower_keys: list[str]) -> str | None:
    """The country just before the field word: a demonym ("Russian") or a possessive
    ("Russia's")."""
    k = i - 1
    if doc[k].text[:1].isupper() and lower_keys[k] in ADJECTIVE_INDEX:
        return ADJECTIVE_INDEX[lower_keys[k]]
    if lower_keys[k] in {"'s", "’s", "'"} and k >= 1 and doc[k - 1].text[:1].isupper():
        return NAME_INDEX.get(lower_keys[k - 1])
    return None
