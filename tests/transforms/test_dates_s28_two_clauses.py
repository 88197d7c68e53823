"""Two acts told in one sentence, joined by "and" / "et", the second with a subject of its own
and no date: the second happened on the day the first names, however the parse hangs it (a
complement or an adverbial rather than a conjunct). Not past a verb of saying, and not a day
told in a relative clause."""
from datetime import date

import pytest
from tests.transforms.mentions import events_with_found_actors


PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)


def dated(models, lang, text):
    return [(e.event_type, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


@pytest.mark.parametrize("lang, text, kind", [
    ("fr", "La police togolaise a dispersé mardi le cortège a coups de gaz lacrymogènes près du "
           "marché central, et M. Koffi Agbeko a été interpellé avec deux autres responsables "
           "du mouvement.", "COERCE"),
    ("fr", "Le gouvernement a suspendu mardi les activités de la mine de Kumtor et le parquet "
           "général a placé en détention le directeur du site.", "COERCE"),
    ("en", "The presidents of Kenya and Uganda opened a new border post between the two "
           "countries on Tuesday, and Kenya signed a $300 million loan with the World Bank.",
     "AGREE"),
])
def test_a_second_clause_takes_the_first_ones_day(models, lang, text, kind):
    # the last act of that kind is the second clause's
    assert [day for k, day in dated(models, lang, text) if k == kind][-1] == TUESDAY


@pytest.mark.parametrize("lang, text, kind", [
    # the day belongs to the relative clause about the subject
    ("fr", "Le président Paul Kana, qui a pris ses fonctions le 24 novembre, a appelé les "
           "syndicats au dialogue et a exclu toute intervention de l'armée.", "REJECT"),
])
def test_no_day_of_the_first_act_no_shared_day(models, lang, text, kind):
    assert (kind, PUBLISHED) in dated(models, lang, text)
