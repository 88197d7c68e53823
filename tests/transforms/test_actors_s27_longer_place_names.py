"""A town the gazetteer knows at the head of a longer capitalised name makes no town of the
name's other words either: in "the Colonia Palmira district" neither Colonia (Uruguay) nor
Palmira (Colombia) is taken alone."""
from __future__ import annotations

from tests.transforms.mentions import actors


def names(models, lang, text):
    return {name for _, name, _, _ in actors(models, lang, text)}


def test_the_rest_of_a_longer_name_is_no_town(models):
    got = names(models, "en", "Police fired tear gas in the capital's Colonia Palmira "
                              "district on Sunday.")
    assert "Palmira" not in got and "Colonia" not in got
