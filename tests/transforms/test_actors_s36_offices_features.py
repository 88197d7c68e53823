"""Session 36: a state's department named before a minister's office, natural features
named after a river or a country, and small towns that lend their country to no one.

- "U.S. Treasury Secretary X": the department names the office's field (a generic ministry
  in a title, eval/README.md), no actor; "the U.S. Treasury said" and "NATO Secretary
  General X" keep their body;
- "the Niger Delta", "the Mekong Delta", "the Volga River": the feature is the place, not
  the country or the river alone; a basin or river named after a country is many states'
  ("the Congo Basin"), not a town's of that name elsewhere;
- a word of a longer name that is a small town somewhere ("Northern Crest", a firm) gives
  no country to the person its office introduces, and a town the story's state has a
  namesake of lends that state, not the town's, to the people of its sentence.
"""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(models, lang, text):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(models[lang](text), lang)}


def names(models, lang, text):
    return {name for name, _, _ in found(models, lang, text)}


def test_a_department_before_a_secretary_names_the_office(models):
    got = found(models, "en", "U.S. Commerce Department Secretary Harold Vance said the "
                              "tariffs would stay.")
    assert not any(kind == "ORGANIZATION" for _, kind, _ in got)
    assert any(name == "Harold Vance" for name, _, _ in got)


def test_the_department_acting_alone_stays(models):
    assert "Treasury Department" in names(models, "en", "The U.S. Treasury said on Friday "
                                                        "the two firms had broken the rules.")


def test_a_secretary_general_keeps_the_body(models):
    assert "NATO" in names(models, "en", "NATO Secretary General Mark Rutte arrived in "
                                         "Vilnius on Monday.")


@pytest.mark.parametrize("text,place,code", [
    ("Armed gangs from the Niger Delta have kidnapped three oil workers.", "Niger Delta", "NGA"),
    ("Salt water has reached rice fields across the Mekong Delta this spring.",
     "Mekong Delta", "VNM"),
    ("Loggers are clearing more of the Congo Basin every year.", "Congo Basin", None),
])
def test_a_feature_after_a_name_is_the_place(models, text, place, code):
    got = found(models, "en", text)
    assert (place, "LOCATION", code) in got
    assert not any(kind == "COUNTRY" for _, kind, _ in got)


def test_a_body_named_after_a_river_keeps_its_name(models):
    assert "Niger Delta Development Commission" in names(
        models, "en", "The Niger Delta Development Commission paid the fishermen on Monday.")


def test_a_town_inside_a_firm_name_gives_no_country(models):
    text = ("Canada's energy regulator said the pipeline leaked near Edmonton, Alberta. "
            "Alberta officials said Calgary and Edmonton had safe water. Operator Northern "
            "Crest Midstream shut the line. Northern Crest chief executive Laura McBride "
            "apologised to residents.")
    assert ("Laura McBride", "PERSON", "FRA") not in found(models, "en", text)


def test_a_namesake_town_lends_the_story_state(models):
    text = ("Bulgaria's government fell in Sofia on Friday. Bulgaria will vote again, and "
            "Sofia and Plovdiv braced for protests. Continue the Change leader Assen "
            "Vassilev said early elections were needed.")
    got = found(models, "en", text)
    assert ("Assen Vassilev", "PERSON", "FRA") not in got


@pytest.mark.parametrize("lang,text", [
    ("en", "Deminers were paid by the United Nations Development Programme last year."),
    ("en", "The UNDP said it would pay for the clearing of the fields."),
    ("fr", "Le Programme des Nations unies pour le développement a financé le déminage."),
])
def test_the_undp_by_its_full_name(models, lang, text):
    assert ("United Nations Development Programme", "ORGANIZATION", None) in found(models, lang, text)
