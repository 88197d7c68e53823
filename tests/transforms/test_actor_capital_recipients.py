"""Capitals that receive or react are their governments (transforms/actor_rules/capitals.py,
_given_to; STANCE_NOUNS in vocab.py)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(nlp, text, lang):
    return {(m.actor.name, m.actor.actor_type) for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,country", [
    ("fr", "Pyongyang envoie des obus a Moscou, selon Séoul.", "Russia"),
    ("fr", "Les livraisons d'armes à Kiev ont repris en mars.", "Ukraine"),
    ("en", "The move sent a clear signal to Moscow, diplomats said.", "Russia"),
    ("en", "Germany will supply more air defence to Kyiv.", "Ukraine"),
    ("en", "The ruling drew angry reactions from Tbilisi and Minsk.", "Belarus"),
    ("fr", "Il promet de ne jamais laisser le pays aux mains de Bruxelles.", "European Union"),
])
def test_a_capital_that_receives_or_reacts_is_its_government(models, lang, text, country):
    names = {n for n, _ in found(models[lang], text, lang)}
    assert country in names


@pytest.mark.parametrize("lang,text,city", [
    # travel, journeys and things done in the city keep it a place
    ("fr", "Le ministre est arrivé à Moscou lundi.", "Moscow"),
    ("en", "The government has sent two charter flights to Kabul since May.", "Kabul"),
    ("fr", "Le ministre a dénoncé la procédure dans un message publié à Caracas.", "Caracas"),
    ("en", "He flew to Moscow on Monday for talks.", "Moscow"),
])
def test_travel_and_scenery_keep_the_capital_a_place(models, lang, text, city):
    assert (city, "LOCATION") in found(models[lang], text, lang)
