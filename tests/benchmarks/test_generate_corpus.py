"""The benchmark corpus generator: deterministic, distinct, readable by ingest. Never timed."""
from __future__ import annotations

import json

import pytest

from benchmarks.generate_corpus import generate_article, generate_corpus, write_corpus
from transforms.ingest import read_source
from transforms.records import Article, content_hash


def test_same_seed_gives_the_same_corpus():
    assert generate_corpus(6, "mixed", seed=3) == generate_corpus(6, "mixed", seed=3)
    assert generate_corpus(6, "mixed", seed=3) != generate_corpus(6, "mixed", seed=4)


def test_articles_are_distinct_so_dedupe_keeps_them_all():
    corpus = generate_corpus(200, "mixed")
    assert len({content_hash(a["text"]) for a in corpus}) == 200
    assert len({a["id"] for a in corpus}) == 200


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_articles_are_wire_length_in_the_asked_language(lang):
    for i in range(20):
        article = generate_article(i, lang)
        assert article["language"] == lang
        assert 300 <= len(article["text"].split()) <= 560
        assert article["text"].count("\n\n") >= 3  # paragraphs, not one block


def test_mixed_alternates_french_and_english():
    assert [a["language"] for a in generate_corpus(4, "mixed")] == ["fr", "en", "fr", "en"]


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        generate_article(0, "de")


def test_written_files_are_articles_for_ingest(tmp_path):
    paths = write_corpus(tmp_path, 5, "mixed", seed=1)
    assert len(paths) == 5
    records = list(read_source(tmp_path))
    assert all(isinstance(r, Article) for r in records), records
    first = json.loads(paths[0].read_text(encoding="utf-8"))
    by_id = {r.external_id: r for r in records}
    assert by_id[first["id"]].text == first["text"]
    assert by_id[first["id"]].published_at is not None
