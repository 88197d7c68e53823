"""French theme words and senses of the s42 round: a central bank's digital currency, the names
of regional blocs, a body named again and again (sentences written for these tests)."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes, theme_evidence


@pytest.mark.parametrize("text, term", [
    ("La BCE prépare le lancement de l'euro numérique pour 2029.", "euro numérique"),
    ("Plusieurs banques centrales testent une monnaie numérique.", "monnaie numérique"),
    ("Les monnaies numériques de banque centrale inquiètent les banques.", "monnaie numérique"),
])
def test_a_digital_currency_is_money_not_technology(nlp_fr, text, term):
    weights = term_weights(nlp_fr(text), "fr")
    assert weights.get(("ECONOMY", term)) == 2
    assert ("TECHNOLOGY", "numérique") not in weights


def test_the_digital_word_elsewhere_is_still_technology(nlp_fr):
    weights = term_weights(nlp_fr("Le gouvernement lance un plan pour la transition numérique."), "fr")
    assert ("TECHNOLOGY", "numérique") in weights


@pytest.mark.parametrize("text", [
    "La Communauté économique des Etats de l'Afrique de l'Ouest a levé ses sanctions.",
    "La Communauté économique des États de l'Afrique centrale a dépêché une mission.",
    "Les ouvriers travaillent sur les chantiers du corridor économique sino-pakistanais.",
])
def test_a_blocs_name_is_no_economy_word(nlp_fr, text):
    weights = term_weights(nlp_fr(text), "fr")
    assert ("ECONOMY", "économique") not in weights


def test_the_economic_word_outside_a_name_still_counts(nlp_fr):
    weights = term_weights(nlp_fr("La situation économique du pays se dégrade."), "fr")
    assert weights.get(("ECONOMY", "économique")) == 2


# A body named again and again adds its weight once (taxonomy _NAMED_ONCE).
def test_a_body_named_three_times_adds_its_weight_once(nlp_fr):
    text = ("Le HCR a salué la décision. Selon le HCR, la cour a statué vite. "
            "Le HCR suivra le dossier.")
    found = theme_evidence(nlp_fr(text), "fr")["MIGRATION"]
    assert found.term_counts["HCR"] == 3
    assert found.weighted == 3


def test_a_common_term_repeated_still_adds_up_to_the_repeat_cap(nlp_fr):
    text = "Les réfugiés attendent. Les réfugiés dorment dehors. Les réfugiés ont froid."
    found = theme_evidence(nlp_fr(text), "fr")["MIGRATION"]
    assert found.weighted == 3 * found.term_weights["réfugié"]


def test_a_militant_groups_name_is_not_capped(nlp_fr):
    text = ("Le TTP a revendiqué l'attaque. Le TTP menace de frapper encore. "
            "Le TTP recrute dans la région.")
    found = theme_evidence(nlp_fr(text), "fr")["TERRORISM"]
    assert found.weighted >= 3 * found.term_weights["TTP"]


def test_english_names_are_not_capped(nlp_en):
    text = "The UNHCR welcomed the ruling. The UNHCR said so. The UNHCR will follow it."
    found = theme_evidence(nlp_en(text), "en")["MIGRATION"]
    assert found.weighted == 3 * found.term_weights["UNHCR"]


def test_the_migration_theme_of_a_story_about_a_court_is_not_made_by_the_agencys_name(nlp_fr):
    text = ("La Cour constitutionnelle a annulé mardi les résultats de l'élection présidentielle "
            "et ordonné un nouveau scrutin. Les juges ont relevé des fraudes dans les bureaux de "
            "vote du Nord, où le HCR a son siège, et le candidat de l'opposition a salué la "
            "décision. Le HCR a suspendu ses activités pendant la campagne, et le HCR les "
            "reprendra après le vote, a indiqué l'agence.")
    themes = {s.theme_code for s in score_themes(nlp_fr(text), "fr")}
    assert "ELECTIONS" in themes
    assert "MIGRATION" not in themes
