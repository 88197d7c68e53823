"""Session 34: the first word of a crosshead in sentence case ("Appels à la retenue") is
capitalised by its place on the line, not because it names anything: a common word there
is no hamlet of that name. A city opening a crosshead stays a place."""
from __future__ import annotations

from transforms.actors import find_actors


def names(models, lang, text):
    return {m.actor.name for m in find_actors(models[lang](text), lang)}


def test_a_common_word_opening_a_crosshead_is_no_town(models):
    text = ("Les observateurs ont salué un scrutin calme.\nAppels à la retenue\n"
            "La mission de l'Union africaine a demandé aux candidats d'attendre les résultats.")
    assert "Appels" not in names(models, "fr", text)


def test_a_city_opening_a_crosshead_stays_a_place(models):
    text = "Le calme est revenu dans l'ouest.\nKharkiv sous les bombes\nLes frappes ont repris."
    assert "Kharkiv" in names(models, "fr", text)
