"""A dateline city written with a possessive ("COX'S BAZAR", "KING'S LYNN") is still the
filing city: the agency credited after it is no actor."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors
from transforms.datelines import datelines


@pytest.mark.parametrize("lang,text,city", [
    ("en", "COX'S BAZAR, Bangladesh, June 3 (Reuters) - Heavy rain flooded the camps on "
           "Tuesday, aid workers said.", "COX'S BAZAR"),
    ("en", "KING'S LYNN, England, Feb 9 (Reuters) - Police closed the port after a leak.",
     "KING'S LYNN"),
    ("fr", "COX'S BAZAR (Bangladesh), 3 juin (AFP) - De fortes pluies ont inondé les camps "
           "mardi.", "COX'S BAZAR"),
])
def test_possessive_city_is_read_and_the_agency_is_no_actor(nlp_fr, nlp_en, lang, text, city):
    nlp = nlp_fr if lang == "fr" else nlp_en
    doc = nlp(text)
    (line,) = datelines(doc)
    assert doc[line.city[0]:line.city[1]].text == city
    names = {m.actor.name for m in find_actors(doc, lang)}
    assert not names & {"Reuters", "AFP"}
