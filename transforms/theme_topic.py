"""Every story is about something: when no theme passes the thread and paragraph rules of
transforms/themes.py, the one its words tell most, if it has the evidence any theme needs
(``_Evidence.is_enough``), is the story's topic.

The thread rules weigh a theme against the others and against the story's length, so that
the background of one story is not taken for a thread of it. A story whose topic is told
in few of the taxonomy's words -- a company's results told with "revenue", "shares" and
"growth", a court case with "trial" and "police" -- can lose all of its themes that way,
its topic with them; an article listed with no theme at all is always wrong. A topic runs
through the story: it is told in TOPIC_PARAGRAPHS body paragraphs at least. A story the
taxonomy has no theme for (a film festival's prizes) names a war or a prison in one
paragraph of films, which is no topic of it; and it weighs TOPIC_WEIGHT, what a thread told
over two paragraphs weighs (theme_paragraphs.ADJACENT_WEIGHT): a sprinter's doping ban told
with "banned", "penalty" and one "sanction" (5) is no SANCTIONS story. DIPLOMACY
keeps its own rules (theme_exchanges.diplomacy_kept) and is not put back here, and a theme
told only with the words that never make it alone (taxonomy ``_NOT_ALONE``) is still no
topic.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from transforms.theme_paragraphs import ADJACENT_WEIGHT, TITLE_PARAGRAPH

if TYPE_CHECKING:  # themes.py imports this module; the type is only an annotation here
    from transforms.themes import _Evidence

TOPIC_PARAGRAPHS = 2
TOPIC_WEIGHT = ADJACENT_WEIGHT


def the_story_topic(evidence: dict[str, _Evidence], enough: Callable[[_Evidence], bool],
                    lone: dict[str, frozenset[str]], leave_out: str) -> str | None:
    """The theme with the most evidence (``evidence``: theme -> what it collected), but
    ``leave_out`` (DIPLOMACY), when it passes ``enough``, weighs TOPIC_WEIGHT, is told in
    TOPIC_PARAGRAPHS body paragraphs and not only with its ``lone`` terms; else None."""
    ranked = sorted((code for code in evidence if code != leave_out),
                    key=lambda code: (-evidence[code].weighted, code))
    if not ranked:
        return None
    top = evidence[ranked[0]]
    told_in = set(top.paragraph_weight) - {TITLE_PARAGRAPH}
    if (not enough(top) or top.weighted < TOPIC_WEIGHT or len(told_in) < TOPIC_PARAGRAPHS
            or set(top.term_counts) <= lone.get(ranked[0], frozenset())):
        return None
    return ranked[0]
