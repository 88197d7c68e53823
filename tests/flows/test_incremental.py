"""Incremental nightly runs against a feed on loopback: conditional GETs, 304s, and
only the new entry fetched and loaded."""
from __future__ import annotations

from flows.nightly import nightly
from flows.settings import NightlySettings
from tests.dbrows import rows
from tests.httpserver import ReceivedRequest, redirect, serve

STORIES = {
    1: ("Rutte in Tokyo", "NATO Secretary General Mark Rutte met Japanese Prime Minister "
        "Shigeru Ishiba in Tokyo on Tuesday. The two leaders agreed to deepen defence "
        "cooperation and signed an agreement on sharing classified information. "),
    2: ("Paris and Berlin", "French President Emmanuel Macron hosted German Chancellor "
        "Friedrich Merz in Paris on Monday. France and Germany pledged to coordinate "
        "military aid to Ukraine and criticised Russia for new strikes on Kyiv. "),
    3: ("Sanctions on Iran", "The European Union imposed new sanctions on Iran on Wednesday "
        "over its nuclear programme. Tehran condemned the decision and threatened to "
        "limit cooperation with the International Atomic Energy Agency. "),
}


def _page(n: int) -> bytes:
    title, body = STORIES[n]
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{body * 3}</p><p>{body}</p></article></body></html>").encode()


class LoopbackFeed:
    """An RSS feed whose ETag changes when an item is published; honours If-None-Match."""

    def __init__(self, guid: str | None = None) -> None:
        self.items = [1, 2]
        self.base = ""
        self.guid = guid  # one GUID for every item, as some CMSs write

    def _guid(self, n: int) -> str:
        return self.guid or f"story-{n}"

    @property
    def etag(self) -> str:
        return '"v' + "-".join(map(str, self.items)) + '"'

    def respond(self, request: ReceivedRequest):
        if request.headers.get("If-None-Match") == self.etag:
            return (304, {"ETag": self.etag}, b"")
        items = "".join(
            f"<item><guid>{self._guid(n)}</guid><title>{STORIES[n][0]}</title>"
            f"<link>{self.base}/articles/{n}.html</link>"
            f"<pubDate>Wed, 09 Apr 2025 10:00:00 +0000</pubDate>"
            f"<description>Teaser.</description></item>" for n in self.items)
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback</title>'
                f"<link>{self.base}</link>{items}</channel></rss>")
        return (200, {"Content-Type": "application/rss+xml", "ETag": self.etag,
                      "Last-Modified": "Wed, 09 Apr 2025 10:00:00 GMT"}, body)


def test_feed_is_fetched_conditionally_and_only_new_entries_load(prefect_harness, tmp_path):
    feed = LoopbackFeed()
    routes = {"/feed.rss": feed.respond,
              **{f"/articles/{n}.html": (200, {"Content-Type": "text/html"}, _page(n))
                 for n in STORIES}}
    with serve(routes) as server:
        feed.base = server.base_url
        settings = NightlySettings(sources=[server.url("/feed.rss")], db=tmp_path / "w.duckdb",
                                   data_docs_dir=None, lock_wait_s=5, fetch_retries=0)

        first = nightly(settings)
        [feed_get] = server.requests_to("/feed.rss")
        assert "If-None-Match" not in feed_get.headers
        assert first.articles_loaded == 2
        assert rows(settings.db, "select etag, last_modified from feed_state") == [
            ('"v1-2"', "Wed, 09 Apr 2025 10:00:00 GMT")]

        server.requests.clear()
        second = nightly(settings)
        [robots_get, feed_get] = server.requests  # robots.txt read once a run, first
        assert robots_get.path == "/robots.txt" and feed_get.path == "/feed.rss"
        assert feed_get.headers["If-None-Match"] == '"v1-2"'
        assert feed_get.headers["If-Modified-Since"] == "Wed, 09 Apr 2025 10:00:00 GMT"
        assert second.articles_loaded == 0 and second.quarantined == 0
        assert second.status == "completed", second.failed_checks  # a 304 is a healthy night

        feed.items.append(3)
        server.requests.clear()
        third = nightly(settings)
        assert sorted(r.path for r in server.requests) == ["/articles/3.html", "/feed.rss", "/robots.txt"]
        assert third.articles_loaded == 1
        assert rows(settings.db, "select etag from feed_state") == [('"v1-2-3"',)]

    (n_articles,), = rows(settings.db, "select count(*) from articles")
    assert n_articles == 3
    assert rows(settings.db, "select count(*) from quarantine") == [(0,)]
    loaded = rows(settings.db, "select articles_loaded from runs order by started_at")
    assert loaded == [(2,), (0,), (1,)]


