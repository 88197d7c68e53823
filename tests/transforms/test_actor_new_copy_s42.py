"""Actor rules from the misses on new copy (dev58, dev59), each a construction true in any
story: a given name machine translation wrote in lowercase before a capitalised surname."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def found(models, lang, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, lang, text)}


@pytest.mark.parametrize("lang,text,person", [
    ("fr", ("« Rien n'a été fait », a déclaré son porte-parole jean-marc Obiang, qui accuse "
            "le gouvernement gabonais de mentir."), "Jean-Marc Obiang"),
    ("fr", ("Le ministre de l'Intérieur, jorge Villca, a déclaré que les primes seraient "
            "examinées."), "Jorge Villca"),
])
def test_a_lowercase_given_name_before_a_surname_is_a_person(models, lang, text, person):
    assert person in {name for name, kind, _ in found(models, lang, text) if kind == "PERSON"}


@pytest.mark.parametrize("lang,text,absent", [
    ("en", "Most workers were paid in cubic metres of timber, said the report.", "Cubic"),
    ("fr", "Les constructeurs honda Vietnam et Toyota sont divisés.", "Honda Vietnam"),
])
def test_lowercase_words_before_a_name_are_no_given_name(models, lang, text, absent):
    # a firm ("Honda Vietnam") may be found; no person of that name
    assert absent not in {name for name, kind, _ in found(models, lang, text) if kind == "PERSON"}


@pytest.mark.parametrize("text,written", [
    ("The quake struck at a depth of 20 km, the U.S. Geological Survey said on Monday.",
     "U.S. Geological Survey"),
    ("The UN Office on Drugs and Crime said seizures had doubled in a year.",
     "UN Office on Drugs and Crime"),
    (("Most plastic is never recycled, according to the Organisation for Economic "
      "Co-operation and Development."), "Organisation for Economic Co-operation and Development"),
])
def test_a_body_goes_by_the_form_the_story_writes(models, text, written):
    assert written in {name for name, _, _ in found(models, "en", text)}


@pytest.mark.parametrize("text,listed", [
    ("The United Nations Security Council met on Tuesday.", "UN Security Council"),
    (("The OECD said growth would slow. The Organisation for Economic Co-operation and "
      "Development cut its forecast."), "OECD"),
])
def test_listed_names_and_written_acronyms_stay(models, text, listed):
    assert listed in {name for name, _, _ in found(models, "en", text)}


@pytest.mark.parametrize("lang,text,firm", [
    ("en", "He said Tema, the army's bottled-water company, would be listed next year.", "Tema"),
    ("en", "Shares in Kisumu, the state's fuel station chain, rose on Monday.", "Kisumu"),
    ("fr", "Il a indiqué que Sfax, la compagnie publique de transport, serait vendue.", "Sfax"),
])
def test_a_firm_named_like_a_town_is_a_firm(models, lang, text, firm):
    assert (firm, "ORGANIZATION") in {(name, kind) for name, kind, _ in found(models, lang, text)}


@pytest.mark.parametrize("lang,text,place", [
    ("en", "In Mombasa, the company said on Monday, dock workers walked out.", "Mombasa"),
    ("en", "Leaders met in Geneva, the group's seat, on Tuesday.", "Geneva"),
])
def test_a_town_before_a_clause_or_a_seat_stays_a_town(models, lang, text, place):
    assert (place, "LOCATION") in {(name, kind) for name, kind, _ in found(models, lang, text)}


@pytest.mark.parametrize("lang,text,person", [
    ("fr", "« C'est inacceptable », a déclaré son directeur généralSean O’Brien, mardi.",
     "Sean O’Brien"),
    ("en", "The airline's chief executiveSean O'Brien said fares would rise.", "Sean O'Brien"),
])
def test_a_glued_given_name_before_an_elided_surname(models, lang, text, person):
    assert person in {name for name, kind, _ in found(models, lang, text) if kind == "PERSON"}


@pytest.mark.parametrize("lang,text,person", [
    ("fr", ("Le gouvernement togolais a rejeté les accusations de Marc Janssens, porte-parole "
            "du parquet fédéral belge, qui visait le port de Lomé."), ("Marc Janssens", "BEL")),
    ("en", ("The Togolese government rejected claims by Marc Janssens, a spokesman for the "
            "Belgian federal prosecutor, that its port was lax."), ("Marc Janssens", "BEL")),
])
def test_the_demonym_of_the_body_an_official_serves_is_his(models, lang, text, person):
    assert person in {(name, country) for name, kind, country in found(models, lang, text)
                      if kind == "PERSON"}
