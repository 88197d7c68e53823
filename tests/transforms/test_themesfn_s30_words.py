"""Nouns of the taxonomy's adjectives: copy names a power source by its noun as often as by
the adjective ("l'hydroélectricité est la première source de devises", "hydroelectricity
supplies most of the grid"). Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, lang, term", [
    ("L'hydroélectricité fournit les trois quarts du courant du pays.", "fr", "hydroélectricité"),
    ("Hydroelectricity supplies most of the country's grid in the wet season.", "en",
     "hydroelectricity"),
])
def test_the_noun_of_hydroelectric_is_energy(text, lang, term, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert term_weights(nlp(text), lang).get(("ENERGY", term)) == 3
