"""Who a protest is by and against.

A crowd protests somewhere and about something: "farmers protested in Brussels against
the trade deal with Mercosur", "ont manifesté dans le quartier européen de Bruxelles",
"marched on the anniversary of the Saba Saba rally", "protesters in Tbilisi, Georgia".
The place is the scene and the thing opposed is no actor (eval/README.md: PROTEST is
by civilians, source and target are who acts and who is acted on). A protest has a
target only when an actor itself is what it is against ("rallied against Ruto",
"manifesté contre le gouvernement de Giorgia Meloni" has none: the government is unnamed),
and no source that is named as the place where it happened.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.event_parties import SentenceActors, case_of
from transforms.records import Actor

_AGAINST = {"against", "contre"}
_SCENE = {"in", "at", "à", "a", "dans", "en", "near", "outside", "devant", "près"}


def _tokens_of(actor: Actor, actors: SentenceActors) -> list[Token]:
    doc = actors.sent.doc
    return [doc[i] for i, m in actors.by_token.items() if m.actor == actor and
            (i == m.start or doc[i].head.i < m.start or doc[i].head.i >= m.end)]


def _phrase_case(token: Token) -> str:
    """The preposition of the phrase a name heads, or of the phrase it is listed or
    apposed in ("in Tbilisi, Georgia", "à Paris et à Lyon")."""
    for _ in range(3):
        case = case_of(token)
        if case or token.dep_ not in ("appos", "conj", "flat", "flat:name", "compound", "npadvmod"):
            return case
        token = token.head
    return ""


def _country_of_place(token: Token, actors: SentenceActors) -> bool:
    """"in Tbilisi, Georgia", "à Tbilissi ,Géorgie": the country after a city only says
    where the city is, however the parse hangs it."""
    doc = token.doc
    i = token.i - 1
    while i > actors.sent.start and doc[i].text == ",":
        i -= 1
    place = actors.by_token.get(i)
    return i < token.i - 1 and place is not None and place.actor.actor_type == "LOCATION"


def protest_parties(source: Actor | None, target: Actor | None,
                    actors: SentenceActors) -> tuple[Actor | None, Actor | None]:
    """(source, target) of a PROTEST event once the generic rules have read them."""
    if target is not None and not any(_phrase_case(t) in _AGAINST
                                      for t in _tokens_of(target, actors)):
        target = None
    if source is not None:
        tokens = _tokens_of(source, actors)
        if tokens and all(_phrase_case(t) in _SCENE or _country_of_place(t, actors)
                          for t in tokens):
            source = None
    return source, target


# A state protests by diplomatic note, not in the street: "Manila summoned a Chinese diplomat
# to protest in the strongest terms", "despite protests from China and Russia" are
# accusations (eval/README.md: PROTEST is by civilians).
OFFICIAL_PROTEST_WORDS = {"protest", "protester", "protestation"}


def official_protest(lemma: str, source: Actor | None) -> bool:
    return lemma in OFFICIAL_PROTEST_WORDS and source is not None and \
        source.actor_type == "COUNTRY"
