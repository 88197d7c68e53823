"""Exchanges between states: the coded events that tell an article's diplomacy.

DIPLOMACY is told less in topic words than in who does what to whom: "Chisinau accused
the Kremlin", "Moscow rejected the charge", "the UN asked Washington", "Manila and Tokyo
signed". Where the taxonomy's words are thin ("talks", "minister"), the events the
article codes (transforms/events.py) between officials of different states, or between
a state and an intergovernmental body, are the evidence. transforms/themes.py uses
them for DIPLOMACY only (see ``diplomacy_is_told``).

Measured on the tuning and dev sets (182 articles, 99 with DIPLOMACY under the
guideline in eval/README.md, then dev9): with the thread rule lifted for DIPLOMACY
(themes.py) and the exchanges below, 42 more annotated DIPLOMACY themes found, 7 wrong
ones.
"""
from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Doc

from transforms.event_sentences import event_sentences
from transforms.records import Actor, ActorMention, Event
from transforms.theme_layout import FULL_STORY_WORDS

# Verbal interaction (GDELT quad classes 1 and 3): what diplomacy consists of. Material
# acts (assault, aid, sanctions) are other themes' stories.
VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT",
                          "THREATEN"})
# Bodies of states (names as in data/organisations.json, where tests check them):
# acting, they are a side of their own, as a state is. Agencies that deliver (WHO,
# UNHCR, WFP) are not: their appeals to a government are health or aid stories. Nor are
# the lenders (IMF, World Bank): a loan agreed, a bailout backed or a reform demanded with a
# government is an economy story (all readable sets, s28: 1 wrong DIPLOMACY dropped -- a
# staff-level deal with the IMF told with "accord" and "ministre" -- no annotated one lost).
INTERGOVERNMENTAL = frozenset({
    "NATO", "United Nations", "UN Security Council", "UN General Assembly", "European Union",
    "European Commission", "European Council",
    "G7", "G20", "ASEAN", "African Union", "OPEC", "International Atomic Energy Agency",
    "OSCE", "BRICS", "Council of Europe", "Shanghai Cooperation Organisation", "Arab League",
    "Gulf Cooperation Council", "ECOWAS", "Mercosur", "APEC", "Organization of American States",
    "Alliance of Sahel States", "Southern African Development Community",
    "East African Community", "Organisation of Islamic Cooperation",
    "Collective Security Treaty Organization", "Eurasian Economic Union", "AUKUS", "Quad",
    "International Organisation of La Francophonie", "World Trade Organization",
})
# Seats that speak for their government ("the Kremlin said").
SEATS_OF_GOVERNMENT = frozenset({"Kremlin", "White House", "State Department", "Zhongnanhai",
                                 "Downing Street", "Elysee", "Quai d'Orsay", "Matignon",
                                 "Pentagon", "Office of the U.S. Trade Representative"})
# A person speaks for a state through an office; a chief executive or an opposition
# leader does not. A government's adviser does, as an envoy does ("Massad Boulos, the senior
# U.S. adviser for Africa, ... met Tshisekedi", a president's "conseiller diplomatique"):
# readable sets, the roles read as "adviser" are all of governments; 1 annotated DIPLOMACY
# found, no wrong one.
_OFFICE = re.compile(r"minist|president|premier|chancellor|\bking\b|\bemir\b|prince|secretary"
                     r"|spokes|envoy|ambassador|commissioner|\bprime\b|diplomat|head of state"
                     r"|foreign|defen[cs]e|\bvice\b|advis[eo]r|conseill", re.IGNORECASE)
_NOT_AN_OFFICE = re.compile(r"\bCEO\b|executive|chairman|opposition", re.IGNORECASE)

