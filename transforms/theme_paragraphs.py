"""Paragraph rules of theme scoring: when one body paragraph is about a theme.

A secondary thread of a wire story is often told in one place (a paragraph on the
sanctions, on the displaced, on the court case) rather than spread over the story;
transforms/themes.py keeps a theme whose evidence reaches the bars below in one
paragraph (or in two consecutive ones, ``_told_over_two_paragraphs``), even when it falls
short of the spread (thread) rules.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # themes.py imports this module; the type is only an annotation here
    from transforms.themes import _Evidence

TITLE_PARAGRAPH = -1  # paragraph index of headline hits
# A paragraph is about a theme when the theme has this much in it and this share of
# all theme weight there (a grab-bag paragraph of background items is about none).
PARAGRAPH_WEIGHT = 6
PARAGRAPH_TERMS = 2
PARAGRAPH_SHARE = 0.5
# ...or it leads the paragraph with this much: a dense paragraph told about two themes
# (coal plants kept open and the emissions they cause; an oil embargo and the refinery
# it hits) is about both, and its leading theme is no background mention.
PARAGRAPH_LEAD_WEIGHT = 9
# ...or it is told there in depth: DEPTH_TERMS distinct terms, one strong, weighing
# DEPTH_WEIGHT and DEPTH_SHARE of the paragraph (a paragraph on executions and torture
# in a sanctions story, on drought and deforestation in an election one).
DEPTH_WEIGHT = 7
DEPTH_TERMS = 3
DEPTH_SHARE = 0.4
# ...or two of its strong (weight 3) terms there, weighing PAIR_WEIGHT and PAIR_SHARE of
# the paragraph: "joint exercise ... reciprocal access agreement" in a sea-dispute story,
# "disinformation ... AI-generated video" in an election one. Two unambiguous phrases
# in one paragraph are a thread told in one place, however busy the paragraph.
PAIR_WEIGHT = 7
PAIR_SHARE = 0.2
# ...or told over two consecutive body paragraphs, a specific term in each, a strong one
# among them, ADJACENT_TERMS distinct terms weighing ADJACENT_WEIGHT together: a secondary
# thread of a 300-450-word wire story told in two or three sentences that a paragraph
# break splits ("placés en détention" closing one paragraph, "passeurs" and "police"
# opening the next). A context mention sits in one paragraph. Tuning and dev sets, both
# languages: 2 annotated themes found (French), no wrong one, for weights 6 to 8 and 2 or
# 3 terms; without the strong term, 5 to 7 wrong ones. Only in a text split into paragraphs
# by its line breaks: with its lines joined (sentences standing in for paragraphs), the
# rule read on two consecutive sentences found 4 annotated themes and 6 wrong ones.
ADJACENT_WEIGHT = 7
ADJACENT_TERMS = 3


@dataclass
class _ParagraphWeights:
    """All themes' weight in each paragraph, and the largest one theme has there."""

    total: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    lead: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    closing_line: int | None = None  # a short last paragraph: background, carries nothing
    # False when the text has too few line breaks and its sentences stand in for paragraphs
    # (theme_layout.paragraph_index): two consecutive "paragraphs" are then two sentences.
    split_by_lines: bool = True


def _paragraph_weights(evidence: dict[str, _Evidence],
                       dated: dict[str, dict[int, int]] | None = None) -> _ParagraphWeights:
    """``dated``: the weight of the hits that date the story (theme -> paragraph -> weight,
    themes.theme_evidence), which tell no theme but are words of their paragraph: a "since the
    virus was identified" keeps its paragraph an outbreak's, not the war's of its other line."""
    weights = _ParagraphWeights()
    for code in set(evidence) | set(dated or {}):
        found = evidence.get(code)
        told = dict(found.paragraph_weight) if found is not None else {}
        for paragraph, weight in (dated or {}).get(code, {}).items():
            told[paragraph] = told.get(paragraph, 0) + weight
        for paragraph, weight in told.items():
            weights.total[paragraph] += weight
            weights.lead[paragraph] = max(weights.lead[paragraph], weight)
    return weights


