"""Health agencies, transport bodies and parties named in dev11's stories: the organisation
data file holds their French and English names."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(nlp, text, lang):
    return {m.actor.name for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,name", [
    ("fr", "L'Organisation panaméricaine de la santé a envoyé des experts.",
     "Pan American Health Organization"),
    ("en", "The Public Health Agency of Canada confirmed the loss.", "Public Health Agency of Canada"),
    ("en", "Transport for London said its systems were hit.", "Transport for London"),
])
def test_agencies_are_known_by_their_names(models, lang, text, name):
    assert name in names(models[lang], text, lang)


def test_a_known_agency_name_does_not_swallow_a_generic_phrase(nlp_en):
    assert "Public Health Agency of Canada" not in names(
        nlp_en, "A public health agency in Ontario confirmed the case.", "en")