# (exchanges, weighted evidence of the theme's words) that tell diplomacy together: the
# more exchanges an article codes, the fewer of the taxonomy's words it needs. Two
# exchanges also do with one specific (weight >= 2) term.
# Three exchanges need some of the theme's words (2) unless they sit in three sentences (a
# row: "Sandu accused Russia... The Kremlin rejected... Bucharest urged Moscow") or the text
# is short (theme_layout.FULL_STORY_WORDS); one exchange needs 6 words' weight (more than one line's
# passing words). The exchanges of a story that is not about diplomacy are lines of its
# other threads: "Italy and Greece agreed, at Paris's request, to lend water bombers" in a
# wildfire story (three exchanges, one sentence), a UN rights chief urging Tunis in a
# trial story, a ministry thanking donors in a flood story. All readable sets and
# dev19/dev20 (330 articles), DIPLOMACY TP/FP/FN 149/22/17 -> 148/15/18: the three-
# exchange row drops 3 wrong themes and no annotated one, (1, 5) -> (1, 6) 4 wrong and 1
# annotated (one exchange and 5 in a 470-word story). Tried and left: (2, 4) -> (2, 5),
# 1 annotated lost and no wrong one dropped; every row counting exchanges by sentence,
# 7 annotated lost for 5 wrong; three exchanges with 2 words and no sentence test, the
# row told without diplomacy words lost (tests/transforms/test_theme_exchanges.py).
EXCHANGES_AND_WORDS = ((3, 2), (2, 4), (1, 6))
EXCHANGES_WITH_A_SPECIFIC_TERM = 2
ROW_EXCHANGES = 3  # ...in as many sentences, or in a short text, need no word of the theme
# ...sentences of one passage: within this many consecutive sentences (a paragraph or two).
# Three exchanges strewn over a story (Malta denying neglect to Italy in the 8th sentence of
# a shipwreck story, Rome calling on the EU in the 12th, deals with Tunis in the 16th) are
# lines of its other threads. Readable sets and dev19/dev20: 1 wrong DIPLOMACY dropped
# (that shipwreck, dev20), nothing else moves.
ROW_SENTENCES = 5
# In articles of LONG_ARTICLE_WORDS and more, exchanges tell DIPLOMACY only beside this much
# of its words (the square-root bar of a 900-word story). Long dev13/dev15 articles: 5 wrong
# DIPLOMACY themes had 6-8 (a 4-exchange cholera story, a trial, a terror attack), the
# annotated one kept this way 9; 8 drops 4 of the 5, 10 loses the annotated one.
LONG_ARTICLE_WORDS = 700
LONG_ARTICLE_DIPLOMACY_WEIGHT = 9


def state_side(actor: Actor | None) -> str | None:
    """The state (ISO alpha-3) or intergovernmental body an actor acts for, or None."""
    if actor is None:
        return None
    if actor.actor_type == "COUNTRY":
        return actor.country_code
    if actor.actor_type == "ORGANIZATION":
        if actor.name in INTERGOVERNMENTAL:
            return f"body:{actor.name}"
        if actor.name in SEATS_OF_GOVERNMENT:
            return actor.country_code
        return None
    if (actor.actor_type == "PERSON" and actor.country_code and actor.role
            and _OFFICE.search(actor.role) and not _NOT_AN_OFFICE.search(actor.role)):
        return actor.country_code
    return None


def sides_by_sentence(doc: Doc, mentions: Iterable[ActorMention]) -> dict[int, set[str]]:
    """The states and intergovernmental bodies each sentence names, by the index events
    give their sentence (transforms/event_sentences.py)."""
    sentence_of = {}
    for index, sentence in enumerate(event_sentences(doc)):
        for i in range(sentence.start, sentence.end):
            sentence_of[i] = index
    named: dict[int, set[str]] = {}
    for mention in mentions:
        side = state_side(mention.actor)
        if side and mention.start in sentence_of:
            named.setdefault(sentence_of[mention.start], set()).add(side)
    return named


