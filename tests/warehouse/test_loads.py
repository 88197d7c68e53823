import subprocess
import sys
import textwrap
import time
from pathlib import Path

import polars as pl
import pytest
import duckdb

from warehouse import LoadStats, WarehouseError, open_warehouse
from warehouse.synthetic import THEMES, synthetic_frames

TABLES = ("articles", "actors", "actor_mentions", "events", "article_themes", "source_index")


def _counts(wh) -> dict[str, int]:
    return {t: wh.sql(f"SELECT count(*) AS n FROM {t}")["n"][0] for t in TABLES}


@pytest.fixture
def wh():
    with open_warehouse(":memory:") as warehouse:
        warehouse.ensure_themes(THEMES)
        yield warehouse


def test_load_inserts_every_table_of_the_batch(wh):
    stats = wh.load("run1", synthetic_frames(20, 3))
    assert stats == LoadStats(articles_loaded=20, actors_added=5, mentions_loaded=40,
                              events_loaded=60, themes_loaded=20)
    assert _counts(wh) == {"articles": 20, "actors": 5, "actor_mentions": 40, "events": 60,
                           "article_themes": 20, "source_index": 20}
    # run_id comes from the load call, not from whatever the frame carried.
    assert wh.sql("SELECT DISTINCT run_id FROM articles")["run_id"].to_list() == ["run1"]
    assert wh.sql("SELECT text FROM articles LIMIT 1")["text"][0].startswith("Texte")


def test_loading_the_same_batch_twice_changes_nothing(wh):
    frames = synthetic_frames(20, 3)
    wh.load("run1", frames)
    before = _counts(wh)
    assert wh.load("run2", frames) == LoadStats()
    assert _counts(wh) == before


def test_known_articles_are_skipped_with_all_their_rows(wh):
    wh.load("run1", synthetic_frames(10, 3))
    overlapping = synthetic_frames(15, 3)  # the first 10 are already there
    stats = wh.load("run2", overlapping)
    assert (stats.articles_loaded, stats.events_loaded, stats.mentions_loaded) == (5, 15, 10)
    assert _counts(wh)["events"] == 45


def test_failing_batch_leaves_nothing_behind(wh):
    wh.load("run1", synthetic_frames(5, 2, prefix="ok"))
    before = _counts(wh)
    frames = synthetic_frames(5, 2, prefix="bad")
    events = frames["events"]
    # Same event_id, different content: a primary-key violation after articles went in.
    clash = events.head(1).with_columns(pl.lit("another sentence").alias("sentence"))
    frames["events"] = pl.concat([events, clash])
    with pytest.raises(WarehouseError, match="rolled back.*evt_art_bad") as caught:
        wh.load("run2", frames)
    assert isinstance(caught.value.__cause__, duckdb.ConstraintException)
    assert _counts(wh) == before
    assert wh.existing_article_ids(frames["articles"]["article_id"].to_list()) == set()
    # The connection is usable again and the corrected batch loads.
    frames["events"] = events
    assert wh.load("run3", frames).articles_loaded == 5


def test_same_article_twice_in_one_batch_is_loaded_once(wh):
    frames = synthetic_frames(3, 2)
    doubled = {name: pl.concat([df, df]) for name, df in frames.items()}
    stats = wh.load("run1", doubled)
    assert (stats.articles_loaded, stats.events_loaded) == (3, 6)


def test_missing_frames_and_optional_columns_are_tolerated(wh):
    frames = synthetic_frames(4, 1)
    articles = frames["articles"].drop("tone", "word_count", "text", "run_id")
    stats = wh.load("run1", {"articles": articles.with_columns(pl.lit("x").alias("extra"))})
    assert stats.articles_loaded == 4
    assert wh.load("run1", {}) == LoadStats()
    empty = {name: df.clear() for name, df in frames.items()}
    assert wh.load("run1", empty) == LoadStats()


def test_same_content_under_another_url_is_loaded_once_and_both_urls_recorded(wh):
    wh.load("run1", synthetic_frames(1, 1))
    mirror = synthetic_frames(1, 1)
    mirror["articles"] = mirror["articles"].with_columns(
        pl.lit("mirror/0.json").alias("source_ref"), pl.lit("https://mirror.example/0").alias("url"))
    assert wh.load("run2", mirror).articles_loaded == 0
    seen = wh.seen_sources(["corpus/a/0.json", "https://mirror.example/0", "never-seen"])
    assert seen == {"corpus/a/0.json": "hash_a000000", "https://mirror.example/0": "hash_a000000"}


def test_kill_9_mid_load_leaves_whole_articles_only(tmp_path):
    path = tmp_path / "killed.duckdb"
    open_warehouse(path).close()
    repo = Path(__file__).resolve().parents[2]
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(repo)!r})
        from warehouse import open_warehouse
        from warehouse.synthetic import synthetic_frames
        wh = open_warehouse({str(path)!r})
        for batch in range(1000):
            frames = synthetic_frames(2000, 10, prefix=f"b{{batch}}_")
            print("loading", flush=True)
            wh.load(f"run{{batch}}", frames)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "loading"
        child.stdout.readline()  # the first batch committed, the second is under way
        time.sleep(0.15)
    finally:
        child.kill()
        child.wait()
    with open_warehouse(path, wait_s=5) as wh:
        counts = _counts(wh)
    assert counts["articles"] >= 2000
    assert counts["events"] == 10 * counts["articles"]
    assert counts["actor_mentions"] == 2 * counts["articles"]


def test_load_throughput(tmp_path, capsys):
    frames = synthetic_frames(1600, 10)
    rows = sum(df.height for df in frames.values())
    with open_warehouse(tmp_path / "bench.duckdb") as wh:
        started = time.perf_counter()
        stats = wh.load("bench", frames)
        seconds = time.perf_counter() - started
    assert stats.events_loaded == 16_000
    with capsys.disabled():
        print(f"\nload: {rows} rows (1600 articles x 10 events) in {seconds:.3f}s "
              f"= {rows / seconds:,.0f} rows/s")


def test_a_run_cut_short_still_counts_what_it_loaded(tmp_path):
    # A run killed (OOM, reboot) after a chunk was committed was later marked
    # 'interrupted' with articles_loaded NULL, and one that failed with an error was
    # recorded with articles_loaded = 0, although its committed chunks stay in the
    # warehouse: runs no longer said what each run added. The count now commits with
    # the chunk it counts.
    from datetime import datetime

    db = tmp_path / "w.duckdb"
    with open_warehouse(db) as first:
        first.ensure_themes(THEMES)
        first.start_run("run_killed", None, datetime(2026, 11, 27, 2, 0))
        first.load("run_killed", synthetic_frames(3, 2, prefix="x"))
        first.load("run_killed", synthetic_frames(2, 2, prefix="y"))
        # killed here: no finish_run
    with open_warehouse(db) as second:
        second.start_run("run_next", None, datetime(2026, 11, 28, 2, 0))
        killed = second.sql("SELECT status, articles_loaded, events_loaded FROM runs "
                            "WHERE run_id = 'run_killed'").to_dicts()
        assert killed == [{"status": "interrupted", "articles_loaded": 5, "events_loaded": 10}]
        assert second.sql("SELECT count(*) AS n FROM articles")["n"][0] == 5
        second.load("run_next", synthetic_frames(3, 2, prefix="x"))  # nothing new
        assert second.sql("SELECT articles_loaded FROM runs WHERE run_id = 'run_next'"
                          )["articles_loaded"].to_list() == [0]
