"""A sea's or a region's name before a capitalised trade word names a firm, not the place:
"Atlantique Navigation", "Baltic Shipping", "Sahel Logistics"; the sea alone stays a place."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


@pytest.mark.parametrize("lang,text,region", [
    ("fr", "La direction d'Atlantique Navigation n'a pas répondu aux questions.", "Atlantic"),
    ("fr", "Les dockers de Baltique Transports ont cessé le travail lundi.", "Baltic Sea"),
    ("en", "A spokesman for Caribbean Ferries said the crossing was cancelled.", "Caribbean"),
])
def test_region_before_a_trade_word_is_no_place(nlp_fr, nlp_en, lang, text, region):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert region not in {m.actor.name for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,region", [
    ("fr", "Le cargo a sombré dans l'Atlantique mardi soir.", "Atlantic"),
    ("en", "The ferry sank in the Caribbean on Tuesday.", "Caribbean"),
])
def test_the_sea_alone_stays_a_place(nlp_fr, nlp_en, lang, text, region):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert region in {m.actor.name for m in find_actors(nlp(text), lang)}
