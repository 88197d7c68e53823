"""Words that are no towns although the gazetteer holds a place of that name somewhere:
idioms named after a person or town ("des cocktails Molotov", "le talon d'Achille",
non_actors._FIXED_PHRASES), and a capitalised adjective whose name runs on in lowercase
after a noun of place ("la province des Petites îles de la Sonde",
places.introduced_places)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(nlp, text, lang):
    return {m.actor.name for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Des jeunes masqués ont jeté des cocktails Molotov sur les gendarmes devant la "
           "préfecture.", "Molotov"),
    ("fr", "La dette des compagnies publiques reste le talon d'Achille du budget, selon "
           "l'agence Xinhua.", "Achille"),
    ("fr", "La dette reste le talon d’Achille du budget.", "Achille"),
    ("en", "Rioters hurled Molotov cocktails at the riot police outside parliament.", "Molotov"),
    ("fr", "Le gouverneur de la province des Petites îles de la Sonde orientales a visité le "
           "port.", "Petites"),
])
def test_a_common_word_is_no_town(nlp_fr, nlp_en, lang, text, word):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert word not in names(nlp, text, lang)


@pytest.mark.parametrize("lang,text,town", [
    ("fr", "Les blindés sont arrivés à Kramatorsk dans la nuit.", "Kramatorsk"),
    ("en", "Fighting resumed near Pokrovsk on Sunday.", "Pokrovsk"),
    ("fr", "Les combats ont repris dans la région de Kharkiv mardi.", "Kharkiv"),
])
def test_a_town_named_as_such_stays(nlp_fr, nlp_en, lang, text, town):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert town in names(nlp, text, lang)
