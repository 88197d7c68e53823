import pytest
from prefect.settings import PREFECT_SERVER_ANALYTICS_ENABLED, temporary_settings
from prefect.testing.utilities import prefect_test_harness


@pytest.fixture(scope="session")
def prefect_harness():
    """One throwaway Prefect API (temporary database) for all flow tests, which sends
    no usage telemetry (the tests make no network calls). The harness waits 30 s for its
    server by default: on a loaded two-core machine uvicorn took longer and every flow test
    errored (2026-11-29); 180 s, like the CLI's own 120 s wait (vigie/cli.py), is patience,
    not a slower test."""
    with temporary_settings(updates={PREFECT_SERVER_ANALYTICS_ENABLED: False}):
        with prefect_test_harness(server_startup_timeout=180):
            yield
