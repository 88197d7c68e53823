"""New copy (dev26-dev29 style): an English ministry named by its field that acts
("Tajikistan's Foreign Ministry rejected", "the Ghanaian Interior Ministry denied") is an
actor with its state; in a title ("Foreign Ministry spokesman X") it is none."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import actors


def found(models, lang, text):
    return {(name, kind, country) for _, name, kind, country in actors(models, lang, text)}


@pytest.mark.parametrize("text,country", [
    ("Kenya's Foreign Ministry rejected the claim on Friday.", "KEN"),
    ("The Ghanaian Interior Ministry denied that anyone had been detained.", "GHA"),
    ("Peru's Health Ministry reported 40 new cases.", "PER"),
])
def test_a_ministry_named_by_its_field_that_acts(models, text, country):
    got = found(models, "en", text)
    assert any(kind == "ORGANIZATION" and name.endswith("Ministry") and code == country
               for name, kind, code in got), got


@pytest.mark.parametrize("text", [
    "Foreign Ministry spokesman Mao Ning told reporters the visit was private.",
    "A Defence Ministry official said two drones were downed.",
    "The Ministry of Health said 40 new cases were found.",
])
def test_a_ministry_in_a_title_or_a_longer_name_is_no_field_ministry(models, text):
    got = found(models, "en", text)
    assert not any(name in {"Foreign Ministry", "Defence Ministry"} for name, _, _ in got)
