"""Words of classes the taxonomy lacked. The nouns of its adjectives: copy names a power source
by its noun as often as by the adjective ("l'hydroélectricité est la première source de
devises", "hydroelectricity supplies most of the grid"). The telecom operators, as it has
their networks ("mobile network", "réseau mobile", "opérateur télécoms"). A crowd "onto the
streets", as "took to the streets". Sentences written for these tests."""
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


@pytest.mark.parametrize("text, lang, term, weight", [
    ("The regulator fined the country's largest mobile operator for an outage.", "en",
     "mobile operator", 3),
    ("Police asked telecom operators for the location of the phone.", "en", "telecom operator", 3),
    ("Les opérateurs mobiles devront conserver les données pendant un an.", "fr",
     "opérateur mobile", 3),
    ("La couverture en téléphonie mobile reste faible dans le nord.", "fr", "téléphonie mobile", 2),
])
def test_telecom_operators_are_technology(text, lang, term, weight, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert term_weights(nlp(text), lang).get(("TECHNOLOGY", term)) == weight


@pytest.mark.parametrize("text", [
    "The pension cuts brought tens of thousands onto the streets of the capital.",
    "Anger over the fuel price spilled onto the streets on Saturday.",
])
def test_a_crowd_onto_the_streets_is_a_protest(text, nlp_en):
    """The phrase of "took to the streets" told with another verb ("descendre dans la rue" in
    French copy is the taxonomy's already)."""
    assert term_weights(nlp_en(text), "en").get(("PROTEST", "onto the streets")) == 3
