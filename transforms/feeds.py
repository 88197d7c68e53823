"""RSS/Atom feeds to plain entries, with feedparser.

Pure: bytes in, `FeedParse` out; no network. feedparser is liberal and
flags problems with `bozo` instead of raising; we follow it: a feed that
yields entries is kept even when bozo (a wrong declared charset is common),
and a feed that yields nothing and is bozo, or is not RSS/Atom at all,
becomes one `Rejected`. Entry HTML (summary, content) is flattened to text.
An entry without id, link or text becomes a `Rejected` of its own.

Dates: feedparser normalises entry dates to UTC `struct_time`; we store them
as naive UTC datetimes, like the rest of the pipeline.
"""
from __future__ import annotations

import calendar
import html
import io
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin

import feedparser
import lxml.html
from lxml import etree

from transforms.records import Rejected

PAYLOAD_CHARS = 2000

# Block elements whose end is a line break in the flattened text.
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "pre", "tr", "section", "article", "ul", "ol", "table"}


@dataclass
class FeedEntry:
    id: str
    url: str | None
    title: str | None
    published: datetime | None  # naive UTC
    summary_text: str
    content_text: str
    # The date as the feed wrote it ("Thu, 10 Apr 2025 08:00:00 +0900"): its offset
    # gives the local day of publication, which `published` (UTC) has lost.
    published_text: str | None = None
    # What tells this entry apart in its ref when other entries of the feed share its
    # id (a CMS that writes one GUID for every item): the id and the entry's link.
    ref_id: str | None = None

    @property
    def best_text(self) -> str:
        """The longest text the feed itself carries for this entry."""
        return max(self.content_text, self.summary_text, key=len)


@dataclass
class FeedParse:
    entries: list[FeedEntry] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    title: str | None = None


def html_fragment_to_text(fragment: str, keep_blank_lines: bool = False) -> str:
    """Visible text of an HTML snippet, one line per block element.

    Scripts and styles are not visible text. With `keep_blank_lines`, a blank line
    written in the snippet's own text stays (one at most): a JSON export's paragraphs."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        # Still HTML: "Paris &amp; Berlin" reads "Paris & Berlin" (a feed that escapes
        # twice, or a snippet without tags). Only complete references: "AT&T" is prose.
        return " ".join(_CHARACTER_REFERENCE.sub(lambda m: html.unescape(m[0]), fragment).split())
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return " ".join(fragment.split())
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    if not keep_blank_lines:
        return "\n".join(line for line in lines if line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_CHARACTER_REFERENCE = re.compile(r"&(?:[a-z][a-z0-9]{1,7}|#\d{1,7}|#x[0-9a-f]{1,6});", re.I)


def _title_text(raw: dict, key: str = "title") -> str | None:
    """A title as its reader sees it. feedparser hands over a title it finds markup in
    as HTML ("<em>Exclusif</em> : Paris &amp; Berlin", type text/html), which went to
    `articles.title` tags, entities and all; a plain one is already text."""
    title = clean_str(raw.get(key))
    detail = raw.get(f"{key}_detail") or {}
    if title and "html" in (detail.get("type") or ""):
        return clean_str(" ".join(html_fragment_to_text(title).split()))
    return title


# The start of an RSS, Atom or RSS 1.0 (RDF) document: an optional BOM, XML prolog,
# comments, doctype and processing instructions (xml-stylesheet), then the root element.
_FEED_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|rdf:RDF)\b",
    re.S | re.I)


def starts_like_feed(content: bytes) -> bool:
    """True when the document's root element is a feed's (<rss>, <feed>, <rdf:RDF>).

    Cheap and strict: for feeds served with an HTML Content-Type, which a misconfigured
    server or CDN does; an (X)HTML page's root is <html>."""
    return bool(_FEED_ROOT.match(content[:4096]))


def looks_like_feed(content: bytes) -> bool:
    """True when feedparser recognises RSS/Atom in `content` (used to sniff URLs)."""
    try:
        parsed = feedparser.parse(io.BytesIO(content))
    except Exception:  # feedparser is liberal but not total; sniffing must not raise
        return False
    return bool(parsed.get("version")) or bool(parsed.get("entries"))


def parse_feed(content: bytes, feed_ref: str, base_url: str | None = None) -> FeedParse:
    """Entries of an RSS/Atom document; problems become `Rejected`, never exceptions.

    `base_url` is where the feed was fetched from (after redirects): a relative entry
    link ("/articles/1.html") is resolved against it, as a browser would."""
    try:
        # A BytesIO, never bytes/str: given a string feedparser may open a URL or file.
        parsed = feedparser.parse(io.BytesIO(content))
    except Exception as exc:  # last-resort guard: bad input never raises
        return FeedParse(rejected=[_reject(feed_ref, f"feed could not be parsed: {exc}", content)])

    entries = parsed.get("entries") or []
    broken = _reject(feed_ref, f"broken feed XML: {parsed.get('bozo_exception')}", content)
    if not entries:
        if parsed.get("bozo"):
            return FeedParse(rejected=[broken])
        if not parsed.get("version"):
            return FeedParse(rejected=[_reject(feed_ref, "not an RSS/Atom feed", content)])

    result = FeedParse(title=_title_text(parsed.get("feed", {})))
    for index, raw in enumerate(entries, start=1):
        entry = _entry(raw, index, base_url)
        if entry is None:
            result.rejected.append(_reject(f"{feed_ref}#{index}",
                                           "feed entry has no id, link or text", repr(raw)))
        else:
            result.entries.append(entry)
    if parsed.get("bozo") and not result.entries:
        # A truncated feed leaves scraps of entries: the feed is what is broken.
        return FeedParse(rejected=[broken])
    _tell_apart_shared_ids(result.entries)
    return result


