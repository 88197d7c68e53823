from pathlib import Path

import pytest
from prefect import flow

from flows.sources import SourceSettings, collect
from tests.httpserver import redirect, serve, slow

INPUTS = Path(__file__).resolve().parents[1] / "fixtures" / "inputs"
FAST = SourceSettings(timeout_s=0.5, retries=2, retry_backoff_s=0.01, max_bytes=200_000)

LONG_PARAGRAPH = ("NATO Secretary General Mark Rutte met Japanese Prime Minister Shigeru Ishiba "
                  "in Tokyo to discuss defence industry cooperation and maritime security. ") * 4


def page(title: str, body: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><nav>Home | World | Subscribe</nav>"
            f"<article><h1>{title}</h1><p>{body}</p><p>{body}</p></article>"
            f"<footer>Cookie settings</footer></body></html>").encode()


def rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Loopback news</title><link>{base}</link>
<item><guid>teaser</guid><title>Teaser only</title><link>{base}/articles/1.html</link>
<pubDate>Wed, 09 Apr 2025 10:00:00 +0200</pubDate><description>Short teaser.</description></item>
<item><guid>full</guid><title>Full content</title><link>{base}/never-fetched</link>
<description><![CDATA[<p>{LONG_PARAGRAPH}</p>]]></description>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>{LONG_PARAGRAPH}</p>]]></content:encoded></item>
<item><guid>gone</guid><title>Gone</title><link>{base}/missing</link><description>x</description></item>
</channel></rss>""".encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Loopback atom</title><id>urn:lb</id>
<updated>2025-04-09T10:00:00Z</updated>
<entry><id>urn:lb:2</id><title>Atom teaser</title><link href="{base}/articles/2.html"/>
<updated>2025-04-09T09:00:00Z</updated><summary>teaser</summary></entry></feed>""".encode()


HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture(scope="module")
def server():
    routes = {}
    with serve(routes) as running:
        base = running.base_url
        routes.update({
            "/feed.rss": (200, {"Content-Type": "application/rss+xml"}, rss(base)),
            # Served as octet-stream: recognised by sniffing the body.
            "/feed.atom": (200, {"Content-Type": "application/octet-stream"}, atom(base)),
            "/articles/1.html": (200, HTML, page("Rutte in Tokyo", LONG_PARAGRAPH)),
            "/articles/2.html": (200, HTML, page("Atom article", "France and Germany "
                                                 "signed a defence agreement in Berlin today.")),
            "/flaky.html": [(500, {}, b"boom"), (200, HTML, page("Flaky", LONG_PARAGRAPH))],
            "/down.html": (503, {}, b"down"),
            "/slow.html": slow(2.0, (200, HTML, page("Slow", LONG_PARAGRAPH))),
            "/loop": redirect("/loop"),
            "/hop": redirect("/articles/1.html"),
            "/big.html": (200, HTML, b"<p>" + b"x" * 300_000 + b"</p>"),
            "/empty.html": (200, HTML, b"<html><body><nav>Home</nav></body></html>"),
            "/plain.txt": (200, {"Content-Type": "text/plain; charset=utf-8"},
                           "Le président a visité le Japon.".encode()),
            "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n%\xe2\xe3"),
            "/photo.jpg": (200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff\xe0JFIF"),
        })
        yield running


@pytest.fixture(scope="module")
def run_collect(prefect_harness):
    @flow(name="collect-test")
    def collect_flow(sources: list[str], settings: SourceSettings, memory=None) -> object:
        return collect(sources, settings, memory)

    def run(*sources: str, settings: SourceSettings = FAST, memory=None):
        return collect_flow(list(sources), settings, memory)
    return run


