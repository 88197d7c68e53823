"""Read-side questions the flow and the CLI ask the warehouse."""
from __future__ import annotations

import json
import re
from datetime import datetime

import duckdb
import polars as pl

from warehouse.errors import WarehouseError
from warehouse.extensions import missing_extension, refuse_extension_statements


def _as_dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def existing_article_ids(con: duckdb.DuckDBPyConnection, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    rows = con.execute(
        "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest($ids))",
        {"ids": list(ids)},
    ).fetchall()
    return {r[0] for r in rows}


def existing_content_hashes(con: duckdb.DuckDBPyConnection, hashes: list[str]) -> set[str]:
    if not hashes:
        return set()
    rows = con.execute(
        "SELECT DISTINCT content_hash FROM articles WHERE content_hash IN (SELECT unnest($h))",
        {"h": list(hashes)},
    ).fetchall()
    return {r[0] for r in rows}


def quarantined_content(con: duckdb.DuckDBPyConnection,
                        hashes: list[str]) -> list[tuple[str, str | None, str | None, datetime]]:
    """Articles an earlier run quarantined at validation (a failed row check) whose
    content hash is in `hashes`: (content_hash, language, published_at as text,
    when that run started, UTC) as the quarantine row's payload recorded them.

    Read from the payload (the article's row as JSON), so warehouses written before
    this question was asked answer it too; a payload cut short answers nothing."""
    if not hashes:
        return []
    return con.execute("""
        WITH judged AS (
            SELECT json_extract_string(q.payload, '$.content_hash') AS content_hash,
                   json_extract_string(q.payload, '$.language') AS language,
                   json_extract_string(q.payload, '$.published_at') AS published_at,
                   coalesce(r.started_at, q.quarantined_at) AS judged_at
            FROM quarantine q LEFT JOIN runs r USING (run_id)
            WHERE q.stage = 'validate' AND json_valid(q.payload))
        SELECT content_hash, language, published_at, max(judged_at) FROM judged
        WHERE content_hash IN (SELECT unnest($h))
        GROUP BY ALL
    """, {"h": list(hashes)}).fetchall()


def seen_sources(con: duckdb.DuckDBPyConnection, refs: list[str]) -> dict[str, str]:
    """Map each ref already seen (as a source_ref or as a URL) to the content hash it carried."""
    if not refs:
        return {}
    rows = con.execute("""
        WITH wanted AS (SELECT DISTINCT unnest($refs) AS ref)
        SELECT w.ref, any_value(s.content_hash ORDER BY s.source_ref = w.ref DESC)
        FROM wanted w JOIN source_index s ON s.source_ref = w.ref OR s.url = w.ref
        GROUP BY w.ref
    """, {"refs": list(refs)}).fetchall()
    return dict(rows)


def seen_url(con: duckdb.DuckDBPyConnection, url: str) -> bool:
    """True when url was recorded as an input ref or as an article URL (no refetch needed)."""
    if not url:
        return False
    rows = con.execute(
        "SELECT 1 FROM source_index WHERE source_ref = $u OR url = $u LIMIT 1", {"u": url}
    ).fetchall()
    return bool(rows)


def seen_entry(con: duckdb.DuckDBPyConnection, ref: str, link: str | None) -> bool:
    """True when the feed entry ref was recorded for this link (or with no URL to compare).

    A feed may reuse a GUID for a new story once the old one is gone: the ref alone
    would take the new story for the old one, so the URL recorded with it must match.
    """
    rows = con.execute(
        "SELECT 1 FROM source_index WHERE source_ref = $r AND (url IS NULL OR url = $l) LIMIT 1",
        {"r": ref, "l": link}).fetchall()
    return bool(rows)


def known_actor_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT actor_id FROM actors").fetchall()}


def recent_article_counts(con: duckdb.DuckDBPyConnection, n: int = 7) -> list[int]:
    """articles_seen of the last n finished runs, newest first (for volume-drop alerts).

    Volume is what the sources delivered, not what was new: a rerun of the same
    input is a healthy night, an empty feed is not.
    """
    rows = con.execute("""
        SELECT coalesce(articles_seen, 0) FROM runs
        WHERE finished_at IS NOT NULL
        ORDER BY finished_at DESC LIMIT $n
    """, {"n": max(int(n), 0)}).fetchall()
    return [r[0] for r in rows]


def last_run(con: duckdb.DuckDBPyConnection) -> dict | None:
    runs = _as_dicts(con.execute("SELECT * FROM runs ORDER BY started_at DESC LIMIT 1"))
    if not runs:
        return None
    run = runs[0]
    run["stage_seconds"] = json.loads(run["stage_seconds"]) if run["stage_seconds"] else {}
    return run


def quarantine_for_run(con: duckdb.DuckDBPyConnection, run_id: str,
                       limit: int = 20) -> tuple[list[dict], int]:
    """(the first `limit` quarantine rows of the run: stage, source_ref, reason; how many
    it has), for `vigie dq`: a failed check names articles, the quarantine says why."""
    total = con.execute("SELECT count(*) FROM quarantine WHERE run_id = ?",
                        [run_id]).fetchone()[0]
    shown = _as_dicts(con.execute(
        "SELECT stage, source_ref, reason FROM quarantine WHERE run_id = ? "
        "ORDER BY stage, source_ref, reason LIMIT ?", [run_id, max(int(limit), 0)]))
    return shown, total


def run_status(con: duckdb.DuckDBPyConnection, run_id: str) -> str | None:
    row = con.execute("SELECT status FROM runs WHERE run_id = ?", [run_id]).fetchone()
    return row[0] if row else None


def last_checked_run(con: duckdb.DuckDBPyConnection) -> str | None:
    """The newest run that recorded data-quality results (a failed run may have none)."""
    row = con.execute("""
        SELECT r.run_id FROM runs r
        WHERE EXISTS (SELECT 1 FROM dq_results d WHERE d.run_id = r.run_id)
        ORDER BY r.started_at DESC LIMIT 1
    """).fetchone()
    return row[0] if row else None


def dq_for_run(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> list[dict]:
    if run_id is None:
        latest = last_run(con)
        if latest is None:
            return []
        run_id = latest["run_id"]
    return _as_dicts(con.execute(
        "SELECT * FROM dq_results WHERE run_id = ? ORDER BY suite, expectation", [run_id]
    ))


# Column types polars cannot take from DuckDB (INTERVAL, UNION: "could not import"),
# cannot write as CSV/JSON (BLOB, BIT, BIGNUM) or would show wrong (UHUGEINT's largest
# values come out negative; TIME WITH TIME ZONE loses its offset): shown as DuckDB's
# own text for them.
_TEXT_ONLY_TYPES = re.compile(r"\b(INTERVAL|UNION|BLOB|BIT|BIGNUM|UHUGEINT|TIME WITH TIME ZONE)\b")
_NESTED_TYPE_IDS = {"list", "struct", "map", "array"}  # CSV has no nested values
# JSON object keys are strings: polars refuses to write a map keyed by anything else
# ("JSON Map keys must be String"), so such a column (a list of them too) is DuckDB's text.
_NON_TEXT_KEYED_MAP = re.compile(r"\bMAP\((?!VARCHAR,)")
# Dates and timestamps polars cannot print: DuckDB's 'infinity' and '-infinity', and
# years past chrono's ±262,143 (made a Rust panic and a traceback). Found in DuckDB's
# text of the value, which reads the same inside lists and structs; a year of six
# digits or more is shown as text too (harmless: it is the same value, as DuckDB says it).
# A TIME of '24:00:00' (DuckDB's end of day) came out as null: polars has no such time.
_TEMPORAL_TYPE = re.compile(r"\b(DATE|TIMESTAMP|TIME)")
_UNPRINTABLE_DATE = r"infinity|\d{6,}-\d\d-\d\d|\b24:00:00"


def sql(con: duckdb.DuckDBPyConnection, query: str, nested_as_text: bool = False,
        for_json: bool = False) -> pl.DataFrame:
    """Run any statement for `vigie sql`; statements without a result give an empty frame.

    Columns of types the output cannot hold come back as DuckDB's text for them
    ("finished_at - started_at" is an INTERVAL: '00:00:07.62'); `nested_as_text` does
    the same for lists, structs and maps (CSV output), and a date column holding a value
    polars cannot print ('infinity'::DATE) is DuckDB's text as well. `for_json` makes
    maps keyed by anything but text DuckDB's text ('{1=a, 2=b}')."""
    refuse_extension_statements(query)
    try:
        relation = con.sql(query)
        if relation is None:
            return pl.DataFrame()
        relation = _as_text(relation, {
            i for i, kind in enumerate(relation.types)
            if _TEXT_ONLY_TYPES.search(str(kind))
            or (nested_as_text and kind.id in _NESTED_TYPE_IDS)
            or (for_json and _NON_TEXT_KEYED_MAP.search(str(kind)))})
        dated = [i for i, kind in enumerate(relation.types) if _TEMPORAL_TYPE.search(str(kind))]
        if dated:
            # The query runs once: its result is read back from Arrow for the check.
            result = relation.arrow()
            result = result.read_all() if hasattr(result, "read_all") else result
            relation = con.from_arrow(result)
            relation = _as_text(relation, _unprintable_dates(relation, dated))
        return relation.pl()
    except duckdb.Error as exc:
        # The hint goes on the first line: the CLI prints only that one.
        first, *rest = str(exc).split("\n", 1)
        raise (missing_extension(exc) or WarehouseError("\n".join(
            [f"query failed: {first}{_missing_view_hint(con, exc)}", *rest]))) from exc


def _missing_view_hint(con: duckdb.DuckDBPyConnection, exc: duckdb.Error) -> str:
    # A view dropped by hand only said "Table with name v_events does not exist!".
    if not isinstance(exc, duckdb.CatalogException):
        return ""
    from warehouse.repair import missing_views

    gone = [name for name in missing_views(con) if name in str(exc)]
    if not gone:
        return ""
    return (f" ({', '.join(gone)} is one of Vigie's views, missing from this warehouse: "
            "the next `vigie run` on it creates it again)")


def _as_text(relation: duckdb.DuckDBPyRelation, columns: set[int]) -> duckdb.DuckDBPyRelation:
    if not columns:
        return relation
    return relation.project(", ".join(
        f"CAST(#{i + 1} AS VARCHAR) AS {_quoted(name)}" if i in columns
        else f"#{i + 1} AS {_quoted(name)}"
        for i, name in enumerate(relation.columns)))


def _unprintable_dates(relation: duckdb.DuckDBPyRelation, columns: list[int]) -> set[int]:
    checks = ", ".join(
        f"coalesce(bool_or(regexp_matches(CAST(#{i + 1} AS VARCHAR), '{_UNPRINTABLE_DATE}')),"
        " false)" for i in columns)
    [flags] = relation.aggregate(checks).fetchall()
    return {i for i, flag in zip(columns, flags, strict=True) if flag}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
