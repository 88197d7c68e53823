"""An English present perfect listed after a past verb ("praised the deal in September, and the
union has backed it") tells what holds now, not an act of the day the past verb names: it keeps
the report day. A simple past listed the same way still shares the date."""
from datetime import date

import pytest

from transforms.event_dates import event_date

PUBLISHED = date(2026, 11, 27)


def date_of(models, text, verb):
    doc = models["en"](text)
    token = next(t for t in doc if t.text == verb)
    return event_date(token, False, "en", PUBLISHED)


@pytest.mark.parametrize("text, verb, expected", [
    ("The president had praised the accord in September, and the largest farmers' union has "
     "endorsed it after the ministry promised subsidies.", "endorsed", PUBLISHED),
    ("The president praised the accord in September and endorsed the new tariffs.", "endorsed",
     date(2026, 9, 1)),
])
def test_a_present_perfect_does_not_share_a_past_verbs_date(models, text, verb, expected):
    assert date_of(models, text, verb) == expected
