"""Bodies whose name holds a place (transforms/actor_rules/ner.py named_after_places):
lowercase links inside the name, a place-tagged span ending in a body word, a country
opening a party's name."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(nlp, text):
    return {m.actor.name: (m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), "en")}


@pytest.mark.parametrize("text,name,country", [
    ("Students at the University of Malawi protested.", "University of Malawi", "MWI"),
    ("The Port of Rotterdam Authority said volumes fell.", "Port of Rotterdam Authority", "NLD"),
    ("The Tbilisi Court of Appeals upheld the sentence.", "Tbilisi Court of Appeals", "GEO"),
    ("The Malawi Congress Party won the vote.", "Malawi Congress Party", "MWI"),
])
def test_a_body_named_after_a_place_is_one_organisation(nlp_en, text, name, country):
    names = found(nlp_en, text)
    assert names.get(name) == ("ORGANIZATION", country)
    assert "University" not in names and "Georgia" not in names


@pytest.mark.parametrize("text,places", [
    # two places coordinated are no body, even when NER tags them as one organisation
    ("Inspectors returned to Fordow and Natanz last week.", {"Fordow", "Natanz"}),
    ("Leaders of Japan and South Korea met.", {"Japan", "South Korea"}),
])
def test_coordinated_places_stay_places(nlp_en, text, places):
    assert places <= set(found(nlp_en, text))
