"""Prefect's usage telemetry stays off in every process that runs the nightly flow, not
only under `vigie run`: Vigie promises no network call beyond the package registries."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PROBE = ("import flows.nightly, os; "
         "from prefect._internal.analytics.enabled import is_telemetry_enabled; "
         "print(os.environ.get('DO_NOT_TRACK'), is_telemetry_enabled())")


def _probe(tmp_path: Path, **extra: str) -> str:
    # A worker's flow-run process: Prefect's variables, none of Vigie's, no CI markers
    # (Prefect stays silent in CI by itself).
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PREFECT_", "VIGIE_", "DO_NOT_TRACK", "CI", "GITHUB_"))}
    env.update(PREFECT_HOME=str(tmp_path / "home"), PYTHONPATH=str(REPO), **extra)
    return subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, env=env, text=True,
                          capture_output=True, timeout=120, check=True).stdout.strip()


def test_a_worker_running_the_flow_sends_prefect_no_usage_events(tmp_path):
    # A deployment's run (`prefect worker start`) or `python -m flows.serve` imported the
    # flow with Prefect's SDK telemetry on: its first flow, run and deployment went to
    # Prefect's analytics service. `vigie run` alone had turned it off.
    assert _probe(tmp_path) == "1 False"


def test_a_users_own_telemetry_setting_wins(tmp_path):
    # CI=1 keeps Prefect itself silent here: the test must send nothing either.
    assert _probe(tmp_path, DO_NOT_TRACK="0", CI="1") == "0 False"
