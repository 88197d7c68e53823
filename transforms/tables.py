"""Extractions to polars tables, one per warehouse table.

Column names and order match warehouse/migrations; the validation suites and
the loader both consume these frames.
"""
from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from transforms.records import Extraction, Rejected

ARTICLE_SCHEMA = {
    "article_id": pl.Utf8, "external_id": pl.Utf8, "url": pl.Utf8, "title": pl.Utf8,
    "source": pl.Utf8, "language": pl.Utf8, "language_confidence": pl.Float64,
    "published_at": pl.Datetime("us"), "content_hash": pl.Utf8, "run_id": pl.Utf8,
    "source_ref": pl.Utf8, "word_count": pl.Int32, "tone": pl.Float64, "text": pl.Utf8,
}
ACTOR_SCHEMA = {
    "actor_id": pl.Utf8, "name": pl.Utf8, "actor_type": pl.Utf8, "country_code": pl.Utf8,
    "role": pl.Utf8,
}
MENTION_SCHEMA = {
    "article_id": pl.Utf8, "actor_id": pl.Utf8, "mention_text": pl.Utf8,
    "start_char": pl.Int32, "end_char": pl.Int32,
}
EVENT_SCHEMA = {
    "event_id": pl.Utf8, "article_id": pl.Utf8, "event_date": pl.Date, "event_type": pl.Utf8,
    "cameo_root": pl.Utf8, "quad_class": pl.Int32, "goldstein": pl.Float64,
    "source_actor_id": pl.Utf8, "target_actor_id": pl.Utf8, "sentence": pl.Utf8,
    "verb": pl.Utf8,
}
ARTICLE_THEME_SCHEMA = {
    "article_id": pl.Utf8, "theme_code": pl.Utf8, "score": pl.Float64, "hits": pl.Int32,
}
THEME_SCHEMA = {"theme_code": pl.Utf8, "label": pl.Utf8, "label_fr": pl.Utf8}

SCHEMAS = {
    "articles": ARTICLE_SCHEMA,
    "actors": ACTOR_SCHEMA,
    "actor_mentions": MENTION_SCHEMA,
    "events": EVENT_SCHEMA,
    "article_themes": ARTICLE_THEME_SCHEMA,
}


def to_frames(extractions: Iterable[Extraction], run_id: str) -> dict[str, pl.DataFrame]:
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    actors: dict[str, dict] = {}
    for ex in extractions:
        art = ex.article
        aid = art.article_id
        rows["articles"].append({
            "article_id": aid, "external_id": art.external_id, "url": art.url,
            "title": art.title, "source": art.source, "language": art.language,
            "language_confidence": art.language_confidence,
            "published_at": art.published_at, "content_hash": art.content_hash,
            "run_id": run_id, "source_ref": art.source_ref, "word_count": ex.word_count,
            "tone": ex.tone, "text": art.text,
        })
        for m in ex.mentions:
            _add_actor(actors, m.actor)
            rows["actor_mentions"].append({
                "article_id": aid, "actor_id": m.actor.actor_id, "mention_text": m.mention_text,
                "start_char": m.start_char, "end_char": m.end_char,
            })
        seen_events: set[str] = set()
        for ev in ex.events:
            if ev.event_id in seen_events:
                continue
            seen_events.add(ev.event_id)
            for actor in (ev.source, ev.target):
                if actor is not None:
                    _add_actor(actors, actor)
            rows["events"].append({
                "event_id": ev.event_id, "article_id": aid, "event_date": ev.event_date,
                "event_type": ev.event_type, "cameo_root": ev.cameo_root,
                "quad_class": ev.quad_class, "goldstein": ev.goldstein,
                "source_actor_id": ev.source.actor_id if ev.source else None,
                "target_actor_id": ev.target.actor_id if ev.target else None,
                "sentence": ev.sentence, "verb": ev.verb,
            })
        for th in ex.themes:
            rows["article_themes"].append({
                "article_id": aid, "theme_code": th.theme_code, "score": th.score,
                "hits": th.hits,
            })
    rows["actors"] = list(actors.values())
    return {name: pl.DataFrame(rows[name], schema=schema, orient="row")
            if rows[name] else pl.DataFrame(schema=schema)
            for name, schema in SCHEMAS.items()}


def themes_frame(rows: list[tuple[str, str, str | None]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=THEME_SCHEMA, orient="row")


def _add_actor(actors: dict[str, dict], actor) -> None:
    actors.setdefault(actor.actor_id, {
        "actor_id": actor.actor_id, "name": actor.name, "actor_type": actor.actor_type,
        "country_code": actor.country_code, "role": actor.role,
    })


def drop_articles(frames: dict[str, pl.DataFrame], article_ids: Iterable[str]) -> dict[str, pl.DataFrame]:
    """Remove every row of the given articles (an article loads whole or not at all)."""
    bad = list(article_ids)
    if not bad:
        return frames
    out = {name: (df.filter(~pl.col("article_id").is_in(bad)) if "article_id" in df.columns else df)
           for name, df in frames.items()}
    # Keep only actors still referenced by a remaining mention or event.
    used = set(out["actor_mentions"]["actor_id"].to_list())
    used |= set(out["events"]["source_actor_id"].drop_nulls().to_list())
    used |= set(out["events"]["target_actor_id"].drop_nulls().to_list())
    out["actors"] = out["actors"].filter(pl.col("actor_id").is_in(list(used)))
    return out


def rejected_payload(frames: dict[str, pl.DataFrame], article_id: str, limit: int = 4000) -> str:
    """A JSON summary of an article's rows, stored with its quarantine row."""
    import json

    art = frames["articles"].filter(pl.col("article_id") == article_id)
    if art.height == 0:
        return ""
    row = art.drop("text").to_dicts()[0]
    row["text_start"] = art["text"][0][:1000]
    row["events"] = frames["events"].filter(pl.col("article_id") == article_id).height
    return json.dumps(row, default=str, ensure_ascii=False)[:limit]


def quarantine_rows(frames: dict[str, pl.DataFrame], bad: dict[str, str]) -> list[Rejected]:
    arts = frames["articles"]
    refs = dict(zip(arts["article_id"].to_list(), arts["source_ref"].to_list()))
    return [Rejected(stage="validate", source_ref=refs.get(aid) or aid, reason=reason,
                     payload=rejected_payload(frames, aid))
            for aid, reason in bad.items()]
