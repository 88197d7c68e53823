"""The `vigie` command line.

Errors that stop a command print one line on stderr (`vigie: error: ...`) and
exit non-zero; tracebacks appear only with VIGIE_DEBUG=1.
"""
from __future__ import annotations

import atexit
import os
import sys
import threading
import time
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import click
import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None,
                  help="Vigie: news articles in, a DuckDB warehouse of events out.")

# Metavars as the README's synopsis writes them: typer's own were "<list[str]>" and
# "<int range>", which tell a user nothing.
DbOption = Annotated[Optional[Path], typer.Option(
    "--db", metavar="PATH",
    help="DuckDB warehouse file (default: $VIGIE_DB, else vigie.duckdb).")]


class CliError(Exception):
    """A problem the user can fix; printed as one line."""


def _quiet_prefect(verbose: bool) -> None:
    # Prefect reads these when first imported, so set them before any import.
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_FLOW_RUNS_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
    # Prefect's temporary API server gets 20 s to boot by default: too tight on a busy
    # two-core machine, and a timeout there would fail the whole night.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    # No phoning home: the machines that run Vigie may have no network at all.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import logging

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    if not verbose:
        # trafilatura logs what it cannot extract ("discarding data: None", "empty HTML
        # tree"): those pages are quarantined with a reason the user can read instead.
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


@app.command()
def run(
    source: Annotated[Optional[list[str]], typer.Option(
        "--source", metavar="SRC",
        help="Folder, file, RSS/Atom feed (URL or file) or article URL; "
             "repeatable. Default: the bundled sample corpus.")] = None,
    db: DbOption = None,
    # Defaults None: an option left out takes the VIGIE_* variable, then the setting's
    # default (flows/settings.py); the CLI's own defaults hid VIGIE_SOURCES and the rest.
    task_runner: Annotated[Optional[str], typer.Option(
        "--task-runner", metavar="thread|dask", help="thread (default) or dask.")] = None,
    since: Annotated[Optional[str], typer.Option(
        "--since", metavar="DATE",
        help="Only articles published on or after this date (YYYY-MM-DD).")] = None,
    batch_size: Annotated[Optional[int], typer.Option(
        "--batch-size", min=1, metavar="N",
        help="Articles per extraction task when extracting in threads (default 64).")] = None,
    n_process: Annotated[Optional[int], typer.Option(
        "--n-process", min=0, metavar="N",
        help="Extraction worker processes; 0 (default) = one per "
             "CPU core, 1 = extract in the flow's process.")] = None,
    user_agent: Annotated[Optional[str], typer.Option(
        "--user-agent", metavar="TEXT",
        help="User-Agent of every GET, robots.txt included (default "
             "'Vigie/0.1 (news-to-events pipeline)'); robots.txt rules match its "
             "first word.")] = None,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="Show Prefect's and the libraries' logs.")] = False,
) -> None:
    """Run the nightly flow once: discover → fetch → extract → validate → load."""
    settings = None
    try:
        settings, given = _run_settings(source, db, task_runner, since, batch_size,
                                        n_process, verbose, user_agent)
        _check_run_can_start(settings, given)
    except CliError as exc:
        # A renamed source folder, an unwritable PREFECT_HOME, a mistyped VIGIE_* value:
        # a cron's run stopped here, before the flow, and the webhook heard nothing.
        _alert_refused_run(str(exc), settings, db)
        raise
    start = time.perf_counter()
    from flows.prefect_server import start_early

    start_early()  # Prefect's temporary API server boots while the imports below run
    from flows.run import run_nightly

    if not (verbose or os.environ.get("VIGIE_DEBUG") == "1"):
        _failure_said_once()
    summary = run_nightly(settings)
    _print_summary(summary, settings.db, time.perf_counter() - start,
                   alert_expected=bool(settings.alert_webhook))


