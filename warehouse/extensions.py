"""No DuckDB extension is ever downloaded: Vigie makes no network call beyond the
package registries, and a nightly machine may have no network at all.

DuckDB's defaults would fetch one from extensions.duckdb.org on `INSTALL`, and on any
query that needs an extension not in the wheel (read_xlsx, an https:// file, ATTACH
'md:'). Every connection turns autoinstall and autoload off (CONNECTION_CONFIG), and
`vigie sql` refuses the statements that would install, load or turn them back on.
json, parquet and icu are built into the wheel and keep working.
"""
from __future__ import annotations

import re

import duckdb

from warehouse.errors import WarehouseError

CONNECTION_CONFIG = {"autoinstall_known_extensions": False,
                     "autoload_known_extensions": False}

_REFUSAL = ("vigie sql does not install or load DuckDB extensions (Vigie makes no "
            "network call); json, parquet and icu are built in")

# DuckDB's ways of saying a query needs an extension that is not loaded.
_NEEDED = re.compile(r"requires the extension (\w+)|exists in the (\w+) extension"
                     r"|Extension \"(\w+)\" is an existing extension"
                     r"|required extension '(\w+)")


def refuse_extension_statements(query: str) -> None:
    """Raise WarehouseError for INSTALL, LOAD, and SET/RESET/PRAGMA of an extension
    setting (autoinstall_known_extensions, custom_extension_repository, ...)."""
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error:
        return  # not SQL DuckDB can parse: running it says why
    for statement in statements:
        if statement.type == duckdb.StatementType.LOAD:  # INSTALL, FORCE INSTALL, LOAD
            raise WarehouseError(f"{_REFUSAL}: {_one_line(statement.query)}")
        if (statement.type == duckdb.StatementType.SET
                and "extension" in statement.query.lower()):
            raise WarehouseError(f"{_REFUSAL}: {_one_line(statement.query)}")


def missing_extension(exc: duckdb.Error) -> WarehouseError | None:
    """The one-line error for a query that failed for want of an extension, else None."""
    found = _NEEDED.search(str(exc))
    if found is None:
        return None
    name = next(group for group in found.groups() if group)
    return WarehouseError(f"query failed: it needs DuckDB's '{name}' extension, and "
                          f"{_REFUSAL}")


def _one_line(statement: str) -> str:
    return " ".join(statement.split()).rstrip(";")
