"""The temporary Prefect API server `vigie run` starts when no API is configured."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from prefect.settings import (PREFECT_API_URL, PREFECT_HOME,
                              PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, temporary_settings)

from flows import prefect_server
from flows.prefect_server import temporary_server_if_needed


def test_a_configured_api_is_left_alone():
    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:9/api"}):
        assert temporary_server_if_needed() is None


def test_the_temporary_server_serves_the_flow_then_stops(tmp_path):
    with temporary_settings(updates={PREFECT_HOME: tmp_path / "prefect"},
                            restore_defaults={PREFECT_API_URL}):
        server = temporary_server_if_needed()
        assert server is not None
        with server.serving():
            assert PREFECT_API_URL.value() == server.api_url
            assert httpx.get(f"{server.api_url}/health").status_code == 200
            # No usage telemetry to Prefect's servers: Vigie makes no network calls.
            served = httpx.get(f"{server.api_url}/admin/settings").json()
            assert served["server"]["analytics_enabled"] is False
        assert PREFECT_API_URL.value() != server.api_url
    server.stop()  # what the atexit handler does
    assert server.process.poll() is not None


def test_a_server_too_slow_to_start_names_the_setting_that_waits_longer():
    server = prefect_server.TemporaryServer.__new__(prefect_server.TemporaryServer)
    server.port = prefect_server._free_port()  # nothing listens there
    server.process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        with pytest.raises(prefect_server.ServerStartError,
                           match="PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"):
            server.wait_ready(0.3)
    finally:
        server.process.kill()
        server.process.wait()


@pytest.fixture
def plain_setup(tmp_path, monkeypatch):
    """No Prefect setting anywhere: a fresh PREFECT_HOME and an empty working directory."""
    for name in list(os.environ):
        if name.startswith("PREFECT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return tmp_path


def test_nothing_rules_the_early_start_out_on_a_plain_setup(plain_setup):
    assert not prefect_server._settings_may_rule_it_out()


@pytest.mark.parametrize("where", ["environment", "profile", "prefect.toml", ".env"])
def test_a_setting_that_may_name_an_api_rules_the_early_start_out(plain_setup, monkeypatch,
                                                                 where):
    if where == "environment":
        monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    elif where == "profile":
        (plain_setup / "prefect").mkdir()
        (plain_setup / "prefect" / "profiles.toml").write_text(
            'active = "team"\n[profiles.team]\nPREFECT_API_URL = "http://10.0.0.5:4200/api"\n')
    elif where == "prefect.toml":
        Path("prefect.toml").write_text('[api]\nurl = "http://10.0.0.5:4200/api"\n')
    else:
        Path(".env").write_text("PREFECT_API_URL=http://10.0.0.5:4200/api\n")
    assert prefect_server._settings_may_rule_it_out()
    prefect_server.start_early()
    assert prefect_server._early_server is None


@pytest.fixture
def early_server(plain_setup):
    """The server start_early launched on a plain setup; stopped after the test."""
    prefect_server.start_early()
    early = prefect_server._early_server
    assert early is not None
    yield early
    early.stop()
    prefect_server._early_server = None


def test_the_early_server_is_adopted_when_no_api_is_configured(plain_setup, early_server):
    # The wait vigie/cli.py gives the server (Prefect's 20 s once failed here under load 11).
    with temporary_settings(updates={PREFECT_HOME: plain_setup / "prefect",
                                     PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: 120},
                            restore_defaults={PREFECT_API_URL}):
        assert temporary_server_if_needed() is early_server
        with early_server.serving():
            assert httpx.get(f"{early_server.api_url}/health").status_code == 200
    assert prefect_server._early_server is None


def test_the_early_server_is_stopped_when_settings_name_an_api(early_server):
    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:9/api"}):
        assert temporary_server_if_needed() is None
    assert early_server.process.poll() is not None


def _server_running(code: str) -> prefect_server.TemporaryServer:
    """A TemporaryServer whose process runs `code` instead of uvicorn."""
    server = prefect_server.TemporaryServer.__new__(prefect_server.TemporaryServer)
    server.port = prefect_server._free_port()
    server.log_path = Path(prefect_server.tempfile.mkstemp(suffix=".log")[1])
    with server.log_path.open("wb") as log:
        server.process = subprocess.Popen([sys.executable, "-c", code], stdout=log,
                                          stderr=subprocess.STDOUT)
    return server


def test_a_server_that_dies_while_starting_quotes_what_it_printed():
    server = _server_running("import sys; print('cannot open the database'); sys.exit(3)")
    try:
        with pytest.raises(prefect_server.ServerStartError,
                           match="exited with code 3 while starting:\ncannot open the database"):
            server.wait_ready(30)
    finally:
        server.stop()


def test_what_the_server_prints_while_shutting_down_stays_off_the_terminal(capfd, tmp_path):
    # Stopped at exit, after "vigie: aborted", the server printed a CancelledError
    # traceback below that line (once in two fresh-clone CI runs under load).
    ready = tmp_path / "ready"
    code = ("import pathlib, signal, sys, time\n"
            "def bye(*_):\n"
            "    print('Traceback (most recent call last): CancelledError', file=sys.stderr)\n"
            "    sys.exit(0)\n"
            "signal.signal(signal.SIGTERM, bye)\n"
            f"pathlib.Path({str(ready)!r}).touch()\n"
            "time.sleep(30)\n")
    server = _server_running(code)
    deadline = time.monotonic() + 30
    while not ready.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    server.stop()
    assert capfd.readouterr().err == ""
    assert not server.log_path.exists()


def test_what_the_server_logs_while_serving_is_kept_and_named(capfd):
    server = _server_running("import time; print('database is locked', flush=True); "
                             "time.sleep(30)")
    deadline = time.monotonic() + 30
    while not server.log_path.stat().st_size and time.monotonic() < deadline:
        time.sleep(0.05)
    server.stop()
    err = capfd.readouterr().err
    assert f"logged errors, kept in {server.log_path}" in err
    assert "database is locked" in server.log_path.read_text()
    server.log_path.unlink()
