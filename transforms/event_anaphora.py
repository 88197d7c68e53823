"""Subjects that name no one but point back at someone named before: "the minister",
"le chef de la diplomatie française", "the paramilitary group", "le mouvement islamiste".

Wire copy names a person or group once, then refers to them by office or kind. A
subject phrase headed by such a noun, with no person named inside it, is the person
(or group) the article named last, when what the phrase says is compatible with them
(a title naming France does not point back at a Russian).
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.event_parties import SentenceActors
from transforms.event_triggers import lemma_of
from transforms.records import Actor, ActorMention

# Head nouns of a person's office ("le ministre", "the spokesman", "la porte-parole").
OFFICE_NOUNS = {"ministre", "président", "présidente", "chef", "cheffe", "porte-parole",
                "secrétaire", "chancelier", "chancelière", "dirigeant", "dirigeante",
                "ambassadeur", "ambassadrice", "envoyé", "émissaire", "commandant", "premier",
                "minister", "president", "chief", "head", "spokesman", "spokeswoman",
                "spokesperson", "secretary", "chancellor", "leader", "envoy", "ambassador",
                "premier", "commander"}
# Head nouns of an armed or political movement ("the group", "le mouvement islamiste").
GROUP_NOUNS = {"groupe", "mouvement", "milice", "rebelle", "rebelles", "paramilitaire",
               "paramilitaires", "group", "movement", "militia", "rebels", "paramilitaries",
               "insurgents", "militants"}
# "du groupe", "au mouvement": contractions of the definite article.
_DEFINITE = {"the", "le", "la", "l'", "l’", "les", "this", "ce", "cette", "du", "au"}
_POSSESSIVES = {"ses", "son", "sa", "leurs", "leur", "its", "their"}
# Who speaks or fights for a group: "un porte-parole du groupe", "fighters of the group".
_MEMBER_NOUNS = OFFICE_NOUNS | {"combattant", "combattants", "membre", "membres", "fighter",
                                "fighters", "member", "members", "militant"}


def _definite_head(subject: Token) -> str | None:
    """The lemma of a definite common-noun subject ("the minister" -> "minister")."""
    if subject.pos_ != "NOUN" or not any(c.dep_ in ("det", "case") and c.lower_ in _DEFINITE
                                         for c in subject.children):
        return None
    return lemma_of(subject)


def _compatible(antecedent: Actor, named: Actor | None) -> bool:
    """"le chef de la diplomatie française" may be Barrot, not Lavrov: a country or body
    named inside the title must be the antecedent's own."""
    if named is None:
        return True
    return named.country_code is not None and named.country_code == antecedent.country_code


def described_party(subject: Token | None, actors: SentenceActors, person: Actor | None,
                    mentions: list[ActorMention]) -> Actor | None:
    """The party a definite description subject refers to, or None. `person` is the
    person the previous sentences point to; groups are looked up in `mentions` before
    the sentence."""
    if subject is None:
        return None
    if lemma_of(subject) in _MEMBER_NOUNS and subject.pos_ == "NOUN":
        if any(c.lower_ in _POSSESSIVES for c in subject.children):
            # "le groupe jihadiste a annoncé ..., et ses combattants ont incendié": the
            # fighters of the armed group named last, in this sentence or before.
            groups = [m.actor for m in mentions
                      if m.end <= subject.i and m.actor.actor_type == "GROUP"]
            return groups[-1] if groups else None
        for child in subject.children:
            node = next((c for c in child.children if c.dep_ == "pobj"), child) \
                if child.dep_ == "prep" else child
            if child.dep_ in ("nmod", "prep") and _definite_head(node) in GROUP_NOUNS:
                return described_party(node, actors, person, mentions)
    head = _definite_head(subject)
    if head is None:
        return None
    named = actors.in_title_phrase(subject)
    if named is not None and named.actor_type == "PERSON":
        return None  # "the minister, Jean-Noël Barrot": the name is already there
    if head in OFFICE_NOUNS and person is not None and _compatible(person, named):
        return person
    if head in GROUP_NOUNS and named is None:
        start = actors.sent.start
        groups = [m.actor for m in mentions if m.end <= start and m.actor.actor_type == "GROUP"]
        return groups[-1] if groups else None
    return None
