"""Offices added to titles.json by class: prefects, rectors, clergy, economists and
scholars, rapporteurs, MEPs, officers of rank, company officers, coaches."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def people(nlp, text, lang):
    return {m.actor.name: m.actor.role for m in find_actors(nlp(text), lang)
            if m.actor.actor_type == "PERSON"}


@pytest.mark.parametrize("lang,text,name,role", [
    ("fr", "Le préfet de police Laurent Nuñez a annoncé des renforts.", "Laurent Nuñez", None),
    ("fr", "Le politologue Jean Dupuy estime que le vote est serré.", "Jean Dupuy", "Political Scientist"),
    ("fr", "L'eurodéputée Marie Toussaint a déposé un amendement.", "Marie Toussaint", None),
    ("en", "Chief economist Holger Schmieding said rates would rise.", "Holger Schmieding", None),
    ("en", "Professor Jane Goodall warned of a collapse.", "Jane Goodall", None),
    ("en", "Bishop Mariann Budde spoke at the service.", "Mariann Budde", None),
])
def test_people_introduced_by_more_offices(nlp_fr, nlp_en, lang, text, name, role):
    nlp = nlp_fr if lang == "fr" else nlp_en
    found = people(nlp, text, lang)
    assert name in found and (role is None or found[name] == role)


@pytest.mark.parametrize("text,word", [
    ("L'institut Pasteur et Louis Pasteur sont cités.", "Pasteur"),   # a body and a person
    ("Le coach a quitté la salle.", "coach"),                          # a title alone
])
def test_titles_alone_and_bodies_are_no_people(nlp_fr, text, word):
    assert word not in people(nlp_fr, text, "fr")


def test_a_class_noun_that_starts_a_known_name_gives_the_known_body(nlp_fr):
    found = {m.actor.name: m.actor.actor_type for m in find_actors(
        nlp_fr("Une étude de l'institut Pasteur et de Louis Pasteur."), "fr")}
    assert found.get("Institut Pasteur") == "ORGANIZATION"
    assert found.get("Louis Pasteur") == "PERSON"


@pytest.mark.parametrize("text,name,country", [
    # mediators, coordinators, economists and prefects are titles that carry a demonym
    ("Qatari mediator Mohammed Al-Khulaifi will meet both delegations.", "Mohammed Al-Khulaifi", "QAT"),
    ("Kenyan coordinator Grace Wanjiru Otieno briefed donors on Monday.", "Grace Wanjiru Otieno", "KEN"),
])
def test_new_titles_give_the_demonym_country(nlp_en, text, name, country):
    found = {m.actor.name: m.actor.country_code for m in find_actors(nlp_en(text), "en")}
    assert found.get(name) == country


def test_a_title_word_alone_is_no_person(nlp_en):
    names = {m.actor.name for m in find_actors(nlp_en("The mediator said talks would resume."), "en")}
    assert not any("ediator" in n for n in names)
