"""Extraction worker processes: spaCy parsing *and* rule extraction off the flow's process.

spaCy's own ``nlp.pipe(n_process=...)`` forks new workers for every call, ships every
parsed Doc back as bytes and leaves the rule extraction on one core. Here a pool of
workers lives for the whole run: each takes a slice of same-language articles, parses
and extracts them, and sends back only the records. Workers are forked after the
models are loaded, so they share the parent's model memory and start in milliseconds;
where fork is unavailable they are spawned and load the models themselves.
"""
from __future__ import annotations

import gc
import math
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from transforms.records import Article, Extraction, Rejected

MIN_ARTICLES_PER_WORKER = 8  # below this, forking and pickling cost more than they save
# spaCy's vocabulary only grows as a process sees new words: fresh workers, forked
# again from the parent after this many articles (one chunk), keep memory flat on big nights.
RECYCLE_AFTER_ARTICLES = 500

_pool: ProcessPoolExecutor | None = None
_pool_size = 0
_pool_articles = 0  # articles submitted to the current pool
_pool_lock = threading.Lock()
# Set when the run is interrupted (Ctrl-C): a task thread whose pool was killed must
# stop, not fall back to extracting its articles in-process while the user waits.
_interrupted = threading.Event()


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # what this process may use (containers, taskset)
    except AttributeError:
        return os.cpu_count() or 1


def worker_count(requested: int, n_articles: int) -> int:
    """Workers worth starting for n_articles: `requested` (0 = one per core), fewer for
    small batches; 1 means extract in-process."""
    wanted = requested or available_cores()
    return max(1, min(wanted, n_articles // MIN_ARTICLES_PER_WORKER))


def extract_articles(articles: list[Article], lang: str, workers: int,
                     batch_size: int = 32) -> list[Extraction | Rejected]:
    """Parse and extract same-language articles, on `workers` processes when > 1.

    Results come back in input order. If a worker dies (killed, out of memory) the pool
    is dropped and the articles are extracted in-process, so the run still completes.
    """
    from flows.nlp import load_pipeline

    load_pipeline(lang)  # before the fork: workers inherit the loaded model
    if workers <= 1 or len(articles) < 2:
        return _extract_in_process(articles, lang, batch_size)
    # Two slices per worker balance uneven article lengths without many round trips.
    size = max(MIN_ARTICLES_PER_WORKER, math.ceil(len(articles) / (2 * workers)))
    slices = [articles[i:i + size] for i in range(0, len(articles), size)]
    try:
        futures = _submit_slices(workers, [(part, lang, batch_size) for part in slices])
        return [record for fut in futures for record in fut.result()]
    except (BrokenProcessPool, CancelledError):
        if _interrupted.is_set():  # the pool was stopped on purpose
            return _not_extracted(articles)
        shutdown_workers()
        return _extract_in_process(articles, lang, batch_size)


def _extract_in_process(articles: list[Article], lang: str,
                        batch_size: int) -> list[Extraction | Rejected]:
    """In this process, one batch at a time, so that an interrupted run stops between
    batches instead of extracting the rest of a chunk nobody will load."""
    records: list[Extraction | Rejected] = []
    for start in range(0, len(articles), batch_size):
        if _interrupted.is_set():
            return records + _not_extracted(articles[start:])
        records += _extract_slice(articles[start:start + batch_size], lang, batch_size)
    return records


def _not_extracted(articles: list[Article]) -> list[Rejected]:
    # Never loaded or quarantined: the interrupted flow discards its results.
    return [Rejected("extract", a.source_ref, "run interrupted") for a in articles]


def shutdown_workers(now: bool = False) -> None:
    """Stop the pool (start and end of a run); the next extraction starts a new one.

    `now` (the run was interrupted) kills the workers mid-slice and stops in-process
    extraction at its next batch: waiting for them kept a Ctrl-C'd run going for
    minutes, for results it would throw away. Without `now`, extraction is allowed again."""
    global _pool, _pool_size, _pool_articles
    with _pool_lock:
        if now:
            _interrupted.set()
        else:
            _interrupted.clear()
        if _pool is not None:
            if now:
                for process in list((getattr(_pool, "_processes", None) or {}).values()):
                    process.kill()
            _pool.shutdown(wait=True, cancel_futures=True)
        _pool, _pool_size, _pool_articles = None, 0, 0


def _submit_slices(workers: int, jobs: list[tuple[list[Article], str, int]]) -> list:
    """Submit each (articles, lang, batch_size) to the pool, forking it if needed.

    Under the lock, so that no thread submits to a pool another one is replacing.
    """
    global _pool, _pool_size, _pool_articles
    with _pool_lock:
        if _pool is not None and (_pool_size != workers or _pool_articles >= RECYCLE_AFTER_ARTICLES):
            _pool.shutdown(wait=True)  # slices already submitted finish first
            _pool = None
        if _pool is None:
            _pool = ProcessPoolExecutor(workers, mp_context=_start_context(),
                                        initializer=_init_worker)
            _pool_size, _pool_articles = workers, 0
        _pool_articles += sum(len(articles) for articles, _, _ in jobs)
        # The first submit forks the workers. Objects the parent holds then (Prefect, GX,
        # the models) are moved out of the garbage collector's reach: a collection in a
        # worker would otherwise touch every one of them and copy their memory pages.
        gc.freeze()
        try:
            return [_pool.submit(_extract_slice, *job) for job in jobs]
        finally:
            gc.unfreeze()


def _start_context():
    # On Linux, fork shares the loaded models copy-on-write (Python 3.14 no longer
    # defaults to it). Elsewhere fork is unsafe (macOS system libraries) or missing:
    # spawned workers load the models on their first slice.
    use_fork = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if use_fork else "spawn")


def _init_worker() -> None:
    # The parent handles Ctrl-C and stops the pool; workers must not print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits Prefect's SIGTERM handler, which raises TerminationSignal
    # wherever the worker is: a plain `kill` printed its traceback on the user's terminal.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # A worker outlived a vigie killed with -9 (or by the OOM killer), extracting its
    # slice for nobody; it now ends within a second of its parent.
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True,
                     name="vigie-parent-watch").start()
    # A worker forked from one of the flow's task threads inherits the registry of the
    # parent's thread pools; at exit Python would join those threads, one of them being
    # this process's own main thread, and the worker would exit with an error.
    import concurrent.futures.thread as thread_pools

    thread_pools._threads_queues.clear()


def _exit_with_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(0.5)
    os._exit(1)


def _extract_slice(articles: list[Article], lang: str,
                   batch_size: int) -> list[Extraction | Rejected]:
    """What one worker does with its slice; also the in-process path."""
    from flows.nlp import load_pipeline
    from transforms.extract import extract_many

    return extract_many(articles, load_pipeline(lang), batch_size=batch_size)
