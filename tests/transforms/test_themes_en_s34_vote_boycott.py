"""A vote boycotted by the opposition, its activists arrested and its rallies banned are the
election's story, not a protest (eval/README.md: "a referendum boycott without demonstrations
ELECTIONS only"; taxonomy _SETTING_TERMS: PROTEST's setting terms beside a kept ELECTIONS).
Demonstrators in the streets keep PROTEST. Written for these tests."""
from tests.transforms.evidence import evidence_of
from transforms.records import ThemeScore
from transforms.themes import _without_setting_only_themes


def _kept(hits, beside="ELECTIONS"):
    evidence = {"PROTEST": evidence_of(hits)}
    scores = [ThemeScore(beside, 9.0, 12), ThemeScore("PROTEST", 4.0, 4)]
    return {s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")}


def test_a_boycotted_vote_is_no_protest():
    assert _kept([("boycott", 2, 0), ("boycott", 2, 2), ("activist", 1, 5), ("police", 1, 5),
                  ("rally", 1, 6)]) == {"ELECTIONS"}


def test_demonstrators_against_the_result_stay_a_protest():
    assert _kept([("boycott", 2, 0), ("protester", 3, 4), ("tear gas", 3, 4)]) == {
        "ELECTIONS", "PROTEST"}


def test_a_consumer_boycott_beside_trade_stays_a_protest():
    assert _kept([("boycott", 2, 0), ("activist", 1, 1), ("petition", 1, 2)], "TRADE") == {
        "TRADE", "PROTEST"}
