"""Acronyms defined in brackets after a body's name (transforms/actor_rules/acronyms.py)."""
from __future__ import annotations

from transforms.actors import find_actors


def names(nlp, text, lang):
    return {m.mention_text: m.actor.name for m in find_actors(nlp(text), lang)}


def test_a_bracketed_acronym_is_the_body_before_it(nlp_fr):
    found = names(nlp_fr, "L'enquête a été confiée à l'Office anti-cybercriminalité (OFAC). "
                          "L'OFAC a saisi trois serveurs.", "fr")
    assert found.get("OFAC") == "Office anti-cybercriminalité"


def test_a_known_acronym_of_another_body_keeps_its_own_name(nlp_en):
    # "UN" is the dictionary's: a bracket after another body does not relink it
    found = names(nlp_en, "The World Food Programme (WFP) and the UN said aid was blocked.", "en")
    assert found.get("UN") == "United Nations"
