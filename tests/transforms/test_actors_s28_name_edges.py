"""Edges of names NER gives: initials before a surname are part of a person's name ("M.K.
Stalin", "S. K. Patel"), and an office NER runs a company's name into is the person's
("Union Pacific Chief | Executive Jim Vena", "Rio Tinto Chairman X")."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def _names(nlp, text, lang):
    return {m.actor.name for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Karnataka Chief Minister H.D. Gowda said on Monday the dam would be finished.",
     "H.D. Gowda"),
    ("en", "\"We will not pay,\" said R.K. Menon, who heads the exporters' council.",
     "R.K. Menon"),
    ("fr", "Le chef du gouvernement du Kerala, P.K. Nair, a dénoncé dimanche ces arrestations.",
     "P.K. Nair"),
])
def test_initials_open_a_name(nlp_en, nlp_fr, lang, text, name):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert name in _names(nlp, text, lang)


def test_a_spaced_initial_m_is_no_french_title(nlp_en):
    names = _names(nlp_en, "Chief Minister M. K. Reddy said the count was unfair.", "en")
    assert any(n.startswith("M. K.") for n in names)


@pytest.mark.parametrize("text,body,person", [
    ("Atlas Pacific Chief Executive Tom Reed told reporters the mine would close.",
     "Atlas Pacific", "Tom Reed"),
])
def test_an_office_after_a_body_name_is_the_person_s(nlp_en, text, body, person):
    names = _names(nlp_en, text, "en")
    assert person in names
    assert not any(n.endswith(("Chief", "Chairman")) for n in names)
    assert body in names


@pytest.mark.parametrize("lang, text, body", [
    ("en", "The Office of the President said the decree would be published on Friday.",
     "Office of the President"),
])
def test_an_office_a_body_is_named_for_stays_in_its_name(nlp_en, nlp_fr, lang, text, body):
    # Only an office run on after a name ("Atlas Pacific Chief") is the person's.
    names = _names(nlp_en if lang == "en" else nlp_fr, text, lang)
    assert body in names, names