def _run_settings(source, db, task_runner, since, batch_size, n_process, verbose,
                  user_agent=None):
    """`vigie run`'s settings from its options and the VIGIE_* variables, and the
    options given (an option wins over its variable)."""
    if task_runner is not None and task_runner not in ("thread", "dask"):
        raise CliError(f"--task-runner must be 'thread' or 'dask', not '{task_runner}'")
    if user_agent is not None and not user_agent.strip():
        # An empty header is no name at all: sites that ask crawlers to name a contact
        # would see an anonymous client, and robots.txt rules would match nothing.
        raise CliError("--user-agent must not be empty")
    options = {"sources": source or None, "db": db, "task_runner": task_runner,
               "since": _parse_date(since) if since else None, "batch_size": batch_size,
               "n_process": n_process, "user_agent": user_agent}  # trimmed by the setting
    _quiet_prefect(verbose)
    from flows.settings import NightlySettings

    given = {name: value for name, value in options.items() if value is not None}
    settings = _settings(NightlySettings, **given, progress=sys.stderr.isatty())
    return settings, given


def _check_run_can_start(settings, given: dict) -> None:
    """CliError when the run could not load anything: a missing source, a database path
    that cannot be made, a Prefect home that cannot be written."""
    for src in settings.sources:
        if "://" not in src and not Path(src).exists():
            raise CliError(f"source not found: {src}"
                           + ("" if "sources" in given else " (from VIGIE_SOURCES)"))
    _check_db_path(settings.db)
    from flows.prefect_server import home_problem

    problem = home_problem()
    if problem is not None:
        raise CliError(problem)


def _alert_refused_run(message: str, settings, db: Path | None) -> None:
    """Tell the webhook about a `vigie run` refused before its flow: from the settings,
    or, when they are what was wrong, from VIGIE_ALERT_WEBHOOK itself (unless that is
    the value at fault: the error line names it then)."""
    from urllib.parse import urlsplit

    if settings is not None:
        webhook, timeout_s, db = settings.alert_webhook, settings.alert_timeout_s, settings.db
    else:
        webhook = (os.environ.get("VIGIE_ALERT_WEBHOOK") or "").strip()
        parts = urlsplit(webhook)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return
        from flows.settings import NightlySettings

        # the settings' own default when the variable is unset or is what was wrong
        default = NightlySettings.model_fields["alert_timeout_s"].default
        try:
            timeout_s = float(os.environ.get("VIGIE_ALERT_TIMEOUT_S") or default)
        except ValueError:
            timeout_s = default
        timeout_s = timeout_s if timeout_s > 0 else default
        db = _warehouse_path(db)
    if not webhook:
        return
    import logging

    from flows.alerts import UNDELIVERED_FAILED_RUN, alert_failed_run
    from flows.run_ids import new_run_id

    if not alert_failed_run(webhook, new_run_id(), None, None, articles_loaded=0,
                            db_path=str(db), total_timeout_s=timeout_s, error=message):
        logging.getLogger("vigie").warning(UNDELIVERED_FAILED_RUN)


@app.command("eval")
def eval_cmd(
    set_dir: Annotated[Optional[Path], typer.Option(
        "--set", metavar="DIR", help="Annotated set folder.")] = None,
    lang: Annotated[Optional[str], typer.Option(
        "--lang", metavar="fr|en", help="fr or en only.")] = None,
    errors: Annotated[int, typer.Option(
        "--errors", metavar="N", help="Show N errors per field.")] = 0,
    field: Annotated[Optional[str], typer.Option(
        "--field", metavar="F",
        help="actors, countries, event_types, source_target, dates or themes.")
    ] = None,
) -> None:
    """Score extraction against the annotated set: precision, recall, F1 per field."""
    from vigie.evaluate import argument_problem, format_report, run_eval

    # Checked before the models load, like `run`'s arguments: one line, exit 2.
    problem = argument_problem(lang, field)
    if problem is not None:
        raise CliError(problem)
    if set_dir is not None and not set_dir.is_dir():
        raise CliError(f"evaluation set not found: {set_dir}")
    report = run_eval(set_dir=set_dir, lang=lang, field=field, show_errors=errors)
    typer.echo(format_report(report))


