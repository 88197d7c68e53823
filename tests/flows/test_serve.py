"""`python -m flows.serve`, the README's way to schedule the flow on one machine without a
work pool: refused clearly without a Prefect server, serving on prefect.yaml's schedule
with one."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import yaml

from flows.serve import CRON, TIMEZONE

REPO = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "VIGIE_"))}
    env.update(PREFECT_HOME=str(tmp_path / "home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               DO_NOT_TRACK="1", PYTHONPATH=str(REPO), **extra)
    return env


def test_the_schedule_is_prefect_yamls():
    (schedule,) = yaml.safe_load((REPO / "prefect.yaml").read_text())["deployments"][0][
        "schedules"]
    assert (schedule["cron"], schedule["timezone"]) == (CRON, TIMEZONE)


def test_serving_without_a_prefect_server_is_refused_in_one_line(tmp_path):
    # It served on the temporary API, logged "Cannot schedule flows on an ephemeral
    # server" among its start-up lines and then waited forever: no night ever ran.
    result = subprocess.run([sys.executable, "-m", "flows.serve"], cwd=tmp_path,
                            env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "needs a Prefect server" in lines[0], result.stderr
    assert "PREFECT_API_URL" in lines[0] and "prefect server start" in lines[0]


def test_serving_with_a_prefect_server_schedules_the_nightly_flow(prefect_harness, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    with get_client(sync_client=True) as client:  # one test_deployment made is not this one
        for deployment in client.read_deployments():
            if deployment.name == "nightly":
                client.delete_deployment(deployment.id)
    process = subprocess.Popen([sys.executable, "-m", "flows.serve"], cwd=tmp_path,
                               env=_env(tmp_path, PREFECT_API_URL=PREFECT_API_URL.value()),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # Read as it comes: the deployment is registered before Prefect prints its "is being
    # served" line, so stopping the process as soon as the schedule shows could come
    # before the line (CI saw an empty output once, under load).
    lines: list[str] = []

    def read() -> None:
        for line in process.stdout:
            lines.append(line)  # noqa: PERF402 - seen line by line by the wait below

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 120
        schedules = []
        while time.monotonic() < deadline and process.poll() is None:
            with get_client(sync_client=True) as client:
                try:
                    deployment = client.read_deployment_by_name("nightly/nightly")
                    schedules = [(s.schedule.cron, s.schedule.timezone, s.active)
                                 for s in deployment.schedules]
                except Exception:  # noqa: BLE001 - not registered yet
                    schedules = []
            if (schedules == [(CRON, TIMEZONE, True)] and not deployment.paused
                    and any("is being served" in line for line in lines)):
                break
            time.sleep(1)
        assert schedules == [(CRON, TIMEZONE, True)], schedules
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        reader.join(timeout=60)
    output = "".join(lines)
    assert "is being served" in output, output[-3000:]
