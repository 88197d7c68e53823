"""Portfolio words of an office's title ("Jobs Minister", "the Economy Ministry", "le
ministère de la Santé") name who speaks: they count as weak words (transforms/theme_titles.py).
Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.theme_titles import portfolio_tokens


@pytest.mark.parametrize("text, lang, code, term", [
    ("Jobs Minister Anna Berg urged both sides to return to the table.", "en", "ECONOMY", "jobs"),
    ("The Finance Ministry said the decree would take effect in March.", "en", "ECONOMY",
     "finance"),
    ("Le ministère de l'Économie a publié le décret jeudi.", "fr", "ECONOMY", "économie"),
    ("Le ministère de l'Immigration a refusé de commenter.", "fr", "MIGRATION", "immigration"),
])
def test_a_portfolio_word_counts_as_a_weak_word(text, lang, code, term, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert term_weights(nlp(text), lang).get((code, term)) == 1


@pytest.mark.parametrize("text, lang, code, term", [
    ("Thousands of jobs are at risk at the steel mill.", "en", "ECONOMY", "jobs"),
    ("La santé des enfants déplacés inquiète les médecins.", "fr", "HEALTH", "santé"),
])
def test_the_same_word_outside_a_title_keeps_its_weight(text, lang, code, term, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert term_weights(nlp(text), lang).get((code, term), 0) >= 2


def test_a_title_term_that_takes_the_office_in_is_left_alone(nlp_en):
    doc = nlp_en("The foreign minister flew to Ankara on Monday.")
    assert ("DIPLOMACY", "foreign minister") in term_weights(doc, "en")


def test_portfolio_tokens_point_at_their_office(nlp_en):
    doc = nlp_en("Energy Minister Carl Ode said prices would fall.")
    assert {doc[i].text: doc[j].text for i, j in portfolio_tokens(doc, "en").items()} \
        == {"Energy": "Minister"}
