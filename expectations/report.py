"""dq_results rows as a readable table, for `vigie dq`."""
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


def format_dq_table(rows: list[dict]) -> str:
    """rows: dicts with run_id, suite, expectation, success, details (dq_results)."""
    table = Table(title="Data-quality results", show_lines=False)
    for column in ("run", "suite", "check", "result", "details"):
        table.add_column(column, overflow="fold")
    failures = 0
    for row in rows:
        success = bool(row.get("success"))
        failures += not success
        table.add_row(str(row.get("run_id", "")), str(row.get("suite", "")),
                      str(row.get("expectation", "")), "pass" if success else "FAIL",
                      "" if success else summarise_details(row.get("details")))
    table.caption = f"{len(rows)} checks, {failures} failed"
    out = io.StringIO()
    # No colours and a fixed width: the text goes to logs and pipes as well as terminals.
    Console(file=out, width=160, color_system=None, force_terminal=False).print(table)
    return out.getvalue()
