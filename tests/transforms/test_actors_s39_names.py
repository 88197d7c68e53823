"""Names the article itself settles (session 39): a bare surname is the person the article
names in full, not a famous namesake; a body's name joining two trades with "and" is one
name."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def found(models, lang, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, lang, text)}


def test_a_bare_surname_is_the_person_the_article_names_in_full(models):
    text = ("JACKSON, Mississippi - Governor Tate Reeves declared an emergency on Monday. "
            "Reeves said the state would help farmers.")
    names = {name for _, name, _, _ in actors(models, "en", text)}
    assert "Tate Reeves" in names
    assert "Rachel Reeves" not in names


def test_the_famous_person_named_in_full_keeps_the_surname(models):
    text = "British finance minister Rachel Reeves spoke on Monday. Reeves said growth was weak."
    mentions = actors(models, "en", text)
    assert {name for written, name, _, _ in mentions if written == "Reeves"} == {"Rachel Reeves"}


@pytest.mark.parametrize("text,whole,country", [
    ("The Pakistan Cotton Ginners and Exporters Association said prices fell.",
     "Pakistan Cotton Ginners and Exporters Association", "PAK"),
    ("The Sialkot Surgical Instrument Manufacturers and Exporters Association complained.",
     "Sialkot Surgical Instrument Manufacturers and Exporters Association", None),
])
def test_two_trades_joined_by_and_in_a_body_name_are_one_name(models, text, whole, country):
    got = found(models, "en", text)
    assert (whole, "ORGANIZATION", country) in got
    assert not any(name == "Exporters Association" for name, _, _ in got)


def test_two_bodies_joined_by_and_stay_two(models):
    names = {name for _, name, _, _ in actors(
        models, "en", "Gulfstar Energy Traders and Caspian Maritime Services signed a deal.")}
    assert {"Gulfstar Energy Traders", "Caspian Maritime Services"} <= names


def test_a_firm_read_as_a_person_is_a_firm_of_its_stated_country(models):
    text = ("Romanian officials said the ship was hit. The ship's Turkish owner, Deniz Bulk "
            "Shipping, said the blast tore a hole in it. Romania closed the port.")
    assert ("Deniz Bulk Shipping", "ORGANIZATION", "TUR") in found(models, "en", text)


def test_a_person_named_in_an_apposition_stays_a_person(models):
    text = "The ship's Turkish owner, Mehmet Yilmaz, said the blast tore a hole in it."
    assert any(name == "Mehmet Yilmaz" and kind == "PERSON"
               for name, kind, _ in found(models, "en", text))
