"""A run that fails, or half fails, inside the flow, as the user sees it on stderr.

Failures before the flow (a bad --db, a locked database) were one line already; one
inside it (a disk that fills up while loading, a table gone) printed Prefect's ERROR log
with its traceback before the `vigie: error:` line, and Data Docs that could not be
written printed a traceback under a run that had completed.
"""
from __future__ import annotations

import duckdb

from tests.dbrows import rows
from tests.vigie.test_cli import (_assert_clean_exit, _assert_one_line_error, _small_source,
                                  env, vigie)
from tests.warehouse.unwritable import unwritable
from warehouse import open_warehouse

__all__ = ["env"]  # the fixture, imported for the tests below


def test_a_failure_inside_the_flow_is_one_line_and_the_run_is_recorded(tmp_path, env):
    db = tmp_path / "w.duckdb"
    open_warehouse(db).close()
    with duckdb.connect(str(db)) as con:  # a table an analyst dropped by mistake
        con.execute("DROP VIEW v_theme_trends")
        con.execute("DROP TABLE article_themes")
    result = vigie(["run", "--source", _small_source(tmp_path), "--db", str(db)], env)
    _assert_one_line_error(result, "stopped before reading its sources", "has no table article_themes")
    assert rows(db, "select status, articles_loaded from runs") == [("failed", 0)]
    assert rows(db, "select count(*) from articles") == [(0,)]


def test_data_docs_that_cannot_be_written_are_one_warning_under_a_completed_run(tmp_path, env):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = vigie(["run", "--source", _small_source(tmp_path), "--db", str(tmp_path / "w.duckdb")],
                   {**env, "VIGIE_DATA_DOCS_DIR": str(blocker / "docs")})
    _assert_clean_exit(result)
    assert "1 loaded" in result.stdout, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "could not write Data Docs to" in lines[0], result.stderr
    assert "Not a directory" in lines[0], lines[0]


def test_a_prefect_home_that_cannot_be_written_is_one_line_naming_it(tmp_path, env):
    # A cron job or service user whose home is read-only or missing: the temporary
    # Prefect server died on its SQLite file, with 200 lines of traceback and "Prefect's
    # temporary API server exited with code 3 while starting".
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    home = blocker / "prefect"
    result = vigie(["run", "--source", _small_source(tmp_path), "--db", str(tmp_path / "w.duckdb")],
                   {**env, "PREFECT_HOME": str(home)})
    _assert_one_line_error(result, f"Prefect cannot write its home folder {home}", "PREFECT_HOME")
    assert not (tmp_path / "w.duckdb").exists() or rows(tmp_path / "w.duckdb",
                                                        "select count(*) from runs") == [(0,)]


def test_export_into_an_unwritable_folder_is_one_line_naming_it(tmp_path, env):
    # Was "vigie: error: PermissionError: [Errno 13] Permission denied: 'ro/.vigie-export'".
    db = tmp_path / "w.duckdb"
    open_warehouse(db).close()
    with unwritable(tmp_path / "ro") as out:
        result = vigie(["export", "--db", str(db), "--out", str(out)], env)
        _assert_one_line_error(result, f"cannot write the export under {out}")
        assert "Error:" not in result.stderr and "Errno" not in result.stderr, result.stderr
        result = vigie(["export", "--db", str(db), "--out", str(out / "sub")], env)
        _assert_one_line_error(result, f"cannot write the export under {out / 'sub'}")


def test_vigie_dq_after_a_failed_run_points_at_the_last_checked_one(tmp_path, env):
    # Was "no data-quality results in w.duckdb", as if nothing had ever been checked:
    # the last run had failed before its checks, the night before's were there.
    from datetime import datetime

    db = tmp_path / "w.duckdb"
    with open_warehouse(db) as wh:
        wh.start_run("run_a", None, datetime(2026, 11, 26, 2, 0, 0))
        wh.record_dq("run_a", [("articles", "articles.article_id is unique", True, "{}")])
        wh.finish_run("run_a", "completed", articles_seen=1, articles_loaded=1,
                      articles_quarantined=0, events_loaded=0, stage_seconds={})
        wh.start_run("run_b", None, datetime(2026, 11, 27, 2, 0, 0))
        wh.finish_run("run_b", "failed", articles_seen=1, articles_loaded=0,
                      articles_quarantined=0, events_loaded=0, stage_seconds={})
    _assert_one_line_error(vigie(["dq", "--db", str(db)], env),
                           f"no data-quality results in {db} for the last run run_b (failed)",
                           "vigie dq --run run_a")
    _assert_one_line_error(vigie(["dq", "--db", str(db), "--run", "run_x"], env),
                           "for run run_x: there is no such run")
    assert "articles.article_id is unique" in vigie(["dq", "--db", str(db), "--run", "run_a"],
                                                    env).stdout


def test_a_run_refused_before_its_flow_with_the_webhook_down_says_the_alert_was_lost(
        tmp_path, env):
    # A cron's run on a warehouse newer than this vigie, its webhook down: the failure
    # line must still come, last, with a failing exit code, and the log must say in the
    # words a run that failed inside its flow uses that the alert never arrived.
    from tests.httpserver import serve

    db = tmp_path / "w.duckdb"
    open_warehouse(db).close()
    with duckdb.connect(str(db)) as con:
        con.execute("INSERT INTO schema_version (version, name) VALUES (999, 'future')")
    with serve({"/hook": (503, {}, b"down")}) as hook:
        result = vigie(["run", "--source", _small_source(tmp_path), "--db", str(db)],
                       {**env, "VIGIE_ALERT_WEBHOOK": hook.url("/hook"),
                        "VIGIE_ALERT_TIMEOUT_S": "2"}, timeout=120)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith(f"vigie: error: the database {db} has schema version 999")
    assert any("the alert about this failed run was NOT delivered" in line for line in lines)
    assert "Traceback" not in result.stderr
    assert hook.requests_to("/hook")  # it was tried
    assert hook.requests_to("/hook")[0].json()["status"] == "failed"