@app.command()
def dq(
    db: DbOption = None,
    run_id: Annotated[Optional[str], typer.Option(
        "--run", metavar="RUN_ID", help="Run id (default: last).")] = None,
    failed: Annotated[bool, typer.Option(
        "--failed", help="Only the checks that failed.")] = False,
) -> None:
    """Print the data-quality checks of the last run (or of --run), then what it
    quarantined and why."""
    db = _warehouse_path(db)
    from expectations.report import format_dq_table, format_quarantine_table

    with _open_existing(db, read_only=True) as wh:
        rows = wh.dq_for_run(run_id)
        if not rows:
            raise CliError(_no_dq_results(wh, db, run_id))
        checked = rows[0]["run_id"]
        # A failed check names the articles; why each input was set aside (a check, broken
        # JSON, a feed that answered 500) was only in the quarantine table.
        quarantined, total = wh.quarantine_for_run(checked)
    typer.echo(format_dq_table(rows, failed_only=failed))
    if total:
        typer.echo(format_quarantine_table(checked, quarantined, total))


def _no_dq_results(wh, db: Path, run_id: str | None) -> str:
    # Was "no data-quality results in DB" after a failed last run, as if the warehouse
    # had never been checked, when earlier runs' results were there.
    message = f"no data-quality results in {db}"
    last = wh.last_run()
    if last is None:
        return f"{message}: no run yet (run `vigie run --db {db}` first)"
    asked = run_id or last["run_id"]
    status = wh.run_status(asked)
    if status is None:
        return f"{message} for run {asked}: there is no such run"
    message += f" for {'run' if run_id else 'the last run'} {asked} ({status})"
    checked = wh.last_checked_run()
    if checked is not None:
        message += f"; the last run that recorded some: `vigie dq --run {checked}`"
    return message


@app.command()
def sql(
    query: Annotated[str, typer.Argument(metavar="QUERY",
                                         help="SQL to run against the warehouse.")],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option(
        "--format", metavar="table|csv|json", help="table, csv or json.")] = "table",
) -> None:
    """Run SQL on the warehouse and print the result."""
    db = _warehouse_path(db)
    if fmt not in ("table", "csv", "json"):
        raise CliError(f"--format must be table, csv or json, not '{fmt}'")
    if not _has_statement(query):
        # Was an empty table and exit 0: a script whose variable came out empty
        # ("vigie sql \"$QUERY\"") looked like a query that found nothing.
        raise CliError("no SQL statement given (the query is empty or only comments)")
    with _open_existing(db, read_only=True) as wh:
        df = wh.sql(query, nested_as_text=fmt == "csv", for_json=fmt == "json")
    if fmt == "csv":
        typer.echo(df.write_csv(), nl=False)
    elif fmt == "json":
        typer.echo(df.write_json())
    else:
        import polars as pl

        with pl.Config(tbl_rows=200, tbl_cols=30, fmt_str_lengths=60, tbl_width_chars=160,
                       tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True):
            typer.echo(str(df))


@app.command()
def export(
    out: Annotated[Path, typer.Option(
        "--out", metavar="DIR", help="Output folder.")] = Path("vigie_export"),
    db: DbOption = None,
) -> None:
    """Write every table and view as Parquet (events and articles partitioned by date)."""
    db = _warehouse_path(db)
    if out.exists() and not out.is_dir():
        raise CliError(f"--out {out} is a file, not a folder")
    blocked = next((a for a in out.resolve().parents if a.exists() and not a.is_dir()), None)
    if blocked is not None:  # was "NotADirectoryError: [Errno 20] Not a directory"
        raise CliError(f"cannot write --out {out}: {blocked} is a file, not a folder")
    with _open_existing(db, read_only=True) as wh:
        paths = wh.export_parquet(out)
    typer.echo(f"wrote {len(paths)} Parquet outputs under {out}")


