"""`prefect.yaml` as the README has a user deploy it: `prefect deploy --all` against a
local Prefect server (the test harness's), then what the server holds."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from flows.settings import NightlySettings

REPO = Path(__file__).resolve().parents[2]
PREFECT = [sys.executable, "-m", "prefect"]


def _declared() -> dict:
    return yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))["deployments"][0]


def test_the_deployment_parameters_are_settings_fields():
    settings = _declared()["parameters"]["settings"]
    assert set(settings) <= set(NightlySettings.model_fields), settings
    NightlySettings(**settings)  # valid values, not only known names


def test_prefect_deploy_all_accepts_prefect_yaml(prefect_harness, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "VIGIE_"))}
    env.update(PREFECT_API_URL=PREFECT_API_URL.value(), PREFECT_HOME=str(tmp_path / "home"),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               VIGIE_HOME=str(REPO), PYTHONPATH=str(REPO))

    def prefect(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(PREFECT + ["--no-prompt", *args], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=300)

    pool = prefect("work-pool", "create", "vigie-process", "--type", "process")
    assert pool.returncode == 0, pool.stdout + pool.stderr
    deployed = prefect("deploy", "--all")
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr

    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("nightly/nightly")
    assert deployment.entrypoint == "flows/nightly.py:nightly"
    assert deployment.work_pool_name == "vigie-process"
    assert [(s.schedule.cron, s.schedule.timezone, s.active) for s in deployment.schedules] \
        == [("0 2 * * *", "UTC", True)]
    assert deployment.global_concurrency_limit.limit == 1  # one writer at a time
    assert deployment.parameters == _declared()["parameters"]
    assert deployment.pull_steps == [
        {"prefect.deployments.steps.set_working_directory": {"directory": str(REPO)}}]
    # Every settings field is in the schema the UI shows for a custom run.
    schema = deployment.parameter_openapi_schema["definitions"]["NightlySettings"]
    assert set(schema["properties"]) == set(NightlySettings.model_fields)
