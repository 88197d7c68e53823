"""Bulk, idempotent, all-or-nothing load of one batch of extracted frames.

The frames are handed to DuckDB as Arrow tables (zero-copy registration) and moved
with INSERT ... SELECT, never row by row. Everything happens in one transaction, so a
failure or a kill -9 mid-load leaves the warehouse as it was before the batch.
"""
from __future__ import annotations

from dataclasses import dataclass

import duckdb
import polars as pl

from warehouse.errors import WarehouseError

# Frames the flow hands over, by table name; any may be missing or empty.
FRAME_TABLES = ("articles", "actors", "actor_mentions", "events", "article_themes")

# Child tables: rows are loaded only for articles this batch adds.
_ARTICLE_CHILDREN = ("actor_mentions", "events", "article_themes")


@dataclass(frozen=True)
class LoadStats:
    articles_loaded: int = 0
    actors_added: int = 0
    mentions_loaded: int = 0
    events_loaded: int = 0
    themes_loaded: int = 0


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ? "
        "ORDER BY column_index",
        [table],
    ).fetchall()
    return [name for (name,) in rows]


def _shared_columns(con, table: str, frame: pl.DataFrame, *, leave_out=()) -> str:
    """Frame columns the table has: extra frame columns are ignored, missing ones get defaults."""
    wanted = [c for c in table_columns(con, table) if c in frame.columns and c not in leave_out]
    return ", ".join(f'"{c}"' for c in wanted)


def _staged_name(table: str) -> str:
    return f"incoming_{table}"


def load_frames(con: duckdb.DuckDBPyConnection, run_id: str,
                frames: dict[str, pl.DataFrame]) -> LoadStats:
    batch = {t: f for t, f in frames.items() if t in FRAME_TABLES and f is not None and f.width}
    for table, frame in batch.items():
        con.register(_staged_name(table), frame.to_arrow())
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            stats = _load_in_transaction(con, run_id, batch)
            con.execute("COMMIT")
        except BaseException as exc:
            _rollback(con)
            if isinstance(exc, duckdb.Error):
                reason = str(exc).strip().splitlines()[0]
                raise WarehouseError(
                    f"load of run {run_id} failed and was rolled back: {reason}") from exc
            raise
    finally:
        for table in batch:
            con.unregister(_staged_name(table))
    return stats


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    # A failed COMMIT may already have ended the transaction; the original error matters more.
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


def _count(result: duckdb.DuckDBPyConnection) -> int:
    # fetchall, not fetchone: DuckDB 2 refuses later con.sql() while a result is unfinished.
    rows = result.fetchall()
    return int(rows[0][0]) if rows else 0


def _load_in_transaction(con, run_id: str, batch: dict[str, pl.DataFrame]) -> LoadStats:
    counts: dict[str, int] = {}
    # The set of articles this batch adds is fixed before anything is inserted; a
    # duplicate article_id inside the batch (same text from two inputs) counts once.
    con.execute("CREATE OR REPLACE TEMP TABLE batch_new_articles (article_id VARCHAR PRIMARY KEY)")
    if "articles" in batch:
        con.execute(f"""
            INSERT INTO batch_new_articles
            SELECT DISTINCT article_id FROM {_staged_name('articles')}
            WHERE article_id IS NOT NULL
              AND article_id NOT IN (SELECT article_id FROM articles)
        """)
        columns = _shared_columns(con, "articles", batch["articles"], leave_out=("run_id",))
        counts["articles"] = _count(con.execute(f"""
            INSERT INTO articles BY NAME
            SELECT {columns}, $run_id AS run_id FROM {_staged_name('articles')}
            WHERE article_id IN (SELECT article_id FROM batch_new_articles)
            QUALIFY row_number() OVER (PARTITION BY article_id) = 1
        """, {"run_id": run_id}))
        _record_sources(con, run_id, batch["articles"])

    if "actors" in batch:
        columns = _shared_columns(con, "actors", batch["actors"])
        counts["actors"] = _count(con.execute(f"""
            INSERT INTO actors BY NAME
            SELECT {columns} FROM {_staged_name('actors')}
            WHERE actor_id IS NOT NULL
            QUALIFY row_number() OVER (PARTITION BY actor_id) = 1
            ON CONFLICT DO NOTHING
        """))

    for table in _ARTICLE_CHILDREN:
        if table not in batch:
            continue
        columns = _shared_columns(con, table, batch[table])
        # DISTINCT drops exact repeats (the same article extracted twice); two different
        # rows under one primary key still fail, and roll the whole batch back.
        counts[table] = _count(con.execute(f"""
            INSERT INTO {table} BY NAME
            SELECT DISTINCT {columns} FROM {_staged_name(table)}
            WHERE article_id IN (SELECT article_id FROM batch_new_articles)
        """))
    con.execute("DROP TABLE batch_new_articles")
    # Counted in the same transaction as the rows: a run killed or failing after this
    # chunk still says in `runs` what it added (finish_run later writes the same totals).
    con.execute("""
        UPDATE runs SET articles_loaded = coalesce(articles_loaded, 0) + $articles,
                        events_loaded = coalesce(events_loaded, 0) + $events
        WHERE run_id = $run_id
    """, {"articles": counts.get("articles", 0), "events": counts.get("events", 0),
          "run_id": run_id})
    return LoadStats(
        articles_loaded=counts.get("articles", 0),
        actors_added=counts.get("actors", 0),
        mentions_loaded=counts.get("actor_mentions", 0),
        events_loaded=counts.get("events", 0),
        themes_loaded=counts.get("article_themes", 0),
    )


def _record_sources(con, run_id: str, articles: pl.DataFrame) -> None:
    """Remember every input ref of the batch, skipped duplicates included."""
    needed = {"source_ref", "content_hash", "article_id"}
    if not needed <= set(articles.columns):
        return
    url = "any_value(url)" if "url" in articles.columns else "NULL"
    con.execute(f"""
        INSERT INTO source_index
            (source_ref, url, content_hash, article_id, first_seen_run, last_seen_run)
        SELECT source_ref, {url}, any_value(content_hash), any_value(article_id), $run_id, $run_id
        FROM {_staged_name('articles')}
        WHERE source_ref IS NOT NULL AND content_hash IS NOT NULL AND article_id IS NOT NULL
        GROUP BY source_ref
        ON CONFLICT (source_ref) DO UPDATE SET
            url = excluded.url,
            content_hash = excluded.content_hash,
            article_id = excluded.article_id,
            last_seen_run = excluded.last_seen_run
    """, {"run_id": run_id})
