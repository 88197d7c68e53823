"""English phrases left in French copy by machine translation ("selon des security
sources", "une air strike") are matched in French documents: phrases of two or more
words weighing 2+, and the English stop phrases; single English words are not (many are
French words too)."""
from tests.transforms.evidence import term_weights, terms_found


def test_an_english_phrase_left_in_french_copy_is_a_term(nlp_fr):
    doc = nlp_fr("Selon l'armée, une drone strike a visé le convoi, et des peace talks "
                 "doivent reprendre jeudi à Doha.")
    found = term_weights(doc, "fr")
    assert found[("ARMED_CONFLICT", "drone strike")] == 3
    assert found[("DIPLOMACY", "peace talks")] == 3


def test_a_single_english_word_is_no_term_in_french_copy(nlp_fr):
    # "war" and "refugee" are English terms, but French copy matches French words only.
    doc = nlp_fr("Le film War Horse a été projeté devant des refugee dans le camp.")
    found = terms_found(doc, "fr")
    assert "war" not in found and "refugee" not in found


def test_a_weak_english_phrase_is_no_term_in_french_copy(nlp_fr):
    # "death toll" weighs 1 in English: too vague to carry over.
    doc = nlp_fr("Le death toll de l'accident de la route s'élève à trois morts.")
    assert "death toll" not in terms_found(doc, "fr")


def test_a_french_term_on_the_same_words_keeps_its_weight(nlp_fr):
    # "Human Rights Watch" is in both lists; the French entry is the one matched.
    doc = nlp_fr("Human Rights Watch a dénoncé des exécutions sommaires.")
    assert term_weights(doc, "fr")[("HUMAN_RIGHTS", "Human Rights Watch")] == 3
