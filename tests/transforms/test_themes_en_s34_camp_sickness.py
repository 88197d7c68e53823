"""Diarrhoea among the displaced of a flood or a quake is the setting of the humanitarian story,
as their dehydration is (taxonomy _SETTING_TERMS: HEALTH's setting terms beside a kept
HUMANITARIAN); an outbreak named (cholera) keeps HEALTH. Written for these tests."""
from tests.transforms.evidence import evidence_of
from transforms.records import ThemeScore
from transforms.themes import _without_setting_only_themes


def _kept(health_hits):
    evidence = {"HEALTH": evidence_of(health_hits)}
    scores = [ThemeScore("HUMANITARIAN", 9.0, 12), ThemeScore("HEALTH", 4.0, 4)]
    return {s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")}


def test_diarrhoea_in_a_camp_beside_hospitals_is_no_health_story():
    assert _kept([("diarrhoea", 2, 3), ("hospital", 2, 4), ("doctor", 2, 4)]) == {"HUMANITARIAN"}
    assert _kept([("diarrhea", 2, 3), ("patient", 2, 4)]) == {"HUMANITARIAN"}


def test_cholera_in_a_camp_stays_health():
    assert _kept([("diarrhoea", 2, 3), ("cholera", 3, 3), ("hospital", 2, 4)]) == {
        "HUMANITARIAN", "HEALTH"}
