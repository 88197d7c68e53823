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
