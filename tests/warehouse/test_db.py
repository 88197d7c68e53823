import os
import re

import pytest

from tests.warehouse.unwritable import unwritable
from warehouse import WarehouseBusy, WarehouseError, open_warehouse


def test_memory_database_works_without_a_lock():
    with open_warehouse(":memory:") as wh:
        assert wh.last_run() is None


def test_second_writer_waits_then_gives_up_with_a_clear_message(tmp_path):
    path = tmp_path / "busy.duckdb"
    with open_warehouse(path):
        with pytest.raises(WarehouseBusy) as caught:
            open_warehouse(path, wait_s=0.5)
    assert str(caught.value) == (
        f"database {path} is in use by another vigie run (lock {path}.lock)")


def test_close_releases_the_lock(tmp_path):
    path = tmp_path / "released.duckdb"
    open_warehouse(path).close()
    with open_warehouse(path, wait_s=0.5) as wh:
        assert wh.sql("SELECT 1 AS one")["one"][0] == 1


def test_corrupt_file_is_reported_in_one_sentence(tmp_path):
    path = tmp_path / "garbage.duckdb"
    path.write_bytes(os.urandom(64) * 200)
    with pytest.raises(WarehouseError) as caught:
        open_warehouse(path, wait_s=0.5)
    assert not isinstance(caught.value, WarehouseBusy)
    assert str(caught.value) == f"{path} is not a DuckDB database (corrupt or another kind of file)"
    # The failed open must not keep the lock.
    with pytest.raises(WarehouseError):
        open_warehouse(path, wait_s=0.1)


def test_unwritable_location_is_a_warehouse_error(tmp_path):
    with pytest.raises(WarehouseError, match="cannot"):
        open_warehouse(tmp_path / "missing-folder" / "x.duckdb", wait_s=0.1)


def test_read_only_of_a_missing_file_says_so(tmp_path):
    with pytest.raises(WarehouseError, match="does not exist"):
        open_warehouse(tmp_path / "nothing.duckdb", read_only=True)


def test_read_only_sees_what_a_writer_wrote(tmp_path):
    path = tmp_path / "ro.duckdb"
    with open_warehouse(path) as wh:
        wh.save_feed_state("https://feed.example/rss", '"etag1"', None)
    with open_warehouse(path, read_only=True) as ro:
        assert ro.feed_state("https://feed.example/rss") == ('"etag1"', None)


def test_closed_warehouse_refuses_calls():
    wh = open_warehouse(":memory:")
    wh.close()
    with pytest.raises(WarehouseError, match="closed"):
        wh.last_run()


def test_one_warehouse_can_be_shared_by_threads():
    from concurrent.futures import ThreadPoolExecutor

    from transforms.records import Rejected
    from warehouse.synthetic import synthetic_frames

    with open_warehouse(":memory:") as wh:
        def work(i: int) -> int:
            wh.load(f"r{i}", synthetic_frames(20, 2, prefix=f"t{i}_"))
            wh.quarantine(f"r{i}", [Rejected("parse", f"in/{i}.json", "broken")])
            return wh.sql("SELECT count(*) AS n FROM articles")["n"][0]

        with ThreadPoolExecutor(4) as pool:
            list(pool.map(work, range(8)))
        assert wh.sql("SELECT count(*) AS n FROM articles")["n"][0] == 160
        assert wh.sql("SELECT count(*) AS n FROM quarantine")["n"][0] == 8


def test_a_file_where_the_folder_should_be_is_named(tmp_path):
    # Was "folder .../notes.txt does not exist", of a file that does.
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    for path in (notes / "w.duckdb", notes / "sub" / "w.duckdb"):
        with pytest.raises(WarehouseError, match=f"{notes} is a file, not a folder"):
            open_warehouse(path)
    assert notes.read_text() == "x"


def test_a_folder_made_read_only_after_a_run_is_named_on_open(tmp_path):
    # The .lock of an earlier run still there, the run got as far as recording itself and
    # failed with "TransactionException: ... Cannot open file ".../w.duckdb.wal"".
    path = tmp_path / "data" / "w.duckdb"
    path.parent.mkdir()
    open_warehouse(path).close()
    with unwritable(path.parent):
        with pytest.raises(WarehouseError, match=re.escape(
                f"cannot write database {path}: its folder {path.parent} is not writable")):
            open_warehouse(path, wait_s=0)
        with open_warehouse(path, read_only=True) as wh:  # readers need no write
            assert wh.sql("SELECT count(*) AS n FROM runs")["n"][0] == 0