def interstate_exchanges(events: Iterable[Event], named: dict[int, set[str]] | None = None,
                         ) -> set[tuple[str, str, str, int]]:
    """(type, side, other side, sentence) of each verbal event between two different
    states, or a state and an intergovernmental body. Two bodies (the Commission and the
    Council) are one side's internal affairs.

    A state's verbal act with no coded target, in a sentence that names another state
    (``named``, from sides_by_sentence), is an exchange with it: "Moscow called the
    German brigade in Lithuania a provocation", "the Kremlin rejected Chisinau's
    accusations". On the tuning and dev sets this found 11 more annotated DIPLOMACY
    themes and 5 wrong ones, each a case the annotators called borderline (embassies
    urging restraint, travel advisories)."""
    events = list(events)
    co_sources = _co_sources(events)
    exchanges = set()
    for event in events:
        if event.event_type not in VERBAL_TYPES:
            continue
        source, target = state_side(event.source), state_side(event.target)
        if source and not target and event.target is None and named:
            together = co_sources.get(_act_of(event), set()) - {source} \
                if not _RECIPROCAL.search(event.sentence) else set()
            others = sorted(side for side in named.get(event.sentence_index, ())
                            if side != source and side not in together
                            and not _both_bodies(source, side))
            target = others[0] if others else None
            if target is None and len(together) + 1 >= JOINT_ACT_STATES:
                # Several states acting as one, toward no state named: a concerted act,
                # told once.
                exchanges.add((event.event_type, min(together | {source}), "joint",
                               event.sentence_index))
                continue
        if not source or not target or source == target or _both_bodies(source, target):
            continue
        exchanges.add((event.event_type, source, target, event.sentence_index))
    return exchanges


# "accused each other", "se sont mutuellement accusés": the co-subjects act on one another.
_RECIPROCAL = re.compile(r"\beach other\b|\bone another\b|\bmutuel|\bl['’]une? l['’]autre\b|"
                         r"\bles uns? les autres\b|\bréciproque", re.IGNORECASE)


# Three or more states named as the one subject of an act act as a group (mediators
# "pressing for a truce", the E3): one concerted exchange. Two doing the same thing (two
# embassies urging restraint, two capitals demanding guarantees) are no exchange with each
# other. Readable sets: the co-subject read as addressee had made 2 wrong DIPLOMACY themes
# and carried 3 annotated ones; with the group told once, 2 wrong dropped, 1 annotated lost
# (three embassies advising their nationals to leave).
JOINT_ACT_STATES = 3


def _act_of(event: Event) -> tuple[int, str, str]:
    return event.sentence_index, event.event_type, event.verb


def _co_sources(events: list[Event]) -> dict[tuple[int, str, str], set[str]]:
    """The sides acting together in one act: "The United States and Britain called on both
    sides" codes one REQUEST per state; each is the other's partner, not its addressee."""
    sides: dict[tuple[int, str, str], set[str]] = {}
    for event in events:
        side = state_side(event.source)
        if side:
            sides.setdefault(_act_of(event), set()).add(side)
    return sides


# Acts two sides do together: "Beyrouth et Damas ont convenu d'un mécanisme", "Seoul and
# Tokyo agreed", "les deux ministres se sont rencontrés" code one event each way, but tell
# one agreement, one meeting. Told both ways in one sentence, they are one exchange
# (exchange_count); an accusation answered in the same sentence stays two.
JOINT_TYPES = frozenset({"AGREE", "CONSULT"})


def exchange_count(exchanges: Iterable[tuple[str, str, str, int]]) -> int:
    """How many exchanges (``interstate_exchanges``) the article tells: one side's acts toward
    another in one sentence are one exchange, however many verbs code them ("Mnangagwa visited
    China last month and signed agreements", "Beijing firmly opposes the decision, accused New
    Delhi of abusing trade remedies and urged India to correct it": one state speaking once).
    The other side's answer, even in the same sentence ("accused each other", "a charge Caracas
    rejects"), is a second one. All readable sets (s33): 4 wrong DIPLOMACY themes dropped, no
    annotated one lost (counting one per pair of sides and sentence, the answer included, had
    dropped 6 and lost 2, among them a mutual accusation at sea). An act done together
    (JOINT_TYPES) and told both ways in one sentence is one exchange."""
    kinds_of: dict[tuple[str, str, int], set[str]] = {}
    for kind, side, other, sentence in exchanges:
        kinds_of.setdefault((side, other, sentence), set()).add(kind)
    count = 0
    for (side, other, sentence), kinds in kinds_of.items():
        mirror = kinds_of.get((other, side, sentence))
        # the joint act told the other way round was counted with its mirror
        told_back = side > other and mirror is not None and kinds | mirror <= JOINT_TYPES
        count += not told_back
    return count


