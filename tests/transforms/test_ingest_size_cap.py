"""A huge local file is one quarantine row, not the whole file in memory.

URLs were capped at 10 MB; a local .txt, .json, .html or feed file was read whole
(path.read_bytes()), and a JSONL line without an end was read whole too: a 4 GB dump
dropped into the news folder took the night's memory and the run with it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from transforms import ingest
from transforms.ingest import read_source
from transforms.records import Article, Rejected

STORY = ("NATO Secretary General Mark Rutte met Japanese Prime Minister Shigeru Ishiba "
         "in Tokyo on Tuesday. ") * 4


@pytest.fixture
def small_cap(monkeypatch):
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 50_000)
    return 50_000


@pytest.mark.parametrize("name", ["big.txt", "big.json", "big.html", "big.rss"])
def test_a_file_over_the_cap_is_one_rejection(tmp_path, small_cap, name):
    (tmp_path / name).write_bytes(b"word " * (small_cap // 5 + 1))
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    results = {Path(r.source_ref).name: r for r in read_source(tmp_path)}
    assert isinstance(results["good.txt"], Article)
    rejected = results[name]
    assert isinstance(rejected, Rejected) and rejected.stage == "parse"
    assert rejected.reason.startswith(f"file larger than {small_cap:,} bytes"), rejected.reason
    assert len(rejected.payload) <= 2000


def test_a_file_at_the_cap_is_read(tmp_path, small_cap):
    text = STORY + "x" * (small_cap - len(STORY.encode()))
    (tmp_path / "full.txt").write_text(text, encoding="utf-8")
    [article] = read_source(tmp_path / "full.txt")
    assert isinstance(article, Article)


def test_a_jsonl_line_over_the_cap_rejects_only_that_line(tmp_path, small_cap):
    good = json.dumps({"id": "a", "text": STORY})
    endless = json.dumps({"id": "b", "text": "word " * (small_cap // 5)})
    (tmp_path / "wire.jsonl").write_text(f"{good}\n{endless}\n{good.replace('a', 'c', 1)}\n",
                                         encoding="utf-8")
    results = list(read_source(tmp_path / "wire.jsonl"))
    assert [type(r).__name__ for r in results] == ["Article", "Rejected", "Article"]
    assert results[1].source_ref.endswith("wire.jsonl:2")
    assert results[1].reason.startswith(f"line longer than {small_cap:,} bytes")
    assert results[2].source_ref.endswith("wire.jsonl:3")
