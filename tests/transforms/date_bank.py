"""What the two date-expression banks share: the publication day, the sentences each
expression is placed in (after the verb, at the head of the sentence), and running a text
through the whole extractor."""
from __future__ import annotations

from datetime import date, datetime

from transforms.extract import extract
from transforms.records import Article

PUBLISHED = datetime(2026, 11, 20, 9, 0)  # a Friday (eval/README.md, "Dates")

PLACES = {
    "en": ("Russian forces attacked the city of Kharkiv {e}.",
           "{E}, Israeli jets struck Hezbollah positions in Lebanon."),
    "fr": ("Les forces russes ont attaqué la ville de Kharkiv {e}.",
           "{E}, l'aviation israélienne a frappé des positions du Hezbollah au Liban."),
}


def events_of(nlp, lang: str, text: str):
    """The events the whole extractor codes in ``text``, published on PUBLISHED (at least one)."""
    article = Article(external_id="t", text=text, source_ref="t", title="", language=lang,
                      published_at=PUBLISHED)
    events = extract(article, nlp(text)).events
    assert events, text
    return events


def assert_dated_in_both_places(nlp, lang: str, expression: str, expected: date) -> None:
    """The first event takes ``expected`` with ``expression`` after the verb and at the head
    of the sentence."""
    for template in PLACES[lang]:
        text = template.format(e=expression, E=expression[0].upper() + expression[1:])
        assert events_of(nlp, lang, text)[0].event_date == expected, text
