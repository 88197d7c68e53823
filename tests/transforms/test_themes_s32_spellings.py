"""Spellings real copy uses for a listed term: the French -aux plural of an -al word, a
two-word term written hyphenated, British and American spellings, and a term that is also
a stop phrase. Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.theme_terms import other_spellings


@pytest.mark.parametrize("lang, text, code", [
    # -aux plurals whose lemma the small model gets wrong out of context
    ("fr", "Les personnels médicaux de la région réclament des renforts.", "HEALTH"),
    ("fr", "Des rassemblements antigouvernementaux ont eu lieu dans trois villes.", "PROTEST"),
    # a two-word term hyphenated, kept as one token
    ("fr", "La filière bas-carbone attend un soutien public.", "CLIMATE"),
    ("fr", "Le haut-commandement a remplacé deux officiers.", "MILITARY"),
    # British terms in American copy and the other way round
    ("en", "The labor union said its members would walk out on Monday.", "ECONOMY"),
    ("en", "The World Food Program said its stocks would run out in May.", "HUMANITARIAN"),
    ("en", "Riot police dispersed an unauthorized rally outside parliament.", "PROTEST"),
    ("en", "The country was granted most-favored nation status in 2001.", "TRADE"),
    # a term the stop list also names: the term counts (the stop is for the shorter word)
    ("fr", "Pékin a lancé une offensive commerciale contre les véhicules européens.", "TRADE"),
    ("en", "Rail workers backed the strike ballot by a large margin.", "PROTEST"),
])
def test_a_listed_term_in_the_spelling_copy_uses(models, lang, text, code):
    assert any(c == code for c, _ in term_weights(models[lang](text), lang))


def test_the_stopped_shorter_word_still_counts_for_nothing(nlp_fr):
    weights = term_weights(nlp_fr("Pékin a lancé une offensive commerciale contre Bruxelles."), "fr")
    assert not any(code == "ARMED_CONFLICT" for code, _ in weights)


def test_a_term_listed_in_both_spellings_is_reported_in_the_copys(nlp_en):
    weights = term_weights(nlp_en("Defence Minister Ana Silva said the plan was ready."), "en")
    assert ("MILITARY", "defence minister") in weights


@pytest.mark.parametrize("word, other", [
    ("labour", "labor"), ("mobilised", "mobilized"), ("organization", "organisation"),
    ("travelled", "traveled"), ("defence", "defense"), ("programme", "program"),
])
def test_other_spellings(word, other):
    assert other in other_spellings(word)


@pytest.mark.parametrize("word", ["tour", "four", "hour", "raised", "crisis", "shelled"])
def test_words_without_another_spelling(word):
    assert not other_spellings(word) - {word}
