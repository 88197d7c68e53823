"""JSON articles wrapped in an object, as API dumps write them.

`{"article": {"text": ..., "title": ...}}` or `{"status": "ok", "data": {...}}` was
quarantined as "missing field 'text'", which sent the user looking for a field the file
has. The one nested object that has a `text` is now the article; the wrapper's own
plain fields (an `id` beside it) fill in what the article leaves out."""
from __future__ import annotations

import json

from transforms.ingest import read_source
from transforms.records import Article

TEXT = ("Le ministre des affaires étrangères a rencontré son homologue allemand à Berlin "
        "mardi pour discuter de la crise énergétique en Europe.")


def test_a_wrapped_article_is_read_from_its_wrapper(tmp_path):
    path = tmp_path / "wrapped.json"
    path.write_text(json.dumps({"status": "ok", "article": {
        "id": "w1", "text": TEXT, "title": "Sommet", "published": "2026-11-27"}}),
        encoding="utf-8")
    [article] = read_source(path)
    assert isinstance(article, Article)
    assert (article.external_id, article.title, str(article.published_at)) == (
        "w1", "Sommet", "2026-11-27 00:00:00")


def test_the_wrappers_fields_fill_in_what_the_article_lacks(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": 42, "url": "https://ex.fr/a", "data": {"text": TEXT}})
                    + "\n", encoding="utf-8")
    [article] = read_source(path)
    assert (article.external_id, article.url, article.text) == ("42", "https://ex.fr/a", TEXT)


def test_two_nested_texts_are_no_guess(tmp_path):
    path = tmp_path / "two.json"
    path.write_text(json.dumps({"fr": {"text": TEXT}, "en": {"text": "Another text here."}}),
                    encoding="utf-8")
    [rejected] = read_source(path)
    assert rejected.reason == "missing field 'text'"
