"""`vigie export`: every table and view as Parquet.

events and articles are partitioned Hive-style by year and month (of event_date and
published_at): a nightly batch then lands in one or two folders, where per-day
partitions would scatter tiny files. Rows without a date land under year=NULL; a table
with no rows is one empty file, so that the glob below finds something to read.
Read back with polars.scan_parquet(out_dir / "events" / "**/*.parquet", hive_partitioning=True).
"""
from __future__ import annotations

from pathlib import Path

import duckdb

_PARTITION_DATE = {"events": "event_date", "articles": "published_at"}

# Left in every export folder, so that a folder walk of `vigie run` (which reads the
# same name in transforms/ingest.py) knows it for Vigie's output, not articles: an
# export kept in the source folder had each of its Parquet files quarantined nightly.
EXPORT_MARKER = ".vigie-export"

# Bookkeeping of the migrator itself, not data anyone analyses.
_NOT_EXPORTED = {"schema_version"}


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def exported_relations(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute("""
        SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary
        UNION ALL
        SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal
        ORDER BY 1
    """).fetchall()
    return [name for (name,) in rows if name not in _NOT_EXPORTED]


def export_parquet(con: duckdb.DuckDBPyConnection, out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / EXPORT_MARKER).write_text(
        "Written by `vigie export`; `vigie run` does not read this folder as articles.\n",
        encoding="utf-8")
    written: list[Path] = []
    for name in exported_relations(con):
        if name in _PARTITION_DATE:
            target = out_dir / name
            day = _PARTITION_DATE[name]
            rows = f'SELECT *, year({day}) AS year, month({day}) AS month FROM "{name}"'
            con.execute(f"""
                COPY ({rows}) TO {_literal(target)}
                (FORMAT parquet, PARTITION_BY (year, month), OVERWRITE)
            """)
            if not any(target.rglob("*.parquet")):
                # No rows (a first export before any night): a partitioned COPY writes no
                # file, and read_parquet('DIR/events/**/*.parquet') would fail with "No files
                # found". One empty file with the columns reads back as zero rows; the next
                # export's OVERWRITE clears it.
                target.mkdir(parents=True, exist_ok=True)
                con.execute(f"COPY ({rows}) TO {_literal(target / 'empty.parquet')} "
                            "(FORMAT parquet)")
            written.extend(sorted(target.rglob("*.parquet")))
        else:
            target = out_dir / f"{name}.parquet"
            con.execute(f'COPY (SELECT * FROM "{name}") TO {_literal(target)} (FORMAT parquet)')
            written.append(target)
    return written
