"""French words any story on the topic uses, missing from the taxonomy (s33). Sentences written
for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, code, term, weight", [
    ("Trois randonneurs sont morts d'un coup de chaleur dans le désert.", "HEALTH",
     "coup de chaleur", 3),
    ("Les urgences ont reçu des dizaines de personnes âgées victimes de coups de chaleur.",
     "HEALTH", "coup de chaleur", 3),
    ("Manille accuse Pékin d'empiéter sur ses droits souverains en mer.", "TERRITORIAL_DISPUTE",
     "droits souverains", 3),
    ("Le Guyana dénonce une atteinte aux droits souverains du pays sur l'Essequibo.",
     "TERRITORIAL_DISPUTE", "droits souverains", 3),
])
def test_a_common_word_of_the_topic(nlp_fr, text, code, term, weight):
    assert term_weights(nlp_fr(text), "fr").get((code, term)) == weight
