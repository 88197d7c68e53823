"""The holder of a town's or a region's office is of that place's state, whatever state the
story is about: the text names the office and the place around the name ("the mayor of
Kharkiv, X", "Kharkiv mayor X", "X, maire de Kharkiv"), so a story on Russia's strikes
does not make Kharkiv's mayor Russian. Names below are invented, so no list knows them."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def people(models, lang, text):
    return {name: country for _, name, kind, country in actors(models, lang, text)
            if kind == "PERSON"}


@pytest.mark.parametrize("lang,text,person,code", [
    ("en", "Russia launched drones overnight, Russia's army said. The mayor of Kharkiv, "
           "Oleksandr Dovbenko, said Russia had struck a power plant.",
     "Oleksandr Dovbenko", "UKR"),
    ("en", "Russia launched drones overnight. Kharkiv mayor Oleksandr Dovbenko said Russia "
           "had struck a power plant.", "Oleksandr Dovbenko", "UKR"),
    ("en", "Russia launched drones overnight. Oleksandr Dovbenko, the mayor of Kharkiv, "
           "said Russia had struck a power plant.", "Oleksandr Dovbenko", "UKR"),
    ("fr", "La Russie a lancé des drones dans la nuit, selon l'armée russe. Le maire de "
           "Kharkiv, Oleksandr Dovbenko, a accusé la Russie d'avoir frappé une centrale.",
     "Oleksandr Dovbenko", "UKR"),
    ("fr", "La Russie a lancé des drones dans la nuit. Oleksandr Dovbenko, maire de Kharkiv, "
           "a accusé la Russie d'avoir frappé une centrale.", "Oleksandr Dovbenko", "UKR"),
])
def test_a_local_office_holder_takes_the_place_country(models, lang, text, person, code):
    assert people(models, lang, text).get(person) == code


@pytest.mark.parametrize("lang,text,person,code", [
    ("en", "Kenya's president met Ruto's rivals. The talks, said Kenyan analyst Samuel "
           "Otieno Wafula, went well in Kenya.", "Samuel Otieno Wafula", "KEN"),
    ("fr", "La Russie a lancé des drones. Le porte-parole, Oleksandr Dovbenko, a parlé "
           "de Kharkiv et de la Russie.", "Oleksandr Dovbenko", None),
])
def test_no_office_of_a_place_leaves_the_other_rules(models, lang, text, person, code):
    got = people(models, lang, text)
    if code is None:
        assert got.get(person) != "UKR"
    else:
        assert got.get(person) == code
