"""People whose first name machine translation glued to the word before, after a title
(transforms/actor_rules/glued_names.py)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(nlp, text):
    return {m.actor.name: (m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), "fr")}


@pytest.mark.parametrize("text,name", [
    ("La ministre de la SanteStéphanie Rist a promis un soutien total.", "Stéphanie Rist"),
    ("a dit le directeur general de SolvayPhilippe Kehren, lors d'une visite.", "Philippe Kehren"),
    ("Le directeur general du groupeLee Yong-bae a indique que le site servira.", "Lee Yong-bae"),
    ("a déclaré le Premier ministreHun Manet dans une adresse télévisée.", "Hun Manet"),
])
def test_a_titled_name_glued_to_the_word_before_is_a_person(nlp_fr, text, name):
    assert found(nlp_fr, text).get(name, ("",))[0] == "PERSON"


def test_a_known_actor_glued_in_front_is_kept(nlp_fr):
    names = found(nlp_fr, "a dit le directeur general de SolvayPhilippe Kehren, lors d'une visite.")
    assert names.get("Solvay", ("",))[0] == "ORGANIZATION"


@pytest.mark.parametrize("text,word", [
    # no title before the glue: a place or school glued to a known surname is no name
    ("Dans ses discours aux étudiants de KeioRutte a noté que la sécurité est liée.", "Rutte a"),
    ("Il est arrivé à TokyoLundi Matin pour la réunion.", "Lundi Matin"),
    # a known person's name is left to the dictionary, not cut short
    ("Le chef de l'armée, le generalAbdel Fattah al-Burhan, a reconnu un retrait.", "Abdel Fattah"),
])
def test_no_person_without_a_title_or_from_a_known_name(nlp_fr, text, word):
    assert word not in found(nlp_fr, text)


@pytest.mark.parametrize("text,name,country", [
    # a romanised Korean name (hyphenated given name) gives South Korea without context
    ("Le directeur general du groupeLee Yong-bae a indique que le site servira.", "Lee Yong-bae", "KOR"),
    # a name of another shape waits for its context
    ("a dit le directeur general de SolvayPhilippe Kehren, lors d'une visite.", "Philippe Kehren", None),
])
def test_a_korean_name_gives_its_country(nlp_fr, text, name, country):
    assert found(nlp_fr, text).get(name) == ("PERSON", country)


def test_a_known_name_glued_to_the_next_word_is_kept_whole(nlp_fr):
    names = found(nlp_fr, "Le gouverneur de la Banque de FranceFrançois Villeroy de Galhau a parlé.")
    assert names.get("Banque de France") == ("ORGANIZATION", "FRA") and "France" not in names


def test_a_country_glued_to_the_next_word_stays_the_country(nlp_fr):
    names = found(nlp_fr, "Les exportations de la FranceLundi ont baissé.")
    assert names.get("France") == ("COUNTRY", "FRA")


@pytest.mark.parametrize("text,name", [
    ("Ils ont attaqué un convoi près de Kayesdans l'ouest du Mali.", "Kayes"),
    ("Etat d'urgence dans les provinces duNord-Kivu et du Sud-Kivu.", "North Kivu"),
    ("Le ministre a rencontré leJapon et la Corée.", "Japan"),
])
def test_a_known_name_glued_to_a_function_word_is_found(nlp_fr, text, name):
    assert name in found(nlp_fr, text)


@pytest.mark.parametrize("text,word", [
    # names that end like a short function word are never cut
    ("Les garde-côtes ont patrouillé au large de Luzon et de Versailles.", "Luz"),
    ("Le Rafale a décollé de Lens.", "Rafa"),
    # an unknown head stays unknown
    ("Ils sont arrivés à Zorbadans la nuit.", "Zorba"),
])
def test_no_cut_inside_names_or_of_unknown_heads(nlp_fr, text, word):
    assert word not in found(nlp_fr, text)
