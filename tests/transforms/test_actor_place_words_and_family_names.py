"""Place names NER cuts at a hyphen, capitalised common nouns for places, French
exonyms after a noun of their kind, and an East Asian family name that is also a town
(transforms/actor_rules/ner.py, places.py, vocab.GENERIC_PLACE_NOUNS, actors.py)."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def test_a_hyphenated_place_the_tokenizer_split_stays_whole(models):
    found = actors(models, "en", "Militants attacked a checkpoint near Mazar-i-Sharif on Sunday.")
    assert ("Mazar-i-Sharif", "LOCATION", "AFG") in {(n, t, c) for _, n, t, c in found}
    assert "Mazar" not in {n for _, n, _, _ in found}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des quartiers de Lahore, deuxième ville du Pays, étaient sous l'eau jeudi."),
    ("fr", "La Capitale a été touchée, puis la Région entière, selon la police pakistanaise."),
])
def test_a_capitalised_common_noun_for_a_place_is_no_place(models, lang, text):
    names = {n for _, n, _, _ in actors(models, lang, text)}
    assert not names & {"Pays", "Capitale", "Région"}


def test_a_french_exonym_after_a_noun_of_its_kind_takes_its_english_name(models):
    found = actors(models, "fr", "Les crues ont touché la province du Pendjab, dans l'est du "
                                 "Pakistan. Le Pendjab reste sous l'eau.")
    assert {(n, c) for _, n, t, c in found if t == "LOCATION"} == {("Punjab", "PAK")}


def test_a_family_name_that_is_also_a_town_is_the_person_named_in_full(models):
    found = actors(models, "fr", "Le président Lai Ching-te a parlé mardi. Le gouvernement de "
                                 "Lai rejette cette revendication.")
    assert [(m, n) for m, n, _, _ in found] == [("Lai Ching-te", "Lai Ching-te"),
                                                ("Lai", "Lai Ching-te")]


def test_one_unknown_word_ner_calls_a_body_after_in_is_a_place(models):
    found = actors(models, "en", "Medecins Sans Frontieres said its teams had treated 600 "
                                 "patients in a single week in Tine, on the border with Sudan.")
    assert ("Tine", "LOCATION", "SDN") in {(n, t, c) for _, n, t, c in found}


def test_a_company_after_a_stake_in_stays_a_company(models):
    found = actors(models, "en", "Wingtech sold its stake in Nexperia last year.")
    assert ("Nexperia", "ORGANIZATION") in {(n, t) for _, n, t, _ in found}


def test_the_amazon_rainforest_in_french_is_a_region(models):
    found = actors(models, "fr", "La déforestation en Amazonie a reculé, selon le Brésil.")
    assert ("Amazon", "LOCATION", None) in {(n, t, c) for _, n, t, c in found}


@pytest.mark.parametrize("text,place", [
    ("He was held at Guantanamo Bay before his transfer.", "Guantanamo Bay"),
    ("Warships docked at Subic Bay, near Thitu Island, on Monday.", "Subic Bay"),
    ("Warships docked at Subic Bay, near Thitu Island, on Monday.", "Thitu Island"),
    ("Troops exchanged fire along the Line of Control in the Neelum valley.", "Line of Control"),
    ("Troops exchanged fire along the Line of Control in the Neelum valley.", "Neelum valley"),
])
def test_bays_islands_valleys_and_lines_are_places(models, text, place):
    assert (place, "LOCATION") in {(n, t) for _, n, t, _ in actors(models, "en", text)}


def test_island_nations_stay_no_place(models):
    names = {n for _, n, _, _ in actors(models, "en", "Pacific island nations met in Fiji.")}
    assert "Pacific" not in names


def test_a_disputed_shoal_and_a_strait_keep_no_country(models):
    found = actors(models, "en", "Beijing said Philippine vessels had intruded into waters around "
                                 "Huangyan Island, the Chinese name for the Scarborough Shoal, and "
                                 "crossed the Luzon Strait.")
    places = {(n, c) for _, n, t, c in found if t == "LOCATION"}
    assert ("Scarborough Shoal", None) in places and ("Huangyan Island", None) not in places
    assert not any(n == "Luzon Strait" and c for n, c in places)


def test_the_twenty_seven_ner_calls_a_body_are_the_european_union(models):
    found = actors(models, "fr", "BRUXELLES, 26 novembre (AFP) - Les Vingt-Sept ont adopté mardi "
                                 "un vingtième paquet de sanctions contre la Russie.")
    assert ("Vingt-Sept", "European Union") in {(m, n) for m, n, _, _ in found}


def test_an_acronym_spelled_out_beats_the_dictionarys_homonym(models):
    found = actors(models, "fr", "La Ligue togolaise des droits de l'homme (LTDH) avance le "
                                 "chiffre de sept morts. La LTDH a demandé une enquête.")
    assert {n for m, n, _, _ in found if m == "LTDH"} == {"Ligue togolaise des droits de l'homme"}


def test_a_spelled_out_company_keeps_the_dictionarys_acronym(models):
    found = actors(models, "en", "The Commerce Department listed two subsidiaries of Semiconductor "
                                 "Manufacturing International Corp (SMIC) on Tuesday.")
    assert ("SMIC", "SMIC") in {(m, n) for m, n, _, _ in found}
