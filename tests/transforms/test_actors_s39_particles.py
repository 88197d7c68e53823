"""A Spanish or Portuguese name joined by a particle ("de", "del", "do"...) in English copy
is one name, read whole, not the town or region inside it (session 39)."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def found(models, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, "en", text)}


def names(models, text):
    return {name for _, name, _, _ in actors(models, "en", text)}


@pytest.mark.parametrize("text,whole,part", [
    ("Two drivers were shot dead in the district of San Juan de Lurigancho on Monday.",
     "San Juan de Lurigancho", "San Juan"),
    ("The Junta de Andalucía said the marshes were drying out.",
     "Junta de Andalucía", "Andalucía"),
])
def test_a_name_joined_by_a_particle_is_read_whole(models, text, whole, part):
    got = names(models, text)
    assert whole in got
    assert part not in got


def test_a_body_named_after_a_place_takes_its_country(models):
    assert ("Junta de Andalucía", "ORGANIZATION", "ESP") in found(
        models, "The Junta de Andalucía said the marshes were drying out.")


@pytest.mark.parametrize("text,expected", [
    ("He flew from Rio de Janeiro to Brasilia on Tuesday.", ("Rio de Janeiro", "LOCATION", "BRA")),
    ("The Banco de Mexico held its rate on Thursday.", ("Bank of Mexico", "ORGANIZATION", "MEX")),
])
def test_known_names_with_a_particle_keep_their_entry(models, text, expected):
    assert expected in found(models, text)


def test_a_person_with_a_particle_stays_a_person(models):
    got = found(models, "Luiz Inacio Lula da Silva spoke in Brasilia on Monday.")
    assert any(name.startswith("Luiz In") and kind == "PERSON" for name, kind, _ in got)
