"""Property tests: transforms never raise on arbitrary input and return well-formed records.

Hypothesis feeds any Unicode (every category, surrogates excluded only where Python
strings cannot be UTF-8 encoded by spaCy) plus machine-translation-style text: words
glued together, digits stuck to names, stray punctuation.
"""
from __future__ import annotations

import re
import string
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.cameo import PLOVER_TYPES
from transforms.dates import resolve_date
from transforms.extract import extract, extract_many, extract_or_reject
from transforms.feeds import parse_feed
from transforms.ingest import article_from_html, article_from_record, decode_bytes, read_file
from transforms.records import ACTOR_TYPES, Article, Extraction, Rejected

PROPERTY_SETTINGS = settings(max_examples=60, deadline=None,
                             suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                    HealthCheck.too_slow])

_COUNTRY_CODE = re.compile(r"[A-Z]{3}")

# Pieces of real news in both languages, glued the way machine translation glues them.
_NEWS_WORDS = ["OTAN", "NATO", "Rutte", "Japon", "Japan", "Ishiba", "Tokyo", "Chine", "China",
               "a rencontré", "met", "sanctions", "attaque", "attacked", "le 9 avril",
               "last week", "Premier ministre", "Prime Minister", "2022Kishida", "États-Unis",
               "l'Ukraine", "Russia", "accord", "agreed", "Nations unies", "UN", "Iran"]
_glued = st.lists(st.sampled_from(_NEWS_WORDS + list(string.punctuation) + ["\n", " ", ""]),
                  max_size=40).map("".join)
_any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
article_texts = st.one_of(_any_text, _glued,
                          st.tuples(_glued, _any_text, _glued).map(lambda p: " ".join(p)))


def _check_extraction(result: Extraction, article: Article) -> None:
    assert isinstance(result, Extraction)
    assert result.article is article
    assert result.word_count >= 0
    if result.tone is not None:
        assert -100.0 <= result.tone <= 100.0
    for mention in result.mentions:
        _check_actor(mention.actor)
        assert 0 <= mention.start <= mention.end
    for event in result.events:
        assert event.event_type in PLOVER_TYPES, event
        assert re.fullmatch(r"\d\d", event.cameo_root) and 1 <= int(event.cameo_root) <= 20
        assert event.quad_class in (1, 2, 3, 4)
        assert -10.0 <= event.goldstein <= 10.0
        assert event.article_id == article.article_id
        assert event.event_date is None or isinstance(event.event_date, date)
        for actor in (event.source, event.target):
            if actor is not None:
                _check_actor(actor)
    for theme in result.themes:
        assert theme.theme_code and theme.score >= 0


def _check_actor(actor) -> None:
    assert actor.name and actor.actor_type in ACTOR_TYPES
    assert actor.country_code is None or _COUNTRY_CODE.fullmatch(actor.country_code), actor


def _extract(nlp, lang: str, text: str) -> tuple[Article, Extraction]:
    article = Article(external_id="prop", text=text, source_ref="hypothesis", language=lang,
                      published_at=datetime(2025, 4, 9))
    return article, extract(article, nlp(text))


@PROPERTY_SETTINGS
@given(text=article_texts)
def test_extract_french_never_raises_and_is_well_formed(nlp_fr, text):
    article, result = _extract(nlp_fr, "fr", text)
    _check_extraction(result, article)


@PROPERTY_SETTINGS
@given(text=article_texts)
def test_extract_english_never_raises_and_is_well_formed(nlp_en, text):
    article, result = _extract(nlp_en, "en", text)
    _check_extraction(result, article)


# Any JSON value: the shapes `json.loads` can give, nested.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12)
# Objects that look like articles, with every field any JSON type.
article_like = st.fixed_dictionaries(
    {"text": st.one_of(st.text(), json_values)},
    optional={key: json_values | st.text() for key in
              ("id", "url", "title", "source", "published", "language")})


@settings(max_examples=100, deadline=None)
@given(value=st.one_of(json_values, article_like))
def test_article_from_record_never_raises(value):
    result = article_from_record(value, "stem", "ref.json")
    assert isinstance(result, (Article, Rejected))
    if isinstance(result, Rejected):
        assert result.reason and result.source_ref == "ref.json"
        return
    assert result.text.strip() and "\x00" not in result.text
    assert result.text.encode("utf-8")  # storable: no lone surrogates
    assert result.external_id
    assert result.language is None or re.fullmatch(r"[a-z]{2}", result.language)
    assert result.published_at is None or result.published_at.tzinfo is None


