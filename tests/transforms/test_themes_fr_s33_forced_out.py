"""French people forced out of their homes, told with the people between the verb and the homes
(theme_forced_out.forced_out_tokens). Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text", [
    "Les pluies torrentielles ont chassé près de 40 000 habitants de leurs maisons.",
    "Les combats ont chassé de chez eux des milliers de villageois.",
    "La montée des eaux a délogé des centaines de familles de leur domicile.",
    "Les violences ont poussé hors de chez elles quelque 12 000 personnes.",
])
def test_people_forced_out_of_their_homes(nlp_fr, text):
    weights = term_weights(nlp_fr(text), "fr")
    assert any(code == "MIGRATION" and weight == 3 for (code, _), weight in weights.items())


@pytest.mark.parametrize("text", [
    "Il est sorti de chez lui vers midi.",
    "La police a chassé les vendeurs ambulants. Ils sont rentrés de leurs villages.",
    "Le président a poussé ses ministres à rester dans leur maison de campagne.",
])
def test_no_forcing_out_without_the_verb_before_the_homes(nlp_fr, text):
    weights = term_weights(nlp_fr(text), "fr")
    assert not any(code == "MIGRATION" and weight == 3 for (code, _), weight in weights.items())


def test_the_phrase_as_written_counts_once(nlp_fr):
    weights = term_weights(nlp_fr("Des milliers de familles ont été chassées de chez elles."), "fr")
    assert [term for code, term in weights if code == "MIGRATION"] == ["chasser de chez eux"]