def test_entries_sharing_one_guid_are_each_loaded_and_remembered(prefect_harness, tmp_path):
    # A feed whose CMS wrote one GUID for every item: the entries got one ref between
    # them, source_index kept only one, and the next night every entry of the feed,
    # the new story too, was taken for the one already seen and never fetched.
    feed = LoopbackFeed(guid="0")
    routes = {"/feed.rss": feed.respond,
              **{f"/articles/{n}.html": (200, {"Content-Type": "text/html"}, _page(n))
                 for n in STORIES}}
    with serve(routes) as server:
        feed.base = server.base_url
        settings = NightlySettings(sources=[server.url("/feed.rss")], db=tmp_path / "w.duckdb",
                                   data_docs_dir=None, lock_wait_s=5, fetch_retries=0)
        first = nightly(settings)
        assert first.articles_loaded == 2
        refs = rows(settings.db, "select source_ref from source_index order by source_ref")
        assert len(refs) == 2, refs

        feed.items.append(3)
        server.requests.clear()
        second = nightly(settings)
        assert sorted(r.path for r in server.requests) == ["/articles/3.html", "/feed.rss", "/robots.txt"]
        assert second.articles_loaded == 1 and second.articles_skipped == 0
    titles = rows(settings.db, "select title from articles order by title")
    assert titles == [(STORIES[n][0],) for n in (2, 1, 3)]


def test_a_guid_reused_for_a_new_story_is_read(prefect_harness, tmp_path):
    # A feed listed story 1 under <guid>story-1</guid>; the next night story 1 was gone
    # and story 3 came under the same GUID: its ref was taken as seen and the new story
    # was never fetched. The same entry seen again must still cost no page fetch.
    feed = LoopbackFeed()
    feed.items = [1]
    routes = {"/feed.rss": feed.respond,
              **{f"/articles/{n}.html": (200, {"Content-Type": "text/html"}, _page(n))
                 for n in STORIES}}
    with serve(routes) as server:
        feed.base = server.base_url
        settings = NightlySettings(sources=[server.url("/feed.rss")], db=tmp_path / "w.duckdb",
                                   data_docs_dir=None, lock_wait_s=5, fetch_retries=0)
        assert nightly(settings).articles_loaded == 1

        feed.items = [3]
        feed.guid = "story-1"  # story 3 under story 1's GUID
        server.requests.clear()
        second = nightly(settings)
        assert sorted(r.path for r in server.requests) == ["/articles/3.html", "/feed.rss", "/robots.txt"]
        assert second.articles_loaded == 1

        feed.items = [3, 2]  # a new ETag: the feed is read again, story 3 is not
        feed.guid = None
        server.requests.clear()
        third = nightly(settings)
        assert sorted(r.path for r in server.requests) == ["/articles/2.html", "/feed.rss", "/robots.txt"]
        assert third.articles_loaded == 1
    titles = rows(settings.db, "select title from articles order by title")
    assert titles == [(STORIES[n][0],) for n in (2, 1, 3)]


def test_an_entry_whose_link_redirects_is_not_fetched_again(prefect_harness, tmp_path):
    # Its ref is recorded with the page's URL, not the entry's link: once a ref had to
    # match the link (a GUID reused for a new story is read), it was fetched every night.
    feed = LoopbackFeed()
    feed.items = [1]
    routes = {"/feed.rss": feed.respond, "/articles/1.html": redirect("/final/1.html"),
              "/final/1.html": (200, {"Content-Type": "text/html"}, _page(1)),
              "/articles/2.html": (200, {"Content-Type": "text/html"}, _page(2))}
    with serve(routes) as server:
        feed.base = server.base_url
        settings = NightlySettings(sources=[server.url("/feed.rss")], db=tmp_path / "w.duckdb",
                                   data_docs_dir=None, lock_wait_s=5, fetch_retries=0)
        assert nightly(settings).articles_loaded == 1
        feed.items = [1, 2]
        server.requests.clear()
        second = nightly(settings)
        assert sorted(r.path for r in server.requests) == ["/articles/2.html", "/feed.rss", "/robots.txt"]
        assert second.articles_loaded == 1 and second.quarantined == 0
