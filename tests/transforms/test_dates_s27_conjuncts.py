"""A second verb listed with a dated one shares its date, even where the parse hangs it
elsewhere: on the first verb's object or infinitive (French "a convoqué mardi l'ambassadeur
pour ... et a exigé"), or with a participle that tells what the second act did ("raided
the camp on Tuesday and seized weapons, wounding two guards")."""
from datetime import date

import pytest

from transforms.event_dates import event_date
from tests.transforms.mentions import events_with_found_actors

PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY, THURSDAY = date(2026, 11, 24), date(2026, 11, 26)


def dated(models, lang, text):
    return [(e.verb, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "La ministre belge des Affaires étrangères, Anne Claes, a convoqué mardi l'ambassadeur "
    "de Chine pour lui faire part de la « ferme protestation » de Bruxelles et a exigé "
    "« l'arrêt immédiat » des cyberattaques.",
    "Le chef de la diplomatie tchèque, Petr Novak, a convoqué mardi l'ambassadeur de Russie "
    "pour lui signifier la colère de Prague et a exigé des explications.",
])
def test_a_verb_hung_on_the_first_verbs_object_or_infinitive_shares_its_date(models, text):
    assert [d for v, d in dated(models, "fr", text) if "exigé" in v] == [TUESDAY]


@pytest.mark.parametrize("text, participle, when", [
    ("Gunmen stormed a school on Thursday and abducted 84 pupils, killing a guard.",
     "killing", THURSDAY),
    ("Rebels captured the town of Uvira on Tuesday and looted the market, killing four "
     "soldiers.", "killing", TUESDAY),
    ("Soldiers raided the camp on Tuesday and seized weapons, wounding two guards.",
     "wounding", TUESDAY),
])
def test_a_participle_on_a_conjoined_verb_shares_the_first_verbs_date(models, text,
                                                                       participle, when):
    doc = models["en"](text)
    token = next(t for t in doc if t.text == participle)
    assert event_date(token, False, "en", PUBLISHED) == when


def test_a_conjunct_with_a_subject_of_its_own_is_not_listed_with_the_verb_above(models):
    doc = models["en"]("Police detained two men on Monday, and the army said rebels killed "
                       "a guard.")
    token = next(t for t in doc if t.text == "killed")
    assert event_date(token, False, "en", PUBLISHED) == PUBLISHED


@pytest.mark.parametrize("text, verb, when", [
    ("Le porte-parole du Kremlin, Dmitri Peskov, a déclaré mercredi que Moscou respectait le "
     "choix de l'Arménie, tout en accusant Paris de vouloir l'attirer dans l'OTAN.", "accusant",
     date(2026, 11, 25)),
    ("Le président turc Recep Tayyip Erdogan a reçu mardi le président syrien Ahmed al-Charaa, "
     "tout en appelant les Kurdes à déposer les armes.", "appelant", TUESDAY),
    ("Le président turc Recep Tayyip Erdogan a salué mardi l'accord, en appelant les Kurdes à "
     "déposer les armes.", "appelant", TUESDAY),
])
def test_a_french_gerund_happens_when_the_verb_it_goes_with_does(models, text, verb, when):
    assert [d for v, d in dated(models, "fr", text) if verb in v] == [when]


@pytest.mark.parametrize("lang, text, verb", [
    ("en", "Kenya's foreign ministry spokesman Korir Sing'oei said on Tuesday that the fishermen "
           "had been working legally and called on Somalia to release them.", "called"),
    ("fr", "Le porte-parole de la diplomatie kényane, Korir Sing'oei, a déclaré mardi que les "
           "pêcheurs travaillaient légalement et a appelé la Somalie à les libérer.", "appelé"),
])
def test_a_speech_act_listed_after_what_was_said_is_the_speakers_that_day(models, lang, text,
                                                                          verb):
    assert [d for v, d in dated(models, lang, text) if verb in v] == [TUESDAY]


def test_what_the_speaker_reports_keeps_the_report_day(models):
    text = ("Kenya's defence minister said on Tuesday that al-Shabaab fighters had attacked the "
            "base and seized weapons.")
    assert [d for v, d in dated(models, "en", text) if "attacked" in v] == [PUBLISHED]


@pytest.mark.parametrize("lang, text, verb, when", [
    ("fr", "Plusieurs centaines de personnes ont manifesté jeudi à Dakar pour réclamer la "
           "libération de l'opposant, avant d'être dispersées à coups de gaz lacrymogène par la "
           "police sénégalaise.", "dispersées", THURSDAY),
    ("en", "Hundreds of protesters marched through Nairobi on Tuesday before being dispersed "
           "with tear gas by Kenyan police.", "dispersed", TUESDAY),
])
def test_what_the_subject_underwent_next_before_is_on_the_first_acts_day(models, lang, text,
                                                                          verb, when):
    assert [d for v, d in dated(models, lang, text) if verb in v] == [when]
