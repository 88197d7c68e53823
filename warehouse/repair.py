"""What a warehouse lost by hand since its migrations ran: views are put back, the run's
own bookkeeping tables created again empty, the tables that hold loaded data named.

The migrations record versions, not objects, so a view or table dropped by hand (an
analyst's `DROP VIEW v_events` in another client) stayed gone: a view missing broke the
README's queries with "Table with name v_events does not exist", a table missing failed
the next load with DuckDB's "Parser Error: SELECT clause without selection list".

The reference is the shipped migrations applied to an in-memory database, so nothing
here has to be kept in step with the SQL files.

A run used to go through its whole extraction with a table missing and fail at the load
("restore the file from a backup"), even for `dq_results` or `runs`, which an analyst
clearing history may well drop. Those tables hold what the run itself writes, or what the
next run fills again (theme labels, feed validators, where each article was seen), so
a run creates them again, empty. The data tables' rows cannot come back from anything a
run reads (an article already loaded is not extracted again), so a run on a warehouse
missing one stops as soon as it has recorded itself, before it reads any source.
"""
from __future__ import annotations

from functools import lru_cache

import duckdb

from warehouse.errors import WarehouseError
from warehouse.extensions import CONNECTION_CONFIG
from warehouse.migrate import apply_migrations

_TABLES = ("SELECT table_name FROM duckdb_tables() "
           "WHERE schema_name = 'main' AND NOT temporary")
_VIEWS = ("SELECT view_name, sql FROM duckdb_views() "
          "WHERE schema_name = 'main' AND NOT internal AND NOT temporary ORDER BY view_oid")


@lru_cache(maxsize=1)
def _reference() -> tuple[frozenset[str], tuple[tuple[str, str], ...], dict[str, str]]:
    """(table names, (view name, CREATE VIEW sql) in creation order, table name -> CREATE
    TABLE sql) of a fresh warehouse: the tables as every migration left them."""
    con = duckdb.connect(":memory:", config=CONNECTION_CONFIG)
    try:
        apply_migrations(con)
        table_sql = dict(con.execute(_TABLES.replace("table_name", "table_name, sql", 1))
                         .fetchall())
        views = tuple(con.execute(_VIEWS).fetchall())
    finally:
        con.close()
    return frozenset(table_sql), views, table_sql


# Recreated empty before a run. What is lost with them: run history and check results
# (runs, dq_results), the quarantine's memory (an article quarantined before is checked
# once more), feed validators (each feed fetched in full once), the places already seen
# (source_index: URLs fetched once more, their text known by its hash, so nothing is loaded
# twice). themes is the taxonomy, written again by every run.
RECREATED_EMPTY = frozenset({"runs", "dq_results", "quarantine", "feed_state", "source_index",
                             "themes"})


def missing_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    tables = _reference()[0]
    present = {name for (name,) in con.execute(_TABLES).fetchall()}
    return sorted(tables - present)


def _missing_views(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(name, CREATE VIEW sql) of every shipped view `con` lacks, in creation order."""
    views = _reference()[1]
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


def recreate_bookkeeping_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Create again, empty and as the migrations left them, the RECREATED_EMPTY tables
    dropped by hand (then any view over them); returns their names."""
    table_sql = _reference()[2]
    missing = [name for name in missing_tables(con) if name in RECREATED_EMPTY]
    for name in missing:
        con.execute(table_sql[name])
    return missing + restore_views(con) if missing else []


def lost_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The data tables dropped by hand, which no run can fill again."""
    return [name for name in missing_tables(con) if name not in RECREATED_EMPTY]


def missing_tables_message(path: str, tables: list[str]) -> str:
    names = ", ".join(tables)
    return (f"the warehouse {path} has no table {names} (dropped by hand?); restore the "
            "file from a backup, or load into a new --db")
