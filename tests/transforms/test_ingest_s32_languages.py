"""`language` as exports write it: a locale or an ISO 639-2 code. Both were ignored (only
two letters counted) and the language detected instead. A name stays no code
(test_ingest.py: "french" is a bad language)."""
import pytest

from transforms.ingest import article_from_record


@pytest.mark.parametrize("given, code", [
    ("fr", "fr"), ("FR", "fr"), ("fr-FR", "fr"), ("fr_CA", "fr"), ("en-GB", "en"),
    ("en_US", "en"), ("zh-Hant-TW", "zh"), ("fra", "fr"), ("fre", "fr"), ("eng", "en"),
    ("deu", "de"), ("ger", "de"), ("de-DE", "de"), ("French", None), ("français", None),
    ("zzz", None),
    ("", None), ("not a language", None), ("fr-", None), ("xx", "xx"), (5, None), (None, None),
])
def test_the_language_an_export_gives_is_read(given, code):
    article = article_from_record({"text": "Le ministre a parlé.", "language": given}, "x", "r")
    assert article.language == code


def test_a_short_brief_with_a_locale_keeps_its_language():
    # Too short for the detector to tell; the export said so. Was quarantined as
    # "text is shorter than 200 chars (too short to tell its language)".
    from flows.nightly import _assign_languages

    brief = article_from_record({"text": "Paris et Berlin signent.", "language": "fr-FR"},
                                "x", "r")
    kept, rejected = _assign_languages([brief])
    assert kept == [brief] and rejected == [] and brief.language == "fr"
