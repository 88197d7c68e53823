"""The artillery, navies and drills of the forces at war are a war story's setting, not a
MILITARY thread of its own (taxonomy _SETTING_TERMS: MILITARY's setting terms tell a kept
ARMED_CONFLICT story); a warship or a military base named keeps MILITARY, and so does a drone
(tests/transforms/test_theme_new_copy_s23.py). Stories written for these tests."""
from tests.transforms.evidence import evidence_of
from transforms.records import ThemeScore
from transforms.themes import _without_setting_only_themes, score_themes


def test_the_kit_of_a_war_is_no_military_story():
    evidence = {"MILITARY": evidence_of([("army", 1, 1), ("artillery", 2, 2), ("navy", 2, 3),
                                         ("military", 2, 3), ("drills", 1, 4)])}
    scores = [ThemeScore("ARMED_CONFLICT", 6.0, 5), ThemeScore("MILITARY", 4.0, 5)]
    assert [s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")] == [
        "ARMED_CONFLICT"]


def test_the_same_kit_without_a_war_stays_military():
    evidence = {"MILITARY": evidence_of([("army", 1, 1), ("artillery", 2, 2), ("navy", 2, 3)])}
    scores = [ThemeScore("DIPLOMACY", 6.0, 5), ThemeScore("MILITARY", 4.0, 5)]
    assert {s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")} == {
        "DIPLOMACY", "MILITARY"}


def test_a_warship_in_a_war_story_still_tells_the_military():
    # A strong MILITARY term (a warship, a naval base) is not the war's setting.
    evidence = {"MILITARY": evidence_of([("artillery", 2, 1), ("warship", 3, 2), ("navy", 2, 3)])}
    scores = [ThemeScore("ARMED_CONFLICT", 6.0, 5), ThemeScore("MILITARY", 4.0, 5)]
    assert "MILITARY" in {s.theme_code
                          for s in _without_setting_only_themes(scores, evidence, "en")}


_SHELLING = (
    "KHARTOUM (Vigie) - Paramilitary fighters shelled the city of El Fasher for a fourth day on "
    "Sunday and attacked a camp on its outskirts with mortars, killing at least 30 civilians, "
    "local medics said.\n\n"
    "The army said its artillery had pushed back an assault on the northern front and that its "
    "gunners had struck fighters massing near the airport. The fighting has cut the last road into "
    "the city, where about 250,000 people are trapped.\n\n"
    "Army artillery also hit fuel depots held by the paramilitaries in Nyala overnight, a military "
    "source said, and the navy shelled positions near the Red Sea coast.\n\n"
    "The war, now in its third year, has killed tens of thousands of people. Talks on a truce "
    "collapsed in August, and both sides accuse the other of attacking civilians.\n\n"
    "Residents who reached the town of Tawila on foot said shells fell on markets and mosques, "
    "and that fighters searched houses for young men. Aid groups said they could no longer reach "
    "the city's hospitals and that food prices had tripled since June.\n\n")


def test_artillery_and_a_navy_of_a_war_leave_no_military_theme(nlp_en):
    # A full story (160 words and more): a shorter text's every paragraph is a third of it.
    found = {s.theme_code for s in score_themes(nlp_en(_SHELLING), "en")}
    assert "ARMED_CONFLICT" in found and "MILITARY" not in found
