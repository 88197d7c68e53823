"""Failing rows -> the articles that own them.

Rows of articles, events, mentions and article themes carry their article_id;
an actor row is owned by every article that mentions it or codes an event
with it, so a bad actor drops all of those articles.
"""
from __future__ import annotations

import math
from collections import defaultdict

import pandas as pd

from expectations.suites import Check


def jsonable(value):
    """A GX value (pandas NA, Timestamp, ...) as plain JSON; dates without midnight noise."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return str(value)


class ArticleOwners:
    """Which articles own an actor: the ones mentioning it or coding events with it."""

    def __init__(self, tables: dict[str, pd.DataFrame]):
        self._by_actor: dict[str, set[str]] = defaultdict(set)
        pairs = [(tables["actor_mentions"], "actor_id"), (tables["events"], "source_actor_id"),
                 (tables["events"], "target_actor_id")]
        for frame, column in pairs:
            if {"article_id", column} <= set(frame.columns):
                pairs_of_ids = zip(frame["article_id"], frame[column], strict=True)
                for article_id, actor_id in pairs_of_ids:
                    if isinstance(article_id, str) and isinstance(actor_id, str):
                        self._by_actor[actor_id].add(article_id)

    def articles_of(self, table: str, row: dict) -> set[str]:
        article_id = row.get("article_id")
        if isinstance(article_id, str):
            return {article_id}
        if table == "actors" and isinstance(row.get("actor_id"), str):
            return self._by_actor.get(row["actor_id"], set())
        return set()


def checked_value(check: Check, row: dict):
    # Pair checks (event_date vs. publication) name the checked value column_B.
    expectation = check.expectation
    column = getattr(expectation, "column", None) or getattr(expectation, "column_B", None)
    return jsonable(row.get(column)) if column else None


def blame_rows(check: Check, table: str, rows: list[dict], owners: ArticleOwners,
           bad_articles: dict[str, list[str]]) -> bool:
    """Add each failing row's articles to bad_articles; False if a row has no owner."""
    all_owned = bool(rows)
    for row in rows:
        article_ids = owners.articles_of(table, row)
        if not article_ids:
            all_owned = False
        value = checked_value(check, row)
        reason = check.reason.format(value=value)
        if table == "actors":
            reason = f"actor {row.get('actor_id')}: {reason}"
        for article_id in article_ids:
            if reason not in bad_articles[article_id]:
                bad_articles[article_id].append(reason)
    return all_owned
