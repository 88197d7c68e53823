"""Run the table suites on one batch and decide what to drop and whether to alert.

    validate_batch(frames, ctx) -> ValidationOutcome

Each table's whole frame is validated in one GX call. Failing rows of
row-level checks are traced back (through GX's unexpected_index_list) to the
articles owning them: those articles go to `bad_articles` and the flow drops
and quarantines all their rows. Batch-level failures (schema, volume, drift,
or a row failure no article can be blamed for) set `batch_failed`.
"""
from __future__ import annotations

import json
import logging
import math
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import polars as pl

from expectations import reference as ref
from expectations.frames import to_pandas_frames
from expectations.rows import ArticleOwners, blame_rows, jsonable
from expectations.runtime import gx_runtime, prune_data_docs, write_data_docs
from expectations.suites import (
    ROW_ID_COLUMNS,
    Check,
    VOLUME_FLOOR_SHARE,
    checks_by_table,
)

log = logging.getLogger(__name__)

MAX_EXAMPLES = 5
TRAILING_RUNS = 7


@dataclass
class BatchContext:
    run_id: str
    now: datetime
    recent_article_counts: list[int] = field(default_factory=list)  # newest first
    known_actor_ids: set[str] = field(default_factory=set)  # already in the warehouse
    known_article_ids: set[str] = field(default_factory=set)
    data_docs_dir: Path | None = None
    data_docs_keep: int = 0  # run sites kept under data_docs_dir, newest first; 0 = all


@dataclass
class DQResult:
    suite: str  # the table
    expectation: str  # readable check name
    success: bool
    details: str  # JSON: counts, observed value, examples, affected articles
    unexpected_count: int = 0
    examples: list = field(default_factory=list)


@dataclass
class ValidationOutcome:
    results: list[DQResult]
    bad_articles: dict[str, str]  # article_id -> reason
    batch_failed: bool
    failed: list[DQResult]
    seconds: float = 0.0  # wall time of validate_batch
    data_docs_index: Path | None = None  # this run's Data Docs, when asked for


def _naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def min_articles(recent_article_counts: list[int]) -> int:
    """Volume floor: 30% of the trailing runs' mean, and never an empty batch."""
    recent = recent_article_counts[:TRAILING_RUNS]
    if not recent:
        return 1
    # round() first: 0.3 * 10 is 3.0000000000000004 in floating point.
    return max(1, math.ceil(round(VOLUME_FLOOR_SHARE * sum(recent) / len(recent), 9)))


def _ids(frame: pd.DataFrame, column: str) -> set[str]:
    return set(frame[column].dropna()) if column in frame.columns else set()


def _valid_references(referenced: set[str], batch: set[str], known: set[str]) -> list[str]:
    """The referenced ids that exist, in the batch or the warehouse.

    Same verdict as checking against batch | known, but the value set GX gets
    stays batch-sized: GX slows down badly (tens of seconds) on value sets of
    tens of thousands of warehouse ids.
    """
    return sorted(i for i in referenced if i in batch or i in known)


def expectation_parameters(tables: dict[str, pd.DataFrame], ctx: BatchContext) -> dict:
    """Values of the suites' $PARAMETERs for this batch."""
    article_refs = (_ids(tables["events"], "article_id")
                    | _ids(tables["actor_mentions"], "article_id")
                    | _ids(tables["article_themes"], "article_id"))
    actor_refs = (_ids(tables["events"], "source_actor_id")
                  | _ids(tables["events"], "target_actor_id")
                  | _ids(tables["actor_mentions"], "actor_id"))
    return {
        "latest_published_at": _naive_utc(ctx.now) + timedelta(days=1),
        "min_articles": min_articles(ctx.recent_article_counts),
        "article_ids": _valid_references(article_refs, _ids(tables["articles"], "article_id"),
                                         ctx.known_article_ids),
        "actor_ids": _valid_references(actor_refs, _ids(tables["actors"], "actor_id"),
                                       ctx.known_actor_ids),
        "theme_codes": sorted(_ids(tables["themes"], "theme_code")
                              | set(ref.CONTRACT_THEME_CODES)),
    }


