"""`--since` on a feed, flow level: real Prefect harness, real HTTP on loopback, DuckDB.

`vigie run --since 2026-11-01 --source https://site/archive.rss` fetched the page of
every entry of the feed, however old, and only then left the old ones out: an archive
feed of a thousand entries cost a thousand GETs to the site for nothing. Entries the
feed dates before `--since` are now not fetched; they are counted as before, in the
summary's `before --since` and in `seen`. Such a feed's validators are not saved, so a
later run without `--since` (or with an earlier day) gets the feed in full, not a 304."""
from __future__ import annotations

from datetime import date

from flows.nightly import nightly
from flows.settings import NightlySettings
from tests.dbrows import rows
from tests.flows.test_incremental import STORIES, _page
from tests.httpserver import serve

DATES = {1: "Wed, 09 Apr 2025 10:00:00 +0000", 2: "Thu, 10 Apr 2025 10:00:00 +0000",
         3: "Tue, 15 Apr 2025 10:00:00 +0000"}


def feed(base: str) -> bytes:
    items = "".join(
        f"<item><guid>story-{n}</guid><title>{STORIES[n][0]}</title>"
        f"<link>{base}/articles/{n}.html</link><pubDate>{DATES[n]}</pubDate>"
        f"<description>Teaser.</description></item>" for n in STORIES)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Archive</title>'
            f"{items}</channel></rss>").encode()


def test_entries_before_since_are_not_fetched(prefect_harness, tmp_path):
    routes: dict = {f"/articles/{n}.html": (200, {"Content-Type": "text/html"}, _page(n))
                    for n in STORIES}
    with serve(routes) as server:
        routes["/feed.rss"] = (200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'},
                               feed(server.base_url))
        settings = NightlySettings(sources=[server.url("/feed.rss")], db=tmp_path / "w.duckdb",
                                   data_docs_dir=None, lock_wait_s=5, fetch_retries=0,
                                   since=date(2025, 4, 12))
        result = nightly(settings)
        fetched = sorted(r.path for r in server.requests if r.path.startswith("/articles/"))
        assert fetched == ["/articles/3.html"]  # was all three
        assert (result.articles_seen, result.articles_loaded, result.articles_before_since) \
            == (3, 1, 2)
        assert rows(settings.db, "select count(*) from quarantine") == [(0,)]
        assert rows(settings.db, "select count(*) from feed_state") == [(0,)]

        later = nightly(settings.model_copy(update={"since": None}))
        assert server.requests_to("/feed.rss")[-1].headers.get("If-None-Match") is None
        assert later.articles_loaded == 2  # the two older stories, now wanted
