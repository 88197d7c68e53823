"""Parties of a nominal trigger ("l'invasion de l'Ukraine par la Russie", "les sanctions de
l'UE contre la Russie", "l'accord signé entre Kinshasa et Kigali").

Split from transforms/event_parties.py: the noun-side rules, read from the noun's children
and from a short window after it, because parsers often hang these phrases on a
neighbouring noun.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.event_parties import (
    BETWEEN_CASES,
    SOURCE_CASES,
    TARGET_CASES,
    SentenceActors,
    case_of,
)
from transforms.event_triggers import lemma_of
from transforms.records import Actor

# "les sanctions de l'ONU", "l'embargo des Etats-Unis": a measure's "de" names who imposed it
# ("contre/against" names whom), when the phrase names no other source.
_IMPOSER_CASES = {"de", "du", "des", "d'", "d’", "from"}

# Criticism is an accusation only as a reaction drawn by someone's act: "la décision a suscité
# les critiques de Washington", "drew criticism from rights groups"; "les critiques du
# gouvernement" alone are the government's critics (people), not an event.
CRITICISM_NOUNS = {"critique", "criticism"}
_DRAWING_VERBS = {"susciter", "provoquer", "essuyer", "attirer", "déclencher", "valoir",
                  "draw", "attract", "prompt", "spark", "trigger", "face", "provoke"}


def criticism_drawn(noun: Token, actors: SentenceActors
                    ) -> tuple[bool, Actor | None, Actor | None]:
    """Whether the criticism noun is the object of a verb drawing it; the critic the verb
    names ("drew criticism from/prep the EU"), and whose act drew it (the actor in the
    verb's subject: "la décision de Pékin" -> Pékin)."""
    head = noun.head
    if noun.dep_ not in ("obj", "dobj") or head.i == noun.i or \
            lemma_of(head) not in _DRAWING_VERBS:
        return False, None, None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    drawn_by = None if subject is None else next(
        (actors.by_token[t.i].actor for t in subject.subtree if t.i in actors.by_token), None)
    critic = next((actors.of(p) for c in head.children if c.dep_ == "prep" and
                   c.lower_ in _IMPOSER_CASES for p in c.children if actors.of(p)), None)
    return True, critic, drawn_by


def nominal_parties(token: Token, actors: SentenceActors,
                    measure: bool = False) -> tuple[Actor | None, Actor | None]:
    """Source and target of a nominal trigger: 'par/by' or possessive/adjective -> source,
    'de/of/contre/against' -> target. Falls back to a short window after the noun,
    because parsers often attach these to a neighbouring noun. For a `measure` (a sanction),
    a government or body after 'de' is its source."""
    source, target = _nominal_parties(token, actors)
    if measure and source is None and target is not None and \
            target.actor_type in ("COUNTRY", "ORGANIZATION", "ORGANISATION") and \
            any(_names_after_de(c, target, actors) for c in token.children):
        against = _opposed_in_window(token, actors)
        return target, against if against != target else None
    return source, target


def _names_after_de(child: Token, actor: Actor, actors: SentenceActors) -> bool:
    """"de l'ONU" (French case child) or "from the EU" (English prep over its object)."""
    if child.dep_ == "prep":
        return child.lower_ in _IMPOSER_CASES and any(actors.of(c) == actor
                                                       for c in child.children)
    return case_of(child) in _IMPOSER_CASES and actors.of(child) == actor


def _opposed_in_window(noun: Token, actors: SentenceActors) -> Actor | None:
    """"les sanctions de l'UE contre la Russie": the actor after "contre/against"."""
    opposed = False
    for i in range(noun.i + 1, min(noun.i + 10, actors.sent.end)):
        opposed = opposed or noun.doc[i].lower_ in ("contre", "against")
        if opposed and i in actors.by_token:
            return actors.by_token[i].actor
    return None


_OF_CASES = {"de", "d'", "d’", "du", "des", "of"}


def meeting_sides(noun: Token, actors: SentenceActors) -> tuple[Actor | None, Actor | None]:
    """"l'entretien d'Emmanuel Macron avec Xi Jinping", "the meeting of X with Y": the party
    after "de/of" met the one after "avec/with", in the noun's window; (None, None) unless
    both are named, in that order."""
    case, first = "", None
    for i in range(noun.i + 1, min(noun.i + 10, actors.sent.end)):
        word = noun.doc[i]
        if word.is_punct and word.text not in ("'", "’"):
            break
        if word.pos_ == "ADP":
            case = word.lower_
        mention = actors.by_token.get(i)
        if mention is None:
            continue
        if first is None and case in _OF_CASES:
            first = mention.actor
        elif first is not None and case in ("avec", "with") and mention.actor != first:
            return first, mention.actor
    return None, None


# Nouns of something voiced: "from X" names who voiced it ("protests from China and Russia",
# "a request from Kyiv"), not what it is about.
_VOICED_NOUNS = {"protest", "criticism", "condemnation", "demand", "request", "appeal",
                 "warning", "threat", "objection", "complaint"}


def _nominal_parties(token: Token, actors: SentenceActors) -> tuple[Actor | None, Actor | None]:
    source = target = None
    for child in token.children:
        node = child
        if child.pos_ == "ADP":
            node = next((c for c in child.children if c.dep_ == "pobj"), child)
            case = child.lower_
        else:
            case = case_of(child)
        actor = actors.of(node)
        if actor is None:
            continue
        if case in SOURCE_CASES or child.dep_ in ("poss", "amod", "nmod:poss", "compound") \
                or (case == "from" and lemma_of(token) in _VOICED_NOUNS):
            source = source or actor  # "despite protests from China": China protested
        elif case in TARGET_CASES:
            target = target or actor
    doc = token.doc
    voiced = lemma_of(token) in _VOICED_NOUNS
    end = min(token.i + 8, actors.sent.end)
    case = ""
    for i in range(token.i + 1, end):
        tok = doc[i]
        if tok.pos_ == "ADP":
            case = tok.lower_
        mention = actors.by_token.get(i)
        if mention and case:
            if case == "from" and voiced:
                source = source or mention.actor  # "protests from China and Russia"
            elif case in BETWEEN_CASES and mention.actor != source:
                if source is None:
                    source = mention.actor
                elif target is None:
                    target = mention.actor
            elif case in SOURCE_CASES and source is None:
                source = mention.actor
            elif case in TARGET_CASES and target is None and mention.actor != source:
                target = mention.actor
        if tok.is_punct and tok.text not in ("'", "’"):
            break
    return source, target


def criticism_parties(noun: Token, actors: SentenceActors, source: Actor | None,
                      target: Actor | None) -> tuple[Actor | None, Actor | None] | None:
    """(critic, criticised) of a criticism drawn by an act; None when none was drawn."""
    drawn, critic, drawn_by = criticism_drawn(noun, actors)
    if not drawn:
        return None
    if source is None and critic is not None:
        source, target = critic, None
    return source, target or (drawn_by if drawn_by != source else None)


def between_parties(noun: Token, actors: SentenceActors) -> tuple[Actor | None, Actor | None]:
    """The two sides of a "between/entre" phrase on a noun ("a ceasefire between Israel and
    Hamas"), (None, None) when it names fewer than two."""
    for child in noun.children:
        node = child
        if child.pos_ == "ADP":
            node = next((c for c in child.children if c.dep_ == "pobj"), child)
            case = child.lower_
        else:
            case = case_of(child)
        if case not in BETWEEN_CASES:
            continue
        sides = [a for t in (node, *node.conjuncts) if (a := actors.of(t)) is not None]
        sides = list(dict.fromkeys(sides))
        if len(sides) >= 2:
            return sides[0], sides[1]
    return None, None
