"""People named with the national body or company they work for take its country when
nothing else gives them one: "Suez Canal Authority chairman Osama Rabie", "le directeur
général de Turkish Aerospace, Mehmet Demiroglu", "Jane Doe, a spokeswoman for Petrobras".

A person's country is their nationality (eval/README.md); the staff of a state's body or
company are, with few exceptions, its nationals. International bodies (country null)
give nothing. Runs before the article's context fills in unknown countries.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from transforms.actor_rules.vocab import Candidate, TITLE_WORDS
from transforms.countries import norm

_OF = {"of", "at", "for", "with", "de", "du", "d'", "d’", "chez", "auprès", "à", "au", "pour"}
_DETERMINERS = {"a", "an", "the", "le", "la", "l'", "l’", "un", "une", "its", "son", "sa"}
_MAX_WORDS = 5


def _title_words(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] is a short title: lowercase words (one of them a title word) or
    capitalised title words ("Chairman", "CEO")."""
    words = [t for t in doc[start:end] if not t.is_punct or t.text == "-"]
    if not 1 <= len(words) <= _MAX_WORDS:
        return False
    has_title = False
    for t in words:
        key = norm(t.text)
        if key in TITLE_WORDS:
            has_title = True
        elif not t.text.islower() and t.text != "-":
            return False
    return has_title


def _body_country(cand: Candidate) -> str | None:
    actor = cand.actor
    if actor.actor_type in ("ORGANIZATION", "GROUP") and actor.country_code:
        return actor.country_code
    return None


def people_of_bodies(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with unknown people given the country of the body their title names."""
    by_end = {c.end: c for c in chosen if _body_country(c)}
    by_start = {c.start: c for c in chosen if _body_country(c)}
    out = []
    for cand in chosen:
        if cand.source != "ner" or cand.actor.actor_type != "PERSON" or cand.actor.country_code:
            out.append(cand)
            continue
        code = _before(doc, cand, by_end) or _after(doc, cand, by_start)
        out.append(replace(cand, actor=replace(cand.actor, country_code=code)) if code else cand)
    return out


def _before(doc: Doc, person: Candidate, by_end: dict[int, Candidate]) -> str | None:
    """"Suez Canal Authority chairman Osama Rabie"; "le directeur général de Turkish
    Aerospace, Mehmet Demiroglu"."""
    k = person.start
    sent_start = doc[k].sent.start
    # "<Body> chairman <Person>"
    for end, body in by_end.items():
        if sent_start <= body.start and end < k and k - end <= _MAX_WORDS \
                and _title_words(doc, end, k) and all(not t.is_punct for t in doc[end:k]):
            return _body_country(body)
    # "<title> de <Body>, <Person>"
    if k >= 2 and doc[k - 1].text == "," and (body := by_end.get(k - 1)) is not None \
            and body.start >= 2 and norm(doc[body.start - 1].text) in _OF:
        j = body.start - 1
        if j >= 1 and norm(doc[j - 1].text) in TITLE_WORDS | {"general", "generale"}:
            return _body_country(body)
    return None


def _after(doc: Doc, person: Candidate, by_start: dict[int, Candidate]) -> str | None:
    """"Jane Doe, a spokeswoman for Petrobras", "X, directeur de la SNCF", "X, chercheur
    associé à l'Institut Y", "X, journaliste travaillant pour la RTBF"."""
    k = person.end
    if k >= len(doc) or doc[k].text != ",":
        return None
    j = k + 1
    if j < len(doc) and norm(doc[j].text) in _DETERMINERS:
        j += 1
    for m in range(j + 1, min(len(doc), j + _MAX_WORDS + 1)):
        if (norm(doc[m].text) in _OF or doc[m].lower_ in _OF) and _title_words(doc, j, m):
            n = m + 1
            if n < len(doc) and norm(doc[n].text) in {"the", "la", "le", "l'", "l’"}:
                n += 1
            body = by_start.get(n) or by_start.get(m + 1)  # "à l’Institut": a span from "l’"
            return _body_country(body) if body else None
    return None
