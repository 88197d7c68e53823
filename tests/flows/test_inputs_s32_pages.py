"""Article URLs as users meet them, flow level: real Prefect harness, real HTTP on
loopback, real DuckDB.

A cookie-consent wall and a paywall stub answered at an article URL were loaded as
articles of boilerplate; each is now one quarantine row saying what it is, and the good
page of the same run loads."""
from __future__ import annotations

from flows.nightly import nightly
from flows.settings import NightlySettings
from tests.dbrows import rows
from tests.flows.test_incremental import _page
from tests.httpserver import serve
from tests.transforms.test_ingest_s32_walls import COOKIE_WALL_FR, PAYWALL_FR

HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_walls_at_article_urls_are_quarantined(prefect_harness, tmp_path):
    routes = {"/cookies": (200, HTML, COOKIE_WALL_FR), "/paywall": (200, HTML, PAYWALL_FR),
              "/story": (200, HTML, _page(1))}
    with serve(routes) as server:
        settings = NightlySettings(
            sources=[server.url(path) for path in routes], db=tmp_path / "w.duckdb",
            data_docs_dir=tmp_path / "docs", lock_wait_s=5, fetch_timeout_s=2,
            fetch_retries=0)
        result = nightly(settings)

    assert result.articles_loaded == 1
    assert rows(settings.db, "select url from articles") == [(server.url("/story"),)]
    reasons = dict(rows(settings.db, "select source_ref, reason from quarantine"))
    assert reasons.keys() == {server.url("/cookies"), server.url("/paywall")}
    assert "cookie-consent wall" in reasons[server.url("/cookies")]
    assert "paywall stub" in reasons[server.url("/paywall")]


def test_a_page_whose_server_charset_lies_is_read_as_written(prefect_harness):
    from prefect import flow

    from flows.sources import SourceSettings, collect
    from tests.transforms.test_ingest_s32_charsets import FR, _page

    @flow(name="collect-charset")
    def collect_flow(sources: list[str]) -> object:
        return collect(sources, SourceSettings(retries=0, timeout_s=2))

    lying = {"Content-Type": "text/html; charset=windows-1251"}
    with serve({"/a": (200, lying, _page(FR, "windows-1251").encode("cp1252"))}) as server:
        collected = collect_flow([server.url("/a")])
    [article] = collected.articles
    assert article.text == FR.strip() and "franзais" not in article.text


def test_a_url_with_blanks_around_it_is_fetched(prefect_harness):
    # Pasted from a list with a space or a line break: it was taken for a file name and
    # quarantined as "no such file or folder".
    from prefect import flow

    from flows.sources import SourceSettings, collect

    @flow(name="collect-blanks")
    def collect_flow(sources: list[str]) -> object:
        return collect(sources, SourceSettings(retries=0, timeout_s=2))

    with serve({"/story": (200, HTML, _page(1))}) as server:
        collected = collect_flow([f"  {server.url('/story')}\n", server.url("/story") + " "])
    assert collected.rejected == []
    [article] = collected.articles  # the same URL twice: read once
    assert article.source_ref == article.url == server.url("/story")
