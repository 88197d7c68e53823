"""`vigie export`: every table and view as Parquet.

events and articles are partitioned Hive-style by year and month (of event_date and
published_at): a nightly batch then lands in one or two folders, where per-day
partitions would scatter tiny files. Rows without a date land under year=NULL; a table
with no rows is one empty file, so that the glob below finds something to read.
Read back with polars.scan_parquet(out_dir / "events" / "**/*.parquet", hive_partitioning=True).
"""
from __future__ import annotations

import json
from pathlib import Path

import duckdb

from warehouse.errors import WarehouseError

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
    """Every relation as Parquet under out_dir; a folder that cannot be written (read-only,
    no permission, a full disk) is a WarehouseError naming it, not Python's or DuckDB's
    own error line ("PermissionError: [Errno 13] ...", "IO Error: Async write failed ...")."""
    out_dir = Path(out_dir)
    try:
        return _write(con, out_dir)
    except OSError as exc:
        raise WarehouseError(f"cannot write the export under {out_dir}: "
                             f"{exc.strerror or exc} ({exc.filename or out_dir})") from None
    except duckdb.IOException as exc:
        raise WarehouseError(f"cannot write the export under {out_dir}: "
                             f"{_io_reason(exc)}") from None


def _io_reason(exc: duckdb.IOException) -> str:
    """DuckDB's IO errors end in a JSON object whose exception_message is the sentence."""
    text = str(exc)
    start = text.find("{")
    if start >= 0:
        try:
            return json.loads(text[start:])["exception_message"]
        except (ValueError, KeyError, TypeError):
            pass
    return text.removeprefix("IO Error: ").splitlines()[0]


def _write(con: duckdb.DuckDBPyConnection, out_dir: Path) -> list[Path]:
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
