"""Islands, plains, mines and regions GeoNames lacks (places_overlay.json), found after a
landform noun ("l'îlot de Gavdos", "la plaine de la Ruzizi", "la mine de Simandou";
places._PLACE_NOUNS)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors
from transforms.gazetteer import english_place_name, place_country


def found(nlp, text, lang):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("name,english,code", [
    ("Gavdos", "Gavdos", "GRC"), ("Dodécanèse", "Dodecanese", "GRC"), ("Ruzizi", "Ruzizi", "COD"),
    ("Simandou", "Simandou", "GIN"), ("Casamance", "Casamance", "SEN"),
    ("Socotora", "Socotra", "YEM"), ("Anatolie", "Anatolia", "TUR"),
])
def test_landform_names_have_a_country(name, english, code):
    assert english_place_name(name) == english
    assert place_country(name) == code


@pytest.mark.parametrize("lang,text,place", [
    ("fr", "Une centaine de migrants ont été secourus près de l'îlot de Gavdos.",
     ("Gavdos", "LOCATION", "GRC")),
    ("fr", "Les combats se sont étendus à la plaine de la Ruzizi jeudi.",
     ("Ruzizi", "LOCATION", "COD")),
    ("fr", "Le minerai de la mine de Simandou sera exporté par Conakry.",
     ("Simandou", "LOCATION", "GIN")),
    ("en", "Rescuers reached the islet of Gavdos before dawn.", ("Gavdos", "LOCATION", "GRC")),
])
def test_a_landform_noun_cues_its_place(models, lang, text, place):
    assert place in found(models[lang], text, lang)


@pytest.mark.parametrize("text", [
    "Le directeur de la mine a démissionné lundi.",
    "La plaine a été inondée après les pluies.",
])
def test_a_landform_noun_alone_is_no_actor(nlp_fr, text):
    assert not found(nlp_fr, text, "fr")


def test_a_place_name_does_not_run_into_the_date(nlp_en):
    names = {m.actor.name for m in find_actors(
        nlp_en("The storm made landfall near the district of Mossuril on Monday morning."), "en")}
    assert "Mossuril" in names and not any("Monday" in name for name in names)


def test_spelled_numbers_are_no_places(nlp_fr):
    found = find_actors(nlp_fr("BRUXELLES – Vingt-cinq ans après l'ouverture des négociations, "
                               "l'accord devra encore attendre."), "fr")
    assert {m.actor.name for m in found} == {"Brussels"}


def test_a_bodys_name_is_not_the_commune_of_its_head_word(nlp_fr):
    found = {m.actor.name for m in find_actors(nlp_fr(
        "Le Syndicat national des enseignants du secondaire a appelé à la grève."), "fr")}
    assert "Le Syndicat" not in found  # a commune of the Vosges
    town = {m.actor.name for m in find_actors(nlp_fr(
        "Un incendie a touché Le Syndicat, dans les Vosges."), "fr")}
    assert "Le Syndicat" in town


@pytest.mark.parametrize("lang,text,river", [
    ("fr", "Les combats se sont étendus le long du Nil, au sud de Khartoum.", "Nile"),
    ("fr", "Des barges ont coulé sur le Danube.", "Danube"),
    ("fr", "Le delta du Mékong est touché par la sécheresse.", "Mekong"),
    ("en", "Barges sank on the Rhine near Cologne.", "Rhine"),
])
def test_rivers_the_news_names(nlp_fr, nlp_en, lang, text, river):
    found = {m.actor.name: m.actor for m in find_actors((nlp_fr if lang == "fr" else nlp_en)(text),
                                                        lang)}
    assert found[river].actor_type == "LOCATION"


@pytest.mark.parametrize("lang,text,place,river", [
    ("en", "Floods hit North Rhine-Westphalia on Tuesday.", "North Rhine-Westphalia", "Rhine"),
    ("fr", "Les déplacés ont fui vers Kosti et le Nil Blanc.", "White Nile", "Nile"),
])
def test_a_river_inside_a_longer_place_name_is_that_place(nlp_fr, nlp_en, lang, text, place,
                                                           river):
    found = {m.actor.name for m in find_actors((nlp_fr if lang == "fr" else nlp_en)(text), lang)}
    assert place in found and river not in found


def test_the_tigris_is_a_river_of_no_one_country(nlp_en):
    # the Tigris runs through Turkey, Syria and Iraq: a river, not one of its countries
    found = {m.actor.name: m.actor for m in find_actors(nlp_en(
        "Fishermen on the Tigris south of Mosul say the water has never been so low."), "en")}
    assert found["Tigris"].actor_type == "LOCATION"
    assert found["Tigris"].country_code is None
