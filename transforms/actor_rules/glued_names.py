"""People whose first name machine translation glued to the word before it, after a
title: "La ministre de la SanteStéphanie Rist a promis", "le directeur general de
SolvayPhilippe Kehren". The glue splitter (ner.glue_and_surnames) keeps only parts
that are known actors, so an unknown person's first name is lost there, and NER sees
one odd token. The title before the glued word, or a title word glued in front of the
name ("Sante", "Défense"), says a person's name starts at the glued capital.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from transforms.actor_rules.dictionary import GAZETTEER
from transforms.actor_rules.ner import _glued_parts, _lookup_part, known_name_into_glue
from transforms.actor_rules.titles import title_before
from transforms.actor_rules.vocab import Candidate, NAME_PARTICLES, TITLE_WORDS, is_glued
from transforms.countries import ADJECTIVE_INDEX, norm
from transforms.gazetteer import english_place_name, place_country
from transforms.records import Actor

_MAX_NAME_WORDS = 3
# Where glue may be, tested on the token texts the caller already holds: building spaCy
# Token objects for every word costs more than the rules themselves.
_INNER_CAPITAL = re.compile(r"[a-zà-ÿ\d][A-ZÀ-Ý][a-zà-ÿ]")
_FUNCTION_GLUE = re.compile(r"^(?:du|des|de|le|la|les|au|aux|en|à|dans|the|in|of)[A-ZÀ-Ý]"
                            r"|[a-zà-ÿ](?:dans|pour|avec|depuis|selon|contre|with|from|after)$")


def _tokens_at(texts: list[str], pattern: re.Pattern) -> list[int]:
    """Indexes of the tokens whose text `pattern` finds."""
    return [i for i, text in enumerate(texts) if len(text) > 4 and pattern.search(text)]


# "Yong-bae", "al-Burhan", "el-Sisi": hyphenated words of a name
# "O'Leary", "D'Souza": an Irish or Indian surname's elided capital
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)*|(?:al|el|ad|ag|ould|bin|ben)-[A-ZÀ-Ý][a-zà-ÿ]+"
                        r"|[OD]['’][A-Z][a-zà-ÿ]+)$")
_ELIDED_CAPITALS = {"O'", "O’", "D'", "D’"}


def _word_end(doc: Doc, k: int) -> int:
    """End of the word starting at doc[k] that the tokenizer may have cut at hyphens
    ("Yong - bae", "al - Burhan") or after an elided capital ("O’ Leary"): tokens of
    letters and hyphens with no space between."""
    end = k + 1
    while end < len(doc) and not doc[end - 1].whitespace_ \
            and (doc[end].text == "-" or doc[end].is_alpha and doc[end - 1].text == "-"
                 or end == k + 1 and doc[k].text in _ELIDED_CAPITALS and doc[end].is_title):
        end += 1  # "O’ Leary" as the French tokenizer cuts it
    return end


def _name_word(text: str) -> bool:
    return bool(_NAME_WORD.match(text))


def glued_titled_people(doc: Doc, lower_keys: list[str], taken: list[bool],
                        texts: list[str]) -> list[Candidate]:
    """A person named from the last capitalised part of a glued token through the
    capitalised words after it, when a title precedes; known actors glued in front
    are kept too ("SolvayPhilippe Kehren": Solvay and Philippe Kehren)."""
    out = []
    for i in _tokens_at(texts, _INNER_CAPITAL):
        tok = doc[i]
        text = tok.text
        if taken[i] or i + 1 >= len(doc) or not is_glued(text):
            continue
        parts = _glued_parts(tok.text)
        first_name = parts[-1]
        if len(parts) < 2 or not first_name[:1].isupper() or not first_name.isalpha() \
                or len(first_name) < 3 or norm(first_name) in TITLE_WORDS:
            continue
        end, words = i + 1, 0
        while end < len(doc) and words < _MAX_NAME_WORDS and not taken[end]:
            stop = _word_end(doc, end)
            word = doc[end:stop].text
            if _name_word(word) and not is_glued(word) or word.lower() in NAME_PARTICLES \
                    and stop < len(doc) and doc[stop].text[:1].isupper():
                end, words = stop, words + 1
            else:
                break
        if end == i + 1 or end < len(doc) and taken[end] \
                and _name_word(doc[end:_word_end(doc, end)].text) \
                or any(norm(t.text) in TITLE_WORDS or norm(t.text) in ADJECTIVE_INDEX
                       or t.is_stop for t in doc[i + 1:end] if t.text[:1].isupper()):
            continue  # "generalAbdel Fattah al-Burhan": the dictionary has the known name
        role, code = title_before(doc, i, lower_keys)
        if role is None and norm(parts[-2]) not in TITLE_WORDS:
            continue  # no title: "DansKeioRutte" is no one's name
        head_len = len("".join(parts[:-1]))
        start_char = tok.idx + head_len
        text = first_name + doc[i:end].text[len(tok.text):]
        known = next((e.actor for e in GAZETTEER.get(norm(text), ()) if e.kind == "person"), None)
        # source "ner": an unknown person takes the country of the context (context_country)
        out.append(Candidate(known or Actor(text, "PERSON", code, role or None), i, end,
                             start_char, doc[end - 1].idx + len(doc[end - 1].text), text, "ner"))
        offset = tok.idx
        longer = known_name_into_glue(doc, i, parts[0], taken) if len(parts) == 2 else None
        if longer:  # "de la Banque de FranceFrançois Villeroy": the bank, not France
            out.append(longer)
            continue
        for n, part in enumerate(parts[:-1]):
            actor = _lookup_part(doc, i, part, n == 0, {})
            if actor:
                out.append(Candidate(actor, i, i + 1, offset, offset + len(part), part, "glue"))
            offset += len(part)
    return out


# Machine translation also glues a name to the small word after or before it:
# "près de Kayesdans l'ouest", "les provinces duNord-Kivu", "avec leJapon".
# Only words of four letters or more follow a name this way: short ones ("on", "es",
# "le") end real names ("Luzon", "Rafale", "Manet").
_TRAILING = re.compile(r"^([A-ZÀ-Ý][\w'-]{3,}?)(dans|pour|avec|depuis|selon|contre|with|from|"
                       r"after)$")
_LEADING = re.compile(r"^(du|des|de|le|la|les|au|aux|en|à|dans|the|in|of)([A-ZÀ-Ý][\w'-]{2,})$")


def function_word_glue(doc: Doc, lower_keys: list[str], taken: list[bool],
                       texts: list[str]) -> list[Candidate]:
    """Known actors and places glued to a function word; the rest stays unknown."""
    out = []
    for i in _tokens_at(texts, _FUNCTION_GLUE):
        tok = doc[i]
        text = tok.text
        if taken[tok.i] or len(text) < 5:
            continue
        m = _TRAILING.match(text) or _LEADING.match(text)
        if not m:
            continue
        leading = m.re is _LEADING
        name = m.group(2) if leading else m.group(1)
        end = tok.i + 1
        if leading and _word_end(doc, tok.i) > end:  # "duNord - Kivu" as the tokenizer cuts it
            end = _word_end(doc, tok.i)
            name += doc[tok.i + 1:end].text
        actor = _lookup_part(doc, tok.i, name, not leading, {})
        if actor is None and place_country(name):
            actor = Actor(english_place_name(name), "LOCATION", place_country(name))
        if actor is None:
            continue
        start_char = tok.idx + (len(m.group(1)) if leading else 0)
        if any(taken[tok.i:end]):
            continue
        out.append(Candidate(actor, tok.i, end, start_char, start_char + len(name), name, "glue"))
    return out
