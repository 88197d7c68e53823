"""Sources as users write them, flow level: real Prefect harness, real files.

`--source file:///data/news/a.txt` (a URL copied from a browser's address bar, or a
scheduler that writes every source as a URL) was quarantined as "no such file or
folder" under `file:/data/news/a.txt`. It is now the local file or folder it names,
read once with the same path given plainly."""
from __future__ import annotations

from pathlib import Path

from prefect import flow

from flows.sources import SourceSettings, collect

TEXT = ("Le ministre des affaires étrangères a rencontré son homologue allemand à Berlin "
        "mardi pour discuter de la crise énergétique en Europe.")


@flow(name="collect-s35-sources")
def collect_flow(sources: list[str]) -> object:
    return collect(sources, SourceSettings(retries=0, timeout_s=2))


def test_a_file_url_is_the_local_file_it_names(prefect_harness, tmp_path):
    folder = tmp_path / "mes articles"
    folder.mkdir()
    (folder / "un été.txt").write_text(TEXT, encoding="utf-8")
    (folder / "deux.txt").write_text(TEXT + " Deux.", encoding="utf-8")
    url = (folder / "un été.txt").as_uri()  # file:///.../mes%20articles/un%20%C3%A9t%C3%A9.txt
    got = collect_flow([url, "file://localhost" + str(folder), str(folder / "un été.txt")])
    assert got.rejected == []
    assert sorted(Path(a.source_ref).name for a in got.articles) == ["deux.txt", "un été.txt"]


def test_a_file_url_on_another_host_says_so(prefect_harness):
    got = collect_flow(["file://fileserver/share/news.txt", "file:///no/such/folder"])
    assert got.articles == []
    assert [(r.source_ref, r.reason) for r in got.rejected] == [
        ("file://fileserver/share/news.txt",
         "a file:// URL names a file on this machine; 'fileserver' is another host "
         "(mount the share and give its path)"),
        ("/no/such/folder", "no such file or folder")]


def test_every_get_says_what_vigie_is(prefect_harness):
    # It said "Vigie/0.1" and nothing more: a site's operator reading the logs could not
    # tell a news pipeline from a scraper.
    from tests.flows.test_incremental import _page
    from tests.httpserver import serve

    with serve({"/story": (200, {"Content-Type": "text/html"}, _page(1))}) as server:
        got = collect_flow([server.url("/story")])
        requests = server.requests
    assert len(got.articles) == 1
    assert [r.path for r in requests] == ["/robots.txt", "/story"]  # the site's rules first
    assert all(r.headers["User-Agent"] == "Vigie/0.1 (news-to-events pipeline)" for r in requests)
