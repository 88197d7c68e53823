"""Parties in power or in opposition in 2024-2026 that wire copy names without their
country (transforms/data/organisations.json)."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import country_by_name


@pytest.mark.parametrize("lang,text,name,code", [
    ("en", "The ruling Chama Cha Mapinduzi won 98 percent of the seats.", "Chama Cha Mapinduzi", "TZA"),
    ("fr", "Le PDCI a boycotté le scrutin, tandis que le RHDP a revendiqué la victoire.",
     "Democratic Party of Côte d'Ivoire", "CIV"),
    ("fr", "Le Frelimo, au pouvoir depuis 1975, a rejeté les accusations.", "Frelimo", "MOZ"),
    ("en", "Pheu Thai lost a no-confidence vote to Bhumjaithai.", "Bhumjaithai", "THA"),
])
def test_a_party_gives_its_country(models, lang, text, name, code):
    assert country_by_name(models[lang], text, lang).get(name) == code


@pytest.mark.parametrize("lang,text,name", [
    # acronyms other fields use are left out: purchasing power parity, nuclear power plants
    ("en", "GDP measured at PPP rose 3 percent.", "People Power Party"),
    ("en", "The NPP at Zaporizhzhia lost power.", "New Patriotic Party"),
])
def test_ambiguous_acronyms_are_not_parties(models, lang, text, name):
    assert name not in country_by_name(models[lang], text, lang)


@pytest.mark.parametrize("lang,text,name,code", [
    ("en", "The Moro Islamic Liberation Front said the MILF would disarm.", "Moro Islamic Liberation Front", "PHL"),
    ("fr", "Le réseau Haqqani a été accusé de l'attentat.", "Haqqani network", "AFG"),
    ("fr", "Les insurgés d'Ahlu Sunna Wal Jamaa ont attaqué Mocímboa.",
     "Islamic State Mozambique Province", "MOZ"),
])
def test_an_armed_group_gives_its_country(models, lang, text, name, code):
    assert country_by_name(models[lang], text, lang).get(name) == code


@pytest.mark.parametrize("lang,text,name,code", [
    # international bodies keep no country, whatever the story's country
    ("en", "Human Rights Watch urged FIFA to act before the World Cup in the United States.", "FIFA", None),
    ("fr", "Le CIO et l'Agence mondiale antidopage (AMA) ont réagi.", "World Anti-Doping Agency", None),
    ("fr", "L'accès à internet a été perturbé, a indiqué l'observatoire NetBlocks.", "NetBlocks", "GBR"),
])
def test_international_bodies_and_monitors(models, lang, text, name, code):
    found_names = country_by_name(models[lang], text, lang)
    assert name in found_names and found_names[name] == code


@pytest.mark.parametrize("lang,text,name", [
    # acronyms that name other things in other copy are left out
    ("en", "The company's CIO said the BIS export rules and the BRI loans weigh on sales.",
     "International Olympic Committee"),
    ("en", "The company's CIO said the BIS export rules and the BRI loans weigh on sales.",
     "Bank for International Settlements"),
])
def test_colliding_acronyms_are_not_these_bodies(models, lang, text, name):
    assert name not in country_by_name(models[lang], text, lang)
