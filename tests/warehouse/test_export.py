import polars as pl

from warehouse import open_warehouse
from warehouse.synthetic import THEMES, synthetic_frames


def test_export_writes_parquet_for_every_table_and_view(tmp_path):
    with open_warehouse(tmp_path / "w.duckdb") as wh:
        wh.ensure_themes(THEMES)
        wh.load("run1", synthetic_frames(5, 3))
        paths = wh.export_parquet(tmp_path / "out")
    out = tmp_path / "out"
    assert all(p.exists() for p in paths)
    for name in ("actors", "themes", "runs", "quarantine", "v_events", "v_dyads",
                 "v_daily_events", "v_theme_trends"):
        assert (out / f"{name}.parquet").exists(), name
    events = pl.read_parquet(out / "events" / "**" / "*.parquet", hive_partitioning=True)
    assert events.height == 15
    assert {"event_id", "year", "month"} <= set(events.columns)
    assert (out / "events" / "year=2025" / "month=3").is_dir()
    articles = pl.read_parquet(out / "articles" / "**" / "*.parquet", hive_partitioning=True)
    assert articles.height == 5
    assert pl.read_parquet(out / "v_events.parquet").height == 15


def test_export_twice_overwrites(tmp_path):
    with open_warehouse(":memory:") as wh:
        wh.load("run1", synthetic_frames(2, 1))
        first = wh.export_parquet(tmp_path)
        second = wh.export_parquet(tmp_path)
    assert sorted(first) == sorted(second)
    assert pl.read_parquet(tmp_path / "events" / "**" / "*.parquet").height == 2


def test_export_of_an_empty_warehouse_can_be_read_back(tmp_path):
    # A first export before any night has loaded wrote no file under events/ and
    # articles/ (a partitioned COPY of no rows writes nothing), so the README's
    # read_parquet('DIR/events/**/*.parquet') failed with "No files found".
    import duckdb

    with open_warehouse(tmp_path / "w.duckdb") as wh:
        wh.export_parquet(tmp_path / "out")
    for name, column in (("events", "event_id"), ("articles", "article_id")):
        glob = str(tmp_path / "out" / name / "**" / "*.parquet")
        rel = duckdb.sql(f"select * from read_parquet('{glob}', hive_partitioning=true)")
        assert rel.fetchall() == [], name
        assert {column, "year", "month"} <= set(rel.columns), name
    # The next export, with rows, reads back whole: the empty file is gone.
    with open_warehouse(tmp_path / "w.duckdb") as wh:
        wh.load("run1", synthetic_frames(2, 1))
        wh.export_parquet(tmp_path / "out")
    events = pl.read_parquet(tmp_path / "out" / "events" / "**" / "*.parquet",
                             hive_partitioning=True)
    assert events.height == 2
    assert not (tmp_path / "out" / "events" / "empty.parquet").exists()


def test_an_export_kept_in_a_source_folder_is_not_read_as_articles(tmp_path):
    # `cd news && vigie run --source . && vigie export` wrote ./vigie_export, and the
    # next night quarantined each of its 18 Parquet files ("unsupported file type
    # .parquet"), every night.
    from transforms.ingest import EXPORT_MARKER as READ_MARKER
    from transforms.ingest import source_files
    from warehouse.export import EXPORT_MARKER

    assert READ_MARKER == EXPORT_MARKER
    news = tmp_path / "news"
    news.mkdir()
    (news / "story.txt").write_text("An article.", encoding="utf-8")
    with open_warehouse(news / "vigie.duckdb") as wh:
        wh.export_parquet(news / "vigie_export")
    assert list((news / "vigie_export").rglob("*.parquet"))
    assert [p.name for p in source_files(news, skip=[news / "vigie.duckdb"])] == ["story.txt"]
