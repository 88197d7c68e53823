"""French words any story on the topic uses, missing from the taxonomy (s39). Sentences written
for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, term", [
    ("Les soldats ont démantelé trois sites d'orpaillage illégal dans la forêt.", "orpaillage illégal"),
    ("Le gouverneur promet de mettre fin à l'exploitation minière illégale dans la province.",
     "exploitation minière illégale"),
])
def test_illegal_mining_is_crime(nlp_fr, text, term):
    assert term_weights(nlp_fr(text), "fr").get(("CRIME", term)) == 3


def test_mercury_in_a_river_is_environment(nlp_fr):
    doc = nlp_fr("Les chercheurs ont trouvé du mercure dans les poissons de la rivière.")
    assert term_weights(doc, "fr").get(("CLIMATE", "mercure")) == 2
