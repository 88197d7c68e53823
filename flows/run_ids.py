"""Run ids, made without importing Prefect: `vigie run` also names a run it refused
before Prefect could start (its alert needs an id a receiver can key on)."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc).replace(tzinfo=None)
    return now.strftime("run_%Y%m%dT%H%M%S_") + uuid.uuid4().hex[:6]
