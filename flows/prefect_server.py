"""Prefect's temporary API server, started by `vigie run` before the heavy imports.

With no PREFECT_API_URL, Prefect starts a local API server (uvicorn over the SQLite
database in PREFECT_HOME) at the first flow call: it first imports the whole server
code into the calling process (about 1.3 s), then starts the subprocess and waits
seconds for it. Here the same subprocess, with the same command and environment as
Prefect's own `SubprocessASGIServer`, starts at once: it boots on the second core
while this process loads the spaCy models and warms the extractors. The flow then
runs against it, and it is stopped at exit.
"""
from __future__ import annotations

import atexit
import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from typing import Iterator


class ServerStartError(RuntimeError):
    pass


class TemporaryServer:
    def __init__(self) -> None:
        self.port = _free_port()
        self.process = subprocess.Popen(_command(self.port), env=_environment())

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def wait_ready(self, timeout_s: float) -> None:
        import httpx

        deadline = time.monotonic() + timeout_s
        with httpx.Client() as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise ServerStartError(f"Prefect's temporary API server exited with code "
                                           f"{self.process.returncode} while starting")
                try:
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.05)
        raise ServerStartError(f"Prefect's temporary API server did not start within "
                               f"{timeout_s:.0f} s")

    @contextmanager
    def serving(self) -> Iterator[None]:
        """Wait until the server answers, and point Prefect at it for the body."""
        from prefect.settings import (PREFECT_API_URL,
                                      PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
                                      temporary_settings)

        self.wait_ready(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
        with temporary_settings(updates={PREFECT_API_URL: self.api_url}):
            yield

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def temporary_server_if_needed() -> TemporaryServer | None:
    """A temporary server, booting, when no Prefect API is configured; None (Prefect
    left alone) when PREFECT_API_URL is set or ephemeral mode is off.

    Like Prefect's own, the server stops at interpreter exit: after Prefect's log and
    event workers have drained into it, which they do at thread shutdown.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return None
    server = TemporaryServer()
    atexit.register(server.stop)
    return server


def _command(port: int) -> list[str]:
    import prefect

    return [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect.__module_path__.parent),
            "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
            "--port", str(port), "--log-level", "error", "--lifespan", "on"]


# Prefect's server sends anonymous usage telemetry to Prefect's servers by default;
# Vigie makes no network call beyond the package registries, so the server it starts
# does not either (a setting the user made explicitly still wins).
NO_TELEMETRY = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


def _environment() -> dict[str, str]:
    from prefect.settings import get_current_settings

    return {**os.environ, **NO_TELEMETRY, "PREFECT_UI_ENABLED": "0",
            "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1",
            **get_current_settings().to_environment_variables(exclude_unset=True)}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
