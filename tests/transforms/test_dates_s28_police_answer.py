"""The police answering a march told at the head of the next paragraph is the march's scene
and takes its day, whoever the police are named as ("Protesters blocked roads on Wednesday.
// Kenyan police fired tear gas ..."); a named actor's act of another kind across the break
still keeps the report day."""
from datetime import date

import pytest
from tests.transforms.mentions import events_with_found_actors


PUBLISHED = date(2026, 11, 27)  # a Friday
WEDNESDAY = date(2026, 11, 25)


def dated(models, lang, text):
    return [(e.event_type, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des milliers de manifestants ont bloqué mercredi les principales routes de Mombasa "
           "pour protester contre la hausse du prix du pain.\n\nLa police kényane a tiré des gaz "
           "lacrymogènes pour dégager le port."),
    ("en", "Thousands of protesters blocked the main roads of Mombasa on Wednesday against a rise "
           "in bread prices.\n\nKenyan police fired tear gas to clear the port."),
])
def test_the_police_answer_to_a_march_takes_its_day_across_the_break(models, lang, text):
    assert ("COERCE", WEDNESDAY) in dated(models, lang, text)
