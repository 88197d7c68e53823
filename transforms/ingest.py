"""Article files, HTML pages and feed entries to `Article` records.

Pure: paths, bytes and strings in; `Article | Rejected` out. No network here
(flows/sources.py fetches); bad input never raises, it becomes a
`Rejected(stage="parse")` with a human reason and the start of the input.

Files (`read_source` takes a file or a folder; folders are walked
recursively in sorted order, hidden files and folders skipped, each real folder
read once however many symlinks lead to it):

- `*.json`: one article object. `*.jsonl`: one object per line; blank lines
  are skipped, a bad line rejects only that line.
- `*.txt`: the whole file is the text. `*.html`/`*.htm`: text extracted with
  trafilatura (boilerplate removed; a page with fewer than
  `MIN_HTML_WORDS` words of text is rejected), from bytes decoded by `decode_html`.
- `*.xml`/`*.rss`/`*.atom`: a feed; each entry becomes an article from the
  text the feed carries (following entry links needs the network: that is
  `flows.sources.collect`).
- Any other extension is rejected ("unsupported file type .xyz"), so that a
  misnamed file shows up in quarantine instead of vanishing. Documentation and
  packaging files beside the articles (README, *.md, *.py) are not input and
  are skipped when walking a folder, as are the paths the caller names in
  `source_files(skip=...)` (the flow's own warehouse file and reports).

Ids and refs: `external_id` is the record's `id`, else the file stem; for
JSONL without `id` it is `"<stem>:<line>"` (1-based, e.g. "feed-2024:3").
`source_ref` is the file path, `"<path>:<line>"` for a JSONL line and
`"<feed>#<entry id>"` for a feed entry. A record without `text` that wraps one
(`{"article": {...}}`) is read from its wrapper (`_unwrapped`).

Values: text is decoded as UTF-8 (BOM allowed), else with charset-normalizer
(latin-1 / cp1252 files work); binary data is rejected. Text longer than
`MAX_TEXT_CHARS` is cut at the last paragraph (else sentence) boundary before
the limit. `published` is parsed with `datetime.fromisoformat`, then
dateparser (a Unix time in seconds or milliseconds, number or digits, is UTC); an
unparseable date keeps the article with `published_at=None` (validation decides
later). Aware datetimes are converted to UTC and stored naive. `language` is kept
only when it is a 2-letter code, else None (the extract step detects it). Strings are plain data, except HTML markup in a record's
`text` or `title` (a CMS export's "<p>...</p>", "&amp;"), read as the text it shows.
"""
from __future__ import annotations

import email.utils
import html
import json
import os
import re
from collections.abc import Collection, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import charset_normalizer
import dateparser
import pycountry
import trafilatura

from transforms.feeds import (FeedEntry, clean_str, html_fragment_to_text, parse_feed,
                             payload_text)
from transforms.language import detect_language
from transforms.page_walls import wall_reason
from transforms.records import Article, Rejected

