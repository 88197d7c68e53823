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

import re
from dataclasses import replace

from spacy.tokens import Doc

from transforms.actor_rules.dictionary import GAZETTEER, known_actor
from transforms.actor_rules.ner import _lookup_part
from transforms.actor_rules.vocab import Candidate, split_glued_tail, TAIL_END
from transforms.gazetteer import place_country

# Capitalised words that follow glue without starting a surname ("Putinon Tuesday").
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december""".split())
_MAX_NAME_WORDS = 5  # "Luiz Inacio Lula da Silvaqui": particles inside count
_FIRST_NAME_ENDINGS = {"a", "et", "on", "est"}  # "Roberta", "Juliet", "Simon", "Ernest"


def _whole_name(doc: Doc, i: int, head: str, taken: list[bool]) -> Candidate | None:
    """The known person or body whose last word is `head`, glued at doc[i]: "Vladimir
    Poutinemardi", "la Société généraleet", "le Conseil constitutionnela validé"."""
    tok = doc[i]
    for width in range(_MAX_NAME_WORDS - 1, 0, -1):
        k = i - width
        if k < 0 or any(taken[k:i]) or not doc[k].text[:1].isupper() \
                or any(doc[m].is_punct for m in range(k, i)):
            continue
        name = f"{doc[k:i].text} {head}"
        actor = known_actor(name, ("person", "org"))
        if actor:
            return Candidate(actor, k, i + 1, doc[k].idx, tok.idx + len(head), name, "dict")
    return None


def glued_tail_names(doc: Doc, lower_keys: list[str], taken: list[bool],
                     texts: list[str]) -> list[Candidate]:
    """Known actors with a small word glued to their last word; unknown heads stay unknown."""
    out = []
    for i, text in enumerate(texts):
        if len(text) < 4 or taken[i]:
            continue
        lowercase = text[0].islower()  # a lowercase last word: only inside a known name
        if lowercase and not (i > 0 and texts[i - 1][:1].isupper()
                              or i > 1 and texts[i - 2][:1].isupper()) \
                or not (lowercase or text[0].isupper()) or not TAIL_END.search(text):
            continue
        split = split_glued_tail(text, lowercase_ok=lowercase)
        if split is None or lower_keys[i] in GAZETTEER:
            continue
        head, tail = split
        if not lowercase and not head.isupper() and place_country(text):
            continue  # "Tirana", "Sanaa": places that end like a tail
        whole = _whole_name(doc, i, head, taken)
        if whole:
            out.append(whole)
            continue
        # "Roberta Metsola": a first name before a surname is no person plus glue
        before_name = tail in _FIRST_NAME_ENDINGS and i + 1 < len(doc) \
            and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha \
            and lower_keys[i + 1] not in _CALENDAR
        actor = None if lowercase else _lookup_part(doc, i, head, True, {})
        if actor and not (before_name and actor.actor_type == "PERSON"):
            out.append(Candidate(actor, i, i + 1, doc[i].idx, doc[i].idx + len(head), head, "dict"))
    return out


# "de l'OTANMark Rutte", "l'ONUAntonio Guterres": a known acronym glued to the capitalised
# word after it. The camelCase splitter needs lowercase letters before the capital, so
# these stay one token; "JPMorgan" stays whole because "JP" is no known acronym.
_ACRONYM_GLUE = re.compile(r"^([A-Z]{2,6})([A-ZÀ-Ý][a-zà-ÿ]{2,}[\w'-]*)$")
# "la réunion du G7à Rome", "le G20et l'UE": a known acronym (digits too) glued to the
# small word after it; only the acronym is a name.
_ACRONYM_SMALL_WORD = re.compile(r"^([A-Z][A-Z0-9]{1,5})(à|et|en|au|aux|du|des|de|and|in|to|of)$")


