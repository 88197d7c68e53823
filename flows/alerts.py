"""Alerts for runs that failed data-quality checks: a Slack-compatible webhook POST.

    build_alert(...) -> dict   # JSON body: "text" for Slack, plus structured fields
    send_alert(url, payload)   # POST with retries; False on final failure, never raises
    alert_failed_run(...)      # both, for a run that failed outright

A delivery is bounded by one overall budget (`total_timeout_s`), so a slow or hung
webhook delays a run's end by at most that. A timeout after the receiver got the
POST can still make a retry deliver it twice: every attempt carries the run's id as
an `Idempotency-Key` header (and `run_id` in the body) so the receiver can drop a repeat.
"""
from __future__ import annotations

import json
import logging
import time
from typing import TYPE_CHECKING

import httpx

from flows.redact import redacted_text

if TYPE_CHECKING:  # importing it would import GX (~3 s) when the flow starts
    from expectations.validate import DQResult

log = logging.getLogger(__name__)

MAX_EXAMPLES = 3
RETRYABLE_STATUS = {408, 425, 429}  # plus every 5xx


def _observed(result: DQResult):
    """Observed value of an aggregate check (row count, ...), from its details."""
    try:
        return json.loads(result.details or "{}").get("observed_value")
    except (ValueError, AttributeError):
        return None


def _examples(result: DQResult) -> list:
    # A failing row's value can be a source URL with its `?token=` or `user:pass@`: a
    # webhook's channel is read by more people than the warehouse.
    return [redacted_text(e) if isinstance(e, str) else e
            for e in result.examples[:MAX_EXAMPLES]]


def _describe(result: DQResult) -> str:
    line = f"• {result.expectation} ({result.suite})"
    if result.unexpected_count:
        line += f": {result.unexpected_count} unexpected"
        if result.examples:
            shown = ", ".join(str(e) for e in _examples(result))
            line += f", e.g. {shown}"
    elif (observed := _observed(result)) is not None:
        line += f": observed {observed}"
    return line


def build_alert(run_id: str, flow_run_id: str | None, failed: list[DQResult],
                quarantined: int, articles_loaded: int, db_path: str,
                error: str | None = None) -> dict:
    """The body for a run whose checks failed, or (error given) a run that itself failed."""
    status = "failed" if error else "failed_checks" if failed else "completed"
    error = redacted_text(error) if error else error  # an HTTP error names its URL
    flow = f" (flow run {flow_run_id})" if flow_run_id else ""
    if error:
        header = (f"Vigie run {run_id}{flow} FAILED: {error}; {articles_loaded} article(s) "
                  f"loaded before it stopped, db {db_path}")
    else:
        header = (f"Vigie run {run_id}{flow}: {len(failed)} data-quality check(s) failed; "
                  f"{articles_loaded} article(s) loaded, {quarantined} quarantined, "
                  f"db {db_path}")
    return {
        "text": "\n".join([header] + [_describe(r) for r in failed]),
        "run_id": run_id,
        "flow_run_id": flow_run_id,
        "status": status,
        "error": error,
        "failed_checks": [
            {"suite": r.suite, "expectation": r.expectation,
             "unexpected_count": r.unexpected_count, "examples": _examples(r)}
            for r in failed
        ],
        "quarantined": quarantined,
        "articles_loaded": articles_loaded,
        "db_path": db_path,
    }


def error_line(exc: BaseException) -> str:
    """What failed, in the one line `vigie run` prints for it."""
    text = str(exc).strip()
    if not text:
        return type(exc).__name__
    line = text.splitlines()[0]
    return line if type(exc).__module__.startswith("warehouse") \
        else f"{type(exc).__name__}: {line}"


# Logged by both callers of alert_failed_run when it returns False, each through its own
# logger (the flow's run logger in flows/nightly.py, so that the flow run's logs show it):
# a cron mail grepped for these words finds a failure inside the flow and one before it.
UNDELIVERED_FAILED_RUN = "the alert about this failed run was NOT delivered"


def alert_failed_run(webhook_url: str, run_id: str, flow_run_id: str | None,
                     exc: BaseException | None, articles_loaded: int, db_path: str,
                     total_timeout_s: float, error: str | None = None) -> bool:
    """POST the alert of a run that failed outright, or was refused before its flow (its
    run id then has no `runs` row); True once delivered. `error`, when given, is the
    line to report instead of the exception's."""
    payload = build_alert(run_id, flow_run_id, [], quarantined=0,
                          articles_loaded=articles_loaded, db_path=db_path,
                          error=error or error_line(exc))
    return send_alert(webhook_url, payload, total_timeout_s=total_timeout_s)


def _worth_retrying(status_code: int) -> bool:
    return status_code >= 500 or status_code in RETRYABLE_STATUS


def send_alert(webhook_url: str, payload: dict, retries: int = 3, backoff_s: float = 1.0,
               timeout_s: float = 10, total_timeout_s: float = 30) -> bool:
    """POST payload as JSON; retry network errors and 5xx `retries` times with
    exponential backoff, all within `total_timeout_s`. Returns True once delivered (2xx)."""
    attempts = 1 + max(0, retries)
    # Four attempts of 10 s plus backoff held a run's end ~47 s on a hung webhook.
    deadline = time.monotonic() + total_timeout_s
    headers = {"Content-Type": "application/json"}
    if payload.get("run_id"):
        headers["Idempotency-Key"] = str(payload["run_id"])
    try:
        body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
        with httpx.Client() as client:
            for attempt in range(attempts):
                if attempt:
                    pause = backoff_s * 2 ** (attempt - 1)
                    if time.monotonic() + pause >= deadline:
                        log.warning("alert POST: %.0f s budget spent after %d attempt(s)",
                                    total_timeout_s, attempt)
                        break
                    time.sleep(pause)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                try:
                    response = client.post(webhook_url, content=body, headers=headers,
                                           timeout=min(timeout_s, remaining))
                except httpx.HTTPError as error:
                    log.warning("alert POST attempt %d/%d failed: %s", attempt + 1, attempts,
                                error)
                    continue
                if response.is_success:
                    return True
                # A webhook that moved (http -> https, a new path) answered 301/308 and the
                # log said only "got HTTP 301": a POST is not followed (a 301 or 302 would
                # turn it into a GET without the alert), so say where it went.
                moved = (f" (moved to {response.headers['location']}: set "
                         "VIGIE_ALERT_WEBHOOK to it)"
                         if response.is_redirect and response.headers.get("location") else "")
                log.warning("alert POST attempt %d/%d got HTTP %d%s", attempt + 1, attempts,
                            response.status_code, moved)
                if not _worth_retrying(response.status_code):
                    break
    except Exception:  # a bad URL or payload must not take the run down with it
        log.exception("could not send alert to the webhook")
        return False
    log.error("alert not delivered to the webhook (up to %d attempt(s) within %.0f s)",
              attempts, total_timeout_s)
    return False
