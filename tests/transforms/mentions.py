"""Hand-listed actor mentions for event tests."""
from __future__ import annotations

from transforms.records import Actor, ActorMention


def first_mentions(doc, text: str, named: list[tuple[str, str]]) -> list[ActorMention]:
    """A mention of each (name, actor type) at its first occurrence in ``text``."""
    mentions = []
    for name, actor_type in named:
        start = text.index(name)
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        mentions.append(ActorMention(Actor(name, actor_type), name, span.start, span.end,
                                     span.start_char, span.end_char))
    return mentions
