"""Classes of organisations wires cite as sources, listed in organisations.json: data,
analytics and tracking firms, economics consultancies, insurers and brokers, think
tanks and monitors, with the country of their seat."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import country_by_name


@pytest.mark.parametrize("lang,text,name,country", [
    ("en", "Shipments fell 12 percent, according to Kpler.", "Kpler", "FRA"),
    ("en", "Tanker tracking by Vortexa showed a rise.", "Vortexa", "GBR"),
    ("en", "Prices tripled, Benchmark Mineral Intelligence said.", "Benchmark Mineral Intelligence", "GBR"),
    ("en", "Hiscox and Beazley raised war-risk premiums.", "Beazley", "GBR"),
    ("en", "A report by Bruegel found the plan too small.", "Bruegel", "BEL"),
    ("en", "Analysts at Capital Economics expect a cut.", "Capital Economics", "GBR"),
    ("en", "The Konrad Adenauer Foundation funded the survey.", "Konrad Adenauer Foundation", "DEU"),
    ("en", "The Digital Forensic Research Lab traced the network.", "Digital Forensic Research Lab", "USA"),
    ("fr", "Selon Rystad Energy, la production baissera.", "Rystad Energy", "NOR"),
    ("fr", "L'assureur Covéa a publié ses comptes.", "Covéa", "FRA"),
    ("fr", "Une note de l'Institut Montaigne le confirme.", "Institut Montaigne", "FRA"),
    ("fr", "Selon le RUSI, Moscou a perdu 400 chars.", "RUSI", "GBR"),
    ("fr", "Les données du CREA montrent une hausse.", "Centre for Research on Energy and Clean Air", "FIN"),
])
def test_cited_firms_and_institutes_are_known(nlp_fr, nlp_en, lang, text, name, country):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert country_by_name(nlp, text, lang).get(name) == country


@pytest.mark.parametrize("text,word", [
    ("A single ember started the fire near the marsh.", "Ember"),       # common words, lowercase
    ("Stephen Marsh and Bruce Willis attended.", "Marsh McLennan"),     # surnames, no firm
    ("The crew sailed past the Windward coast at a counterpoint.", "Counterpoint Research"),
])
def test_common_words_and_surnames_are_no_firm(nlp_en, text, word):
    assert word not in country_by_name(nlp_en, text, "en")


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Les dirigeants de la CARICOM ont soutenu Georgetown.", "CARICOM"),
    ("fr", "La CEEAC et l'UEMOA ont tenu un sommet a Libreville.", "ECCAS"),
    ("en", "IGAD mediators met in Addis Ababa.", "IGAD"),
    ("en", "The OPCW said chlorine was used.", "Organisation for the Prohibition of Chemical Weapons"),
])
def test_regional_bodies_are_international(nlp_fr, nlp_en, lang, text, name):
    nlp = nlp_fr if lang == "fr" else nlp_en
    names = country_by_name(nlp, text, lang)
    assert name in names and names[name] is None


@pytest.mark.parametrize("lang,text,name,country", [
    ("fr", "Le Commandement Sud des Etats-Unis a mené des exercices.", "US Southern Command", "USA"),
    ("fr", "La Force de défense du Guyana a ouvert deux postes.", "Guyana Defence Force", "GUY"),
    ("en", "The SANDF deployed troops to the border.", "South African National Defence Force", "ZAF"),
])
def test_defence_forces_and_commands_are_bodies(nlp_fr, nlp_en, lang, text, name, country):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert country_by_name(nlp, text, lang).get(name) == country


def test_another_country_s_cyber_command_is_not_the_us_one(nlp_en):
    assert "US Cyber Command" not in country_by_name(
        nlp_en, "France's Cyber Command said it was ready.", "en")
