"""Courts and commissions every state has take the article's state
(context_country.STATE_BODIES); laws and French fixed phrases named after people or
towns are no actors (non_actors._LAW_LEADS, _LAW_TAILS, _FIXED_PHRASES); world regions
are one place with their compass word (build_countries.REGIONS)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(nlp, text, lang):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,body", [
    ("fr", "Au Malawi, la Cour constitutionnelle a validé mardi les résultats du scrutin.",
     ("Constitutional Court", "ORGANIZATION", "MWI")),
    ("fr", "Le Cameroun attend les résultats. La Cour suprême doit les proclamer sous huit "
     "jours au Cameroun, selon le Cameroun.", ("Supreme Court", "ORGANIZATION", "CMR")),
    ("fr", "Au Népal, la Commission électorale a fixé le scrutin au 5 mars.",
     ("Election Commission", "ORGANIZATION", "NPL")),
    ("en", "In Kenya, the Supreme Court annulled the vote on Friday.",
     ("Supreme Court", "ORGANIZATION", "KEN")),
])
def test_a_state_body_takes_the_state_of_its_story(models, lang, text, body):
    assert body in found(models[lang], text, lang)


def test_a_state_body_without_a_state_stays_unknown(nlp_fr):
    text = "La Cour suprême a rejeté le recours, ont indiqué les avocats."
    assert ("Supreme Court", "ORGANIZATION", None) in found(nlp_fr, text, "fr")


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "L'abrogation de la loi César ouvre la voie aux investissements.", "César"),
    ("fr", "Le décret Crémieux a été cité par l'historien.", "Crémieux"),
    ("en", "The repeal of the Caesar Act opens the way to investment.", "Caesar"),
    ("fr", "Il est arrivé avec le garde des Sceaux lundi.", "Sceaux"),
    ("fr", "Les exportateurs de coquilles Saint-Jacques craignent des pertes.", "Saint-Jacques"),
    ("fr", "Les commerçants du Grand bazar ont fermé leurs boutiques.", "Grand"),
])
def test_laws_and_fixed_phrases_are_no_actors(models, lang, text, name):
    assert not any(name in actor for actor, _, _ in found(models[lang], text, lang))


@pytest.mark.parametrize("lang,text,actor", [
    ("fr", "La police a arrêté trois hommes à Sceaux, au sud de Paris.",
     ("Sceaux", "LOCATION", "FRA")),
    ("fr", "Le Sénat a adopté la loi portée par la Commission européenne.",
     ("European Commission", "ORGANIZATION", None)),
])
def test_a_town_or_body_outside_those_phrases_stays(models, lang, text, actor):
    assert actor in found(models[lang], text, lang)


@pytest.mark.parametrize("lang,text,region", [
    ("fr", "Les départs depuis l'Afrique du Nord ont doublé cet été.", "North Africa"),
    ("fr", "Il veut éviter une guerre en Amérique du Sud.", "South America"),
    ("en", "Arrivals from North Africa doubled this summer.", "North Africa"),
])
def test_a_world_region_with_its_compass_word_is_one_place(models, lang, text, region):
    actors = found(models[lang], text, lang)
    assert (region, "LOCATION", None) in actors
    assert not {a for a in actors if a[0] in {"Africa", "America"}}


@pytest.mark.parametrize("lang,text,sea", [
    ("fr", "Le pétrolier naviguait sans pavillon dans le golfe de Finlande.", "Gulf of Finland"),
    ("fr", "Le différend sur l'espace aérien en mer Égée n'est pas réglé.", "Aegean Sea"),
    ("fr", "La piraterie a repris dans le golfe de Guinée.", "Gulf of Guinea"),
    ("en", "The tanker was boarded in the Gulf of Finland on Friday.", "Gulf of Finland"),
])
def test_a_sea_named_after_a_country_is_a_sea(models, lang, text, sea):
    actors = found(models[lang], text, lang)
    assert (sea, "LOCATION", None) in actors
    assert not {a for a in actors if a[1] == "COUNTRY"}


def test_a_regional_body_spelled_out_in_french_keeps_its_region_inside(nlp_fr):
    text = ("La Communauté de développement de l'Afrique australe a convoqué un sommet "
            "extraordinaire.")
    actors = found(nlp_fr, text, "fr")
    assert ("Southern African Development Community", "ORGANIZATION", None) in actors
    assert ("Southern Africa", "LOCATION", None) not in actors
