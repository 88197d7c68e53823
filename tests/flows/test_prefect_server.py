"""The temporary Prefect API server `vigie run` starts when no API is configured."""
from __future__ import annotations

import httpx
from prefect.settings import PREFECT_API_URL, PREFECT_HOME, temporary_settings

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
