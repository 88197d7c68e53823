"""`published` in the forms real JSON exports carry.

A value that names no day, month and year is no date: dateparser filled the missing
parts from today, so an export's "N/A" was stored as the day before yesterday and "2026"
as today's day of that year, as if the source had said so."""
from datetime import datetime

import pytest

from transforms.ingest import article_from_record, parse_publication


@pytest.mark.parametrize("value", [
    "N/A", "1", "12", "-1", "2026", "nov 2026", "novembre 2026", "Monday", "lundi",
    "TBD", "unknown", "null", "-", "0000-00-00", "", "   ", None, 0, True, [], {},
])
def test_a_value_that_names_no_day_is_no_date(value):
    assert parse_publication(value) == (None, None)


@pytest.mark.parametrize("value, expected", [
    ("28/11/2026", datetime(2026, 11, 28)),
    ("Nov 28, 2026 14:05", datetime(2026, 11, 28, 14, 5)),
    ("28 novembre 2026", datetime(2026, 11, 28)),
    ("le 28 novembre 2026 à 14h05", datetime(2026, 11, 28, 14, 5)),
    ("Sat, 28 Nov 2026 14:05:00 GMT", datetime(2026, 11, 28, 14, 5)),
    ("2026-11-28T14:05:00+02:00", datetime(2026, 11, 28, 12, 5)),
    ("2026-11-28 14:05:00 +0200", datetime(2026, 11, 28, 12, 5)),
    ("2026-11-28", datetime(2026, 11, 28)),
    ("20261128", datetime(2026, 11, 28)),
    ("1764331200", datetime(2025, 11, 28, 12, 0)),
])
def test_the_dates_exports_write_are_read(value, expected):
    assert parse_publication(value)[0] == expected


def test_the_article_is_kept_undated():
    article = article_from_record({"text": "Un texte.", "published": "N/A"}, "x", "ref")
    assert article.published_at is None and article.published_date is None


FR_TEXT = ("Le ministre des Affaires étrangères a rencontré hier son homologue allemand à "
           "Berlin pour parler de la défense européenne.")
EN_TEXT = "The foreign minister met his German counterpart in Berlin yesterday to discuss defence."


@pytest.mark.parametrize("record, expected", [
    # A French article's 05/11/2026 is the 5th of November (it was read as 11 May).
    ({"text": FR_TEXT, "published": "05/11/2026"}, datetime(2026, 11, 5)),
    ({"text": FR_TEXT, "published": "05/11/2026 14:05"}, datetime(2026, 11, 5, 14, 5)),
    ({"text": EN_TEXT, "language": "fr", "published": "05/11/2026"}, datetime(2026, 11, 5)),
    # Dots are day first in any language.
    ({"text": EN_TEXT, "published": "05.11.2026"}, datetime(2026, 11, 5)),
    # American English stays month first; an unambiguous date has one reading.
    ({"text": EN_TEXT, "published": "05/11/2026"}, datetime(2026, 5, 11)),
    ({"text": FR_TEXT, "published": "11/28/2026"}, datetime(2026, 11, 28)),
    ({"text": EN_TEXT, "published": "28/11/2026"}, datetime(2026, 11, 28)),
    ({"text": FR_TEXT, "published": "2026-05-11"}, datetime(2026, 5, 11)),
])
def test_an_all_numeric_date_is_read_as_the_article_writes_it(record, expected):
    assert article_from_record(record, "x", "ref").published_at == expected
