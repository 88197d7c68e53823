"""English lists demonyms before one acting noun ("the French, German and British leaders"):
each is its country, as French lists after the noun already give ("agriculteurs belges,
irlandais et polonais"). Lists on things stay no actor."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(nlp, text):
    return {m.actor.name for m in find_actors(nlp(text), "en")}


@pytest.mark.parametrize("text,countries", [
    ("The French, German and British leaders called for a ceasefire.",
     {"France", "Germany", "United Kingdom"}),
    ("Polish, Czech and Slovak troops joined the exercise on Monday.",
     {"Poland", "Czech Republic", "Slovakia"}),
    ("Dutch, Belgian and Danish diplomats left the talks early.",
     {"Netherlands", "Belgium", "Denmark"}),
])
def test_each_demonym_of_a_list_on_an_acting_noun_is_its_country(nlp_en, text, countries):
    assert countries <= names(nlp_en, text)


@pytest.mark.parametrize("text,country", [
    ("Russian, Chinese and American goods crowded the shelves.", "Russia"),
    ("He spoke French, German and English with the visitors.", "France"),
])
def test_a_list_of_demonyms_on_things_is_no_actor(nlp_en, text, country):
    assert country not in names(nlp_en, text)


@pytest.mark.parametrize("lang,text,countries", [
    ("fr", "Les ministres grec et italien ont protesté contre la décision.", {"Greece", "Italy"}),
    ("fr", "Les ministres russes ont quitté la salle avant le vote.", {"Russia"}),
    ("en", "The Greek, Italian and Maltese interior ministers asked for a fair share.",
     {"Greece", "Italy", "Malta"}),
])
def test_unnamed_ministers_of_a_country_are_the_country(models, lang, text, countries):
    assert countries <= {m.actor.name for m in find_actors(models[lang](text), lang)}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les ministres des Affaires étrangères français et allemand, Jean-Noël Barrot et "
           "Johann Wadephul, sont arrivés à Kiev."),
    ("en", "The French and German foreign ministers, Jean-Noel Barrot and Johann Wadephul, "
           "arrived in Kyiv."),
])
def test_named_ministers_keep_their_demonyms_in_their_titles(models, lang, text):
    found = {m.actor.name for m in find_actors(models[lang](text), lang)}
    assert {"Jean-Noël Barrot", "Johann Wadephul"} <= found
    assert not {"France", "Germany"} & found


@pytest.mark.parametrize("text,countries", [
    ("Les ministres de l'Intérieur grec, italien et maltais ont demandé une répartition.",
     {"Greece", "Italy", "Malta"}),
    ("Les ministres de la Défense français et allemand se sont rencontrés lundi.",
     {"France", "Germany"}),
    # Accented words between the noun and its demonym were never matched (keys are folded).
    ("Les forces de sécurité ukrainiennes ont arrêté un suspect.", {"Ukraine"}),
    ("Des frappes aériennes russes ont visé la ville.", {"Russia"}),
])
def test_french_demonyms_after_a_portfolio_or_an_accented_word(nlp_fr, text, countries):
    assert countries <= {m.actor.name for m in find_actors(nlp_fr(text), "fr")}


def test_a_named_minister_keeps_the_demonym_after_his_portfolio(nlp_fr):
    found = {m.actor.name for m in find_actors(
        nlp_fr("Le ministre de l'Intérieur grec Michalis Chrisochoidis a démissionné."), "fr")}
    assert "Greece" not in found