MAX_TEXT_CHARS = 200_000
# The most of one local file (or JSONL line) read into memory, as for a URL
# (flows.sources.SourceSettings.max_bytes): a larger one is one quarantine row.
MAX_FILE_BYTES = 10_000_000
MIN_HTML_WORDS = 5  # fewer extracted words than this is navigation, not an article
ARTICLE_SUFFIXES = {".json", ".jsonl", ".txt", ".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
# Share of control characters above which decoded bytes are treated as binary.
_MAX_CONTROL_RATIO = 0.02
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # Cc minus \t \n \v \f \r
# French has ~3% accented letters, English ~0; other scripts read as cp1252 ~100%.
_MAX_ACCENTED_SHARE = 0.4
# Prose in the scripts we read has a space every 5-8 characters; decoded binary has almost none.
_MAX_CHARS_PER_SPACE = 40
_MAX_DATE_CHARS = 64  # longer "dates" are prose; dateparser would be slow on them
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s")


# -- public API ---------------------------------------------------------------

def read_source(path: Path) -> Iterator[Article | Rejected]:
    """Every article (or rejection) in a file or, recursively, a folder."""
    path = Path(path)
    if not path.exists():
        yield Rejected(stage="discover", source_ref=path_text(path),
                       reason="no such file or folder")
        return
    for file in source_files(path):
        yield from read_file(file)


def source_files(path: Path, skip: Collection[Path] = ()) -> Iterator[Path]:
    """The files `read_source` reads: the path itself, or a sorted recursive walk.

    `skip` holds paths a folder walk never enters or reads: the caller's own
    outputs kept beside the articles (a warehouse file, a reports folder). A
    skipped file takes its sidecars with it (`vigie.duckdb` also skips
    `vigie.duckdb.wal` and `vigie.duckdb.lock`)."""
    if path.is_file():
        yield path
        return
    skipped = {p.resolve() for p in skip}
    yield from _walk(path, skipped, visited=set())


def _walk(folder: Path, skipped: set[Path], visited: set[Path]) -> Iterator[Path]:
    # Symlinked folders are followed, but each real folder is read once: a link
    # back up the tree would otherwise read the same articles again at every level.
    real = folder.resolve()
    if real in visited:
        return
    visited.add(real)
    try:
        children = sorted(folder.iterdir())
    except OSError:
        return
    for child in children:
        if child.name.startswith(".") or _is_companion_file(child) or _is_skipped(child, skipped):
            continue
        if child.is_dir():
            if (child / EXPORT_MARKER).is_file():  # a `vigie export` folder: output, not input
                continue
            yield from _walk(child, skipped, visited)
        elif child.is_file():
            yield child


def _is_skipped(path: Path, skipped: set[Path]) -> bool:
    if not skipped:
        return False
    resolved = path.resolve()
    return resolved in skipped or any(
        resolved.parent == s.parent and resolved.name.startswith(s.name + ".") for s in skipped)


# The file `vigie export` leaves in its output folder (warehouse/export.py EXPORT_MARKER).
EXPORT_MARKER = ".vigie-export"

# Files that sit beside articles without being input: a folder's README, notes,
# Python packaging. Skipped when walking a folder; named directly they are rejected.
_COMPANION_SUFFIXES = {".md", ".py", ".pyc"}
_COMPANION_STEMS = {"readme", "license", "notice", "__pycache__"}


def _is_companion_file(path: Path) -> bool:
    return path.suffix.lower() in _COMPANION_SUFFIXES or path.stem.lower() in _COMPANION_STEMS


def path_text(path: Path | str) -> str:
    """A path as text any UTF-8 store accepts. A file name in another encoding
    (an old latin-1 archive) comes from the OS as lone surrogates, which DuckDB
    and Arrow refuse; its odd bytes are kept as `\\xe9` escapes instead."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_file(path: Path) -> Iterator[Article | Rejected]:
    """The articles in one file, dispatched on its extension."""
    suffix = path.suffix.lower()
    ref, stem = path_text(path), path_text(path.stem)
    if suffix not in ARTICLE_SUFFIXES | FEED_SUFFIXES:
        yield Rejected("parse", ref, f"unsupported file type {suffix or '(no extension)'}")
        return
    try:
        if suffix == ".jsonl":
            # Streamed line by line: a large JSONL never has to sit in memory.
            with path.open("rb") as handle:
                lines = 0
                for item in _read_jsonl_lines(handle, path):
                    lines += 1
                    yield item
            if not lines:  # an export that wrote nothing is news, not silence
                yield Rejected("parse", ref, "empty file: no JSON lines")
            return
        data = read_capped(path)
    except OSError as exc:
        yield Rejected("parse", ref, f"cannot read file: {exc.strerror or exc}")
        return
    if isinstance(data, TooLarge):
        yield Rejected("parse", ref, data.reason("file"), payload_text(data.start))
        return

    if suffix in FEED_SUFFIXES:
        parsed = parse_feed(data, ref)
        yield from parsed.rejected
        for entry in parsed.entries:
            yield article_from_entry(entry, ref)
    elif suffix in {".html", ".htm"}:
        yield article_from_html(data, None, ref, external_id=stem)
    else:
        text = decode_bytes(data)
        if text is None:
            yield Rejected("parse", ref, "undecodable bytes: not text in any known encoding",
                           payload_text(data))
        elif suffix == ".txt":
            if not text.strip():  # not "field 'text' is empty": a .txt file has no fields
                yield Rejected("parse", ref, "empty file", payload_text(data))
            else:
                yield article_from_record({"text": text}, stem, ref, plain_text=True)
        else:
            yield article_from_json(text, stem, ref)


def article_from_record(obj: object, external_id: str, source_ref: str,
                        plain_text: bool = False) -> Article | Rejected:
    """An article from one decoded JSON value (the contract's field names).

    HTML markup in its `text` and `title` is read as the text it shows, unless
    `plain_text` (a .txt file or a text/plain page: the text is what the file holds)."""
    try:
        return _article_from_record(obj, external_id, source_ref, plain_text)
    except Exception as exc:  # last-resort guard: bad input never raises
        return Rejected("parse", source_ref, f"unexpected error reading record: {exc!r}",
                        _safe_repr(obj))


def article_from_html(html: bytes | str, url: str | None, source_ref: str,
                      external_id: str | None = None,
                      charset: str | None = None) -> Article | Rejected:
    """An article from an HTML page: main text, title, date and site name (trafilatura).

    `charset` is the one the server declared (Content-Type), if any; bytes are decoded
    here (`decode_html`), not by trafilatura, whose guess reads Western pages as
    Central European ("à Genève" came out "ŕ Genčve")."""
    if isinstance(html, bytes):
        html = decode_html(html, charset) or html
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_page_date_params(),
        )
    except Exception as exc:  # trafilatura/lxml can fail on hostile markup
        return Rejected("parse", source_ref, f"HTML could not be parsed: {exc}", payload_text(html))
    text = clean_str(getattr(doc, "text", None)) if doc is not None else None
    # trafilatura's fallbacks return scraps ("Home") from pages without an article.
    if not text or len(text.split()) < MIN_HTML_WORDS:
        return Rejected("parse", source_ref, "HTML page has no extractable article text",
                        payload_text(html))
    if (wall := wall_reason(text)) is not None:
        return Rejected("parse", source_ref, wall, payload_text(text))
    published_at, local_day = parse_publication(doc.date)
    return Article(
        external_id=external_id or url or source_ref,
        text=truncate_text(text),
        source_ref=source_ref,
        url=url or clean_str(doc.url),
        title=clean_str(doc.title),
        source=clean_str(doc.sitename) or clean_str(doc.hostname),
        published_at=published_at,
        published_local_date=local_day,
        # trafilatura's language is the page's own claim; detection happens in extract.
        language=None,
    )


# The publication date htmldate finds (JSON-LD `datePublished`, `article:published_time`,
# `<time datetime>`), with its time and offset: trafilatura's default format is the day
# only, so "2026-11-27T23:30:00+01:00" was stored as 2026-11-27 00:00 UTC. The latest
# date accepted is the end of tomorrow, not htmldate's start of today: a page published
# this morning lost its time, and one dated in a zone ahead of ours its date.
_PAGE_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def _page_date_params() -> dict[str, object]:
    latest = (datetime.now() + timedelta(days=1)).replace(hour=23, minute=59, second=59)
    # deferred_url_extractor: a day in the URL (/2026/11/27/...) only when the page
    # itself gives no date; taken first, it hid the page's time.
    return {"original_date": True, "extensive_search": True, "max_date": latest,
            "outputformat": _PAGE_DATE_FORMAT, "deferred_url_extractor": True}


def article_from_entry(entry: FeedEntry, feed_ref: str) -> Article | Rejected:
    """An article from the text a feed entry carries (content, else summary)."""
    ref = entry_ref(feed_ref, entry)
    text = entry.best_text
    if not text:
        return Rejected("parse", ref, "feed entry has no text", entry.title or "")
    return Article(external_id=entry.id, text=truncate_text(text), source_ref=ref,
                   url=entry.url, title=entry.title, published_at=entry.published,
                   published_local_date=local_publication_date(entry.published_text))


def entry_ref(feed_ref: str, entry: FeedEntry) -> str:
    return f"{feed_ref}#{entry.ref_id or entry.id}"


def decode_bytes(data: bytes) -> str | None:
    """Text from bytes: UTF-8 (BOM or not), else the encoding charset-normalizer finds.

    None when the bytes are not text (binary garbage, images, archives).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    except Exception:
        return None
    if text is None:
        text = _western_decoding(data)
    if text is None:
        try:
            best = charset_normalizer.from_bytes(data).best()
        except Exception:  # charset-normalizer is heuristic; treat its failures as "not text"
            return None
        if best is None:
            return None
        text = str(best)
        # charset-normalizer reads any byte soup as *some* encoding (often UTF-16, where
        # every byte pair is a valid character): a guessed decoding must look like prose.
        if not _looks_like_prose(text):
            return None
    return None if _looks_binary(text) else text


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# What browsers do (WHATWG Encoding): a page labelled Latin-1 or ASCII is windows-1252,
# whose 0x80-0x9f are the curly quotes and dashes such pages really hold.
_READ_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii",
                   "windows-1252", "cp1252"}


def decode_html(data: bytes, declared: str | None = None) -> str | None:
    """An HTML page's text: UTF-8 when the bytes are UTF-8 (whatever the labels say:
    a wrong label is common), else the charset the server or a <meta> declares when
    the bytes decode with it, else what `decode_bytes` finds. None when nothing fits."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    meta = _META_CHARSET.search(data[:4096])
    for label in (declared, meta.group(1).decode("ascii") if meta else None):
        if not label:
            continue
        label = label.strip().lower()
        try:
            text = data.decode("cp1252" if label in _READ_AS_CP1252 else label)
        except (LookupError, UnicodeDecodeError):
            continue
        return text if label in _WESTERN_LABELS else _unless_mislabelled(data, text)
    return decode_bytes(data)


_WESTERN_LABELS = _READ_AS_CP1252 | {"iso-8859-15", "iso8859-15", "latin-9", "latin9", "l9"}


def _unless_mislabelled(data: bytes, declared: str) -> str:
    """The page read as Windows-1252 when that is French or English prose and the
    non-Western charset it declares is a template's leftover. Single-byte charsets
    decode any bytes, so a lie raised nothing: a French page labelled windows-1251,
    koi8-r or iso-8859-2 loaded as "franзais", "étrangčres". Vigie reads French and
    English, whose legacy encodings are Western; a real Cyrillic page reads as no
    Western prose (`_western_decoding`) and keeps its charset."""
    western = _western_decoding(data)
    if western is None or western == declared:
        return declared
    return western if detect_language(western)[0] in ("fr", "en") else declared


def parse_publication(value: object,
                      day_first: bool = False) -> tuple[datetime | None, date | None]:
    """One parse of a publication timestamp: the naive UTC datetime, and the day of
    publication in the timestamp's own offset ("2025-04-10T08:00+09:00" is the 10th,
    though UTC says the 9th) or None when the value carries no offset.

    `day_first`: an all-numeric date that could be either ("05/11/2026") is the 5th of
    November, not the 11th of May (`_writes_day_first`)."""
    parsed = _published_as_written(value, day_first)
    if parsed is None or parsed.tzinfo is None:
        return parsed, None
    return parsed.astimezone(timezone.utc).replace(tzinfo=None), parsed.date()


def parse_published(value: object) -> datetime | None:
    """Naive UTC datetime from an ISO string (or dateparser-readable string); None if unreadable."""
    return parse_publication(value)[0]


def local_publication_date(value: object) -> date | None:
    """The local day of publication (`parse_publication`); None without an offset."""
    return parse_publication(value)[1]


def _published_as_written(value: object, day_first: bool = False) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _epoch(value)
    if isinstance(value, str) and value.strip() and len(value) <= _MAX_DATE_CHARS:
        if _EPOCH_DIGITS.fullmatch(value.strip()):
            return _epoch(int(value.strip()))
        return _parse_date_string(value.strip(), day_first)
    return None


# A date written in numbers only: "05/11/2026", "05.11.2026", "05-11-26".
_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})([/.-])(\d{1,2})\2\d{2,4}\b")


def _writes_day_first(value: object, language: str | None, text: str) -> bool:
    """Whether an all-numeric `published` is day first. dateparser reads "05/11/2026"
    month first, as Americans write it: a French export's 5 November became 11 May
    (and "hier" in the text the 10th of May). A dotted date is day first wherever it is
    written; a slashed one when the article is French (given, else detected). Only an
    ambiguous date asks for the language: "28/11/2026" can only be day first."""
    match = _NUMERIC_DATE.match(value) if isinstance(value, str) else None
    if match is None:
        return False
    if match.group(2) == ".":
        return True
    if int(match.group(1)) > 12 or int(match.group(3)) > 12:
        return False  # only one reading: dateparser finds it
    return (language or detect_language(text)[0]) == "fr"


# A Unix time as APIs give it: seconds (10 digits, 2001-2286) or milliseconds (13). Was
# None for a number (the article lost its date without a word) and, as a string, read by
# dateparser in the machine's local time zone. Other numbers (20250409) are no date.
_EPOCH_DIGITS = re.compile(r"\d{10}|\d{13}")


def _epoch(value: int | float) -> datetime | None:
    if 1e9 <= value < 1e10:
        seconds = value
    elif 1e12 <= value < 1e13:
        seconds = value / 1000
    else:
        return None
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):
        return None


def truncate_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """`text` cut to at most `limit` chars, at a paragraph or sentence end when one is near."""
    if len(text) <= limit:
        return text
    window = text[:limit]
    floor = limit // 2  # cutting earlier than this would lose too much
    cut = window.rfind("\n")
    if cut < floor:
        ends = [m.end() for m in _SENTENCE_END.finditer(window, floor)]
        cut = ends[-1] if ends else limit
    return window[:cut].rstrip()


# -- records ------------------------------------------------------------------

def article_from_json(text: str, external_id: str, source_ref: str) -> Article | Rejected:
    """An article from the text of a `.json` file (or an HTTP JSON body): one object."""
    if not text.strip():
        return Rejected("parse", source_ref, "empty file")
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        return Rejected("parse", source_ref, f"broken JSON: {_json_error(exc)}", payload_text(text))
    if isinstance(obj, list):
        return Rejected("parse", source_ref,
                        "expected one JSON object, got a list (use .jsonl for many articles)",
                        payload_text(text))
    return article_from_record(obj, external_id, source_ref)


class TooLarge:
    """A file or line over MAX_FILE_BYTES; `start` is its beginning, for the payload."""

    def __init__(self, start: bytes) -> None:
        self.start = start

    @staticmethod
    def reason(what: str) -> str:
        return (f"{what} larger than {MAX_FILE_BYTES:,} bytes (the limit for one article; "
                "split it, e.g. as JSON Lines)")


def read_capped(path: Path) -> bytes | TooLarge:
    """The file's bytes, or TooLarge without reading past the limit."""
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    return TooLarge(data[:8000]) if len(data) > MAX_FILE_BYTES else data


