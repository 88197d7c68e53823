"""Hand-listed actor mentions for event tests, events as (type, source, target), and what
the actor rules found in a text, for actor tests."""
from __future__ import annotations

from datetime import date

from transforms.actors import find_actors
from transforms.events import code_events
from transforms.records import Actor, ActorMention, Event

TEST_PUBLISHED = date(2026, 3, 12)


def first_mentions(doc, text: str, named: list[tuple[str, str]]) -> list[ActorMention]:
    """A mention of each (name, actor type) at its first occurrence in ``text``."""
    mentions = []
    for name, actor_type in named:
        start = text.index(name)
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        mentions.append(ActorMention(Actor(name, actor_type), name, span.start, span.end,
                                     span.start_char, span.end_char))
    return mentions


def canonical_mentions(doc, text: str,
                       named: list[tuple[str, str, str]]) -> list[ActorMention]:
    """A mention of each (text as written, canonical name, actor type) at the first
    occurrence of its written form in ``text``, naming the canonical actor."""
    mentions = first_mentions(doc, text, [(written, kind) for written, _, kind in named])
    for mention, (_, name, kind) in zip(mentions, named):
        mention.actor = Actor(name, kind)
    return mentions


def coded_with_canonical(models, lang: str, text: str, named: list[tuple[str, str, str]],
                         published: date = TEST_PUBLISHED
                         ) -> list[tuple[str, str | None, str | None]]:
    """Events coded in ``text`` with the listed (as written, canonical name, actor type) as
    its only actors."""
    doc = models[lang](text)
    return party_triples(code_events(doc, lang, canonical_mentions(doc, text, named),
                                     "art_test", published))


def party_triples(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    """(type, source name, target name) of each event."""
    return [(e.event_type, e.source.name if e.source else None,
             e.target.name if e.target else None) for e in events]


def every_mention(doc, named: dict[str, Actor]) -> list[ActorMention]:
    """Every occurrence of each listed surface form, as a mention of its actor ("Mavuso"
    and "Busisiwe Mavuso" both), in text order."""
    found = []
    for surface, actor in named.items():
        words = surface.split()
        for i in range(len(doc) - len(words) + 1):
            if [t.text for t in doc[i:i + len(words)]] == words:
                span = doc[i:i + len(words)]
                found.append(ActorMention(actor, surface, span.start, span.end,
                                          span.start_char, span.end_char))
    return sorted(found, key=lambda m: m.start)


def coded_with_every_mention(nlp, lang: str, text: str, named: dict[str, Actor],
                             published: date = TEST_PUBLISHED
                             ) -> list[tuple[str, str | None, str | None]]:
    """Events coded in ``text`` with every occurrence of the listed surface forms as the
    mentions of their actors."""
    doc = nlp(text)
    return party_triples(code_events(doc, lang, every_mention(doc, named), "art_test",
                                     published))


def coded_with(models, lang: str, text: str, named: list[tuple[str, str]],
               published: date = TEST_PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    """Events coded in ``text`` with the listed (name, actor type) as its only actors."""
    doc = models[lang](text)
    return party_triples(code_events(doc, lang, first_mentions(doc, text, named), "art_test",
                                     published))


def events_with_found_actors(nlp, lang: str, text: str, published: date) -> list[Event]:
    """The events coded in a whole story, with the actors the actor finder gives it."""
    doc = nlp(text)
    return code_events(doc, lang, find_actors(doc, lang), "art_story", published)


def coded_with_found_actors(nlp, lang: str, text: str,
                            published: date) -> list[tuple[str, str | None, str | None]]:
    """Events coded in a whole story, with the actors the actor finder gives it."""
    return party_triples(events_with_found_actors(nlp, lang, text, published))


def types_with_found_actors(nlp, lang: str, text: str, published: date) -> list[str]:
    """The types of the events coded in a whole story, with the actors the finder gives it."""
    return [event[0] for event in coded_with_found_actors(nlp, lang, text, published)]


def assert_construction(nlp, lang: str, text: str, expected: tuple, published: date) -> None:
    """A construction bank's check: ``expected`` (type, source, target) is among the events
    coded in ``text`` with the actors found, or, as ("NOT", type), no event of that type is."""
    coded = coded_with_found_actors(nlp, lang, text, published)
    if expected[0] == "NOT":
        assert expected[1] not in [event[0] for event in coded], coded
    else:
        assert expected in coded, coded


# spaCy entity labels that may name an actor, in both models.
ACTOR_LABELS = {"PER", "PERSON", "ORG", "LOC", "GPE", "NORP", "MISC", "FAC"}


def entity_mentions(doc, actor_type: str = "COUNTRY") -> list[ActorMention]:
    """Every entity of an actor label, as an actor named as written."""
    return [ActorMention(Actor(e.text, actor_type), e.text, e.start, e.end, e.start_char,
                         e.end_char) for e in doc.ents if e.label_ in ACTOR_LABELS]


def coded_with_entities(nlp, lang: str, text: str, actor_type: str = "COUNTRY",
                        published: date = TEST_PUBLISHED) -> list[tuple[str, str | None,
                                                                        str | None]]:
    """Events coded in ``text`` with spaCy's entities as the actors."""
    doc = nlp(text)
    return party_triples(code_events(doc, lang, entity_mentions(doc, actor_type), "art_test",
                                     published))


def actors(models, lang, text):
    """(mention text, actor name, type, country) of every mention, in text order."""
    return [(m.mention_text, m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(models[lang](text), lang)]


def country_by_name(nlp, text, lang):
    """{actor name: country code} of what the actor rules found in ``text``."""
    return {m.actor.name: m.actor.country_code for m in find_actors(nlp(text), lang)}
