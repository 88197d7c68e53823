"""Feed titles and texts as their reader sees them: feedparser hands over a title with
markup as HTML, which went to `articles.title` with its tags and entities."""
import pytest

from transforms.feeds import html_fragment_to_text, parse_feed

RSS = b"""<rss version="2.0"><channel><title>Le &lt;b&gt;Fil&lt;/b&gt;</title>
<item><guid>1</guid><title>&lt;em&gt;Exclusif&lt;/em&gt; : Paris &amp;amp; Berlin</title>
<description>d</description></item>
<item><guid>2</guid><title><![CDATA[<strong>Direct</strong> &#8211; Kyiv]]></title>
<description>d</description></item>
<item><guid>3</guid><title>AT&amp;T &lt; Verizon</title><description>d</description></item>
<item><guid>4</guid><title>Paris &amp;#039;s plan &amp;eacute;t&amp;eacute;</title>
<description>Paris &amp;amp; Berlin</description></item>
</channel></rss>"""

ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><id>a</id><title type="html">&lt;b&gt;Gras&lt;/b&gt; &amp;amp; titre</title>
<summary>s</summary></entry>
<entry><id>b</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Un <i>titre</i></div></title>
<summary>s</summary></entry></feed>"""


def test_rss_titles_are_text():
    parsed = parse_feed(RSS, "f.rss")
    assert parsed.title == "Le Fil"
    assert [e.title for e in parsed.entries] == [
        "Exclusif : Paris & Berlin", "Direct – Kyiv", "AT&T < Verizon", "Paris 's plan été"]
    assert parsed.entries[3].summary_text == "Paris & Berlin"


def test_atom_html_titles_are_text():
    assert [e.title for e in parse_feed(ATOM, "f.atom").entries] == ["Gras & titre", "Un titre"]


@pytest.mark.parametrize("fragment, text", [
    ("Paris &amp; Berlin", "Paris & Berlin"), ("AT&T", "AT&T"), ("l&#039;accord", "l'accord"),
    ("a &amp b", "a &amp b"),
])
def test_a_snippet_without_tags_is_still_html(fragment, text):
    assert html_fragment_to_text(fragment) == text