def _capped_lines(handle) -> Iterator[bytes | TooLarge]:
    """The handle's lines; a line over MAX_FILE_BYTES is skipped in pieces and given
    as TooLarge, so that no line has to fit in memory."""
    limit = MAX_FILE_BYTES
    while line := handle.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        start = line[:8000]
        while line and not line.endswith(b"\n"):
            line = handle.readline(1 << 20)
        yield TooLarge(start)


def _read_jsonl_lines(handle, path: Path) -> Iterator[Article | Rejected]:
    yield from json_lines(_capped_lines(handle), path_text(path), path_text(path.stem))


def json_lines(lines, ref: str, id_prefix: str) -> Iterator[Article | Rejected]:
    """One article (or rejection) per JSON line of `lines` (bytes or str): refs
    `"<ref>:<line>"`, default ids `"<id_prefix>:<line>"`, blank lines skipped."""
    for number, raw in enumerate(lines, start=1):
        line_ref, external_id = f"{ref}:{number}", f"{id_prefix}:{number}"
        if isinstance(raw, TooLarge):
            yield Rejected("parse", line_ref, raw.reason("line").replace("larger", "longer"),
                           payload_text(raw.start))
            continue
        line = decode_bytes(raw) if isinstance(raw, bytes) else raw
        if line is None:
            yield Rejected("parse", line_ref, "undecodable bytes: not text in any known encoding",
                           payload_text(raw))
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield Rejected("parse", line_ref, f"broken JSON: {_json_error(exc)}",
                           payload_text(line))
            continue
        yield article_from_record(obj, external_id, line_ref)


