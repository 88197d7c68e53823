"""Date expressions as news copy writes them, through the whole extractor: each one placed
after the verb and at the head of the sentence, in both languages. Written from how wire
copy dates events, not from the eval articles. Publication: Friday 20 November 2026."""
from __future__ import annotations

from datetime import date

import pytest

from tests.transforms.date_bank import assert_dated_in_both_places

EN = [
    ("on Tuesday", date(2026, 11, 17)), ("late on Tuesday", date(2026, 11, 17)),
    ("overnight Tuesday", date(2026, 11, 17)), ("early Wednesday", date(2026, 11, 18)),
    ("last Friday", date(2026, 11, 13)), ("on Friday", date(2026, 11, 20)),
    ("on Nov. 12", date(2026, 11, 12)), ("on November 12th", date(2026, 11, 12)),
    ("on Thursday, Nov. 19", date(2026, 11, 19)), ("the day before yesterday", date(2026, 11, 18)),
    ("last month", date(2026, 10, 1)), ("in March 2024", date(2024, 3, 1)),
    ("two weeks ago", date(2026, 11, 6)), ("between Nov. 10 and 12", date(2026, 11, 10)),
    ("in mid-October", date(2026, 10, 1)), ("at the end of October", date(2026, 10, 1)),
    # "Month D, YYYY": the year is the event's, not the publication's
    ("on Oct. 3, 2024", date(2024, 10, 3)), ("on March 14, 2025", date(2025, 3, 14)),
    ("on December 3", date(2025, 12, 3)), ("last November", date(2025, 11, 1)),
    ("on the night of November 12 to 13", date(2026, 11, 12)),
    ("on Monday last week", date(2026, 11, 9)),
]
FR = [
    ("mardi", date(2026, 11, 17)), ("dans la nuit de mardi à mercredi", date(2026, 11, 17)),
    ("ce mardi", date(2026, 11, 17)), ("vendredi", date(2026, 11, 20)),
    ("le 1er novembre", date(2026, 11, 1)), ("le mardi 17 novembre", date(2026, 11, 17)),
    ("avant-hier", date(2026, 11, 18)), ("le mois dernier", date(2026, 10, 1)),
    ("il y a deux semaines", date(2026, 11, 6)), ("du 10 au 12 novembre", date(2026, 11, 10)),
    ("entre le 10 et le 12 novembre", date(2026, 11, 10)), ("mi-octobre", date(2026, 10, 1)),
    ("le 3 octobre 2024", date(2024, 10, 3)), ("le 3 décembre", date(2025, 12, 3)),
    ("l'année dernière", date(2025, 1, 1)), ("lundi 16 novembre", date(2026, 11, 16)),
    ("en novembre dernier", date(2025, 11, 1)), ("dans la nuit du 12 au 13 novembre", date(2026, 11, 12)),
    ("lundi de la semaine dernière", date(2026, 11, 9)),
]


@pytest.mark.parametrize("expression, expected", EN, ids=[e for e, _ in EN])
def test_english_expressions(nlp_en, expression, expected):
    assert_dated_in_both_places(nlp_en, "en", expression, expected)


@pytest.mark.parametrize("expression, expected", FR, ids=[e for e, _ in FR])
def test_french_expressions(nlp_fr, expression, expected):
    assert_dated_in_both_places(nlp_fr, "fr", expression, expected)
