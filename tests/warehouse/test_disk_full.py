"""A warehouse on a disk that fills up while loading, on a real (tiny) tmpfs: mounted in
a user and mount namespace of its own (`unshare -r -m`), no root needed; skipped where
the system allows no such namespace."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# Loads chunks of synthetic articles until the disk is full, records the run as failed,
# then reopens the file: prints what each step saw, as JSON.
FILL = """
import json, sys
from datetime import datetime
from warehouse import open_warehouse
from warehouse.synthetic import synthetic_frames
db, seen = sys.argv[1], {"loaded": 0}
with open_warehouse(db) as wh:
    wh.start_run("run_full", None, datetime(2026, 1, 1))
    try:
        for i in range(500):
            seen["loaded"] += wh.load("run_full", synthetic_frames(200, 5, prefix=f"c{i}_")).articles_loaded
    except Exception as exc:
        seen["error"] = f"{type(exc).__name__}: {exc}"
    wh.finish_run("run_full", "failed", articles_seen=0, articles_loaded=seen["loaded"],
                  articles_quarantined=0, events_loaded=0, stage_seconds={})
with open_warehouse(db, read_only=True) as wh:
    seen["articles"] = wh.sql("select count(*) n from articles")["n"][0]
    seen["runs"] = wh.sql("select status, articles_loaded from runs").rows()
print(json.dumps(seen))
"""


def test_a_full_disk_while_loading_is_said_in_vigies_words(tmp_path):
    # Was "load of run R failed and was rolled back: TransactionContext Error: Failed to
    # commit: Could not write file \"...wal\": No space left on device": DuckDB's words,
    # nothing on what was kept or what to do.
    if shutil.which("unshare") is None:
        pytest.skip("no unshare here to mount a small file system without root")
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (f'mount -t tmpfs -o size=2m tmpfs "{disk}" || exit 77; '
              f'exec "{sys.executable}" -c "$0" "{disk}/w.duckdb"')
    done = subprocess.run(["unshare", "-r", "-m", "sh", "-c", script, FILL], cwd=REPO,
                          capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    if done.returncode == 77 or "unshare:" in done.stderr:
        pytest.skip(f"cannot mount a tmpfs in a namespace here: {done.stderr.strip()[:200]}")
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["error"].startswith(f"WarehouseError: the disk holding {disk} is full: run "
                                    "run_full stopped while loading"), seen
    assert "Free space there" in seen["error"] and "TransactionContext" not in seen["error"]
    # What loaded before the full chunk is kept, whole, and the run says how much.
    assert seen["loaded"] > 0 and seen["articles"] == seen["loaded"]
    assert seen["runs"] == [["failed", seen["loaded"]]]
