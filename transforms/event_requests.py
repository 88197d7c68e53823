"""Requests told as the reason of another act: "le Conseil de sécurité tiendra une réunion à
la demande du Royaume-Uni", "the Council met at the request of France and Algeria". The
one who asked made a REQUEST of whoever acted on it (eval/README.md: a background noun
carrying its own actors is coded). The noun is found by its fixed frame, by position, so
machine-translated text ("a la demande du", parsed as the verb "avoir") is read too."""
from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.event_parties import SentenceActors
from transforms.records import Actor

# "à la demande de", "a la demande de" (MT), "sur (la) demande de", "at the request of",
# "at the behest of", "on the request of".
_REQUEST_NOUNS = {"demande", "request", "behest", "requête", "requete", "instigation"}
_FRAME_OPENERS = {"à", "a", "sur", "at", "on", "upon"}
_FRAME_DETERMINERS = {"la", "the", "l'", "l’"}
_OF = {"de", "du", "des", "d'", "d’", "of"}
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass")
_PUNCT_STOPS = {",", ";", ".", ":", "(", ")"}


def mentions_request_noun(sent: Span) -> bool:
    return any(t.lower_ in _REQUEST_NOUNS for t in sent)


def _in_frame(noun: Token) -> bool:
    doc = noun.doc
    if noun.lower_ not in _REQUEST_NOUNS or noun.i + 1 >= len(doc) or \
            doc[noun.i + 1].lower_ not in _OF:
        return False
    before = doc[noun.i - 1] if noun.i >= 1 else None
    if before is not None and before.lower_ in _FRAME_DETERMINERS:
        before = doc[noun.i - 2] if noun.i >= 2 else None
    return before is not None and before.lower_ in _FRAME_OPENERS


def _askers(noun: Token, actors: SentenceActors) -> list[Actor]:
    """The actors named right after "de"/"of", up to the next punctuation or clause."""
    found: list[Actor] = []
    doc = noun.doc
    for token in doc[noun.i + 2: min(noun.i + 14, actors.sent.end)]:
        if token.text in _PUNCT_STOPS or token.pos_ in ("VERB", "AUX", "SCONJ") or \
                token.lower_ in ("qui", "who", "which", "que"):
            break
        mention = actors.by_token.get(token.i)
        if mention is not None and mention.actor not in found:
            found.append(mention.actor)
    return found


def _acting_subject(sent: Span, noun: Token, actors: SentenceActors) -> Actor | None:
    """The named subject of the clause the request sits in: who acted on it."""
    node = noun
    for _ in range(6):
        for child in node.children:
            if child.dep_ in _SUBJECT_DEPS:
                return next((actors.by_token[t.i].actor for t in child.subtree
                             if t.i in actors.by_token), None)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def requests_on_behalf(sent: Span, actors: SentenceActors) -> list[tuple[Actor, Actor | None,
                                                                       Token]]:
    """(asker, asked, noun) for each "à la demande de X" in the sentence."""
    found = []
    for token in sent:
        if not _in_frame(token):
            continue
        asked = _acting_subject(sent, token, actors)
        for asker in _askers(token, actors):
            found.append((asker, asked if asked != asker else None, token))
    return found
