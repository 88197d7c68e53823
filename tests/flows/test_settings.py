"""The flow's settings read from VIGIE_* variables."""
from pathlib import Path

import pytest
from pydantic import ValidationError

from flows.settings import NightlySettings


def test_an_empty_variable_is_as_if_unset(monkeypatch):
    # VIGIE_DATA_DOCS_DIR= (an emptied line in a crontab) was Path(""), the current
    # folder: every run's Data Docs site was written into wherever cron started.
    for name in ("VIGIE_DB", "VIGIE_DATA_DOCS_DIR", "VIGIE_ALERT_WEBHOOK", "VIGIE_LOCK_WAIT_S"):
        monkeypatch.setenv(name, "")
    settings = NightlySettings()
    assert settings.db == Path("vigie.duckdb")
    assert settings.data_docs_dir == Path("vigie_data/dq_docs")
    assert settings.alert_webhook is None and settings.lock_wait_s == 30.0


@pytest.mark.parametrize("field, value", [
    ("alert_webhook", "hooks.slack.com/services/T000"), ("alert_webhook", "ftp://x.test/h"),
    ("fetch_timeout_s", 0), ("fetch_retries", -1), ("fetch_backoff_s", -2),
])
def test_settings_that_cannot_work_are_refused(field, value):
    with pytest.raises(ValidationError, match=field):
        NightlySettings(**{field: value})


def test_a_webhook_url_is_kept_as_given():
    url = "https://hooks.example.test/services/T000/B000/xyz"
    assert NightlySettings(alert_webhook=f" {url}\n").alert_webhook == url


def test_data_docs_go_beside_the_warehouse_unless_set(monkeypatch, tmp_path):
    # A cron job in / with --db /srv/vigie/v.duckdb wrote its Data Docs to /vigie_data
    # (or failed to): they were under the current folder, not beside the warehouse.
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VIGIE_DATA_DOCS_DIR", raising=False)
    assert NightlySettings(db=Path("/srv/vigie/v.duckdb")).data_docs_dir == Path(
        "/srv/vigie/vigie_data/dq_docs")
    assert NightlySettings(db=Path("data/v.duckdb")).data_docs_dir == Path(
        "data/vigie_data/dq_docs")
    assert NightlySettings().data_docs_dir == Path("vigie_data/dq_docs")  # as before
    monkeypatch.setenv("VIGIE_DB", "/srv/vigie/v.duckdb")
    assert NightlySettings().own_outputs() == (Path("/srv/vigie/v.duckdb"),
                                               Path("/srv/vigie/vigie_data/dq_docs"))
    monkeypatch.setenv("VIGIE_DATA_DOCS_DIR", "/var/docs")
    assert NightlySettings(db=Path("/srv/v.duckdb")).data_docs_dir == Path("/var/docs")
    assert NightlySettings(db=Path("/srv/v.duckdb"),
                           data_docs_dir=Path("docs")).data_docs_dir == Path("docs")
