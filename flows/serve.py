"""`python -m flows.serve`: the nightly flow served by this process on prefect.yaml's
schedule, for a single machine without a work pool.

The README's one-liner `nightly.serve(name='nightly', cron='0 2 * * *')` run without
PREFECT_API_URL served on Prefect's temporary API, which has no scheduler: Prefect logged
"Cannot schedule flows on an ephemeral server" once, among its start-up lines, and the
process then waited forever without a single night being run. A server is checked first.
"""
from __future__ import annotations

import sys

CRON = "0 2 * * *"  # prefect.yaml's schedule (tests/flows/test_serve.py keeps them equal)
TIMEZONE = "UTC"


def api_url() -> str | None:
    """The Prefect API this process would use (variable, profile or prefect.toml)."""
    from prefect.settings import get_current_settings

    return get_current_settings().api.url


def main() -> int:
    if not api_url():
        print("flows.serve: error: serving the nightly flow needs a Prefect server, since "
              "Prefect's temporary API has no scheduler and no night would run: start one "
              "(`prefect server start`) and set PREFECT_API_URL "
              "(http://127.0.0.1:4200/api), or deploy prefect.yaml to a work pool",
              file=sys.stderr)
        return 2
    # A served process writes to a pipe (systemd's journal, a supervisor, a log file):
    # block buffering kept Prefect's "is being served" line in memory, and a SIGTERM
    # that came before the runner's own handler was installed lost it with the process.
    sys.stdout.reconfigure(line_buffering=True)
    from prefect.schedules import Cron

    from flows.nightly import nightly

    # The time zone said, as in prefect.yaml (a bare cron= leaves it unset). One run at a
    # time, as prefect.yaml's concurrency_limit: a late night must not overlap the next
    # on the one warehouse.
    nightly.serve(name="nightly", schedules=[Cron(CRON, timezone=TIMEZONE)], limit=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
