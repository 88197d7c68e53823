"""A nickname after a person's name is that person, not another actor
(non_actors._NICKNAME_CUES)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(nlp, text, lang):
    return {m.actor.name for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,person,nickname", [
    ("fr", "Le militant Ibrahima Camara, dit Kaba Djan, a été enlevé à Conakry.",
     "Ibrahima Camara", "Kaba Djan"),
    ("fr", "Le chef de bande Wilson Joseph, alias « Lanmò Sanjou », a été abattu.",
     "Wilson Joseph", "Lanmò Sanjou"),
    ("en", "Gang leader Vitel'homme Innocent, alias Krazy Boy, was indicted in Miami.",
     "Vitel'homme Innocent", "Krazy Boy"),
])
def test_a_nickname_is_no_second_actor(models, lang, text, person, nickname):
    found = names(models[lang], text, lang)
    assert not any(nickname in name for name in found)


@pytest.mark.parametrize("lang,text,actor", [
    ("fr", "Le porte-parole a dit Paris prêt à reprendre les discussions.", "France"),
    ("fr", "Le chef des FSR, Mohamed Hamdan Dagalo, dit Hemedti, a reconnu des exactions.",
     "Mohamed Hamdan Dagalo"),
])
def test_said_and_known_aliases_are_untouched(models, lang, text, actor):
    assert actor in names(models[lang], text, lang)
