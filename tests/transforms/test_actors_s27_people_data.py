"""Officials in office that new copy names (dev26-dev29 style), in French and English, with
their nationality even when they speak for a court or a union ("le procureur adjoint de la
CPI, Mame Mandiaye Niang" is Senegalese, the EU's sanctions envoy David O'Sullivan Irish);
and a surname NER leaves out of a person before an apposition ("Samir Haddad, 61 ans,")."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def found(models, lang, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, lang, text)}


@pytest.mark.parametrize("lang,text,person,country", [
    ("fr", "Le procureur adjoint de la CPI, Mame Mandiaye Niang, a rejeté la demande.",
     "Mame Mandiaye Niang", "SEN"),
    ("en", "The EU's sanctions envoy, David O'Sullivan, will visit Astana next week.",
     "David O'Sullivan", "IRL"),
    ("fr", "Le ministre sénégalais des Affaires étrangères, Cheikh Niang, est arrivé à Bamako.",
     "Cheikh Niang", "SEN"),
    ("fr", "Le Premier ministre de transition, Ilídio Vieira Té, a présenté son gouvernement.",
     "Ilídio Vieira Té", "GNB"),
    ("en", "Finance Minister Almaz Baketaev said the budget would balance.",
     "Almaz Baketaev", "KGZ"),
    ("en", "Energy Minister Roodal Moonilal said talks would resume.", "Roodal Moonilal", "TTO"),
    ("en", "Justice Minister Sean Fraser has 45 days to decide.", "Sean Fraser", "CAN"),
    ("fr", "Le président Brice Clotaire Oligui Nguema a écourté sa visite.",
     "Brice Oligui Nguema", "GAB"),
])
def test_officials_in_office(models, lang, text, person, country):
    assert (person, "PERSON", country) in found(models, lang, text)



@pytest.mark.parametrize("lang,text,word,expected", [
    ("fr", "Le mandat vise Karim Mansour, 58 ans, qui tenait une galerie.", "Mansour", True),
    ("en", "The notice names Tariq Saleem, 47, a dealer based in Dubai.", "Saleem", True),
    ("fr", "Le mandat vise Karim Genève, selon la police.", "Genève", False),  # a place
    ("en", "The notice names Tariq Minister, the police said.", "Minister", False),  # an office
])
def test_the_word_after_a_one_word_person_is_its_surname(models, lang, text, word, expected):
    from transforms.actor_rules.ner import _surname_left_out
    from transforms.countries import norm

    doc = models[lang](text)
    doc.ents = []  # as when the model tags the given name alone, or nothing
    k = next(t.i for t in doc if t.text == word)
    taken = [False] * len(doc)
    assert _surname_left_out(doc, k, [norm(t.text) for t in doc], taken) is expected
