"""Issue 7, flow level: a mixed folder of good and bad inputs (files and URLs) runs to
completion, loads every good article, quarantines every bad input with a reason, and
a rerun changes nothing. Real files in a tmp dir, real HTTP on loopback, real DuckDB.
"""
from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import pytest

from flows.nightly import nightly
from flows.settings import NightlySettings
from tests.dbrows import rows, stable_counts
from tests.httpserver import redirect, serve, slow
from transforms.ingest import MAX_TEXT_CHARS

CORPUS = Path(__file__).resolve().parents[2] / "vigie" / "corpus"
GOOD_CORPUS_FILES = ["gw-2025-0626-nato-hague.json", "cm-2025-0319-macron-zelensky.json",
                     "cm-2026-0414-senkaku.html"]
SQL = "'; DROP TABLE articles; --"
# Tables whose rows a rerun must leave alone (runs and dq_results log every run).

def _corpus_text(name: str) -> str:
    return json.loads((CORPUS / name).read_text(encoding="utf-8"))["text"]


# Real wire-style texts (short made-up ones fail the batch checks, as they should).
EN_TEXT = _corpus_text("gw-2025-1014-moldova-disinfo.json")
# Typographic dashes and quotes are not in latin-1: plain ones, as in older exports.
FR_TEXT = _corpus_text("cm-2025-0128-sahel-cedeao.json").translate(
    str.maketrans({"’": "'", "–": "-", "—": "-", "“": '"', "”": '"', "…": "..."}))
EN_TEXT_2 = _corpus_text("hp-2025-0610-scarborough.json")
EN_TEXT_3 = _corpus_text("mp-2025-0403-tariffs-eu.json")

# Bad files: name -> (content, words the quarantine reason must contain).
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "broken.json": (b'{"text": "unterminated', "broken JSON"),
    "binary.json": (b"\x89PNG\r\n\x1a\n\x00\x00" + random.Random(7).randbytes(3000),
                    "undecodable"),
    "binary.txt": (b"\x00\x01\x02\xff\xfe" * 400, "undecodable"),
    "empty.json": (b"", "empty"),
    "list.json": (b"[1, 2, 3]", "list"),
    "number.json": (b"42", "number"),
    "string.json": (b'"just a string"', "string"),
    "notext.json": (json.dumps({"title": "no text at all"}).encode(), "missing field 'text'"),
    "nulltext.json": (json.dumps({"text": None}).encode(), "not a string"),
    "blanktext.json": (json.dumps({"text": "  \n "}).encode(), "empty"),
    "empty-page.html": (b"<html><body><nav>Home</nav></body></html>", "no extractable"),
    "broken.xml": (b"<rss><channel><item><title>Half a feed</tit", "feed"),
    "notes.csv": (b"a,b\n1,2\n", "unsupported file type"),
}


# Their refs keep the odd byte as an escape: DuckDB and Arrow refuse lone surrogates.
LATIN1_NAMES = {"good": b"r\xe9sum\xe9.txt", "bad": b"donn\xe9es.csv"}


def _write(folder: Path, name: str, content: bytes | str | dict) -> Path:
    path = folder / name
    if isinstance(content, dict):
        content = json.dumps(content, ensure_ascii=False)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in GOOD_CORPUS_FILES:
        shutil.copy(CORPUS / name, folder / name)
    # Same text as a good article under another id and URL: loaded once, both refs kept.
    twin = json.loads((CORPUS / GOOD_CORPUS_FILES[0]).read_text(encoding="utf-8"))
    twin.update(id="twin-of-nato-hague", url="https://mirror.example.test/nato-hague")
    _write(folder, "twin.json", twin)
    _write(folder, "latin1.txt", FR_TEXT.encode("latin-1"))
    # 5 MB+: cut to MAX_TEXT_CHARS at a paragraph end.
    huge = "\n".join(f"{EN_TEXT_3} ({i})." for i in range(3_300))
    assert len(huge) > 5_000_000
    _write(folder, "huge.json", {"id": "huge", "language": "en", "text": huge})
    _write(folder, "sql.json", {"id": SQL, "title": SQL, "source": SQL, "url": SQL,
                                "language": "en", "text": f"{SQL}\n{EN_TEXT}"})
    _write(folder, "baddate.json", {"id": "bad-date", "published": "the day after tomorrow-ish?",
                                    "language": "en",
                                    "text": EN_TEXT_2})
    _write(folder, "lines.jsonl", "\n".join([
        json.dumps({"id": "line-good", "language": "fr", "text": FR_TEXT + " Encore."}),
        '{"text": "broken line',
        "[1, 2]",
        "",
    ]))
    for name, (content, _) in BAD_FILES.items():
        _write(folder, name, content)
    # File names in latin-1 (an old archive copied to a UTF-8 system): one good, one bad.
    _write(folder, os.fsdecode(LATIN1_NAMES["good"]), EN_TEXT)
    _write(folder, os.fsdecode(LATIN1_NAMES["bad"]), b"a,b\n1,2\n")
    return folder


