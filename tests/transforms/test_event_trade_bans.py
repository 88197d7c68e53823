"""A ban on trade is a SANCTION, not a COERCE ("a interdit à la filiale de réexporter", "banned
exports of gallium"); trade restrictions named with who imposed them are sanctions too.
Each rule: positive and negative."""
import pytest

from tests.transforms.mentions import coded_with


def _events(models, lang, text, names):
    """(type, source) with each listed name as a country."""
    named = [(name, "COUNTRY") for name in names]
    return [(kind, source) for kind, source, _ in coded_with(models, lang, text, named)]


@pytest.mark.parametrize("lang, text, names, expected", [
    ("fr", "En représailles, Pékin a interdit à la filiale chinoise, qui assemble 70 % de ses "
           "puces, de réexporter sa production.", ["Pékin"], ("SANCTION", "Pékin")),
    ("fr", "Les puces, dont les exportations sont bloquées par Pékin depuis octobre, manquent.",
     ["Pékin"], ("SANCTION", "Pékin")),
    ("en", "China banned exports of gallium to the United States on Tuesday.",
     ["China", "United States"], ("SANCTION", "China")),
    ("fr", "Le dossier s'ajoute aux restrictions annoncées le 9 octobre par Pékin sur les "
           "terres rares.", ["Pékin"], ("SANCTION", "Pékin")),
])
def test_trade_ban_is_a_sanction(models, lang, text, names, expected):
    assert expected in _events(models, lang, text, names)


@pytest.mark.parametrize("lang, text, names", [
    ("fr", "La police a interdit la manifestation devant l'ambassade de Chine.", ["Chine"]),
    ("fr", "Les agriculteurs ont bloqué les exportations de céréales vers l'Espagne.",
     ["Espagne"]),
    ("fr", "Les restrictions sanitaires ont été levées en mai.", []),
    ("en", "Police banned the march in London.", ["London"]),
])
def test_no_sanction_without_trade_or_an_imposer(models, lang, text, names):
    assert all(t != "SANCTION" for t, _ in _events(models, lang, text, names))


@pytest.mark.parametrize("text, names, expected", [
    ("Les sanctions de l'ONU sont de nouveau en vigueur depuis le 28 septembre.", ["ONU"],
     ("SANCTION", "ONU", None)),
    ("Les sanctions de l'UE contre la Russie pèsent sur l'économie.", ["UE", "Russie"],
     ("SANCTION", "UE", "Russie")),
    ("L'Union europeenne a ensuite reintroduit ses propres mesures contre l'Iran.",
     ["Union europeenne", "Iran"], ("SANCTION", "Union europeenne", "Iran")),
])
def test_sanction_imposer_after_de_and_reimposed_measures(models, text, names, expected):
    named = [(name, "ORGANIZATION") for name in names]
    assert expected in coded_with(models, "fr", text, named)


def test_sanctions_against_someone_have_no_imposer(models):
    assert _events(models, "fr", "Les sanctions contre la Russie pèsent sur l'économie.",
                   ["Russie"]) == []
    # a place after "de" is whom the sanctions hit, never who imposed them
    assert ("SANCTION", "Crimée") not in _events(
        models, "fr", "Les sanctions de la Crimée pèsent.", [])
