"""The DuckDB warehouse: every DuckDB statement of vigie lives in this package."""
from warehouse.db import Warehouse, open_warehouse
from warehouse.errors import WarehouseBusy, WarehouseError
from warehouse.loads import LoadStats

__all__ = ["LoadStats", "Warehouse", "WarehouseBusy", "WarehouseError", "open_warehouse"]
