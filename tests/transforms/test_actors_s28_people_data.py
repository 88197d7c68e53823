"""Officials the news names without their nationality: only the dictionary knows it."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


@pytest.mark.parametrize("lang,text,name,code", [
    ("fr", "Le commissaire aux droits de l'homme du Conseil de l'Europe, Michael O'Flaherty, "
           "a appelé Rome à revoir sa loi.", "Michael O'Flaherty", "IRL"),
    ("en", "Council of Europe human rights commissioner Michael O'Flaherty urged Athens to "
           "stop pushbacks.", "Michael O'Flaherty", "IRL"),
    ("en", "Prime Minister Aisake Eke thanked Canberra for the patrol boat.", "Aisake Eke", "TON"),
])
def test_officials_the_news_names_without_a_nationality(nlp_en, nlp_fr, lang, text, name, code):
    nlp = nlp_fr if lang == "fr" else nlp_en
    found = {m.actor.name: m.actor.country_code for m in find_actors(nlp(text), lang)}
    assert found.get(name) == code
