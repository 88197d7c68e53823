"""Unknown people whose last word carries the glued start of the next French word, as
machine translation leaves it: an elision ("Ndiayel'accord", "Okaford'« agir »") or the
auxiliary of a compound past ("Kamarova annoncé"). The name is cut back, never kept with
the glue (transforms/actor_rules/glued_tails.cut_glued_person_tails)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(nlp, text, lang):
    return {m.actor.name for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("text,glued,name", [
    ("Selon le communiqué signé par le ministre des Finances Aminata Bintou Ndiayel'accord "
     "entrera en vigueur en mars.", "Ndiayel", "Aminata Bintou Ndiaye"),
    ("Le gouvernement a accusé les partisans de l'ancien président Joseph Okaford'« semer "
     "le désordre » dans la capitale.", "Okaford", "Joseph Okafor"),
    ("Le ministre de l'Intérieur, Pedro Alvarez Montoyaa annoncé jeudi l'envoi de 800 "
     "policiers dans le nord.", "Montoyaa", "Pedro Alvarez Montoya"),
])
def test_a_glued_french_word_start_is_cut_from_an_unknown_name(nlp_fr, text, glued, name):
    found = names(nlp_fr, text, "fr")
    assert not any(glued in n for n in found), found
    assert name in found, found


@pytest.mark.parametrize("text,name", [
    # a name that ends in "a" before a participle qualifying it, not a lost auxiliary
    ("Le président Antonio Mendoza Silva, élu en 2024, a rencontré les syndicats.",
     "Antonio Mendoza Silva"),
    ("Le ministre Pedro Alvarez Montoya a annoncé jeudi un plan de relance.",
     "Pedro Alvarez Montoya"),
])
def test_names_ending_like_the_glue_stay_whole(nlp_fr, text, name):
    assert name in names(nlp_fr, text, "fr")


def test_the_cut_name_is_the_known_person(nlp_fr):
    text = ("Le président a critiqué l'ancien président Evo Moralesd'« encourager les "
            "blocages » dans le pays.")
    found = names(nlp_fr, text, "fr")
    assert not any(n.endswith("Moralesd") for n in found), found
