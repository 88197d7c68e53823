"""What a warehouse lost by hand since its migrations ran: views are put back, tables named.

The migrations record versions, not objects, so a view or table dropped by hand (an
analyst's `DROP VIEW v_events` in another client) stayed gone: a view missing broke the
README's queries with "Table with name v_events does not exist", a table missing failed
the next load with DuckDB's "Parser Error: SELECT clause without selection list".

The reference is the shipped migrations applied to an in-memory database, so nothing
here has to be kept in step with the SQL files.
"""
from __future__ import annotations

from functools import lru_cache

import duckdb

from warehouse.extensions import CONNECTION_CONFIG
from warehouse.migrate import apply_migrations

_TABLES = ("SELECT table_name FROM duckdb_tables() "
           "WHERE schema_name = 'main' AND NOT temporary")
_VIEWS = ("SELECT view_name, sql FROM duckdb_views() "
          "WHERE schema_name = 'main' AND NOT internal AND NOT temporary ORDER BY view_oid")


@lru_cache(maxsize=1)
def _reference() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """(table names, (view name, CREATE VIEW sql) in creation order) of a fresh warehouse."""
    con = duckdb.connect(":memory:", config=CONNECTION_CONFIG)
    try:
        apply_migrations(con)
        tables = frozenset(name for (name,) in con.execute(_TABLES).fetchall())
        views = tuple(con.execute(_VIEWS).fetchall())
    finally:
        con.close()
    return tables, views


def missing_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    tables, _ = _reference()
    present = {name for (name,) in con.execute(_TABLES).fetchall()}
    return sorted(tables - present)


def _missing_views(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(name, CREATE VIEW sql) of every shipped view `con` lacks, in creation order."""
    _, views = _reference()
    present = {name for (name, _) in con.execute(_VIEWS).fetchall()}
    return [(name, sql) for name, sql in views if name not in present]


def missing_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [name for name, _ in _missing_views(con)]


def restore_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Create again every shipped view that is missing and whose tables are there;
    returns their names. Views hold no data, so this loses nothing."""
    pending = _missing_views(con)
    restored: list[str] = []
    while pending:  # a view over a missing view waits for it; stop when none can be made
        left = []
        for name, sql in pending:
            try:
                con.execute(sql)
                restored.append(name)
            except duckdb.CatalogException:
                left.append((name, sql))
        if len(left) == len(pending):
            break
        pending = left
    return restored


def missing_tables_message(path: str, tables: list[str]) -> str:
    names = ", ".join(tables)
    return (f"the warehouse {path} has no table {names} (dropped by hand?); restore the "
            "file from a backup, or load into a new --db")