def _carries_a_paragraph(found: _Evidence, paragraphs: _ParagraphWeights) -> bool:
    """A whole body paragraph is about this theme: a real secondary thread of a long
    story ("Human Rights Watch accused...", "Economists say the shortages..."), which
    the spread rule misses because the story tells it in one place."""
    return any(
        paragraph not in (TITLE_PARAGRAPH, paragraphs.closing_line)
        and len(found.paragraph_terms[paragraph]) >= PARAGRAPH_TERMS
        and (_holds_half(paragraph, weight, paragraphs) or _leads(paragraph, weight, paragraphs)
             or _told_in_depth(found, paragraph, weight, paragraphs)
             or _two_strong_terms(found, paragraph, weight, paragraphs))
        for paragraph, weight in found.paragraph_weight.items()
    ) or _told_over_two_paragraphs(found, paragraphs)


def _holds_half(paragraph: int, weight: int, paragraphs: _ParagraphWeights) -> bool:
    return weight >= PARAGRAPH_WEIGHT and weight >= PARAGRAPH_SHARE * paragraphs.total[paragraph]


def _leads(paragraph: int, weight: int, paragraphs: _ParagraphWeights) -> bool:
    return weight >= PARAGRAPH_LEAD_WEIGHT and weight >= paragraphs.lead[paragraph]


def _told_in_depth(found: _Evidence, paragraph: int, weight: int,
                   paragraphs: _ParagraphWeights) -> bool:
    """Three distinct terms of the theme, one of them strong, in a paragraph it shares
    with others: "Amnesty International ... executions ... torture" in a sanctions story,
    "drought ... deforestation ... weather" in an election one. An annotator tags such a
    paragraph-long topic even when it holds less than half of the paragraph."""
    terms = found.paragraph_terms[paragraph]
    return (weight >= DEPTH_WEIGHT and len(terms) >= DEPTH_TERMS
            and any(found.term_weights[term] >= 3 for term in terms)
            and weight >= DEPTH_SHARE * paragraphs.total[paragraph])


def _two_strong_terms(found: _Evidence, paragraph: int, weight: int,
                      paragraphs: _ParagraphWeights) -> bool:
    """Two distinct strong terms of the theme in one paragraph (see PAIR_WEIGHT). A
    secondary thread -- above all in French copy, told with fewer distinct words -- often
    sits in a paragraph led by the main story, below the DEPTH_SHARE of it."""
    strong = [term for term in found.paragraph_terms[paragraph] if found.term_weights[term] >= 3]
    return (len(strong) >= 2 and weight >= PAIR_WEIGHT
            and weight >= PAIR_SHARE * paragraphs.total[paragraph])


def _told_over_two_paragraphs(found: _Evidence, paragraphs: _ParagraphWeights) -> bool:
    """The theme told over two consecutive body paragraphs (see ADJACENT_WEIGHT): a
    specific (weight >= 2) term in each, a strong (weight 3) one in either, and
    ADJACENT_TERMS distinct terms weighing ADJACENT_WEIGHT in the two."""
    if not paragraphs.split_by_lines:
        return False
    weights = found.paragraph_weight
    for paragraph, weight in weights.items():
        following = paragraph + 1
        if (paragraph == TITLE_PARAGRAPH or following not in weights
                or paragraphs.closing_line in (paragraph, following)):
            continue
        pair = (paragraph, following)
        terms = found.paragraph_terms[paragraph] | found.paragraph_terms[following]
        if (weight + weights[following] >= ADJACENT_WEIGHT and len(terms) >= ADJACENT_TERMS
                and any(found.term_weights[term] >= 3 for term in terms)
                and all(any(found.term_weights[term] >= 2 for term in found.paragraph_terms[place])
                        for place in pair)):
            return True
    return False
