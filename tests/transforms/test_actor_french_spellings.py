"""French spellings of places the gazetteer knows under another form
(transforms/gazetteer.py `_spelling_variant`, transforms/actor_rules/places.py):
compass words written as a hyphenated prefix or suffix ("Nord-Kordofan",
"Darfour-Nord"), hyphens for spaces ("El-Fasher"), and hyphenated names the French
parser cuts at a false sentence start ("El-Obeid")."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors
from transforms.gazetteer import english_place_name, place_country


@pytest.mark.parametrize("written,country,english", [
    ("Nord-Kordofan", "SDN", "North Kordofan"),
    ("Ouest-Kordofan", "SDN", "West Kordofan"),
    ("Sud-Kordofan", "SDN", "South Kordofan"),
    ("Nord-Darfour", "SDN", "North Darfur"),
    ("Darfour-Nord", "SDN", "North Darfur"),
    ("Centre-Darfour", "SDN", "Central Darfur"),
    ("Est-Darfour", "SDN", "East Darfur"),
    ("El-Fasher", "SDN", "El Fasher"),
    # Lebanon's South governorate: a province of its own, unlike "Nord-Mali"
    ("Sud-Liban", "LBN", "South Lebanon"),
    ("Liban-Sud", "LBN", "South Lebanon"),
])
def test_french_compass_and_hyphen_spellings_resolve(written, country, english):
    assert place_country(written) == country
    assert english_place_name(written) == english


@pytest.mark.parametrize("written", [
    # a part of a country is no province of its own: no place, and no homonym village
    "Sud-Soudan", "Nord-Mali", "Nord-Stream", "Ouest", "Nord-Pas-Calais",
])
def test_compass_words_on_countries_or_things_stay_unknown(written):
    assert place_country(written) is None


STORY_FR = """KHARTOUM, 3 nov (Vigie) - Les Forces de soutien rapide (FSR) ont pris la ville de \
Babanusa, dans l'Ouest-Kordofan, et menacent El-Obeid, capitale du Nord-Kordofan, selon \
l'ONU. Au Darfour, les combats se poursuivent près d'El-Fasher et dans le Sud-Darfour, ou \
des milliers de civils ont fui vers Tawila."""


@pytest.mark.parametrize("name,country", [
    ("Babanusa", "SDN"), ("West Kordofan", "SDN"), ("El Obeid", "SDN"),
    ("North Kordofan", "SDN"), ("Darfur", "SDN"), ("El Fasher", "SDN"),
    ("South Darfur", "SDN"), ("Rapid Support Forces", "SDN"),
])
def test_a_french_war_dispatch_names_its_provinces(nlp_fr, name, country):
    found = {m.actor.name: m.actor.country_code for m in find_actors(nlp_fr(STORY_FR), "fr")}
    assert found.get(name) == country
