"""A High Court is a court like the Supreme Court: named by its bare title in any common-law
state's copy ("Kenya's High Court", "the Federal High Court in Abuja"), it is the body that
orders or rejects, not the state that owns it (organisations.json), and like the Supreme
Court it takes the state of its story (STATE_BODIES). Without the entry the
possessive state was the source and the court itself no actor at all."""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 28)


def test_a_states_high_court_is_the_source_of_its_order(nlp_en):
    text = ("Zambia's High Court on Thursday ordered Finance Minister Peter Banda to "
            "publish the loan contracts within thirty days.")
    coded = coded_with_found_actors(nlp_en, "en", text, PUBLISHED)
    assert any(event[1] == "High Court" for event in coded), coded
    assert not any(event[1] == "Zambia" for event in coded), coded


def test_the_federal_high_court_keeps_its_whole_name(nlp_en):
    text = ("The Federal High Court in Abuja on Monday rejected a bid by the opposition "
            "leader Musa Danjuma to halt the count.")
    coded = coded_with_found_actors(nlp_en, "en", text, PUBLISHED)
    assert any(event[1] == "Federal High Court" for event in coded), coded


def test_a_bare_high_court_takes_the_state_of_its_story(nlp_en):
    # A state body like the Supreme Court (context_country.STATE_BODIES).
    from transforms.actors import find_actors
    text = "In Zambia, the High Court annulled the by-election on Tuesday."
    found = {(m.actor.name, m.actor.country_code) for m in find_actors(nlp_en(text), "en")}
    assert ("High Court", "ZMB") in found, found
