"""A theme told with a specific term in both the headline and the lead paragraph is the
story's own topic: it needs MIN_WEIGHT only, not the weight bar that grows with the square
root of the story's length."""
import math

from tests.transforms.evidence import evidence_of
from transforms.themes import LEAD_PARAGRAPH, MIN_WEIGHT, TITLE_PARAGRAPH, WEIGHT_PER_SQRT_WORD

WORDS = 309  # a wire story whose length-scaled bar is 0.3 * sqrt(309) = 5.3


def test_headline_and_lead_need_only_the_minimum_weight():
    peace = evidence_of([("peace accord", 2, TITLE_PARAGRAPH), ("peace accord", 2, LEAD_PARAGRAPH),
                       ("host", 1, 4)])
    assert MIN_WEIGHT <= peace.weighted < WEIGHT_PER_SQRT_WORD * math.sqrt(WORDS)
    assert peace.is_enough(score=1.6, words=WORDS)


def test_the_same_terms_away_from_the_lead_need_the_scaled_weight():
    peace = evidence_of([("peace accord", 2, TITLE_PARAGRAPH), ("peace accord", 2, 4), ("host", 1, 4)])
    assert not peace.is_enough(score=1.6, words=WORDS)


def test_a_weak_word_in_the_lead_is_not_enough():
    peace = evidence_of([("peace accord", 2, TITLE_PARAGRAPH), ("host", 1, LEAD_PARAGRAPH),
                       ("talks", 2, 5)])
    assert not peace.is_enough(score=1.9, words=WORDS)
