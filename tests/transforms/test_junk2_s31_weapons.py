"""A weapon's name before its class noun with modifiers between ("the Halberd mobile
missile launchers", "le système antimissile Halberd") is the weapon, no actor
(eval/README.md, "Actors": things are no actors); a country there stays itself."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(nlp, text, lang):
    return {m.actor.name for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,thing", [
    ("en", "The marines will move their Halberd mobile missile launchers to the northern "
           "islands next month, officials said.", "Halberd"),
    ("en", "A Korvan medium-range missile system arrived in Poland last spring despite "
           "objections from Moscow.", "Korvan"),
    ("fr", "L'armée a déployé ses lanceurs mobiles Halberd sur les îles du nord, selon "
           "Varsovie.", "Halberd"),
    ("fr", "Le système antimissile Korvan est arrivé en Pologne au printemps.", "Korvan"),
])
def test_a_weapon_name_with_modifiers_before_its_noun_is_no_actor(nlp_fr, nlp_en, lang,
                                                                   text, thing):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert thing not in names(nlp, text, lang)


def test_a_country_before_missile_words_stays(nlp_en):
    text = "North Korea fired two ballistic missiles on Monday, Japan said."
    found = names(nlp_en, text, "en")
    assert "North Korea" in found and "Japan" in found


def test_a_weapon_after_a_country_abbreviation_is_no_body(nlp_en):
    text = ("The U.S. Korvan medium-range missile system, flown to Manila last year, "
            "stays on the island, Beijing said.")
    found = names(nlp_en, text, "en")
    assert not any("Korvan" in name for name in found)
    assert "United States" in found


def test_a_known_maker_before_weapon_words_stays(nlp_en):
    text = "Germany ordered more Rheinmetall air-defence systems on Tuesday."
    assert "Rheinmetall" in names(nlp_en, text, "en")
