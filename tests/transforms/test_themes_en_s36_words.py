"""Ordinary English words of two themes the taxonomy lacked (s36): the EU fund that pays for
partners' troops and a shiprider agreement (SECURITY_COOPERATION); a boundary drawn at sea or by
treaty, and its markers (TERRITORIAL_DISPUTE), with a coup's closed sea borders a specific word
only. Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights


@pytest.mark.parametrize("text, code, term, weight", [
    ("The EU will pay for the Chadian contingent through the European Peace Facility.",
     "SECURITY_COOPERATION", "European Peace Facility", 3),
    ("Under a shiprider agreement, Fijian officers board foreign boats from Australian ships.",
     "SECURITY_COOPERATION", "shiprider agreement", 3),
    ("The court drew a sea boundary between the two islands.",
     "TERRITORIAL_DISPUTE", "sea boundary", 3),
    ("Nicaragua says the 1928 boundary treaty is void.",
     "TERRITORIAL_DISPUTE", "boundary treaty", 2),
    ("Boundary markers have not yet been laid in three villages.",
     "TERRITORIAL_DISPUTE", "boundary markers", 2),
    ("The two navies still argue over the maritime border.",
     "TERRITORIAL_DISPUTE", "maritime border", 2),
    ("The junta closed the country's land, air and sea borders.",
     "TERRITORIAL_DISPUTE", "sea border", 2),
])
def test_english_words(nlp_en, text, code, term, weight):
    assert term_weights(nlp_en(text), "en").get((code, term)) == weight


@pytest.mark.parametrize("text, term", [
    ("Pirates hijacked a cargo ship in the Gulf of Aden on Sunday.", "pirate"),
    ("Pirates hijacked a cargo ship in the Gulf of Aden on Sunday.", "hijack"),
    ("Piracy off the Horn of Africa has returned.", "piracy"),
    ("The navy condemned the hijacking of the tanker.", "hijacking"),
])
def test_piracy_is_crime(nlp_en, text, term):
    assert term_weights(nlp_en(text), "en").get(("CRIME", term)) == 2


def test_a_state_accused_of_an_act_of_piracy_tells_no_crime(nlp_en):
    doc = nlp_en("Washington called the seizure of the tanker an act of piracy by a state.")
    assert not any(code == "CRIME" for code, _ in term_weights(doc, "en"))


@pytest.mark.parametrize("text, term, weight", [
    ("Hospital doctors strike for 48 hours from Monday.", "doctors strike", 3),
    ("It was the biggest medical strike in a decade.", "medical strike", 3),
    ("Hundreds of farmers rallied outside the ministry on Friday.", "rallied outside", 2),
])
def test_strike_and_rally_words(nlp_en, text, term, weight):
    assert term_weights(nlp_en(text), "en").get(("PROTEST", term)) == weight
