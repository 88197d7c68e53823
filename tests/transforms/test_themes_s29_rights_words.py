"""Confessions extracted and civil society shut down, named as such ("forced confessions",
"aveux obtenus sous la contrainte", "civic space", "l'espace civique"): strong HUMAN_RIGHTS
terms in both languages. Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("lang, text, term", [
    ("en", "State television broadcast the forced confessions of two detained teachers.",
     "forced confessions"),
    ("en", "Rights groups say civic space has shrunk since the 2021 coup.", "civic space"),
    ("fr", "L'ONU dénonce des aveux obtenus sous la contrainte.",
     "aveux obtenus sous la contrainte"),
    ("fr", "La télévision d'Etat a diffusé les aveux forcés de trois étudiants.", "aveux forcés"),
    ("fr", "Les experts dénoncent la fermeture de l'espace civique dans le pays.",
     "espace civique"),
])
def test_rights_abuses_named_as_such(lang, text, term, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert term_weights(nlp(text), lang).get(("HUMAN_RIGHTS", term)) == 3
