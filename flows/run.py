"""Run the nightly flow once, locally, with the task runner the settings ask for."""
from __future__ import annotations

import logging
from contextlib import nullcontext

from flows.nightly import RunSummary, alerted, nightly
from flows.settings import NightlySettings
from transforms.records import Article

# One per language of flows.nlp.MODELS.
WARM_UP_TEXTS = {
    "fr": "Le ministre japonais de la Défense a rencontré mardi à Tokyo le chef de l'OTAN.",
    "en": "Japan's defence minister met the NATO chief in Tokyo on Tuesday.",
}

# One worker process per core of a small machine; each loads both spaCy models once.
# Dask narrates every worker start and stop at INFO: only its warnings are news.
LOCAL_CLUSTER = {"n_workers": 2, "threads_per_worker": 1, "processes": True,
                 "dashboard_address": None, "silence_logs": logging.WARNING}


def task_runner_for(settings: NightlySettings):
    """ThreadPoolTaskRunner by default; with task_runner="dask", a DaskTaskRunner on the
    cluster at settings.dask_address (VIGIE_DASK_ADDRESS), else on a LocalCluster."""
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        logging.getLogger("distributed").setLevel(logging.WARNING)
        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(cluster_kwargs=LOCAL_CLUSTER)
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=2)


def check_warehouse(settings: NightlySettings) -> None:
    """Fail before the flow starts when the database is busy or unusable.

    The flow would fail the same way, but Prefect logs a flow failure with its
    traceback; this way the CLI prints one line. Waiting here (lock_wait_s) and
    releasing means a run that was waiting goes ahead as soon as the other finishes.
    """
    from warehouse.db import open_warehouse

    with open_warehouse(settings.db, wait_s=settings.lock_wait_s) as wh:
        wh.recreate_dropped_tables()


def warm_start(settings: NightlySettings) -> None:
    """Load the spaCy models and the language detector while Prefect's server boots.

    The flow would load them at first use anyway; done here, in this process, it
    overlaps with the temporary API server's start-up on the other core, and the
    extraction workers forked later share the loaded models. The flow still does
    every stage itself (it sets up GX while the first chunk is extracted).
    """
    if settings.task_runner == "thread":  # Dask workers load their own models
        from flows.nlp import load_pipeline
        from transforms.extract import extract_many

        for lang, text in WARM_UP_TEXTS.items():
            # One short article through every extractor loads the dictionaries, the
            # gazetteer and the lexicons here, once: forked workers share them instead
            # of each building its own copy on its first article.
            extract_many([Article(external_id="warm-up", text=text, source_ref="warm-up",
                                  title=text, language=lang)], load_pipeline(lang))
    from transforms.language import detect_language

    detect_language("warm up the detector")


def alert_run_not_started(settings: NightlySettings, exc: Exception) -> None:
    """A cron's `vigie run` whose warehouse was locked, newer or unreadable, or whose
    Prefect API could not be reached or started, stopped before the flow's body and told
    the webhook nothing. The run id is made for the alert alone: no `runs` row has it."""
    if not settings.alert_webhook:
        return
    from flows.alerts import UNDELIVERED_FAILED_RUN, alert_failed_run
    from flows.run_ids import new_run_id

    run_id = new_run_id()
    if not alert_failed_run(settings.alert_webhook, run_id, None, exc, articles_loaded=0,
                            db_path=str(settings.db), total_timeout_s=settings.alert_timeout_s):
        logging.getLogger(__name__).warning(UNDELIVERED_FAILED_RUN)


def run_nightly(settings: NightlySettings, warm: bool = True) -> RunSummary:
    from flows.prefect_server import temporary_server_if_needed

    try:
        check_warehouse(settings)
        server = temporary_server_if_needed()  # boots while we warm up
        if warm:
            warm_start(settings)
        with server.serving() if server else nullcontext():
            return nightly.with_options(task_runner=task_runner_for(settings))(settings)
    except Exception as exc:
        # "Failed to reach API at ...": a Prefect server down at 2 am failed the run before
        # the flow's body, which alerts for what fails inside it, and no one was told.
        if not alerted(exc):
            alert_run_not_started(settings, exc)
        raise
