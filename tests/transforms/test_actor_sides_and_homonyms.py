"""Names that are something else somewhere: "the North" in Korean copy, a surname that is
also a town, "Baltic" (a town in the US gazetteer), a body NER calls a place, an NGO named
after a country (transforms/actor_rules/korea_sides.py, ner.py, introduced.py)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def actors(models, lang, text):
    """(mention text, actor name, type, country) of every mention, in text order."""
    return [(m.mention_text, m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(models[lang](text), lang)]


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
    assert ("Institut Kiel", "Kiel Institute", "ORGANIZATION", "DEU") in found


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
