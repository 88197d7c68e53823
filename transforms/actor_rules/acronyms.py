"""An acronym a text defines in brackets after a body's name is that body:
"l'Office anti-cybercriminalité (OFAC)", "the Sudan Doctors Network (SDN)".

Wire copy spells a body out once and then uses the acronym. Left alone, NER takes the
acronym for a second, unknown organisation (often with another country), which is
both a false actor and a wrong one. Only acronyms NER found are relinked: a known
acronym of another body (dictionary) is left as the dictionary says.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from transforms.actor_rules.vocab import ACRONYM, Candidate

_BODIES = ("ORGANIZATION", "GROUP")


def defined_acronyms(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with every NER mention of a bracketed acronym given its body's actor."""
    by_start = {c.start: c for c in chosen}
    links = {}
    for body in chosen:
        if body.actor.actor_type not in _BODIES or body.end + 2 >= len(doc) \
                or doc[body.end].text != "(" or doc[body.end + 2].text != ")":
            continue
        acronym = by_start.get(body.end + 1)
        if acronym is not None and acronym.source == "ner" and ACRONYM.match(acronym.text) \
                and acronym.actor != body.actor:
            links[acronym.text] = body.actor
    if not links:
        return chosen
    return [replace(c, actor=links[c.text]) if c.source == "ner" and c.text in links else c
            for c in chosen]
