"""Warm start: what `vigie run` loads before the flow starts."""
from __future__ import annotations

from flows import nlp
from flows.run import WARM_UP_TEXTS, warm_start
from flows.settings import NightlySettings
from transforms.extract import extract
from transforms.records import Article


def test_every_model_has_a_warm_up_text_that_extracts_something():
    assert WARM_UP_TEXTS.keys() == nlp.MODELS.keys()
    warm_start(NightlySettings())
    for lang, text in WARM_UP_TEXTS.items():
        pipeline = nlp.load_pipeline(lang)  # loaded by warm_start
        found = extract(Article(external_id="w", text=text, source_ref="w", language=lang),
                        pipeline(text))
        assert {m.actor.name for m in found.mentions} >= {"NATO", "Tokyo"}


def test_a_run_that_cannot_start_alerts_the_webhook(tmp_path):
    # A cron's `vigie run` on a warehouse still locked by the night before stopped before
    # the flow and told the webhook nothing.
    import pytest
    from filelock import FileLock

    from flows.run import run_nightly
    from tests.httpserver import serve
    from warehouse import WarehouseBusy, open_warehouse

    db = tmp_path / "w.duckdb"
    open_warehouse(db).close()
    held = FileLock(f"{db}.lock")
    held.acquire()
    try:
        with serve({"/hook": (200, {}, b"ok")}) as hooks:
            settings = NightlySettings(sources=[str(tmp_path)], db=db, lock_wait_s=0,
                                       alert_webhook=hooks.url("/hook"))
            with pytest.raises(WarehouseBusy):
                run_nightly(settings, warm=False)
    finally:
        held.release()
    (request,) = hooks.requests
    alert = request.json()
    assert alert["status"] == "failed" and alert["run_id"].startswith("run_")
    assert "is in use by another vigie run" in alert["error"]
    assert alert["db_path"] == str(db) and "FAILED" in alert["text"]


def test_a_run_whose_prefect_api_is_down_alerts_the_webhook(tmp_path):
    # PREFECT_API_URL naming a server that is down: "vigie: error: RuntimeError: Failed to
    # reach API at http://127.0.0.1:9/api/", exit 1, and the webhook told nothing.
    import pytest
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.run import run_nightly
    from tests.httpserver import serve

    with serve({"/hook": (200, {}, b"ok")}) as hooks:
        settings = NightlySettings(sources=[str(tmp_path)], db=tmp_path / "w.duckdb",
                                   alert_webhook=hooks.url("/hook"), lock_wait_s=0)
        with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:9/api"}):
            with pytest.raises(Exception, match="Failed to reach API"):
                run_nightly(settings, warm=False)
    (request,) = hooks.requests
    alert = request.json()
    assert alert["status"] == "failed" and "Failed to reach API" in alert["error"]


def test_a_run_that_fails_inside_its_flow_alerts_once(prefect_harness, tmp_path):
    # The flow alerts for what fails inside it; run_nightly must not alert again.
    import duckdb
    import pytest

    from flows.run import run_nightly
    from tests.httpserver import serve
    from warehouse import WarehouseError, open_warehouse

    db = tmp_path / "w.duckdb"
    open_warehouse(db).close()
    with duckdb.connect(str(db)) as con:
        con.execute("DROP TABLE events")
    with serve({"/hook": (200, {}, b"ok")}) as hooks:
        settings = NightlySettings(sources=[str(tmp_path)], db=db, lock_wait_s=0,
                                   alert_webhook=hooks.url("/hook"))
        with pytest.raises(WarehouseError, match="has no table events"):
            run_nightly(settings, warm=False)
    assert len(hooks.requests) == 1
