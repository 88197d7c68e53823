from datetime import date

import pytest

from warehouse import open_warehouse
from warehouse.synthetic import THEMES, synthetic_frames

VIEWS = ("v_events", "v_dyads", "v_daily_events", "v_theme_trends", "v_actor_activity")


@pytest.fixture(scope="module")
def wh():
    with open_warehouse(":memory:") as warehouse:
        warehouse.ensure_themes(THEMES)
        warehouse.load("run1", synthetic_frames(6, 4))
        yield warehouse


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_answers(wh, view):
    assert wh.sql(f"SELECT * FROM {view}").height > 0


def test_v_events_is_one_flat_row_per_event(wh):
    events = wh.sql("SELECT * FROM v_events")
    assert events.height == wh.sql("SELECT * FROM events").height == 24
    for column in ("event_id", "event_date", "event_type", "cameo_root", "quad_class", "goldstein",
                   "source_name", "source_country", "source_type", "target_name",
                   "target_country", "target_type", "article_id", "article_url", "article_title",
                   "source", "language", "published_at", "sentence"):
        assert column in events.columns
    first = wh.sql("SELECT * FROM v_events WHERE event_id = 'evt_art_a000000_0'").row(0, named=True)
    assert (first["source_country"], first["target_country"]) == ("FRA", "JPN")
    assert first["article_url"] == "https://news.example/a/0"


def test_dyads_and_daily_counts_add_up_to_the_events(wh):
    assert wh.sql("SELECT sum(event_count) AS n FROM v_dyads")["n"][0] == 24
    daily = wh.sql("SELECT sum(event_count) AS n, min(day) AS first FROM v_daily_events")
    assert daily["n"][0] == 24 and daily["first"][0] == date(2025, 3, 1)
    dyad = wh.sql("SELECT * FROM v_dyads WHERE source_country = 'FRA' AND quad_class = 1")
    assert dyad["mean_goldstein"][0] == pytest.approx(1.0)


def test_theme_trends_count_articles_per_publication_day(wh):
    trends = wh.sql("SELECT * FROM v_theme_trends")
    assert trends["article_count"].sum() == 6
    assert {"day", "theme_code", "label", "article_count"} <= set(trends.columns)
    assert trends.filter(trends["theme_code"] == "DIPLOMACY")["label"][0] == "Diplomacy"


def test_actor_activity_counts_each_side_of_every_event(wh):
    activity = wh.sql("SELECT * FROM v_actor_activity")
    with_source = wh.sql("SELECT count(*) AS n FROM events WHERE source_actor_id IS NOT NULL")
    with_target = wh.sql("SELECT count(*) AS n FROM events WHERE target_actor_id IS NOT NULL")
    assert activity["events_as_source"].sum() == with_source["n"][0] > 0
    assert activity["events_as_target"].sum() == with_target["n"][0] > 0
    assert {"actor_id", "name", "actor_type", "country_code", "day", "conflict_events",
            "mean_goldstein_as_source", "mean_goldstein_as_target"} <= set(activity.columns)
    # One row per actor and day.
    keys = activity.select("actor_id", "day")
    assert keys.height == keys.unique().height
