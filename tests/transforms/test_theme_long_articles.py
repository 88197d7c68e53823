"""A long online article (18-20 paragraphs) needs more evidence for a theme than the
square-root bar gives: from ~740 to 1,000 words the bar grows with the length itself,
up to LONG_ARTICLE_BAR."""
import pytest

from tests.transforms.evidence import evidence_of
from transforms.themes import LONG_ARTICLE_BAR, WEIGHT_PER_LONG_WORD, WEIGHT_PER_SQRT_WORD


def _ten_over_three_paragraphs():
    # "GDP halved", the price of flour, "economists": a war story's background (weight 10)
    return evidence_of([("produit intérieur brut", 3, 2), ("marché", 1, 10), ("marché", 1, 10),
                        ("prix", 1, 14), ("économiste", 2, 14), ("finance", 2, 14)])


@pytest.mark.parametrize("words, enough", [(400, True), (700, True), (950, False)])
def test_the_same_background_is_a_theme_of_a_short_story_only(words, enough):
    found = _ten_over_three_paragraphs()
    assert found.is_enough(score=100 * found.weighted / words, words=words) is enough


def test_the_long_bar_takes_over_past_about_740_words():
    crossover = (WEIGHT_PER_SQRT_WORD / WEIGHT_PER_LONG_WORD) ** 2
    assert 700 < crossover < 800


def test_the_long_bar_stops_at_its_cap():
    # the sample's war in Ukraine: weight 14 over five paragraphs of 1,700 words
    war = evidence_of([("guerre", 2, 1), ("invasion", 2, 2), ("invasion", 2, 2),
                       ("conflit", 2, 6), ("combat", 2, 8), ("guerre", 2, 10),
                       ("armée", 1, 10), ("armée", 1, 10)])
    assert war.weighted == 14 > LONG_ARTICLE_BAR
    assert war.is_enough(score=100 * 14 / 1700, words=1700)