def test_vigie_dq_shows_why_the_run_quarantined_each_input(tmp_path, env):
    # After a night with failed checks `vigie dq` listed 102 checks; the failed one named
    # an article id, and why each input was set aside (the check's reason, broken JSON)
    # was only in the quarantine table.
    from datetime import datetime

    from transforms.records import Rejected

    db = tmp_path / "w.duckdb"
    with open_warehouse(db) as wh:
        wh.start_run("run_a", None, datetime(2026, 11, 27, 2, 0, 0))
        wh.record_dq("run_a", [
            ("articles", "articles.article_id is unique", True, "{}"),
            ("articles", "articles.published_at not in the future", False,
             '{"unexpected_count": 1, "examples": ["2099-01-01"], "articles": ["art_1"]}')])
        wh.quarantine("run_a", [
            Rejected(stage="parse", source_ref="/in/bad.json", reason="broken JSON: ..."),
            Rejected(stage="validate", source_ref="/in/future.json",
                     reason="published_at 2099-01-01 is in the future")])
        wh.finish_run("run_a", "failed_checks", articles_seen=3, articles_loaded=1,
                      articles_quarantined=2, events_loaded=0, stage_seconds={})
    everything = vigie(["dq", "--db", str(db)], env, timeout=60)
    assert everything.returncode == 0, everything.stderr
    assert "articles.article_id is unique" in everything.stdout
    assert "Quarantined by run run_a" in everything.stdout
    for words in ("/in/bad.json", "broken JSON", "/in/future.json",
                  "published_at 2099-01-01 is in the future", "2 quarantined"):
        assert words in everything.stdout, (words, everything.stdout)
    failed = vigie(["dq", "--db", str(db), "--failed"], env, timeout=60)
    assert failed.returncode == 0, failed.stderr
    assert "articles.article_id is unique" not in failed.stdout
    assert "published_at not in the future" in failed.stdout
    assert "2 checks, 1 failed" in failed.stdout and "broken JSON" in failed.stdout


def test_run_options_left_out_take_the_vigie_variables(tmp_path, env):
    # `vigie run` passed its own defaults for every option, so VIGIE_SOURCES, VIGIE_SINCE,
    # VIGIE_TASK_RUNNER, VIGIE_BATCH_SIZE and VIGIE_N_PROCESS were ignored: a cron job
    # with VIGIE_SOURCES='["/data/news"]' loaded the 43 sample articles into its warehouse.
    import json

    db = tmp_path / "w.duckdb"
    for variable, value, words in (
            ("VIGIE_SINCE", "garbage", ["VIGIE_SINCE='garbage'", "valid date"]),
            ("VIGIE_TASK_RUNNER", "ray", ["VIGIE_TASK_RUNNER='ray'", "'thread' or 'dask'"]),
            ("VIGIE_SOURCES", json.dumps([str(tmp_path / "nope")]),
             [f"source not found: {tmp_path / 'nope'} (from VIGIE_SOURCES)"])):
        result = vigie(["run", "--db", str(db)], {**env, variable: value}, timeout=60)
        _assert_one_line_error(result, *words)
        assert result.returncode == 2 and not db.exists()
    source = _small_source(tmp_path)
    result = vigie(["run", "--db", str(db)],
                   {**env, "VIGIE_SOURCES": json.dumps([source]), "VIGIE_N_PROCESS": "1"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "1 seen, 1 loaded" in result.stdout, result.stdout
    assert rows(db, "select source_ref from source_index") == [
        (f"{source}/gw-2025-0626-nato-hague.json",)]


def test_a_run_refused_before_it_starts_alerts_the_webhook(tmp_path, env):
    # A nightly cron whose source folder was renamed, whose VIGIE_* value was mistyped or
    # whose Prefect home cannot be written exited 2 with its one line, in a cron mail no
    # one reads: the webhook the team watches heard nothing of it.
    from tests.httpserver import serve

    db = tmp_path / "w.duckdb"
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cases = [
        (["--source", str(tmp_path / "renamed")], {}, "source not found:"),
        ([], {"VIGIE_LOCK_WAIT_S": "abc"}, "VIGIE_LOCK_WAIT_S='abc'"),
        (["--source", _small_source(tmp_path)], {"PREFECT_HOME": str(blocker / "prefect")},
         "Prefect cannot write its home folder"),
        (["--sorce", "news"], {}, "No such option: --sorce"),
    ]
    with serve({"/hook": (204, {}, b"")}) as hook:
        for args, extra, words in cases:
            result = vigie(["run", *args, "--db", str(db)],
                           {**env, **extra, "VIGIE_ALERT_WEBHOOK": hook.url("/hook")})
            _assert_one_line_error(result, words)
            body = hook.requests_to("/hook")[-1].json()
            assert body["status"] == "failed" and body["error"].startswith(words), body
            assert body["text"].startswith(f"Vigie run {body['run_id']} FAILED: {words}")
            if "--sorce" not in args:  # a command line not parsed names no --db
                assert body["db_path"] == str(db)
        assert len(hook.requests_to("/hook")) == len(cases)
    # The webhook down: the one line still comes last, after the word that it was lost.
    result = vigie(["run", "--source", str(tmp_path / "renamed"), "--db", str(db)],
                   {**env, "VIGIE_ALERT_WEBHOOK": "http://127.0.0.1:9/hook",
                    "VIGIE_ALERT_TIMEOUT_S": "1"})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("vigie: error: source not found:"), lines
    assert "the alert about this failed run was NOT delivered" in lines
