"""The nightly flow: discover → fetch → extract → validate → load.

Tasks are thin wrappers around transforms, expectations and warehouse calls.
Only network work (in flows.sources) retries.
"""
from __future__ import annotations

import logging
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone

# Prefect's SDK sends usage events (first flow defined, first run, first deployment) to
# Amplitude unless DO_NOT_TRACK is set, read when each is sent. `vigie run` set it; a
# worker's or `python -m flows.serve`'s run of this flow did not. Vigie promises no network
# call beyond the package registries; a value the user set still wins.
os.environ.setdefault("DO_NOT_TRACK", "1")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE

from flows.run_ids import new_run_id
from flows.settings import NightlySettings
from transforms.records import Article, Extraction, Rejected

EXTRACT_TASK_OPTS = dict(cache_policy=NO_CACHE, persist_result=False)


@dataclass
class RunSummary:
    run_id: str
    flow_run_id: str | None
    status: str
    articles_seen: int = 0
    articles_loaded: int = 0
    articles_skipped: int = 0
    articles_before_since: int = 0  # published before settings.since: left out, not loaded
    articles_already_quarantined: int = 0  # same content failed a row check on an earlier night
    quarantined: int = 0
    actors: int = 0
    mentions: int = 0
    events: int = 0
    themes: int = 0
    checks_passed: int = 0
    checks_total: int = 0
    failed_checks: list[str] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    alert_sent: bool = False


@contextmanager
def _timed(stages: dict[str, float], name: str, start: float | None = None):
    """Add the block's wall time (from `start` when given) to stages[name]."""
    start = time.perf_counter() if start is None else start
    try:
        yield
    finally:
        stages[name] = round(stages.get(name, 0.0) + time.perf_counter() - start, 3)


def mark_alerted(exc: BaseException) -> None:
    """Say on the exception that the flow dealt with its alert, so that flows.run, which
    alerts for a run that failed before the flow's body (Prefect's API unreachable), does
    not alert a second time."""
    try:
        exc.vigie_alerted = True
    except AttributeError:  # an exception type that takes no attributes
        pass


def alerted(exc: BaseException) -> bool:
    return getattr(exc, "vigie_alerted", False)


@task(name="extract-batch", **EXTRACT_TASK_OPTS)
def extract_batch(articles: list[Article], lang: str,
                  workers: int = 1) -> list[Extraction | Rejected]:
    """Parse and extract a batch of same-language articles, on `workers` processes.

    An article spaCy or an extractor fails on comes back as a Rejected, so it is
    quarantined and the rest of the batch goes on.
    """
    from flows.workers import extract_articles

    return extract_articles(articles, lang, workers)


def _assign_languages(articles: list[Article]) -> tuple[list[Article], list[Rejected]]:
    from expectations.reference import MIN_TEXT_CHARS
    from transforms.extract import SUPPORTED_LANGUAGES
    from transforms.language import detect_language

    kept, rejected = [], []
    for art in articles:
        detected_here = not art.language
        if detected_here:
            art.language, art.language_confidence = detect_language(art.text)
        elif art.language_confidence is None:
            detected, conf = detect_language(art.text)
            art.language_confidence = conf if detected == art.language else 1.0 - conf
        if art.language not in SUPPORTED_LANGUAGES:
            # "Hi" or "..." has no language to tell: what is wrong is its length (the
            # articles row check's reason), not a language Vigie lacks.
            too_short = detected_here and len(art.text) < MIN_TEXT_CHARS
            reason = (f"text is shorter than {MIN_TEXT_CHARS} chars (too short to tell "
                      "its language)" if too_short else
                      f"language '{art.language}' is not supported "
                      f"(supported: {', '.join(SUPPORTED_LANGUAGES)})")
            rejected.append(Rejected(stage="extract", source_ref=art.source_ref,
                                     reason=reason, payload=art.text[:2000]))
        else:
            kept.append(art)
    return kept, rejected


def _batches(articles: list[Article], size: int):
    by_lang: dict[str, list[Article]] = {}
    for art in articles:
        by_lang.setdefault(art.language, []).append(art)
    for lang, arts in sorted(by_lang.items()):
        for i in range(0, len(arts), size):
            yield lang, arts[i:i + size]


