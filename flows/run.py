"""Run the nightly flow once, locally, with the task runner the settings ask for."""
from __future__ import annotations

import logging
import threading

from flows.nightly import RunSummary, nightly
from flows.settings import NightlySettings

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

    with open_warehouse(settings.db, wait_s=settings.lock_wait_s):
        pass


def warm_start(settings: NightlySettings) -> None:
    """Start Prefect's temporary API server while the models and GX load.

    With no PREFECT_API_URL, Prefect starts a local API server in a subprocess at the
    first flow call and waits seconds for it. Started here, in a thread that only
    waits on that subprocess, it boots on the second core while this thread loads the
    spaCy models and Great Expectations the flow needs anyway. The flow then finds
    the server running and the caches warm; it still does every stage itself.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    server_thread = None
    if not PREFECT_API_URL.value() and PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()
        server_thread = threading.Thread(target=server.start, name="prefect-api-start",
                                         daemon=True)
        server_thread.start()
    if settings.task_runner == "thread":  # Dask workers load their own models
        from flows.nlp import MODELS, load_pipeline

        for lang in MODELS:
            load_pipeline(lang)
    from expectations.runtime import gx_runtime

    gx_runtime()
    if server_thread is not None:
        server_thread.join()


def run_nightly(settings: NightlySettings, warm: bool = True) -> RunSummary:
    check_warehouse(settings)
    if warm:
        warm_start(settings)
    return nightly.with_options(task_runner=task_runner_for(settings))(settings)
