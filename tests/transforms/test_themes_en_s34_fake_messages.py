"""Rumours spread as fake or false messages and posts (a bank run, a lynching rumour, an election
hoax) are told in those words; the taxonomy had the fake videos, images and accounts. Written for
these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


@pytest.mark.parametrize("text, term", [
    ("A false message claimed the polling stations would close at noon.", "false message"),
    ("Fake messages about child abductions spread on WhatsApp.", "fake message"),
    ("Police traced the fake posts to three accounts.", "fake post"),
    ("The ministry denied false posts saying the vaccine was withdrawn.", "false post"),
    ("State television aired fake reports of a coup.", "fake report"),
])
def test_fake_messages_are_disinformation_words(nlp_en, text, term):
    assert term_weights(nlp_en(text), "en").get(("DISINFORMATION", term)) == 2


_RUN = (
    "NAIROBI, May 6 (Vigie) - Hundreds of customers queued outside branches of a Kenyan "
    "microlender on Monday after fake messages circulating on WhatsApp claimed it had lost its "
    "licence, and the central bank said the rumours were untrue.\n\n"
    "The lender said depositors had withdrawn about 2 billion shillings in two days. Its chief "
    "executive said the bank was sound and would pay every customer who asked.\n\n"
    "Police said they had arrested a man in Mombasa suspected of writing the first false "
    "message, which was shared more than 30,000 times, and that a doctored video of the chief "
    "executive had also spread online.\n\n"
    "The central bank said it was working with telecoms operators to take down the posts.\n\n")


def test_a_bank_run_on_fake_messages_is_disinformation(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(_RUN), "en")}
    assert "DISINFORMATION" in found
