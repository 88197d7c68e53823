"""Errors the warehouse raises; the CLI prints their message as its one line."""
from __future__ import annotations

from pathlib import Path


class WarehouseError(Exception):
    """The warehouse could not be opened or used; the message is one clear sentence."""


class WarehouseBusy(WarehouseError):
    """Another vigie run holds the database."""


def disk_full_message(path: str, run_id: str, cause: BaseException | None) -> str | None:
    """The one line for a load the disk could not hold, in Vigie's words; None when
    `cause` is another error. DuckDB's own ("TransactionContext Error: Failed to commit:
    Could not write file ...wal: No space left on device") said neither what was kept
    nor what to do."""
    text = str(cause or "")
    if "No space left on device" not in text and "Disk full" not in text:
        return None
    folder = Path(path).resolve().parent
    return (f"the disk holding {folder} is full: run {run_id} stopped while loading, and "
            "the chunk it was loading was rolled back; what the run loaded before it is "
            "kept, each article whole, and counted in `runs`. Free space there (or move the "
            "warehouse) and run again: what was not loaded is read again (No space left on "
            "device)")
