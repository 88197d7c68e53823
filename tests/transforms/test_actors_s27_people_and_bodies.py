"""New copy (dev26-dev29 style): the country of a person from a title whose office words no
list holds ("Sweden's Civil Defence Minister", "Kyrgyz Cabinet Chairman", "Ontario Premier"),
names NER cuts ("N'Guessan", a given name opening a paragraph), a known body inside a
longer name that says what it is ("Mizuho Securities", "Red Crescent Society of X")."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def found(models, lang, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, lang, text)}


@pytest.mark.parametrize("text,person,country", [
    ("Denmark and Norway shared data, and Finland's Economic Affairs Minister Liisa Rantanen "
     "said Helsinki would join.", "Liisa Rantanen", "FIN"),
    ("Kazakh Cabinet Chairman Nurlan Beisenov signed the loan on Monday.",
     "Nurlan Beisenov", "KAZ"),
    ("Ontario Premier Martin Gagnon said the plant would stay open.", "Martin Gagnon", "CAN"),
])
def test_a_title_gives_the_country_through_unlisted_office_words(models, text, person, country):
    assert (person, "PERSON", country) in found(models, "en", text)


def test_a_west_african_surname_with_n_apostrophe_is_a_name(models):
    got = {name for name, _, _ in found(
        models, "fr", "Selon l'économiste Mariam N'Golo, la dette reste soutenable.")}
    assert "Mariam N'Golo" in got


def test_a_given_name_opening_a_paragraph_stays_with_the_surname(models):
    text = ("The talks ended late.\n\nDmitri Volkonsky, head of Russia's federal fisheries "
            "agency, said Moscow had signed.")
    got = {name for name, _, _ in found(models, "en", text)}
    assert "Dmitri Volkonsky" in got


@pytest.mark.parametrize("text,body,country", [
    ("Analysts at Mizuho Securities expect prices to fall.", "Mizuho Securities", "JPN"),
    ("The Red Crescent Society of Kyrgyzstan sent blankets to the valley.",
     "Red Crescent Society of Kyrgyzstan", "KGZ"),
    ("Airbus Helicopters will assemble part of the order locally.", "Airbus Helicopters", "FRA"),
    ("The loan comes from the Export-Import Bank of China, officials said.",
     "Export-Import Bank of China", "CHN"),
])
def test_a_known_body_inside_a_longer_name(models, text, body, country):
    assert (body, "ORGANIZATION", country) in found(models, "en", text)