@flow(name="nightly", log_prints=False)
def nightly(settings: NightlySettings | None = None) -> RunSummary:  # or a Completed state
    """Pull new articles, extract events, validate and load the warehouse."""
    from prefect.runtime import flow_run

    from flows.alerts import (UNDELIVERED_FAILED_RUN, alert_failed_run, build_alert,
                              send_alert)
    from flows.sources import SourceSettings, collect
    from flows.workers import shutdown_workers
    from transforms.tables import (drop_articles, quarantine_rows, themes_frame,
                                   to_frames)
    from transforms.themes import taxonomy
    from warehouse.db import open_warehouse

    # GX logs its setup chatter at INFO; keep the run's output to what matters.
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    settings = settings or NightlySettings()
    logger = get_run_logger()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    run_id = new_run_id(now)
    summary = RunSummary(run_id=run_id, flow_run_id=str(flow_run.id) if flow_run.id else None,
                         status="running")
    stages = summary.stage_seconds

    shutdown_workers()  # no pool or interruption left over from an earlier run in this process
    try:
        with open_warehouse(settings.db, wait_s=settings.lock_wait_s) as wh:
            wh.recreate_dropped_tables()
            wh.start_run(run_id, summary.flow_run_id, now)
            try:
                wh.require_data_tables(run_id)
                with _timed(stages, "discover_fetch"):
                    collected = collect(settings.resolved_sources(), SourceSettings(
                        timeout_s=settings.fetch_timeout_s, retries=settings.fetch_retries,
                        retry_backoff_s=settings.fetch_backoff_s, user_agent=settings.user_agent,
                        own_outputs=settings.own_outputs(), since=settings.since), memory=wh)
                rejected: list[Rejected] = list(collected.rejected)
                articles = collected.articles
                summary.articles_seen = len(articles) + len(rejected) + len(collected.before_since)

                intake = _intake_frame(articles, rejected,
                                       collected.unchanged_feeds + collected.skipped_urls
                                       + collected.before_since)
                with _timed(stages, "dedupe"):
                    articles, twins = _new_articles(wh, articles, settings, summary)
                    summary.articles_before_since += len(collected.before_since)
                    articles, unsupported = _assign_languages(articles)
                    articles = _not_quarantined_before(wh, articles, summary, now)
                    rejected += unsupported

                themes = [(t.code, t.label, t.label_fr) for t in taxonomy().values()]
                wh.ensure_themes(themes)
                themes_table = themes_frame(themes)
                # Actors already in the warehouse; each chunk's frames carry every actor the
                # chunk itself refers to, so those loaded by earlier chunks need no re-read.
                known_actor_ids = wh.known_actor_ids()
                checks = _ChunkChecks()
                chunks = _chunks(articles, settings.chunk_size)
                progress = _Progress(len(articles), enabled=settings.progress)
                # Extraction of the next chunk runs while this one is validated and loaded;
                # memory holds at most two chunks whatever the night's volume.
                pending, submitted = _submit(chunks[0], settings), time.perf_counter()
                # Great Expectations takes seconds to import and set up: that happens here,
                # while the worker processes extract the first chunk, rather than before.
                # The two stages overlap: "extract" counts from the submission.
                with _timed(stages, "validate_setup"):
                    from expectations.runtime import gx_runtime

                    gx_runtime()
                for index in range(len(chunks)):
                    with _timed(stages, "extract", start=submitted if index == 0 else None):
                        extracted = [x for fut in pending for x in progress.track(fut.result())]
                        if index + 1 < len(chunks):
                            pending = _submit(chunks[index + 1], settings)
                        rejected += [x for x in extracted if isinstance(x, Rejected)]
                        frames = to_frames([x for x in extracted if not isinstance(x, Rejected)],
                                           run_id)
                        frames["themes"] = themes_table
                        if index == 0:  # what the sources delivered is judged once
                            frames["intake"] = intake

                    with _timed(stages, "validate"):
                        from expectations.validate import BatchContext, validate_batch

                        outcome = validate_batch(frames, BatchContext(
                            run_id=run_id, now=now,
                            recent_article_counts=wh.recent_article_counts(7) if index == 0 else [],
                            known_actor_ids=known_actor_ids,
                            known_article_ids=set(),
                            data_docs_dir=settings.data_docs_dir if index == 0 else None,
                            data_docs_keep=settings.data_docs_keep))
                        checks.add(outcome)
                        rejected += quarantine_rows(frames, outcome.bad_articles)
                        frames = drop_articles(frames, outcome.bad_articles)

                    with _timed(stages, "load"):
                        stats = wh.load(run_id, frames)
                    summary.articles_loaded += stats.articles_loaded
                    summary.events += stats.events_loaded
                    summary.mentions += stats.mentions_loaded
                    summary.actors += frames["actors"].height
                    summary.themes += frames["article_themes"].height
                    del frames, extracted
                progress.close()
                shutdown_workers()

                with _timed(stages, "load"):
                    wh.record_dq(run_id, [(r.suite, r.expectation, r.success, r.details)
                                          for r in checks.results])
                    rejected += _settle_twins(wh, twins, rejected, summary)
                    summary.quarantined = wh.quarantine(run_id, rejected)
                    # Only now: a feed's validators saved before a failed load would 304 its
                    # entries away for good.
                    for feed_url, (etag, last_modified) in collected.feed_states.items():
                        wh.save_feed_state(feed_url, etag, last_modified)
                    wh.remember_links(run_id, collected.moved_links)

                summary.checks_total = len(checks.results)
                summary.checks_passed = sum(r.success for r in checks.results)
                summary.failed_checks = [f"{r.suite}: {r.expectation}" for r in checks.failed]
                # Row-level failures are quarantined and the rest loads: the run completed.
                # Batch-level failures (volume, drift) put the whole night in doubt.
                summary.status = "failed_checks" if checks.batch_failed else "completed"
            except BaseException as exc:
                interrupted = isinstance(exc, KeyboardInterrupt)  # Ctrl-C, SIGINT
                shutdown_workers(now=interrupted)
                summary.status = "interrupted" if interrupted else "failed"
                # Chunks loaded before the failure stay loaded (each is its own transaction):
                # the run is recorded as having added them.
                wh.finish_run(run_id, summary.status, articles_seen=summary.articles_seen,
                              articles_loaded=summary.articles_loaded, articles_quarantined=0,
                              events_loaded=summary.events, stage_seconds=stages)
                raise
            wh.finish_run(run_id, summary.status, articles_seen=summary.articles_seen,
                          articles_loaded=summary.articles_loaded,
                          articles_quarantined=summary.quarantined,
                          events_loaded=summary.events, stage_seconds=stages)
    except Exception as exc:
        # A night that failed outright (disk full, a table gone, the warehouse locked)
        # alerted no one: only failed checks did. Ctrl-C is a person there, not an alert.
        if settings.alert_webhook:
            summary.alert_sent = alert_failed_run(
                settings.alert_webhook, run_id, summary.flow_run_id, exc,
                articles_loaded=summary.articles_loaded, db_path=str(settings.db),
                total_timeout_s=settings.alert_timeout_s)
            if not summary.alert_sent:
                logger.warning(UNDELIVERED_FAILED_RUN)
        mark_alerted(exc)
        raise

    if summary.failed_checks:
        for name in summary.failed_checks:
            logger.warning("data-quality check failed: %s", name)
        if settings.alert_webhook:
            payload = build_alert(run_id, summary.flow_run_id, checks.failed,
                                  quarantined=summary.quarantined,
                                  articles_loaded=summary.articles_loaded,
                                  db_path=str(settings.db))
            summary.alert_sent = send_alert(settings.alert_webhook, payload,
                                            total_timeout_s=settings.alert_timeout_s)
    logger.info("run %s %s: %d articles loaded, %d quarantined, %d events",
                run_id, summary.status, summary.articles_loaded, summary.quarantined,
                summary.events)
    if summary.failed_checks:
        # Visible in the Prefect UI and API: the run completed, but checks failed.
        from prefect.states import Completed

        # A deployment's run has no summary on a terminal: the state is where whoever
        # waited for the alert learns that it never came.
        undelivered = ("alert NOT delivered to the webhook; "
                       if settings.alert_webhook and not summary.alert_sent else "")
        return Completed(name="FailedChecks", data=summary, message=(
            f"{len(summary.failed_checks)} data-quality check(s) failed: {undelivered}"
            + "; ".join(summary.failed_checks)[:900]))
    return summary


