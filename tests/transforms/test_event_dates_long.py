"""Event dates in long articles: a date written in one clause must not reach the events
of another (relative clauses about a noun, conjuncts in another tense)."""
from datetime import date

import pytest

from transforms.events import code_events
from transforms.records import Actor, ActorMention

PUBLISHED = date(2025, 6, 12)  # a Thursday
ACTORS = {
    "Kenya": Actor("Kenya", "COUNTRY", "KEN"), "Ruto": Actor("William Ruto", "PERSON", "KEN"),
    "Tanzania": Actor("Tanzania", "COUNTRY", "TZA"), "Tanzanie": Actor("Tanzania", "COUNTRY", "TZA"),
    "Uganda": Actor("Uganda", "COUNTRY", "UGA"), "Ouganda": Actor("Uganda", "COUNTRY", "UGA"),
    "Okello": Actor("Joseph Okello", "PERSON", "UGA"),
}


def dated(models, lang, text):
    doc = models[lang](text)
    mentions = [ActorMention(ACTORS[t.text], t.text, t.i, t.i + 1, t.idx, t.idx + len(t))
                for t in doc if t.text in ACTORS]
    return [(e.event_type, e.event_date)
            for e in code_events(doc, lang, mentions, "art_long", PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Okello, a trader from Kampala, urged Uganda to restore a fuel rebate that lapsed "
           "last year."),
    ("fr", "Le Kenya a critiqué la Tanzanie pour une taxe portuaire qu'elle avait introduite "
           "en mars."),
])
def test_date_in_a_relative_clause_about_a_noun_stays_there(models, lang, text):
    assert {d for _, d in dated(models, lang, text)} == {PUBLISHED}
