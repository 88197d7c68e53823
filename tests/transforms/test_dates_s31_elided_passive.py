"""A second passive told with its auxiliary left out ("Deux gendarmes ont été tués et trois
civils blessés samedi") closes the list of acts with its day: the French parse makes it a
noun with its participle (personnes <- blessées), conjoined with the first verb, and the day
then dates the first act and a "lorsque" clause hung on it."""
from datetime import date

import pytest

from transforms.event_dates import event_date

PUBLISHED = date(2026, 4, 22)  # a Wednesday
SATURDAY = date(2026, 4, 18)


def _date_of(models, lang, text, verb):
    doc = models[lang](text)
    token = next(t for t in doc if t.text == verb)
    return event_date(token, False, lang, PUBLISHED)


FRENCH = ("Trois soldats ont été tués et quatre personnes blessées samedi lorsque des "
          "jihadistes ont ouvert le feu sur une patrouille près de Kidal, a annoncé l'armée.")


@pytest.mark.parametrize("verb", ["tués", "ouvert"])
def test_the_day_after_an_elided_passive_dates_the_acts_listed_before(models, verb):
    assert _date_of(models, "fr", FRENCH, verb) == SATURDAY


def test_english_two_passives_with_the_day_at_the_end(models):
    text = "Two gendarmes were killed and three civilians wounded on Saturday."
    assert _date_of(models, "en", text, "killed") == SATURDAY


