"""French words any story on the topic uses, missing from the taxonomy (s40 vocabulary sweep):
each class below is the ordinary copy of one topic, in sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, term, weight", [
    # the sea rising into a delta's fields, the coast eaten away
    ("L'intrusion saline menace désormais les rizières du delta.", "intrusion saline", 3),
    ("La salinisation des terres réduit les récoltes chaque année.", "salinisation", 2),
    ("Les villages du littoral redoutent l'érosion côtière.", "érosion côtière", 3),
    # an oil spill and the damage done to nature
    ("Une marée noire a souillé quarante kilomètres de plages.", "marée noire", 3),
    ("Les ONG parlent d'une catastrophe écologique pour la lagune.", "catastrophe écologique", 3),
    # water a country has and shares
    ("Le ministre veut protéger les ressources en eau du pays.", "ressource en eau", 2),
    ("Le fleuve a atteint son plus bas étiage depuis trente ans.", "étiage", 2),
    ("Les zones humides abritent des centaines d'espèces d'oiseaux.", "zone humide", 2),
    # the bush and its wildlife
    ("Des feux de brousse ont ravagé l'ouest de l'État.", "feu de brousse", 3),
    ("Les gardes forestiers luttent contre le braconnage des éléphants.", "braconnage", 2),
])
def test_environment_words_are_climate(nlp_fr, text, term, weight):
    assert term_weights(nlp_fr(text), "fr").get(("CLIMATE", term)) == weight


def test_saline_intrusion_is_no_cyber_intrusion(nlp_fr):
    weights = term_weights(nlp_fr("Des écluses doivent empêcher toute intrusion saline."), "fr")
    assert ("CYBER", "intrusion") not in weights