def acronym_glue(doc: Doc, lower_keys: list[str], taken: list[bool],
                 texts: list[str]) -> list[Candidate]:
    """The known acronym, and the known name its glued word starts, from one token."""
    out = []
    for i, text in enumerate(texts):
        if taken[i] or len(text) < 3 or not text[:2].isupper():
            continue
        m = _ACRONYM_GLUE.match(text) if len(text) >= 5 else None
        small = None if m else _ACRONYM_SMALL_WORD.match(text)
        if small and lower_keys[i] not in GAZETTEER:
            body = known_actor(small.group(1), ("org", "country"))
            if body is not None:
                tok = doc[i]
                out.append(Candidate(body, i, i + 1, tok.idx, tok.idx + len(small.group(1)),
                                     small.group(1), "glue"))
            continue
        if not m or lower_keys[i] in GAZETTEER:
            continue
        acronym, rest = m.groups()
        body = known_actor(acronym, ("org", "country"))
        if body is None:
            continue
        tok = doc[i]
        out.append(Candidate(body, i, i + 1, tok.idx, tok.idx + len(acronym), acronym, "glue"))
        start_char = tok.idx + len(acronym)
        for width in range(_MAX_NAME_WORDS - 1, -1, -1):  # "Mark" + "Rutte"
            end = i + 1 + width
            if end > len(doc) or any(taken[i + 1:end]):
                continue
            name = " ".join([rest, *texts[i + 1:end]])
            actor = known_actor(name, ("person", "org", "country"))
            if actor:
                out.append(Candidate(actor, i, end, start_char, doc[end - 1].idx
                                     + len(doc[end - 1].text), name, "glue"))
                break
    return out


# An unknown person's last word with the next French word's start glued on by machine
# translation: an elided article or preposition ("Vincent Van Petegheml'accord", "Evo
# Moralesd'« organiser »") or the auxiliary of a compound past ("Carlos Onofrea annoncé
# mardi"). No name ends on an apostrophe, and a name ending in "a" before a bare past
# participle that heads the clause is "<name> a <participle>" with its space lost.
_ELISION_LETTERS = "ldjmnstc"
_APOSTROPHES = "'’"


def _elision_cut(doc: Doc, last: int) -> int:
    """How many characters of doc[last] are a glued elision ("l'", "d'"), or 0."""
    text = doc[last].text
    if len(text) > 4 and text[-1] in _APOSTROPHES and text[-2] in _ELISION_LETTERS \
            and text[-3].islower():
        return 2  # "Petegheml'" as one token
    if len(text) > 3 and text[-1] in _ELISION_LETTERS and text[-2].islower() \
            and not doc[last].whitespace_ and last + 1 < len(doc) \
            and doc[last + 1].text in _APOSTROPHES:
        return 1  # "Moralesd" + "'": the apostrophe cut off as its own token
    return 0


def _auxiliary_cut(doc: Doc, start: int, last: int) -> int:
    """1 when doc[last] ends with the auxiliary "a" of "<name>a annoncé", else 0: the
    participle has no auxiliary of its own and qualifies no word of the name ("Lula da
    Silva élu président" stays whole)."""
    tok = doc[last]
    if doc.lang_ != "fr" or last + 1 >= len(doc) or len(tok.text) < 5 \
            or not tok.text.endswith("a") or not tok.text[-2].islower():
        return 0
    nxt = doc[last + 1]
    participle = "Part" in nxt.morph.get("VerbForm") and nxt.text.islower() \
        and not any(c.dep_.startswith("aux") for c in nxt.children) \
        and not start <= nxt.head.i <= last
    return 1 if participle and tok.whitespace_ else 0


def cut_glued_person_tails(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Unknown people from NER with the glued start of the next word cut off their name;
    a cut name the dictionary knows becomes that person."""
    out = []
    for cand in cands:
        if cand.source == "ner" and cand.actor.actor_type == "PERSON" \
                and cand.end - cand.start > 1:
            last = cand.end - 1
            cut = _elision_cut(doc, last) or _auxiliary_cut(doc, cand.start, last)
            if cut and cand.text.endswith(doc[last].text):
                text = cand.text[:-cut]
                actor = known_actor(text, ("person",)) or replace(cand.actor, name=text)
                cand = replace(cand, actor=actor, text=text, end_char=cand.end_char - cut)
        out.append(cand)
    return out
