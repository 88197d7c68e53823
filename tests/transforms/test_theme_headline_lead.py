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


# ---- a text that opens on its headline line (pages saved whole, some feeds)

_FILLER = ("The summit of regional leaders opened in the capital on Monday, and the foreign "
           "minister held bilateral talks with his counterpart on the sidelines. Diplomats said "
           "the joint statement would cover relations and a new treaty.\n\n")


def _themes(nlp, text, title):
    from transforms.themes import score_themes
    return {s.theme_code for s in score_themes(nlp(text), "en", title=title)}


def test_a_headline_line_is_read_once_not_as_headline_and_lead(nlp_en):
    # "ships shadow fleet": a verb, once; read as the headline and again as the lead it
    # was a strong term seen twice, told in the headline and the lead.
    title = "Navies open drills as Chinese ships shadow fleet"
    assert "SANCTIONS" not in _themes(nlp_en, title + "\n\n" + _FILLER * 4, title)


def test_a_headline_line_keeps_the_theme_its_lead_tells(nlp_en):
    title = "EU extends sanctions on Iran"
    lead = ("The European Union extended sanctions on Iran on Monday and added an asset "
            "freeze on two banks.\n\n")
    assert "SANCTIONS" in _themes(nlp_en, title + "\n\n" + lead + _FILLER * 4, title)


def test_headline_line_needs_the_whole_first_paragraph():
    from transforms.theme_layout import _letters
    assert _letters("EU extends sanctions — on Iran") == _letters("EU extends sanctions on Iran")
