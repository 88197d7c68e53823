"""A feed <guid> is an id, not an address: `articles.url` holds the entry's link, the
guid only when it is itself an http(s) permalink, else nothing (NULL).

feedparser copies an RSS <guid> into the entry's `link` when the item has none, and an
Atom <id> when the entry has no alternate link; "tag:site,2026:123" and "4567" were
stored as the article's URL."""
from transforms.feeds import parse_feed
from transforms.ingest import article_from_entry, entry_ref

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><guid>tag:site.example,2026:123</guid><description>Tag guid.</description></item>
<item><guid>4567</guid><description>Bare number.</description></item>
<item><guid>https://site.example/a/9.html</guid><description>Permalink guid.</description></item>
<item><guid isPermaLink="false">https://site.example/a/10</guid><description>Not a permalink.</description></item>
<item><guid>g5</guid><link>https://site.example/a/5.html</link><description>Linked.</description></item>
</channel></rss>"""

ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><id>urn:uuid:1</id><title>a</title><summary>No link.</summary></entry>
<entry><id>tag:x,2026:2</id><title>b</title><link href="https://x.example/2"/><summary>s</summary></entry>
<entry><id>tag:x,2026:3</id><title>c</title><link rel="enclosure" href="https://x.example/3.mp3"/>
<summary>Enclosure only.</summary></entry></feed>"""


def test_a_guid_that_is_not_a_web_address_is_no_url():
    entries = parse_feed(RSS, "f.rss").entries
    assert [(e.id, e.url) for e in entries] == [
        ("tag:site.example,2026:123", None),
        ("4567", None),
        ("https://site.example/a/9.html", "https://site.example/a/9.html"),  # a permalink
        ("https://site.example/a/10", None),  # isPermaLink="false": an id
        ("g5", "https://site.example/a/5.html"),
    ]


def test_the_guid_stays_the_id_and_the_ref():
    entry = parse_feed(RSS, "f.rss").entries[0]
    article = article_from_entry(entry, "f.rss")
    assert article.url is None
    assert article.external_id == "tag:site.example,2026:123"
    assert article.source_ref == entry_ref("f.rss", entry) == "f.rss#tag:site.example,2026:123"


def test_an_atom_id_is_no_url_either():
    entries = parse_feed(ATOM, "f.atom", base_url="https://x.example/feed.atom").entries
    assert [(e.id, e.url) for e in entries] == [
        ("urn:uuid:1", None), ("tag:x,2026:2", "https://x.example/2"), ("tag:x,2026:3", None)]
