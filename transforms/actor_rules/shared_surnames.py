"""Two people sharing one surname: "Peter and Barbie Reynolds", "Jean et Marie Dupont".
The copy writes the surname once, after the second given name; the first person is
"Peter Reynolds", with the second one's country. NER reads "Peter" as a person alone
(dropped: a single word is nobody's name); a word NER does not read as a person ("Acme
and John Smith") is left alone.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from transforms.actor_rules.vocab import Candidate

_AND = {"and", "et", "&"}


def shared_surname_people(doc: Doc, taken: list[bool],
                          chosen: list[Candidate]) -> list[Candidate]:
    """The first of two given names before one surname, as the person of that surname."""
    out = []
    for cand in chosen:
        k = cand.start
        if cand.actor.actor_type != "PERSON" or cand.end - k != 2 or k < 2 \
                or doc[k - 1].lower_ not in _AND or taken[k - 2]:
            continue
        given = doc[k - 2]
        if not (given.is_alpha and given.text[:1].isupper() and given.text[1:].islower()
                and given.ent_type_ in ("PER", "PERSON")) or given.is_sent_start:
            continue
        surname = doc[cand.end - 1].text
        name = f"{given.text} {surname}"
        out.append(Candidate(replace(cand.actor, name=name), given.i, given.i + 1, given.idx,
                             given.idx + len(given.text), given.text, "ner"))
    return out
