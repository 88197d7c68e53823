"""A listed person's bare surname inside another person's name is that other person
("Colin Powell" is not Jerome Powell); representatives are titles and acting nouns; a
bare "Senate" in English copy is the story's country's, not France's."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def actors(nlp, text, lang):
    return {m.actor.name: m.actor for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,person,not_them", [
    ("en", "Colin Powell died in 2021.", "Colin Powell", "Jerome Powell"),
    ("en", "Jonathan Powell asked for a meeting.", "Jonathan Powell", "Jerome Powell"),
    ("fr", "Brigitte Macron a visité l'école.", "Brigitte Macron", "Emmanuel Macron"),
])
def test_another_given_name_is_another_person(nlp_fr, nlp_en, lang, text, person, not_them):
    found = actors(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert person in found and not_them not in found


@pytest.mark.parametrize("lang,text,person", [
    ("en", "Powell said rates would stay on hold.", "Jerome Powell"),
    ("en", "Jerome Powell said rates would stay on hold.", "Jerome Powell"),
    ("en", "President Donald J. Trump spoke on Tuesday.", "Donald Trump"),
    ("fr", "Le président Macron a reçu Volodymyr Zelensky.", "Emmanuel Macron"),
])
def test_the_listed_person_still_matches(nlp_fr, nlp_en, lang, text, person):
    assert person in actors(nlp_fr if lang == "fr" else nlp_en, text, lang)


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Le représentant britannique Jonathan Powell a demandé une réunion.",
     ("Jonathan Powell", "GBR")),
    ("fr", "Au Conseil de sécurité, le représentant britannique a demandé une réunion.",
     ("United Kingdom", "GBR")),
    ("en", "The British representative asked for an emergency meeting.",
     ("United Kingdom", "GBR")),
])
def test_a_representative_with_a_demonym(nlp_fr, nlp_en, lang, text, expected):
    found = actors(nlp_fr if lang == "fr" else nlp_en, text, lang)
    name, country = expected
    assert found[name].country_code == country


@pytest.mark.parametrize("lang,text,chamber,country", [
    ("en", "The United States said it would act. The Senate voted 49-51 against the "
           "resolution, and Washington officials said the United States would not back down.",
     "Senate", "USA"),
    ("en", "In the Philippines, the Senate opened an inquiry, and Manila said the Philippines "
           "would protest.", "Senate", "PHL"),
    ("en", "The Senate voted 49-51 against the resolution.", "Senate", None),
    ("fr", "Le Sénat a adopté le texte mardi.", "Senate", "FRA"),
])
def test_a_bare_chamber_in_english_is_the_storys_country(nlp_fr, nlp_en, lang, text, chamber,
                                                          country):
    found = actors(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert found[chamber].country_code == country
