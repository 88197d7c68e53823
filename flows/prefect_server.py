"""Prefect's temporary API server, started by `vigie run` before the heavy imports.

With no PREFECT_API_URL, Prefect starts a local API server (uvicorn over the SQLite
database in PREFECT_HOME) at the first flow call: it first imports the whole server
code into the calling process (about 1.3 s), then starts the subprocess and waits
seconds for it. Here the same subprocess, with the same command and environment as
Prefect's own `SubprocessASGIServer`, starts at once: it boots on the second core
while this process loads the spaCy models and warms the extractors. The flow then
runs against it, and it is stopped at exit.

`vigie run` goes further: `start_early()` launches the server before Prefect itself
is imported (≈ 2 s of imports on the first core), when nothing could have configured
another API; the flow later adopts it once Prefect's settings confirm it is wanted.
"""
from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class ServerStartError(RuntimeError):
    pass


class TemporaryServer:
    def __init__(self, environment: dict[str, str] | None = None) -> None:
        self.port = _free_port()
        # Its own log file, not the terminal: stopped at exit, after vigie's last line
        # ("vigie: aborted" on Ctrl-C), the server could still print the traceback of its
        # shutdown there. What it logs while serving is kept and named (`stop`).
        self.log_path = Path(tempfile.mkstemp(prefix="vigie-prefect-server-", suffix=".log")[1])
        with self.log_path.open("wb") as log:
            # Its own process group: a Ctrl-C in the terminal goes to vigie's group only,
            # and vigie stops the server at exit. In vigie's group, the server died at
            # once with the run, whose last API calls then failed ("vigie: error:
            # ConnectError").
            self.process = subprocess.Popen(_command(self.port),
                                            env=environment or _environment(),
                                            stdout=log, stderr=subprocess.STDOUT,
                                            process_group=0)

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
                                           f"{self.process.returncode} while starting"
                                           f"{self._log_tail()}")
                try:
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.05)
        # A busy machine (a nightly run beside other jobs) may need longer: say which setting.
        raise ServerStartError(f"Prefect's temporary API server did not start within "
                               f"{timeout_s:.0f} s; on a busy machine raise "
                               f"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, or point "
                               f"PREFECT_API_URL at a running Prefect server")

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
        # Read before stopping it: what it prints while shutting down is noise.
        logged_while_serving = self._log_size()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        log_path = getattr(self, "log_path", None)
        if log_path is None:
            return
        if logged_while_serving:
            print(f"vigie: Prefect's temporary API server logged errors, kept in {log_path}",
                  file=sys.stderr)
        else:
            log_path.unlink(missing_ok=True)

    def _log_size(self) -> int:
        try:
            return self.log_path.stat().st_size
        except (AttributeError, OSError):
            return 0

    def _log_tail(self, lines: int = 15) -> str:
        try:
            tail = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        except (AttributeError, OSError):
            return ""
        return ":\n" + "\n".join(tail[-lines:]) if tail else ""


_early_server: TemporaryServer | None = None


def start_early() -> None:
    """Start the temporary server now, without importing Prefect, unless a setting
    could point Prefect at another API or turn its temporary server off.

    Prefect reads its settings from the environment, the active profile and the
    working directory's prefect.toml, .env and pyproject.toml: when any of them
    could hold such a setting, nothing starts here and `temporary_server_if_needed`
    decides as before. The server runs with this process's environment and working
    directory, so it reads the same settings Prefect would hand it. Never raises.
    """
    global _early_server
    if _early_server is not None or _settings_may_rule_it_out():
        return
    try:
        _early_server = TemporaryServer({**os.environ, **SERVER_ENVIRONMENT})
    except Exception:  # noqa: BLE001 - the ordinary start still happens later
        _early_server = None
        return
    atexit.register(_early_server.stop)  # also when the run ends before the flow


