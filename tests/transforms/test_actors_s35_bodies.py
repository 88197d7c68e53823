"""Session 35: bodies new copy names that the extractor missed, in sentences written for
these tests.

- a demonym, field words, then a regulator's or agency's head ("the Armenian Nuclear
  Regulatory Authority", "the Nigerian Maritime Administration") is one body of the
  demonym's country, as a union or party named that way already was;
- French capitalises only the first word of a body's name after its demonym; an adjective
  on its last noun ends it ("Ligue tchadienne des droits humains"), and a country ending
  it ("... des transporteurs routiers du Mali") is part of the name, no actor of its own.
"""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(models, lang, text):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(models[lang](text), lang)}


@pytest.mark.parametrize("text,body,code", [
    ("The Armenian Nuclear Regulatory Authority said radiation readings were normal.",
     "Armenian Nuclear Regulatory Authority", "ARM"),
    ("The Philippine Statistics Authority said inflation slowed in October.",
     "Philippine Statistics Authority", "PHL"),
    ("The Nigerian Maritime Administration said it had deployed four patrol boats.",
     "Nigerian Maritime Administration", "NGA"),
])
def test_a_demonym_and_an_agency_head_name_one_body(models, text, body, code):
    assert (body, "ORGANIZATION", code) in found(models, "en", text)


def test_a_demonym_before_a_ministry_stays_the_country(models):
    got = found(models, "en", "The Russian Foreign Ministry said the talks had failed.")
    assert not any(name.startswith("Russian") for name, _, _ in got)


@pytest.mark.parametrize("text,body,code", [
    ("La Ligue tchadienne des droits humains a dénoncé les arrestations de lundi.",
     "Ligue tchadienne des droits humains", "TCD"),
    ("L'Association malienne des éleveurs nomades a demandé l'ouverture des pistes.",
     "Association malienne des éleveurs nomades", "MLI"),
])
def test_an_adjective_on_the_last_noun_ends_a_french_body_name(models, text, body, code):
    assert (body, "ORGANIZATION", code) in found(models, "fr", text)


def test_a_country_ending_a_french_body_name_is_part_of_it(models):
    got = found(models, "fr", "La Fédération malienne des transporteurs routiers du Mali a "
                              "suspendu la grève.")
    assert ("Fédération malienne des transporteurs routiers du Mali", "ORGANIZATION",
            "MLI") in got
