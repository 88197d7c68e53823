"""Places found through the gazetteer (transforms/actor_rules/places.py) and their names."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors
from transforms.gazetteer import english_place_name, place_country


def found(doc, lang):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(doc, lang)}


def nlp_for(lang, nlp_fr, nlp_en):
    return nlp_fr if lang == "fr" else nlp_en


@pytest.mark.parametrize("lang,text,place", [
    # names of several parts need no cue, even when the English model cuts the hyphen
    ("en", "Rheinmetall is building a shell factory near Ivano-Frankivsk.",
     ("Ivano-Frankivsk", "LOCATION", "UKR")),
    ("en", "Leonardo launched a venture at La Spezia last year.", ("La Spezia", "LOCATION", "ITA")),
    ("fr", "Les camions ont brûlé près de Nioro du Sahel.",
     ("Nioro du Sahel", "LOCATION", "MLI")),
    # a single word with a locative, a place noun, or a coordination with a place
    ("en", "Fighters raided Komanda overnight and moved to the town of Gwoza.",
     ("Gwoza", "LOCATION", "NGA")),
    ("en", "Glencore runs mines in Lualaba province.", ("Lualaba", "LOCATION", "COD")),
    ("en", "Reinforcements were sent to Beni and Mambasa.", ("Mambasa", "LOCATION", "COD")),
    ("en", "KNDS is hiring in Bourges and Kassel.", ("Kassel", "LOCATION", "DEU")),
    ("fr", "Les troupes sont à Kidira et à Bakel, dans la région de Tambacounda.",
     ("Tambacounda", "LOCATION", "SEN")),
    # "à" is the locative as written: the accent-folded key "a" is also French's "has"
    ("fr", "La police a arrêté mercredi à Moundou deux journalistes.", ("Moundou", "LOCATION", "TCD")),
    ("fr", "Des partisans étaient réunis à Székesfehérvár mardi soir.",
     ("Székesfehérvár", "LOCATION", "HUN")),
])
def test_known_places_named_as_places_are_found(nlp_fr, nlp_en, lang, text, place):
    assert place in found(nlp_for(lang, nlp_fr, nlp_en)(text), lang)


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Dutch journalist Jan de Vries was arrested in Moscow.", "Vries"),  # a name's word
    ("en", "In March, the talks resumed in Doha.", "March"),  # months are never places
    ("en", "In the West, officials were cautious.", "West"),
    ("en", "Reading the report, Kassel officials frowned.", "Reading"),  # no place cue
    ("en", "The Düsseldorf-based group said sales rose.", "The Düsseldorf"),  # no determiner
])
def test_words_that_only_look_like_places_are_not_places(nlp_fr, nlp_en, lang, text, word):
    names = {m.mention_text for m in find_actors(nlp_for(lang, nlp_fr, nlp_en)(text), lang)}
    assert word not in names


def test_coordinated_places_are_two_actors_not_one_organisation(nlp_en):
    names = {m.actor.name for m in find_actors(nlp_en(
        "More than 50,000 people fled to Cucuta and Tibu."), "en")}
    assert {"Cucuta", "Tibu"} <= names and "Cucuta and Tibu" not in names


def test_french_spellings_get_the_english_name(nlp_fr):
    got = found(nlp_fr("Des drones ont frappé Nijni-Novgorod et Moukatchevo, en Transcarpatie."),
                "fr")
    assert {("Nizhny Novgorod", "LOCATION", "RUS"), ("Mukachevo", "LOCATION", "UKR"),
            ("Zakarpattia", "LOCATION", "UKR")} <= got


def test_english_place_name_keeps_unknown_spellings():
    assert english_place_name("Hodeida") == "Hodeidah"
    assert english_place_name("Kstovo") == "Kstovo"
    assert english_place_name("") == ""


def test_one_map_of_english_names_serves_cities_and_places_with_or_without_article(nlp_fr):
    # "Le Caire" is listed with its article, "Crimée" without: both read either way.
    assert english_place_name("Le Caire") == english_place_name("Caire") == "Cairo"
    assert english_place_name("la Crimée") == "Crimea"
    got = found(nlp_fr("Le ministre s'est rendu au Caire puis à Varsovie."), "fr")
    assert {"Cairo", "Warsaw"} <= {name for name, _, _ in got}


def test_place_country_homonyms_favour_the_place_in_the_news():
    assert place_country("Pokrovsk") == "UKR"
    assert place_country("Mambasa") == "COD"
    assert place_country("March") is None and place_country("August") is None


def test_a_place_word_inside_a_longer_name_is_no_place(nlp_en):
    names = {m.actor.name for m in find_actors(nlp_en(
        "Economists at the Ifo Institute in Munich cut their forecast."), "en")}
    assert "Ifo" not in names and "Munich" in names


def test_a_place_before_a_title_is_still_a_place(nlp_en):
    names = {m.actor.name for m in find_actors(nlp_en(
        "Reinforcements reached Mambasa Governor's office, near Komanda."), "en")}
    assert "Komanda" in names


def test_a_shared_town_name_takes_the_country_the_article_is_about(nlp_en):
    doc = nlp_en("Italy's civil protection said floods hit the town of Manta, Italy.")
    manta = [m.actor for m in find_actors(doc, "en") if m.actor.name == "Manta"]
    assert manta and manta[0].country_code == "ITA"


def test_a_shared_town_name_keeps_its_country_when_the_article_names_it(nlp_en):
    doc = nlp_en("Ecuador's navy patrolled off the port of Manta, officials said in Italy.")
    manta = [m.actor for m in find_actors(doc, "en") if m.actor.name == "Manta"]
    assert manta and manta[0].country_code == "ECU"


@pytest.mark.parametrize("text,word", [
    ("Les banques ont reculé de 3% a la Bourse de Paris.", "Bourse"),
    ("Le texte revient à l'Assemblée mardi.", "Assemblée"),
])
def test_institution_words_are_no_places(nlp_fr, text, word):
    assert word not in {m.actor.name for m in find_actors(nlp_fr(text), "fr")}


def test_a_square_tagged_as_a_facility_is_a_place(nlp_en):
    names = {m.actor.name: m.actor.actor_type
             for m in find_actors(nlp_en("Protesters gathered in Tahrir Square on Friday."), "en")}
    assert names.get("Tahrir Square") == "LOCATION"


def test_a_street_stays_a_venue(nlp_en):
    names = {m.actor.name for m in find_actors(
        nlp_en("About 2,000 people marched down Rustaveli Avenue to parliament."), "en")}
    assert "Rustaveli Avenue" not in names



@pytest.mark.parametrize("text,name", [
    ("Trois migrants sont morts en tentant de rejoindre l'Angleterre.", "England"),
    ("Au Pays de Galles, la police a arrêté deux hommes.", "Wales"),
])
def test_the_nations_of_the_united_kingdom_in_french(nlp_fr, text, name):
    found = {m.actor.name: m.actor.country_code for m in find_actors(nlp_fr(text), "fr")}
    assert found.get(name) == "GBR"


def test_the_common_word_pays_is_no_nation(nlp_fr):
    found = {m.actor.name for m in find_actors(nlp_fr("Le pays a rejoint l'accord de Galles."), "fr")}
    assert "Wales" not in found


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Les forces gouvernementales ont repris Soueida.Le président a appelé au calme.", "Sweida"),
    ("en", "Russian forces captured Myrnohrad, the ministry said.", "Myrnohrad"),
])
def test_the_ground_a_force_takes_is_a_place(models, lang, text, name):
    assert name in {m.actor.name for m in find_actors(models[lang](text), lang)}


def test_an_ordinary_object_of_a_territory_verb_is_no_place(nlp_en):
    names = {m.actor.name for m in find_actors(nlp_en("The rebels took Friday off."), "en")}
    assert not names