def _failure_said_once() -> None:
    """Prefect logs an exception that ends the flow ("Encountered exception during
    execution") with its traceback on the console; the CLI then says the same in its
    one `vigie: error:` line. A disk that filled up mid-run printed 37 lines of
    traceback first. The console handlers (only: the API's log keeps it) drop that record."""
    import logging

    from prefect.logging.handlers import PrefectConsoleHandler

    def keep(record: logging.LogRecord) -> bool:
        return not (record.name.startswith("prefect.flow_runs") and record.exc_info
                    and str(record.msg).startswith("Encountered exception during execution"))

    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrefectConsoleHandler):
            handler.addFilter(keep)


_OPTION_NAMES = {"sources": "--source"}  # settings whose option is not --<setting>


def _settings(settings_class, **given):
    """The flow's settings from the options and VIGIE_* variables; a bad value is one
    line naming the variable ("VIGIE_LOCK_WAIT_S='abc': Input should be a valid
    number..."), not pydantic's "1 validation error for NightlySettings"."""
    from pydantic import ValidationError
    from pydantic_settings import SettingsError

    try:
        return settings_class(**given)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"])
            # A bad value the user typed as an option is named by that option.
            name = (_OPTION_NAMES.get(field, f"--{field.replace('_', '-')}") if field in given
                    else f"VIGIE_{field.upper()}")
            shown = "" if field in given else f"={os.environ.get(name)!r}"
            message = error["msg"].removeprefix("Value error, ")
            problems.append(f"{name}{shown}: {message}")
        raise CliError("; ".join(problems)) from None
    except SettingsError as exc:  # a list or dict variable that is not JSON
        raise CliError(f"{exc} (VIGIE_SOURCES takes JSON: "
                       '[\"/data/news\", \"https://example.org/feed.xml\"])') from None


def _has_statement(query: str) -> bool:
    """False for a query of blanks, semicolons and SQL comments only."""
    import re

    stripped = re.sub(r"--[^\n]*|/\*.*?(\*/|$)", " ", query, flags=re.S)
    return bool(stripped.replace(";", " ").strip())


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CliError(f"--since must be a date like 2026-01-31, not '{value}'") from None


def _check_db_path(db: Path) -> None:
    from warehouse.paths import folder_problem  # without DuckDB: see warehouse/paths.py

    problem = folder_problem(db)
    if problem is not None:  # before Prefect starts: the run could not load anything
        raise CliError(f"cannot create the database {db}: {problem}")
    if db.exists() and db.is_dir():
        raise CliError(f"--db {db} is a folder, not a DuckDB file")


def _warehouse_path(db: Path | None) -> Path:
    """The warehouse `vigie run` loads: --db, else VIGIE_DB (empty is unset), else the
    default. sql, dq and export looked for ./vigie.duckdb ("no warehouse at
    vigie.duckdb") in a shell where `vigie run` had used VIGIE_DB."""
    return db if db is not None else Path(os.environ.get("VIGIE_DB") or "vigie.duckdb")


def _open_existing(db: Path, read_only: bool = False):
    if not db.exists():
        raise CliError(f"no warehouse at {db} (run `vigie run --db {db}` first)")
    if db.is_dir():  # was "database DIR does not exist", of a folder that does
        raise CliError(f"--db {db} is a folder, not a DuckDB file")
    from warehouse.db import open_warehouse

    return open_warehouse(db, read_only=read_only)


