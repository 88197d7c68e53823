"""Maritime boundaries drawn between states (TERRITORIAL_DISPUTE): the delimitation of
maritime zones and the continental shelf, in both languages."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("lang, text, term, weight", [
    ("fr", "Le différend avec la Turquie sur la délimitation des zones maritimes en mer Egée n'est pas réglé.",
     "délimitation des zones maritimes", 3),
    ("fr", "Athènes et Tripoli ont rouvert les discussions sur la délimitation maritime.", "délimitation maritime", 3),
    ("fr", "La carte empiète sur le plateau continental de plusieurs îles grecques.", "plateau continental", 2),
    ("en", "Talks on the delimitation of maritime zones in the Aegean stalled again.",
     "delimitation of maritime zones", 3),
    ("en", "Athens says the map encroaches on the continental shelf of Crete.", "continental shelf", 2),
])
def test_maritime_boundary_terms(request, lang, text, term, weight):
    nlp = request.getfixturevalue(f"nlp_{lang}")
    assert term_weights(nlp(text), lang).get(("TERRITORIAL_DISPUTE", term)) == weight
