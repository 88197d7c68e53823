"""English theme words in a sense that is not their topic (forty-first session). Sentences
written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.theme_crowds import crowd_tokens
from transforms.theme_headlines import headline_hits
from transforms.theme_state_protests import state_protests_in_row


@pytest.mark.parametrize("text", [
    "The naval exercises drew protests from Beijing.",
    "The missiles stayed on the island despite protests from China and Russia.",
    "Tokyo raised its quota, drawing protests from Australia and New Zealand.",
    "The base was expanded despite protests by the United States.",
])
def test_a_protest_from_a_state_is_no_street_protest(nlp_en, text):
    assert not any(code == "PROTEST" for code, _ in term_weights(nlp_en(text), "en"))


@pytest.mark.parametrize("text", [
    "The plan drew protests from residents of Lagos.",
    "Protests by farmers blocked the motorway for a week.",
    "The new law drew protests from students across the country.",
])
def test_a_protest_from_people_is_still_a_protest(nlp_en, text):
    assert any(code == "PROTEST" for code, _ in term_weights(nlp_en(text), "en"))


def test_a_headline_protest_from_a_state_is_no_protest():
    title = "Seoul extends drills, drawing protests from Pyongyang and Beijing"
    assert not any(code == "PROTEST" for code, _, _ in headline_hits(title, "en"))
    assert any(code == "PROTEST"
               for code, _, _ in headline_hits("Curfew draws protests from traders", "en"))


def test_state_protests_read_the_name_after_from_or_by():
    assert state_protests_in_row(["protests", "from", "New", "Zealand"], "en") == {0}
    assert state_protests_in_row(["protest", "by", "the", "United", "States"], "en") == {0}
    assert state_protests_in_row(["protests", "from", "Lagos", "traders"], "en") == set()
    assert state_protests_in_row(["protests", "from", "China"], "fr") == set()


def test_dozens_rallying_are_no_mass_demonstration(nlp_en):
    assert crowd_tokens(nlp_en("Dozens of activists rallied outside the embassy on Friday."),
                        "en") == []


@pytest.mark.parametrize("text, code", [
    ("The plan drew a storm of criticism from teachers.", "CLIMATE"),
    ("The reform met a storm of protest in parliament.", "PROTEST"),
    ("The regulator gave the green light to the merger.", "CLIMATE"),
    ("Farmers are up in arms over the new quota.", "MILITARY"),
    ("The town welcomed the newcomers with open arms.", "MILITARY"),
    ("Two climbers reached the summit of the peak on Monday.", "DIPLOMACY"),
    ("Critics called the decree an assault on democracy.", "ARMED_CONFLICT"),
    ("The battle lines are drawn for next year's budget.", "ARMED_CONFLICT"),
])
def test_words_of_speech_tell_no_theme(nlp_en, text, code):
    assert not any(found == code for found, _ in term_weights(nlp_en(text), "en"))