def articles_from_json_list(text: str, ref: str) -> list[Article | Rejected] | None:
    """The articles of a JSON array of article objects (an API's answer), one per
    element with ref and default id `"<ref>:<n>"` (1-based); None when `text` is not
    a JSON array."""
    if not text.lstrip().startswith("["):
        return None
    try:
        items = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return None
    if not isinstance(items, list):
        return None
    if not items:
        return [Rejected("parse", ref, "empty JSON list: no articles", payload_text(text))]
    return [article_from_record(obj, f"{ref}:{n}", f"{ref}:{n}")
            for n, obj in enumerate(items, start=1)]


def _article_from_record(obj: object, external_id: str, source_ref: str,
                         plain_text: bool = False) -> Article | Rejected:
    if not isinstance(obj, dict):
        return Rejected("parse", source_ref,
                        f"expected a JSON object, got {_json_type(obj)}", _safe_repr(obj))
    if "text" not in obj:
        obj = _unwrapped(obj)
    if "text" not in obj:
        return Rejected("parse", source_ref, "missing field 'text'", _safe_repr(obj))
    raw_text = obj["text"]
    if not isinstance(raw_text, str):
        return Rejected("parse", source_ref,
                        f"field 'text' is not a string (got {_json_type(raw_text)})",
                        _safe_repr(obj))
    text = clean_str(raw_text if plain_text else without_markup(raw_text))
    if not text:
        return Rejected("parse", source_ref, "field 'text' is empty", _safe_repr(obj))
    language = _language_code(obj.get("language"))
    published = obj.get("published")
    published_at, local_day = parse_publication(
        published, day_first=_writes_day_first(published, language, text))
    title = clean_str(obj.get("title"))
    if title and not plain_text:
        title = clean_str(" ".join(without_markup(title).split()))
    return Article(
        external_id=_id_value(obj.get("id")) or external_id,
        text=truncate_text(text),
        source_ref=source_ref,
        url=clean_str(obj.get("url")),
        title=title,
        source=clean_str(obj.get("source")),
        published_at=published_at,
        published_local_date=local_day,
        language=language,
    )


