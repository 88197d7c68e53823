"""A small place the gazetteer gives to a state the article names nowhere else, in a story
one state clearly leads, is that state's namesake ("Buka" in a story on Papua New Guinea
is no town in Uzbekistan); towns of 100,000+ people and the capitals keep their country."""
from __future__ import annotations

from transforms.actors import find_actors
from transforms.gazetteer import is_city


def _countries(nlp, text, lang):
    return {m.actor.name: m.actor.country_code for m in find_actors(nlp(text), lang)}


EN_PNG = (
    "PORT MORESBY, June 2 (Reuters) - Papua New Guinea deployed police to Buka on Monday "
    "after clashes between clans. Papua New Guinea's government said the island's roads "
    "were closed. Officials in Port Moresby said Papua New Guinea would send food, and "
    "residents of Buka said shops had been looted.")

FR_PNG = (
    "PORT MORESBY, 2 juin (AFP) - La Papouasie-Nouvelle-Guinée a déployé lundi des "
    "policiers à Buka après des affrontements entre clans. Le gouvernement de la "
    "Papouasie-Nouvelle-Guinée a fermé les routes, et la Papouasie-Nouvelle-Guinée "
    "enverra des vivres à Buka, selon Port Moresby.")


def test_a_small_foreign_namesake_takes_the_story_state_en(nlp_en):
    assert _countries(nlp_en, EN_PNG, "en").get("Buka") == "PNG"


def test_a_small_foreign_namesake_takes_the_story_state_fr(nlp_fr):
    assert _countries(nlp_fr, FR_PNG, "fr").get("Buka") == "PNG"


def test_a_large_town_keeps_its_country(nlp_en):
    text = ("KAMPALA, May 4 (Reuters) - Uganda said on Monday its crude pipeline would reach "
            "Tanga by next year. Uganda's energy ministry said Uganda had paid its share, and "
            "Uganda expects first oil in July.")
    assert is_city("Tanga")
    assert _countries(nlp_en, text, "en").get("Tanga") == "TZA"


def test_small_island_states_have_capitals_and_demonyms(nlp_en):
    text = ("NASSAU, Dec 9 (Reuters) - Bahamian police detained 40 migrants on Tuesday, "
            "and Tongan and Samoan officials met in Honiara.")
    found = _countries(nlp_en, text, "en")
    assert found.get("Nassau") == "BHS"
    assert found.get("Honiara") == "SLB"
    assert found.get("Bahamas") == "BHS"