def temporary_server_if_needed() -> TemporaryServer | None:
    """A temporary server, booting (or the one `start_early` started), when no
    Prefect API is configured; None (Prefect left alone) when PREFECT_API_URL is set
    or ephemeral mode is off.

    Like Prefect's own, the server stops at interpreter exit: after Prefect's log and
    event workers have drained into it, which they do at thread shutdown.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    global _early_server
    early, _early_server = _early_server, None
    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        if early is not None:
            early.stop()
        return None
    if early is not None and early.process.poll() is None:
        return early
    server = TemporaryServer()
    atexit.register(server.stop)
    return server


def home_problem() -> str | None:
    """Why Prefect's temporary server could not start in PREFECT_HOME (default
    ~/.prefect), where it keeps its SQLite database; None when it can, or when a setting
    may point Prefect elsewhere. A cron job or service user with a read-only or missing
    home got 200 lines of the server's traceback and "Prefect's temporary API server
    exited with code 3 while starting", which named neither the folder nor the fix."""
    elsewhere = _RULING_OUT_VARIABLES + ("PREFECT_API_DATABASE_CONNECTION_URL",
                                         "PREFECT_PROFILES_PATH")
    if any(name in os.environ for name in elsewhere):
        return None
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    try:
        home.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=home):
            pass
    except OSError as exc:
        # A read-only home may still hold a profile naming a Prefect server: then the
        # home is only read. (A home that is no folder holds no profile.)
        if home.is_dir() and _settings_may_rule_it_out():
            return None
        return (f"Prefect cannot write its home folder {home}: {exc.strerror or exc}; set "
                "PREFECT_HOME to a writable folder (its temporary API server keeps its "
                "database there) or PREFECT_API_URL to a Prefect server")
    return None


# Settings that could make Prefect use another API or no temporary server.
_API_SETTING_WORDS = ("PREFECT_API_URL", "EPHEMERAL")
_RULING_OUT_VARIABLES = ("PREFECT_API_URL", "PREFECT_PROFILE", "PREFECT_SERVER_EPHEMERAL_ENABLED",
                         "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE")


def _settings_may_rule_it_out() -> bool:
    if any(name in os.environ for name in _RULING_OUT_VARIABLES):
        return True
    home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect")).expanduser()
    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH", home / "profiles.toml"))
    if _mentions(profiles, _API_SETTING_WORDS) or Path("prefect.toml").exists():
        return True
    return (_mentions(Path(".env"), _API_SETTING_WORDS)
            or _mentions(Path("pyproject.toml"), ("[tool.prefect",)))


def _mentions(path: Path, words: tuple[str, ...]) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return False
    except OSError:
        return True  # unreadable: assume the worst, start the ordinary way
    return any(word in text for word in words)


# Run before uvicorn in the server's process: on Linux, ask the kernel to stop the server
# when vigie dies (kill -9, the OOM killer), which leaves no atexit to do it; without
# this each such run left a Prefect server running for good.
_LAUNCHER = """
import ctypes, os, signal, sys
if sys.platform.startswith("linux"):
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != int(sys.argv[1]):
        sys.exit(0)  # vigie died before the request took effect
os.execv(sys.executable, [sys.executable] + sys.argv[2:])
"""


def _command(port: int) -> list[str]:
    # Located without importing Prefect (≈ 2 s), so that start_early stays instant.
    spec = importlib.util.find_spec("prefect")
    package_dir = Path(spec.origin).parent
    return [sys.executable, "-c", _LAUNCHER, str(os.getpid()),
            "-m", "uvicorn", "--app-dir", str(package_dir.parent),
            "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
            "--port", str(port), "--log-level", "error", "--lifespan", "on"]


# Prefect's server sends anonymous usage telemetry to Prefect's servers by default;
# Vigie makes no network call beyond the package registries, so the server it starts
# does not either (a setting the user made explicitly still wins).
NO_TELEMETRY = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
SERVER_ENVIRONMENT = {**NO_TELEMETRY, "PREFECT_UI_ENABLED": "0",
                      "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}


def _environment() -> dict[str, str]:
    from prefect.settings import get_current_settings

    return {**os.environ, **SERVER_ENVIRONMENT,
            **get_current_settings().to_environment_variables(exclude_unset=True)}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
