"""The last guard against debris names (transforms/actor_rules/debris.py)."""
from __future__ import annotations

import pytest

from transforms.actor_rules.debris import without_debris
from transforms.actor_rules.vocab import Candidate
from transforms.actors import find_actors
from transforms.records import Actor


def cand(name, actor_type="ORGANIZATION", source="ner"):
    return Candidate(Actor(name, actor_type), 0, 1, 0, len(name), name, source)


@pytest.mark.parametrize("lang,text,name,mention", [
    # two name words glued: the known name they spell
    ("en", "Officials at the WhiteHouse said the talks would resume.", "White House", "WhiteHouse"),
    ("en", "President Ferdinand MarcosJr. said Manila would protest.", "Ferdinand Marcos Jr.",
     "Ferdinand MarcosJr"),
])
def test_glued_known_words_are_repaired(models, lang, text, name, mention):
    found = {(m.actor.name, m.mention_text) for m in find_actors(models[lang](text), lang)}
    assert (name, mention) in found


@pytest.mark.parametrize("name", ["Zorbatech2025", "Rutte a", "la Commission", "X", "Banque de",
                                  "QuilbertFrance"])
def test_unknown_debris_is_dropped(name):
    assert without_debris([cand(name)]) == []


@pytest.mark.parametrize("name,actor_type", [
    # dictionary names with debris shapes are real; ordinary names pass
    ("TotalEnergies", "ORGANIZATION"), ("NoName057(16)", "GROUP"), ("Kim Jong Un", "PERSON"),
    ("Les Républicains", "ORGANIZATION"), ("The Hague", "LOCATION"), ("Jean de La Fontaine", "PERSON"),
    ("UN", "ORGANIZATION"),
])
def test_real_names_pass(name, actor_type):
    kept = without_debris([cand(name, actor_type)])
    assert [c.actor.name for c in kept] == [name]
