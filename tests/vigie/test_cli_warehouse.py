"""The warehouse through the `vigie` command line, in real subprocesses: incremental
reruns of the sample corpus, the contract views, `vigie sql` / `vigie export`, and a
second run on a database in use.

Each `vigie run` costs 10-20 s, so one module-scoped fixture makes the three runs
(load, rerun, one new article) and the tests read what they left.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows.settings import BUNDLED_CORPUS
from warehouse import open_warehouse

VIGIE = [sys.executable, "-m", "vigie"]
# Tables a rerun on unchanged input may touch: it is recorded as a run and checked.
BOOKKEEPING = {"runs", "dq_results"}

NEW_ARTICLE = {
    "id": "new-2025-0410", "language": "en", "published": "2025-04-10T08:00:00Z",
    "title": "Seoul and Tokyo agree on drills", "url": "https://example-news.test/new",
    "source": "Loopback Wire",
    "text": ("South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba "
             "in Seoul on Thursday. The two leaders agreed to hold joint naval exercises and "
             "signed an agreement on missile warning data. North Korea condemned the talks. ")
            * 2,
}


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    # The ephemeral Prefect server gets 20 s to start by default: not enough on a
    # loaded 2-core machine running the whole suite.
    env = dict(os.environ, PREFECT_HOME=str(tmp / "prefect_home"),
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120", **extra)
    env.pop("VIGIE_DB", None)
    return env


def vigie(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([*VIGIE, *args], cwd=cwd, env=_env(cwd, **env), capture_output=True,
                          text=True, timeout=300)


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [t for (t,) in con.execute(
            "select table_name from duckdb_tables() where schema_name = 'main'").fetchall()]
        return {t: con.execute(f'select * from "{t}" order by all').fetchall()
                for t in tables if t not in BOOKKEEPING}
    finally:
        con.close()


def _runs(db: Path) -> list[dict]:
    with open_warehouse(db, read_only=True) as wh:
        return wh.sql("select * from runs order by started_at").to_dicts()


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    """Three runs: the sample corpus, the same again, the corpus plus one new article."""
    work = tmp_path_factory.mktemp("cli")
    corpus = work / "corpus"
    shutil.copytree(BUNDLED_CORPUS, corpus)
    db = work / "w.duckdb"
    runs = [vigie("run", "--source", str(corpus), "--db", str(db), cwd=work)]
    snapshots = [_snapshot(db)]
    runs.append(vigie("run", "--source", str(corpus), "--db", str(db), cwd=work))
    snapshots.append(_snapshot(db))
    (corpus / "new-article.json").write_text(json.dumps(NEW_ARTICLE), encoding="utf-8")
    runs.append(vigie("run", "--source", str(corpus), "--db", str(db), cwd=work))
    for proc in runs:
        assert proc.returncode == 0, proc.stderr
    return {"work": work, "db": db, "procs": runs, "snapshots": snapshots}


def test_rerun_is_a_no_op_and_one_new_article_loads_one(loaded):
    first, rerun, plus_one = _runs(loaded["db"])
    assert first["status"] == "completed" and first["articles_loaded"] >= 30
    assert rerun["articles_loaded"] == 0 and rerun["events_loaded"] == 0
    assert rerun["articles_seen"] == first["articles_seen"]
    assert plus_one["articles_loaded"] == 1
    before, after = loaded["snapshots"]
    assert before.keys() == after.keys()
    changed = [t for t in before if before[t] != after[t]]
    assert changed == [], f"a rerun changed {changed}"
    assert "0 loaded" in loaded["procs"][1].stdout


def test_runs_carry_the_flow_run_and_stage_timings(loaded):
    for run in _runs(loaded["db"]):
        assert run["flow_run_id"] and run["finished_at"] >= run["started_at"]
        stages = json.loads(run["stage_seconds"])
        assert {"discover_fetch", "dedupe", "extract", "validate", "load"} <= stages.keys()
        assert all(seconds >= 0 for seconds in stages.values())


def test_every_contract_view_answers_with_sensible_content(loaded):
    with open_warehouse(loaded["db"], read_only=True) as wh:
        n_events = wh.sql("select count(*) as n from events")["n"][0]
        assert n_events > 0
        events = wh.sql("select * from v_events")
        assert events.height == n_events
        named = events.filter(pl.col("source_name").is_not_null()
                              & pl.col("target_name").is_not_null())
        assert named.height > 0
        assert events["source_country"].drop_nulls().str.len_chars().eq(3).all()
        assert events["article_url"].drop_nulls().len() > 0

        dyads = wh.sql("select * from v_dyads")
        assert dyads["event_count"].sum() == n_events
        assert dyads.filter(pl.col("source_country").is_not_null()
                            & pl.col("target_country").is_not_null()).height > 0
        assert dyads["quad_class"].is_between(1, 4).all()
        assert dyads["mean_goldstein"].is_between(-10, 10).all()

        daily = wh.sql("select * from v_daily_events")
        assert daily["event_count"].sum() == n_events
        assert daily["day"].null_count() < daily.height

        trends = wh.sql("select * from v_theme_trends")
        assert trends.height > 0 and trends["label"].null_count() == 0
        # An article counts once per (publication day, theme) it carries.
        n_tagged = wh.sql("select count(*) as n from article_themes a join articles "
                          "using (article_id)")["n"][0]
        assert trends["article_count"].sum() == n_tagged


def test_vigie_sql_prints_table_csv_and_json(loaded):
    work, db = loaded["work"], str(loaded["db"])
    query = "select quad_class, count(*) as n from v_events group by 1 order by 1"
    table = vigie("sql", query, "--db", db, cwd=work)
    assert table.returncode == 0, table.stderr
    assert "quad_class" in table.stdout and "│" in table.stdout

    as_csv = vigie("sql", query, "--db", db, "--format", "csv", cwd=work)
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    as_json = vigie("sql", query, "--db", db, "--format", "json", cwd=work)
    assert [int(r["n"]) for r in rows] == [r["n"] for r in json.loads(as_json.stdout)]

    bad = vigie("sql", "select * from no_such_table", "--db", db, cwd=work)
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1


def test_vigie_export_writes_partitioned_parquet(loaded):
    out = loaded["work"] / "export"
    proc = vigie("export", "--out", str(out), "--db", str(loaded["db"]), cwd=loaded["work"])
    assert proc.returncode == 0, proc.stderr
    with open_warehouse(loaded["db"], read_only=True) as wh:
        n_events = wh.sql("select count(*) as n from events")["n"][0]
        n_articles = wh.sql("select count(*) as n from articles")["n"][0]
    events = pl.read_parquet(out / "events" / "**" / "*.parquet", hive_partitioning=True)
    articles = pl.read_parquet(out / "articles" / "**" / "*.parquet", hive_partitioning=True)
    assert (events.height, articles.height) == (n_events, n_articles)
    assert any(p.name.startswith("year=") for p in (out / "events").iterdir())
    for view in ("v_events", "v_dyads", "v_daily_events", "v_theme_trends"):
        assert pl.read_parquet(out / f"{view}.parquet").height > 0


def test_second_run_on_a_database_in_use_waits_then_fails_cleanly(tmp_path):
    db = tmp_path / "busy.duckdb"
    source = tmp_path / "one.json"
    source.write_text(json.dumps(NEW_ARTICLE), encoding="utf-8")
    with open_warehouse(db) as wh:  # this process holds the writer lock
        proc = vigie("run", "--source", str(source), "--db", str(db), cwd=tmp_path,
                     VIGIE_LOCK_WAIT_S="1")
        assert wh.sql("select count(*) as n from articles")["n"][0] == 0
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert f"database {db} is in use by another vigie run" in lines[0]
    # Untouched and usable once the lock is free.
    with open_warehouse(db, wait_s=1) as wh:
        assert wh.sql("select count(*) as n from runs")["n"][0] == 0
