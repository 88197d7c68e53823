"""polars frames -> the pandas frames the GX suites validate.

GX 1.x validates pandas, so every table is converted once per batch. The
conversion only removes representation noise (time zones, all-null columns,
missing tables) and adds the derived columns the suites need; it never fixes
values, so bad data still fails its check.
"""
from __future__ import annotations

from datetime import timedelta

import pandas as pd
import polars as pl
import pyarrow as pa

from expectations.suites import DATETIME, FLOAT, INT, STR, TABLE_COLUMNS

POLARS_TYPES = {STR: pl.String, INT: pl.Int64, FLOAT: pl.Float64, DATETIME: pl.Datetime("us")}

# Nullable pandas ints, so an int column with a null does not turn into float64;
# strings as pd.StringDtype(), the string dtype GX's type checks recognise.
_PANDAS_DTYPES = {
    pa.int8(): pd.Int8Dtype(), pa.int16(): pd.Int16Dtype(),
    pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(),
    pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype(),
    pa.string_view(): pd.StringDtype(),
}


def empty_frame(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema={c: POLARS_TYPES[k] for c, k in TABLE_COLUMNS[table].items()})


def _normalise(frame: pl.DataFrame | None, table: str) -> pl.DataFrame:
    if frame is None or frame.width == 0:
        return empty_frame(table)
    expected = TABLE_COLUMNS[table]
    fixes = []
    for name, dtype in frame.schema.items():
        if dtype == pl.Null and name in expected:  # all-null: no type to check
            fixes.append(pl.col(name).cast(POLARS_TYPES[expected[name]]))
        elif isinstance(dtype, pl.Datetime) and dtype.time_zone:
            # Compare everything as naive UTC, like the warehouse TIMESTAMP columns.
            fixes.append(pl.col(name).dt.convert_time_zone("UTC").dt.replace_time_zone(None))
        elif dtype == pl.Date:
            fixes.append(pl.col(name).cast(pl.Datetime("us")))
    return frame.with_columns(fixes) if fixes else frame


def _with_latest_event_date(events: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """events + dq_latest_event_date: the owning article's publication day + 1 day."""
    if {"article_id", "published_at"} <= set(articles.columns) and "article_id" in events.columns \
            and isinstance(articles.schema["published_at"], pl.Datetime):
        published = (
            articles.select("article_id", "published_at")
            .unique("article_id", keep="first")
            .select(
                "article_id",
                (pl.col("published_at").dt.truncate("1d") + timedelta(days=1))
                .cast(pl.Datetime("us")).alias("dq_latest_event_date"),
            )
        )
        return events.join(published, on="article_id", how="left", maintain_order="left")
    return events.with_columns(pl.lit(None, dtype=pl.Datetime("us")).alias("dq_latest_event_date"))


def to_pandas_frames(frames: dict[str, pl.DataFrame]) -> dict[str, pd.DataFrame]:
    """One pandas frame per table in TABLE_COLUMNS, missing tables as empty frames."""
    if frames.get("intake") is None and frames.get("articles") is not None \
            and "source_ref" in frames["articles"].columns:
        # No intake given: every article of the batch is what was received.
        frames = dict(frames, intake=frames["articles"].select(
            "source_ref", pl.lit("new").alias("status")))
    tables = {t: _normalise(frames.get(t), t) for t in TABLE_COLUMNS}
    tables["events"] = _with_latest_event_date(tables["events"], tables["articles"])
    return {t: f.to_pandas(types_mapper=_PANDAS_DTYPES.get) for t, f in tables.items()}
