"""Opening the warehouse: one DuckDB file, migrated on open, one writer at a time.

Writers take a file lock on "<path>.lock" before DuckDB opens the file, so a second
vigie run waits for the first (up to wait_s) instead of failing on DuckDB's own lock.
"""
from __future__ import annotations

import logging
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl
from filelock import FileLock, Timeout

from warehouse import bookkeeping, export, loads, queries, repair
from warehouse.errors import WarehouseBusy, WarehouseError, disk_full_message
from warehouse.extensions import CONNECTION_CONFIG
from warehouse.loads import LoadStats
from warehouse.migrate import apply_migrations, pending_migrations
from warehouse.paths import folder_problem

MEMORY = ":memory:"

log = logging.getLogger(__name__)

# DuckDB's message when another process holds the file outside our lock (e.g. the duckdb CLI).
_DUCKDB_LOCK_CONFLICT = "Could not set lock"


def _busy(path: str) -> WarehouseBusy:
    return WarehouseBusy(f"database {path} is in use by another vigie run (lock {path}.lock)")


def _take_lock(path: str, wait_s: float) -> FileLock:
    # Checked here because filelock would silently create the missing folders.
    problem = folder_problem(path)
    if problem is not None:
        raise WarehouseError(f"cannot create database {path}: {problem}")
    lock = FileLock(f"{path}.lock", timeout=max(wait_s, 0))
    try:
        lock.acquire()
    except Timeout:
        raise _busy(path) from None
    except OSError as exc:
        raise WarehouseError(
            f"cannot create the lock file {path}.lock: {exc.strerror or exc}"
        ) from exc
    return lock


def _check_folder_writable(path: str) -> None:
    # DuckDB writes <db>.wal beside the file at the first commit: in a folder made
    # read-only after an earlier run (its .lock still there) a run got as far as recording
    # itself, then failed with "TransactionException: ... Cannot open file ...wal".
    folder = Path(path).resolve().parent
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".vigie-write-check-"):
            pass
    except OSError as exc:
        raise WarehouseError(
            f"cannot write database {path}: its folder {folder} is not writable "
            f"({exc.strerror or exc}); DuckDB keeps {Path(path).name}.wal beside the file"
        ) from None


def _connect(path: str, read_only: bool, deadline: float) -> duckdb.DuckDBPyConnection:
    while True:
        try:
            return duckdb.connect(path, read_only=read_only, config=CONNECTION_CONFIG)
        except duckdb.Error as exc:
            message = str(exc)
            if _DUCKDB_LOCK_CONFLICT in message:
                if time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                raise _busy(path) from exc
            if "not a valid DuckDB database" in message:
                raise WarehouseError(
                    f"{path} is not a DuckDB database (corrupt or another kind of file)"
                ) from exc
            raise WarehouseError(f"cannot open database {path}: {message}") from exc


def open_warehouse(path: str | Path, wait_s: float = 30.0, read_only: bool = False) -> Warehouse:
    """Open (creating and migrating if needed) the warehouse at path; ":memory:" for tests."""
    path = str(path)
    deadline = time.monotonic() + max(wait_s, 0)
    if path == MEMORY:
        return Warehouse(_open_migrated(path, read_only=False), path, lock=None)
    if read_only:
        if not Path(path).is_file():
            raise WarehouseError(f"database {path} does not exist")
        return Warehouse(_open_read_only(path, deadline), path, lock=None)
    lock = _take_lock(path, wait_s)
    try:
        _check_folder_writable(path)
        return Warehouse(_open_migrated(path, read_only=False, deadline=deadline), path, lock)
    except BaseException:
        lock.release()
        raise


def _open_migrated(path: str, read_only: bool, deadline: float = 0.0) -> duckdb.DuckDBPyConnection:
    con = _connect(path, read_only, deadline)
    try:
        apply_migrations(con, path)
        restored = repair.restore_views(con)
        if restored:
            log.warning("recreated view(s) missing from %s: %s", path, ", ".join(restored))
    except duckdb.Error as exc:
        con.close()
        raise WarehouseError(f"cannot prepare database {path}: {exc}") from exc
    except BaseException:
        con.close()
        raise
    return con


def _open_read_only(path: str, deadline: float) -> duckdb.DuckDBPyConnection:
    # Readers take no vigie lock (several may read at once) and cannot migrate.
    con = _connect(path, True, deadline)
    try:
        if pending_migrations(con, path):
            raise WarehouseError(
                f"database {path} was made by an older vigie; open it once for writing "
                "(e.g. vigie run) to upgrade it"
            )
    except BaseException:
        con.close()
        raise
    return con


