"""Session 38: national parks are read whole, in both languages.

The gazetteer knows "National Park" as a small town in New Jersey, so "Garamba National
Park" used to give an actor "National Park" in the United States. A park is a place, named
by its English name as the annotators write it ("parc national de Komodo" is Komodo
National Park); its country comes from the article, like any place the gazetteer lacks.
"""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(models, lang, text):
    return {m.actor.name for m in find_actors(models[lang](text), lang)}


@pytest.mark.parametrize("lang,text,park", [
    ("en", "Poachers killed two rangers in Garamba National Park on Sunday.", "Garamba National Park"),
    ("en", "Tourists returned to Kenya's Tsavo East National Park this week.",
     "Tsavo East National Park"),
    ("en", "Gorillas were counted in Kahuzi-Biega National Park last year.",
     "Kahuzi-Biega National Park"),
    ("fr", "Des braconniers ont tué deux gardes du parc national de la Garamba dimanche.",
     "Garamba National Park"),
    ("fr", "Le parc national des Virunga a rouvert ses portes aux touristes.",
     "Virunga National Park"),
    ("fr", "Les visiteurs du parc national Kruger sont revenus cette semaine.",
     "Kruger National Park"),
])
def test_a_national_park_is_one_place(models, lang, text, park):
    got = names(models, lang, text)
    assert park in got
    assert "National Park" not in got


def test_a_bare_national_park_is_no_actor(models):
    got = names(models, "en", "The national park reopened after the floods, officials said.")
    assert not any("Park" in name for name in got)
