"""An act told as following a gathering or a decision the story named with no date of its own
("After the meeting, Ruto urged ...", "A l'issue de leur entretien, Ruto a appelé ...") closed
the day of the story's first occasion, not the day of whatever sentence came just before it
(eval/README.md, Dates: the same meeting, talks, session or ceremony)."""
from datetime import date

import pytest
from tests.transforms.mentions import events_with_found_actors


PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)


def dated(models, lang, text):
    return [(e.event_type, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président kényan William Ruto a rencontré mardi à Addis-Abeba le Premier ministre "
           "éthiopien Abiy Ahmed.\n\nLes deux pays avaient rompu leurs discussions samedi, selon "
           "une source diplomatique.\n\nA l'issue de leur entretien, William Ruto a appelé "
           "l'Ethiopie à rouvrir la frontière."),
    ("en", "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa "
           "on Tuesday.\n\nThe two countries had broken off talks on Saturday, a diplomat said."
           "\n\nAfter the meeting, Ruto urged Ethiopia to reopen the border."),
    # "après" takes its determiner with no "de" ("après la réunion"; the first pattern
    # asked for "après de la réunion" and never matched).
    ("fr", "Le président kényan William Ruto a rencontré mardi à Addis-Abeba le Premier ministre "
           "éthiopien Abiy Ahmed.\n\nLes deux pays avaient rompu leurs discussions samedi, selon "
           "une source diplomatique.\n\nAprès la rencontre, William Ruto a appelé "
           "l'Ethiopie à rouvrir la frontière."),
])
def test_an_act_after_the_meeting_takes_the_meetings_day(models, lang, text):
    assert ("REQUEST", TUESDAY) in dated(models, lang, text)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Kenya a fermé mardi sa frontière avec l'Ethiopie.\n\nAprès le séisme, l'Ethiopie "
           "a appelé le Kenya à rouvrir la frontière."),
    ("en", "Kenya closed its border with Ethiopia on Tuesday.\n\nAfter the earthquake, Ethiopia "
           "urged Kenya to reopen the border."),
])
def test_after_a_background_event_is_no_occasion(models, lang, text):
    assert ("REQUEST", PUBLISHED) in dated(models, lang, text)
