"""Checks of the warehouse file's path, without DuckDB (the CLI runs them before
Prefect's server starts; importing DuckDB and polars would delay it by 0.2 s)."""
from __future__ import annotations

from pathlib import Path


def folder_problem(path: str | Path) -> str | None:
    """Why the database's folder cannot hold it ("folder /data does not exist", or
    "/data/notes.txt is a file, not a folder" for --db /data/notes.txt/v.duckdb), else None."""
    folder = Path(path).resolve().parent
    if folder.is_dir():
        return None
    for ancestor in (folder, *folder.parents):
        if ancestor.exists():
            if not ancestor.is_dir():
                return f"{ancestor} is a file, not a folder"
            break
    return f"folder {folder} does not exist"
