"""`prefect.yaml` as the README has a user deploy it: `prefect deploy --all` against a
local Prefect server (the test harness's), then what the server holds."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from flows.settings import NightlySettings
from tests.dbrows import rows

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


def _deploy_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    from prefect.settings import PREFECT_API_URL

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "VIGIE_"))}
    env.update(PREFECT_API_URL=PREFECT_API_URL.value(), PREFECT_HOME=str(tmp_path / "home"),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PYTHONPATH=str(REPO), **extra)
    return env


def _checkout(tmp_path: Path) -> Path:
    """A checkout of the repository that is not the repository (each entry a link to it),
    so that the deployed run's relative warehouse lands in tmp_path."""
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    for entry in REPO.iterdir():
        if entry.name != ".git" and not entry.name.startswith("vigie.duckdb"):
            (checkout / entry.name).symlink_to(entry)
    return checkout


def test_the_deployment_runs_in_the_checkout_without_vigie_home(prefect_harness, tmp_path):
    # Deployed without VIGIE_HOME, the pull step kept "{{ $VIGIE_HOME }}" as its folder and
    # every scheduled run failed at 2 am: "FileNotFoundError: ... /tmp/tmp...prefect/flows/
    # nightly.py". A worker started in any folder must run the flow in the checkout
    # deployed from, where prefect.yaml's `db: vigie.duckdb` then lies.
    from prefect.client.orchestration import get_client

    checkout = _checkout(tmp_path)
    env = _deploy_env(tmp_path)

    def prefect(*args: str, cwd: Path = checkout) -> subprocess.CompletedProcess:
        return subprocess.run(PREFECT + ["--no-prompt", *args], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=300)

    prefect("work-pool", "create", "vigie-process", "--type", "process")  # may exist
    deployed = prefect("deploy", "--all")
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("nightly/nightly")
    assert deployment.pull_steps == [
        {"prefect.deployments.steps.set_working_directory": {"directory": str(checkout)}}]

    source = tmp_path / "one"
    source.mkdir()
    shutil.copy(REPO / "vigie" / "corpus" / "cm-2025-0319-macron-zelensky.json", source)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    started = prefect("deployment", "run", "nightly/nightly", "--param", "settings="
                      + json.dumps({"db": "vigie.duckdb", "sources": [str(source)]}),
                      cwd=elsewhere)
    assert started.returncode == 0, started.stdout + started.stderr
    worked = prefect("worker", "start", "--pool", "vigie-process", "--run-once", cwd=elsewhere)
    assert worked.returncode == 0, worked.stdout[-3000:] + worked.stderr[-3000:]
    with get_client(sync_client=True) as client:
        (run,) = [r for r in client.read_flow_runs() if r.deployment_id == deployment.id
                  and r.parameters["settings"].get("sources") == [str(source)]]
    assert run.state.is_completed(), run.state
    assert rows(checkout / "vigie.duckdb", "select count(*) from articles") == [(1,)]
    assert not list(elsewhere.iterdir())


def test_vigie_home_is_resolved_at_deploy_time_and_checked(prefect_harness, tmp_path):
    # A relative VIGIE_HOME (`VIGIE_HOME=. prefect deploy`) was taken from the folder the
    # worker was started in; one that held no Vigie failed only on the first night.
    from prefect.client.orchestration import get_client

    def deploy(home: str) -> subprocess.CompletedProcess:
        return subprocess.run(PREFECT + ["--no-prompt", "deploy", "--all"], cwd=REPO,
                              env=_deploy_env(tmp_path, VIGIE_HOME=home),
                              capture_output=True, text=True, timeout=300)

    subprocess.run(PREFECT + ["--no-prompt", "work-pool", "create", "vigie-process", "--type",
                              "process"], cwd=REPO, env=_deploy_env(tmp_path),
                   capture_output=True, text=True, timeout=120)
    relative = deploy(".")
    assert relative.returncode == 0, relative.stdout + relative.stderr
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("nightly/nightly")
    assert deployment.pull_steps == [
        {"prefect.deployments.steps.set_working_directory": {"directory": str(REPO)}}]
    wrong = deploy(str(tmp_path))
    assert wrong.returncode != 0
    assert f"VIGIE_HOME={tmp_path} holds no flows/nightly.py" in wrong.stdout + wrong.stderr


def test_the_build_step_needs_no_shell(tmp_path, monkeypatch):
    # The build step was `run_shell_script` with `sh` syntax (`cd "${VIGIE_HOME:-.}" && test
    # -f ... && pwd -P`): `prefect deploy --all` could not run on a Windows machine.
    from flows.deploy_steps import checkout

    declared = yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))
    steps = [name for step in declared["build"] + declared["pull"] for name in step]
    assert not [name for name in steps if "shell" in name], steps
    monkeypatch.delenv("VIGIE_HOME", raising=False)
    monkeypatch.chdir(REPO)
    assert checkout() == {"directory": str(REPO.resolve())}
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VIGIE_HOME", os.path.relpath(REPO, tmp_path))
    assert checkout() == {"directory": str(REPO.resolve())}
    monkeypatch.delenv("VIGIE_HOME")
    try:
        checkout()
    except ValueError as exc:
        assert "holds no flows/nightly.py" in str(exc)
    else:
        raise AssertionError("a folder without the flow was accepted")
