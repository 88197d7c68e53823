import json
import os
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.ingest import (MAX_TEXT_CHARS, article_from_html, article_from_record,
                               decode_bytes, parse_published, read_source, source_files,
                               truncate_text)
from transforms.records import Article, Rejected

INPUTS = Path(__file__).resolve().parents[1] / "fixtures" / "inputs"
SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "samples" / "rutte-japon.fr.txt"


@pytest.fixture(scope="module")
def fixture_results() -> dict[str, Article | Rejected]:
    return {Path(r.source_ref).name: r for r in read_source(INPUTS)}


def test_folder_keeps_good_articles_next_to_bad_ones(fixture_results):
    articles = [r for r in fixture_results.values() if isinstance(r, Article)]
    assert {"article.json", "latin1.txt", "bom.txt", "page.html"} <= {
        Path(a.source_ref).name for a in articles}
    assert all(isinstance(r, (Article, Rejected)) for r in fixture_results.values())


def test_hidden_files_are_skipped(fixture_results):
    assert not any("secret" in ref or ".hidden" in ref for ref in fixture_results)


def test_json_article_fields(fixture_results):
    art = fixture_results["article.json"]
    assert isinstance(art, Article)
    assert art.external_id == "rutte-2025-04-09"
    assert art.title == "Rutte au Japon" and art.source == "Example" and art.language == "fr"
    assert art.published_at == datetime(2025, 4, 9, 8, 0)  # +02:00 stored as naive UTC


@pytest.mark.parametrize("name, reason", [
    ("broken.json", "broken JSON"),
    ("empty.json", "empty file"),
    ("list.json", "got a list"),
    ("number.json", "got a number"),
    ("binary.json", "undecodable bytes"),
    ("notes.csv", "unsupported file type .csv"),
    ("empty-page.html", "no extractable article text"),
    ("broken.xml", "broken feed XML"),
])
def test_bad_files_become_rejected_with_reason(fixture_results, name, reason):
    rejected = fixture_results[name]
    assert isinstance(rejected, Rejected)
    assert rejected.stage == "parse"
    assert reason in rejected.reason
    assert rejected.source_ref.endswith(name)


def test_rejected_payload_is_start_of_input(fixture_results):
    assert fixture_results["broken.json"].payload.startswith('{"text": "unterminated')


def test_jsonl_one_bad_line_rejects_only_that_line():
    results = {r.source_ref.rsplit(":", 1)[1]: r for r in read_source(INPUTS / "batch.jsonl")}
    assert "8" not in results  # blank line: not an input
    assert isinstance(results["1"], Article) and results["1"].external_id == "a1"
    assert isinstance(results["2"], Article) and results["2"].external_id == "batch:2"
    reasons = {n: results[n].reason for n in "34567"}
    assert "broken JSON" in reasons["3"]
    assert "got a list" in reasons["4"]
    assert reasons["5"] == "field 'text' is empty"
    assert reasons["6"] == "field 'text' is not a string (got a number)"
    assert reasons["7"] == "missing field 'text'"


def test_bad_date_and_bad_language_keep_the_article():
    art = [r for r in read_source(INPUTS / "batch.jsonl") if r.source_ref.endswith(":9")][0]
    assert isinstance(art, Article)
    assert art.published_at is None and art.language is None


def test_sql_looking_strings_are_plain_data():
    art = [r for r in read_source(INPUTS / "batch.jsonl") if r.source_ref.endswith(":10")][0]
    assert art.text == "Robert'); DROP TABLE articles;--"
    assert art.title == "'; DROP TABLE events; --"


def test_latin1_and_bom_text_files_decode(fixture_results):
    assert fixture_results["latin1.txt"].text.startswith("Le président français")
    assert "Été" in fixture_results["latin1.txt"].text
    assert fixture_results["bom.txt"].text.startswith("BOM-prefixed")
    assert fixture_results["latin1.txt"].external_id == "latin1"


def test_html_page_boilerplate_removed_and_metadata_kept(fixture_results):
    art = fixture_results["page.html"]
    assert "Mark Rutte met Japanese Prime Minister" in art.text
    assert "Subscribe" not in art.text and "Cookie" not in art.text
    assert art.title == "Summit in Tokyo"
    assert art.source == "Example News"
    assert art.published_at.date().isoformat() == "2025-04-09"
    assert art.external_id == "page"


def test_local_feed_files_give_one_article_per_entry(fixture_results):
    rss = [r for r in read_source(INPUTS / "feed.rss")]
    assert [a.external_id for a in rss] == ["rss-1", "rss-2"]
    assert rss[0].source_ref.endswith("feed.rss#rss-1")
    assert rss[0].published_at == datetime(2025, 4, 9, 8, 0)
    assert rss[0].text.startswith("NATO Secretary General")
    [atom] = read_source(INPUTS / "feed.atom")
    assert atom.url == "https://example.org/atom-1" and "defence agreement" in atom.text


def test_missing_path_is_rejected_at_discover(tmp_path):
    [rejected] = read_source(tmp_path / "nope")
    assert rejected.stage == "discover" and rejected.reason == "no such file or folder"


