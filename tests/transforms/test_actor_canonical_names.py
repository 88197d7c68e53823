"""Canonical names and nationalities the data files give (transforms/countries.py,
transforms/data/people.json)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(nlp, text, lang):
    return {m.actor.name: (m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Recruits were trained in Serbia and in Bosnia, police said."),
    ("en", "Voters were bused in from neighbouring Bosnia and Herzegovina."),
    ("fr", "La Bosnie a rappelé son ambassadeur."),
])
def test_bosnia_is_named_as_the_guidelines_name_it(models, lang, text):
    names = found(models[lang], text, lang)
    assert names.get("Bosnia and Herzegovina") == ("COUNTRY", "BIH") and "Bosnia" not in names


def test_other_countries_keep_their_short_name(nlp_en):
    assert found(nlp_en, "Serbia and Britain signed the deal.", "en").keys() >= {
        "Serbia", "United Kingdom"}


@pytest.mark.parametrize("lang,text,name,country", [
    # quoted officials whose nationality the story does not state
    ("en", "\"We will not be intimidated,\" spokesman Jay Tarriela told reporters.",
     "Jay Tarriela", "PHL"),
    ("fr", "Le porte-parole Stéphane Dujarric a appelé à la retenue.", "Stéphane Dujarric", "FRA"),
    ("en", "chief economist Pierre-Olivier Gourinchas told reporters in Washington.",
     "Pierre-Olivier Gourinchas", "FRA"),
    ("fr", "L'envoyé personnel Staffan de Mistura est attendu à Rabat.", "Staffan de Mistura", "ITA"),
])
def test_known_officials_carry_their_nationality(models, lang, text, name, country):
    assert found(models[lang], text, lang).get(name) == ("PERSON", country)


def test_an_unknown_spokesman_gets_no_nationality_from_nowhere(nlp_en):
    names = found(nlp_en, "\"We will not be intimidated,\" spokesman Arlo Pemberton told reporters.", "en")
    assert names.get("Arlo Pemberton", ("PERSON", None))[1] is None


@pytest.mark.parametrize("lang,text,name,country", [
    # heads of state and government of 2024-2026 named with no country in the sentence
    ("en", "Mozambique's neighbour hosted Daniel Chapo and Peter Mutharika on Friday.",
     "Daniel Chapo", "MOZ"),
    ("fr", "Mahama a reçu Boakai à Accra.", "Joseph Boakai", "LBR"),
    ("en", "Dbeibah met Menfi in Tripoli.", "Abdul Hamid Dbeibah", "LBY"),
])
def test_heads_of_state_carry_their_country(models, lang, text, name, country):
    assert found(models[lang], text, lang).get(name) == ("PERSON", country)


def test_a_common_word_surname_is_not_linked(nlp_fr):
    # "Bio", "Boko", "Talon" are words or other names: only the full name links
    names = found(nlp_fr, "Le talon d'Achille de Boko Haram reste la logistique.", "fr")
    assert "Duma Boko" not in names and "Patrice Talon" not in names
