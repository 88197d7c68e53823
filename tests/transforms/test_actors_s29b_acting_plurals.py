"""A demonym on people or bodies acting for a state is the state, in the plural too:
delegations, embassies, officers and instructors are listed beside their singulars or
siblings ("delegation", "embassy", "soldiers"), so "Pakistani and Afghan delegations"
give both countries as "a Pakistani delegation" gives one."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def countries(models, lang, text):
    return {name for _, name, kind, _ in actors(models, lang, text) if kind == "COUNTRY"}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ethiopian and Eritrean delegations met in Nairobi on Thursday.",
     {"Ethiopia", "Eritrea"}),
    ("en", "Guards stood outside the Iranian and Saudi embassies after the talks.",
     {"Iran", "Saudi Arabia"}),
    ("en", "Several Turkish officers were seen at the base last month.", {"Turkey"}),
    ("en", "Chinese instructors trained the new coast guard units.", {"China"}),
    ("fr", "Les délégations éthiopienne et érythréenne se sont retrouvées à Nairobi.",
     {"Ethiopia", "Eritrea"}),
    ("fr", "Les ambassades iraniennes ont fermé leurs portes pendant trois jours.", {"Iran"}),
    ("fr", "Des officiers turcs ont été aperçus sur la base le mois dernier.", {"Turkey"}),
    ("fr", "Des instructeurs chinois forment les nouvelles unités de garde-côtes.", {"China"}),
])
def test_a_demonym_on_plural_envoys_and_officers_is_the_state(models, lang, text, expected):
    assert expected <= countries(models, lang, text)


@pytest.mark.parametrize("lang,text,country", [
    ("en", "Talks on Ethiopian grain exports resumed on Thursday.", "Ethiopia"),
    ("fr", "Les exportations de céréales éthiopiennes ont repris jeudi.", "Ethiopia"),
])
def test_a_demonym_on_things_is_still_no_state(models, lang, text, country):
    assert country not in countries(models, lang, text)


@pytest.mark.parametrize("text", [
    "La marine srilankaise a arrêté douze pêcheurs au large de Jaffna.",
    "Les autorités srilankaises ont relâché les bateaux saisis.",
])
def test_sri_lankan_written_without_its_hyphen_is_sri_lanka(models, text):
    # French copy writes the demonym both ways ("sri-lankais", "srilankais").
    assert "Sri Lanka" in countries(models, "fr", text)
