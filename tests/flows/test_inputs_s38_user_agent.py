"""A settable User-Agent (VIGIE_USER_AGENT): every GET of a nightly run, robots.txt
included, says it; the default is unchanged. Real loopback server, Prefect, DuckDB."""
from __future__ import annotations

from flows.nightly import nightly
from flows.settings import NightlySettings
from tests.httpserver import serve

PAGE = (200, {"Content-Type": "text/html; charset=utf-8"},
        "<html><body>" + "<p>Le ministre a rencontré son homologue à Berlin mardi.</p>" * 5
        + "</body></html>")


def test_the_default_user_agent_is_unchanged(monkeypatch):
    monkeypatch.delenv("VIGIE_USER_AGENT", raising=False)
    assert NightlySettings().user_agent == "Vigie/0.1 (news-to-events pipeline)"


def test_vigie_user_agent_is_sent_on_every_get(prefect_harness, tmp_path, monkeypatch):
    monkeypatch.setenv("VIGIE_USER_AGENT", "Vigie/0.1 (+mailto:desk@example.org)")
    with serve({"/news/a.html": PAGE}) as server:
        settings = NightlySettings(sources=[server.url("/news/a.html")],
                                   db=tmp_path / "w.duckdb", data_docs_dir=None,
                                   lock_wait_s=5, fetch_retries=0)
        nightly(settings)
        agents = [(r.path, r.headers.get("User-Agent")) for r in server.requests]
    assert agents == [("/robots.txt", "Vigie/0.1 (+mailto:desk@example.org)"),
                      ("/news/a.html", "Vigie/0.1 (+mailto:desk@example.org)")]
