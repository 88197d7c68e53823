"""New copy (dev26-dev29 style): words of an office are no body ("U.S. Energy Secretary X",
"French Armed Forces Minister X") nor a capitalised office adjective a region ("Federal
Prosecutor X"); a plant or a product NER reads as a person is no one ("the Fukushima
Daiichi plant", "the Pleiades Neo design"); a body French writes in lowercase before its
bracketed acronym is the dictionary's body ("la compagnie nationale de pétrole (NOC)");
and bodies any copy names, with their French forms."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def found(models, lang, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, lang, text)}


def names(models, lang, text):
    return {name for _, name, _, _ in actors(models, lang, text)}


@pytest.mark.parametrize("text,office", [
    ("U.S. Energy Secretary Chris Wright urged Tokyo to buy more gas.", "U.S. Energy"),
    ("The deal was signed before French Armed Forces Minister Catherine Vautrin.",
     "French Armed Forces"),
])
def test_an_office_before_a_name_is_no_body(models, text, office):
    assert office not in names(models, "en", text)


def test_a_capitalised_office_adjective_is_no_region(models):
    got = found(models, "en", "The court sat in Brussels. Federal Prosecutor Ann Peeters "
                               "said the plot had failed.")
    assert ("Ann Peeters", "PERSON", "ARG") not in got


@pytest.mark.parametrize("text,thing", [
    ("Engineers inspected the Fukushima Daiichi plant again on Monday.", "Fukushima Daiichi"),
    ("The satellites use the Pleiades Neo design, the company said.", "Pleiades Neo"),
])
def test_a_plant_or_a_design_is_no_person(models, text, thing):
    got = found(models, "en", text)
    assert not any(name == thing and kind == "PERSON" for name, kind, _ in got)


@pytest.mark.parametrize("text,body,country", [
    ("Côté libyen, la compagnie nationale de pétrole (NOC) a relevé sa production. La NOC "
     "vise 1,6 million de barils.", "National Oil Corporation", "LBY"),
    ("L'Autorité de l'aviation civile du Népal (CAAN) a interdit de vol deux appareils.",
     "Civil Aviation Authority of Nepal", "NPL"),
    ("Le Bureau d'enquêtes et d'analyses (BEA) a récupéré les deux boîtes noires.", "BEA", "FRA"),
    ("Selon l'Initiative égyptienne pour les droits personnels (EIPR), trois détenus jeûnent.",
     "Egyptian Initiative for Personal Rights", "EGY"),
    ("Les Forces de défense de Papouasie-Nouvelle-Guinée ont dépêché des hélicoptères.",
     "Papua New Guinea Defence Force", "PNG"),
    ("Les Forces de défense du peuple sud-soudanais (SSPDF) ont repris la ville.",
     "South Sudan People's Defence Forces", "SSD"),
])
def test_bodies_french_copy_names(models, text, body, country):
    got = found(models, "fr", text)
    assert any(name == body and code == country for name, _, code in got), got
    assert "NOC" not in {name for name, _, _ in got}


@pytest.mark.parametrize("text,group", [
    ("Les Brigades du Hezbollah ont refusé de rendre leurs armes.", "Kataib Hezbollah"),
    ("La faction Kataeb Sayyid al-Chouhada a remis une partie de ses armes.",
     "Kataib Sayyid al-Shuhada"),
])
def test_iraqi_factions_in_french(models, text, group):
    assert (group, "GROUP", "IRQ") in found(models, "fr", text)
