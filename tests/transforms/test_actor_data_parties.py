"""Parties in power or in opposition in 2024-2026 that wire copy names without their
country (transforms/data/organisations.json)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(nlp, text, lang):
    return {m.actor.name: m.actor.country_code for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,name,code", [
    ("en", "The ruling Chama Cha Mapinduzi won 98 percent of the seats.", "Chama Cha Mapinduzi", "TZA"),
    ("fr", "Le PDCI a boycotté le scrutin, tandis que le RHDP a revendiqué la victoire.",
     "Democratic Party of Côte d'Ivoire", "CIV"),
    ("fr", "Le Frelimo, au pouvoir depuis 1975, a rejeté les accusations.", "Frelimo", "MOZ"),
    ("en", "Pheu Thai lost a no-confidence vote to Bhumjaithai.", "Bhumjaithai", "THA"),
])
def test_a_party_gives_its_country(models, lang, text, name, code):
    assert found(models[lang], text, lang).get(name) == code


@pytest.mark.parametrize("lang,text,name", [
    # acronyms other fields use are left out: purchasing power parity, nuclear power plants
    ("en", "GDP measured at PPP rose 3 percent.", "People Power Party"),
    ("en", "The NPP at Zaporizhzhia lost power.", "New Patriotic Party"),
])
def test_ambiguous_acronyms_are_not_parties(models, lang, text, name):
    assert name not in found(models[lang], text, lang)


@pytest.mark.parametrize("lang,text,name,code", [
    ("en", "The Moro Islamic Liberation Front said the MILF would disarm.", "Moro Islamic Liberation Front", "PHL"),
    ("fr", "Le réseau Haqqani a été accusé de l'attentat.", "Haqqani network", "AFG"),
    ("fr", "Les insurgés d'Ahlu Sunna Wal Jamaa ont attaqué Mocímboa.",
     "Islamic State Mozambique Province", "MOZ"),
])
def test_an_armed_group_gives_its_country(models, lang, text, name, code):
    assert found(models[lang], text, lang).get(name) == code
