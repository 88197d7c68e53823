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
from transforms.countries import ADJECTIVE_INDEX, norm

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
        if acronym is None or not ACRONYM.match(acronym.text) or acronym.actor == body.actor:
            continue
        # the dictionary's homonym gives way only to a body of another country whose initials
        # spell the acronym: "la Ligue togolaise des droits de l'homme (LTDH)" is not
        # Tunisia's LTDH; "Semiconductor Manufacturing International Corp (SMIC)" is SMIC
        if acronym.source == "ner" or acronym.source == "dict" \
                and body.actor.country_code and acronym.actor.country_code \
                and body.actor.country_code != acronym.actor.country_code \
                and _initials(doc, body.start, body.end) == acronym.text:
            links[acronym.text] = body.actor
    if not links:
        return chosen
    return [replace(c, actor=links[c.text]) if c.source in ("ner", "dict") and c.text in links
            else c for c in chosen]


def lowercase_names_before_acronyms(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """"la compagnie nationale de pétrole (NOC)": French writes a body's name in lowercase,
    which the dictionary's case rule refuses; before the body's own bracketed acronym the
    words are that body (National Oil Corporation), and so is every mention of the acronym."""
    from transforms.actor_rules.dictionary import GAZETTEER  # it imports us

    out = list(chosen)
    for acronym in chosen:
        if acronym.source != "ner" or not ACRONYM.match(acronym.text):
            continue
        open_at = acronym.start - 1
        if open_at < 2 or doc[open_at].text != "(" or acronym.end >= len(doc) \
                or doc[acronym.end].text != ")":
            continue
        for start in range(max(0, open_at - _MAX_NAME_TOKENS), open_at - 1):
            if any(c.start < open_at and c.end > start for c in out):
                continue  # a found name sits inside or across: not one known body's words
            words = doc[start:open_at]
            body = next((e.actor for e in GAZETTEER.get(norm(words.text), ())
                         if e.kind == "org" and e.actor.actor_type in _BODIES), None)
            if body is None or words.text[:1].isupper():
                continue  # a capitalised name is the dictionary's own business
            out = [replace(c, actor=body) if c.source == "ner" and c.text == acronym.text
                   else c for c in out]
            out.append(Candidate(body, start, open_at, words.start_char, words.end_char,
                                 words.text, "dict"))
            break
    return sorted(out, key=lambda c: c.start)


# Small words an acronym skips: "Front pour le salut national du Cameroun (FSNC)".
_SKIPPED = {"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "pour", "et", "à",
            "au", "aux", "en", "sur", "of", "the", "for", "and", "on", "in", "-"}
_MAX_NAME_TOKENS = 10


def _initials(doc: Doc, start: int, end: int) -> str:
    return "".join(norm(t.text)[0] for t in doc[start:end]
                   if t.lower_ not in _SKIPPED and t.text[:1].isalpha()).upper()


def _spelled_out(doc: Doc, acronym: Candidate) -> tuple[int, int] | None:
    """(start, end) of the words whose initials spell the bracketed `acronym`."""
    open_at = acronym.start - 1
    if open_at < 1 or doc[open_at].text != "(" or acronym.end >= len(doc) \
            or doc[acronym.end].text != ")":
        return None
    letters = acronym.text.upper()
    for start in range(open_at - 1, max(-1, open_at - 1 - _MAX_NAME_TOKENS), -1):
        tok = doc[start]
        if tok.is_punct or tok.is_space:
            return None
        if tok.text[:1].isupper() and tok.lower_ not in _SKIPPED \
                and _initials(doc, start, open_at) == letters:
            return start, open_at
    return None


def spelled_out_acronyms(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """An unknown acronym a text spells out in words before it ("le Rassemblement
    démocratique du peuple camerounais (RDPC)") names the body those words name: NER's
    span with lowercase words fails the name shape checks, and the acronym alone is a
    second name for it. The words become the body; every mention of the acronym is it.
    The text's own definition also wins over the dictionary's: "la Coordination des
    mouvements de l'Azawad (CMA)" is not the UK's Competition and Markets Authority."""
    out = list(chosen)
    for acronym in chosen:
        if acronym.source not in ("ner", "dict") or acronym.actor.actor_type not in _BODIES \
                or not ACRONYM.match(acronym.text):
            continue
        span = _spelled_out(doc, acronym)
        if span is None:
            continue
        start, end = span
        if acronym.source == "dict" and _names_the_same_body(doc[start:end].text, acronym.actor):
            continue  # "the Competition and Markets Authority (CMA)": the dictionary's own
        if any(c.start < end and c.end > start and not (start <= c.start and c.end <= end)
               for c in out):
            continue  # a found name crosses the edge: not one body's name
        known = next((c for c in out if (c.start, c.end) == (start, end) and c.source == "dict"
                      and c.actor.actor_type in _BODIES), None)
        if known is not None and acronym.source == "ner":
            # "l'Agence nationale d'information (ANI)": the dictionary knows the words' body
            # (Lebanon's National News Agency); the acronym is that body too
            out = [replace(c, actor=known.actor) if c.source == "ner" and c.text == acronym.text
                   else c for c in out]
            continue
        words = doc[start:end]
        # "...du Cameroun", "...camerounais": a country the name holds is the body's
        inside = [c.actor.country_code for c in out if start <= c.start and c.end <= end
                  and c.actor.actor_type in ("COUNTRY", "LOCATION") and c.actor.country_code]
        named = [ADJECTIVE_INDEX[norm(t.text)] for t in words if norm(t.text) in ADJECTIVE_INDEX]
        # the dictionary's homonym says nothing of this body's country
        fallback = acronym.actor.country_code if acronym.source == "ner" else None
        code = (inside + named + [fallback])[0]
        body = Candidate(replace(acronym.actor, name=words.text, country_code=code), start, end,
                         words.start_char, words.end_char, words.text, "ner")
        out = [c for c in out if not (start <= c.start and c.end <= end)]
        out = [replace(c, actor=body.actor) if c.source == acronym.source and c.text == acronym.text
               else c for c in out] + [body]
    return sorted(out, key=lambda c: c.start)


def _names_the_same_body(words: str, actor) -> bool:
    """Unless the dictionary spells its acronym out differently, the words are its body:
    "Semiconductor Manufacturing International Corp (SMIC)" is the listed SMIC, and so is
    "l'Agence nationale de la sécurité des systèmes d'information (ANSSI)", which the
    dictionary lists by acronym only; "Coordination des mouvements de l'Azawad (CMA)" is
    not the listed "Competition and Markets Authority"."""
    from transforms.actor_rules.dictionary import organisation_names  # it imports us

    said = _content_words(words)
    spelled = [_content_words(name) for name in organisation_names(actor.name)]
    spelled = [name for name in spelled if len(name) >= 2]
    return not spelled or any(len(said & name) * 2 >= len(name) for name in spelled)


def _content_words(text: str) -> set[str]:
    return {norm(word) for word in text.replace("'", " ").replace("’", " ").split()
            if word.lower() not in _SKIPPED}
