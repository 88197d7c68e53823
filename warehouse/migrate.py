"""Versioned schema migrations: warehouse/migrations/NNN_name.sql, applied in order.

The applied versions are recorded in `schema_version`, so a database made by an
older vigie is upgraded the next time it is opened read-write.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import duckdb

from warehouse.errors import WarehouseError

_MIGRATION_NAME = re.compile(r"^(\d{3})_(\w+)\.sql$")

_SCHEMA_VERSION_DDL = """
CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER PRIMARY KEY,
    name        VARCHAR NOT NULL,
    applied_at  TIMESTAMP DEFAULT current_timestamp
)
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    """The migrations shipped with this version of vigie, oldest first."""
    found = []
    for entry in resources.files("warehouse").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda m: m.version)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """Highest applied version; 0 for a database vigie never touched."""
    has_table = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version'"
    ).fetchall()[0][0]
    if not has_table:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]


def pending_migrations(con: duckdb.DuckDBPyConnection, path: str | None = None
                       ) -> list[Migration]:
    applied = current_version(con)
    shipped = available_migrations()
    if shipped and applied > shipped[-1].version:
        # The path: a cron job loading several warehouses could not tell which one it was.
        where = f"the database {path}" if path else "the database"
        raise WarehouseError(
            f"{where} has schema version {applied}, newer than this vigie knows "
            f"({shipped[-1].version}); upgrade vigie to open it"
        )
    return [m for m in shipped if m.version > applied]


def apply_migrations(con: duckdb.DuckDBPyConnection, path: str | None = None) -> list[int]:
    """Apply every pending migration, each in its own transaction; returns the versions applied."""
    con.execute(_SCHEMA_VERSION_DDL)
    applied = []
    for migration in pending_migrations(con, path):
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_version (version, name) VALUES (?, ?)",
                [migration.version, migration.name],
            )
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise WarehouseError(
                f"migration {migration.version:03d}_{migration.name} failed: {exc}"
            ) from exc
        applied.append(migration.version)
    return applied
