"""Every `vigie sql "..."` example in the README runs on the warehouse schema and
returns rows: a renamed column or view must fail here, not in a reader's terminal."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from warehouse import open_warehouse
from warehouse.synthetic import THEMES, synthetic_frames

README = Path(__file__).resolve().parents[2] / "README.md"
# The query inside `vigie sql "..."`, over one or several lines; "select ..." placeholders
# in the usage lines are not examples.
QUERIES = [q for q in re.findall(r'vigie sql\s+"([^"]+)"', README.read_text(encoding="utf-8"))
           if "..." not in q]


def test_the_readme_has_query_examples():
    assert len(QUERIES) >= 5


@pytest.fixture(scope="module")
def wh():
    with open_warehouse(":memory:") as warehouse:
        warehouse.ensure_themes(THEMES)
        warehouse.load("run1", synthetic_frames(6, 4))
        yield warehouse


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: " ".join(q.split())[:60])
def test_readme_query_runs(wh, query):
    result = wh.sql(" ".join(query.split()))
    assert result.width > 0
