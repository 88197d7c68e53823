"""A body word left alone once the title around it is trimmed is no actor
(transforms/actor_rules/ner.py, _LONE_BODY_WORDS)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(nlp, text):
    return {m.actor.name for m in find_actors(nlp(text), "en")}


@pytest.mark.parametrize("text,word", [
    ("Moscow denied it, and Foreign Ministry spokeswoman Maria Zakharova dismissed the claims.",
     "Ministry"),
    ("On Tuesday, Treasury Secretary Scott Bessent said the talks went well.", "Treasury"),
    ("\"It is the largest plan ever built,\" Commission President Ursula von der Leyen said.",
     "Commission"),
])
def test_a_lone_body_word_from_a_title_is_no_actor(nlp_en, text, word):
    assert word not in names(nlp_en, text)


@pytest.mark.parametrize("text,name", [
    # a body named in full stays
    ("The Central Electoral Commission said turnout was 52 percent.", "Central Electoral Commission"),
    ("Chinese Commerce Ministry spokeswoman He Yongqian said the Netherlands bore responsibility.",
     "He Yongqian"),
])
def test_named_bodies_and_the_titled_person_stay(nlp_en, text, name):
    assert name in names(nlp_en, text)
