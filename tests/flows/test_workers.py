"""Extraction worker processes: same records as in-process, clean exits, small batches stay home."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from flows import workers
from transforms.ingest import read_source

CORPUS = Path(__file__).resolve().parents[2] / "vigie" / "corpus"


@pytest.fixture(scope="module")
def french_articles():
    articles = [a for a in read_source(CORPUS) if getattr(a, "language", None) == "fr"]
    assert len(articles) >= 2 * workers.MIN_ARTICLES_PER_WORKER
    return articles


def test_worker_count_follows_the_request_and_the_batch_size():
    assert workers.worker_count(1, 1000) == 1
    assert workers.worker_count(4, 1000) == 4
    assert workers.worker_count(4, 20) == 2  # 8 articles a worker at least
    assert workers.worker_count(4, 5) == 1
    assert workers.worker_count(0, 1000) == workers.available_cores()


def test_workers_give_the_records_extraction_in_process_gives(french_articles):
    in_process = workers.extract_articles(french_articles, "fr", workers=1)
    try:
        pooled = workers.extract_articles(french_articles, "fr", workers=2)
    finally:
        workers.shutdown_workers()
    assert pooled == in_process  # every record, in input order


def test_workers_forked_from_a_task_thread_exit_cleanly(french_articles):
    # Prefect runs tasks in threads; spaCy's own n_process workers forked there exit
    # with code 1 (warning W127). Ours must not.
    with ThreadPoolExecutor(1) as threads:
        threads.submit(workers.extract_articles, french_articles, "fr", 2).result()
    processes = list(workers._pool._processes.values())
    workers.shutdown_workers()
    assert processes and [p.exitcode for p in processes] == [0] * len(processes)


def test_workers_are_forked_afresh_after_so_many_articles(french_articles, monkeypatch):
    # spaCy's vocabulary grows with every new word a worker sees: recycling bounds memory.
    monkeypatch.setattr(workers, "RECYCLE_AFTER_ARTICLES", len(french_articles))
    try:
        first = workers.extract_articles(french_articles, "fr", 2)
        pool = workers._pool
        second = workers.extract_articles(french_articles, "fr", 2)
        assert workers._pool is not pool
    finally:
        workers.shutdown_workers()
    assert first == second


def test_workers_are_forked_on_linux_and_spawned_elsewhere(monkeypatch):
    assert workers._start_context().get_start_method() == "fork"  # the test machines run Linux
    monkeypatch.setattr(workers.sys, "platform", "darwin")
    assert workers._start_context().get_start_method() == "spawn"


def test_spawned_workers_load_the_models_themselves(french_articles, monkeypatch):
    monkeypatch.setattr(workers.sys, "platform", "darwin")
    articles = french_articles[:2 * workers.MIN_ARTICLES_PER_WORKER]
    try:
        pooled = workers.extract_articles(articles, "fr", workers=2)
    finally:
        workers.shutdown_workers()
    assert pooled == workers.extract_articles(articles, "fr", workers=1)
