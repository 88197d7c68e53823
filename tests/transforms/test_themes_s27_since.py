"""Theme words inside a "since ..." phrase date the story and tell none of its threads
(transforms/theme_since.py): "imports have soared since Russia's full-scale invasion of
Ukraine", "depuis la chute du régime". Sentences written for these tests."""
import pytest

from tests.transforms.evidence import evidence_of, term_weights
from transforms.theme_paragraphs import _paragraph_weights


def _codes(nlp, text, lang):
    return {code for code, _ in term_weights(nlp(text), lang)}


@pytest.mark.parametrize("lang, text, code", [
    ("en", "Its exports to Russia have tripled since Moscow's full-scale invasion of Ukraine in 2022.",
     "ARMED_CONFLICT"),
    ("en", "The port has handled no tankers since the war began in April.", "ARMED_CONFLICT"),
    ("fr", "Les exportations ont triplé depuis l'invasion de l'Ukraine en 2022.", "ARMED_CONFLICT"),
    ("fr", "C'est sa première visite depuis que la guerre a éclaté.", "ARMED_CONFLICT"),
    ("fr", "Un million de personnes sont rentrées depuis la chute du régime en 2024.", "ARMED_CONFLICT"),
])
def test_a_theme_word_in_a_since_phrase_counts_for_nothing(lang, text, code, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert code not in _codes(nlp, text, lang)


@pytest.mark.parametrize("lang, text, code", [
    ("en", "Moscow's full-scale invasion of Ukraine began in February 2022.", "ARMED_CONFLICT"),
    ("en", "Fighting has raged around the town since March.", "ARMED_CONFLICT"),
    ("fr", "Les combats se poursuivent depuis mardi autour de la ville.", "ARMED_CONFLICT"),
    ("en", "Exports have fallen since the sanctions were imposed, and new sanctions loom.",
     "SANCTIONS"),
    # the phrase ends at the comma, whatever the parse hangs on its noun
    ("fr", "Les ventes de vin ont chuté depuis le printemps, et Paris a saisi l'Organisation "
           "mondiale du commerce.", "TRADE"),
])
def test_the_same_words_outside_the_phrase_still_count(lang, text, code, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert code in _codes(nlp, text, lang)


def test_dated_words_still_fill_their_paragraph():
    # "since the virus was identified" tells no HEALTH thread, but the paragraph stays the
    # outbreak's: a line on fighting after it does not hold half of it.
    evidence = {"ARMED_CONFLICT": evidence_of([("fighting", 2, 4), ("rebel", 2, 4), ("clash", 2, 4)])}
    weights = _paragraph_weights(evidence, {"HEALTH": {4: 8}})
    assert weights.total[4] == 14 and weights.lead[4] == 8
    assert _paragraph_weights(evidence).total[4] == 6
