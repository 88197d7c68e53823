"""Actor rules from the misses on new copy (dev54, dev55), each a construction true in any
story: a body's long name around a country after "of the", a demonym or a known body;
a place after "in the"; Arabic "Abd" names written in one word."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def found(models, lang, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, lang, text)}


def names(models, lang, text):
    return {name for _, name, _, _ in actors(models, lang, text)}


@pytest.mark.parametrize("text,body", [
    ("The Central Bank of the Philippines said on Monday it would hold rates.",
     ("Central Bank of the Philippines", "ORGANIZATION", "PHL")),
    ("The Central Bank of the Argentine Republic said its governor signed the deal.",
     ("Central Bank of the Argentine Republic", "ORGANIZATION", "ARG")),
])
def test_a_body_of_the_country_is_one_name(models, text, body):
    assert body in found(models, "en", text)


@pytest.mark.parametrize("text,body", [
    ("The Malaysian Medical Council said on Monday it would review the licences.",
     ("Malaysian Medical Council", "ORGANIZATION", "MYS")),
    ("The Spanish National Research Council said the samples were lost.",
     ("Spanish National Research Council", "ORGANIZATION", "ESP")),
])
def test_a_council_a_demonym_opens_is_a_body_of_its_own(models, text, body):
    got = found(models, "en", text)
    assert body in got
    assert body[0].split()[0] not in {name for name, _, _ in got}


@pytest.mark.parametrize("text,body", [
    ("The Trade Bank of Iraq said on Tuesday that it would pay the salaries.",
     ("Trade Bank of Iraq", "ORGANIZATION", "IRQ")),
    ("Iraq's Federal Supreme Court ruled on Tuesday that salaries must be paid.",
     ("Federal Supreme Court", "ORGANIZATION", "IRQ")),
])
def test_a_longer_name_around_a_known_body(models, text, body):
    assert body in found(models, "en", text)


@pytest.mark.parametrize("text,place", [
    ("The strike hit hotels and ski resorts in the Rockies at the start of the season.",
     "Rockies"),
    ("Crossing points will open at Louroujina and in the Kokkina area in the west.", "Kokkina"),
])
def test_a_place_after_in_the(models, text, place):
    assert place in names(models, "en", text)


def test_the_west_after_in_the_is_no_place(models):
    assert "West" not in names(models, "en", "Officials in the West were cautious on Monday.")


def test_an_abd_name_in_one_word_is_no_glue(models):
    got = names(models, "en", "Its chairman, governor AbdulRahman AbdulRazaq, called for talks.")
    assert "AbdulRahman AbdulRazaq" in got


def test_glued_words_stay_glued():
    from transforms.actor_rules.vocab import is_glued
    assert is_glued("presidentMacron") and is_glued("WhiteHouse")
    assert not is_glued("AbdulRahman") and not is_glued("AbdelFattah")


def test_a_name_before_a_facility_after_from_the_is_no_place(models):
    got = names(models, "en", "Doctors marched on Friday from the Garrahan hospital to Congress.")
    assert "Garrahan" not in got


def test_a_firm_read_as_a_person_by_its_last_word(models):
    got = found(models, "fr", "Le repreneur de l'usine, Prony Resources, a annoncé lundi des "
                              "suppressions de postes.")
    assert any(name == "Prony Resources" and kind == "ORGANIZATION" for name, kind, _ in got)


def test_the_trade_representative_office_speaks_for_its_state(models):
    from transforms.actors import find_actors
    from transforms.theme_exchanges import state_side
    doc = models["en"]("The Office of the U.S. Trade Representative said on Wednesday it "
                       "would examine the licence.")
    office = next(m.actor for m in find_actors(doc, "en")
                  if m.actor.name == "Office of the U.S. Trade Representative")
    assert office.country_code == "USA" and state_side(office) == "USA"


def test_a_body_the_model_reads_as_a_law(models):
    got = names(models, "en", "Under the scheme, the Fair Work Ombudsman can fine employers.")
    assert "Fair Work Ombudsman" in got
