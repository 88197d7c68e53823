"""An English crowd counted and protesting is the strong PROTEST phrase "mass demonstration"
(theme_crowds.crowd_tokens), as a French one is. Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.theme_crowds import TERM, THEME, WEIGHT, crowd_tokens


@pytest.mark.parametrize("text", [
    "Several hundred of them rallied outside the governor's office on Friday.",
    "Thousands of people marched through the capital on Sunday.",
    "More than 10,000 workers demonstrated in Seoul.",
    "About 5,000 farmers protested outside parliament.",
    "Tens of thousands marched on the presidential palace.",
    "A crowd of 3,000 rallied in the main square.",
    "In the port city, several hundred dockers displaced by the cuts rallied at the gates.",
])
def test_a_crowd_that_protests_is_a_strong_protest_hit(nlp_en, text):
    doc = nlp_en(text)
    assert len(crowd_tokens(doc, "en")) == 1
    assert term_weights(doc, "en")[(THEME, TERM["en"])] == WEIGHT


@pytest.mark.parametrize("text", [
    "Three men protested their innocence in court.",
    "Thousands of troops marched into the town.",
    "Thousands of migrants marched towards the border.",
    "Hundreds of supporters gathered outside the court.",
    "Shares rallied on Monday.",
    "Hundreds of families fled the fighting.",
])
def test_no_english_crowd_without_a_crowd_protesting(nlp_en, text):
    assert crowd_tokens(nlp_en(text), "en") == []
