"""Relative dates count from the day the article was published where it was published:
a Tokyo paper's Friday 07:30 (+09:00) is Thursday in UTC, and "on Friday" in its text
is that Friday, not the one a week before."""
from datetime import date, datetime

import pytest

from transforms.extract import extract
from transforms.feeds import parse_feed
from transforms.ingest import article_from_entry, article_from_record, local_publication_date

TEXT = ("Japan and Australia signed a defence agreement in Tokyo on Friday, the Japanese "
        "foreign ministry said. The two governments agreed to hold joint exercises next year.")


@pytest.mark.parametrize("written, local_day", [
    ("2025-04-11T07:30:00+09:00", date(2025, 4, 11)),
    ("Thu, 10 Apr 2025 21:30:00 -0500", date(2025, 4, 10)),  # Friday 02:30 in UTC
    ("2025-04-10T12:00:00Z", date(2025, 4, 10)),
    ("2025-04-10", None),  # no offset: the UTC day is all there is
    ("2025-04-10T08:00:00", None),
    ("not a date", None),
    (None, None),
])
def test_local_publication_date(written, local_day):
    assert local_publication_date(written) == local_day


def test_a_record_keeps_utc_and_its_local_day():
    article = article_from_record({"text": TEXT, "published": "2025-04-11T07:30:00+09:00"},
                                  "tokyo-1", "test")
    assert article.published_at == datetime(2025, 4, 10, 22, 30)
    assert article.published_date == date(2025, 4, 11)


def test_a_feed_entry_keeps_its_local_day():
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><guid>1</guid><title>Pact</title><link>https://example.test/1</link>
    <pubDate>Fri, 11 Apr 2025 07:30:00 +0900</pubDate>
    <description>Japan and Australia signed a pact.</description></item></channel></rss>"""
    [entry] = parse_feed(feed, "feed.rss").entries
    article = article_from_entry(entry, "feed.rss")
    assert article.published_at == datetime(2025, 4, 10, 22, 30)
    assert article.published_date == date(2025, 4, 11)


def test_on_friday_is_the_local_friday_of_publication(nlp_en):
    article = article_from_record({"text": TEXT, "published": "2025-04-11T07:30:00+09:00",
                                   "language": "en"}, "tokyo-1", "test")
    events = extract(article, nlp_en(TEXT)).events
    signed = [e for e in events if e.event_type == "AGREE"]
    assert signed and signed[0].event_date == date(2025, 4, 11)