def test_rss_feed_fetches_teasers_and_uses_full_content(server, run_collect):
    got = run_collect(server.url("/feed.rss"))
    by_id = {a.external_id: a for a in got.articles}
    assert set(by_id) == {"teaser", "full"}
    teaser = by_id["teaser"]
    assert "Mark Rutte met Japanese Prime Minister" in teaser.text
    assert "Subscribe" not in teaser.text
    assert teaser.title == "Teaser only"  # the feed's title wins over the page's
    assert teaser.source_ref == server.url("/feed.rss") + "#teaser"
    assert teaser.published_at.isoformat() == "2025-04-09T08:00:00"
    assert not server.requests_to("/never-fetched")  # long content: no fetch
    [gone] = got.rejected
    assert gone.stage == "fetch" and gone.source_ref.endswith("#gone")
    assert gone.reason == f"HTTP 404 Not Found from {server.url('/missing')}"
    assert len(server.requests_to("/missing")) == 1  # a 404 is not retried


def test_atom_feed_sniffed_from_body(server, run_collect):
    got = run_collect(server.url("/feed.atom"))
    [article] = got.articles
    assert article.external_id == "urn:lb:2" and "defence agreement" in article.text


def test_article_url_and_redirect(server, run_collect):
    got = run_collect(server.url("/articles/1.html"), server.url("/hop"))
    assert len(got.articles) == 2 and not got.rejected
    first, hopped = got.articles
    assert first.url == server.url("/articles/1.html") and first.title == "Rutte in Tokyo"
    assert hopped.url == server.url("/articles/1.html")  # final URL after the redirect
    assert hopped.source_ref == server.url("/hop")
    assert first.article_id == hopped.article_id  # same text, same article


def test_500_then_200_is_retried(server, run_collect):
    got = run_collect(server.url("/flaky.html"))
    assert [a.title for a in got.articles] == ["Flaky"] and not got.rejected
    assert len(server.requests_to("/flaky.html")) == 2


@pytest.mark.parametrize("path, reason", [
    ("/down.html", "HTTP 503 Service Unavailable from {url}"),
    ("/slow.html", "timed out after 0.5s fetching {url}"),
    ("/loop", "too many redirects (more than 5) from {url}"),
])
def test_persistent_failures_are_retried_then_rejected(server, run_collect, path, reason):
    url = server.url(path)
    got = run_collect(url)
    assert got.articles == []
    [rejected] = got.rejected
    assert rejected.stage == "fetch" and rejected.source_ref == url
    assert rejected.reason == reason.format(url=url)
    first_hits = [r for r in server.requests_to(path)]
    assert len(first_hits) >= 1 + FAST.retries


def test_oversize_and_empty_pages(server, run_collect):
    got = run_collect(server.url("/big.html"), server.url("/empty.html"))
    big, empty = got.rejected
    assert big.stage == "fetch" and "larger than 200000 bytes" in big.reason
    assert len(server.requests_to("/big.html")) == 1  # not retried
    assert empty.stage == "parse" and "no extractable article text" in empty.reason


def test_pdf_and_image_urls_are_rejected_by_content_type(server, run_collect):
    got = run_collect(server.url("/report.pdf"), server.url("/photo.jpg"))
    assert not got.articles
    assert [(r.stage, r.reason.split(" from ")[0]) for r in got.rejected] == [
        ("parse", "unsupported content type application/pdf"),
        ("parse", "unsupported content type image/jpeg")]


def test_plain_text_url(server, run_collect):
    [article] = run_collect(server.url("/plain.txt")).articles
    assert article.text == "Le président a visité le Japon."


def test_local_folder_with_feed_file(server, run_collect, tmp_path):
    # A local feed file gets the same entry handling as a feed URL: teasers are fetched.
    (tmp_path / "news.rss").write_bytes(rss(server.base_url))
    (tmp_path / "a.json").write_bytes((INPUTS / "article.json").read_bytes())
    (tmp_path / "broken.json").write_bytes((INPUTS / "broken.json").read_bytes())
    got = run_collect(str(tmp_path), str(tmp_path / "missing"), " ")
    refs = sorted(a.source_ref for a in got.articles)
    assert refs == sorted([str(tmp_path / "a.json"), f"{tmp_path / 'news.rss'}#full",
                           f"{tmp_path / 'news.rss'}#teaser"])
    assert sorted((r.stage, Path(r.source_ref).name) for r in got.rejected) == [
        ("discover", "' '"), ("discover", "missing"), ("fetch", "news.rss#gone"),
        ("parse", "broken.json")]


