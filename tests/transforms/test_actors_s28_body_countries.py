"""Unknown bodies take a country as other unknown actors do. A country named in two words
opens many names ("South African Poultry Association", "South Sudan Teachers Union"): the
longest name wins, not its last word ("Sudan", or "African" which names no state). Unions,
councils, agencies, alliances and groups are national bodies as often as international
ones: "union", "council" or "agency" alone does not make a name international."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def _countries(nlp, text, lang):
    return {m.actor.name: m.actor.country_code for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("text,name,code", [
    ("Farmers welcomed the duties. The South African Grain Millers Association said "
     "bread prices would rise.", "South African Grain Millers Association", "ZAF"),
    ("Teachers went on strike in Juba on Monday. The South Sudan Teachers Union said "
     "salaries had not been paid for eight months.", "South Sudan Teachers Union", "SSD"),
])
def test_a_country_of_two_words_opening_a_body_name(nlp_en, text, name, code):
    assert _countries(nlp_en, text, "en").get(name) == code


EN_UNION = (
    "PORT OF SPAIN, Nov 3 (Reuters) - Trinidad and Tobago's government said on Monday it "
    "would close the refinery for good. Trinidad and Tobago's energy minister said talks "
    "had failed, and the Petroleum Workers Union called a march in Trinidad and Tobago's "
    "capital. The Energy Regulatory Council said fuel imports would rise.")


def test_a_union_and_a_council_of_the_story_take_its_state(nlp_en):
    found = _countries(nlp_en, EN_UNION, "en")
    assert found.get("Petroleum Workers Union") == "TTO"
    assert found.get("Energy Regulatory Council") == "TTO"


def test_international_names_stay_without_a_country(nlp_en):
    text = EN_UNION + " The International Transport Workers Union backed the march."
    found = _countries(nlp_en, text, "en")
    assert found.get("International Transport Workers Union", None) is None


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Nurses walked out on Monday. The Health Workers Union said pay had been frozen.",
     "Health Workers Union"),
    ("en", "Prices rose again, the Energy Regulatory Council said on Friday.",
     "Energy Regulatory Council"),
])
def test_a_field_opening_a_body_name_stays_in_it(nlp_en, lang, text, name):
    names = {m.actor.name for m in find_actors(nlp_en(text), lang)}
    assert name in names


def test_a_field_before_a_minister_is_still_the_title(nlp_en):
    text = "Energy Minister Rafael Montoya said the Energy Regulatory Council would meet."
    names = {m.actor.name for m in find_actors(nlp_en(text), "en")}
    assert "Rafael Montoya" in names
