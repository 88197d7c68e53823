"""An undated sentence that goes on with an occasion the sentence before dated to a day
takes that day; words pointing back to it count from it (transforms/date_occasions.py,
eval/README.md "Dates"). Reactions, reported speech, background and a month-dated
occasion keep the report day."""
from datetime import date

import pytest

from transforms.actors import find_actors
from transforms.dates import day_date
from transforms.events import code_events

PUBLISHED = date(2026, 11, 27)  # a Friday


def dated(models, lang, text, published=PUBLISHED):
    doc = models[lang](text)
    return [(e.event_type, e.source and e.source.name, e.event_date)
            for e in code_events(doc, lang, find_actors(doc, lang), "art_test", published)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Le 9 avril, le ministre a parlé.", "fr", date(2026, 4, 9)),
    ("Les combats ont repris du 8 au 10 novembre.", "fr", date(2026, 11, 8)),
    ("The talks opened on Tuesday.", "en", date(2026, 11, 24)),
    ("Hier, la police a arrêté trois hommes.", "fr", date(2026, 11, 26)),
    ("La semaine dernière, Paris a protesté.", "fr", None),  # a week, not a day
    ("In March, Kenya closed the border.", "en", None),
    ("This week the talks resumed.", "en", None),
    ("No date here.", "en", None),
])
def test_a_day_is_an_occasion_a_week_or_month_is_not(text, lang, expected):
    assert day_date(text, lang, PUBLISHED) == expected


def test_the_next_sentence_of_the_same_actors_takes_the_occasions_day(models):
    text = ("Le président kényan William Ruto s'est rendu mardi à Addis-Abeba. "
            "Il a rencontré le Premier ministre éthiopien Abiy Ahmed.")
    assert ("CONSULT", "William Ruto", date(2026, 11, 24)) in dated(models, "fr", text)


def test_a_name_the_dated_sentence_holds_goes_on_with_it(models):
    text = ("Le secrétaire général de l'OTAN Mark Rutte est arrivé le 9 avril à Tokyo. "
            "Rutte a rencontré le Premier ministre japonais Ishiba Shigeru.")
    assert ("CONSULT", "Mark Rutte", date(2026, 4, 9)) in dated(models, "fr", text)


def test_words_pointing_back_count_from_the_day_told(models):
    text = ("Israeli jets struck Gaza City on Monday. "
            "The next day, Hamas fired rockets at Tel Aviv.")
    events = dated(models, "en", text)
    assert ("ASSAULT", "Israel", date(2026, 11, 23)) in events
    assert ("ASSAULT", "Hamas", date(2026, 11, 24)) in events


def test_the_first_day_of_a_dated_visit_is_its_first_day(models):
    text = ("Mark Rutte a visité le Japon du 8 au 9 avril. "
            "Le premier jour, il a rencontré le ministre japonais de la Défense Nakatani Gen.")
    assert ("CONSULT", "Mark Rutte", date(2026, 4, 8)) in dated(models, "fr", text)


@pytest.mark.parametrize("lang, text, event", [
    # another actor's reaction: when it came, the text does not say
    ("en", "Russian missiles struck Kharkiv on Tuesday. The United Nations condemned the "
           "attack.", "ACCUSE"),
    # reported speech: said when, done when?
    ("en", "The army raided the camp on Tuesday. It said militants had attacked a convoy.",
     "ASSAULT"),
    # a new paragraph is a new occasion
    ("fr", "Le président William Ruto s'est rendu mardi à Addis-Abeba.\n\n"
           "Il a rencontré le Premier ministre éthiopien Abiy Ahmed.", "CONSULT"),
    # an occasion dated by a month only
    ("fr", "Le président William Ruto s'est rendu en octobre à Addis-Abeba. "
           "Il a rencontré le Premier ministre éthiopien Abiy Ahmed.", "CONSULT"),
])
def test_what_does_not_go_on_with_the_occasion_keeps_the_report_day(models, lang, text, event):
    dates = [d for kind, _, d in dated(models, lang, text) if kind == event]
    assert dates and dates[-1] == PUBLISHED


def test_acts_of_one_scene_share_its_day(models):
    # the march was dated, the police's acts that follow in the paragraph were not
    text = ("Des milliers d'enseignants ont manifesté mardi à Yaoundé. "
            "La police a dispersé le cortège et a interpellé une vingtaine de manifestants.")
    dates = {d for kind, _, d in dated(models, "fr", text) if kind == "COERCE"}
    assert dates == {date(2026, 11, 24)}


def test_the_same_party_acting_again_goes_on_with_its_day(models):
    text = ("Israel struck Gaza City on Tuesday. "
            "The Israeli army also bombed a school in Khan Younis.")
    events = dated(models, "en", text)
    assert len(events) == 2 and {d for _, _, d in events} == {date(2026, 11, 24)}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "India expelled a Pakistani diplomat on Tuesday. Pakistan responded hours later by "
           "expelling an Indian diplomat.", date(2026, 11, 24)),
    ("fr", "L'accord a été signé mercredi à Doha. Les Nations unies ont aussitôt salué "
           "l'accord.", date(2026, 11, 25)),
])
def test_words_for_soon_after_point_back_too(models, lang, text, expected):
    assert dated(models, lang, text)[-1][2] == expected


def test_a_visit_told_in_the_subjects_aside_dates_the_act(models):
    text = ("Le ministre de l'Intérieur Laurent Nuñez, qui s'est rendu mercredi à Marseille, "
            "a salué le courage des policiers.")
    assert ("SUPPORT", "Laurent Nuñez", date(2026, 11, 25)) in dated(models, "fr", text)


def test_an_act_told_by_its_noun_goes_on_with_the_occasion(models):
    text = ("British security minister Dan Jarvis addressed parliament on Tuesday. "
            "He announced sanctions on two Chinese nationals.")
    assert [d for kind, _, d in dated(models, "en", text) if kind == "SANCTION"] == [
        date(2026, 11, 24)]


def test_soon_after_on_a_saying_verb_does_not_date_what_it_reports(models):
    text = ("China's foreign ministry protested on Monday against the drills. "
            "Within hours, the China Coast Guard said it had expelled a Philippine vessel.")
    assert [d for kind, _, d in dated(models, "en", text) if kind == "COERCE"] == [PUBLISHED]
