"""Theme words that named something else in new copy (s27, from the errors of the sets
written blind, dev26-dev29): a minister's title, a foreign force's name, money sent home,
the charges of a rights story. Sentences written for these tests."""
import pytest

from tests.transforms.evidence import evidence_of, term_weights
from transforms.records import ThemeScore
from transforms.themes import _without_setting_only_themes


def _weights(nlp, text, lang, code):
    return {term: weight for (theme, term), weight in term_weights(nlp(text), lang).items()
            if theme == code}


# A minister's title names who speaks, as "defence minister" does: "armed forces" inside it is
# no story of the forces.
def test_the_armed_forces_minister_is_a_title(nlp_en):
    weights = _weights(nlp_en, "Armed Forces Minister Claire Dubois signed the contract.", "en",
                       "MILITARY")
    assert weights == {"armed forces minister": 1}


# The name of a force says who is present, not that there is fighting: the Russian units in the
# Sahel escorting convoys or guarding a palace are no war unless the copy tells a war.
@pytest.mark.parametrize("lang, text", [
    ("en", "Instructors of the Africa Corps guard the presidential palace."),
    ("fr", "Les hommes de l'Africa Corps ont succédé au groupe Wagner en juin."),
])
def test_a_force_named_is_no_fighting(lang, text, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert not _weights(nlp, text, lang, "ARMED_CONFLICT")


# Money sent home in cash is a remittance, not aid: only aid's own cash transfers are.
def test_cash_transfers_are_aid_only_when_said_so(nlp_en):
    assert not _weights(nlp_en, "Workers paid a new tax on cash transfers to their families.",
                        "en", "HUMANITARIAN")
    assert _weights(nlp_en, "The agency made emergency cash transfers to 5,000 families.", "en",
                    "HUMANITARIAN") == {"emergency cash transfers": 3}


# Charges brought against political prisoners ("inculpés dans une nouvelle affaire",
# "indicted on terrorism charges") are the setting of a rights story, as their trial is.
@pytest.mark.parametrize("lang, terms", [
    ("fr", ["détention provisoire", "prison", "avocat", "inculper", "interpeller"]),
    ("en", ["pretrial detention", "prison", "lawyer", "indicted", "court"]),
])
def test_charges_against_prisoners_of_a_rights_story_are_not_crime(lang, terms):
    evidence = {"CRIME": evidence_of([(term, 2, 0) for term in terms])}
    scores = [ThemeScore(theme_code=code, score=5.0, hits=3) for code in ("HUMAN_RIGHTS", "CRIME")]
    kept = _without_setting_only_themes(scores, evidence, lang)
    assert [s.theme_code for s in kept] == ["HUMAN_RIGHTS"]


# A people's name says who, not what is done to them: persecution is told with its own words.
# (English only: the French names keep weight 2, pinned by test_theme_french_parity.)
@pytest.mark.parametrize("text, term", [
    ("A fire swept through a camp where 40,000 Rohingya live.", "Rohingya"),
    ("Uyghur traders opened a shop in Almaty.", "Uyghur"),
])
def test_a_peoples_name_is_a_weak_word(text, term, nlp_en):
    assert _weights(nlp_en, text, "en", "HUMAN_RIGHTS") == {term: 1}