class DictMemory:
    """A SourceMemory from plain values (the warehouse is the real one)."""

    def __init__(self, seen=(), feeds=None):
        self.seen, self.feeds = set(seen), dict(feeds or {})

    def seen_url(self, url):
        return url in self.seen

    def seen_entry(self, ref, link):
        return ref in self.seen

    def feed_state(self, feed_url):
        return self.feeds.get(feed_url)


def test_conditional_get_304_means_nothing_new(run_collect):
    def feed(request):
        if request.headers.get("If-None-Match") == '"abc"':
            return (304, {}, b"")
        return (200, {"Content-Type": "application/rss+xml", "ETag": '"abc"'}, rss(""))
    with serve({"/feed.rss": feed}) as server:
        url = server.url("/feed.rss")
        got = run_collect(url, memory=DictMemory(feeds={url: ('"abc"', None)}))
        robots_get, feed_get = server.requests  # the site's robots.txt is read first
        assert robots_get.path == "/robots.txt" and feed_get.path == "/feed.rss"
        assert feed_get.headers["If-None-Match"] == '"abc"'
        assert "If-Modified-Since" not in feed_get.headers
    assert (got.articles, got.rejected, got.feed_states) == ([], [], {})
    assert got.unchanged_feeds == [url]


def test_seen_links_are_not_fetched_and_validators_come_back(server, run_collect):
    def feed(request):
        return (200, {"Content-Type": "application/rss+xml", "ETag": '"v2"',
                      "Last-Modified": "Wed, 09 Apr 2025 10:00:00 GMT"}, rss(server.base_url))
    with serve({"/feed.rss": feed}) as feed_server:
        url = feed_server.url("/feed.rss")
        before = len(server.requests)
        memory = DictMemory(seen={server.url("/articles/1.html"), server.url("/missing")})
        got = run_collect(url, memory=memory)
    assert server.requests[before:] == []  # both teaser links were recorded already
    assert [a.external_id for a in got.articles] == ["full"]  # full content needs no fetch
    assert got.feed_states == {url: ('"v2"', "Wed, 09 Apr 2025 10:00:00 GMT")}
    assert sorted(got.skipped_urls) == sorted(memory.seen)


def test_feed_with_a_failed_entry_is_not_remembered(server, run_collect):
    # The /missing entry 404s: the feed must be asked in full again next night.
    def feed(request):
        return (200, {"Content-Type": "application/rss+xml", "ETag": '"v3"'}, rss(server.base_url))
    with serve({"/feed.rss": feed}) as feed_server:
        got = run_collect(feed_server.url("/feed.rss"), memory=DictMemory())
    assert [r.source_ref.rsplit("#")[1] for r in got.rejected] == ["gone"]
    assert got.feed_states == {}


def test_seen_article_url_is_skipped(server, run_collect):
    url = server.url("/plain.txt")
    before = len(server.requests)
    got = run_collect(url, memory=DictMemory(seen={url}))
    assert (got.articles, got.rejected, got.skipped_urls) == ([], [], [url])
    assert server.requests[before:] == []


def test_relative_entry_links_are_resolved_against_the_feed_url(run_collect):
    # Feeds written by many CMSs link entries as "/articles/1.html". They stayed relative,
    # so the page was never fetched: the teaser was loaded in its place, or quarantined
    # as too short ("language 'und' is not supported").
    routes = {}
    with serve(routes) as running:
        relative_rss = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Relative</title><link>{running.base_url}</link>
