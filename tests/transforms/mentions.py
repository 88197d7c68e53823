"""What the actor rules found in a text, for actor tests."""
from __future__ import annotations

from transforms.actors import find_actors


def actors(models, lang, text):
    """(mention text, actor name, type, country) of every mention, in text order."""
    return [(m.mention_text, m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(models[lang](text), lang)]
