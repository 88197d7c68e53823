"""Rivers, ranges, valleys and deserts several states share are places of no one state,
whatever state the sentence names ("the Panj River, which marks the border with
Afghanistan", "les glaciers du Tian Shan" in a story filed from Bishkek)."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def found(models, lang, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, lang, text)}


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Floodwater reached the Panj River, which forms Tajikistan's border with "
           "Afghanistan.", "Panj River"),
    ("en", "Herders in Kyrgyzstan drove their flocks into the Tian Shan for the summer.",
     "Tian Shan"),
    ("en", "Uzbekistan's farmers in the Fergana Valley lost half their cotton.",
     "Fergana Valley"),
    ("en", "Niger's army found the trucks abandoned in the Sahara on Monday.", "Sahara"),
    ("fr", "Les éleveurs du Kirghizstan ont mené leurs troupeaux dans le Tian Shan.",
     "Tian Shan"),
    ("fr", "Les paysans ouzbeks de la vallée de Fergana ont perdu la moitié du coton.",
     "Fergana Valley"),
])
def test_a_shared_river_range_or_desert_has_no_country(models, lang, text, place):
    assert (place, "LOCATION", None) in found(models, lang, text)