def _chunks(articles: list[Article], size: int) -> list[list[Article]]:
    """Articles grouped for validate+load; always one chunk, so an empty night is checked."""
    return [articles[i:i + size] for i in range(0, len(articles), size)] or [[]]


def _submit(chunk: list[Article], settings: NightlySettings) -> list:
    """Extraction tasks for one chunk. With worker processes (by default, one per core),
    one task per language hands its articles to the pool; without, tasks of batch_size
    articles run in the task runner's threads (or on Dask's workers)."""
    from flows.workers import worker_count

    if settings.task_runner != "thread" or worker_count(settings.n_process, len(chunk)) == 1:
        return [extract_batch.submit(batch, lang, 1)
                for lang, batch in _batches(chunk, settings.batch_size)]
    return [extract_batch.submit(batch, lang, worker_count(settings.n_process, len(batch)))
            for lang, batch in _batches(chunk, max(len(chunk), 1))]


class _ChunkChecks:
    """Data-quality results of all chunks, one result per check for the whole run."""

    def __init__(self) -> None:
        self._by_check: dict[tuple[str, str], object] = {}
        self.batch_failed = False

    def add(self, outcome) -> None:
        self.batch_failed |= outcome.batch_failed
        for result in outcome.results:
            key = (result.suite, result.expectation)
            kept = self._by_check.get(key)
            if kept is None or (kept.success and not result.success):
                self._by_check[key] = result
            elif not result.success:
                kept.unexpected_count += result.unexpected_count

    @property
    def results(self) -> list:
        return list(self._by_check.values())

    @property
    def failed(self) -> list:
        return [r for r in self._by_check.values() if not r.success]