class Warehouse:
    """A migrated DuckDB connection; every method is safe to call from several threads."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, lock: FileLock | None):
        self.path = path
        self._con: duckdb.DuckDBPyConnection | None = con
        self._lock = lock
        # One DuckDB connection must not run two statements at once (thread task runners).
        self._guard = threading.RLock()

    def __enter__(self) -> Warehouse:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        with self._guard:
            if self._con is not None:
                self._con.close()
                self._con = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def _call(self, operation, *args, **kwargs):
        with self._guard:
            if self._con is None:
                raise WarehouseError(f"database {self.path} is already closed")
            try:
                return operation(self._con, *args, **kwargs)
            except duckdb.CatalogException:
                # A table dropped by hand: name it rather than DuckDB's catalog error.
                missing = repair.missing_tables(self._con)
                if missing:
                    raise WarehouseError(
                        repair.missing_tables_message(self.path, missing)) from None
                raise

    def recreate_dropped_tables(self) -> None:
        """Create again, empty, the bookkeeping tables dropped by hand (warehouse.repair)."""
        recreated = self._call(repair.recreate_bookkeeping_tables)
        if recreated:
            log.warning("recreated, empty, the table(s) missing from %s: %s",
                        self.path, ", ".join(recreated))

    def require_data_tables(self, run_id: str) -> None:
        """Refuse the run, naming them, when tables holding loaded data were dropped."""
        lost = self._call(repair.lost_tables)
        if lost:
            raise WarehouseError(f"run {run_id} stopped before reading its sources: "
                                 + repair.missing_tables_message(self.path, lost))

    # -- runs and checks
    def start_run(self, run_id: str, flow_run_id: str | None, started_at: datetime) -> None:
        self._call(bookkeeping.start_run, run_id, flow_run_id, started_at)

    def finish_run(self, run_id: str, status: str, *, articles_seen: int, articles_loaded: int,
                   articles_quarantined: int, events_loaded: int,
                   stage_seconds: dict[str, float]) -> None:
        self._call(bookkeeping.finish_run, run_id, status, articles_seen=articles_seen,
                   articles_loaded=articles_loaded, articles_quarantined=articles_quarantined,
                   events_loaded=events_loaded, stage_seconds=stage_seconds)

    def record_dq(self, run_id: str, results: list[tuple[str, str, bool, object]]) -> None:
        self._call(bookkeeping.record_dq, run_id, results)

    def quarantine(self, run_id: str, rows: list) -> int:
        return self._call(bookkeeping.quarantine, run_id, rows)

    def dq_for_run(self, run_id: str | None = None) -> list[dict]:
        return self._call(queries.dq_for_run, run_id)

    def quarantine_for_run(self, run_id: str, limit: int = 20) -> tuple[list[dict], int]:
        return self._call(queries.quarantine_for_run, run_id, limit)

    def run_status(self, run_id: str) -> str | None:
        return self._call(queries.run_status, run_id)

    def last_checked_run(self) -> str | None:
        return self._call(queries.last_checked_run)

    def last_run(self) -> dict | None:
        return self._call(queries.last_run)

    def recent_article_counts(self, n: int = 7) -> list[int]:
        return self._call(queries.recent_article_counts, n)

    # -- incremental loading
    def existing_article_ids(self, ids: list[str]) -> set[str]:
        return self._call(queries.existing_article_ids, ids)

    def existing_content_hashes(self, hashes: list[str]) -> set[str]:
        return self._call(queries.existing_content_hashes, hashes)

    def quarantined_content(self, hashes: list[str]) -> list[tuple]:
        """(content_hash, language, published_at text, when) of articles an earlier run
        quarantined at validation."""
        return self._call(queries.quarantined_content, hashes)

    def seen_sources(self, refs: list[str]) -> dict[str, str]:
        return self._call(queries.seen_sources, refs)

    def record_source(self, ref: str, content_hash: str, article_id: str, *,
                      url: str | None = None, run_id: str | None = None) -> None:
        self._call(bookkeeping.record_source, ref, content_hash, article_id,
                   url=url, run_id=run_id)

    def record_sources(self, run_id: str | None,
                       rows: list[tuple[str, str | None, str, str]]) -> None:
        """Bulk form of record_source: (source_ref, url, content_hash, article_id) rows."""
        self._call(bookkeeping.record_sources, run_id, rows)

    def seen_url(self, url: str) -> bool:
        """Part of flows.sources.SourceMemory: was this URL or input ref recorded already?"""
        return self._call(queries.seen_url, url)

    def seen_entry(self, ref: str, link: str | None) -> bool:
        """Part of flows.sources.SourceMemory: was this feed entry recorded with this link?"""
        return self._call(queries.seen_entry, ref, link)

    def remember_links(self, run_id: str | None, pairs: list[tuple[str, str]]) -> None:
        self._call(bookkeeping.remember_links, run_id, pairs)

    def feed_state(self, feed_url: str) -> tuple[str | None, str | None] | None:
        return self._call(bookkeeping.feed_state, feed_url)

    def save_feed_state(self, feed_url: str, etag: str | None, last_modified: str | None) -> None:
        self._call(bookkeeping.save_feed_state, feed_url, etag, last_modified)

    def known_actor_ids(self) -> set[str]:
        return self._call(queries.known_actor_ids)

    # -- loading and reading
    def ensure_themes(self, rows: list[tuple[str, str, str | None]]) -> None:
        self._call(bookkeeping.ensure_themes, rows)

    def load(self, run_id: str, frames: dict[str, pl.DataFrame]) -> LoadStats:
        # Checked first: a table missing failed the INSERT with DuckDB's
        # "Parser Error: SELECT clause without selection list".
        missing = self._call(repair.missing_tables)
        if missing:
            raise WarehouseError(f"load of run {run_id} failed and was rolled back: "
                                 + repair.missing_tables_message(self.path, missing))
        try:
            return self._call(loads.load_frames, run_id, frames)
        except WarehouseError as exc:
            full = disk_full_message(self.path, run_id, exc.__cause__)
            if full is None:
                raise
            raise WarehouseError(full) from exc.__cause__

    def sql(self, query: str, nested_as_text: bool = False,
            for_json: bool = False) -> pl.DataFrame:
        return self._call(queries.sql, query, nested_as_text, for_json)

    def export_parquet(self, out_dir: Path) -> list[Path]:
        return self._call(export.export_parquet, out_dir)
