"""An infinitive under a verb of agreeing, deciding or promising names an act planned for
later: its date does not date the agreement ("agreed to resume talks in June"). A date on
the verb itself still dates it ("agreed on Monday to reopen")."""
from datetime import date

import pytest

from transforms.actors import find_actors
from transforms.events import code_events

PUBLISHED = date(2026, 11, 27)  # a Friday


def dates_of(models, lang, text, verb):
    doc = models[lang](text)
    return [e.event_date for e in code_events(doc, lang, find_actors(doc, lang), "art_test",
                                              PUBLISHED) if verb in e.verb]


@pytest.mark.parametrize("lang, text, verb", [
    ("en", "Kenya and Uganda agreed to resume border talks in June.", "agreed"),
    ("en", "Kenya and Uganda had agreed to meet in Kampala in mid-December.", "agreed"),
    ("fr", "Le Kenya et l'Ouganda sont convenus de se retrouver à Kampala en juin.", "convenus"),
])
def test_a_planned_acts_date_does_not_date_the_agreement(models, lang, text, verb):
    assert set(dates_of(models, lang, text, verb)) == {PUBLISHED}


def test_a_date_on_the_agreeing_verb_still_dates_it(models):
    assert dates_of(models, "en", "Kenya agreed on Monday to reopen its border with Somalia.",
                    "agreed") == [date(2026, 11, 23)]