<item><guid isPermaLink="false">r1</guid><title>Root-relative</title>
<link>/articles/1.html</link><description>Short teaser.</description></item>
<item><guid isPermaLink="false">r2</guid><title>Path-relative</title>
<link>2.html</link><description>Short teaser.</description></item>
</channel></rss>""".encode()
        routes.update({
            "/old-feed": redirect("/news/feed.rss"),
            "/news/feed.rss": (200, {"Content-Type": "application/rss+xml"}, relative_rss),
            "/articles/1.html": (200, HTML, page("Rutte in Tokyo", LONG_PARAGRAPH)),
            "/news/2.html": (200, HTML, page("Second", LONG_PARAGRAPH)),
        })
        got = run_collect(running.url("/old-feed"))  # relative to where the feed really is
    assert not got.rejected, got.rejected
    by_id = {a.external_id: a for a in got.articles}
    assert by_id["r1"].url == running.url("/articles/1.html")
    assert by_id["r2"].url == running.url("/news/2.html")
    assert all("Mark Rutte met Japanese Prime Minister" in a.text for a in got.articles)


def test_a_page_in_the_charset_its_server_declares_reads_as_written(run_collect):
    # Windows-1252 bytes served as "text/html; charset=ISO-8859-1" with no <meta>: the
    # declared charset was ignored and the page came out "ŕ Genčve", "lŐONU".
    text = ("Le président français a rencontré à Genève le secrétaire général de l\u2019ONU. "
            "Les négociations ont duré trois jours et ont abouti à un accord élargi.")
    body = (f"<html><head></head><body><article><p>{text}</p>"
            f"<p>{text}</p></article></body></html>").encode("cp1252")
    with serve({"/old.html": (200, {"Content-Type": "text/html; charset=ISO-8859-1"},
                              body)}) as running:
        got = run_collect(running.url("/old.html"))
    [article] = got.articles
    assert article.text.startswith(text), article.text[:120]


def test_a_feed_served_as_html_is_read_as_a_feed(run_collect):
    # A misconfigured server (or CDN) sends its RSS as text/html: the whole feed was
    # quarantined as "HTML page has no extractable article text".
    routes = {}
    with serve(routes) as running:
        routes.update({
            "/feed": (200, {"Content-Type": "text/html; charset=utf-8"}, rss(running.base_url)),
            "/articles/1.html": (200, HTML, page("Rutte in Tokyo", LONG_PARAGRAPH)),
            "/page.xhtml": (200, {"Content-Type": "text/html"}, (
                '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/'
                f'xhtml"><body><article><p>{LONG_PARAGRAPH}</p></article></body></html>')),
        })
        got = run_collect(running.url("/feed"), running.url("/page.xhtml"))
    assert {a.external_id for a in got.articles} == {"teaser", "full", running.url("/page.xhtml")}
    assert [r.source_ref for r in got.rejected] == [running.url("/feed") + "#gone"]


def test_an_entry_whose_page_is_refused_keeps_the_full_text_the_feed_carries(run_collect):
    # A feed with the whole story in <description> (no content:encoded) whose site
    # answers 403 to anything but a browser: every entry was quarantined ("HTTP 403
    # Forbidden"), night after night, though the feed held every word of it.
    def item(guid: str, path: str, text: str) -> str:
        return (f"<item><guid>{guid}</guid><title>{guid}</title><link>{{base}}{path}</link>"
                f"<description><![CDATA[<p>{text}</p>]]></description></item>")
    body = ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            + item("refused", "/403", LONG_PARAGRAPH) + item("short", "/410", "Short teaser.")
            + item("down", "/503", LONG_PARAGRAPH) + "</channel></rss>")
    routes = {"/403": (403, {}, b"no bots"), "/410": (410, {}, b"gone"),
              "/503": (503, {}, b"down")}
    with serve(routes) as running:
        routes["/feed.rss"] = (200, {"Content-Type": "application/rss+xml"},
                               body.replace("{base}", running.base_url).encode())
        got = run_collect(running.url("/feed.rss"))
    [refused] = got.articles
    assert refused.external_id == "refused" and "Mark Rutte" in refused.text
    assert refused.url == running.url("/403")
    # A teaser is no article; a page that may come back (503) is waited for.
    assert sorted((r.source_ref.rsplit("#")[1], r.reason.split(" from ")[0])
                  for r in got.rejected) == [("down", "HTTP 503 Service Unavailable"),
                                             ("short", "HTTP 410 Gone")]
    assert got.feed_states == {}  # asked again in full next night, for the 503


def test_a_url_serving_json_lines_or_a_json_list_gives_one_article_per_record(run_collect):
    # The README's JSONL works for files only: an export served as application/x-ndjson
    # was quarantined as "broken JSON: Extra data (line 2, column 1)", one served as
    # application/jsonl as "HTML page has no extractable article text", and an API's
    # JSON array as "got a list (use .jsonl for many articles)".
    import json

    records = [{"id": f"r{n}", "text": f"Story {n}. {LONG_PARAGRAPH}"} for n in (1, 2)]
    lines = "\n".join(json.dumps(r) for r in records) + "\n" + '{"text": 5}\n'
    routes = {"/export": (200, {"Content-Type": "application/x-ndjson"}, lines),
              "/dump.jsonl": (200, {"Content-Type": "application/octet-stream"}, lines),
              "/api": (200, {"Content-Type": "application/json"}, json.dumps(records)),
              "/one": (200, {"Content-Type": "application/json"}, json.dumps(records[0]))}
    with serve(routes) as running:
        got = run_collect(*(running.url(path) for path in routes))
    refs = sorted(a.source_ref.removeprefix(running.base_url) for a in got.articles)
    assert refs == ["/api:1", "/api:2", "/dump.jsonl:1", "/dump.jsonl:2", "/export:1",
                    "/export:2", "/one"]
    assert {a.external_id for a in got.articles} == {"r1", "r2"}
    [bad] = [r for r in got.rejected if r.source_ref.endswith("/export:3")]
    assert "not a string" in bad.reason
    assert len(got.rejected) == 2  # the bad third line of each export, nothing else


def test_a_source_given_twice_is_read_once(server, run_collect, tmp_path, monkeypatch):
    # `vigie run --source news --source news/` (or a folder and a file inside it, or one
    # feed URL twice) read everything twice: the summary said "4 seen, 2 loaded,
    # 2 already loaded" of a folder of two new articles, and a feed's pages were fetched
    # twice.
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.json").write_bytes((INPUTS / "article.json").read_bytes())
    (folder / "b.txt").write_text(LONG_PARAGRAPH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    before = len(server.requests)
    got = run_collect(str(folder), str(folder) + "/", "news", str(folder / "b.txt"),
                      server.url("/feed.rss"), server.url("/feed.rss"))
    refs = sorted(a.source_ref for a in got.articles)
    feed = server.url("/feed.rss")
    assert refs == sorted([str(folder / "a.json"), str(folder / "b.txt"),
                           f"{feed}#full", f"{feed}#teaser"])
    assert [r.source_ref for r in got.rejected] == [f"{feed}#gone"]
    fetched = [r.path for r in server.requests[before:]]
    assert fetched.count("/feed.rss") == 1 and fetched.count("/articles/1.html") == 1


def test_a_local_feed_file_over_the_size_cap_is_one_rejection(run_collect, tmp_path,
                                                              monkeypatch):
    # A local feed file was read whole (file.read_bytes()) whatever its size.
    from transforms import ingest

    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 10_000)
    (tmp_path / "dump.rss").write_bytes(b"<rss>" + b"x" * 10_000)
    got = run_collect(str(tmp_path))
    [rejected] = got.rejected
    assert rejected.source_ref == str(tmp_path / "dump.rss") and not got.articles
    assert rejected.reason.startswith("file larger than 10,000 bytes")