def _unwrapped(obj: dict) -> dict:
    """The article an API dump wraps (`{"article": {...}}`, `{"status": "ok", "data":
    {...}}`): the one nested object with a `text`, its missing fields taken from the
    wrapper's plain values (an `id` beside it). Was "missing field 'text'" for a file
    that has one. With no such object, or two (no guessing), `obj` as it is."""
    inner = [v for v in obj.values() if isinstance(v, dict) and "text" in v]
    if len(inner) != 1:
        return obj
    plain = {k: v for k, v in obj.items() if not isinstance(v, (dict, list))}
    return plain | inner[0]


# HTML a CMS export leaves in a JSON `text` ("<p>...</p>", "<br/>", "&amp;"): tags of
# the elements articles are written with, and character references. A bare "<" or "&"
# of prose ("a < b", "AT&T") is neither.
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|a|em|strong|b|i|u|s|h[1-6]|ul|ol|li|blockquote|q|cite|figure|"
    r"figcaption|img|picture|source|video|iframe|script|style|noscript|table|thead|tbody|"
    r"tr|td|th|section|article|aside|header|footer|nav|main|html|head|body|title|meta|"
    r"link|sup|sub|small|mark|hr|pre|code|time|abbr|dl|dt|dd)\b[^<>]*>", re.I)
