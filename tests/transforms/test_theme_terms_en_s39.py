"""English theme words added in the twenty-second session: words a reporter uses for the topic in any story."""
from __future__ import annotations

import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, code, term", [
    ("A cargo ship struck a naval mine near the harbour entrance overnight.", "ARMED_CONFLICT", "naval mine"),
    ("Divers found a drifting mine tangled in the nets of a trawler.", "ARMED_CONFLICT", "drifting mine"),
    ("Angry farmers blocked the main highway to the capital with their tractors.", "PROTEST", "farmers blocked"),
    ("Residents blocked the bridge for an hour to demand a new water pipe.", "PROTEST", "blocked the bridge"),
])
def test_english_topic_words_count_for_their_theme(nlp_en, text, code, term):
    assert term_weights(nlp_en(text), "en").get((code, term), 0) >= 2


def test_a_gold_mine_is_not_a_weapon(nlp_en):
    weights = term_weights(nlp_en("The company reopened its gold mine and hired 300 miners."), "en")
    assert not any(code == "ARMED_CONFLICT" for code, _ in weights)
