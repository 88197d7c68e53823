"""Run the nightly flow once, locally, with the task runner the settings ask for."""
from __future__ import annotations

from flows.nightly import RunSummary, nightly
from flows.settings import NightlySettings


def task_runner_for(settings: NightlySettings):
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1,
                                              "processes": True})
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=2)


def run_nightly(settings: NightlySettings) -> RunSummary:
    return nightly.with_options(task_runner=task_runner_for(settings))(settings)
