"""A body an international organisation owns ("the WTO's Appellate Body", "the Panel of
Experts of the United Nations") takes no state from the story around it."""
from __future__ import annotations

from tests.transforms.mentions import actors


def found(models, lang, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, lang, text)}


def test_an_organ_of_an_international_body_has_no_state(models):
    text = ("Washington raised tariffs on steel from Brazil. The United States said the duties "
            "were lawful, and U.S. officials in New York and Chicago agreed. Since the WTO's "
            "Appellate Body stopped working, Brasilia cannot appeal in Geneva.")
    got = found(models, "en", text)
    assert ("Appellate Body", "ORGANIZATION", None) in got, got
