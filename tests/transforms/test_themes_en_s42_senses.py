"""English theme words in a sense that is not their topic, and bodies named as a person's
affiliation (forty-second session). Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text", [
    "The state kept a minority holding in the port operator after the sale.",
    "A minority listing of the bank raised 3 billion pounds on Monday.",
    "The fund became a minority investor in the mining group last year.",
    "Minority whip Dana Cole said the bill would pass the Senate.",
])
def test_a_minority_of_shares_or_of_a_chamber_is_no_rights_story(nlp_en, text):
    assert not any(code == "HUMAN_RIGHTS" for code, _ in term_weights(nlp_en(text), "en"))


def test_minorities_persecuted_are_still_a_rights_story(nlp_en):
    assert any(code == "HUMAN_RIGHTS" for code, _ in term_weights(
        nlp_en("The report said the minority was denied schooling in its own language."), "en"))


@pytest.mark.parametrize("text, code, term", [
    ("Maria Lopez, the director general of the International Atomic Energy Agency, is a candidate.",
     "NUCLEAR", "International Atomic Energy Agency"),
    ("The vote left the head of the UN nuclear watchdog in front.", "NUCLEAR", "nuclear watchdog"),
])
def test_a_body_named_as_a_persons_affiliation_is_a_weak_word(nlp_en, text, code, term):
    assert term_weights(nlp_en(text), "en")[(code, term)] == 1


@pytest.mark.parametrize("text, code, term", [
    ("The International Atomic Energy Agency said its inspectors had left the site.",
     "NUCLEAR", "International Atomic Energy Agency"),
    ("The UN nuclear watchdog found traces of uranium at the site.", "NUCLEAR", "nuclear watchdog"),
])
def test_a_body_that_acts_keeps_its_weight(nlp_en, text, code, term):
    assert term_weights(nlp_en(text), "en")[(code, term)] == 3


def test_a_foreign_ministry_spokesman_still_tells_diplomacy(nlp_en):
    weights = term_weights(nlp_en("A Foreign Ministry spokesman said the envoy had been summoned."),
                           "en")
    assert weights.get(("DIPLOMACY", "foreign ministry"), 0) >= 2


def test_a_persons_name_is_no_nuclear_term(nlp_en):
    assert not any(code == "NUCLEAR" for code, _ in term_weights(
        nlp_en("Grossi led the straw poll for secretary-general on Wednesday."), "en"))