def test_real_machine_translated_sample_reads_whole():
    [art] = read_source(SAMPLE)
    assert art.external_id == "rutte-japon.fr"
    assert art.text == SAMPLE.read_text(encoding="utf-8").strip()


def test_huge_article_is_truncated_at_a_paragraph(tmp_path):
    paragraph = "Le ministre a rencontré son homologue à Tokyo. " * 40
    text = "\n\n".join([paragraph] * 3000)  # ~5.6 MB
    (tmp_path / "huge.json").write_text(json.dumps({"text": text}), encoding="utf-8")
    [art] = read_source(tmp_path / "huge.json")
    assert isinstance(art, Article)
    assert len(art.text) <= MAX_TEXT_CHARS
    assert len(art.text) > MAX_TEXT_CHARS // 2
    assert art.text.endswith("Tokyo.")  # cut between paragraphs, not mid-word


def test_truncate_falls_back_to_sentence_end():
    text = "Une phrase courte. " * 20_000
    cut = truncate_text(text, limit=1000)
    assert len(cut) <= 1000 and cut.endswith("courte.")
    assert truncate_text("short") == "short"


def test_numeric_id_and_surrogates():
    art = article_from_record({"id": 12, "text": "bad \ud800 surrogate\x00"}, "x", "ref")
    assert art.external_id == "12"
    assert "\x00" not in art.text
    assert art.content_hash  # hashing must not fail on what JSON allowed in


@pytest.mark.parametrize("value, expected", [
    ("2025-04-09", datetime(2025, 4, 9)),
    ("2025-04-09T10:00:00Z", datetime(2025, 4, 9, 10, 0)),
    ("2025-04-09T10:00:00-05:00", datetime(2025, 4, 9, 15, 0)),
    ("9 avril 2025", datetime(2025, 4, 9)),
    ("not a date", None),
    ("", None),
    (20250409, None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_article_from_html_without_text_is_rejected():
    rejected = article_from_html(b"", None, "empty.html")
    assert isinstance(rejected, Rejected) and "no extractable" in rejected.reason


def test_unreadable_file_is_rejected(tmp_path):
    target = tmp_path / "locked.json"
    target.write_text('{"text": "x"}')
    target.chmod(0)
    try:
        if os.access(target, os.R_OK):  # root reads anything: nothing to test then
            pytest.skip("running as a user who can read mode-0 files")
        [rejected] = read_source(target)
        assert "cannot read file" in rejected.reason
    finally:
        target.chmod(0o644)


def test_decode_bytes_rejects_binary_and_keeps_text():
    assert decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50) is None
    assert decode_bytes("été".encode("cp1252") + b" au Japon, " * 20).startswith("été")
    assert decode_bytes(b"") == ""


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries({}, optional={
    "text": json_values, "id": json_values, "url": json_values, "title": json_values,
    "published": json_values | st.datetimes().map(str), "language": json_values,
})


@settings(max_examples=200, deadline=None)
@given(st.one_of(json_values, records))
def test_article_from_record_never_raises(obj):
    result = article_from_record(obj, "ext", "ref")
    assert isinstance(result, (Article, Rejected))
    if isinstance(result, Article):
        assert result.text.strip() and result.content_hash


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_bytes_never_raises(data):
    result = decode_bytes(data)
    assert result is None or isinstance(result, str)


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.binary(max_size=1500), st.text(max_size=800),
                 st.text(max_size=300).map(lambda t: f"<html><body><p>{t}</p>")))
def test_article_from_html_never_raises(html):
    assert isinstance(article_from_html(html, None, "prop"), (Article, Rejected))


def test_folder_walk_skips_readme_but_a_named_md_file_is_rejected(tmp_path):
    (tmp_path / "README.md").write_text("# notes about this folder", encoding="utf-8")
    (tmp_path / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Le Japon et l'OTAN ont signé un accord. " * 5,
                                    encoding="utf-8")
    results = list(read_source(tmp_path))
    assert [Path(r.source_ref).name for r in results] == ["a.txt"]
    named = list(read_source(tmp_path / "README.md"))
    assert isinstance(named[0], Rejected) and "unsupported file type .md" in named[0].reason


def test_folder_walk_skips_the_callers_outputs_and_their_sidecars(tmp_path):
    # A warehouse kept in the articles' folder: its file, its sidecars and a reports
    # folder are the caller's outputs, never input; another .duckdb file still is.
    (tmp_path / "a.txt").write_text("Le Japon et l'OTAN ont signé un accord. " * 5,
                                    encoding="utf-8")
    for name in ("w.duckdb", "w.duckdb.wal", "w.duckdb.lock", "other.duckdb"):
        (tmp_path / name).write_bytes(b"\x00DUCK")
    (tmp_path / "reports" / "run1").mkdir(parents=True)
    (tmp_path / "reports" / "run1" / "index.html").write_text("<html>report</html>")
    walked = source_files(tmp_path, skip=[tmp_path / "w.duckdb", tmp_path / "reports"])
    assert [p.name for p in walked] == ["a.txt", "other.duckdb"]
    assert [p.name for p in source_files(tmp_path / "w.duckdb", skip=[tmp_path / "w.duckdb"])
            ] == ["w.duckdb"]  # a file named as the source itself is read as asked