def _exception_message(exception_info) -> str | None:
    """The error GX caught while checking (a str column compared with numbers, ...).

    exception_info is either one {raised_exception, exception_message} dict or
    a dict of them keyed by the metric that failed.
    """
    if not isinstance(exception_info, dict):
        return None
    infos = [exception_info] if "raised_exception" in exception_info \
        else [i for i in exception_info.values() if isinstance(i, dict)]
    for info in infos:
        if info.get("raised_exception") or info.get("exception_message"):
            return str(info.get("exception_message"))[:300]
    return None


def _dq_result(table: str, check: Check, gx_result) -> DQResult:
    result = gx_result.result or {}
    examples = []  # distinct values, in the order GX found them
    for value in jsonable(list(result.get("partial_unexpected_list") or [])):
        if value not in examples and len(examples) < MAX_EXAMPLES:
            examples.append(value)
    rows = result.get("unexpected_index_list") or []
    details = {
        "table": table,
        "row_level": check.row_level,
        "element_count": result.get("element_count"),
        "unexpected_count": result.get("unexpected_count"),
        "unexpected_percent": result.get("unexpected_percent"),
        "observed_value": jsonable(result.get("observed_value")),
        "examples": examples,
        "articles": sorted({r["article_id"] for r in rows
                            if isinstance(r, dict) and isinstance(r.get("article_id"), str)}
                           )[:MAX_EXAMPLES],
    }
    if message := _exception_message(gx_result.exception_info):
        details["exception"] = message
    details = {k: v for k, v in details.items() if v not in (None, [])}
    return DQResult(
        suite=table,
        expectation=check.name,
        success=bool(gx_result.success),
        details=json.dumps(details, ensure_ascii=False, default=str),
        unexpected_count=int(result.get("unexpected_count") or 0),
        examples=examples,
    )


def _joined(reasons: list[str], limit: int = MAX_EXAMPLES) -> str:
    shown = "; ".join(reasons[:limit])
    return shown + (f"; and {len(reasons) - limit} more" if len(reasons) > limit else "")


def validate_batch(frames: dict[str, pl.DataFrame], ctx: BatchContext) -> ValidationOutcome:
    """Validate every table of the batch (see the module docstring)."""
    started = time.perf_counter()
    runtime = gx_runtime()
    tables = to_pandas_frames(frames)
    parameters = expectation_parameters(tables, ctx)
    owners = ArticleOwners(tables)
    results: list[DQResult] = []
    bad_articles: dict[str, list[str]] = defaultdict(list)
    batch_failed = False
    suite_results = {}
    for table, suite in runtime.suites.items():
        batch = runtime.batch_definitions[table].get_batch(
            batch_parameters={"dataframe": tables[table]})
        suite_result = batch.validate(
            suite,
            result_format={"result_format": "COMPLETE",
                           "unexpected_index_column_names": ROW_ID_COLUMNS[table],
                           "partial_unexpected_count": MAX_EXAMPLES},
            expectation_parameters=parameters,
        )
        suite_results[table] = suite_result
        checks = checks_by_table()[table]
        for gx_result in suite_result.results:
            check = checks[gx_result.expectation_config.meta["check"]]
            results.append(_dq_result(table, check, gx_result))
            if gx_result.success:
                continue
            rows = (gx_result.result or {}).get("unexpected_index_list") or []
            rows = [r for r in rows if isinstance(r, dict)]
            if not check.row_level or not blame_rows(check, table, rows, owners, bad_articles):
                batch_failed = True
    docs_index = None
    if ctx.data_docs_dir is not None:
        try:
            docs_index = write_data_docs(runtime, suite_results, ctx.run_id,
                                         _naive_utc(ctx.now), Path(ctx.data_docs_dir))
            prune_data_docs(Path(ctx.data_docs_dir), ctx.data_docs_keep)
        except Exception as exc:  # docs are a convenience; never fail the run for them
            # One line, the reason included: the traceback (of a folder that cannot be
            # made, a full disk) told the user nothing more and looked like a crash.
            log.warning("could not write Data Docs to %s: %s", ctx.data_docs_dir,
                        f"{type(exc).__name__}: {exc}")
            log.debug("Data Docs failure", exc_info=True)
    return ValidationOutcome(
        results=results,
        bad_articles={a: _joined(reasons) for a, reasons in bad_articles.items()},
        batch_failed=batch_failed,
        failed=[r for r in results if not r.success],
        seconds=time.perf_counter() - started,
        data_docs_index=docs_index,
    )
