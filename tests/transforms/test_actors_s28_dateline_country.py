"""An unknown person or body with no country of its own in a story no state clearly leads
takes the country of the city the story was filed from: a story filed from Mexico City
on remittances names the United States often, yet its local people are Mexico's."""
from __future__ import annotations


from transforms.actors import find_actors


def _countries(nlp, text, lang):
    return {m.actor.name: m.actor.country_code for m in find_actors(nlp(text), lang)}


EN_LIMA = (
    "LIMA, March 4 (Reuters) - Peru and Chile agreed on Tuesday to share data on fishing "
    "fleets, after months in which Chile accused Peru of ignoring poaching.\n\n"
    "\"We cannot patrol the sea alone,\" said Rodrigo Valcárcel, who heads a fishermen's "
    "cooperative in the port of Paita. Chile's navy has seized four boats this year, and "
    "Chile says the catch of anchovy fell by a third. Peru denies it.\n\n"
    "Analyst Teresa Quispe said the deal would help both countries. Chile and Peru will "
    "meet again in May.")

FR_COLOMBO = (
    "COLOMBO, 2 mai (AFP) - Le Sri Lanka a arrêté mardi douze pêcheurs indiens au large de "
    "Jaffna, a indiqué la marine.\n\n"
    "L'Inde a protesté. « Ces hommes pêchaient dans leurs eaux », a déclaré un responsable "
    "à New Delhi. L'Inde et le Sri Lanka se disputent ces eaux depuis des années, et l'Inde "
    "réclame la libération des pêcheurs.\n\n"
    "« Nous appliquons la loi », a répondu Nimal Perera, porte-parole de la marine, "
    "tandis que l'avocat Anura Wickramasinghe dénonçait une « escalade ».")


def test_filed_from_lima_gives_peruvians_in_a_story_chile_names_as_often(nlp_en):
    found = _countries(nlp_en, EN_LIMA, "en")
    assert found.get("Rodrigo Valcárcel") == "PER"
    assert found.get("Teresa Quispe") == "PER"


def test_filed_from_colombo_gives_sri_lankans_in_a_story_naming_india_more(nlp_fr):
    found = _countries(nlp_fr, FR_COLOMBO, "fr")
    assert found.get("Nimal Perera") == "LKA"
    assert found.get("Anura Wickramasinghe") == "LKA"


def test_a_story_filed_from_two_cities_gives_no_country(nlp_en):
    text = EN_LIMA.replace("LIMA, March 4", "LIMA/SANTIAGO, March 4")
    found = _countries(nlp_en, text, "en")
    assert found.get("Teresa Quispe") is None
