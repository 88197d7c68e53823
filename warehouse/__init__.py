"""The DuckDB warehouse: every DuckDB statement of vigie lives in this package.

Its names are imported on first use (PEP 562), so that a light module of the package
(`warehouse.paths`) can be imported without DuckDB and polars (0.2 s): the CLI checks
--db with it before Prefect's server starts."""
from __future__ import annotations

import importlib

_EXPORTS = {"Warehouse": "warehouse.db", "open_warehouse": "warehouse.db",
            "WarehouseBusy": "warehouse.errors", "WarehouseError": "warehouse.errors",
            "LoadStats": "warehouse.loads"}

__all__ = ["LoadStats", "Warehouse", "WarehouseBusy", "WarehouseError", "open_warehouse"]


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'warehouse' has no attribute {name!r}")
