"""New copy (dev26-dev29 style): a capital a government is dealt with through ("called on
Beijing", "sanctions on Moscow", "pour le compte de Moscou", "proches de Téhéran") is its
country, a capital among towns or before "airports" is a place; and the page and agency
lines that sign a story ("By X · date · 6 min read", "AP writer X reported from Y", "Le
Monde avec AFP", a caption's "(AFP)") are blanked before parsing."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors
from transforms.boilerplate import is_boilerplate, text_for_parsing


def found(models, lang, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, lang, text)}


@pytest.mark.parametrize("lang,text,country", [
    ("en", "The ministers called on Moscow to free the two sailors at once.", "Russia"),
    ("en", "Fresh sanctions on Tehran took effect on Monday.", "Iran"),
    ("en", "The new rules drew fire from Washington last month.", "United States"),
    ("fr", "Selon l'enquête, il travaillait pour le compte de Pékin depuis 2019.", "China"),
    ("fr", "Le parti, très proche de Moscou, a quitté la coalition.", "Russia"),
    ("fr", "Le pays ne veut plus dépendre du bon vouloir de Washington.", "United States"),
    ("fr", "Le port a été cédé à une firme chinoise, au grand dam de Tokyo.", "Japan"),
    ("fr", "L'avocat dénonce un accord entre Ankara et les adversaires de son client.", "Turkey"),
])
def test_a_capital_dealt_with_is_its_government(models, lang, text, country):
    got = found(models, lang, text)
    assert any(name == country and kind == "COUNTRY" for name, kind, _ in got), got


@pytest.mark.parametrize("lang,text,city", [
    ("en", "Fog closed Vienna and Prague airports for most of the morning.", "Vienna"),
    ("en", "Flights were diverted to Hamburg and Berlin after the alert.", "Berlin"),
    ("fr", "Des vols vers Lyon et Paris ont été annulés mardi.", "Paris"),
])
def test_a_capital_among_towns_or_airports_is_a_place(models, lang, text, city):
    got = found(models, lang, text)
    assert any(name == city and kind == "LOCATION" for name, kind, _ in got), got


def test_capitals_listed_together_stay_governments(models):
    got = found(models, "fr", "Une trêve proposée par Washington, Riyad, Le Caire et Abou Dhabi.")
    assert ("United Arab Emirates", "COUNTRY", "ARE") in got


@pytest.mark.parametrize("line", [
    "By Aigerim Sadykova · March 2, 2026 · 5 min read",
    "Par Jeanne Morel · 4 mars 2026 · 6 min de lecture",
    "Associated Press writer Tomas Berg reported from Tallinn, Estonia.",
    "AP correspondent Lina Haddad reported from Beirut.",
    "Le Monde avec AFP",
    "Le Figaro avec AFP et Reuters",
    "The Guardian with Reuters",
])
def test_signing_lines_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Les habitants avec AFP ont visité la zone.",
    "March 2, 2026 · April 3, 2026",
    "Reporters saw smoke rising from the port as the ship left.",
    "The writer Tomas Berg reported from Tallinn that the talks had failed, and many more "
    "things happened afterwards in the capital that nobody expected at all.",
])
def test_prose_is_no_signing_line(line):
    assert not is_boilerplate(line)


def test_a_captions_agency_credit_is_blanked():
    text = "Des habitants évacués près du volcan, le 8 juillet 2026. (AFP)\nLa suite (AFP) reste."
    parsed = text_for_parsing(text)
    assert "(AFP)\n" not in parsed and "La suite (AFP) reste." in parsed
    assert len(parsed) == len(text)
