"""End to end: the nightly flow on fixture articles, under Prefect's test harness,
into a real temporary DuckDB file."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from flows.nightly import nightly
from flows.settings import NightlySettings
from tests.dbrows import rows
from tests.httpserver import serve
from transforms.records import Rejected

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def _settings(tmp_path: Path, sources: list[Path], webhook: str | None = None) -> NightlySettings:
    return NightlySettings(sources=[str(s) for s in sources], db=tmp_path / "w.duckdb",
                           data_docs_dir=tmp_path / "docs", lock_wait_s=5,
                           alert_webhook=webhook)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns("*.md"))
    return folder


def test_nightly_loads_fixture_articles_and_rerun_is_noop(prefect_harness, tmp_path, corpus):
    with serve({"/hook": (200, {}, b"ok")}) as hooks:
        settings = _settings(tmp_path, [corpus], webhook=hooks.url("/hook"))
        first = nightly(settings)
        assert hooks.requests == []  # a clean batch never alerts
    assert first.status == "completed", first.failed_checks
    assert not first.alert_sent
    db = settings.db

    (n_articles,), = rows(db, "select count(*) from articles")
    assert n_articles == first.articles_loaded >= 6
    langs = {r[0] for r in rows(db, "select distinct language from articles")}
    assert langs == {"fr", "en"}
    for table in ("actors", "actor_mentions", "events", "themes", "article_themes", "runs",
                  "dq_results"):
        (n,), = rows(db, f"select count(*) from {table}")
        assert n > 0, f"{table} is empty"
    # Events reference loaded articles and known actors only.
    (orphans,), = rows(db, """
        select count(*) from events e left join articles a using (article_id)
        where a.article_id is null""")
    assert orphans == 0
    (bad_src,), = rows(db, """
        select count(*) from events e left join actors s on s.actor_id = e.source_actor_id
        where e.source_actor_id is not null and s.actor_id is null""")
    assert bad_src == 0
    (run_status, loaded), = rows(db, f"select status, articles_loaded from runs "
                                       f"where run_id = '{first.run_id}'")
    assert (run_status, loaded) == ("completed", first.articles_loaded)
    assert first.checks_total > 0 and first.checks_passed == first.checks_total

    before = {t: rows(db, f"select count(*) from {t}")[0][0]
              for t in ("articles", "actors", "actor_mentions", "events", "article_themes")}
    second = nightly(settings)
    assert second.articles_loaded == 0
    after = {t: rows(db, f"select count(*) from {t}")[0][0] for t in before}
    assert after == before


def test_nightly_quarantines_bad_input_and_keeps_good(prefect_harness, tmp_path, corpus):
    (corpus / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    (corpus / "empty.json").write_text(json.dumps({"id": "x", "text": "   "}), encoding="utf-8")
    future = {
        "id": "from-2099", "language": "en", "published": "2099-01-01T00:00:00Z",
        "title": "Time travel", "url": "https://example-news.test/2099",
        "text": ("NATO Secretary General Mark Rutte met Japanese Prime Minister Shigeru Ishiba "
                 "in Tokyo on Tuesday. The two leaders agreed to deepen defence cooperation "
                 "and signed an agreement on sharing classified information. ") * 3,
    }
    (corpus / "future.json").write_text(json.dumps(future), encoding="utf-8")
    with serve({"/hook": (200, {}, b"ok")}) as hooks:
        settings = _settings(tmp_path, [corpus], webhook=hooks.url("/hook"))
        summary = nightly(settings)
    # One alert, Slack-compatible, naming the run and the failed check.
    assert len(hooks.requests) == 1 and summary.alert_sent
    alert = hooks.requests[0].json()
    assert summary.run_id in alert["text"] and "published_at" in alert["text"]
    assert alert["run_id"] == summary.run_id
    assert any("published_at" in c["expectation"] for c in alert["failed_checks"])
    db = settings.db
    reasons = rows(db, "select stage, source_ref, reason from quarantine")
    refs = " ".join(r[1] for r in reasons)
    assert "broken.json" in refs and "empty.json" in refs and "future.json" in refs
    assert all(r[2] for r in reasons)
    (n_future,), = rows(db, "select count(*) from articles where external_id = 'from-2099'")
    assert n_future == 0
    (n_good,), = rows(db, "select count(*) from articles")
    assert n_good >= 6
    assert any("published_at" in name for name in summary.failed_checks)
    failed = rows(db, f"select expectation from dq_results where run_id = '{summary.run_id}' "
                        "and not success")
    assert failed
    # The flow run's final state says so too (on a new future article: the first one,
    # unchanged, is not checked again).
    later = {**future, "id": "from-2098", "published": "2098-01-01T00:00:00Z",
             "text": future["text"].replace("Tuesday", "Wednesday")}
    (corpus / "future-2.json").write_text(json.dumps(later), encoding="utf-8")
    state = nightly(settings.model_copy(update={"alert_webhook": None}), return_state=True)
    assert state.is_completed() and state.name == "FailedChecks"
    assert "published_at" in state.message


def test_small_chunks_load_the_same_rows_with_one_result_per_check(prefect_harness, tmp_path,
                                                                   corpus):
    whole = _settings(tmp_path / "whole", [corpus])
    (tmp_path / "whole").mkdir()
    chunked = _settings(tmp_path / "chunked", [corpus]).model_copy(update={"chunk_size": 2})
    (tmp_path / "chunked").mkdir()
    a, b = nightly(whole), nightly(chunked)
    assert a.articles_loaded == b.articles_loaded and a.events == b.events
    tables = ("articles", "actor_mentions", "events", "article_themes")
    counts = [{t: rows(s.db, f"select count(*) from {t}")[0][0] for t in tables}
              for s in (whole, chunked)]
    assert counts[0] == counts[1]
    (per_check,), = rows(chunked.db, "select max(n) from (select count(*) n from dq_results "
                                       "group by suite, expectation)")
    assert per_check == 1


def test_a_warehouse_kept_in_the_source_folder_is_not_read_back(prefect_harness, tmp_path,
                                                                 corpus, monkeypatch):
    # A user runs `vigie run --source . --db vigie.duckdb` in the articles' folder: the
    # warehouse file, its sidecars and the Data Docs under ./vigie_data are the run's own
    # outputs; the second night must find nothing new and quarantine nothing.
    monkeypatch.chdir(corpus)
    settings = NightlySettings(sources=[str(corpus)], db=Path("vigie.duckdb"), lock_wait_s=5)
    first = nightly(settings)
    assert first.status == "completed" and first.articles_loaded >= 6
    assert (corpus / "vigie_data" / "dq_docs").is_dir()
    quarantined_first, = rows(corpus / "vigie.duckdb", "select count(*) from quarantine")
    second = nightly(settings)
    assert second.status == "completed", second.failed_checks
    assert second.articles_loaded == 0
    assert rows(corpus / "vigie.duckdb", "select count(*) from quarantine") == [quarantined_first]


def _future_article(day: str, weekday: str = "Tuesday") -> dict:
    return {"id": f"from-{day}", "language": "en", "published": f"{day}T00:00:00Z",
            "text": ("NATO Secretary General Mark Rutte met Japanese Prime Minister Shigeru "
                     f"Ishiba in Tokyo on {weekday}. The two leaders agreed to deepen defence "
                     "cooperation and signed an agreement on sharing classified information. ")
                    * 3}


def test_an_input_that_failed_a_check_is_not_checked_again_each_night(prefect_harness,
                                                                      tmp_path, corpus):
    # A file dated in the future, or too short to judge, was read, extracted and failed
    # its check again every night: the night's checks FAILED and the webhook alerted every
    # night about the same file, while the summary said "0 quarantined".
    (corpus / "future.json").write_text(json.dumps(_future_article("2099-01-01")),
                                        encoding="utf-8")
    (corpus / "short.txt").write_text("NATO met in Tokyo on Tuesday. Rutte spoke.\n",
                                      encoding="utf-8")
    with serve({"/hook": (200, {}, b"ok")}) as hooks:
        settings = _settings(tmp_path, [corpus], webhook=hooks.url("/hook"))
        first = nightly(settings)
        assert first.failed_checks and len(hooks.requests) == 1
        quarantined = rows(settings.db, "select * from quarantine order by source_ref")

        second = nightly(settings)
        assert second.failed_checks == [] and second.status == "completed"
        assert len(hooks.requests) == 1  # no second alert about the same files
    assert second.articles_already_quarantined == 2
    assert second.articles_seen == first.articles_seen
    assert rows(settings.db, "select * from quarantine order by source_ref") == quarantined
    (failed,), = rows(settings.db, "select count(*) from dq_results where run_id = ? "
                                   "and not success", [second.run_id])
    assert failed == 0

    # Corrected metadata is a new input: read and loaded.
    (corpus / "future.json").write_text(json.dumps(_future_article("2025-06-01")),
                                        encoding="utf-8")
    third = nightly(settings)
    assert third.articles_loaded == 1 and third.articles_already_quarantined == 1
    assert rows(settings.db, "select count(*) from articles where external_id = "
                             "'from-2025-06-01'") == [(1,)]


def test_a_future_article_is_read_again_once_its_date_has_come(prefect_harness, tmp_path):
    from datetime import datetime, timedelta

    from flows.nightly import RunSummary, _not_quarantined_before
    from transforms.ingest import article_from_record
    from warehouse import open_warehouse

    article = article_from_record(_future_article("2099-01-01"), "from-2099", "future.json")
    article.language = "en"
    payload = json.dumps({"content_hash": article.content_hash, "language": "en",
                          "published_at": str(article.published_at)})
    with open_warehouse(tmp_path / "w.duckdb") as wh:
        wh.start_run("run_a", None, datetime(2026, 11, 27, 2, 0))
        wh.quarantine("run_a", [Rejected("validate", "future.json",
                                         "published_at 2099-01-01 is in the future", payload)])
        summary = RunSummary(run_id="run_b", flow_run_id=None, status="running")
        still_future = datetime(2026, 11, 28, 2, 0)
        assert _not_quarantined_before(wh, [article], summary, still_future) == []
        assert summary.articles_already_quarantined == 1
        date_has_come = article.published_at + timedelta(hours=1)
        assert _not_quarantined_before(wh, [article], summary, date_has_come) == [article]


def test_a_near_empty_text_is_quarantined_as_too_short(prefect_harness, tmp_path):
    # "Hi", "..." or one word: too short for any language to be told, and quarantined as
    # "language 'und' is not supported (supported: fr, en)", which sent the user looking
    # for a language setting rather than at the text.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hi.json").write_text(json.dumps({"text": "Hi"}), encoding="utf-8")
    (folder / "dots.txt").write_text("...", encoding="utf-8")
    (folder / "german.json").write_text(json.dumps({"language": "de", "text": "Guten Tag."}),
                                        encoding="utf-8")
    summary = nightly(_settings(tmp_path, [folder]))
    assert summary.quarantined == 3
    reasons = dict(rows(tmp_path / "w.duckdb", "select source_ref, reason from quarantine"))
    for name in ("hi.json", "dots.txt"):
        assert reasons[str(folder / name)].startswith("text is shorter than 200 chars"), reasons
    # A language the input names is still what is said of it.
    assert reasons[str(folder / "german.json")].startswith("language 'de' is not supported")


def test_an_alert_not_delivered_is_said_in_the_flow_runs_state(prefect_harness, tmp_path, corpus):
    # Under a deployment nobody reads the CLI's summary: the FailedChecks state said which
    # checks failed but not that the webhook never got the alert (only a log line did).
    future = {"id": "from-2099", "language": "en", "published": "2099-01-01T00:00:00Z",
              "text": ("NATO Secretary General Mark Rutte met Japanese Prime Minister Shigeru "
                       "Ishiba in Tokyo on Tuesday and the two leaders agreed to deepen "
                       "defence cooperation. ") * 3}
    (corpus / "future.json").write_text(json.dumps(future), encoding="utf-8")
    with serve({"/hook": (500, {}, b"down")}) as hooks:
        state = nightly(_settings(tmp_path, [corpus], webhook=hooks.url("/hook")),
                        return_state=True)
        assert len(hooks.requests) == 4  # the first POST and three retries
    assert state.is_completed() and state.name == "FailedChecks"
    assert "alert NOT delivered to the webhook" in state.message, state.message
    assert "published_at" in state.message
    assert state.result().alert_sent is False


def test_a_run_that_fails_outright_alerts_the_webhook(prefect_harness, tmp_path, corpus):
    # Only failed checks alerted: a night that failed outright (here a table an analyst
    # dropped, elsewhere a full disk) told the webhook nothing.
    import duckdb

    from warehouse import open_warehouse

    settings = _settings(tmp_path, [corpus])
    open_warehouse(settings.db).close()
    with duckdb.connect(str(settings.db)) as con:
        con.execute("DROP VIEW v_theme_trends")
        con.execute("DROP TABLE article_themes")
    with serve({"/hook": (200, {}, b"ok")}) as hooks:
        state = nightly(settings.model_copy(update={"alert_webhook": hooks.url("/hook")}),
                        return_state=True)
        assert len(hooks.requests) == 1
    assert state.is_failed()
    alert = hooks.requests[0].json()
    (run_id,) = rows(settings.db, "select run_id from runs where status = 'failed'")[0]
    assert alert["status"] == "failed" and alert["run_id"] == run_id
    assert "has no table article_themes" in alert["error"]
    assert f"Vigie run {run_id}" in alert["text"] and "FAILED" in alert["text"]
    assert alert["failed_checks"] == [] and alert["articles_loaded"] == 0


def test_a_run_recreates_bookkeeping_tables_dropped_by_hand(prefect_harness, tmp_path, corpus):
    # `DROP TABLE dq_results` (history cleared by hand) failed every later night at the
    # load, after the whole extraction: "... has no table dq_results (dropped by hand?)".
    import duckdb

    settings = _settings(tmp_path, [corpus])
    first = nightly(settings)
    seen = rows(settings.db, "select source_ref, article_id from source_index order by 1")
    with duckdb.connect(str(settings.db)) as con:
        con.execute("DROP TABLE dq_results")
        con.execute("DROP TABLE source_index")
    second = nightly(settings)
    assert second.status == "completed" and second.articles_loaded == 0
    assert second.articles_skipped == first.articles_loaded  # known by their text
    assert rows(settings.db, "select source_ref, article_id from source_index order by 1") == seen
    assert rows(settings.db, "select distinct run_id from dq_results") == [(second.run_id,)]


def test_a_run_on_a_warehouse_missing_a_data_table_stops_before_reading(prefect_harness,
                                                                         tmp_path, corpus):
    # It read, extracted and checked every article, then failed at the load.
    import duckdb

    from warehouse import open_warehouse

    settings = _settings(tmp_path, [corpus])
    open_warehouse(settings.db).close()
    with duckdb.connect(str(settings.db)) as con:
        con.execute("DROP TABLE events")
    state = nightly(settings, return_state=True)
    assert state.is_failed()
    (run_id, status, seen), = rows(settings.db, "select run_id, status, articles_seen from runs")
    assert (status, seen) == ("failed", 0)
    assert f"run {run_id} stopped before reading its sources" in state.message, state.message
    assert "has no table events" in state.message


def test_the_webhook_url_is_not_stored_with_the_flow_runs_parameters(prefect_harness, tmp_path,
                                                                     corpus):
    # A webhook URL is a secret (Slack's lets anyone post to the channel); it was stored
    # with every flow run's parameters, in ~/.prefect/prefect.db and a server's UI.
    from prefect.client.orchestration import get_client

    future = {"id": "from-2099", "language": "en", "published": "2099-01-01T00:00:00Z",
              "text": ("NATO Secretary General Mark Rutte met Japanese Prime Minister Shigeru "
                       "Ishiba in Tokyo on Tuesday and the two leaders agreed to deepen "
                       "defence cooperation. ") * 3}
    (corpus / "future.json").write_text(json.dumps(future), encoding="utf-8")
    with serve({"/hook/T000/B000/secret": (200, {}, b"ok")}) as hooks:
        url = hooks.url("/hook/T000/B000/secret")
        state = nightly(_settings(tmp_path, [corpus], webhook=url), return_state=True)
        assert len(hooks.requests) == 1  # the flow still had it
    summary = state.result()
    with get_client(sync_client=True) as client:
        stored = client.read_flow_run(summary.flow_run_id).parameters
    assert "secret" not in json.dumps(stored), stored
    assert stored["settings"]["db"] == str(tmp_path / "w.duckdb")  # the rest is kept


def test_tokens_in_feed_urls_are_not_stored_with_the_flow_runs_parameters(prefect_harness,
                                                                         tmp_path):
    # A private feed's URL carries its credentials (`?token=`, `user:pass@`): they were
    # stored in plain with every flow run's parameters (PREFECT_HOME's database, a
    # server's UI), where the webhook's URL no longer is.
    from prefect.client.orchestration import get_client

    empty = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
             b"</channel></rss>")
    with serve({"/feed.xml": (200, {"Content-Type": "application/rss+xml"}, empty)}) as site:
        by_token = site.url("/feed.xml?token=t0ps3cret&lang=fr")
        by_login = site.url("/feed.xml").replace("://", "://reader:pa55word@")
        state = nightly(_settings(tmp_path, []).model_copy(
            update={"sources": [by_token, by_login]}), return_state=True)
        asked = [r.path for r in site.requests]
    assert "/feed.xml?token=t0ps3cret&lang=fr" in asked  # the run fetched it as given
    with get_client(sync_client=True) as client:
        stored = client.read_flow_run(state.state_details.flow_run_id).parameters
    text = json.dumps(stored)
    assert "t0ps3cret" not in text and "pa55word" not in text, stored
    assert stored["settings"]["sources"] == [
        site.url("/feed.xml?token=***&lang=fr"),
        site.url("/feed.xml").replace("://", "://reader:***@")]
