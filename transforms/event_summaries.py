"""Whom a reaction told in a summing-up apposition acts on: ", une décision dénoncée par
Alger", ", une mesure critiquée par le HCR", ", a move welcomed by Kyiv", ", a remark that
drew criticism from the Law Society of Kenya".

Wire copy tells an act in the main clause, then sums it up in a noun set off by a comma
("une décision", "a move") that carries the reaction. The reaction's target is who did
the act summed up: the actor the main clause is about (eval/README.md, "## Events": the
target is who is acted on). Only a noun of that kind right after a comma counts; the actor
is the subject of the clause before it (none when that subject names no actor).
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.event_parties import SentenceActors
from transforms.event_triggers import SUBJECT_DEPS, answering
from transforms.records import Actor

# Nouns that sum up the act told before them.
SUMMARY_NOUNS = {"décision", "mesure", "choix", "annonce", "initiative", "geste", "démarche",
                 "propos", "déclaration", "déclarations", "remarque", "sortie",
                 "decision", "move", "measure", "step", "remark", "remarks", "announcement",
                 "comment", "comments", "statement", "gesture",
                 # what the reaction answers: ", a charge Cambodia denied", ", une accusation
                 # rejetée par Kigali"
                 "charge", "accusation", "accusations", "claim", "claims", "allegation",
                 "allegations", "allégation", "allégations", "affirmation", "affirmations"}
_ARTICLES = {"une", "un", "a", "an", "la", "le", "cette", "ce", "this", "that", "the"}
_UP_DEPS = {"acl", "acl:relcl", "relcl", "amod", "dobj", "obj", "nmod", "obl:arg", "obl"}


def _summary_noun(trigger: Token) -> Token | None:
    """The summing-up noun the trigger hangs on (participle, relative clause, or the object
    of one), at most three links up."""
    # ", a charge Cambodia denied": the noun is the verb's object, set before it.
    fronted = next((c for c in trigger.children if c.dep_ in ("dobj", "obj") and
                    c.i < trigger.i and c.lower_ in SUMMARY_NOUNS and c.pos_ == "NOUN"), None)
    if fronted is not None:
        return fronted
    if trigger.pos_ == "NOUN" and answering(trigger):  # ", a charge Caracas rejects" as a noun
        doc = trigger.doc
        return next((doc[i] for i in range(max(trigger.i - 3, 0), trigger.i - 1)
                     if doc[i].lower_ in SUMMARY_NOUNS), None)
    node = trigger
    for _ in range(3):
        if node.dep_ not in _UP_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.lower_ in SUMMARY_NOUNS and node.pos_ == "NOUN":
            return node
    return None


def summarised_actor(trigger: Token, actors: SentenceActors,
                     source: Actor | None) -> Actor | None:
    """The actor whose act the noun the trigger hangs on sums up, or None."""
    noun = _summary_noun(trigger)
    if noun is None:
        return None
    doc = noun.doc
    start = noun.i - 1
    if start >= 0 and doc[start].lower_ in _ARTICLES:
        start -= 1
    if start <= actors.sent.start or doc[start].text != ",":
        return None
    found: list[tuple[Token, Actor]] = []
    for i in range(actors.sent.start, start):
        mention = actors.by_token.get(i)
        if mention is None or mention.actor == source or mention.actor.actor_type == "LOCATION":
            continue
        found.append((doc[i], mention.actor))
    for token, actor in found:
        if token.dep_ in SUBJECT_DEPS or token.head.dep_ in SUBJECT_DEPS and \
                token.dep_ in ("appos", "flat", "flat:name", "compound", "amod"):
            return actor  # "Thai officials said ..., a charge Cambodia denied": Thailand
    return None  # "the government in Port Sudan accused ...": its subject names no one
