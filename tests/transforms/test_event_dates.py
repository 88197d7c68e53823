"""Event dates through code_events: which clause's date belongs to the event."""
from datetime import date

import pytest

from transforms.events import code_events
from transforms.records import Actor, ActorMention

PUBLISHED = date(2025, 4, 11)
ISRAEL = Actor("Israel", "COUNTRY", "ISR")
LEBANON = Actor("Lebanon", "COUNTRY", "LBN")
WORDS = {"Israel": ISRAEL, "Israël": ISRAEL, "Lebanon": LEBANON, "Liban": LEBANON}


def dated(models, lang, text):
    doc = models[lang](text)
    mentions = [ActorMention(WORDS[t.text], t.text, t.i, t.i + 1, t.idx, t.idx + len(t))
                for t in doc if t.text in WORDS]
    return [(e.event_type, e.event_date)
            for e in code_events(doc, lang, mentions, "art_test", PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Israel struck Lebanon despite the November 2024 ceasefire."),
    ("fr", "Israël a bombardé le Liban malgré le cessez-le-feu de novembre 2024."),
])
def test_date_of_a_background_noun_does_not_date_the_event(models, lang, text):
    assert dated(models, lang, text) == [("ASSAULT", PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Israel struck Lebanon in November 2024."),
    ("fr", "Israël a bombardé le Liban en novembre 2024."),
])
def test_date_of_the_verb_still_dates_it(models, lang, text):
    assert dated(models, lang, text) == [("ASSAULT", date(2024, 11, 1))]
