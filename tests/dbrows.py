"""Reading a warehouse file from a test, read-only, without keeping it open."""
from __future__ import annotations

from pathlib import Path

import duckdb

# Tables a rerun on the same input must leave unchanged (runs and dq_results log each run).
STABLE_TABLES = ("articles", "actors", "actor_mentions", "events", "themes", "article_themes",
                 "quarantine", "source_index")


def rows(db: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def stable_counts(db: Path) -> dict[str, int]:
    return {t: rows(db, f"select count(*) from {t}")[0][0] for t in STABLE_TABLES}
