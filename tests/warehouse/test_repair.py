"""A warehouse someone changed by hand: a newer schema, a view or a table dropped."""
import re

import duckdb
import polars as pl
import pytest

from tests.dbrows import rows

from warehouse import WarehouseError, open_warehouse


def _drop(path, *statements: str) -> None:
    con = duckdb.connect(str(path))
    try:
        for statement in statements:
            con.execute(statement)
    finally:
        con.close()


def test_a_newer_schema_is_refused_naming_the_file(tmp_path):
    # Was "the database has schema version 999, ...": which of a cron job's warehouses?
    path = tmp_path / "newer.duckdb"
    open_warehouse(path).close()
    _drop(path, "INSERT INTO schema_version (version, name) VALUES (999, 'future')")
    for read_only in (False, True):
        with pytest.raises(WarehouseError, match=re.escape(f"the database {path} has schema "
                                                           "version 999, newer")):
            open_warehouse(path, read_only=read_only)


def test_views_dropped_by_hand_are_recreated_on_the_next_write_open(tmp_path):
    # A dropped view stayed gone: "Catalog Error: Table with name v_events does not exist!"
    path = tmp_path / "w.duckdb"
    open_warehouse(path).close()
    _drop(path, "DROP VIEW v_dyads", "DROP VIEW v_events", "DROP VIEW stg_articles")
    open_warehouse(path).close()
    with open_warehouse(path, read_only=True) as wh:
        for view in ("v_events", "v_dyads", "stg_articles", "v_theme_trends"):
            assert wh.sql(f"SELECT count(*) AS n FROM {view}")["n"][0] == 0


def test_a_table_dropped_by_hand_is_named_when_loading(tmp_path):
    # Was "load of run r1 failed and was rolled back: Parser Error: SELECT clause without
    # selection list".
    path = tmp_path / "w.duckdb"
    open_warehouse(path).close()
    _drop(path, "DROP VIEW v_theme_trends", "DROP TABLE article_themes")
    with open_warehouse(path) as wh:
        with pytest.raises(WarehouseError) as caught:
            wh.load("r1", {"articles": pl.DataFrame({"article_id": ["a1"]})})
        message = str(caught.value)
        assert f"the warehouse {path} has no table article_themes" in message, message
        assert "rolled back" in message and "Error:" not in message


def test_a_bookkeeping_table_dropped_by_hand_is_named(tmp_path):
    # Was "Catalog Error: Table with name runs does not exist!" when the run started.
    path = tmp_path / "w.duckdb"
    open_warehouse(path).close()
    _drop(path, "DROP TABLE runs")
    with open_warehouse(path) as wh:
        with pytest.raises(WarehouseError, match=re.escape(f"{path} has no table runs")):
            wh.last_run()


def test_a_query_on_a_dropped_view_says_the_next_run_recreates_it(tmp_path):
    # A reader cannot recreate it: "Table with name v_dyads does not exist!" was all it said.
    path = tmp_path / "w.duckdb"
    open_warehouse(path).close()
    _drop(path, "DROP VIEW v_dyads")
    with open_warehouse(path, read_only=True) as wh:
        with pytest.raises(WarehouseError) as caught:
            wh.sql("SELECT * FROM v_dyads")
        first_line = str(caught.value).splitlines()[0]
        assert "v_dyads is one of Vigie's views" in first_line, first_line
        assert "the next `vigie run` on it creates it again" in first_line
        with pytest.raises(WarehouseError) as caught:
            wh.sql("SELECT * FROM no_such_table")
        assert "Vigie's views" not in str(caught.value)


def _table_sql(path) -> dict[str, str]:
    with duckdb.connect(str(path), read_only=True) as con:
        return dict(con.execute("SELECT table_name, sql FROM duckdb_tables()").fetchall())


def test_bookkeeping_tables_dropped_by_hand_are_recreated_empty_before_a_run(tmp_path):
    # An analyst clearing history (`DROP TABLE dq_results`) had every later run go through
    # its whole extraction and fail at the load: "... has no table dq_results (dropped by
    # hand?); restore the file from a backup".
    fresh = tmp_path / "fresh.duckdb"
    open_warehouse(fresh).close()
    path = tmp_path / "w.duckdb"
    with open_warehouse(path) as wh:
        wh.ensure_themes([("SANCTIONS", "Sanctions", "Sanctions")])
    dropped = ("runs", "dq_results", "quarantine", "feed_state", "source_index", "themes")
    _drop(path, "INSERT INTO articles (article_id, external_id, language, content_hash, "
                "run_id) VALUES ('a1', 'x', 'en', 'h1', 'r0')",
          "DROP VIEW v_theme_trends", *(f"DROP TABLE {t}" for t in dropped))
    with open_warehouse(path) as wh:
        wh.recreate_dropped_tables()
        wh.require_data_tables("r1")  # nothing holding loaded data is missing
        assert wh.last_run() is None
        assert wh.sql("SELECT count(*) AS n FROM v_theme_trends")["n"][0] == 0
    assert _table_sql(path) == _table_sql(fresh)  # as every migration left them
    assert rows(path, "select article_id from articles") == [("a1",)]
    for table in dropped:
        assert rows(path, f"select count(*) from {table}") == [(0,)], table


def test_a_data_table_dropped_by_hand_refuses_the_run_naming_only_it(tmp_path):
    path = tmp_path / "w.duckdb"
    open_warehouse(path).close()
    _drop(path, "DROP VIEW v_theme_trends", "DROP TABLE article_themes", "DROP TABLE runs")
    with open_warehouse(path) as wh:
        wh.recreate_dropped_tables()
        with pytest.raises(WarehouseError) as caught:
            wh.require_data_tables("r1")
    assert str(caught.value) == (
        f"run r1 stopped before reading its sources: the warehouse {path} has no table "
        "article_themes (dropped by hand?); restore the file from a backup, or load into a "
        "new --db")
    assert rows(path, "select count(*) from runs") == [(0,)]  # recreated, empty
