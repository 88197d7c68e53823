"""A body named in full, then by the word of its name that says its kind: "the Court",
"le Conseil" (actor_rules/short_forms.py), "urged the bank", "the council said"
(event_anaphora.py)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.transforms.mentions import coded_with_every_mention
from transforms.actors import find_actors
from transforms.records import Actor

PUBLISHED = date(2026, 1, 28)


def names(nlp, text, lang):
    return [m.actor.name for m in find_actors(nlp(text), lang)]


@pytest.mark.parametrize("lang,text,body,word", [
    ("en", "The International Court of Justice ruled on Monday. Venezuela said the Court "
           "had no jurisdiction.", "International Court of Justice", "Court"),
    ("fr", "La Cour internationale de justice a rendu son avis. Le Venezuela a rejeté la "
           "Cour et ses conclusions.", "International Court of Justice", "Cour"),
    # "de" before an infinitive is what the body was asked to do, not a longer name
    ("fr", "La Commission européenne a proposé des droits de douane. Le ministre espagnol "
           "Luis Planas a demandé à la Commission de négocier vite.", "European Commission",
     "Commission"),
    ("fr", "La Commission européenne a proposé des droits de douane. Le ministre espagnol "
           "Luis Planas a demandé à la Commission de «négocier vite».", "European Commission",
     "Commission"),
])
def test_lone_word_of_one_named_body_is_that_body(nlp_fr, nlp_en, lang, text, body, word):
    found = names(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert found.count(body) == 2
    assert word not in found


@pytest.mark.parametrize("text", [
    # two councils named: "the Council" could be either, so it is neither
    "The UN Security Council met on Monday. The European Council met on Tuesday. "
    "The Council said it was concerned.",
    # named only after the short form: no guess
    "The Council said it was concerned, a week before the European Council met.",
])
def test_lone_word_with_no_single_antecedent_stays_no_actor(nlp_en, text):
    found = names(nlp_en, text, "en")
    assert "Council" not in found
    assert found.count("European Council") <= 1


def parties(nlp, lang, text, actors):
    return coded_with_every_mention(nlp, lang, text, actors, PUBLISHED)


SARB = Actor("South African Reserve Bank", "ORGANIZATION", "ZAF")
MAVUSO = Actor("Busisiwe Mavuso", "PERSON", "ZAF")
CNE = Actor("National Electoral Council", "ORGANIZATION", "HND")
MONCADA = Actor("Rixi Moncada", "PERSON", "HND")
ICC = Actor("International Criminal Court", "ORGANIZATION", None)
PUTIN = Actor("Vladimir Putin", "PERSON", "RUS")
ECB = Actor("European Central Bank", "ORGANIZATION", None)
GREECE = Actor("Greece", "COUNTRY", "GRC")


def test_object_description_is_the_body_whose_name_holds_its_word(nlp_en):
    text = ("Busisiwe Mavuso said the South African Reserve Bank should act. "
            "Mavuso urged the bank to cut rates at its January meeting.")
    found = parties(nlp_en, "en", text, {"Busisiwe Mavuso": MAVUSO, "Mavuso": MAVUSO,
                                         "South African Reserve Bank": SARB})
    assert ("REQUEST", "Busisiwe Mavuso", "South African Reserve Bank") in found


def test_accused_the_council(nlp_en):
    text = ("The National Electoral Council announced the results on Monday. "
            "Rixi Moncada accused the council of preparing an electoral coup.")
    found = parties(nlp_en, "en", text, {"National Electoral Council": CNE,
                                         "Rixi Moncada": MONCADA})
    assert ("ACCUSE", "Rixi Moncada", "National Electoral Council") in found


def test_subject_description(nlp_en, nlp_fr):
    text = ("The International Criminal Court issued a warrant for Vladimir Putin. "
            "The court accused Putin of war crimes.")
    found = parties(nlp_en, "en", text, {"International Criminal Court": ICC,
                                         "Vladimir Putin": PUTIN, "Putin": PUTIN})
    assert ("ACCUSE", "International Criminal Court", "Vladimir Putin") in found
    text = "La Banque centrale européenne a relevé ses taux. La banque a critiqué la Grèce."
    found = parties(nlp_fr, "fr", text, {"Banque centrale européenne": ECB, "Grèce": GREECE})
    assert ("ACCUSE", "European Central Bank", "Greece") in found


def test_description_with_no_body_of_that_word_points_nowhere(nlp_en):
    # the bank named before is not a court: "the court" is not it
    text = ("The European Central Bank raised rates on Monday. "
            "The court accused Vladimir Putin of war crimes.")
    found = parties(nlp_en, "en", text, {"European Central Bank": ECB, "Vladimir Putin": PUTIN})
    assert all(source != "European Central Bank" for _, source, _ in found)
