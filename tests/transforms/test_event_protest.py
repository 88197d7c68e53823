"""Protest parties (transforms/event_protest.py): the place is the scene, the thing opposed
is no actor; a protest is against an actor only when that actor itself is what it is
against. Positive and negative."""
from datetime import date

import pytest

from tests.transforms.mentions import first_mentions
from transforms.events import code_events

PUBLISHED = date(2026, 3, 12)


def _protests(models, lang, text, names):
    doc = models[lang](text)
    mentions = first_mentions(doc, text, names)
    return [(e.source.name if e.source else None, e.target.name if e.target else None)
            for e in code_events(doc, lang, mentions, "art_test", PUBLISHED)
            if e.event_type == "PROTEST"]


@pytest.mark.parametrize("lang, text, names", [
    ("en", "Thousands of farmers protested in Brussels on Tuesday against the trade deal with "
           "Mercosur.", [("Brussels", "LOCATION"), ("Mercosur", "ORGANIZATION")]),
    ("fr", "Plusieurs milliers d'agriculteurs ont manifesté jeudi dans le quartier européen de "
           "Bruxelles, en marge d'un sommet européen.", [("Bruxelles", "COUNTRY")]),
    ("en", "Thousands of young protesters marched on the anniversary of the 1990 Saba Saba "
           "rally for multiparty democracy.", [("Saba", "LOCATION")]),
    ("en", "Thousands of protesters in Tbilisi ,Georgia demonstrated on wednesday against the "
           "government.", [("Tbilisi", "LOCATION"), ("Georgia", "COUNTRY")]),
    ("fr", "Des milliers de manifestants a Tbilissi ,Géorgie ont manifesté mercredi contre le "
           "gouvernement.", [("Tbilissi", "LOCATION"), ("Géorgie", "COUNTRY")]),
])
def test_scene_and_thing_opposed_are_no_parties(models, lang, text, names):
    assert _protests(models, lang, text, names) == [(None, None)]


@pytest.mark.parametrize("lang, text, names, expected", [
    ("en", "Kenyan protesters marched through Nairobi on Tuesday.",
     [("Kenyan", "COUNTRY"), ("Nairobi", "LOCATION")], ("Kenyan", None)),
    ("en", "Thousands of students rallied against Ruto in Nairobi on Tuesday.",
     [("Ruto", "PERSON"), ("Nairobi", "LOCATION")], (None, "Ruto")),
    ("fr", "Des milliers de personnes ont manifesté contre Javier Milei à Buenos Aires.",
     [("Javier Milei", "PERSON"), ("Buenos Aires", "LOCATION")], (None, "Javier Milei")),
])
def test_protesters_and_the_actor_opposed_stay(models, lang, text, names, expected):
    assert expected in _protests(models, lang, text, names)
