"""One Great Expectations suite per warehouse table, defined in code.

Each expectation is wrapped in a `Check` that gives it a readable name and says
what a failure means: a row-level check drops (quarantines) the articles owning
the failing rows; a batch-level check (schema, volume, drift) marks the run
`failed_checks` but keeps the rows. Values that change per run (the clock,
ids already in the warehouse, the volume floor) are GX `$PARAMETER`s, so the
suites are built once per process and reused.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

import great_expectations as gx
import great_expectations.expectations as gxe
from great_expectations.expectations.expectation import Expectation

from expectations import reference as ref

STR, INT, FLOAT, DATETIME = "str", "int", "float", "datetime"

# Columns of each frame (warehouse/migrations/001_init.sql; articles also carry
# `text`), with the kind of values they hold.
TABLE_COLUMNS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": STR, "external_id": STR, "url": STR, "title": STR, "source": STR,
        "language": STR, "language_confidence": FLOAT, "published_at": DATETIME,
        "content_hash": STR, "run_id": STR, "source_ref": STR, "word_count": INT,
        "tone": FLOAT, "text": STR,
    },
    "actors": {
        "actor_id": STR, "name": STR, "actor_type": STR, "country_code": STR, "role": STR,
    },
    "actor_mentions": {
        "article_id": STR, "actor_id": STR, "mention_text": STR, "start_char": INT,
        "end_char": INT,
    },
    "events": {
        "event_id": STR, "article_id": STR, "event_date": DATETIME, "event_type": STR,
        "cameo_root": STR, "quad_class": INT, "goldstein": FLOAT, "source_actor_id": STR,
        "target_actor_id": STR, "sentence": STR, "verb": STR,
    },
    "article_themes": {"article_id": STR, "theme_code": STR, "score": FLOAT, "hits": INT},
    "themes": {"theme_code": STR, "label": STR, "label_fr": STR},
    # One row per input the sources delivered this run (new, already loaded or
    # rejected): what the volume check counts.
    "intake": {"source_ref": STR, "status": STR},
}

# Columns computed before validation because GX's pandas expectations cannot
# join: the latest plausible event date is the article's publication + 1 day.
DERIVED_COLUMNS: dict[str, dict[str, str]] = {"events": {"dq_latest_event_date": DATETIME}}

# Columns GX reports for each failing row, so rows map back to their article
# (actors have none: they map through the mentions that name them).
ROW_ID_COLUMNS: dict[str, list[str]] = {
    "articles": ["article_id"],
    "actors": ["actor_id"],
    "actor_mentions": ["article_id", "actor_id"],
    "events": ["article_id", "event_id"],
    "article_themes": ["article_id"],
    "themes": ["theme_code"],
    "intake": ["source_ref"],
}

# pandas dtype names (after expectations.frames' polars -> pandas conversion);
# GX resolves "XxxDtype" names to the pandas extension dtypes.
PANDAS_TYPES: dict[str, list[str]] = {
    STR: ["StringDtype", "object"],
    INT: ["Int8Dtype", "Int16Dtype", "Int32Dtype", "Int64Dtype", "int32", "int64"],
    FLOAT: ["float32", "float64", "Float32Dtype", "Float64Dtype"],
    DATETIME: ["datetime64[ns]", "datetime64[us]", "datetime64[ms]", "datetime64[s]"],
}

REQUIRED: dict[str, tuple[str, ...]] = {  # NOT NULL in the DDL
    "articles": ("article_id", "external_id", "language", "content_hash", "run_id"),
    "actors": ("actor_id", "name", "actor_type"),
    "actor_mentions": ("article_id", "actor_id", "mention_text"),
    "events": ("event_id", "article_id", "event_type", "cameo_root", "quad_class",
               "goldstein", "sentence"),
    "article_themes": ("article_id", "theme_code", "score"),
    "themes": ("theme_code", "label"),
    "intake": (),
}

MIN_TEXT_CHARS = ref.MIN_TEXT_CHARS
MIN_LANGUAGE_CONFIDENCE = 0.5
MAX_SHARE_EVENTS_WITHOUT_SOURCE = 0.6
MAX_SHARE_JUNK_ACTOR_NAMES = 0.02
VOLUME_FLOOR_SHARE = 0.3  # of the trailing runs' mean
EARLIEST_EVENT_DATE = datetime(1900, 1, 1)


def param(name: str) -> dict:
    """A value supplied at validation time (see validate.expectation_parameters)."""
    return {"$PARAMETER": name}


@dataclass(frozen=True)
class Check:
    name: str  # readable, stored in dq_results.expectation
    expectation: Expectation
    row_level: bool  # True: failing rows drop their article; False: the batch fails
    reason: str = ""  # bad_articles reason; "{value}" is the failing value


def _row(name: str, reason: str, expectation: Expectation) -> Check:
    expectation.meta = {"check": name}  # how a GX result finds its Check again
    return Check(name, expectation, row_level=True, reason=reason)


def _batch(name: str, expectation: Expectation) -> Check:
    expectation.meta = {"check": name}
    return Check(name, expectation, row_level=False)


def _schema_checks(table: str) -> list[Check]:
    columns = TABLE_COLUMNS[table] | DERIVED_COLUMNS.get(table, {})
    checks = [_batch(f"{table} columns match the warehouse schema",
                     gxe.ExpectTableColumnsToMatchSet(column_set=sorted(columns),
                                                      exact_match=True))]
    checks += [
        _batch(f"{table}.{column} is {kind}",
               gxe.ExpectColumnValuesToBeInTypeList(column=column, type_list=PANDAS_TYPES[kind]))
        for column, kind in TABLE_COLUMNS[table].items()
    ]
    checks += [
        _row(f"{table}.{column} not null", f"{table}.{column} is null",
             gxe.ExpectColumnValuesToNotBeNull(column=column))
        for column in REQUIRED[table]
    ]
    return checks


def _in_set(table: str, column: str, label: str, values) -> Check:
    return _row(f"{table}.{column} in {label}", f"{table}.{column} {{value}} not in {label}",
                gxe.ExpectColumnValuesToBeInSet(column=column, value_set=values))


def articles_checks() -> list[Check]:
    return _schema_checks("articles") + [
        _row("articles.article_id unique", "articles.article_id {value} is duplicated",
             gxe.ExpectColumnValuesToBeUnique(column="article_id")),
        _in_set("articles", "language", "ISO 639-1 codes", sorted(ref.language_codes())),
        _row("articles.language_confidence >= 0.5",
             "language_confidence {value} is below 0.5",
             gxe.ExpectColumnValuesToBeBetween(column="language_confidence",
                                               min_value=MIN_LANGUAGE_CONFIDENCE, max_value=1)),
        _row("articles.published_at not in the future",
             "published_at {value} is in the future",
             gxe.ExpectColumnValuesToBeBetween(column="published_at",
                                               max_value=param("latest_published_at"))),
        _row(f"articles.text at least {MIN_TEXT_CHARS} chars",
             f"text is shorter than {MIN_TEXT_CHARS} chars",
             gxe.ExpectColumnValueLengthsToBeBetween(column="text", min_value=MIN_TEXT_CHARS)),
        _row("articles.tone in -100..100", "tone {value} is outside -100..100",
             gxe.ExpectColumnValuesToBeBetween(column="tone", min_value=-100, max_value=100)),
    ]


def actors_checks() -> list[Check]:
    return _schema_checks("actors") + [
        _row("actors.actor_id unique", "actors.actor_id {value} is duplicated",
             gxe.ExpectColumnValuesToBeUnique(column="actor_id")),
        _in_set("actors", "actor_type", "actor types", list(ref.ACTOR_TYPE_VALUES)),
        _in_set("actors", "country_code", "ISO 3166-1 alpha-3 codes",
                sorted(ref.country_codes())),
        _batch(f"actors.name junk-looking share <= {MAX_SHARE_JUNK_ACTOR_NAMES}",
               gxe.ExpectColumnValuesToNotMatchRegex(
                   column="name", regex=ref.JUNK_ACTOR_NAME_REGEX,
                   mostly=1 - MAX_SHARE_JUNK_ACTOR_NAMES)),
    ]


def actor_mentions_checks() -> list[Check]:
    return _schema_checks("actor_mentions") + [
        _in_set("actor_mentions", "article_id", "articles", param("article_ids")),
        _in_set("actor_mentions", "actor_id", "actors", param("actor_ids")),
    ]


def events_checks() -> list[Check]:
    return _schema_checks("events") + [
        _row("events.event_id unique", "events.event_id {value} is duplicated",
             gxe.ExpectColumnValuesToBeUnique(column="event_id")),
        _in_set("events", "event_type", "PLOVER types", list(ref.PLOVER_TYPES)),
        _in_set("events", "cameo_root", "CAMEO roots 01..20", list(ref.CAMEO_ROOTS)),
        _in_set("events", "quad_class", "quad classes 1..4", list(ref.QUAD_CLASSES)),
        _row("events.goldstein in -10..10", "goldstein {value} is outside -10..10",
             gxe.ExpectColumnValuesToBeBetween(column="goldstein", min_value=-10, max_value=10)),
        _in_set("events", "article_id", "articles", param("article_ids")),
        _in_set("events", "source_actor_id", "actors", param("actor_ids")),
        _in_set("events", "target_actor_id", "actors", param("actor_ids")),
        _row("events.event_date not before 1900-01-01", "event_date {value} is before 1900",
             gxe.ExpectColumnValuesToBeBetween(column="event_date",
                                               min_value=EARLIEST_EVENT_DATE)),
        _row("events.event_date not after published_at + 1 day",
             "event_date {value} is after the article's published_at + 1 day",
             gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                 column_A="dq_latest_event_date", column_B="event_date", or_equal=True,
                 ignore_row_if="either_value_is_missing")),
        _batch(f"events without source actor share <= {MAX_SHARE_EVENTS_WITHOUT_SOURCE}",
               gxe.ExpectColumnValuesToNotBeNull(
                   column="source_actor_id", mostly=1 - MAX_SHARE_EVENTS_WITHOUT_SOURCE)),
    ]


def article_themes_checks() -> list[Check]:
    return _schema_checks("article_themes") + [
        _row("article_themes (article_id, theme_code) unique",
             "article_themes (article_id, theme_code) is duplicated",
             gxe.ExpectCompoundColumnsToBeUnique(column_list=["article_id", "theme_code"])),
        _in_set("article_themes", "theme_code", "the theme taxonomy", param("theme_codes")),
        _in_set("article_themes", "article_id", "articles", param("article_ids")),
    ]


def themes_checks() -> list[Check]:
    return _schema_checks("themes") + [
        _row("themes.theme_code unique", "themes.theme_code {value} is duplicated",
             gxe.ExpectColumnValuesToBeUnique(column="theme_code")),
    ]


def intake_checks() -> list[Check]:
    return _schema_checks("intake") + [
        _batch("articles volume >= 30% of trailing 7 runs' mean (and > 0)",
               gxe.ExpectTableRowCountToBeBetween(min_value=param("min_articles"))),
    ]


CHECK_BUILDERS = {
    "articles": articles_checks,
    "actors": actors_checks,
    "actor_mentions": actor_mentions_checks,
    "events": events_checks,
    "article_themes": article_themes_checks,
    "themes": themes_checks,
    "intake": intake_checks,
}


@cache
def checks_by_table() -> dict[str, dict[str, Check]]:
    """table -> check name -> Check; built once per process."""
    return {table: {c.name: c for c in build()} for table, build in CHECK_BUILDERS.items()}


def build_suite(table: str) -> gx.ExpectationSuite:
    """The GX suite for `table`; each expectation's meta names its Check."""
    return gx.ExpectationSuite(
        name=table, expectations=[c.expectation for c in checks_by_table()[table].values()])
