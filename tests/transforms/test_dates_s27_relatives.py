"""A relative clause telling what a noun after the verb did next, in the narrative past,
happens on the day its sentence names ("signed on Tuesday in the presence of Hassan, who
held talks with Ruto"); one on the subject tells its background and keeps the report day
("The African Union, which suspended Mali, called for calm on Tuesday")."""
from datetime import date

import pytest

from transforms.actors import find_actors
from transforms.events import code_events

PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)


def dates_of(models, lang, text, verb):
    doc = models[lang](text)
    return {e.event_date for e in code_events(doc, lang, find_actors(doc, lang), "art_test",
                                              PUBLISHED) if verb in e.verb}


@pytest.mark.parametrize("lang, text, verb", [
    ("en", "Kenya signed a gas deal with Tanzania on Tuesday in the presence of Tanzanian "
           "President Samia Suluhu Hassan, who held talks with William Ruto on border trade.",
     "held"),
    ("fr", "Le ministre kényan des Finances s'est entretenu mardi à Washington avec la directrice "
           "du FMI, Kristalina Georgieva, qui a salué les réformes du pays.", "salué"),
])
def test_what_a_noun_after_the_verb_did_next_happens_that_day(models, lang, text, verb):
    assert dates_of(models, lang, text, verb) == {TUESDAY}


@pytest.mark.parametrize("lang, text, verb", [
    ("en", "The African Union, which suspended Mali, called for calm on Tuesday.", "suspended"),
    ("fr", "L'Union africaine, qui a suspendu le Mali, a appelé mardi au calme.", "suspendu"),
])
def test_a_relative_clause_on_the_subject_keeps_the_report_day(models, lang, text, verb):
    assert dates_of(models, lang, text, verb) == {PUBLISHED}


def test_the_day_a_relative_clause_takes_may_be_its_verbs_occasion(models):
    text = ("Le Kenya et l'Éthiopie ont signé mardi à Nairobi un accord sur le partage des eaux "
            "du lac Turkana.\n\nLe Premier ministre éthiopien Abiy Ahmed a été reçu dans la "
            "foulée par le président William Ruto, qui a salué un accord historique.")
    assert dates_of(models, "fr", text, "salué") == {TUESDAY}
