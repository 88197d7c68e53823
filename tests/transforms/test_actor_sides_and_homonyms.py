"""Names that are something else somewhere: "the North" in Korean copy, a surname that is
also a town, "Baltic" (a town in the US gazetteer), a body NER calls a place, an NGO named
after a country (transforms/actor_rules/korea_sides.py, ner.py, introduced.py)."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def test_the_north_and_the_south_are_the_two_koreas_in_korean_copy(models):
    found = actors(models, "en", "Seoul offered talks on Monday, but the North said it had no "
                                 "interest. Pyongyang fired two missiles, the South's military "
                                 "said, and Lee called for dialogue with the North.")
    assert ("North", "North Korea", "COUNTRY", "PRK") in found
    assert ("South", "South Korea", "COUNTRY", "KOR") in found
    assert not any(name == "North" for _, name, _, _ in found)


@pytest.mark.parametrize("text", [
    "Farmers in the North of England protested on Monday, the union said.",
    "Korea's exports rose. The ship sailed to the South China Sea and the North Atlantic.",
])
def test_other_norths_are_not_the_koreas(models, text):
    found = actors(models, "en", text)
    assert not any(name in ("North Korea", "South Korea") and mention in ("North", "South")
                   for mention, name, _, _ in found)


def test_a_surname_named_in_full_by_its_title_is_never_a_town(models):
    # NER misses the full name after the long title; the bare surname is a town in Uzbekistan
    found = actors(models, "en", "UN High Commissioner for Human Rights Volker Türk on Monday "
                                 "accused several governments of silencing journalists. "
                                 "Georgia's foreign ministry rejected Türk's remarks.")
    assert ("Türk", "Volker Türk", "PERSON", "AUT") in found
    assert not any(kind == "LOCATION" and mention == "Türk" for mention, _, kind, _ in found)


def test_baltic_is_no_american_town(models):
    found = actors(models, "en", "Lithuania asked NATO allies to deploy more air defence "
                                 "systems to the Baltic region, where the Baltic states fear "
                                 "sabotage.")
    assert not any(code == "USA" for _, _, _, code in found)


def test_a_body_ner_calls_a_place_is_a_body(models):
    found = actors(models, "fr", "Selon l'Institut Kiel, un tarif de 30 % réduirait les "
                                 "exportations européennes vers les États-Unis.")
    assert ("Institut Kiel", "Kiel Institute for the World Economy", "ORGANIZATION", "DEU") in found


@pytest.mark.parametrize("lang,text", [
    ("fr", "Selon l'ONG Iran Human Rights, au moins 900 personnes ont été exécutées en Iran "
           "depuis janvier."),
    ("en", "According to the NGO Iran Human Rights, at least 900 people were executed in Iran "
           "this year."),
])
def test_an_ngo_named_after_a_country_keeps_its_whole_name(models, lang, text):
    found = actors(models, lang, text)
    assert ("Iran Human Rights", "Iran Human Rights", "ORGANIZATION", "IRN") in found
    assert not any(name in ("Human Rights", "NGO Iran Human Rights") for _, name, _, _ in found)


def test_a_known_place_ending_in_a_small_word_is_kept(models):
    found = actors(models, "fr", "Des crues avaient submergé Hoi An et une partie de Da Nang.")
    assert ("Hoi An", "Hoi An", "LOCATION", "VNM") in found


@pytest.mark.parametrize("lang,text,person", [
    ("en", "Honduran presidential candidate Salvador Nasralla on Tuesday rejected the results.",
     "Salvador Nasralla"),
    ("fr", "Le candidat Salvador Nasralla a rejeté mardi les résultats.", "Salvador Nasralla"),
    ("en", "Defence Minister Israel Katz said the army would act.", "Israel Katz"),
])
def test_a_country_opening_a_persons_name_is_a_given_name(models, lang, text, person):
    found = actors(models, lang, text)
    assert any(name == person and kind == "PERSON" for _, name, kind, _ in found)
    assert not any(kind == "COUNTRY" and mention in person for mention, _, kind, _ in found)


def test_a_bare_congress_is_the_storys_countrys(models):
    found = actors(models, "en", "Honduras has no president-elect. Tegucigalpa and San Pedro Sula "
                                 "saw protests, Honduran police said, and Honduras's electoral "
                                 "council met. Washington urged calm. \"Whoever wins will face a "
                                 "Congress where no party has a majority,\" an analyst said.")
    assert ("Congress", "Congress", "ORGANIZATION", "HND") in found


def test_a_bare_congress_in_an_american_story_stays_the_us_congress(models):
    found = actors(models, "en", "Congress passed the budget on Friday, Washington officials "
                                 "said, after the US Senate voted.")
    assert ("Congress", "Congress", "ORGANIZATION", "USA") in found


def test_a_name_ner_calls_a_body_before_a_title_is_a_person(models):
    found = actors(models, "en", "Nasry Asfura led Salvador Nasralla by 40,000 votes. Rixi "
                                 "Moncada, the candidate of the governing Libre party, was a "
                                 "distant third. Moncada refused to concede.")
    assert not any(kind == "LOCATION" and mention == "Moncada" for mention, _, kind, _ in found)
    assert any(name == "Libre" and kind == "ORGANIZATION" for _, name, kind, _ in found)


@pytest.mark.parametrize("text", [
    "Il a appelé la CGT à revenir à la table des négociations avant le pont de l'Ascension.",
    "Les syndicats menacent de perturber le week-end de la Pentecôte.",
])
def test_french_holidays_are_no_places(models, text):
    assert not any(kind == "LOCATION" for _, _, kind, _ in actors(models, "fr", text))


@pytest.mark.parametrize("lang,text,person", [
    # the English model splits "Ming-yen" and the small model's span stops at the hyphen
    ("en", "Tsai Ming-yen, director-general of Taiwan's National Security Bureau, told "
           "lawmakers in Taipei about the attack.", "Tsai Ming-yen"),
    ("fr", "« C'est un premier pas », a déclaré le ministre d'Etat qatari Mohammed "
           "al-Khulaifi, qui suit le dossier.", "Mohammed al-Khulaifi"),
])
def test_hyphenated_names_are_kept_whole(models, lang, text, person):
    assert any(name == person and kind == "PERSON"
               for _, name, kind, _ in actors(models, lang, text))


def test_a_body_named_of_its_country_keeps_the_country(models):
    found = actors(models, "en", "The Communications Authority of Kenya ordered television "
                                 "stations to stop live coverage on Thursday.")
    assert ("Communications Authority of Kenya", "Communications Authority of Kenya",
            "ORGANIZATION", "KEN") in found


def test_the_high_court_is_a_court(models):
    found = actors(models, "en", "Kenyan police fired on protesters in Nairobi. A similar "
                                 "order was overturned by the High Court in June 2025.")
    assert any(name == "High Court" and kind == "ORGANIZATION" for _, name, kind, _ in found)


def test_a_region_a_title_is_for_is_part_of_the_title(models):
    found = actors(models, "fr", "Le conseiller américain pour l'Afrique, Massad Boulos, a salué "
                                 "le courage du président. La Fédération internationale de la "
                                 "Croix-Rouge (FICR) a lancé un appel.")
    assert not any(name == "Africa" for _, name, _, _ in found)
    assert any(name == "International Federation of Red Cross and Red Crescent Societies"
               for _, name, _, _ in found)
    assert not any(name == "International Committee of the Red Cross" for _, name, _, _ in found)
