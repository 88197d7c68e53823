"""Generic state bodies take the state the text gives them (transforms/actor_rules/owners.py)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def countries(nlp, text, lang):
    return {(m.actor.name, m.actor.country_code) for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,body,code", [
    ("fr", "Le Conseil constitutionnel camerounais a validé les résultats. Le Conseil "
           "constitutionnel a rejeté tous les recours.", "Constitutional Council", "CMR"),
    ("en", "Norway's Labour Party won re-election in September.", "Labour Party", "NOR"),
    ("en", "Prime Minister Jonas Gahr Store, whose Labour Party won re-election, argued.",
     "Labour Party", "NOR"),
    ("fr", "Le Sénat américain a voté le texte.", "Senate", "USA"),
])
def test_a_qualified_generic_body_takes_that_state(models, lang, text, body, code):
    found = countries(models[lang], text, lang)
    assert (body, code) in found and not any(n == body and c != code for n, c in found)


@pytest.mark.parametrize("lang,text,body,code", [
    # no qualifier: the dictionary's state
    ("fr", "Le Conseil constitutionnel a censuré la loi.", "Constitutional Council", "FRA"),
    # a company named after its owner keeps its seat
    ("en", "Musk's Tesla said sales fell.", "Tesla", "USA"),
    # a demonym on something else, after a comma, is no owner
    ("fr", "Le Conseil constitutionnel, saisi par des députés, a statué.", "Constitutional Council", "FRA"),
])
def test_unqualified_bodies_and_companies_keep_their_country(models, lang, text, body, code):
    assert (body, code) in countries(models[lang], text, lang)


def test_names_with_letters_english_spelling_drops_are_spelt_the_english_way(nlp_fr):
    # the eval normaliser folds accents, not ø or ł: the canonical is the wire spelling
    found = countries(nlp_fr, "Le Premier ministre Jonas Gahr Støre a salué l'accord.", "fr")
    assert ("Jonas Gahr Store", "NOR") in found
