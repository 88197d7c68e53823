"""A demonym on private people ("a British couple", "deux femmes françaises") is the
country (eval/README.md: people belonging to a country), and two people sharing one
surname are two people (transforms/actor_rules/vocab.ACTING_NOUNS, shared_surnames.py)."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


@pytest.mark.parametrize("lang,text,country", [
    ("en", "The Taliban freed a British couple in September.", "GBR"),
    ("en", "Two Moldovan men were detained at the border on Friday.", "MDA"),
    ("fr", "Un couple britannique a été libéré samedi.", "GBR"),
    ("fr", "Deux femmes françaises ont été arrêtées à la frontière.", "FRA"),
])
def test_a_demonym_on_private_people_is_the_country(models, lang, text, country):
    found = actors(models, lang, text)
    assert ("COUNTRY", country) in {(t, c) for _, _, t, c in found}


def test_two_given_names_before_one_surname_are_two_people(models):
    found = actors(models, "en", "The Taliban freed a British couple, Peter and Barbie "
                                 "Reynolds, in September.")
    people = {(m, n) for m, n, t, _ in found if t == "PERSON"}
    assert {("Peter", "Peter Reynolds"), ("Barbie Reynolds", "Barbie Reynolds")} <= people


def test_a_known_actor_before_and_is_not_given_a_surname(models):
    names = {n for _, n, _, _ in actors(models, "en", "Sanctions hit Russia and Viktor Orban.")}
    assert "Russia" in names and not any(n.startswith("Russia ") for n in names)


@pytest.mark.parametrize("text,person,country", [
    ("Qatar helped secure the freedom of American George Glezmann in March.", "George Glezmann",
     "USA"),
    ("Texas engineer Daniel Korver, detained in Kabul since December, was freed.",
     "Daniel Korver", "USA"),
    ("Qatar secured the release of a British couple, Peter and Barbie Reynolds, in Kabul.",
     "Barbie Reynolds", "GBR"),
])
def test_a_demonym_or_state_just_before_a_name_gives_its_country(models, text, person, country):
    assert (person, "PERSON", country) in {(n, t, c) for _, n, t, c in actors(models, "en", text)}


def test_a_date_before_a_name_gives_no_country(models):
    found = actors(models, "en", "In March, Peter Smith said the talks in Kabul had failed.")
    assert ("Peter Smith", "PERSON") in {(n, t) for _, n, t, _ in found}
    assert ("Peter Smith", "USA") not in {(n, c) for _, n, _, c in found}


@pytest.mark.parametrize("text,country", [
    ("South Korean officials said the North had not yet deployed new troops.", "KOR"),
    ("South African troops and Sri Lankan workers arrived on Monday.", "ZAF"),
    ("South African troops and Sri Lankan workers arrived on Monday.", "LKA"),
])
def test_a_two_word_demonym_on_acting_people_is_the_country(models, text, country):
    assert ("COUNTRY", country) in {(t, c) for _, _, t, c in actors(models, "en", text)}


def test_a_two_word_demonym_in_a_persons_title_stays_the_persons(models):
    found = actors(models, "en", "South Korean President Lee Jae-myung met Japanese officials.")
    assert ("Lee Jae-myung", "KOR") in {(n, c) for _, n, _, c in found}
    assert "South Korea" not in {n for _, n, _, _ in found}


def test_a_general_staff_split_by_the_tokenizer_is_an_acting_body(models):
    found = actors(models, "fr", "Les forces russes se sont repliées, selon l'état-major ukrainien.")
    assert {"Russia", "Ukraine"} <= {n for _, n, _, _ in found}


@pytest.mark.parametrize("text,expected,absent", [
    ("Japan joined sanctions against russia and sent equipment to ukraine.",
     {"Russia", "Ukraine"}, set()),
    ("The plates were made in china and sold to france.", {"France"}, {"China"}),
])
def test_lowercase_english_country_names_after_a_preposition(models, text, expected, absent):
    names = {n for _, n, _, _ in actors(models, "en", text)}
    assert expected <= names and not names & absent
