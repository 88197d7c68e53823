"""A clause opened by "since" / "depuis que" tells when a span began; its date is its own
verb's, never the date of the act told over that span."""
from datetime import date

import pytest

from transforms.event_dates import event_date

PUBLISHED = date(2026, 11, 27)


@pytest.mark.parametrize("lang, text, verb", [
    ("en", "The group has attacked army posts across the north since French troops withdrew "
           "in 2022.", "attacked"),
    ("fr", "Le groupe a attaqué des postes de l'armée dans le nord depuis que les troupes "
           "françaises se sont retirées en 2022.", "attaqué"),
])
def test_a_since_clauses_date_does_not_date_the_span(models, lang, text, verb):
    doc = models[lang](text)
    token = next(t for t in doc if t.text == verb)
    assert event_date(token, False, lang, PUBLISHED) == PUBLISHED


def test_a_since_date_on_the_verb_itself_is_still_read(models):
    doc = models["en"]("The group has attacked army posts across the north since March 2025.")
    token = next(t for t in doc if t.text == "attacked")
    assert event_date(token, False, "en", PUBLISHED) == date(2025, 3, 1)
