"""An ocean or sea named in full keeps its full name; a body's one-word name opening a
person's name is that person's given name (transforms/data/build_countries.py REGIONS,
transforms/actor_rules/dictionary.py _given_name)."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "US forces struck vessels in the Caribbean Sea and the Pacific Ocean.",
     {"Caribbean Sea", "Pacific Ocean"}),
    ("en", "Tankers crossed the Atlantic Ocean, then the Arctic Ocean.",
     {"Atlantic Ocean", "Arctic Ocean"}),
    ("fr", "Des navires croisent dans l'océan Atlantique et la mer des Caraïbes.",
     {"Atlantic Ocean", "Caribbean Sea"}),
    ("en", "China's navy sailed into the Pacific, then back to the Caribbean.",
     {"Pacific", "Caribbean"}),
])
def test_oceans_and_seas_keep_the_name_the_text_gives(models, lang, text, expected):
    assert expected <= {name for _, name, _, _ in actors(models, lang, text)}


def test_a_think_tanks_name_opening_a_persons_name_is_a_given_name(models):
    found = actors(models, "en", "Republican Sens. Rand Paul of Kentucky and Lisa Murkowski "
                                 "of Alaska joined Democrats.")
    names = {name for _, name, _, _ in found}
    assert "Rand Paul" in names and "RAND Corporation" not in names


def test_the_think_tank_itself_is_still_found(models):
    names = {name for _, name, _, _ in actors(models, "en", "A RAND study said costs rose.")}
    assert "RAND Corporation" in names


@pytest.mark.parametrize("lang,text,name,country", [
    ("en", "Dutch King Willem-Alexander opened the summit in The Hague.",
     "King Willem-Alexander", "NLD"),
    ("fr", "Le roi Felipe VI a reçu l'empereur Naruhito à Madrid.", "King Felipe VI", "ESP"),
    ("fr", "Le roi Felipe VI a reçu l'empereur Naruhito à Madrid.", "Emperor Naruhito", "JPN"),
])
def test_reigning_monarchs_are_known_people(models, lang, text, name, country):
    assert (name, "PERSON", country) in {(n, t, c) for _, n, t, c in actors(models, lang, text)}
