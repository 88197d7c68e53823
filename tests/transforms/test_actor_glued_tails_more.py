"""More small words machine translation glues to a known name ("Petrodont",
"Starmerwho"; vocab._TAILS, glued_tails.py)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(nlp, text, lang):
    return {m.actor.name for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Le chef de l'Etat colombien Gustavo Petrodont le mandat s'achève a parlé.",
     "Gustavo Petro"),
    ("fr", "Une rencontre entre Emmanuel Macronavec le chancelier est prévue.", "Emmanuel Macron"),
    ("fr", "Le gouvernement ukrainienselon Kiev a rejeté l'offre de la Russiepour la trêve.",
     "Russia"),
    ("en", "Prime Minister Keir Starmerwho spoke on Monday backed the plan.", "Keir Starmer"),
    ("en", "The Hamashad said it would not disarm.", "Hamas"),
])
def test_a_known_name_with_a_small_word_glued_on(models, lang, text, name):
    assert name in names(models[lang], text, lang)


@pytest.mark.parametrize("lang,text,fragment", [
    ("fr", "Le maire de Bordeaux a parlé avec Marie Pourdont hier.", "Pour"),
    ("en", "The village of Chadwick voted on Tuesday.", "Chad"),
])
def test_a_name_that_merely_ends_like_a_small_word(models, lang, text, fragment):
    assert fragment not in names(models[lang], text, lang)
