"""A demonym on a warship, military aircraft or unit is its country (vocab.ACTING_NOUNS), like
"Chinese warships"; on things it is not ("Russian gas")."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(nlp, text, lang):
    return {m.actor.name for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,country", [
    ("fr", "Une frégate australienne et le destroyer américain USS Dewey ont navigué.", "Australia"),
    ("fr", "Une frégate australienne et le destroyer américain USS Dewey ont navigué.",
     "United States"),
    ("en", "A Chinese frigate shadowed two Australian destroyers.", "Australia"),
    ("fr", "Des bombardiers russes ont survolé la mer Baltique.", "Russia"),
])
def test_a_demonym_on_a_warship_is_the_country(models, lang, text, country):
    assert country in names(models[lang], text, lang)


@pytest.mark.parametrize("lang,text,country", [
    ("en", "Imports of Russian gas fell again.", "Russia"),
    ("fr", "Les produits américains seront taxés.", "United States"),
])
def test_a_demonym_on_things_is_no_actor(models, lang, text, country):
    assert country not in names(models[lang], text, lang)


def test_a_demonym_listed_with_a_country_name_reaches_the_noun(nlp_en):
    found = names(nlp_en, "Inspectors have had no access since Israeli and U.S. strikes.", "en")
    assert {"Israel", "United States"} <= found


def test_a_demonym_before_a_country_name_and_a_thing_is_no_actor(nlp_en):
    assert "Russia" not in names(nlp_en, "Imports of Russian and Kazakh grain fell.", "en")


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Une brigade britannique et un bataillon belge sont intégrés à la division.",
     {"United Kingdom", "Belgium"}),
    ("fr", "Des unités allemandes ont rejoint l'exercice.", {"Germany"}),
    ("en", "Two Dutch battalions and a Norwegian squadron joined the drill.",
     {"Netherlands", "Norway"}),
])
def test_a_demonym_on_a_military_unit_is_the_country(models, lang, text, expected):
    assert expected <= names(models[lang], text, lang)


def test_a_demonym_on_a_unit_of_measure_is_no_actor(nlp_en):
    assert "United Kingdom" not in names(nlp_en, "Prices rose by two British pence a unit.", "en")