def test_mixed_inputs_load_the_good_quarantine_the_bad_and_rerun_is_noop(
        prefect_harness, tmp_path, mixed_folder):
    good_page = (CORPUS / "cm-2026-0414-senkaku.html").read_bytes().replace(b"Senkaku",
                                                                            b"Senkakou")
    routes = {
        "/e500": (500, {}, b"boom"),
        "/e404": (404, {}, b"gone"),
        "/slow": slow(2.0, (200, {"Content-Type": "text/html"}, b"late")),
        "/page.html": (200, {"Content-Type": "text/html; charset=utf-8"}, good_page),
    }
    with serve(routes) as server:
        routes["/loop"] = redirect(server.url("/loop"))
        # A feed whose entry carries a teaser only, and whose link is gone.
        _write(mixed_folder, "news.rss", f"""<?xml version="1.0"?><rss version="2.0"><channel>
            <title>News</title><item><guid>entry-1</guid><title>Teaser</title>
            <link>{server.url("/gone")}</link><description>Short.</description></item>
            </channel></rss>""")
        routes["/gone"] = (410, {}, b"gone")
        urls = {name: server.url(f"/{name}") for name in ("e500", "e404", "slow", "loop")}
        settings = NightlySettings(
            sources=[str(mixed_folder), *urls.values(), server.url("/page.html")],
            db=tmp_path / "w.duckdb", data_docs_dir=tmp_path / "docs", lock_wait_s=5,
            fetch_timeout_s=0.3, fetch_retries=2, fetch_backoff_s=0.01)
        first = nightly(settings)
        db = settings.db
        after_first = stable_counts(db)
        requests_after_first = {name: len(server.requests_to(f"/{name}")) for name in urls}
        second = nightly(settings)

    assert first.status == "completed", first.failed_checks
    # Every good article once (the twin is the same article).
    ids = {r[0] for r in rows(db, "select external_id from articles")}
    expected = {"gw-2025-0626-nato-hague", "cm-2025-0319-macron-zelensky", "cm-2026-0414-senkaku",
                "latin1", "huge", SQL, "bad-date", "line-good", server.url("/page.html"),
                "r\\xe9sum\\xe9"}
    assert ids == expected
    assert first.articles_loaded == len(expected)

    quarantine = rows(db, "select stage, source_ref, reason from quarantine")
    assert all(reason for _, _, reason in quarantine)
    for name, (_, why) in BAD_FILES.items():
        hits = [r for r in quarantine if r[1] == str(mixed_folder / name)]
        assert len(hits) == 1, (name, quarantine)
        assert why.lower() in hits[0][2].lower(), (name, hits)
    assert [r[2] for r in quarantine if r[1] == f"{mixed_folder}/donn\\xe9es.csv"] == [
        "unsupported file type .csv"]
    line_refs = {r[1] for r in quarantine if "lines.jsonl" in r[1]}
    assert line_refs == {f"{mixed_folder / 'lines.jsonl'}:2", f"{mixed_folder / 'lines.jsonl'}:3"}

    # HTTP failures: retried with backoff when asking again may help, then quarantined.
    by_ref = {r[1]: r for r in quarantine}
    assert "HTTP 500" in by_ref[urls["e500"]][2] and by_ref[urls["e500"]][0] == "fetch"
    assert "HTTP 404" in by_ref[urls["e404"]][2]
    assert "timed out" in by_ref[urls["slow"]][2]
    assert "redirects" in by_ref[urls["loop"]][2]
    gone = by_ref[f"{mixed_folder / 'news.rss'}#entry-1"]
    assert gone[0] == "fetch" and "HTTP 410" in gone[2]
    assert requests_after_first["e500"] == 3  # 1 try + 2 retries
    assert requests_after_first["e404"] == 1  # a 404 stays a 404: not retried
    assert requests_after_first["slow"] == 3

    # Latin-1 decoded, huge text cut at a paragraph end, bad date kept as NULL.
    (latin1,), = rows(db, "select text from articles where external_id = 'latin1'")
    assert latin1 == FR_TEXT.strip() and "é" in latin1
    (huge,), = rows(db, "select text from articles where external_id = 'huge'")
    assert 0 < len(huge) <= MAX_TEXT_CHARS and huge.endswith(".")
    assert rows(db, "select published_at from articles where external_id = 'bad-date'") == [(None,)]

    # SQL-looking strings are data, stored verbatim; the tables they name still exist.
    row = rows(db, "select external_id, title, source, url, text from articles "
                    "where external_id = ?", [SQL])
    assert row and row[0][:4] == (SQL, SQL, SQL, SQL) and row[0][4].startswith(SQL)

    # The twin is recorded as another source of the same article.
    twin_sources = rows(db, """
        select s.source_ref, s.article_id = a.article_id from source_index s
        join articles a on a.external_id = 'gw-2025-0626-nato-hague'
        where s.content_hash = a.content_hash order by 1""")
    assert [ref.rsplit("/", 1)[-1] for ref, _ in twin_sources] == [
        "gw-2025-0626-nato-hague.json", "twin.json"]
    assert all(same for _, same in twin_sources)

    # Rerun: nothing new, nothing quarantined twice.
    assert second.status == "completed" and second.articles_loaded == 0
    assert stable_counts(db) == after_first
    (n_runs,), = rows(db, "select count(*) from runs where status = 'completed'")
    assert n_runs == 2