def _tell_apart_shared_ids(entries: list[FeedEntry]) -> None:
    """Give different entries that share an id refs of their own.

    One ref for them all kept one of them in source_index, and on the next night every
    entry with that id, a new story too, was taken for the one already seen. The link
    tells them apart, and stays the same while the feed lists them in another order;
    position in the feed is the last resort. The same entry listed twice keeps one ref."""
    groups: dict[str, list[FeedEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.id, []).append(entry)
    for entry_id, group in groups.items():
        kinds = list(dict.fromkeys((entry.url, entry.best_text) for entry in group))
        if len(kinds) < 2:
            continue
        first_position = {}
        for position, entry in enumerate(group, start=1):
            first_position.setdefault((entry.url, entry.best_text), position)
        for entry in group:
            kind = (entry.url, entry.best_text)
            told_by_link = entry.url is not None and \
                sum(url == entry.url for url, _ in kinds) == 1
            entry.ref_id = f"{entry_id}#{entry.url if told_by_link else first_position[kind]}"


def _entry(raw: dict, index: int, base_url: str | None = None) -> FeedEntry | None:
    url = _entry_link(raw, base_url)
    summary_text = html_fragment_to_text(clean_str(raw.get("summary")) or "")
    content_text = "\n\n".join(
        text for part in raw.get("content") or []
        if (text := html_fragment_to_text(clean_str(part.get("value")) or ""))
    )
    if not (url or summary_text or content_text):
        return None
    return FeedEntry(
        # Position in the feed is the last resort: stable only while the feed is.
        id=clean_str(raw.get("id")) or url or str(index),
        url=url,
        title=_title_text(raw),
        published=_struct_to_utc(raw.get("published_parsed") or raw.get("updated_parsed")),
        summary_text=summary_text,
        content_text=content_text,
        published_text=clean_str(raw.get("published") if raw.get("published_parsed")
                                 else raw.get("updated")),
    )


def _entry_link(raw: dict, base_url: str | None) -> str | None:
    """The entry's link; a relative <link> resolved against the feed's URL (feedparser
    resolves only against an xml:base). Not through feedparser's own base: that would
    also rewrite non-URL guids ("teaser" -> "http://host/teaser"), which are the entries'
    ids and their refs in the warehouse.

    feedparser copies an RSS <guid> into `link` when the item has no <link> (a guid is
    a permalink unless isPermaLink="false"), and an Atom <id> when the entry has no
    alternate link. Such a link is kept only when it is an absolute http(s) URL: a
    "tag:site,2026:123" or "4567" guid went to `articles.url`, which holds addresses.
    The guid stays the entry's id and its ref."""
    link = clean_str(raw.get("link"))
    if not link:
        return None
    if not any(item.get("href") == link for item in raw.get("links") or []):
        return without_tracking(link) if _WEB_URL.match(link) else None
    return without_tracking(urljoin(base_url, link) if base_url else link)


_WEB_URL = re.compile(r"https?://[^\s/?#]+", re.I)

# Query parameters that say how a reader came (campaign tags), never which page: utm_*,
# AT Internet's xtor and at_* (French publishers' feeds), click ids, BBC's ns_*. A feed
# that writes tonight's date into them made every entry look new every night: fetched
# again, and stored with the tag.
_TRACKING_KEY = re.compile(
    r"utm_[a-z_]+|xtor|at_(?:medium|campaign|platform|send_date|creation|format|link|type|"
    r"custom\d*)|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|"
    r"mc_eid|_ga|_gl|ns_(?:source|mchannel|campaign|linkname|fee)|ocid|smid|cmpid", re.I)


def without_tracking(url: str) -> str:
    """`url` without its campaign-tracking query parameters; the rest of it as written
    (other parameters keep their order and encoding)."""
    head, hash_mark, fragment = url.partition("#")
    base, question, query = head.partition("?")
    if not question:
        return url
    parts = [part for part in query.split("&") if part]
    kept = [part for part in parts if not _TRACKING_KEY.fullmatch(part.split("=", 1)[0])]
    if len(kept) == len(parts):
        return url
    return base + ("?" + "&".join(kept) if kept else "") + hash_mark + fragment


def _struct_to_utc(value) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc).replace(tzinfo=None)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def clean_str(value: object) -> str | None:
    """A stripped, storable string, or None for non-strings and blanks."""
    if not isinstance(value, str):
        return None
    # NUL and lone surrogates (legal in JSON escapes) break hashing and DuckDB.
    value = value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8").strip()
    return value or None


def payload_text(raw: bytes | str) -> str:
    """The start of a rejected input, readable and safe to store (no NUL, no lone surrogate)."""
    if isinstance(raw, bytes):
        raw = raw[: PAYLOAD_CHARS * 4].decode("utf-8", "replace")
    return raw[:PAYLOAD_CHARS].replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


def _reject(source_ref: str, reason: str, raw: bytes | str) -> Rejected:
    return Rejected(stage="parse", source_ref=source_ref, reason=reason, payload=payload_text(raw))
