"""A participle after a reported state tells what the reporting act did, on its day: the
parse hangs "overturning a ruling" of "ruled on Tuesday that the law does not breach the
constitution, overturning a ruling" on the reported verb, but a state cannot act."""
from datetime import date

import pytest
from tests.transforms.mentions import events_with_found_actors


PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)


def dated(models, lang, text):
    return [(e.verb, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


@pytest.mark.parametrize("lang, text, verb", [
    ("en", "The World Trade Organization ruled on Tuesday that India's sugar subsidies "
           "breach global trade rules, rejecting an appeal by New Delhi.", "reject"),
    ("en", "The European Court of Justice ruled on Tuesday that the agreement violates EU law, "
           "rejecting an appeal by the European Commission.", "reject"),
    ("en", "Kenya's Supreme Court ruled on Tuesday that the housing levy is lawful, rejecting a "
           "petition by the Law Society of Kenya.", "reject"),
    ("fr", "La Cour suprême du Kenya a jugé mardi que la taxe sur le logement est légale, "
           "rejetant une requête de la Law Society of Kenya.", "rejet"),
])
def test_a_participle_after_a_reported_state_takes_the_ruling_day(models, lang, text, verb):
    days = [d for v, d in dated(models, lang, text) if verb in v]
    assert days and set(days) == {TUESDAY}
