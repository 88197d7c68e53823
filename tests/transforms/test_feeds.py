from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.feeds import html_fragment_to_text, looks_like_feed, parse_feed

INPUTS = Path(__file__).resolve().parents[1] / "fixtures" / "inputs"


def test_rss_entries():
    parsed = parse_feed((INPUTS / "feed.rss").read_bytes(), "feed.rss")
    assert parsed.title == "Example World" and not parsed.rejected
    first, second = parsed.entries
    assert first.id == "rss-1" and first.url == "https://example.org/rss-1"
    assert first.title == "Japan and NATO deepen ties"
    assert first.published == datetime(2025, 4, 9, 8, 0)  # +0200 → naive UTC
    assert first.summary_text.startswith("NATO Secretary General") and "<p>" not in first.summary_text
    assert second.published is None


def test_atom_entry_content():
    [entry] = parse_feed((INPUTS / "feed.atom").read_bytes(), "feed.atom").entries
    assert entry.id == "urn:atom:1"
    assert entry.content_text == "Germany and France signed a defence agreement in Berlin."
    assert entry.published == datetime(2025, 4, 9, 9, 0)


def test_broken_xml_is_one_rejected():
    parsed = parse_feed((INPUTS / "broken.xml").read_bytes(), "broken.xml")
    assert parsed.entries == []
    [rejected] = parsed.rejected
    assert rejected.stage == "parse" and rejected.source_ref == "broken.xml"
    assert rejected.reason.startswith("broken feed XML") and rejected.payload.startswith("<?xml")


def test_html_page_is_not_a_feed():
    html = (INPUTS / "page.html").read_bytes()
    assert not looks_like_feed(html)
    [rejected] = parse_feed(html, "page").rejected
    assert "feed" in rejected.reason
    assert looks_like_feed((INPUTS / "feed.atom").read_bytes())


def test_entry_without_anything_is_rejected():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>only a title</title></item>
    <item><guid>ok</guid><description>Some text.</description></item></channel></rss>"""
    parsed = parse_feed(rss, "f")
    assert [e.id for e in parsed.entries] == ["ok"]
    assert parsed.rejected[0].source_ref == "f#1"


def test_empty_valid_feed_is_neither_entries_nor_rejection():
    parsed = parse_feed(b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                        b"</channel></rss>", "f")
    assert parsed.entries == [] and parsed.rejected == []


def test_fragment_to_text_keeps_paragraphs():
    assert html_fragment_to_text("<p>One <b>two</b></p><p>Three</p>") == "One two\nThree"
    assert html_fragment_to_text("plain   text") == "plain text"
    assert html_fragment_to_text("") == ""


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=1500),
                 st.text(max_size=500).map(lambda t: f"<rss><channel><item>{t}".encode())))
def test_parse_feed_never_raises(content):
    parsed = parse_feed(content, "prop")
    assert parsed.entries or parsed.rejected or parsed.entries == []


def test_relative_links_resolve_against_the_feed_url_and_guids_stay_ids():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><guid>g1</guid><description>A guid-only entry.</description></item>
<item><guid>g2</guid><link>/a/2.html</link><description>d</description></item>
<item><link>3.html</link><description>d</description></item>
<item><guid>g4</guid><link>https://other.test/4.html</link><description>d</description></item>
</channel></rss>"""
    parsed = parse_feed(rss, "feed", base_url="http://news.test/feeds/all.rss")
    assert [(e.id, e.url) for e in parsed.entries] == [
        ("g1", None),  # feedparser's guid-as-link: an id, no address (test_feeds_s32_guid_urls)
        ("g2", "http://news.test/a/2.html"),
        ("http://news.test/feeds/3.html", "http://news.test/feeds/3.html"),
        ("g4", "https://other.test/4.html"),
    ]
    # Without a base (a local feed file) links stay as written.
    assert [e.url for e in parse_feed(rss, "feed").entries] == [None, "/a/2.html", "3.html",
                                                                "https://other.test/4.html"]


def test_starts_like_feed_looks_at_the_root_element_only():
    from transforms.feeds import starts_like_feed

    assert starts_like_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- generated -->\n'
                            b'<?xml-stylesheet href="s.xsl"?>\n<feed xmlns="x">')
    assert starts_like_feed(b'<rss version="2.0">') and starts_like_feed(b"<?xml?><rdf:RDF>")
    assert not starts_like_feed(b'<?xml version="1.0"?>\n<!DOCTYPE html><html><rss>')
    assert not starts_like_feed(b"<!DOCTYPE html>\n<html>") and not starts_like_feed(b"<feedback>")


def test_entries_sharing_a_guid_get_refs_of_their_own():
    from transforms.ingest import entry_ref

    items = "".join(f"<item><guid>0</guid><link>https://example.org/{link}</link>"
                    f"<description>{text}</description></item>"
                    for link, text in [("a", "One."), ("b", "Two."), ("b", "Three."),
                                       ("c", "Four."), ("c", "Four.")])
    feed = f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()
    entries = parse_feed(feed, "f.rss").entries
    refs = [entry_ref("f.rss", entry) for entry in entries]
    assert refs[0] == "f.rss#0#https://example.org/a"
    assert refs[1:3] == ["f.rss#0#2", "f.rss#0#3"]  # one link, two texts: positions
    assert len(set(refs[:4])) == 4 and refs[3] == refs[4]  # the same entry twice: one ref
    assert {entry.id for entry in entries} == {"0"}  # external_id stays the GUID


def test_an_entry_alone_with_its_guid_keeps_the_plain_ref():
    from transforms.ingest import entry_ref

    [entry, _] = parse_feed((INPUTS / "feed.rss").read_bytes(), "feed.rss").entries
    assert entry_ref("feed.rss", entry) == "feed.rss#rss-1"
