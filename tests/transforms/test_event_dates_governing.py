"""Dates an event takes from beyond its own verb: not the dateline's, but the verb governing
its infinitive."""
from datetime import date

import pytest

from transforms.actors import find_actors
from transforms.events import code_events

PUBLISHED = date(2026, 11, 21)  # a Saturday


def _dates(models, lang, text):
    doc = models[lang](text)
    return [(e.event_type, e.event_date)
            for e in code_events(doc, lang, find_actors(doc, lang), "art", PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("en", "BAGHDAD, Nov 21 (Reuters) - Iraq and Turkey signed a new oil agreement on Thursday."),
    # Machine translation leaves the weekday in lower case.
    ("en", "BAGHDAD, Nov 21 (Reuters) - Iraq and Turkey signed on thursday a new oil agreement."),
    ("fr", "BAGDAD, 21 novembre (AFP) - L'Irak et la Turquie ont signé jeudi un nouvel accord "
           "pétrolier."),
])
def test_the_leads_own_weekday_beats_the_datelines_date(models, lang, text):
    assert _dates(models, lang, text) == [("AGREE", date(2026, 11, 19))]


def test_a_lead_without_a_date_of_its_own_keeps_the_filing_day(models):
    text = "BAGHDAD, Nov 20 (Reuters) - Iraq and Turkey signed a new oil agreement."
    assert _dates(models, "en", text) == [("AGREE", date(2026, 11, 20))]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The World Food Programme began last week to distribute rations in Turkana county.",
     date(2026, 11, 14)),
    ("fr", "L'armée a commencé dimanche à bombarder les positions rebelles.",
     date(2026, 11, 15)),
    ("fr", "Le gouvernement malien a décidé lundi d'expulser l'ambassadeur français.",
     date(2026, 11, 16)),
])
def test_an_infinitive_happens_when_the_verb_governing_it_says(models, lang, text, expected):
    assert [d for _, d in _dates(models, lang, text)] == [expected]


def test_the_infinitives_own_date_comes_first(models):
    text = "The World Food Programme decided last week to distribute rations on Friday."
    assert [d for _, d in _dates(models, "en", text)] == [date(2026, 11, 20)]


def test_a_gerund_subject_happens_when_its_verb_says(models):
    text = "Fighting between the army and the rebels continued in South Kivu on Sunday."
    assert [d for _, d in _dates(models, "en", text)] == [date(2026, 11, 15)]


@pytest.mark.parametrize("lang, text", [
    ("en", "A car bomb exploded at an army base in Cucuta on Monday, killing four soldiers and "
           "wounding 17 people."),
    ("fr", "Les rebelles ont attaqué la ville lundi, incendiant des maisons et tuant douze "
           "villageois."),
])
def test_participles_listed_after_the_act_share_its_date(models, lang, text):
    assert {d for _, d in _dates(models, lang, text)} == {date(2026, 11, 16)}


@pytest.mark.parametrize("lang, text", [
    ("fr", "La ministre australienne des Affaires étrangères, Penny Wong, a indiqué mercredi "
           "avoir convoqué le chargé d'affaires malien."),
    ("fr", "La Russie a affirmé mercredi avoir bombardé des positions ukrainiennes."),
])
def test_the_day_of_the_saying_does_not_date_what_it_reports(models, lang, text):
    assert [d for _, d in _dates(models, lang, text)] == [PUBLISHED]


def test_a_perfect_infinitives_date_is_the_reported_acts(models):
    text = "Le Mali a accusé l'Algérie d'avoir abattu un drone de son armée le 1er avril."
    assert _dates(models, "fr", text) == [("ACCUSE", PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Iranian Foreign Minister Abbas Araghchi travelled to Moscow on Monday to consult "
           "with Vladimir Putin."),
    ("fr", "Le ministre iranien Abbas Araghchi s'est rendu lundi à Moscou pour rencontrer "
           "Vladimir Poutine."),
])
def test_an_infinitive_of_purpose_happens_on_the_trips_day(models, lang, text):
    assert {d for _, d in _dates(models, lang, text)} == {date(2026, 11, 16)}


def test_a_date_closing_two_acts_of_one_subject_dates_both(models):
    text = "Turkey closed its ports to Israeli ships and cut all trade with Israel on Friday."
    assert _dates(models, "en", text) == [("SANCTION", date(2026, 11, 20))]


def test_a_date_inside_the_second_act_is_its_own(models):
    text = "Turkey closed its ports to Israeli ships and on Friday cut all trade with Israel."
    assert ("SANCTION", PUBLISHED) in _dates(models, "en", text)


@pytest.mark.parametrize("text, first", [
    ("Russia vetoed the resolution in May 2022, and Moscow has since deepened its military "
     "ties with Pyongyang.", date(2022, 5, 1)),
    ("Russia recognised the Taliban government in July 2025, and several Central Asian states "
     "have since upgraded their diplomatic ties with Kabul.", None),
])
def test_what_happened_since_an_earlier_act_is_not_dated_by_it(models, text, first):
    coded = _dates(models, "en", text)
    assert coded[-1] == ("COOPERATE", PUBLISHED)
    if first:
        assert coded[0][1] == first


def test_a_conjunct_still_shares_a_date_written_before_it(models):
    text = "Russia vetoed the resolution on Monday and deepened its military ties with Pyongyang."
    assert [d for _, d in _dates(models, "en", text)] == [date(2026, 11, 16)] * 2


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le président Bassirou Diomaye Faye, élu en 2024, a défendu la procédure la semaine "
           "dernière.", date(2026, 11, 14)),
    ("fr", "Le président Bassirou Diomaye Faye, élu en 2024, a défendu la procédure.", PUBLISHED),
    ("en", "The minister, who took office in March, signed the deal with Kenya.", PUBLISHED),
])
def test_an_aside_in_the_subject_does_not_date_the_act(models, lang, text, expected):
    assert [d for _, d in _dates(models, lang, text)] == [expected]


def test_a_date_set_off_by_commas_after_the_subject_still_dates_the_act(models):
    text = "Russia, on Tuesday, launched a massive drone attack on Kyiv."
    assert [d for _, d in _dates(models, "en", text)] == [date(2026, 11, 17)]


def test_a_present_participle_in_the_subject_tells_the_acts_own_day(models):
    text = "NATO Secretary General Mark Rutte, speaking in Brussels on Wednesday, welcomed the deal."
    assert [d for _, d in _dates(models, "en", text)] == [date(2026, 11, 18)]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "At least 12 people were killed when Russian missiles hit Kharkiv on Thursday.",
     date(2026, 11, 19)),
    ("fr", "Douze personnes ont été tuées lorsque des missiles russes ont frappé Kharkiv jeudi.",
     date(2026, 11, 19)),
    ("en", "At least 32 civilians were killed by Rapid Support Forces shelling in El Fasher "
           "on Wednesday.", date(2026, 11, 18)),
])
def test_a_clause_told_at_the_same_moment_dates_its_head(models, lang, text, expected):
    assert {d for _, d in _dates(models, lang, text)} == {expected}
