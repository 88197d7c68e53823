"""New copy (dev26-dev29 style): a research or advocacy body English names "<Centre |
Institute | Foundation | Council> for <field>" is an actor even when NER calls it a
facility; and "the Caspian" on its own is the sea, never the town of that name in
Michigan."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def found(models, lang, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, lang, text)}


@pytest.mark.parametrize("text,body", [
    ("said Amina Bello, a researcher at the Centre for Peace and Security Studies in Kano.",
     "Centre for Peace and Security Studies"),
    ("A report by the Institute for Democracy and Electoral Assistance found turnout fell.",
     "Institute for Democracy and Electoral Assistance"),
])
def test_a_centre_for_a_field_is_a_body(models, text, body):
    got = found(models, "en", text)
    assert any(name == body and kind == "ORGANIZATION" for name, kind, _ in got), got


def test_the_caspian_alone_is_no_american_town(models):
    got = found(models, "en", "Tankers now cross the Caspian to reach Baku.")
    assert not any(name == "Caspian" and code == "USA" for name, _, code in got)
