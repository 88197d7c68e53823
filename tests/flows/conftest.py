import pytest
from prefect.testing.utilities import prefect_test_harness


@pytest.fixture(scope="session")
def prefect_harness():
    """One throwaway Prefect API (temporary database) for all flow tests."""
    with prefect_test_harness():
        yield