def row_sentences(exchanges: Iterable[tuple[str, str, str, int]]) -> int:
    """The most sentences holding exchanges (``interstate_exchanges``) within ROW_SENTENCES
    consecutive sentences: how many lines of one passage tell the row."""
    held = sorted({sentence for *_, sentence in exchanges})
    return max((sum(1 for other in held if first <= other < first + ROW_SENTENCES)
                for first in held), default=0)


def _both_bodies(side: str, other: str) -> bool:
    return side.startswith("body:") and other.startswith("body:")


def diplomacy_is_told(exchanges: int, weighted: int, strongest: int, words: int = 0,
                      sentences: int | None = None) -> bool:
    """Enough exchanges between states, alone or with some of the theme's words
    (``weighted`` evidence, ``strongest`` term weight), for DIPLOMACY in an article of
    ``words`` words (0: not known, read as a short text) whose exchanges sit in
    ``sentences`` sentences of one passage (``row_sentences``; None: one each)."""
    if exchanges >= EXCHANGES_WITH_A_SPECIFIC_TERM and strongest >= 2:
        return True
    row = exchanges if sentences is None else sentences
    if exchanges >= ROW_EXCHANGES and (words < FULL_STORY_WORDS or row >= ROW_EXCHANGES):
        return True
    return any(exchanges >= least and weighted >= needed
               for least, needed in EXCHANGES_AND_WORDS)


def diplomacy_kept(words_enough: bool, weighted: int, strongest: int, exchanges: int,
                   sides: set[str] | None, words: int = 0, sentences: int | None = None) -> bool:
    """DIPLOMACY needs the evidence bars (``words_enough``: transforms/themes.py) but no
    thread: a story tells it in scattered lines (a call, a protest, a meeting) rather than
    in one dense paragraph. On the tuning and dev sets, the thread rule had dropped 15
    annotated DIPLOMACY themes with enough evidence, and 1 that was not annotated. Its
    words alone need two states (or a state and an intergovernmental body) named in the
    paragraphs that hold them (``sides``, when known: themes._sides_told): talks,
    negotiations and a minister between a government and its unions are labour news. Or
    the exchanges between states the article codes tell it (``diplomacy_is_told``; ``sentences``: how many sentences of one
    passage hold the exchanges, ``row_sentences``)."""
    between_states = sides is None or len(sides) >= 2 or exchanges > 0
    if between_states and words_enough:
        return True
    # A long article codes many exchanges (each paragraph quotes a government): there
    # they stand in for the thread, not for the theme's own words -- unless they make a row,
    # sentences of one passage (ROW_EXCHANGES within ROW_SENTENCES): Beijing accusing Taipei,
    # Taipei answering, Washington weighing in, told one after another, are a diplomatic
    # passage, not a government quoted in each paragraph. All readable sets: 2 annotated
    # DIPLOMACY themes found (800-word stories, 8 and 9 exchanges), no wrong one (the long
    # stories with 3-4 exchanges and no annotated DIPLOMACY hold them in 1-2 sentences of a
    # passage).
    # (sentences not known: no row.)
    row = sentences is not None and sentences >= ROW_EXCHANGES
    if words >= LONG_ARTICLE_WORDS and weighted < LONG_ARTICLE_DIPLOMACY_WEIGHT and not row:
        return False
    return diplomacy_is_told(exchanges, weighted, strongest, words, sentences)
