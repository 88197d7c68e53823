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
    "Ugandan": Actor("Uganda", "COUNTRY", "UGA"),
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


@pytest.mark.parametrize("lang, text, first", [
    ("en", "Kenya signed a border accord with Tanzania in March and is negotiating with Uganda "
           "over fishing rights.", date(2025, 3, 1)),
    ("fr", "En 2024, le Kenya avait signé un accord frontalier avec la Tanzanie, et il négocie "
           "désormais avec l'Ouganda.", date(2024, 1, 1)),
])
def test_a_conjunct_in_the_present_does_not_take_the_past_date_before_it(models, lang, text,
                                                                         first):
    assert dated(models, lang, text) == [("AGREE", first), ("CONSULT", PUBLISHED)]


def test_a_conjunct_in_the_same_tense_still_shares_the_date(models):
    assert dated(models, "en", "Ruto met Tanzania's president on Monday and signed an accord "
                               "with Uganda.") == [("CONSULT", date(2025, 6, 9)),
                                                   ("AGREE", date(2025, 6, 9))]


@pytest.mark.parametrize("lang, text, when", [
    ("en", "The border post has been closed since a clash in 2019, when Ugandan troops withdrew "
           "from the hills.", date(2019, 1, 1)),
    ("fr", "La brouille a commencé début avril, lorsque le Kenya a rappelé son ambassadeur "
           "en Ouganda.", date(2025, 4, 1)),
])
def test_a_when_clause_takes_the_date_of_the_time_it_hangs_on(models, lang, text, when):
    assert {d for _, d in dated(models, lang, text)} == {when}


@pytest.mark.parametrize("text, day", [
    ("L'Ouganda a expulsé vendredi un journaliste kényan.", date(2025, 6, 6)),
    ("Des frappes ougandaises ont tué mardi six personnes au Kenya.", date(2025, 6, 10)),
])
def test_a_weekday_right_after_the_french_participle_is_its_date(models, text, day):
    assert {d for _, d in dated(models, "fr", text)} == {day}


@pytest.mark.parametrize("text, day", [
    ("Le Kenya a accusé la semaine derniere l'Ouganda d'espionnage.", date(2025, 6, 5)),
    ("Le Kenya a accusé l'Ouganda d'espionnage l'annee derniere.", date(2024, 1, 1)),
])
def test_dates_without_their_accents(models, text, day):
    assert {d for _, d in dated(models, "fr", text)} == {day}
