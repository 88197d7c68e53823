"""A thread spread over four paragraphs, one of which tells it in two specific words, has
substance (themes.TOLD_SPREAD_PARAGRAPHS); four single words in four paragraphs are still
mentions. Evidence and story written for these tests."""
from tests.transforms.evidence import evidence_of
from transforms.themes import (THREAD_PARAGRAPH_WEIGHT, TOLD_SPREAD_PARAGRAPHS, _is_a_thread,
                               score_themes)


def test_four_paragraphs_one_told_in_two_specific_words_are_a_thread():
    spread = evidence_of([("crue", 2, 0), ("crue", 2, 3), ("glacier", 2, 3), ("crue", 2, 5),
                          ("réchauffement", 2, 8)])
    assert spread.strong_paragraphs() == TOLD_SPREAD_PARAGRAPHS
    assert max(spread.paragraph_weight.values()) == THREAD_PARAGRAPH_WEIGHT
    assert spread.has_substance()
    assert _is_a_thread(spread, top_weighted=spread.weighted)


def test_four_single_words_in_four_paragraphs_are_mentions():
    scatter = evidence_of([("ally", 2, 1), ("deterrence", 2, 2), ("Indo-Pacific", 2, 4),
                           ("NATO", 2, 7)])
    assert scatter.strong_paragraphs() == TOLD_SPREAD_PARAGRAPHS
    assert not scatter.has_substance()


def test_three_paragraphs_one_told_in_two_words_are_not_spread_enough():
    short = evidence_of([("exporter", 2, 0), ("exporter", 2, 4), ("commerce", 2, 4),
                         ("importer", 2, 6)])
    assert short.strong_paragraphs() == TOLD_SPREAD_PARAGRAPHS - 1
    assert not short.has_substance()


_STRIKE_STORY = (
    "HALIFAX, May 4 (Vigie) - A walkout by ferry crews entered its fifth day on Monday, "
    "leaving fish exporters on Nova Scotia's south shore unable to reach their buyers in New "
    "England.\n\n"
    "The crews' union said talks with the operator had broken down over rosters and overtime, "
    "and that no new meeting was planned.\n\n"
    "Lobster exporters said about 300 tonnes were waiting in holding tanks. \"Every day we "
    "lose is a day our customers in Boston buy from Maine instead,\" said one dealer.\n\n"
    "The provincial fisheries minister said she had asked both sides to return to the table "
    "and would meet the union on Wednesday.\n\n"
    "Truckers said the detour through New Brunswick added a day to each delivery, and "
    "seafood importers in Massachusetts said they had turned to suppliers in Maine while "
    "commerce across the Gulf of Maine stood still.\n\n"
    "The operator said it would not comment while talks were suspended.\n\n"
    "Fishermen's groups warned that if the walkout lasted another week, exporters would have "
    "to release catches back into the sea or sell them at a loss to local processors.")


def test_a_trade_thread_told_over_four_paragraphs_of_a_strike_story_is_kept(nlp_en):
    codes = {s.theme_code for s in score_themes(nlp_en(_STRIKE_STORY), "en",
                                                 title="Ferry walkout strands Nova Scotia "
                                                       "lobster")}
    assert "TRADE" in codes
