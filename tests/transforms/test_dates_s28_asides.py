"""A day told in a relative clause on the subject sets the scene of the act only when the
aside tells a going or a meeting ("qui s'est rendu mercredi à Marseille, a salué"); the day
someone took office or was sworn in is background about them. And a weekday machine
translation glued onto the name after it ("mardiFaye a reçu") is still read."""
from datetime import date

import pytest

from transforms.dates import resolve_date
from transforms.event_dates import event_date
from tests.transforms.mentions import events_with_found_actors

PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY, WEDNESDAY = date(2026, 11, 24), date(2026, 11, 25)


def dated(models, lang, text):
    return [(e.event_type, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


@pytest.mark.parametrize("lang, text, kind", [
    ("fr", "La présidente Anne Morel, qui a prêté serment le 2 novembre, a accusé l'opposition "
           "de bloquer le budget.", "ACCUSE"),
    ("fr", "Le Premier ministre Paul Durand, qui a pris ses fonctions le 10 novembre, a appelé "
           "les syndicats à reprendre le dialogue.", "REQUEST"),
    ("en", "President Anne Morel, who was sworn in on 2 November, accused the opposition of "
           "blocking the budget.", "ACCUSE"),
])
def test_the_day_someone_took_office_does_not_date_what_they_do(models, lang, text, kind):
    assert (kind, PUBLISHED) in dated(models, lang, text)


@pytest.mark.parametrize("lang, text, kind", [
    ("fr", "Le ministre Paul Durand, qui s'est rendu mercredi à Niamey, a salué l'engagement des "
           "soldats nigériens.", "SUPPORT"),
    ("en", "Foreign Minister Paul Durand, who travelled to Niamey on Wednesday, praised the "
           "Nigerien soldiers.", "SUPPORT"),
])
def test_a_visit_in_the_subjects_aside_still_sets_the_scene(models, lang, text, kind):
    assert (kind, WEDNESDAY) in dated(models, lang, text)


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "En marge du sommet mardiRuto a reçu son homologue.", TUESDAY),
    ("en", "On the sidelines of the summit on TuesdayRuto met his counterpart.", TUESDAY),
    ("fr", "Les mardis, le marché ferme tôt.", None),  # a plural is no weekday
])
def test_a_weekday_glued_to_the_name_after_it_is_read(lang, text, expected):
    assert resolve_date(text, lang, PUBLISHED) == expected


def test_a_glued_weekday_dates_the_act(models):
    doc = models["fr"]("En marge du sommet mardiNdiaye a reçu le président kényan William Ruto.")
    received = next(t for t in doc if t.text == "reçu")
    assert event_date(received, False, "fr", PUBLISHED) == TUESDAY
