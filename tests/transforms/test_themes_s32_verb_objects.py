"""A French term that is a verb and its object ("bloquer la route", "lever les sanctions")
counts when copy puts words between them or the passive turns them round, read on the parse
(theme_verb_objects.py). Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, code, weight", [
    ("Les agriculteurs ont bloqué depuis l'aube la route départementale.", "PROTEST", 2),
    ("Le parquet de Lyon a ouvert vendredi une enquête préliminaire.", "CRIME", 2),
    ("Les sanctions visant le secteur bancaire ont été levées lundi.", "SANCTIONS", 3),
    ("L'usine a suspendu depuis lundi sa production de puces.", "SUPPLY_CHAIN", 2),
])
def test_a_verb_object_term_told_apart(nlp_fr, text, code, weight):
    weights = term_weights(nlp_fr(text), "fr")
    assert max(w for (c, _), w in weights.items() if c == code) == weight


def test_the_phrase_stands_for_its_words_only_when_it_weighs_more(nlp_fr):
    # the dispersed demonstrators keep their own words' weight (3 and 2), not the phrase's 3
    weights = term_weights(nlp_fr("Les manifestants ont été dispersés par les gendarmes."), "fr")
    assert ("PROTEST", "manifestant") in weights and ("PROTEST", "disperser") in weights


def test_a_phrase_matched_as_written_counts_once(nlp_fr):
    weights = term_weights(nlp_fr("Ils menacent de bloquer la route."), "fr")
    assert [term for code, term in weights if code == "PROTEST"] == ["bloquer la route"]


@pytest.mark.parametrize("text", [
    "Le gouvernement a levé le voile sur son budget.",
    "La route de la soie a bloqué les débats.",
])
def test_no_verb_object_term_without_the_pair(nlp_fr, text):
    weights = term_weights(nlp_fr(text), "fr")
    assert not any(code in ("SANCTIONS", "PROTEST") for code, _ in weights)
