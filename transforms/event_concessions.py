"""Concessions told by the one who won them: "Viktor Orban avait obtenu de Washington une
exemption", "Budapest secured a waiver from Washington", "a obtenu de Pékin la libération
de deux ressortissants". The grantor conceded (eval/README.md: CONCEDE, ease sanctions,
release prisoners, allow ...) to the one who obtained: the grantor is the source and the
subject the target. Only with both named and a noun of concession: "a obtenu 40 % des
voix" or "obtained visas" is no event.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.cameo import cameo_root_for
from transforms.event_parties import SentenceActors, acting_party, case_of
from transforms.event_triggers import Code, lemma_of
from transforms.records import Actor

CONCEDE_CODE = Code("CONCEDE", cameo_root_for("CONCEDE"))
_OBTAINING = {"obtenir", "arracher", "obtain", "secure", "win", "extract", "wring"}
_CONCESSIONS = {"exemption", "dérogation", "concession", "libération", "levée", "sursis",
                "allègement", "assouplissement", "grâce", "report", "waiver", "release", "reprieve", "carve-out", "relief"}
_FROM = {"de", "d'", "d’", "du", "auprès", "from"}
_FROM_ONLY = {"auprès", "from"}


def _grantor(verb: Token, concession: Token, actors: SentenceActors) -> Actor | None:
    """The actor of the "de X" phrase on the verb, or of "from X" on the verb or the
    concession ("la libération de deux ressortissants" names who was released)."""
    for head, cases in ((verb, _FROM), (concession, _FROM_ONLY)):
        for child in head.children:
            node = next((c for c in child.children if c.dep_ == "pobj"), child) \
                if child.dep_ == "prep" else child
            case = child.lower_ if child.dep_ == "prep" else case_of(node)
            if case in cases and node.i != concession.i and \
                    (actor := actors.of(node)) is not None:
                return actor
    return None


def may_tell_concession(sent: Span) -> bool:
    """A cheap look for a verb of obtaining, before the sentence's actors are read."""
    return any(lemma_of(t) in _OBTAINING for t in sent)


def obtained_concessions(sent: Span, actors: SentenceActors
                         ) -> list[tuple[Code, Actor, Actor, Token]]:
    """(code, grantor, obtainer, verb) of each concession obtained in the sentence."""
    found: list[tuple[Code, Actor, Actor, Token]] = []
    for verb in sent:
        if lemma_of(verb) not in _OBTAINING or verb.pos_ != "VERB":
            continue
        concession = next((c for c in verb.children if c.dep_ in ("obj", "dobj")
                           and lemma_of(c) in _CONCESSIONS), None)
        if concession is None:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        obtainer = actors.of(subject) or actors.in_title_phrase(subject) \
            if subject is not None else None
        # "de Washington": a capital acting is its state's government.
        grantor, obtainer = acting_party(_grantor(verb, concession, actors)), \
            acting_party(obtainer)
        if obtainer is not None and grantor is not None and obtainer != grantor:
            found.append((CONCEDE_CODE, grantor, obtainer, verb))
    return found
