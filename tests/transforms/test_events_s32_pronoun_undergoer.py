"""A passive second conjunct whose first conjunct has a pronoun subject: "He moved to
Britain in 2024 and was arrested in London" -- he was arrested, no one named arrested.
Seen on new copy (dev38); checked on sentences of our own."""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 27)


def test_he_underwent_the_passive_conjunct(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "Alexei Navalny returned to Russia in 2021. He flew to Moscow and was "
                      "detained by police at the airport.", PUBLISHED)
    assert ("COERCE", None, "Alexei Navalny") in coded, coded


def test_il_underwent_the_passive_conjunct(nlp_fr):
    coded = coded_with_found_actors(
        nlp_fr, "fr", "Alexeï Navalny est rentré en Russie en 2021. Il a atterri à Moscou et a "
                      "été arrêté par la police à l'aéroport.", PUBLISHED)
    assert ("COERCE", None, "Alexei Navalny") in coded, coded


def test_the_agent_of_the_passive_conjunct_acted(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "Joe Biden met Xi Jinping. He flew to Beijing and was received by Xi "
                      "Jinping.", PUBLISHED)
    assert ("CONSULT", "Xi Jinping", "Joe Biden") in coded, coded


def test_an_active_conjunct_keeps_the_pronoun_as_source(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "Emmanuel Macron spoke on Monday. He flew to Kyiv and met Volodymyr "
                      "Zelensky.", PUBLISHED)
    assert ("CONSULT", "Emmanuel Macron", "Volodymyr Zelensky") in coded, coded
