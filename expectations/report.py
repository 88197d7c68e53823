"""dq_results rows, and the run's quarantine rows, as readable tables, for `vigie dq`."""
from __future__ import annotations

import io
import json

from rich.console import Console
from rich.table import Table

MAX_EXAMPLES = 3


def summarise_details(details: str | None) -> str:
    """'3 unexpected, e.g. FOO, BAR' or 'observed 0' from a dq_results details JSON."""
    if not details:
        return ""
    try:
        parsed = json.loads(details)
    except ValueError:
        return details[:120]
    if not isinstance(parsed, dict):
        return str(parsed)[:120]
    parts = []
    if parsed.get("unexpected_count"):
        part = f"{parsed['unexpected_count']} unexpected"
        if parsed.get("unexpected_percent") is not None:
            part += f" ({parsed['unexpected_percent']:.1f}%)"
        examples = parsed.get("examples") or []
        if examples:
            part += ", e.g. " + ", ".join(str(e) for e in examples[:MAX_EXAMPLES])
        parts.append(part)
    elif parsed.get("observed_value") is not None:
        parts.append(f"observed {parsed['observed_value']}")
    if parsed.get("articles"):
        parts.append("articles " + ", ".join(parsed["articles"][:MAX_EXAMPLES]))
    if parsed.get("exception"):
        parts.append("error: " + parsed["exception"])
    return "; ".join(parts)


def _render(table: Table) -> str:
    out = io.StringIO()
    # No colours and a fixed width: the text goes to logs and pipes as well as terminals.
    Console(file=out, width=160, color_system=None, force_terminal=False).print(table)
    return out.getvalue()


def format_quarantine_table(run_id: str, rows: list[dict], total: int) -> str:
    """The run's quarantine rows (stage, source_ref, reason), the first of `total`."""
    table = Table(title=f"Quarantined by run {run_id}", show_lines=False)
    for column in ("stage", "source", "reason"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(str(row.get("stage", "")), str(row.get("source_ref") or ""),
                      str(row.get("reason", "")))
    table.caption = f"{total} quarantined" + (
        "" if total <= len(rows) else
        f", {len(rows)} shown; all: vigie sql \"select source_ref, reason from quarantine "
        f"where run_id = '{run_id}'\"")
    return _render(table)


def format_dq_table(rows: list[dict], failed_only: bool = False) -> str:
    """rows: dicts with run_id, suite, expectation, success, details (dq_results);
    failed_only lists the failed ones, under the same count of every check."""
    table = Table(title="Data-quality results", show_lines=False)
    for column in ("run", "suite", "check", "result", "details"):
        table.add_column(column, overflow="fold")
    failures = 0
    for row in rows:
        success = bool(row.get("success"))
        failures += not success
        if success and failed_only:
            continue
        table.add_row(str(row.get("run_id", "")), str(row.get("suite", "")),
                      str(row.get("expectation", "")), "pass" if success else "FAIL",
                      "" if success else summarise_details(row.get("details")))
    table.caption = f"{len(rows)} checks, {failures} failed"
    return _render(table)
