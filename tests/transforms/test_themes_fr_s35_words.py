"""French words any story on the topic uses, added in the thirty-fifth session. Sentences
written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, term", [
    ("Selon les résultats définitifs, le candidat sortant l'emporte avec 54 % des voix.",
     "résultats définitifs"),
    ("Le Tribunal suprême électoral a validé mardi le décompte dans les neuf départements.",
     "tribunal électoral"),
    ("La région organisera en mars une consultation populaire sur son statut.",
     "consultation populaire"),
    ("Les habitants de l'archipel se prononceront lors d'une consultation référendaire.",
     "consultation référendaire"),
])
def test_election_words(nlp_fr, text, term):
    assert term_weights(nlp_fr(text), "fr").get(("ELECTIONS", term)) == 3


def test_a_crowd_chanting_is_a_specific_protest_word(nlp_fr):
    text = "Les commerçants ont bloqué la rocade aux cris de « Non à la taxe »."
    assert term_weights(nlp_fr(text), "fr").get(("PROTEST", "aux cris de")) == 2
