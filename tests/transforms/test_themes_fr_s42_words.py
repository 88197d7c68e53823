"""French theme words and senses of the s42 round: a central bank's digital currency, the names
of regional blocs (sentences written for these tests)."""
import pytest

from tests.transforms.evidence import term_weights


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
