"""Whom a threat with no one named is aimed at: the party that last acted against the one
who threatens. "The EU imposed new sanctions on Moscow. ... Moscou a prévenu qu'elle
prendrait des mesures de rétorsion": Russia threatens the EU. "South Africa imposed
retaliatory tariffs on U.S. goods ... Greer warned that they will not go unanswered": the
United States threatens South Africa. A warning of consequences answers an act, and wire
copy tells the act first.
"""
from __future__ import annotations

from transforms.records import Actor, Event

# Acts a threat of consequences answers.
_HOSTILE_ACTS = {"SANCTION", "COERCE", "ASSAULT", "ACCUSE", "THREATEN", "REJECT", "MOBILIZE",
                 "PROTEST"}
_REACH = 12  # sentences back


def _same_side(a: Actor, b: Actor) -> bool:
    """The same party, or a person or body speaking for the country acted on."""
    if a == b:
        return True
    return b.actor_type == "COUNTRY" and a.country_code is not None and \
        a.country_code == b.country_code


def aim_threats(found: list[Event], earlier: list[Event]) -> None:
    """Give each THREATEN of `found` with a source and no target the source of the latest
    hostile act of `earlier` aimed at that source's side (within the reach)."""
    for event in found:
        if event.event_type != "THREATEN" or event.target is not None or event.source is None:
            continue
        answered = next((e for e in reversed(earlier)
                         if event.sentence_index - e.sentence_index <= _REACH
                         and e.event_type in _HOSTILE_ACTS and e.target is not None
                         and e.source is not None and not _same_side(event.source, e.source)
                         and _same_side(event.source, e.target)), None)
        if answered is not None:
            event.target = answered.source
