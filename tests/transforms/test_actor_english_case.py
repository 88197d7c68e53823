"""English capitalises every word of a body's name: a lowercase last word is a common
noun (transforms/actor_rules/dictionary.py, _common_noun_in_english)."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import country_by_name


@pytest.mark.parametrize("text,absent,present", [
    ("State grid operator Ukrenergo said emergency outages were introduced.", "State Grid",
     "Ukrenergo"),
    ("The Italian coast guard rescued more than 600 migrants.", "Italian Coast Guard", "Italy"),
])
def test_a_lowercase_common_noun_is_no_body_name(nlp_en, text, absent, present):
    names = country_by_name(nlp_en, text, "en")
    assert absent not in names and present in names


@pytest.mark.parametrize("lang,text,name", [
    ("en", "State Grid Corporation of China said it would invest.", "State Grid"),
    ("en", "The Italian Coast Guard said it rescued 600 people.", "Italian Coast Guard"),
    # French writes only the first word of a name with a capital
    ("fr", "La Société générale a publié ses résultats.", "Société Générale"),
])
def test_names_written_as_names_still_match(models, lang, text, name):
    assert name in country_by_name(models[lang], text, lang)
