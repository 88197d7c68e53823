"""A partitive object the small French model reads as a preposition and its noun after a
date between verb and object ("ont échangé jeudi des prisonniers") is still the verb's
object (theme_verb_objects._partitive_object). Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, code, term", [
    ("Le Soudan et le Tchad ont échangé lundi des prisonniers.", "DIPLOMACY", "échanger des prisonniers"),
    ("Les deux camps ont échangé jeudi des prisonniers de guerre.", "DIPLOMACY", "échanger des prisonniers"),
])
def test_a_partitive_object_after_a_date(nlp_fr, text, code, term):
    weights = term_weights(nlp_fr(text), "fr")
    assert (code, term) in weights


def test_a_verb_with_de_and_no_pair_tells_nothing(nlp_fr):
    weights = term_weights(nlp_fr("Le juge a parlé lundi des prisonniers."), "fr")
    assert ("DIPLOMACY", "échanger des prisonniers") not in weights