class _Progress:
    """A progress bar on stderr for interactive runs (rich); silent otherwise."""

    def __init__(self, total: int, enabled: bool) -> None:
        self._bar = None
        if enabled and total:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress,
                                       TimeRemainingColumn)

            self._bar = Progress("extracting", BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), transient=True)
            self._task = self._bar.add_task("extract", total=total)
            self._bar.start()

    def track(self, items: list) -> list:
        if self._bar is not None:
            self._bar.advance(self._task, len(items))
        return items

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _intake_frame(articles: list[Article], rejected: list[Rejected], unchanged: list[str] = ()):
    """One row per input the sources delivered: the volume check counts these.

    A feed that answered 304 or a URL already loaded is a source alive with nothing new:
    it counts as delivered, so a quiet incremental night is not an empty one."""
    import polars as pl

    refs = [a.source_ref for a in articles] + [r.source_ref for r in rejected] + list(unchanged)
    status = (["received"] * len(articles) + ["rejected"] * len(rejected)
              + ["unchanged"] * len(unchanged))
    return pl.DataFrame({"source_ref": refs, "status": status},
                        schema={"source_ref": pl.Utf8, "status": pl.Utf8})


def _new_articles(wh, articles: list[Article], settings: NightlySettings,
                  summary: RunSummary) -> tuple[list[Article], list[tuple[Article, Article]]]:
    """Drop articles already in the warehouse, repeated in this batch, or too old; the
    repeated ones come back as (twin, first) pairs, for `_settle_twins`."""
    if settings.since:
        recent = [a for a in articles
                  if a.published_at is None or a.published_at.date() >= settings.since]
        summary.articles_before_since = len(articles) - len(recent)
        articles = recent
    known = wh.existing_content_hashes([a.content_hash for a in articles])
    fresh, first_with, skipped, twins = [], {}, [], []
    for art in articles:
        if art.content_hash in known:
            skipped.append(art)
        elif art.content_hash in first_with:
            twins.append((art, first_with[art.content_hash]))
        else:
            first_with[art.content_hash] = art
            fresh.append(art)
    summary.articles_skipped = len(skipped) + len(twins)
    # The same content under another URL or file is loaded once; remember where else it was seen.
    wh.record_sources(summary.run_id, [(a.source_ref, a.url, a.content_hash, a.article_id)
                                        for a in skipped])
    return fresh, twins


def _settle_twins(wh, twins: list[tuple[Article, Article]], rejected: list[Rejected],
                  summary: RunSummary) -> list[Rejected]:
    """What became of the same text met twice in one night, read once under its first ref.

    Its other refs were recorded as sources of the article before it was read: when it
    was then quarantined (a language Vigie does not read, a failed check), they counted
    as "already loaded", source_index pointed them at an article that is not there and
    no quarantine row named them. Now they are recorded once it is loaded, and otherwise
    each gets a quarantine row of its own, with the first one's reason."""
    if not twins:
        return []
    loaded = wh.existing_content_hashes([twin.content_hash for twin, _ in twins])
    wh.record_sources(summary.run_id, [(t.source_ref, t.url, t.content_hash, t.article_id)
                                        for t, _ in twins if t.content_hash in loaded])
    why = {r.source_ref: r for r in rejected}
    rows = []
    for twin, first in twins:
        if twin.content_hash in loaded:
            continue
        summary.articles_skipped -= 1
        first_rejected = why.get(first.source_ref)
        if first_rejected is None:  # the first was quarantined on an earlier night
            summary.articles_already_quarantined += 1
            continue
        rows.append(Rejected(first_rejected.stage, twin.source_ref,
                             f"same text as {first.source_ref}: {first_rejected.reason}",
                             first_rejected.payload))
    return rows


def _not_quarantined_before(wh, articles: list[Article], summary: RunSummary,
                            now: datetime) -> list[Article]:
    """Drop articles that failed a row check on an earlier night, unchanged since.

    Checked again, they would fail the same way: the night's checks would fail and the
    webhook alert every night for as long as the file stays in the folder or the entry
    in the feed; their quarantine row is already there. Unchanged means the same text,
    language and publication time, what the row checks judge. The one verdict time
    changes is a publication date in the future: such an article is read again once
    its date has come."""
    judged = {(content_hash, language, published_at): when for content_hash, language,
              published_at, when in wh.quarantined_content([a.content_hash for a in articles])}
    if not judged:
        return articles
    kept = []
    for art in articles:
        published = None if art.published_at is None else str(art.published_at)
        when = judged.get((art.content_hash, art.language, published))
        date_has_come = (when is not None and art.published_at is not None
                         and when < art.published_at <= now)
        if when is None or date_has_come:
            kept.append(art)
    summary.articles_already_quarantined = len(articles) - len(kept)
    return kept
