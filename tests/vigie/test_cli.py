"""The `vigie` command as a user runs it: a real subprocess, a real Prefect
(ephemeral, under a tmp PREFECT_HOME), a real DuckDB file.

Each `vigie run` costs 10-20 s, so the suite runs it five times: mixed folder and
rerun, kill -9 and rerun, a feed that is down. Argument and database errors stop before any work.
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from filelock import FileLock

from tests.dbrows import rows, stable_counts
from tests.flows.test_robustness import BAD_FILES, CORPUS
from transforms.ingest import read_source
from transforms.records import Article

REPO = Path(__file__).resolve().parents[2]
VIGIE = [sys.executable, "-m", "vigie"]
# Tables a rerun must leave alone (runs and dq_results log every run).
@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The user's environment, with Prefect and Data Docs state kept in tmp_path."""
    child = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "VIGIE_"))}
    child.update(PREFECT_HOME=str(tmp_path / "prefect"),
                 PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="90",
                 VIGIE_DATA_DOCS_DIR=str(tmp_path / "docs"),
                 VIGIE_LOCK_WAIT_S="1")
    return child


def vigie(args: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(VIGIE + args, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=timeout)


def _assert_clean_exit(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]


def _assert_one_line_error(result: subprocess.CompletedProcess, *words: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0, result.stdout
    assert len(lines) == 1 and lines[0].startswith("vigie: error:"), result.stderr[-3000:]
    for word in words:
        assert word in lines[0], lines[0]


def test_mixed_folder_exits_0_quarantines_bad_files_and_rerun_changes_nothing(tmp_path, env):
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = ["gw-2025-0626-nato-hague.json", "cm-2025-0319-macron-zelensky.json",
            "cm-2026-0414-senkaku.html"]
    for name in good:
        shutil.copy(CORPUS / name, folder / name)
    for name, (content, _) in BAD_FILES.items():
        (folder / name).write_bytes(content)
    db = tmp_path / "w.duckdb"

    first = vigie(["run", "--source", str(folder), "--db", str(db)], env)
    _assert_clean_exit(first)
    assert "completed" in first.stdout
    assert {r[0] for r in rows(db, "select external_id from articles")} == {
        "gw-2025-0626-nato-hague", "cm-2025-0319-macron-zelensky", "cm-2026-0414-senkaku"}
    quarantined = dict(rows(db, "select source_ref, reason from quarantine"))
    for name, (_, why) in BAD_FILES.items():
        assert why.lower() in quarantined.get(str(folder / name), "").lower(), (name, quarantined)
    before = stable_counts(db)

    second = vigie(["run", "--source", str(folder), "--db", str(db)], env)
    _assert_clean_exit(second)
    assert stable_counts(db) == before
    assert rows(db, "select count(*), count(distinct run_id) from runs") == [(2, 2)]

    # The other commands read the result.
    count = vigie(["sql", "select count(*) as n from articles", "--db", str(db),
                   "--format", "csv"], env)
    assert count.returncode == 0 and count.stdout.split() == ["n", "3"], count.stderr
    report = vigie(["dq", "--db", str(db)], env)
    assert report.returncode == 0 and report.stdout.strip(), report.stderr
    assert "Traceback" not in report.stderr


def _corpus_with_variants(folder: Path) -> None:
    """The bundled corpus plus a rewritten twin of each JSON article (~60 articles)."""
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns("*.md"))
    for path in sorted(CORPUS.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        lead = "Mise à jour : " if record.get("language") == "fr" else "Update: "
        record.update(id=record["id"] + "-update", url=(record.get("url") or "") + "?update",
                      text=lead + record["text"])
        (folder / f"{path.stem}-update.json").write_text(json.dumps(record, ensure_ascii=False),
                                                         encoding="utf-8")


def test_kill_9_then_rerun_loads_every_article_exactly_once(tmp_path, env):
    folder = tmp_path / "corpus"
    _corpus_with_variants(folder)
    expected = {a.article_id for a in read_source(folder) if isinstance(a, Article)}
    assert len(expected) >= 60
    db = tmp_path / "w.duckdb"
    # In-process, extraction runs in ~10 batches of 8; with worker processes, in one
    # task per language whose workers die with the run.
    n_process = random.choice(["1", "2"])
    args = VIGIE + ["run", "--source", str(folder), "--db", str(db), "--batch-size", "8",
                    "--n-process", n_process]

    stage = random.choice(["extract", "load", "after-load"])
    killed_running, context = _kill_9_during(stage, args, env, db)
    context += f", --n-process {n_process}"
    assert killed_running, context
    _assert_each_article_whole_and_once(db, context + ", before the rerun")

    rerun = vigie(["run", "--source", str(folder), "--db", str(db), "--batch-size", "8"], env)
    _assert_clean_exit(rerun)
    _assert_each_article_whole_and_once(db, context)
    quarantined_refs = {r[0] for r in rows(db, "select source_ref from quarantine")}
    quarantined = {a.article_id for a in read_source(folder)
                   if isinstance(a, Article) and a.source_ref in quarantined_refs}
    assert {r[0] for r in rows(db, "select article_id from articles")} == expected - quarantined, \
        context
    assert len(quarantined) <= 3, (context, quarantined_refs)
    (events,), = rows(db, "select count(*) from events")
    assert events > 0


# DuckDB's write-ahead log beside the db: run bookkeeping and data-quality rows keep it
# under ~10 kB; it passes 20 kB as the batch starts to load and ~500 kB at its commit,
# before the quarantine rows and the end of the run are written (measured on this corpus).
_WAL_BYTES_AT = {"load": 20_000, "after-load": 300_000}


def _kill_9_during(stage: str, args: list[str], env: dict[str, str], db: Path) -> tuple[bool, str]:
    """Start `vigie run`, kill -9 its process group during `stage` (extract, load or
    after-load); returns (was it still running, what was done)."""
    if stage == "extract":
        # Verbose, so that the run says when each extraction batch is done (about 10 in
        # process, 2 with workers): kill after a random number of them, a random moment later.
        proc = subprocess.Popen(args + ["--verbose"], cwd=REPO, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, start_new_session=True)
        in_process = args[args.index("--n-process") + 1] == "1"
        batches_to_wait = random.randint(1, 9) if in_process else 1
        delay = random.uniform(0.0, 2.0)
        batches_done = 0
        for line in proc.stdout:
            batches_done += "extract-batch" in line and "Completed" in line
            if batches_done >= batches_to_wait:
                break
        time.sleep(delay)
        what = f"killed {delay:.1f}s after {batches_done} extraction batches"
    else:
        # The load lasts ~0.1 s: watch the WAL's size (never opening the db while the
        # run holds it) and kill as soon as it reaches the stage's size.
        proc = subprocess.Popen(args, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        wal = Path(f"{db}.wal")
        deadline, size = time.monotonic() + 240, 0
        while proc.poll() is None and time.monotonic() < deadline:
            size = wal.stat().st_size if wal.exists() else 0
            if size > _WAL_BYTES_AT[stage]:
                break
            time.sleep(0.005)
        what = f"killed at stage {stage} (WAL at {size} bytes)"
    running = proc.poll() is None
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    return running, f"{what}, still running: {running}"


def _assert_each_article_whole_and_once(db: Path, context: str) -> None:
    """No article twice, no child row without its article, no event id twice."""
    (n, distinct), = rows(db, "select count(*), count(distinct article_id) from articles")
    assert n == distinct, context
    for child in ("events", "actor_mentions", "article_themes"):
        (orphans,), = rows(db, f"""select count(*) from {child} c
                                    left join articles a using (article_id)
                                    where a.article_id is null""")
        assert orphans == 0, (child, context)
    (events, event_ids), = rows(db, "select count(*), count(distinct event_id) from events")
    assert events == event_ids, context
    (n_actors_missing,), = rows(db, """select count(*) from actor_mentions m
                                        left join actors a using (actor_id)
                                        where a.actor_id is null""")
    assert n_actors_missing == 0, context


@pytest.mark.parametrize("args, words", [
    (["run", "--since", "notadate"], ["--since"]),
    (["run", "--task-runner", "nope"], ["--task-runner"]),
    (["run", "--source", "/no/such/folder"], ["source not found"]),
    (["sql", "select 1", "--db", "/no/such/file.duckdb"], ["no warehouse"]),
    # Were "database /tmp does not exist", and an empty table with exit 0.
    (["sql", "select 1", "--db", "/tmp"], ["/tmp is a folder"]),
    (["dq", "--db", "/tmp"], ["/tmp is a folder"]),
    (["sql", "", "--db", "/no/such/file.duckdb"], ["no SQL statement"]),
    (["sql", " ;\n-- nothing\n/* to do */", "--db", "/no/such/file.duckdb"],
     ["no SQL statement"]),
    (["eval", "--set", "/no/such/set"], ["evaluation set not found"]),
    (["eval", "--field", "bogus"], ["--field", "themes"]),
    (["eval", "--lang", "de"], ["--lang", "fr"]),
])
def test_bad_arguments_give_one_line_and_non_zero_exit(env, args, words):
    _assert_one_line_error(vigie(args, env, timeout=60), *words)


@pytest.mark.parametrize("args, words", [
    (["run", "--bogus"], ["No such option: --bogus", "vigie run --help"]),
    (["run", "--batch-size", "0"], ["--batch-size", "greater than or equal to 1"]),
    (["nope"], ["No such command 'nope'"]),
    (["sql"], ["Missing argument", "vigie sql --help"]),
])
def test_usage_mistakes_give_one_plain_line_and_exit_2(env, args, words):
    # Typer raises its own copy of click's exceptions: these once fell to the generic
    # handler ("vigie: error: NoSuchOption: No such option: --bogus", exit 1).
    result = vigie(args, env, timeout=60)
    _assert_one_line_error(result, *words)
    assert result.returncode == 2
    assert "Error:" not in result.stderr and "Option:" not in result.stderr, result.stderr


def test_bare_vigie_shows_the_help(env):
    result = vigie([], env, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("Usage: ") and "COMMAND" in result.stderr, result.stderr
    assert "vigie: error" not in result.stderr and "NoArgsIsHelp" not in result.stderr


def _small_source(tmp_path: Path) -> str:
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(CORPUS / "gw-2025-0626-nato-hague.json", folder)
    return str(folder)


def test_bad_databases_give_one_line_and_non_zero_exit(tmp_path, env):
    source = _small_source(tmp_path)
    corrupt = tmp_path / "corrupt.duckdb"
    corrupt.write_bytes(b"this is not a database" * 500)
    folder_db = tmp_path / "a-folder.duckdb"
    folder_db.mkdir()
    cases = [
        (corrupt, ["not a DuckDB database"]),
        (folder_db, ["folder"]),
        (tmp_path / "missing" / "w.duckdb", ["does not exist"]),
        # Was "folder .../corrupt.duckdb does not exist", of a file that does.
        (corrupt / "w.duckdb", [f"{corrupt} is a file, not a folder"]),
        (corrupt / "sub" / "w.duckdb", [f"{corrupt} is a file, not a folder"]),
    ]
    for db, words in cases:
        _assert_one_line_error(vigie(["run", "--source", source, "--db", str(db)], env), *words)
    assert corrupt.read_bytes() == b"this is not a database" * 500  # never overwritten


def test_locked_database_gives_one_line_and_non_zero_exit(tmp_path, env):
    db = tmp_path / "w.duckdb"
    with FileLock(f"{db}.lock", timeout=0):
        result = vigie(["run", "--source", _small_source(tmp_path), "--db", str(db)], env)
    _assert_one_line_error(result, "in use")


def _closed_port() -> int:
    """A loopback port nothing listens on: bound once by the OS, then released."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_unreachable_feed_is_quarantined_in_one_line_without_traceback(tmp_path, env):
    # Prefect logs a task whose retries are exhausted with its traceback; a feed that is
    # down for the night is bad input, which the contract tells in a line and a quarantine row.
    url = f"http://127.0.0.1:{_closed_port()}/feed.xml"
    db = tmp_path / "w.duckdb"
    result = vigie(["run", "--source", url, "--source", _small_source(tmp_path),
                    "--db", str(db)], {**env, "VIGIE_FETCH_BACKOFF_S": "0.01"})
    _assert_clean_exit(result)
    told = [line for line in result.stderr.splitlines() if url in line]
    assert told and all("connection failed" in line for line in told), result.stderr[-3000:]
    assert rows(db, "select count(*) from articles") == [(1,)]  # the good source still loads
    (reason,), = rows(db, "select reason from quarantine where source_ref = ?", [url])
    assert "connection failed" in reason


def _warehouse_with_one_run(tmp_path: Path) -> Path:
    from datetime import datetime

    from warehouse import open_warehouse

    db = tmp_path / "w.duckdb"
    with open_warehouse(db) as wh:
        wh.start_run("run_a", None, datetime(2026, 11, 27, 22, 0, 0))
        wh.finish_run("run_a", "completed", articles_seen=0, articles_loaded=0,
                      articles_quarantined=0, events_loaded=0, stage_seconds={})
    return db


_DURATION = re.compile(r"(\d+ days? )?\d\d:\d\d:\d\d(\.\d+)?")  # DuckDB's INTERVAL text


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_vigie_sql_prints_intervals_lists_and_blobs_in_every_format(tmp_path, env, fmt):
    # "How long did the runs take?" is an INTERVAL, which polars cannot import: the
    # query failed with "ComputeError: could not import from `month_day_nano_interval`".
    # Lists and structs failed as CSV ("CSV format does not support nested data"), and a
    # BLOB as JSON made polars panic with a Rust backtrace.
    db = _warehouse_with_one_run(tmp_path)
    query = ("select run_id, finished_at - started_at as took, [1, 2] as ids, "
             "{'a': 1} as pair, 'x'::blob as raw from runs")
    result = vigie(["sql", query, "--db", str(db), "--format", fmt], env, timeout=60)
    _assert_clean_exit(result)
    assert result.stderr == ""
    assert "run_a" in result.stdout
    if fmt == "json":
        [row] = json.loads(result.stdout)
        assert _DURATION.fullmatch(row["took"]) and row["ids"] == [1, 2] and row["raw"] == "x"
    elif fmt == "csv":
        header, line = result.stdout.splitlines()
        assert header == "run_id,took,ids,pair,raw"
        run_id, took, rest = line.split(",", 2)
        assert run_id == "run_a" and _DURATION.fullmatch(took) and rest.startswith('"[1, 2]",')


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_vigie_sql_prints_infinite_and_far_dates_in_every_format(tmp_path, env, fmt):
    # An open-ended period ("valid until 'infinity'::DATE") made polars panic: a Rust
    # backtrace and a Python traceback ("PanicException: out-of-range date"), exit 1.
    # Also wrong without a word: a UHUGEINT's largest value printed as -1, a TIMETZ
    # without its offset.
    db = _warehouse_with_one_run(tmp_path)
    dates = ("select run_id, 'infinity'::date as until, '-infinity'::timestamp as since, "
             "'290000-01-01'::timestamp as far, [date '2026-01-01', 'infinity'::date] as days, "
             "date '2026-11-28' as plain from runs")
    result = vigie(["sql", dates, "--db", str(db), "--format", fmt], env, timeout=60)
    _assert_clean_exit(result)
    assert result.stderr == ""
    for text in ("run_a", "infinity", "-infinity", "290000-01-01", "2026-11-28"):
        assert text in result.stdout, (text, result.stdout)
    odd = ("select 340282366920938463463374607431768211455::uhugeint as big, "
           "'12:00:00+05'::timetz as noon")
    result = vigie(["sql", odd, "--db", str(db), "--format", fmt], env, timeout=60)
    _assert_clean_exit(result)
    assert "340282366920938463463374607431768211455" in result.stdout, result.stdout
    assert "12:00:00+05" in result.stdout, result.stdout
    if fmt == "json":
        [row] = json.loads(vigie(["sql", dates, "--db", str(db), "--format", fmt], env,
                                 timeout=60).stdout)
        assert row["until"] == "infinity" and row["plain"] == "2026-11-28"
    # DuckDB's end of day printed as null.
    result = vigie(["sql", "select time '24:00:00' as day_end, time '08:30:00' as start",
                    "--db", str(db), "--format", fmt], env, timeout=60)
    _assert_clean_exit(result)
    assert "24:00:00" in result.stdout and "08:30:00" in result.stdout, result.stdout


def test_vigie_sql_json_prints_maps_keyed_by_non_text_as_duckdb_text(tmp_path, env):
    # `vigie sql --format json "select map([1,2],['a','b'])"` ended in a polars
    # "ComputeError: JSON Map keys must be String". A map keyed by text stays nested.
    db = _warehouse_with_one_run(tmp_path)
    query = ("select map([1, 2], ['a', 'b']) as m, [map([3], [4])] as ms, "
             "map(['x'], [1]) as t")
    result = vigie(["sql", query, "--db", str(db), "--format", "json"], env, timeout=60)
    _assert_clean_exit(result)
    [row] = json.loads(result.stdout)
    assert row == {"m": "{1=a, 2=b}", "ms": "[{3=4}]", "t": {"x": 1}}, row


def test_vigie_sql_dq_and_export_read_the_warehouse_vigie_db_names(tmp_path, env):
    # `VIGIE_DB=/data/vigie.duckdb vigie run` loaded there, then `vigie sql "..."` in the
    # same shell said "no warehouse at vigie.duckdb": only `run` read the variable.
    db = _warehouse_with_one_run(tmp_path)
    named = {**env, "VIGIE_DB": str(db)}
    result = vigie(["sql", "select run_id from runs", "--format", "csv"], named, timeout=60)
    _assert_clean_exit(result)
    assert result.stdout.split() == ["run_id", "run_a"]
    _assert_one_line_error(vigie(["dq"], named, timeout=60), f"no data-quality results in {db}")
    out = tmp_path / "out"
    _assert_clean_exit(vigie(["export", "--out", str(out)], named, timeout=60))
    assert (out / "runs.parquet").is_file()
    # --db still wins.
    _assert_one_line_error(vigie(["sql", "select 1", "--db", str(tmp_path / "no.duckdb")],
                                 named, timeout=60), "no warehouse at")


@pytest.mark.parametrize("variable, value, words", [
    ("VIGIE_LOCK_WAIT_S", "abc", ["VIGIE_LOCK_WAIT_S='abc'", "valid number"]),
    ("VIGIE_FETCH_TIMEOUT_S", "0", ["VIGIE_FETCH_TIMEOUT_S='0'", "greater than 0"]),
    ("VIGIE_ALERT_WEBHOOK", "hooks.example.test/T000", ["VIGIE_ALERT_WEBHOOK", "http(s) URL"]),
    ("VIGIE_SOURCES", "/data/news", ["sources", "JSON"]),
])
def test_bad_settings_in_the_environment_name_the_variable(tmp_path, env, variable, value,
                                                           words):
    # Was "vigie: error: ValidationError: 1 validation error for NightlySettings", which
    # named no variable; a webhook without its scheme was accepted and found out only on
    # the night a check failed (four failed POSTs in the log, no alert). A timeout of 0
    # was accepted too and failed every fetch.
    result = vigie(["run", "--source", _small_source(tmp_path), "--db",
                    str(tmp_path / "w.duckdb")], {**env, variable: value}, timeout=60)
    _assert_one_line_error(result, *words)
    assert result.returncode == 2 and not (tmp_path / "w.duckdb").exists()


def test_a_webhook_that_fails_is_said_in_the_summary(tmp_path, env):
    # The run's summary said nothing when the alert for its failed checks was not
    # delivered: only log warnings, easy to miss in a cron mail.
    source = Path(_small_source(tmp_path))
    future = json.loads((source / "gw-2025-0626-nato-hague.json").read_text(encoding="utf-8"))
    future.update(id="from-the-future", published="2099-01-01",
                  text=future["text"] + "\n\nA later paragraph.")
    (source / "future.json").write_text(json.dumps(future), encoding="utf-8")
    from tests.httpserver import serve

    with serve({"/hook": (500, {}, b"down")}) as hook:
        result = vigie(["run", "--source", str(source), "--db", str(tmp_path / "w.duckdb")],
                       {**env, "VIGIE_ALERT_WEBHOOK": hook.url("/hook")})
    _assert_clean_exit(result)
    assert "FAILED    articles: articles.published_at not in the future" in result.stdout
    assert "alert     NOT delivered to VIGIE_ALERT_WEBHOOK" in result.stdout, result.stdout
    assert len(hook.requests_to("/hook")) == 4  # the first POST and three retries


def test_export_onto_a_file_gives_one_line(tmp_path, env):
    # Was "vigie: error: FileExistsError: [Errno 17] File exists: '...'".
    db = _warehouse_with_one_run(tmp_path)
    taken = tmp_path / "export.parquet"
    taken.write_bytes(b"not a folder")
    result = vigie(["export", "--out", str(taken), "--db", str(db)], env, timeout=60)
    _assert_one_line_error(result, "is a file, not a folder")
    assert taken.read_bytes() == b"not a folder"
    # Under a file: was "NotADirectoryError: [Errno 20] Not a directory: '...'".
    result = vigie(["export", "--out", str(taken / "out"), "--db", str(db)], env, timeout=60)
    _assert_one_line_error(result, f"{taken} is a file, not a folder")
    assert taken.read_bytes() == b"not a folder"


def test_articles_left_out_by_since_are_counted_in_the_summary(tmp_path, env):
    # "1 seen, 0 loaded, 0 already loaded, 0 quarantined": the article --since left out
    # was in no count, and the line did not add up.
    db = tmp_path / "w.duckdb"  # the article was published on 2025-06-26
    result = vigie(["run", "--source", _small_source(tmp_path), "--db", str(db),
                    "--since", "2025-07-01"], env)
    _assert_clean_exit(result)
    assert ("articles  1 seen, 0 loaded, 0 already loaded, 1 before --since, 0 quarantined"
            in result.stdout), result.stdout
    assert rows(db, "select count(*) from articles") == [(0,)]


def test_pages_without_text_are_quarantined_without_trafilatura_noise(tmp_path, env):
    # stderr carried "WARNING | trafilatura.core - discarding data: None" and
    # "ERROR | trafilatura.core - empty HTML tree" for pages already quarantined.
    source = Path(_small_source(tmp_path))
    (source / "nav-only.html").write_text(
        "<html><head><title>Menu</title></head><body><nav>Home | World</nav></body></html>",
        encoding="utf-8")
    (source / "empty-tree.html").write_text("<?xml version='1.0'?><x/>", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    result = vigie(["run", "--source", str(source), "--db", str(db)], env)
    _assert_clean_exit(result)
    assert "trafilatura" not in result.stderr, result.stderr
    reasons = dict(rows(db, "select source_ref, reason from quarantine"))
    assert reasons == {str(source / "empty-tree.html"): "HTML page has no extractable article text",
                       str(source / "nav-only.html"): "HTML page has no extractable article text"}


def _run_processes(marker: str) -> list[int]:
    """Processes started by one test's `vigie run` (the run, its workers, its Prefect
    server): those whose environment holds the test's own PREFECT_HOME."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker.encode() in environ.split(b"\0") and state != "Z":
            found.append(int(entry.name))
    return found


def _start_and_wait_for_workers(tmp_path: Path, env: dict[str, str]) -> tuple:
    folder = tmp_path / "corpus"
    _corpus_with_variants(folder)
    db = tmp_path / "w.duckdb"
    proc = subprocess.Popen(VIGIE + ["run", "--source", str(folder), "--db", str(db),
                                     "--n-process", "2"], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    marker = f"PREFECT_HOME={env['PREFECT_HOME']}"
    deadline = time.monotonic() + 240
    # The run, its Prefect server and extraction workers: extraction is under way.
    while len(_run_processes(marker)) < 4 and time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.2)
    time.sleep(1.0)
    return proc, db, marker


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
def test_ctrl_c_stops_the_run_at_once_and_marks_it_interrupted(tmp_path, env):
    # A terminal's Ctrl-C (SIGINT to vigie's process group) also reached Prefect's
    # temporary server, which died first: the run then took about a minute to stop and
    # ended "vigie: error: ConnectError: [Errno 111] Connection refused" (exit 1) after
    # pages of Prefect errors; SIGINT to vigie alone waited for the workers' slices
    # (2 minutes), its Exit(130) was dropped (exit 0), and runs said 'failed'.
    proc, db, marker = _start_and_wait_for_workers(tmp_path, env)
    os.killpg(proc.pid, signal.SIGINT)
    try:
        # How fast it stops is the benchmark's business, not a test's: the timeout only
        # keeps a run that ignores Ctrl-C (it took minutes before) from hanging the suite.
        _, stderr = proc.communicate(timeout=120)
    finally:
        for pid in _run_processes(marker) if proc.poll() is None else ():
            os.kill(pid, signal.SIGKILL)
    assert proc.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == "vigie: aborted", stderr
    assert "Traceback" not in stderr and "vigie: error" not in stderr, stderr
    assert rows(db, "select status from runs") == [("interrupted",)]
    deadline = time.monotonic() + 15  # a loaded machine reaps slowly
    while _run_processes(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _run_processes(marker) == []  # the workers and the server are gone too


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
def test_a_run_killed_with_9_leaves_no_server_or_worker_behind(tmp_path, env):
    # The OOM killer or `kill -9` takes vigie's process alone: its Prefect server went on
    # running for good, and its workers until their slice was done, for nobody.
    proc, db, marker = _start_and_wait_for_workers(tmp_path, env)
    try:
        left = [pid for pid in _run_processes(marker) if pid != proc.pid]
        assert left, "no server or worker to outlive the run"
        proc.kill()
        proc.wait(timeout=30)
        deadline = time.monotonic() + 15
        while _run_processes(marker) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _run_processes(marker) == []
    finally:
        for pid in _run_processes(marker):  # what outlived it before
            os.kill(pid, signal.SIGKILL)
        proc.communicate(timeout=30)
