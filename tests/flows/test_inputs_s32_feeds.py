"""Feeds as users meet them, flow level: real Prefect harness, real HTTP on loopback,
real DuckDB.

A <guid> that is not a web address ("tag:site,2026:123", "4567") was stored as
`articles.url`; it is the entry's id (`external_id`, `source_ref`), and the url is NULL
when the entry has no link."""
from __future__ import annotations

from flows.nightly import nightly
from flows.settings import NightlySettings
from tests.dbrows import rows
from tests.flows.test_incremental import STORIES, _page
from tests.httpserver import serve

RSS = {"Content-Type": "application/rss+xml"}


def _settings(tmp_path, *sources: str) -> NightlySettings:
    return NightlySettings(sources=list(sources), db=tmp_path / "w.duckdb",
                           data_docs_dir=tmp_path / "docs", lock_wait_s=5,
                           fetch_timeout_s=2, fetch_retries=0)


def test_guids_that_are_not_addresses_are_ids_not_urls(prefect_harness, tmp_path):
    items = "".join(
        f"<item><guid>{guid}</guid><title>{STORIES[n][0]}</title>"
        f"<pubDate>Wed, 09 Apr 2025 10:00:00 +0200</pubDate>"
        f"<description>{STORIES[n][1] * 3}</description></item>"
        for n, guid in [(1, "tag:news.test,2025:1"), (2, "4567")])
    feed = f'<rss version="2.0"><channel><title>Tags</title>{items}</channel></rss>'
    with serve({"/feed.rss": (200, RSS, feed)}) as server:
        settings = _settings(tmp_path, server.url("/feed.rss"))
        first = nightly(settings)
        second = nightly(settings)
        asked = [r.path for r in server.requests]

    assert first.articles_loaded == 2 and second.articles_loaded == 0
    # a guid is never fetched as a page; each run reads the site's robots.txt once, first
    assert asked == ["/robots.txt", "/feed.rss", "/robots.txt", "/feed.rss"]
    assert sorted(rows(settings.db, "select external_id, url from articles")) == [
        ("4567", None), ("tag:news.test,2025:1", None)]
    refs = {r[0] for r in rows(settings.db, "select source_ref from source_index")}
    assert refs == {server.url("/feed.rss#tag:news.test,2025:1"),
                    server.url("/feed.rss#4567")}


def test_tracking_parameters_do_not_make_an_old_entry_new(prefect_harness, tmp_path):
    # A feed whose links carry a campaign tag that changes every night (utm_*, xtor):
    # each night the same entries looked new, were fetched again, and their URL stored
    # with the tag.
    night = {"tag": "20261127"}

    def feed(_request):
        items = "".join(
            f"<item><guid>story-{n}</guid><title>{STORIES[n][0]}</title>"
            f"<link>{base}/a/{n}.html?utm_source=rss&amp;utm_campaign={night['tag']}"
            f"&amp;id={n}&amp;xtor=RSS-{night['tag']}</link><description>Teaser.</description>"
            f"</item>" for n in (1, 2))
        return 200, RSS, f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'

    routes = {"/feed.rss": feed, "/a/1.html": (200, {"Content-Type": "text/html"}, _page(1)),
              "/a/2.html": (200, {"Content-Type": "text/html"}, _page(2))}
    with serve(routes) as server:
        base = server.base_url
        settings = _settings(tmp_path, server.url("/feed.rss"))
        first = nightly(settings)
        night["tag"] = "20261128"
        second = nightly(settings)
        pages = [r.path for r in server.requests if r.path.startswith("/a/")]

    assert first.articles_loaded == 2 and second.articles_loaded == 0
    assert sorted(pages) == ["/a/1.html?id=1", "/a/2.html?id=2"]  # once each, untagged
    assert sorted(rows(settings.db, "select url from articles")) == [
        (server.url("/a/1.html?id=1"),), (server.url("/a/2.html?id=2"),)]


def test_a_gzip_file_at_a_url_is_unpacked(prefect_harness):
    # A feed or export published as a .gz file (not a Content-Encoding) was quarantined
    # as "HTML page has no extractable article text".
    import gzip
    import json

    from prefect import flow

    from flows.sources import SourceSettings, collect

    items = "".join(f"<item><guid>g{n}</guid><title>{STORIES[n][0]}</title>"
                    f"<description>{STORIES[n][1] * 3}</description></item>" for n in (1, 2))
    feed = f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()
    lines = "\n".join(json.dumps({"id": f"r{n}", "text": STORIES[n][1] * 3}) for n in (1, 2))
    routes = {"/feed.xml.gz": (200, {"Content-Type": "application/x-gzip"}, gzip.compress(feed)),
              "/dump.jsonl.gz": (200, {"Content-Type": "application/octet-stream"},
                                 gzip.compress(lines.encode())),
              "/broken.gz": (200, {"Content-Type": "application/x-gzip"},
                             gzip.compress(feed)[:40])}

    @flow(name="collect-gzip")
    def collect_flow(sources: list[str]) -> object:
        return collect(sources, SourceSettings(retries=0, timeout_s=2))

    with serve(routes) as server:
        got = collect_flow([server.url(path) for path in routes])
        base = server.base_url
    assert sorted(a.external_id for a in got.articles) == ["g1", "g2", "r1", "r2"]
    [broken] = got.rejected
    assert broken.source_ref == base + "/broken.gz" and "broken gzip file" in broken.reason
