"""Session 38: Pacific islands with their countries, and big cities kept from small namesakes.

- GeoNames lists towns, not islands: Tahiti, Rarotonga, Upolu or Viti Levu had no country
  (or the story's), and "Espiritu Santo" was a Mexican town. places_overlay.json now gives
  each island its state (Espiritu Santo stays Mexican in a story on Mexico).
- A town several states share takes the article's state when that state is named at least
  twice as often; one passing "New York" moved Brisbane to a small Californian town. A
  city of 100,000+ now needs two mentions of the other state.
"""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(models, lang, text):
    return {(m.actor.name, m.actor.country_code) for m in find_actors(models[lang](text), lang)}


@pytest.mark.parametrize("lang,text,place", [
    ("en", "A new undersea cable from Rarotonga to Tahiti will go live in January.",
     ("Tahiti", "PYF")),
    ("en", "A new undersea cable from Rarotonga to Tahiti will go live in January.",
     ("Rarotonga", "COK")),
    ("fr", "Un séisme a été ressenti jeudi sur l'île d'Espiritu Santo, sans faire de dégâts.",
     ("Espiritu Santo", "VUT")),
    ("en", "Cyclone winds damaged roofs on Upolu and Savaii overnight.", ("Upolu", "WSM")),
])
def test_a_pacific_island_has_its_country(models, lang, text, place):
    assert place in found(models, lang, text)


def test_a_city_is_not_moved_by_one_passing_mention(models):
    got = found(models, "fr", "La compagnie a annoncé lundi à New York la reprise de ses vols "
                              "vers Brisbane à partir de décembre.")
    assert ("Brisbane", "AUS") in got
