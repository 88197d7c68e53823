"""A synthetic, self-consistent batch of frames, shaped like the flow's load input.

Used by the warehouse tests and to measure load throughput without running spaCy.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import polars as pl

_EVENT_TYPES = [("CONSULT", "04", 1, 1.0), ("COOPERATE", "06", 2, 6.0),
                ("ACCUSE", "11", 3, -2.0), ("ASSAULT", "18", 4, -9.0)]
_COUNTRIES = ["FRA", "JPN", "USA", "NLD", None]
THEMES = [("DIPLOMACY", "Diplomacy", "Diplomatie"), ("MILITARY", "Military", "Militaire"),
          ("TRADE", "Trade", "Commerce")]


def synthetic_frames(n_articles: int, events_per_article: int = 10, *, prefix: str = "a",
                     day: date = date(2025, 3, 1)) -> dict[str, pl.DataFrame]:
    """n_articles articles, each with events_per_article events, 2 mentions and 1 theme.

    Ids derive from `prefix` and the position, so two calls with the same arguments give
    the same batch (a rerun) and another prefix gives new articles.
    """
    article_ids = [f"art_{prefix}{i:06d}" for i in range(n_articles)]
    actor_ids = [f"act_{c or 'none'}" for c in _COUNTRIES]
    articles = pl.DataFrame({
        "article_id": article_ids,
        "external_id": [f"{prefix}-{i}" for i in range(n_articles)],
        "url": [f"https://news.example/{prefix}/{i}" for i in range(n_articles)],
        "title": [f"Article {i}" for i in range(n_articles)],
        "source": ["example.org"] * n_articles,
        "language": ["fr" if i % 2 else "en" for i in range(n_articles)],
        "language_confidence": [0.99] * n_articles,
        "published_at": [datetime.combine(day, datetime.min.time()) + timedelta(hours=i % 72)
                         for i in range(n_articles)],
        "content_hash": [f"hash_{prefix}{i:06d}" for i in range(n_articles)],
        "run_id": ["ignored"] * n_articles,
        "source_ref": [f"corpus/{prefix}/{i}.json" for i in range(n_articles)],
        "word_count": [400] * n_articles,
        "tone": [-1.5] * n_articles,
        "text": [f"Texte de l'article {i}." for i in range(n_articles)],
    })
    actors = pl.DataFrame({
        "actor_id": actor_ids,
        "name": [c or "Unknown group" for c in _COUNTRIES],
        "actor_type": ["COUNTRY"] * 4 + ["GROUP"],
        "country_code": _COUNTRIES,
        "role": [None] * len(_COUNTRIES),
    }, schema_overrides={"role": pl.String})
    mentions = pl.DataFrame({
        "article_id": [a for a in article_ids for _ in range(2)],
        "actor_id": [actor_ids[k % 2] for k in range(2 * n_articles)],
        "mention_text": ["la France", "le Japon"] * n_articles,
        "start_char": [0, 20] * n_articles,
        "end_char": [9, 28] * n_articles,
    })
    rows = [(a, i, j) for i, a in enumerate(article_ids) for j in range(events_per_article)]
    kinds = [_EVENT_TYPES[(i + j) % len(_EVENT_TYPES)] for _, i, j in rows]
    events = pl.DataFrame({
        "event_id": [f"evt_{a}_{j}" for a, _, j in rows],
        "article_id": [a for a, _, _ in rows],
        "event_date": [day + timedelta(days=(i + j) % 5) for _, i, j in rows],
        "event_type": [k[0] for k in kinds],
        "cameo_root": [k[1] for k in kinds],
        "quad_class": [k[2] for k in kinds],
        "goldstein": [k[3] for k in kinds],
        "source_actor_id": [actor_ids[j % 5] for _, _, j in rows],
        "target_actor_id": [actor_ids[(j + 1) % 5] for _, _, j in rows],
        "sentence": [f"Phrase {j} de l'article {i}." for _, i, j in rows],
        "verb": ["rencontrer"] * len(rows),
    })
    article_themes = pl.DataFrame({
        "article_id": article_ids,
        "theme_code": [THEMES[i % len(THEMES)][0] for i in range(n_articles)],
        "score": [0.5] * n_articles,
        "hits": [3] * n_articles,
    })
    return {"articles": articles, "actors": actors, "actor_mentions": mentions,
            "events": events, "article_themes": article_themes}
