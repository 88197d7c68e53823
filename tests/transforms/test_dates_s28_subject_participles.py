"""A present participle set off by commas after the subject tells what the subject was doing
when it acted, so its date is the act's, even when the participle names an act of its own
(a visit) whose words the wider clause leaves to that act."""
from datetime import date

from transforms.actors import find_actors
from transforms.events import code_events

PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)


def dated(models, lang, text):
    doc = models[lang](text)
    return [(e.event_type, e.event_date)
            for e in code_events(doc, lang, find_actors(doc, lang), "art_test", PUBLISHED)]


def test_a_visit_told_by_a_participle_after_the_subject_dates_the_act(models):
    text = ("Kenyan Interior Minister Paul Kana, visiting the barracks on Tuesday, accused "
            "al-Shabaab of planning the attack.")
    assert ("ACCUSE", TUESDAY) in dated(models, "en", text)


def test_a_participle_with_no_date_leaves_the_act_undated(models):
    text = ("Kenyan Interior Minister Paul Kana, visiting the barracks, accused al-Shabaab of "
            "planning the attack.")
    assert ("ACCUSE", PUBLISHED) in dated(models, "en", text)
