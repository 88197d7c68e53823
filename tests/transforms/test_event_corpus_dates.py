"""Dates of events whose verb the parser misread, from the shared sample article."""
from datetime import date

from transforms.events import code_events
from transforms.actors import find_actors


def _dates(nlp, text, published):
    doc = nlp(text)
    return [(e.event_type, e.event_date)
            for e in code_events(doc, "fr", find_actors(doc, "fr"), "art", published)]


def test_a_participle_read_as_a_noun_keeps_the_date_after_it(nlp_fr):
    # The sample's own sentence: "visité" has no auxiliary and the parser reads it as a noun.
    text = "Le secrétaire général de l’OTAN, Mark Rutte, visité le Japon le 8 au 9 avril."
    assert _dates(nlp_fr, text, date(2025, 4, 11)) == [("CONSULT", date(2025, 4, 8))]


def test_the_words_after_it_stop_at_the_next_clause(nlp_fr):
    text = ("Le secrétaire général de l’OTAN, Mark Rutte, visité le Japon, a-t-on appris "
            "le 8 avril.")
    # The date belongs to the report ("a-t-on appris"); the visit is dated by the report day.
    assert _dates(nlp_fr, text, date(2025, 4, 11)) == [("CONSULT", date(2025, 4, 11))]