_CHARACTER_REFERENCE = re.compile(r"&(?:[a-z][a-z0-9]{1,7}|#\d{1,7}|#x[0-9a-f]{1,6});", re.I)


def without_markup(value: str) -> str:
    """The text a reader sees in `value` when it holds HTML: tags dropped (a block
    element ends its line, a script or style is no text), character references
    decoded. Text without markup is returned unchanged."""
    if _HTML_TAG.search(value):
        return html_fragment_to_text(value, keep_blank_lines=True)
    if _CHARACTER_REFERENCE.search(value):
        return html.unescape(value)
    return value


def _id_value(value: object) -> str | None:
    # Numeric ids are common in exports; bools are not ids.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return clean_str(value)


# A language as exports write it besides ISO 639-1: a locale ("fr-FR", "en_US", "fr-CA")
# or an ISO 639-2 code ("fra", "fre", "eng"). Both were ignored and the language
# detected instead: a short brief whose export said "fr-FR" was quarantined as too
# short to tell its language. A name ("french") is still no code.
_LOCALE = re.compile(r"([a-z]{2})(?:[-_][a-z0-9]{2,8})+", re.I)


def _language_code(value: object) -> str | None:
    code = clean_str(value)
    if not code or not code.isascii():
        return None
    if len(code) == 2 and code.isalpha():
        return code.lower()
    if (locale := _LOCALE.fullmatch(code)) is not None:
        return locale[1].lower()
    if len(code) == 3 and code.isalpha():
        language = pycountry.languages.get(alpha_3=code.lower()) or \
            pycountry.languages.get(bibliographic=code.lower())
        return getattr(language, "alpha_2", None)
    return None


