"""Theme words told as over or as another sense: a word after "former"/"ancien"/"ex-"
dates the story like a "since" phrase (transforms/theme_since.py: "the former front
lines", "les anciennes lignes de front"), and the French verb "frappe" hits anything
("la crise frappe"): only the noun is war's (taxonomy _NOUN_ONLY).
Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


def _terms(nlp, text, lang, code):
    return {term for found, term in term_weights(nlp(text), lang) if found == code}


@pytest.mark.parametrize("lang, text, term", [
    ("en", "Farmers are going back to fields along the former front lines.", "front line"),
    ("fr", "Les paysans retournent dans leurs champs le long des anciennes lignes de front.",
     "ligne de front"),
])
def test_a_word_told_as_former_counts_for_nothing(lang, text, term, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert term not in _terms(nlp, text, lang, "ARMED_CONFLICT")


@pytest.mark.parametrize("lang, text, term", [
    ("en", "Troops dug in along the front lines overnight.", "front line"),
    ("fr", "Les soldats tiennent les lignes de front depuis mardi.", "ligne de front"),
])
def test_the_same_words_told_now_still_count(lang, text, term, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert term in _terms(nlp, text, lang, "ARMED_CONFLICT")


@pytest.mark.parametrize("lang, text, term", [
    ("fr", "La sécheresse frappe d'abord les petits éleveurs du nord.", "frappe"),
])
def test_the_french_verb_frappe_is_no_war(lang, text, term, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert term not in _terms(nlp, text, lang, "ARMED_CONFLICT")


@pytest.mark.parametrize("lang, text, term", [
    ("fr", "Une frappe a touché un dépôt de munitions dans la nuit.", "frappe"),
    ("en", "A strike hit an ammunition depot overnight.", "strike"),
])
def test_the_noun_still_counts(lang, text, term, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert term in _terms(nlp, text, lang, "ARMED_CONFLICT")
