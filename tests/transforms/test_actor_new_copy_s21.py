"""Actor rules from the misses on new copy (dev23 style): a body whose full name holds a
shorter known one, weapons named like bodies, crossheads in capitals, another state's
Congress, photo credits, a capital asked or vetoing, a bare emblem after a national
society."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def found(models, lang, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, lang, text)}


def names(models, lang, text):
    return {name for _, name, _, _ in actors(models, lang, text)}


@pytest.mark.parametrize("lang,text,body,shorter", [
    ("en", "The United Nations Assistance Mission in Afghanistan said on Monday that dozens "
     "of civilians were hurt.", ("United Nations Assistance Mission in Afghanistan",
                                 "ORGANIZATION", None), "United Nations"),
    ("en", "Glencore Trading Group said the cargo had been delayed.",
     ("Glencore Trading Group", "ORGANIZATION", "CHE"), "Glencore"),
    ("en", "Engineers from the Institut Pasteur de Madagascar took samples in Toamasina.",
     ("Institut Pasteur de Madagascar", "ORGANIZATION", "MDG"), "Institut Pasteur"),
])
def test_a_longer_body_name_holds_a_known_one(models, lang, text, body, shorter):
    got = found(models, lang, text)
    assert body in got
    assert shorter not in {name for name, _, _ in got}


def test_a_body_every_state_has_keeps_its_own_rule(models):
    got = names(models, "en", "The Central Election Commission of Georgia published results "
                              "as Tbilisi and Batumi waited.")
    assert not any(name.endswith("of Georgia") for name in got)


@pytest.mark.parametrize("lang,text,weapon", [
    ("en", "Moscow showed the Sarmat intercontinental ballistic missile and the Kinzhal "
     "hypersonic missile at the parade.", "Sarmat"),
    ("en", "Iran unveiled the Arash suicide drone on state television.", "Arash"),
    ("fr", "Ankara a livré douze drones Akinci et des avions de combat Hurjet au Pakistan.",
     "Akinci"),
])
def test_a_weapon_model_is_no_actor(models, lang, text, weapon):
    assert not any(weapon in name for name in names(models, lang, text))


def test_a_known_group_before_a_weapon_noun_stays(models):
    assert "Hezbollah" in names(models, "en", "The army said a Hezbollah drone hit a house.")


def test_a_crosshead_in_capitals_names_only_known_actors(models):
    text = ("The talks ended on Friday.\n\nBEIJING KEEPS THE DOOR OPEN\n\nChina's foreign "
            "ministry said it would study the offer.")
    got = names(models, "en", text)
    assert "China" in got
    assert not {"DOOR", "OPEN", "THE DOOR OPEN"} & got


@pytest.mark.parametrize("text,body,code", [
    ("Spain's Congress approved the budget on Thursday.", "Congress of Deputies", "ESP"),
    ("Colombia's Congress rejected the labour reform.", "Congress", "COL"),
])
def test_another_states_congress_is_not_the_us_congress(models, text, body, code):
    got = found(models, "en", text)
    assert (body, "ORGANIZATION", code) in got
    assert "United States Congress" not in {name for name, _, _ in got}


@pytest.mark.parametrize("lang,text,agency", [
    ("fr", "Des manifestants à Lomé, le 3 mai 2026. (Photo AFP)", "AFP"),
    ("en", "Smoke rises over the port, in an image released by the navy. (Navy via AP)",
     "Associated Press"),
])
def test_a_photo_credit_is_no_actor(models, lang, text, agency):
    assert agency not in names(models, lang, text)


def test_the_agency_named_in_the_story_is_the_associated_press(models):
    got = names(models, "en", "At least 30 ships were hit this year, according to an AP "
                              "count.")
    assert "Associated Press" in got and "AP" not in got


@pytest.mark.parametrize("text,country", [
    ("Le gouverneur a demandé à Ottawa des renforts de l'armée.", "Canada"),
    ("Le contrat reste exposé à un veto de Washington, selon des analystes.", "United States"),
])
def test_a_capital_asked_or_vetoing_is_its_government(models, text, country):
    assert country in names(models, "fr", text)


def test_a_bare_emblem_after_a_national_society_is_that_society(models):
    got = found(models, "fr", "La Croix-Rouge belge a ouvert des centres d'accueil à Liège. "
                              "La Croix-Rouge a aussi lancé un appel aux dons.")
    assert ("Belgian Red Cross", "ORGANIZATION", "BEL") in got
    assert "International Committee of the Red Cross" not in {name for name, _, _ in got}


def test_a_lowercase_demonym_police_is_the_country(models):
    got = names(models, "fr", "La police fédérale belge a saisi deux tonnes de cocaïne à Anvers.")
    assert "Belgium" in got and "Belgian Federal Police" not in got
