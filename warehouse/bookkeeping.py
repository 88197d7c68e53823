"""What the pipeline writes about itself: runs, data-quality results, quarantine,
feed validators, the source index and the theme dictionary."""
from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import duckdb
import polars as pl

if TYPE_CHECKING:
    from transforms.records import Rejected


def utc_naive(moment: datetime) -> datetime:
    """TIMESTAMP columns hold UTC without an offset; naive inputs are taken as UTC already."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def _now() -> datetime:
    return utc_naive(datetime.now(timezone.utc))


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, frame: pl.DataFrame):
    """Expose a frame to SQL under `name` for the duration of the block."""
    con.register(name, frame.to_arrow())
    try:
        yield name
    finally:
        con.unregister(name)


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, flow_run_id: str | None,
              started_at: datetime) -> None:
    # A run still 'running' here was killed: the writer lock proves nobody else runs.
    con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running' "
                "AND run_id <> ?", [run_id])
    con.execute("""
        INSERT INTO runs (run_id, flow_run_id, started_at, status) VALUES (?, ?, ?, 'running')
        ON CONFLICT (run_id) DO UPDATE SET
            flow_run_id = excluded.flow_run_id, started_at = excluded.started_at,
            status = 'running', finished_at = NULL
    """, [run_id, flow_run_id, utc_naive(started_at)])


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str, *, articles_seen: int,
               articles_loaded: int, articles_quarantined: int, events_loaded: int,
               stage_seconds: dict[str, float]) -> None:
    now = _now()
    # Upsert so a run that failed before start_run was recorded is still accounted for.
    con.execute("""
        INSERT INTO runs (run_id, started_at, finished_at, status, articles_seen, articles_loaded,
                          articles_quarantined, events_loaded, stage_seconds)
        VALUES ($run_id, $now, $now, $status, $seen, $loaded, $quarantined, $events, $stages)
        ON CONFLICT (run_id) DO UPDATE SET
            finished_at = excluded.finished_at, status = excluded.status,
            articles_seen = excluded.articles_seen, articles_loaded = excluded.articles_loaded,
            articles_quarantined = excluded.articles_quarantined,
            events_loaded = excluded.events_loaded, stage_seconds = excluded.stage_seconds
    """, {"run_id": run_id, "now": now, "status": status, "seen": articles_seen,
          "loaded": articles_loaded, "quarantined": articles_quarantined,
          "events": events_loaded, "stages": json.dumps(stage_seconds, sort_keys=True)})


def record_dq(con: duckdb.DuckDBPyConnection, run_id: str,
              results: list[tuple[str, str, bool, object]]) -> None:
    if not results:
        return
    incoming_dq = pl.DataFrame(
        {
            "suite": [str(r[0]) for r in results],
            "expectation": [str(r[1]) for r in results],
            "success": [bool(r[2]) for r in results],
            "details": [_as_text(r[3]) for r in results],
        },
        schema={"suite": pl.String, "expectation": pl.String, "success": pl.Boolean,
                "details": pl.String},
    )
    with registered(con, "incoming_dq", incoming_dq):
        con.execute("""
        INSERT INTO dq_results (run_id, suite, expectation, success, details)
        SELECT $run_id, suite, expectation, success, details FROM incoming_dq
    """, {"run_id": run_id})


def _as_text(details: object) -> str | None:
    if details is None or isinstance(details, str):
        return details
    return json.dumps(details, sort_keys=True, default=str)


def quarantine(con: duckdb.DuckDBPyConnection, run_id: str, rows: list[Rejected]) -> int:
    """Insert rejected inputs not already quarantined under the same (stage, source_ref, reason)."""
    if not rows:
        return 0
    incoming_rejects = pl.DataFrame(
        {
            "stage": [r.stage for r in rows],
            "source_ref": [r.source_ref for r in rows],
            "reason": [r.reason for r in rows],
            "payload": [None if r.payload is None else str(r.payload) for r in rows],
        },
        schema={c: pl.String for c in ("stage", "source_ref", "reason", "payload")},
    )
    with registered(con, "incoming_rejects", incoming_rejects):
        inserted = con.execute("""
        INSERT INTO quarantine (run_id, stage, source_ref, reason, payload)
        SELECT $run_id, i.stage, i.source_ref, i.reason, any_value(i.payload)
        FROM incoming_rejects i
        WHERE NOT EXISTS (
            SELECT 1 FROM quarantine q
            WHERE q.stage = i.stage AND q.reason = i.reason
              AND q.source_ref IS NOT DISTINCT FROM i.source_ref)
        GROUP BY i.stage, i.source_ref, i.reason
    """, {"run_id": run_id}).fetchall()
    return int(inserted[0][0]) if inserted else 0


def feed_state(con: duckdb.DuckDBPyConnection, feed_url: str) -> tuple[str | None, str | None] | None:
    row = con.execute(
        "SELECT etag, last_modified FROM feed_state WHERE feed_url = ?", [feed_url]
    ).fetchall()
    return (row[0][0], row[0][1]) if row else None


def save_feed_state(con: duckdb.DuckDBPyConnection, feed_url: str, etag: str | None,
                    last_modified: str | None) -> None:
    con.execute("""
        INSERT INTO feed_state (feed_url, etag, last_modified, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (feed_url) DO UPDATE SET
            etag = excluded.etag, last_modified = excluded.last_modified,
            updated_at = excluded.updated_at
    """, [feed_url, etag, last_modified, _now()])


def record_source(con: duckdb.DuckDBPyConnection, source_ref: str, content_hash: str,
                  article_id: str, *, url: str | None = None, run_id: str | None = None) -> None:
    con.execute("""
        INSERT INTO source_index
            (source_ref, url, content_hash, article_id, first_seen_run, last_seen_run)
        VALUES ($ref, $url, $hash, $article_id, $run_id, $run_id)
        ON CONFLICT (source_ref) DO UPDATE SET
            url = coalesce(excluded.url, source_index.url),
            content_hash = excluded.content_hash, article_id = excluded.article_id,
            last_seen_run = coalesce(excluded.last_seen_run, source_index.last_seen_run)
    """, {"ref": source_ref, "url": url, "hash": content_hash, "article_id": article_id,
          "run_id": run_id})


def record_sources(con: duckdb.DuckDBPyConnection, run_id: str | None,
                   rows: list[tuple[str, str | None, str, str]]) -> None:
    """Bulk record_source for (source_ref, url, content_hash, article_id) rows, e.g. the
    inputs the flow skipped because their content was already loaded."""
    if not rows:
        return
    incoming_sources = pl.DataFrame(
        rows, schema={c: pl.String for c in ("source_ref", "url", "content_hash", "article_id")},
        orient="row",
    )
    with registered(con, "incoming_sources", incoming_sources):
        con.execute("""
        INSERT INTO source_index
            (source_ref, url, content_hash, article_id, first_seen_run, last_seen_run)
        SELECT source_ref, any_value(url), any_value(content_hash), any_value(article_id),
               $run_id, $run_id
        FROM incoming_sources
        WHERE source_ref IS NOT NULL
        GROUP BY source_ref
        ON CONFLICT (source_ref) DO UPDATE SET
            url = coalesce(excluded.url, source_index.url),
            content_hash = excluded.content_hash, article_id = excluded.article_id,
            last_seen_run = coalesce(excluded.last_seen_run, source_index.last_seen_run)
        -- A ref seen again with the same content is left alone, so a rerun on unchanged
        -- input writes nothing (last_seen_run is the last run that brought news from it).
        WHERE source_index.content_hash IS DISTINCT FROM excluded.content_hash
           OR (excluded.url IS NOT NULL AND source_index.url IS DISTINCT FROM excluded.url)
    """, {"run_id": run_id})


def remember_links(con: duckdb.DuckDBPyConnection, run_id: str | None,
                   pairs: list[tuple[str, str]]) -> None:
    """Record each (ref, link) pair's link as a ref of its own, copying the ref's row.

    A feed entry whose link redirects is recorded under its ref with the page's URL; the
    link is recorded too so the next night skips it (seen_url). Only refs recorded by the
    load are copied: an entry quarantined this night is asked for again."""
    for ref, link in pairs:
        con.execute("""
            INSERT INTO source_index
                (source_ref, url, content_hash, article_id, first_seen_run, last_seen_run)
            SELECT $link, url, content_hash, article_id, $run_id, $run_id
            FROM source_index WHERE source_ref = $ref
            ON CONFLICT (source_ref) DO NOTHING
        """, {"ref": ref, "link": link, "run_id": run_id})


def ensure_themes(con: duckdb.DuckDBPyConnection,
                  rows: list[tuple[str, str, str | None]]) -> None:
    """Upsert the taxonomy, so a relabelled theme shows its new label everywhere."""
    if not rows:
        return
    con.executemany("""
        INSERT INTO themes (theme_code, label, label_fr) VALUES (?, ?, ?)
        ON CONFLICT (theme_code) DO UPDATE SET label = excluded.label, label_fr = excluded.label_fr
    """, [list(r) for r in rows])