def _print_summary(s, db: Path, seconds: float, alert_expected: bool = False) -> None:
    echo = typer.echo
    echo(f"Vigie run {s.run_id}: {s.status} in {seconds:.1f}s -> {db}")
    # With --since, what it left out is counted too, so that the line adds up.
    before_since = (f"{s.articles_before_since} before --since, "
                    if getattr(s, "articles_before_since", 0) else "")
    # Inputs whose content failed a check on an earlier night are not checked again.
    known_bad = getattr(s, "articles_already_quarantined", 0)
    already_quarantined = f", {known_bad} already quarantined" if known_bad else ""
    echo(f"  articles  {s.articles_seen} seen, {s.articles_loaded} loaded, "
         f"{s.articles_skipped} already loaded, {before_since}{s.quarantined} quarantined"
         f"{already_quarantined}")
    echo(f"  actors    {s.actors} ({s.mentions} mentions)")
    echo(f"  events    {s.events}")
    echo(f"  themes    {s.themes} article themes")
    echo(f"  checks    {s.checks_passed}/{s.checks_total} passed")
    for name in s.failed_checks:
        echo(f"  FAILED    {name}")
    if s.alert_sent:
        echo("  alert     sent to VIGIE_ALERT_WEBHOOK")
    elif s.failed_checks and alert_expected:
        # Said here as well as in the log: whoever reads the summary relies on the alert.
        echo("  alert     NOT delivered to VIGIE_ALERT_WEBHOOK (see the warnings above)")


def main() -> None:
    """The `vigie` console script: runs one command, then ends the process."""
    _exit(_run_command())


def _run_command() -> int:
    from vigie.interrupts import keep_ctrl_c

    keep_ctrl_c()  # a Ctrl-C that lands in a garbage collector's finalizer still stops
    debug = os.environ.get("VIGIE_DEBUG") == "1"
    try:
        code = app(standalone_mode=False)
    except (click.exceptions.Exit, typer.Exit) as exc:
        return exc.exit_code
    except (click.exceptions.Abort, typer.Abort, KeyboardInterrupt):
        print("vigie: aborted", file=sys.stderr)
        return 130
    except (click.UsageError, typer.TyperException) as exc:
        # Typer (0.29) raises its own copy of click's exceptions, which click's classes
        # do not catch: without this a bare `vigie` printed "NoArgsIsHelpError: Usage..."
        # and a mistyped option exited 1 under the exception's class name.
        return _usage_error(exc)
    except CliError as exc:
        print(f"vigie: error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - the contract: one line, no traceback
        if debug:
            raise
        from_warehouse = type(exc).__module__.startswith("warehouse")
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        prefix = "" if from_warehouse else f"{type(exc).__name__}: "
        print(f"vigie: error: {prefix}{msg}", file=sys.stderr)
        return 1
    # Without standalone mode an Exit raised inside a command (Ctrl-C becomes Exit(130))
    # comes back as the return value.
    if code == 130:
        print("vigie: aborted", file=sys.stderr)
    return code if isinstance(code, int) else 0


def _usage_error(exc: Exception) -> int:
    """A command-line mistake: one line naming it and the help to read; a bare `vigie`
    (or a command without its arguments when it has none) shows the help itself."""
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    if type(exc).__name__ == "NoArgsIsHelpError":
        print(message, file=sys.stderr)
        return 2
    ctx = getattr(exc, "ctx", None)
    hint = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
    first = message.strip().splitlines()[0] if message.strip() else type(exc).__name__
    if ctx is not None and ctx.info_name == "run":
        # A crontab line with a mistyped option fails every night the same way.
        _alert_refused_run(first, None, None)
    print(f"vigie: error: {first}{hint}", file=sys.stderr)
    return getattr(exc, "exit_code", 2) or 2


def _exit(code: int) -> NoReturn:
    """End the process without the interpreter's teardown.

    When a command returns, its work is committed and its files are closed. This
    does what the interpreter's exit does first: thread shutdown hooks (Prefect
    drains its log and event workers there), atexit handlers (it stops its
    temporary API server), flushing the streams. What is skipped is the final
    garbage collection of the spaCy, GX and Prefect objects, about 2 s after a run
    that serve nothing.
    """
    shutdown_threads = getattr(threading, "_shutdown", None)
    if shutdown_threads is None:  # not CPython: exit the usual way
        sys.exit(code)
    shutdown_threads()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # closed pipe: nothing left to say
            pass
    os._exit(code)


if __name__ == "__main__":
    main()
