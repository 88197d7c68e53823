"""The hurricanes, floods and disasters a climate story names, and the help vulnerable states
need, are its setting, not a relief story (taxonomy _SETTING_TERMS: HUMANITARIAN's setting terms
beside a kept CLIMATE); aid, shelter or the displaced told keep HUMANITARIAN. Written for these
tests."""
from tests.transforms.evidence import evidence_of
from transforms.records import ThemeScore
from transforms.themes import _without_setting_only_themes


def _kept(hits):
    evidence = {"HUMANITARIAN": evidence_of(hits)}
    scores = [ThemeScore("CLIMATE", 9.0, 12), ThemeScore("HUMANITARIAN", 4.0, 4)]
    return {s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")}


def test_hurricanes_of_a_climate_finance_story_are_no_relief_story():
    assert _kept([("hurricane", 2, 0), ("disaster", 2, 2), ("vulnerable", 1, 2),
                  ("help", 1, 0)]) == {"CLIMATE"}
    assert _kept([("flood", 2, 1), ("typhoon", 2, 3), ("relief", 1, 3)]) == {"CLIMATE"}


def test_shelters_and_food_after_a_storm_stay_humanitarian():
    assert _kept([("hurricane", 2, 0), ("emergency shelter", 3, 1), ("food parcels", 3, 2)]) == {
        "CLIMATE", "HUMANITARIAN"}


def test_hazards_beside_another_theme_stay_humanitarian():
    evidence = {"HUMANITARIAN": evidence_of([("hurricane", 2, 0), ("disaster", 2, 2)])}
    scores = [ThemeScore("ECONOMY", 9.0, 12), ThemeScore("HUMANITARIAN", 4.0, 4)]
    assert {s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")} == {
        "ECONOMY", "HUMANITARIAN"}
