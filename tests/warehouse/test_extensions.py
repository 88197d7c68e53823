"""`vigie sql` never downloads a DuckDB extension: Vigie makes no network call beyond
the package registries. DuckDB's own defaults would: `INSTALL httpfs`, and any query
that needs an extension not built in (read_xlsx, an https:// file, ATTACH 'md:') went
to extensions.duckdb.org. The extension repository is pointed at a loopback server
here so that an attempt to download shows up as a request."""
from __future__ import annotations

import pytest

from tests.httpserver import serve
from warehouse import WarehouseError, open_warehouse

_REFUSED = [
    "INSTALL httpfs",
    "FORCE INSTALL excel",
    "LOAD httpfs",
    "select 1; INSTALL httpfs",
    # Settings that would turn downloads back on.
    "SET autoinstall_known_extensions = true",
    "RESET autoinstall_known_extensions",
    "PRAGMA autoload_known_extensions = 1",
    "SET GLOBAL custom_extension_repository = 'http://example.org'",
]
_NEEDING_AN_EXTENSION = [
    ("select * from read_xlsx('x.xlsx')", "excel"),
    ("select * from read_csv('https://example.org/x.csv')", "httpfs"),
]


def _warehouse_downloading_from(tmp_path, server):
    wh = open_warehouse(tmp_path / "w.duckdb")
    repository = f"'{server.base_url}'"
    wh._call(lambda con: con.execute(
        f"SET custom_extension_repository = {repository}; "
        f"SET autoinstall_extension_repository = {repository}; "
        f"SET extension_directory = '{tmp_path / 'extensions'}'"))
    return wh


@pytest.mark.parametrize("query", _REFUSED)
def test_installing_or_loading_an_extension_is_refused_in_one_line(tmp_path, query):
    with serve({}) as server, _warehouse_downloading_from(tmp_path, server) as wh:
        with pytest.raises(WarehouseError) as refused:
            wh.sql(query)
        message = str(refused.value)
        assert "\n" not in message and "extension" in message, message
        assert server.requests == []
        # Nothing was turned on behind the refusal.
        [(autoinstall, autoload)] = wh.sql(
            "select current_setting('autoinstall_known_extensions'), "
            "current_setting('autoload_known_extensions')").rows()
        assert (autoinstall, autoload) == (False, False)


@pytest.mark.parametrize("query, extension", _NEEDING_AN_EXTENSION)
def test_a_query_needing_an_extension_names_it_and_downloads_nothing(tmp_path, query,
                                                                     extension):
    with serve({}) as server, _warehouse_downloading_from(tmp_path, server) as wh:
        with pytest.raises(WarehouseError) as refused:
            wh.sql(query)
        message = str(refused.value)
        assert "\n" not in message and f"'{extension}' extension" in message, message
        assert server.requests == []


def test_built_in_extensions_still_answer(tmp_path):
    # json, parquet and icu are in DuckDB's wheel: no download, nothing to refuse.
    with open_warehouse(tmp_path / "w.duckdb") as wh:
        [(value,)] = wh.sql("select ('{\"a\": 1}'::json)->>'a'").rows()
        assert value == "1"
        [(day,)] = wh.sql("select strftime(timestamptz '2026-01-01 12:00:00+00' "
                          "at time zone 'Europe/Paris', '%H')").rows()
        assert day == "13"
