"""A civil-liberties group suing over deportations is an immigration story's setting (taxonomy
_SETTING_TERMS, HUMAN_RIGHTS beside MIGRATION, as rights groups and detention are): "The
American Civil Liberties Union filed the lawsuit on behalf of 11 asylum seekers". Abuse or
torture named keeps HUMAN_RIGHTS. Sentences and stories written for these tests."""
from transforms.records import ThemeScore
from tests.transforms.evidence import evidence_of, term_weights
from transforms.themes import _without_setting_only_themes


def _kept(terms):
    evidence = {"HUMAN_RIGHTS": evidence_of([(term, 3, 1) for term in terms])}
    scores = [ThemeScore("MIGRATION", 6.0, 4), ThemeScore("HUMAN_RIGHTS", 3.0, 2)]
    return {s.theme_code for s in _without_setting_only_themes(scores, evidence, "en")}


def test_the_aclu_suing_over_deportations_is_no_rights_story(nlp_en):
    doc = nlp_en("The American Civil Liberties Union sued to stop the deportation flights.")
    assert ("HUMAN_RIGHTS", "civil liberties") in term_weights(doc, "en")
    assert _kept(["civil liberties", "rights group"]) == {"MIGRATION"}


def test_abuse_of_the_deported_stays_a_rights_story():
    assert _kept(["civil liberties", "torture"]) == {"MIGRATION", "HUMAN_RIGHTS"}
