"""A present participle set off by commas after the subject tells what the subject was doing
when it acted, so its date is the act's, even when the participle names an act of its own
(a visit) whose words the wider clause leaves to that act."""
from datetime import date
from tests.transforms.mentions import events_with_found_actors


PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)


def dated(models, lang, text):
    return [(e.event_type, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


def test_a_visit_told_by_a_participle_after_the_subject_dates_the_act(models):
    text = ("Kenyan Interior Minister Paul Kana, visiting the barracks on Tuesday, accused "
            "al-Shabaab of planning the attack.")
    assert ("ACCUSE", TUESDAY) in dated(models, "en", text)


def test_a_participle_with_no_date_leaves_the_act_undated(models):
    text = ("Kenyan Interior Minister Paul Kana, visiting the barracks, accused al-Shabaab of "
            "planning the attack.")
    assert ("ACCUSE", PUBLISHED) in dated(models, "en", text)
