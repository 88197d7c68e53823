"""The armed groups and strikes of a crime story (cartels that extort farmers, a threat to strike
cartel targets) are its setting, not a war (taxonomy _SETTING_TERMS: ARMED_CONFLICT's setting
terms tell a kept CRIME story). Battles, shelling or a war named keep ARMED_CONFLICT. Written
for these tests."""
from tests.transforms.evidence import evidence_of
from transforms.records import ThemeScore
from transforms.themes import _without_setting_only_themes, score_themes


def test_armed_groups_and_a_strike_beside_crime_are_no_war():
    evidence = {"ARMED_CONFLICT": evidence_of([("gunmen", 2, 0), ("killed", 1, 0),
                                               ("armed groups", 3, 4), ("strike", 1, 5)])}
    scores = [ThemeScore("CRIME", 9.0, 12), ThemeScore("ARMED_CONFLICT", 4.0, 4)]
    assert [s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")] == [
        "CRIME"]


def test_shelling_beside_crime_stays_a_war():
    evidence = {"ARMED_CONFLICT": evidence_of([("armed groups", 3, 4), ("shelling", 2, 5)])}
    scores = [ThemeScore("CRIME", 9.0, 12), ThemeScore("ARMED_CONFLICT", 4.0, 4)]
    assert {s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")} == {
        "CRIME", "ARMED_CONFLICT"}


_MASSACRE = (
    "CULIACAN, Mexico (Vigie) - Gunmen killed eleven people at a car wash in Culiacan on "
    "Saturday, the Sinaloa state prosecutor said, the deadliest shooting in the city since the "
    "cartel's two factions turned on each other last year.\n\n"
    "Prosecutors said the victims were shot by men who arrived in two vans, and that police "
    "arrested three suspects at a checkpoint on Sunday with rifles and a bag of fentanyl pills. "
    "The prosecutor said the killers worked for a faction of the Sinaloa cartel.\n\n"
    "Armed groups linked to the cartel extort shopkeepers and farmers across the state, and "
    "business owners say the extortion has forced hundreds of shops to close.\n\n"
    "Washington has said it could strike cartel targets on its own, and Mexico's president "
    "rejected any such strike on Monday.\n\n"
    "The governor said police patrols would be doubled in the city centre, and the state "
    "prosecutor asked residents to report extortion calls. Relatives of the dead gathered "
    "outside the morgue on Sunday, and schools in two districts stayed shut on Monday.\n\n")


def test_a_cartel_shooting_is_crime_not_war(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(_MASSACRE), "en")}
    assert "CRIME" in found and "ARMED_CONFLICT" not in found
