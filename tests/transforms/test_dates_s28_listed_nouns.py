"""A noun the parse lists with a verb (as a conjunct of the verb, where it goes with the verb's
object or subject) has no clause of its own: a date among its words is the verb's ("broke up
protests in Lagos and a dozen other towns on Tuesday": towns <- broke)."""
from datetime import date

import pytest

from transforms.event_dates import event_date
from tests.transforms.mentions import events_with_found_actors

PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)


def dated(models, lang, text):
    return [(e.event_type, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


def test_a_noun_listed_with_the_verb_keeps_its_date_for_the_verb(models):
    doc = models["en"]("At least 31 people were killed and more than 100 injured when police "
                       "broke up anti-government protests in Kampala and more than a dozen other "
                       "towns on Tuesday, the commission said.")
    broke = next(t for t in doc if t.text == "broke")
    assert (broke.i, "conj") in {(t.head.i, t.dep_) for t in doc if t.text == "towns"}
    assert event_date(broke, False, "en", PUBLISHED) == TUESDAY


@pytest.mark.parametrize("lang, text, kind", [
    ("fr", "Au moins douze personnes ont été tuées et des dizaines d'autres blessées mardi lors "
           "de la dispersion de manifestations à Lomé, selon la police.", "ASSAULT"),
])
def test_a_date_among_a_listed_nouns_words_dates_the_verb(models, lang, text, kind):
    assert (kind, TUESDAY) in dated(models, lang, text)
