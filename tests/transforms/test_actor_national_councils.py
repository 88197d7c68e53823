"""A state's national security council is not the UN Security Council (the sample corpus
read "South Korea's National Security Council" as the UN's): the body takes the state the
text gives it, as other generic state bodies do (actor_rules/owners.py)."""
from __future__ import annotations

from transforms.actors import find_actors


def found(nlp, text, lang):
    return {(m.actor.name, m.actor.country_code) for m in find_actors(nlp(text), lang)}


def test_a_state_s_security_council_is_its_own(nlp_en, nlp_fr):
    actors = found(nlp_en, "South Korea's National Security Council held an emergency "
                           "meeting.", "en")
    assert ("National Security Council", "KOR") in actors
    assert not any(name == "UN Security Council" for name, _ in actors)
    actors = found(nlp_fr, "Le Conseil de sécurité nationale sud-coréen s'est réuni.", "fr")
    assert actors == {("National Security Council", "KOR")}


def test_the_un_security_council_stays_the_un_s(nlp_en, nlp_fr):
    assert ("UN Security Council", None) in found(
        nlp_fr, "Le Conseil de sécurité de l'ONU s'est réuni.", "fr")
    assert ("UN Security Council", None) in found(
        nlp_en, "The Security Council met in New York on Monday.", "en")
