from datetime import datetime, timedelta, timezone

import pytest

from transforms.records import Rejected
from warehouse import open_warehouse


@pytest.fixture
def wh():
    with open_warehouse(":memory:") as warehouse:
        yield warehouse


def test_run_is_recorded_from_start_to_finish(wh):
    wh.start_run("r1", "flow-1", datetime(2025, 3, 1, 2, 0, tzinfo=timezone.utc))
    assert wh.last_run()["status"] == "running"
    wh.finish_run("r1", "completed", articles_seen=12, articles_loaded=10, articles_quarantined=2,
                  events_loaded=40, stage_seconds={"load": 0.5, "extract": 3.0})
    run = wh.last_run()
    assert run["run_id"] == "r1" and run["flow_run_id"] == "flow-1"
    assert run["started_at"] == datetime(2025, 3, 1, 2, 0)
    assert run["finished_at"] is not None
    assert (run["status"], run["articles_seen"], run["articles_loaded"]) == ("completed", 12, 10)
    assert run["stage_seconds"] == {"extract": 3.0, "load": 0.5}


def test_recent_article_counts_are_newest_first_and_skip_unfinished_runs(wh):
    start = datetime(2025, 3, 1)
    for day, loaded in enumerate([5, 7, 9]):
        run_id = f"r{day}"
        wh.start_run(run_id, None, start + timedelta(days=day))
        wh.finish_run(run_id, "completed", articles_seen=loaded, articles_loaded=loaded,
                      articles_quarantined=0, events_loaded=0, stage_seconds={})
    wh.start_run("running", None, start + timedelta(days=9))
    assert wh.recent_article_counts(7) == [9, 7, 5]
    assert wh.recent_article_counts(2) == [9, 7]


def test_dq_results_of_the_last_run_by_default(wh):
    wh.start_run("old", None, datetime(2025, 1, 1))
    wh.record_dq("old", [("articles", "not_null", True, None)])
    wh.start_run("new", None, datetime(2025, 1, 2))
    wh.record_dq("new", [("events", "goldstein_range", False, {"unexpected": 2}),
                         ("articles", "unique_id", True, "ok")])
    latest = wh.dq_for_run()
    assert [(r["suite"], r["expectation"], r["success"]) for r in latest] == [
        ("articles", "unique_id", True), ("events", "goldstein_range", False)]
    assert latest[1]["details"] == '{"unexpected": 2}'
    assert len(wh.dq_for_run("old")) == 1


def test_quarantine_does_not_repeat_a_known_rejection(wh):
    rows = [Rejected("parse", "in/broken.json", "invalid JSON", "{oops"),
            Rejected("parse", "in/broken.json", "invalid JSON", "{oops"),
            Rejected("fetch", None, "timeout", "")]
    assert wh.quarantine("r1", rows) == 2
    assert wh.quarantine("r2", rows) == 0
    assert wh.quarantine("r2", [Rejected("parse", "in/broken.json", "no text")]) == 1
    assert wh.sql("SELECT count(*) AS n FROM quarantine")["n"][0] == 3


def test_feed_state_round_trips(wh):
    assert wh.feed_state("https://f.example/rss") is None
    wh.save_feed_state("https://f.example/rss", '"v1"', "Sat, 01 Mar 2025 00:00:00 GMT")
    wh.save_feed_state("https://f.example/rss", '"v2"', None)
    assert wh.feed_state("https://f.example/rss") == ('"v2"', None)


def test_record_source_and_seen_sources(wh):
    wh.record_source("feed#1", "h1", "art_1", url="https://n.example/1", run_id="r1")
    wh.record_source("feed#1", "h2", "art_2", run_id="r2")
    assert wh.seen_sources(["feed#1", "https://n.example/1", "other"]) == {
        "feed#1": "h2", "https://n.example/1": "h2"}
    row = wh.sql("SELECT * FROM source_index").row(0, named=True)
    assert (row["first_seen_run"], row["last_seen_run"], row["url"]) == (
        "r1", "r2", "https://n.example/1")


def test_ensure_themes_upserts_labels(wh):
    wh.ensure_themes([("TRADE", "Trade", "Commerce")])
    wh.ensure_themes([("TRADE", "Trade and tariffs", "Commerce"), ("CYBER", "Cyber", None)])
    themes = wh.sql("SELECT theme_code, label FROM themes ORDER BY 1").rows()
    assert themes == [("CYBER", "Cyber"), ("TRADE", "Trade and tariffs")]


def test_lookups_on_an_empty_warehouse(wh):
    assert wh.existing_article_ids([]) == set()
    assert wh.existing_content_hashes(["nope"]) == set()
    assert wh.known_actor_ids() == set()
    assert wh.last_run() is None and wh.dq_for_run() == []


def test_record_sources_in_bulk(wh):
    wh.record_sources("r1", [("a.json", None, "h1", "art_1"),
                             ("b.json", "https://n.example/b", "h1", "art_1")])
    wh.record_sources("r2", [("a.json", None, "h1", "art_1")])
    assert wh.seen_sources(["a.json", "https://n.example/b"]) == {
        "a.json": "h1", "https://n.example/b": "h1"}
    # Unchanged content seen again writes nothing (a rerun is a no-op) ...
    assert wh.sql("SELECT last_seen_run FROM source_index WHERE source_ref = 'a.json'"
                  )["last_seen_run"][0] == "r1"
    # ... new content under the same ref is recorded.
    wh.record_sources("r3", [("a.json", None, "h2", "art_2")])
    row = wh.sql("SELECT * FROM source_index WHERE source_ref = 'a.json'").row(0, named=True)
    assert (row["content_hash"], row["first_seen_run"], row["last_seen_run"]) == ("h2", "r1", "r3")


def test_seen_url_matches_refs_and_article_urls(wh):
    wh.record_source("feed#9", "h9", "art_9", url="https://n.example/9", run_id="r1")
    assert wh.seen_url("feed#9") and wh.seen_url("https://n.example/9")
    assert not wh.seen_url("https://n.example/10") and not wh.seen_url("")


def test_a_run_left_running_by_a_crash_is_marked_interrupted_by_the_next(tmp_path):
    from datetime import datetime

    from warehouse.db import open_warehouse

    with open_warehouse(tmp_path / "w.duckdb") as wh:
        wh.start_run("killed", None, datetime(2026, 1, 1, 2))
    with open_warehouse(tmp_path / "w.duckdb") as wh:
        wh.start_run("next", None, datetime(2026, 1, 2, 2))
        status = dict(wh.sql("select run_id, status from runs").iter_rows())
    assert status == {"killed": "interrupted", "next": "running"}
