"""Plain records passed between pipeline steps.

Every transform takes and returns these; flows turn lists of them into
polars/Arrow tables for validation and loading. Nothing here imports
Prefect, DuckDB or Great Expectations.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime


def stable_id(prefix: str, *parts: object) -> str:
    """Deterministic short id: the same parts always give the same id."""
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return prefix + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def normalise_text(text: str) -> str:
    """Canonical form of article text used for the content hash."""
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One article as it enters extraction."""

    external_id: str
    text: str
    source_ref: str  # file path, feed entry or URL the article came from
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published_at: datetime | None = None  # naive UTC
    language: str | None = None  # ISO 639-1, given or detected
    language_confidence: float | None = None
    # The day of publication where the article was published, when its timestamp
    # carried an offset: a Tokyo paper's 08:00 +09:00 is the 10th though UTC says the
    # 9th, and "yesterday" or "on Friday" in its text count from the 10th.
    published_local_date: date | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def article_id(self) -> str:
        # Keyed on content so the same text under another URL or id is one article.
        return "art_" + self.content_hash[:16]

    @property
    def published_date(self) -> date | None:
        """The day relative dates in the text count from: the local day of publication
        when known, else the UTC one."""
        if self.published_local_date is not None:
            return self.published_local_date
        return self.published_at.date() if self.published_at else None


@dataclass
class Rejected:
    """An input that could not become an article, or a row that failed checks."""

    stage: str  # discover | fetch | parse | extract | validate | load
    source_ref: str
    reason: str
    payload: str = ""


ACTOR_TYPES = ("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "GROUP")


@dataclass(frozen=True)
class Actor:
    name: str  # canonical name
    actor_type: str  # one of ACTOR_TYPES
    country_code: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None  # e.g. "Prime Minister", when known

    @property
    def actor_id(self) -> str:
        return stable_id("act_", self.name.casefold(), self.actor_type, self.country_code)


@dataclass
class ActorMention:
    """An actor found in the text; token offsets are into the spaCy Doc."""

    actor: Actor
    mention_text: str
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    start_char: int = 0
    end_char: int = 0


@dataclass
class Event:
    article_id: str
    event_type: str  # one of the 16 PLOVER types
    cameo_root: str  # two digits, "01".."20"
    quad_class: int  # 1..4
    goldstein: float  # -10..10
    sentence: str
    sentence_index: int
    event_date: date | None
    source: Actor | None = None
    target: Actor | None = None
    verb: str = ""
    index_in_sentence: int = 0

    @property
    def event_id(self) -> str:
        return stable_id("evt_", self.article_id, self.sentence_index, self.index_in_sentence,
                         self.event_type)


@dataclass
class ThemeScore:
    theme_code: str
    score: float
    hits: int = 0


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    mentions: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    themes: list[ThemeScore] = field(default_factory=list)
    tone: float | None = None
    word_count: int = 0