def test_folder_walk_reads_each_real_folder_once(tmp_path):
    # A link back up the tree (or two links to one folder) must not read articles twice.
    (tmp_path / "feeds" / "sub").mkdir(parents=True)
    (tmp_path / "feeds" / "a.txt").write_text("Le Japon et l'OTAN ont signé un accord. " * 5,
                                              encoding="utf-8")
    (tmp_path / "feeds" / "sub" / "up").symlink_to(tmp_path / "feeds")
    (tmp_path / "alias").symlink_to(tmp_path / "feeds")
    assert [p.name for p in source_files(tmp_path)] == ["a.txt"]
    assert [p.name for p in source_files(tmp_path / "alias")] == ["a.txt"]


_FRENCH = ("Le président français a rencontré à Genève le secrétaire général de l\u2019ONU. "
           "Les négociations ont duré trois jours et ont abouti à un accord élargi.")


@pytest.mark.parametrize("encoding, head", [
    ("cp1252", ""),  # an old French site: Windows-1252, no label anywhere
    ("cp1252", "<meta charset='utf-8'>"),  # labelled UTF-8, written in Windows-1252
    ("utf-8", "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"),
    ("latin-1", '<meta charset="iso-8859-1">'),
])
def test_html_in_a_western_encoding_reads_as_written(tmp_path, encoding, head):
    # trafilatura's own guess read such pages as Central European: "ŕ Genčve".
    text = _FRENCH if encoding != "latin-1" else _FRENCH.replace("\u2019", "'")
    page = tmp_path / "page.html"
    page.write_bytes(f"<html><head>{head}</head><body><article>"
                     f"<p>{text}</p><p>{text}</p></article></body></html>".encode(encoding))
    [article] = read_source(page)
    assert article.text.startswith(text), article.text[:120]


@pytest.mark.parametrize("name, content", [
    ("blank.txt", b""), ("spaces.txt", b"  \r\n\t\n"), ("none.jsonl", b""),
    ("blank-lines.jsonl", b"\n\r\n  \n"),
])
def test_an_empty_file_is_quarantined_as_empty(tmp_path, name, content):
    # An empty .jsonl gave nothing at all (an export that wrote no lines went unseen),
    # and an empty .txt was said to have an empty "field 'text'".
    path = tmp_path / name
    path.write_bytes(content)
    [rejected] = read_source(path)
    assert isinstance(rejected, Rejected) and rejected.source_ref == str(path)
    assert rejected.reason.startswith("empty file")


def test_html_markup_in_a_json_text_is_read_as_the_text_it_shows(tmp_path):
    # A CMS export's body ("<p>...</p>", "<br/>", "&amp;", an ad's <script>) was stored
    # and parsed as it was: the warehouse text, the event sentences and the tone all
    # carried the tags, and "Japan&#39;s" was no demonym.
    body = ("<p>NATO Secretary General Mark Rutte met Shigeru Ishiba in Tokyo.</p>"
            "<p>They signed a pact &amp; agreed to talk.<br/><script>var ad = 1;</script>"
            "Japan&#39;s <em>defence</em> ministry welcomed it.</p>")
    article = article_from_record({"text": body, "title": "Rutte &amp; <b>Ishiba</b>"},
                                  "x", "x.json")
    assert article.text == ("NATO Secretary General Mark Rutte met Shigeru Ishiba in Tokyo.\n"
                            "They signed a pact & agreed to talk.\n"
                            "Japan's defence ministry welcomed it.")
    assert article.title == "Rutte & Ishiba"
    # A blank line between paragraphs stays; an entity alone is decoded.
    assert article_from_record({"text": "One <i>a</i>.\n\nTwo."}, "x", "x").text == \
        "One a.\n\nTwo."
    assert article_from_record({"text": "AT&amp;T said."}, "x", "x").text == "AT&T said."
    # Prose with a bare "<" or "&" is no markup; a .txt file is the text it holds.
    for prose in ("Profits rose <5% & costs fell; a < b > c.", "AT&T said <b"):
        assert article_from_record({"text": prose}, "x", "x").text == prose
    (tmp_path / "page.txt").write_text("<p>Kept as written.</p>", encoding="utf-8")
    [from_txt] = read_source(tmp_path / "page.txt")
    assert from_txt.text == "<p>Kept as written.</p>"
    # Markup with no visible text is an empty text.
    empty = article_from_record({"text": "<p> </p><script>x()</script>"}, "x", "x.json")
    assert isinstance(empty, Rejected) and "empty" in empty.reason


@pytest.mark.parametrize("published", [1717200000, 1717200000000, "1717200000",
                                       1717200000.0])
def test_a_unix_time_is_a_publication_date_in_utc(published, monkeypatch):
    # An API's "published": 1717200000 was no date (None, without a word), and the same
    # digits as a string were read by dateparser in the machine's own time zone.
    import time

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        art = article_from_record({"text": "Some text.", "published": published}, "x", "x")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert art.published_at == datetime(2024, 6, 1, 0, 0)