# -- helpers ------------------------------------------------------------------

def _parse_date_string(value: str, day_first: bool = False) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    if (rfc822 := _rfc822_date(value)) is not None:
        return rfc822
    settings = _DATEPARSER_SETTINGS | ({"DATE_ORDER": "DMY"} if day_first else {})
    try:
        return dateparser.parse(value, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None


def _rfc822_date(value: str) -> datetime | None:
    """An RFC 822 date with its zone, as every RSS `pubDate` is ("Sat, 28 Nov 2026
    10:05:00 +0100"), read by the e-mail date parser: dateparser took ~5 ms for each,
    25 s before the first page of a 5,000-entry feed was fetched. None otherwise ("-0000",
    zone unknown, is left to dateparser, which reads it as UTC)."""
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed if parsed is not None and parsed.tzinfo is not None else None


# A publication date names its day, month and year. Without REQUIRE_PARTS dateparser
# fills what is missing from today: an export's "N/A" became the day before yesterday,
# "1" the 28th of January, "2026" and "nov. 2026" today's day of that year, "lundi"
# last Monday, all stored as if the source had said so. Now they are no date (NULL).
# Relative dates ("hier", "2 hours ago") still count from now: that is what they mean.
_DATEPARSER_SETTINGS = {"STRICT_PARSING": False, "PREFER_DATES_FROM": "past",
                        "REQUIRE_PARTS": ["day", "month", "year"]}


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:20_000]
    return len(_CONTROL_CHARS.findall(sample)) > _MAX_CONTROL_RATIO * max(len(sample), 1)


def _western_decoding(data: bytes) -> str | None:
    """The bytes read as cp1252 (else latin-1) when that gives Western prose, else None.

    Our languages are French and English, whose non-UTF-8 files are cp1252/latin-1;
    charset-normalizer guesses cp1250, cp1257 or worse on short French texts
    ("signé à" -> "signé ŕ"). Cyrillic or Greek code pages read as cp1252 turn nearly
    every letter into an accented one, which the letter check catches.
    """
    if b"\x00" in data:
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # cp1252 leaves 5 bytes undefined; latin-1 none
        text = data.decode("latin_1")
    letters = [ch for ch in text[:20_000] if ch.isalpha()]
    accented = sum(not ch.isascii() for ch in letters)
    if not letters or accented > _MAX_ACCENTED_SHARE * len(letters):
        return None
    return text if _looks_like_prose(text) else None


def _looks_like_prose(text: str) -> bool:
    sample = text[:20_000]
    spaces = sum(ch.isspace() for ch in sample)
    return spaces >= len(sample) / _MAX_CHARS_PER_SPACE


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _json_error(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
    return "nested too deeply"


def _safe_repr(obj: object) -> str:
    try:
        return payload_text(json.dumps(obj, ensure_ascii=False)[:10_000])
    except Exception:
        return payload_text(repr(obj)[:10_000])
