"""The care a detainee is denied is a rights story's setting, not a health story (taxonomy
_SETTING_TERMS: HEALTH's setting terms tell a kept HUMAN_RIGHTS story too): political prisoners
on hunger strike refused a doctor, a jailed activist taken to a prison clinic. An outbreak in a
prison names its disease and stays HEALTH. Stories written for these tests."""
from transforms.records import ThemeScore
from tests.transforms.evidence import evidence_of
from transforms.themes import _without_setting_only_themes, score_themes


def test_a_prisoner_refused_a_doctor_is_no_health_story():
    evidence = {"HEALTH": evidence_of([("doctor", 2, 1), ("medical care", 3, 2), ("clinic", 2, 2)])}
    scores = [ThemeScore("HUMAN_RIGHTS", 5.0, 3), ThemeScore("HEALTH", 4.0, 3)]
    assert [s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")] == [
        "HUMAN_RIGHTS"]


def test_an_outbreak_in_a_prison_stays_health():
    evidence = {"HEALTH": evidence_of([("doctor", 2, 1), ("cholera", 3, 2), ("outbreak", 3, 2)])}
    scores = [ThemeScore("HUMAN_RIGHTS", 5.0, 3), ThemeScore("HEALTH", 4.0, 3)]
    assert {s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")} == {
        "HUMAN_RIGHTS", "HEALTH"}


_HUNGER_STRIKE = (
    "CAIRO (Vigie) - Forty political prisoners at Wadi al-Natrun prison have been on hunger strike "
    "for three weeks, a rights group said on Tuesday, and two of them were moved to the prison "
    "clinic after collapsing in their cells.\n\n"
    "The Egyptian Initiative for Personal Rights said the detainees were protesting against "
    "years of pretrial detention without charge and against visits cut to ten minutes a month. "
    "Families said guards had refused to let a doctor examine them and withheld medical care.\n\n"
    "Amnesty International called on the authorities to release the activists held for their "
    "peaceful criticism of the government and to let independent doctors into the prison. It "
    "said torture and ill-treatment of detainees remained widespread.\n\n"
    "The interior ministry denied any hunger strike and said every prisoner had access to health "
    "care. A lawyer for three of the men said he had not been allowed to see them since July.\n\n"
    "Egypt holds tens of thousands of political prisoners, rights groups estimate, many of them "
    "arrested in the crackdown that followed the 2013 protests.\n\n")


def test_a_hunger_strike_story_is_human_rights_not_health(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(_HUNGER_STRIKE), "en")}
    assert "HUMAN_RIGHTS" in found and "HEALTH" not in found
