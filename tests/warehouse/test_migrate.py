from importlib import resources

import duckdb
import pytest

from warehouse import WarehouseError, open_warehouse
from warehouse.migrate import available_migrations

LATEST = available_migrations()[-1].version


def _versions(wh) -> list[int]:
    return wh.sql("SELECT version FROM schema_version ORDER BY version")["version"].to_list()


def test_fresh_database_gets_every_migration(tmp_path):
    with open_warehouse(tmp_path / "fresh.duckdb") as wh:
        assert _versions(wh) == list(range(1, LATEST + 1))
        tables = set(wh.sql("SELECT table_name FROM duckdb_tables()")["table_name"])
        assert {"articles", "events", "runs", "quarantine", "source_index", "feed_state"} <= tables
        assert "text" in wh.sql("DESCRIBE articles")["column_name"].to_list()


def test_reopening_applies_nothing_twice(tmp_path):
    path = tmp_path / "twice.duckdb"
    open_warehouse(path).close()
    with open_warehouse(path) as wh:
        assert _versions(wh) == list(range(1, LATEST + 1))


def test_database_of_an_older_version_is_upgraded_on_open(tmp_path):
    path = tmp_path / "old.duckdb"
    init_sql = resources.files("warehouse").joinpath("migrations/001_init.sql").read_text()
    con = duckdb.connect(str(path))
    con.execute(init_sql)
    # The schema_version table as an older vigie wrote it: version 1 only.
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                " applied_at TIMESTAMP DEFAULT current_timestamp)")
    con.execute("INSERT INTO schema_version (version, name) VALUES (1, 'init')")
    con.execute("INSERT INTO articles (article_id, external_id, language, content_hash, run_id)"
                " VALUES ('art_old', 'old', 'fr', 'h', 'r0')")
    con.close()

    with open_warehouse(path) as wh:
        assert _versions(wh) == list(range(1, LATEST + 1))
        assert wh.sql("SELECT article_id FROM v_events").height == 0
        assert wh.sql("SELECT count(*) AS n FROM source_index")["n"][0] == 0
        assert wh.existing_article_ids(["art_old"]) == {"art_old"}


def test_database_newer_than_this_vigie_is_refused(tmp_path):
    path = tmp_path / "newer.duckdb"
    open_warehouse(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version (version, name) VALUES (999, 'future')")
    con.close()
    with pytest.raises(WarehouseError, match="newer than this vigie"):
        open_warehouse(path)


def test_read_only_open_of_an_old_database_asks_for_an_upgrade(tmp_path):
    path = tmp_path / "old-ro.duckdb"
    open_warehouse(path).close()
    con = duckdb.connect(str(path))
    con.execute(f"DELETE FROM schema_version WHERE version = {LATEST}")
    con.close()
    with pytest.raises(WarehouseError, match="older vigie"):
        open_warehouse(path, read_only=True)
    with open_warehouse(path) as wh:  # a writer upgrades it
        assert _versions(wh)[-1] == LATEST
