"""The city a story is filed from is a place the story names, even set in capitals where
the other rules read an acronym, a heading or a given name."""
from __future__ import annotations

import pytest

from transforms.actor_rules.dateline_cities import _spelled
from transforms.actors import find_actors


@pytest.mark.parametrize("lang,text,name,code", [
    ("en", "GOMBE, Nigeria, June 3 (Reuters) - Gunmen kidnapped 14 traders on a highway on "
           "Tuesday, police said.", "Gombe", "NGA"),
    ("en", "MELISSA, Texas (AP) — A tornado destroyed a school on Monday, officials said.",
     "Melissa", "USA"),
    ("fr", "BRIVE-LA-GAILLARDE, 3 juin (AFP) - Un incendie a détruit mardi un entrepôt, a "
           "indiqué la préfecture.", "Brive-la-Gaillarde", "FRA"),
])
def test_the_filing_city_is_a_place(nlp_en, nlp_fr, lang, text, name, code):
    nlp = nlp_fr if lang == "fr" else nlp_en
    found = {m.actor.name.casefold(): m.actor for m in find_actors(nlp(text), lang)}
    actor = found.get(name.casefold())
    assert actor is not None and actor.actor_type == "LOCATION"
    assert actor.country_code == code


def test_two_filing_cities_are_left_to_the_other_rules(nlp_en):
    text = "GOMBE/ABUJA, June 3 (Reuters) - Gunmen kidnapped 14 traders, police said."
    names = {m.actor.name.casefold() for m in find_actors(nlp_en(text), "en")}
    assert "gombe/abuja" not in names


@pytest.mark.parametrize("text,spelled", [
    ("MOURMELON-LE-GRAND", "Mourmelon-le-Grand"), ("COX'S BAZAR", "Cox's Bazar"),
    ("DAR ES SALAAM", "Dar es Salaam"), ("Kisumu", "Kisumu"),
])
def test_a_city_in_capitals_is_spelled_as_usual(text, spelled):
    assert _spelled(text) == spelled

