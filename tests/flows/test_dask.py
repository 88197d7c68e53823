"""Scale-out: the nightly flow with extraction on a Dask LocalCluster (worker processes,
so articles and extractions cross a pickle boundary and each worker loads spaCy through
flows.nlp.load_pipeline) loads exactly the rows the thread runner loads."""
from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import duckdb
import pytest
from prefect.task_runners import ThreadPoolTaskRunner
from prefect_dask import DaskTaskRunner

from flows.nightly import nightly
from flows.run import task_runner_for
from flows.settings import NightlySettings
from transforms.extract import extract
from transforms.ingest import read_source
from transforms.records import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"

# Row content only: run ids and load times differ between two runs by design.
CONTENT = {
    "articles": "select * exclude (run_id, loaded_at) from articles",
    "actors": "select * from actors",
    "actor_mentions": "select * from actor_mentions",
    "events": "select * from events",
    "article_themes": "select * from article_themes",
}


def _contents(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(con.execute(q).fetchall(), key=repr) for t, q in CONTENT.items()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dask") / "in"
    shutil.copytree(FIXTURES, folder, ignore=shutil.ignore_patterns("*.md"))
    return folder


def _settings(folder: Path, db: Path) -> NightlySettings:
    # batch_size=2: the fixture articles make several extraction tasks, run concurrently on
    # the worker (one process is enough to cross the pickle boundary, and starts faster).
    return NightlySettings(sources=[str(folder)], db=db, data_docs_dir=None, lock_wait_s=5,
                           batch_size=2)


def test_articles_and_extractions_survive_pickling(nlp_en):
    article = next(a for a in read_source(FIXTURES / "en-nato-ukraine.json")
                   if isinstance(a, Article))
    extraction = extract(article, nlp_en(article.text))
    assert extraction.events
    assert pickle.loads(pickle.dumps(extraction)) == extraction


def test_task_runner_choice():
    assert isinstance(task_runner_for(NightlySettings()), ThreadPoolTaskRunner)
    remote = task_runner_for(NightlySettings(task_runner="dask",
                                             dask_address="tcp://10.0.0.5:8786"))
    assert isinstance(remote, DaskTaskRunner) and remote.address == "tcp://10.0.0.5:8786"
    local = task_runner_for(NightlySettings(task_runner="dask"))
    assert local.address is None and local.cluster_kwargs["processes"] is True


def test_dask_runner_loads_the_same_rows_as_the_thread_runner(prefect_harness, corpus,
                                                              tmp_path):
    threaded = _settings(corpus, tmp_path / "thread.duckdb")
    by_thread = nightly.with_options(task_runner=ThreadPoolTaskRunner(max_workers=2))(threaded)

    on_dask = _settings(corpus, tmp_path / "dask.duckdb")
    runner = DaskTaskRunner(cluster_kwargs={"n_workers": 1, "threads_per_worker": 2,
                                            "processes": True, "dashboard_address": None})
    by_dask = nightly.with_options(task_runner=runner)(on_dask)

    assert by_dask.status == by_thread.status == "completed", by_dask.failed_checks
    assert by_dask.articles_loaded == by_thread.articles_loaded >= 6
    assert by_dask.events == by_thread.events > 0
    dask_rows, thread_rows = _contents(on_dask.db), _contents(threaded.db)
    for table in CONTENT:
        only_dask = set(dask_rows[table]) - set(thread_rows[table])
        only_thread = set(thread_rows[table]) - set(dask_rows[table])
        assert (only_dask, only_thread) == (set(), set()), table
        assert dask_rows[table] == thread_rows[table], table
