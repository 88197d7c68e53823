"""robots.txt honoured before article pages are fetched: real loopback server, real
Prefect harness, real DuckDB. Read once per site per run; a 404 allows everything; a
refused URL is a quarantine record with a clear reason, never a traceback."""
from __future__ import annotations

from prefect import flow

from flows.nightly import nightly
from flows.settings import NightlySettings
from flows.sources import SourceSettings, collect
from tests.dbrows import rows
from tests.httpserver import serve

PARAGRAPH = ("<p>Le ministre des affaires étrangères a rencontré son homologue allemand à "
             "Berlin mardi pour discuter de la crise énergétique en Europe et d'un accord "
             "sur le gaz.</p>")
TEXT = ("<html><head><title>Accord signé</title></head><body>" + PARAGRAPH * 3
        + "</body></html>")
PAGE = (200, {"Content-Type": "text/html; charset=utf-8"}, TEXT)
RULES = (200, {"Content-Type": "text/plain"},
         "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n")


@flow(name="collect-s38-robots")
def collect_flow(sources: list[str]) -> object:
    return collect(sources, SourceSettings(retries=0, timeout_s=2))


def test_a_disallowed_page_is_not_fetched_and_robots_txt_is_read_once(prefect_harness):
    with serve({"/robots.txt": RULES, "/news/a.html": PAGE, "/news/b.html": PAGE,
                "/private/c.html": PAGE}) as server:
        got = collect_flow([server.url("/news/a.html"), server.url("/private/c.html"),
                            server.url("/news/b.html")])
        paths = [r.path for r in server.requests]
    assert paths.count("/robots.txt") == 1 and paths[0] == "/robots.txt"
    assert "/private/c.html" not in paths
    assert sorted(a.source_ref for a in got.articles) == [server.url("/news/a.html"),
                                                          server.url("/news/b.html")]
    [refused] = got.rejected
    assert refused.source_ref == server.url("/private/c.html")
    assert refused.reason.startswith("disallowed by robots.txt of " + server.base_url)
    assert refused.retryable is False


def test_no_robots_txt_allows_everything(prefect_harness):
    with serve({"/news/a.html": PAGE}) as server:  # /robots.txt answers 404
        got = collect_flow([server.url("/news/a.html")])
        assert [r.path for r in server.requests] == ["/robots.txt", "/news/a.html"]
    assert got.rejected == [] and len(got.articles) == 1


def test_the_longest_rule_wins_over_a_blanket_disallow(prefect_harness):
    rules = (200, {}, "User-agent: *\nDisallow: /\nAllow: /news/\n")
    with serve({"/robots.txt": rules, "/news/a.html": PAGE, "/about.html": PAGE}) as server:
        got = collect_flow([server.url("/news/a.html"), server.url("/about.html")])
    assert [a.source_ref for a in got.articles] == [server.url("/news/a.html")]
    assert [r.source_ref for r in got.rejected] == [server.url("/about.html")]


def test_feed_linked_articles_are_checked_and_the_refusal_is_quarantined(prefect_harness,
                                                                         tmp_path):
    def feed(request):
        base = request.headers.get("Host")
        items = "".join(f"<item><title>T{n}</title><link>http://{base}{path}</link>"
                        f"<guid>{n}</guid></item>"
                        for n, path in enumerate(["/news/a.html", "/private/c.html"]))
        return (200, {"Content-Type": "application/rss+xml"},
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}'
                + "</channel></rss>")

    with serve({"/robots.txt": RULES, "/feed.rss": feed, "/news/a.html": PAGE,
                "/private/c.html": PAGE}) as server:
        settings = NightlySettings(sources=[server.url("/feed.rss")], db=tmp_path / "w.duckdb",
                                   data_docs_dir=None, lock_wait_s=5, fetch_retries=0)
        result = nightly(settings)
        paths = [r.path for r in server.requests]
    assert paths.count("/robots.txt") == 1 and "/private/c.html" not in paths
    assert result.articles_loaded == 1
    [(reason,)] = rows(settings.db, "select reason from quarantine")
    assert reason.startswith("disallowed by robots.txt") and "/private/c.html" in reason
