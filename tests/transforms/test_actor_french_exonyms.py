"""French exonyms of capitals and large cities take their English names
(places_overlay.json "english", capitals/cities columns of build_countries.py), and a
capital a country moves towards or away from is its government (capitals.py,
_ALIGNMENT_WORDS)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors
from transforms.countries import country_for
from transforms.gazetteer import english_place_name, place_country


def found(nlp, text, lang):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("french,english,code", [
    ("Dacca", "Dhaka", "BGD"), ("Machhad", "Mashhad", "IRN"), ("Tobrouk", "Tobruk", "LBY"),
    ("Achgabat", "Ashgabat", "TKM"), ("Douchanbé", "Dushanbe", "TJK"),
    ("Katmandou", "Kathmandu", "NPL"), ("Saint-Domingue", "Santo Domingo", "DOM"),
    ("Hô Chi Minh-Ville", "Ho Chi Minh City", "VNM"), ("Nankin", "Nanjing", "CHN"),
    ("Mazar-e-Charif", "Mazar-i-Sharif", "AFG"), ("Djalalabad", "Jalalabad", "AFG"),
    ("Nadjaf", "Najaf", "IRQ"), ("La Mecque", "Mecca", "SAU"), ("Tanger", "Tangier", "MAR"),
    ("Mourmansk", "Murmansk", "RUS"), ("Boutcha", "Bucha", "UKR"), ("Le Pirée", "Piraeus", "GRC"),
    ("Crète", "Crete", "GRC"), ("Virginie", "Virginia", "USA"), ("Bethléem", "Bethlehem", "PSE"),
])
def test_french_exonym_has_english_name_and_country(french, english, code):
    assert english_place_name(french) == english
    assert (country_for(french) or place_country(french)) == code


@pytest.mark.parametrize("name", ["Tokyo", "Nairobi", "Bamako", "Lima"])
def test_a_name_french_shares_with_english_is_kept(name):
    assert english_place_name(name) == name


@pytest.mark.parametrize("text,actor", [
    ("La délégation est arrivée à Dacca dans la nuit de mardi.", ("Dhaka", "LOCATION", "BGD")),
    ("Des commerçants ont fermé leurs boutiques à Machhad et à Chiraz.",
     ("Mashhad", "LOCATION", "IRN")),
    ("Les garde-côtes ont intercepté le bateau au large de Tobrouk.",
     ("Tobruk", "LOCATION", "LBY")),
    ("Le sommet régional se tiendra à Achgabat en octobre.", ("Ashgabat", "LOCATION", "TKM")),
])
def test_french_exonym_in_a_sentence(nlp_fr, text, actor):
    assert actor in found(nlp_fr, text, "fr")


@pytest.mark.parametrize("text,country", [
    ("L'opposition accuse le parti au pouvoir de vouloir rapprocher le pays de Moscou.",
     "Russia"),
    ("Depuis deux ans, le régime s'est nettement rapproché de Pékin.", "China"),
    ("Les manifestants dénoncent un gouvernement inféodé à Moscou.", "Russia"),
    ("Le nouveau président veut s'affranchir de Washington sur les questions de défense.",
     "United States"),
])
def test_a_capital_a_country_moves_towards_or_away_from_is_its_government(nlp_fr, text,
                                                                         country):
    assert country in {name for name, _, _ in found(nlp_fr, text, "fr")}


@pytest.mark.parametrize("text,city", [
    ("La centrale se trouve à une centaine de kilomètres de Moscou.", "Moscow"),
    ("Le correspondant de Pékin a rapporté la scène.", "Beijing"),
    ("Les secours se sont rapprochés du centre de Tobrouk.", "Tobruk"),
])
def test_distance_and_origin_keep_the_capital_a_place(nlp_fr, text, city):
    assert city in {name for name, kind, _ in found(nlp_fr, text, "fr") if kind == "LOCATION"}


@pytest.mark.parametrize("text,country", [
    ("Les recettes pétrolières de Moscou ont chuté de moitié.", "Russia"),
    ("Les troupes de Moscou ont reculé sur le front sud.", "Russia"),
    ("La stratégie de Pékin inquiète ses voisins.", "China"),
])
def test_a_capital_owning_state_things_is_its_government(nlp_fr, text, country):
    assert country in {name for name, _, _ in found(nlp_fr, text, "fr")}


@pytest.mark.parametrize("lang,text,country", [
    ("fr", "La mine est exploitée par Rio Tinto et des partenaires chinois.", "China"),
    ("en", "The port was built with Turkish investors.", "Turkey"),
])
def test_a_demonym_on_partners_or_investors_is_the_country(models, lang, text, country):
    assert country in {name for name, _, _ in found(models[lang], text, lang)}


def test_a_demonym_on_things_stays_no_actor(nlp_fr):
    text = "Les produits chinois ont envahi le marché."
    assert "China" not in {name for name, _, _ in found(nlp_fr, text, "fr")}


@pytest.mark.parametrize("text,name,code", [
    ("ROCHELLE", "La Rochelle", "FRA"), ("Havre", "Le Havre", "FRA"),
    ("Bourget", "Le Bourget", "FRA"),
])
def test_a_name_cut_from_its_article_takes_the_country_of_the_full_name(text, name, code):
    assert english_place_name(text) == name
    assert place_country(text) == code


@pytest.mark.parametrize("text,code", [("Moscou", "RUS"), ("Canton", "CHN"), ("Tulsa", "USA")])
def test_other_names_keep_their_country(text, code):
    assert place_country(text) == code


def test_a_dateline_city_whose_article_ner_left_out(nlp_fr):
    text = "LA ROCHELLE, 22 avril (Vigie) - Le chimiste belge Solvay a annoncé la fermeture."
    assert ("La Rochelle", "LOCATION", "FRA") in found(nlp_fr, text, "fr")
