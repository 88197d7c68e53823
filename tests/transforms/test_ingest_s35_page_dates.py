"""The publication time of an HTML page, as the page writes it.

trafilatura's date search (htmldate) gave the day only: a page whose JSON-LD says
`"datePublished": "2026-11-27T23:30:00+01:00"` was stored as published at
2026-11-27 00:00 UTC, and one published today at 10:00 lost its time too (htmldate's
default latest date is the start of today). Now the time and its offset are kept: UTC
in `published_at`, the page's own day in `published_local_date`."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from transforms.ingest import article_from_html

BODY = " ".join(["Le ministre des affaires étrangères a rencontré son homologue allemand "
                 "à Berlin mardi pour discuter de la crise énergétique en Europe."] * 4)


def page(head: str = "", lead: str = "") -> str:
    return (f"<html><head><title>Sommet à Berlin</title>{head}</head><body><article>"
            f"<h1>Sommet à Berlin</h1>{lead}<p>{BODY}</p><p>{BODY}</p></article></body></html>")


def json_ld(published: str, modified: str) -> str:
    # dateModified first, as many CMSs write it: the update is not the publication.
    return ('<script type="application/ld+json">{"@context": "https://schema.org", '
            f'"@type": "NewsArticle", "headline": "Sommet", "dateModified": "{modified}", '
            f'"datePublished": "{published}"}}</script>')


def meta(published: str, modified: str) -> str:
    return (f'<meta property="article:modified_time" content="{modified}">'
            f'<meta property="article:published_time" content="{published}">')


def time_tags(published: str, modified: str) -> str:
    return (f'<p>Mis à jour le <time datetime="{modified}">plus tard</time></p>'
            f'<p>Publié le <time datetime="{published}" pubdate>ce jour</time></p>')


@pytest.mark.parametrize("where", ["json-ld", "meta", "time"])
def test_the_publication_time_and_offset_are_kept(where):
    published, modified = "2026-11-27T23:30:00+01:00", "2026-11-28T10:00:00+01:00"
    html = (page(lead=time_tags(published, modified)) if where == "time" else
            page({"json-ld": json_ld, "meta": meta}[where](published, modified)))
    article = article_from_html(html, "https://example.fr/a", "ref")
    assert article.published_at == datetime(2026, 11, 27, 22, 30)  # UTC, naive
    assert article.published_local_date == date(2026, 11, 27)  # the page's own day


def test_a_page_published_today_keeps_its_time():
    # A nightly run reads the day's pages: their time was cut off at midnight.
    now = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=1)
    stamp = now.isoformat()
    article = article_from_html(page(json_ld(stamp, stamp)), "https://example.fr/a", "ref")
    assert article.published_at == now.replace(tzinfo=None)


def test_a_page_dated_by_day_only_is_midnight_without_a_local_day():
    article = article_from_html(page(meta("2026-11-27", "2026-11-28")), None, "ref")
    assert article.published_at == datetime(2026, 11, 27)
    assert article.published_local_date is None


def test_a_date_in_the_url_does_not_hide_the_pages_time():
    # News URLs carry the day (/2026/11/27/...): htmldate took it before the page's
    # own timestamp, and the time was lost again (the canonical link counts as the URL).
    head = (meta("2026-11-27T23:30:00+01:00", "2026-11-28T10:00:00+01:00")
            + '<link rel="canonical" href="https://example.fr/2026/11/27/sommet">')
    article = article_from_html(page(head), "https://example.fr/2026/11/27/sommet", "ref")
    assert article.published_at == datetime(2026, 11, 27, 22, 30)


def test_a_date_only_in_the_url_still_dates_the_page():
    article = article_from_html(page(), "https://example.fr/2026/11/27/sommet", "ref")
    assert article.published_at == datetime(2026, 11, 27)
