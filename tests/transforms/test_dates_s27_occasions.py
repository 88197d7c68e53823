"""The day of an occasion a later sentence goes on with is the day the sentence told it on,
not the filing day of its dateline nor a month or year said about someone in passing
("Le président, élu en octobre 2025, a défendu mardi la mesure. Il a rejeté ..."); and a
"since" date about someone the clause names tells when a state began, not when the act
happened ("accused X, under house arrest since March 2025, of ...")."""
from datetime import date

import pytest

from transforms.actors import find_actors
from transforms.dates import day_date
from transforms.event_dates import event_date
from transforms.events import code_events

PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY, WEDNESDAY = date(2026, 11, 24), date(2026, 11, 25)


def dates_of(models, lang, text, verb):
    doc = models[lang](text)
    return [e.event_date for e in code_events(doc, lang, find_actors(doc, lang), "art_test",
                                              PUBLISHED) if verb in e.verb]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le ministre, nommé en octobre, a reçu mercredi son homologue.", WEDNESDAY),
    ("en", "The envoy, appointed in October, met the president on Wednesday.", WEDNESDAY),
    ("fr", "En octobre, le ministre a parlé.", None),  # a month and no day
])
def test_the_first_day_named_is_found_past_a_month_before_it(lang, text, expected):
    assert day_date(text, lang, PUBLISHED, first_day=True) == expected
    assert day_date(text, lang, PUBLISHED) is None  # the first expression alone is a month


@pytest.mark.parametrize("lang, text, verb, when", [
    ("fr", "Le président Martin, élu en octobre 2025 sur la promesse de relancer l'économie, "
           "a défendu mardi la réforme à la télévision. Il a rejeté toute marche arrière et a "
           "accusé l'opposition de semer le chaos.", "rejeté", TUESDAY),
    ("en", "President Martin, elected in October 2025 on a promise to fix the economy, "
           "defended the reform on Tuesday in a televised address. He rejected any "
           "retreat and accused the opposition of sowing chaos.", "rejected", TUESDAY),
])
def test_a_month_in_passing_does_not_hide_the_occasions_day(models, lang, text, verb, when):
    assert dates_of(models, lang, text, verb) == [when]


def test_words_pointing_back_count_from_the_leads_day_not_the_datelines(models):
    text = ("NAIROBI, 27 novembre (AFP) - Le médiateur kényan, nommé en octobre par l'Union "
            "africaine, a rencontré mercredi le président somalien Hassan Cheikh Mohamoud.\n\n"
            "La veille, il s'était entretenu pendant deux heures avec le chef de l'opposition "
            "Abdirahman Warsame.")
    assert dates_of(models, "fr", text, "entretenu") == [TUESDAY]


@pytest.mark.parametrize("lang, text, verb", [
    ("fr", "Le gouvernement accuse l'ancien vice-président Joseph Malual, assigné à résidence "
           "depuis mars 2025, d'armer les milices du Nord.", "accuse"),
    ("en", "The government accused former vice-president Joseph Malual, under house arrest "
           "since March 2025, of arming the northern militias.", "accused"),
])
def test_a_since_date_about_someone_named_does_not_date_the_act(models, lang, text, verb):
    doc = models[lang](text)
    token = next(t for t in doc if t.text == verb)
    assert event_date(token, False, lang, PUBLISHED) == PUBLISHED


def test_a_since_date_on_the_verb_itself_is_still_read(models):
    doc = models["en"]("Kenya has blocked imports from Uganda since March 2025.")
    token = next(t for t in doc if t.text == "blocked")
    assert event_date(token, False, "en", PUBLISHED) == date(2025, 3, 1)


def test_a_relative_clause_goes_on_with_its_own_subject_not_the_relative_pronoun(models):
    text = ("La ministre japonaise des Affaires étrangères, Yoko Kamikawa, s'est rendue lundi à "
            "Manille. Elle y a rencontré le président Ferdinand Marcos, avec qui elle a signé un "
            "accord de défense.")
    assert dates_of(models, "fr", text, "signé") == [date(2026, 11, 23)]


@pytest.mark.parametrize("lang, text, verb", [
    ("fr", "Le Kenya et l'Éthiopie ont signé mardi à Nairobi un accord sur le partage des eaux du "
           "lac Turkana.\n\nLe montant n'a pas été rendu public. Les travaux doivent commencer en "
           "2028.\n\nLe Premier ministre éthiopien Abiy Ahmed a été reçu dans la foulée par le "
           "président William Ruto.", "reçu"),
    ("en", "Kenya and Ethiopia signed a water-sharing deal in Nairobi on Tuesday.\n\nThe amount "
           "was not disclosed. Work is due to start in 2028.\n\nHours later, Ethiopian Prime "
           "Minister Abiy Ahmed met President William Ruto at State House.", "met"),
])
def test_words_pointing_back_reach_past_a_paragraph_of_background(models, lang, text, verb):
    assert dates_of(models, lang, text, verb) == [TUESDAY]
