"""Session 36: long body names the small model cuts, and regions of several words used as
adjectives.

- "the Ministry of Energy | and Mines", "the High Military Command | for the Restoration of
  Order": the body's whole name, not the part NER kept ("and Minister X" or a country after
  "and" is no part of it);
- "Gulf of Guinea states": a region of several words read as an adjective takes the
  country inside it along ("Guinea" is no actor).
"""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(models, lang, text):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(models[lang](text), lang)}


def names(models, lang, text):
    return {name for name, _, _ in found(models, lang, text)}


@pytest.mark.parametrize("text,body", [
    ("The Ministry of Energy and Mines said copper output fell in March.",
     "Ministry of Energy and Mines"),
    ("The High Military Command for the Restoration of Order said it ruled the country.",
     "High Military Command for the Restoration of Order"),
])
def test_a_long_body_name_is_read_whole(models, text, body):
    assert body in names(models, "en", text)


def test_a_country_after_and_is_no_part_of_the_name(models):
    got = names(models, "en", "The Ministry of Defence and Russia's army agreed on a truce.")
    assert "Russia" in got
    assert not any("Russia" in name and name != "Russia" for name in got)


def test_a_minister_after_and_is_no_part_of_the_name(models):
    got = found(models, "en", "The Ministry of Health and Minister Grace Osei signed the plan.")
    assert not any(name.endswith("Minister") for name, _, _ in got)


def test_a_region_used_as_an_adjective_takes_its_country_along(models):
    got = found(models, "en", "The prime minister called on Gulf of Guinea states to act "
                              "together against piracy.")
    assert not any(kind == "COUNTRY" for _, kind, _ in got)