@settings(max_examples=100, deadline=None)
@given(text=st.one_of(_any_text, _glued), lang=st.sampled_from(["fr", "en"]),
       published=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_resolve_date_never_raises(text, lang, published):
    result = resolve_date(text, lang, published)
    assert result is None or isinstance(result, date)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\u200b", "....", "9999", "le 31 février",
                                  "le 9 avril" * 500, "🇫🇷🇯🇵" * 50])
def test_extract_edge_texts(nlp_fr, nlp_en, text):
    for lang, nlp in (("fr", nlp_fr), ("en", nlp_en)):
        article, result = _extract(nlp, lang, text)
        _check_extraction(result, article)


def test_extract_many_rejects_only_the_text_spacy_cannot_parse(nlp_en):
    texts = ["NATO met Japan in Tokyo on Tuesday.", "word " * 400,
             "Russia attacked Ukraine. The United Nations condemned the strike."]
    articles = [Article(external_id=str(i), text=t, source_ref=f"ref{i}", language="en")
                for i, t in enumerate(texts)]
    limit = nlp_en.max_length
    nlp_en.max_length = 1000  # the middle text is now "too long": spaCy raises on it
    try:
        results = extract_many(articles, nlp_en, batch_size=2)
    finally:
        nlp_en.max_length = limit
    assert [type(r) for r in results] == [Extraction, Rejected, Extraction]
    assert results[1].stage == "extract" and results[1].source_ref == "ref1"
    assert "spaCy could not parse" in results[1].reason
    assert [r.article.external_id for r in results if isinstance(r, Extraction)] == ["0", "2"]


def test_extract_or_reject_passes_good_articles_through(nlp_fr):
    article = Article(external_id="a", text="Emmanuel Macron a rencontré Olaf Scholz à Berlin.",
                      source_ref="ref", language="fr")
    result = extract_or_reject(article, nlp_fr(article.text))
    assert isinstance(result, Extraction) and result.mentions


# Bytes that look a little like the formats we read, and plain noise.
_format_bytes = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b'{"text": ', b"<rss><channel><item>", b"<html><body><p>", b"\xff\xfe",
                     b"\xef\xbb\xbf", b'"text"', b"\n", b"\x00"]).flatmap(
        lambda head: st.binary(max_size=200).map(lambda tail: head + tail)),
)


@settings(max_examples=100, deadline=None)
@given(data=_format_bytes, suffix=st.sampled_from([".json", ".jsonl", ".txt", ".html", ".xml",
                                                   ".csv", ""]))
def test_read_file_never_raises_on_arbitrary_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        results = list(read_file(path))
    for item in results:
        assert isinstance(item, (Article, Rejected))
        if isinstance(item, Rejected):
            assert item.reason and item.source_ref.startswith(str(path))
            assert "\x00" not in item.payload
        else:
            assert item.text.strip() and "\x00" not in item.text


@settings(max_examples=100, deadline=None)
@given(data=_format_bytes)
def test_parse_feed_and_html_never_raise(data):
    parsed = parse_feed(data, "feed.xml")
    assert all(r.reason for r in parsed.rejected)
    assert isinstance(article_from_html(data, None, "page.html"), (Article, Rejected))


# French and English words with the accents and signs of Western code pages.
_western_words = st.lists(st.sampled_from(
    ["le", "président", "a", "signé", "à", "Berlin", "déjà", "été", "où", "ça", "crème",
     "brûlée", "Élysée", "« accord »", "côté", "français", "naïve", "Noël", "cœur", "œuvre",
     "the", "café", "agreed", "on", "Tuesday", "100 €", "l’OTAN", "—", "fiancé"]),
    min_size=1, max_size=30).map(" ".join)
_western_prose = st.tuples(st.sampled_from(["Le ministre a dit que", "The minister said",
                                            "Selon le rapport publié mardi,"]),
                           _western_words).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(text=_western_prose, encoding=st.sampled_from(["cp1252", "latin-1"]))
def test_western_single_byte_text_decodes_exactly(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # œ, €, ’ and — exist in cp1252 only
        data = None
    if data is not None and not data.isascii():
        assert decode_bytes(data) == text


@PROPERTY_SETTINGS
@given(st.lists(st.one_of(_any_text, st.sampled_from([
    "Lire aussi : ", "Read more: ", "(avec AFP)", "By Jane Doe", "Publié le 3 mars 2026",
    "Image source, Getty Images", "5 min read", "\n", "\n\n", "   "])), max_size=8))
def test_blanking_boilerplate_keeps_every_offset(parts):
    from transforms.boilerplate import text_for_parsing

    text = "".join(parts)
    blanked = text_for_parsing(text)
    assert len(blanked) == len(text)
    assert [i for i, ch in enumerate(blanked) if ch == "\n"] == \
        [i for i, ch in enumerate(text) if ch == "\n"]
    assert all(b == t or b == " " for b, t in zip(blanked, text))
