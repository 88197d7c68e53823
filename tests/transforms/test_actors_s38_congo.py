"""Session 38: a bare "Congo" in English copy is the Democratic Republic of the Congo.

The wires write "Republic of Congo" / "Congo Republic" for Brazzaville and "Congo" alone
for the DRC, so in English the bare name goes to Kinshasa unless an actor of Brazzaville
is in the article. French copy keeps the older rule ("RDC" for the DRC; "le Congo" may be
Brazzaville): only the article's DRC actors move it.
"""
from __future__ import annotations

from transforms.actors import find_actors


def found(models, lang, text):
    return {(m.actor.name, m.actor.country_code) for m in find_actors(models[lang](text), lang)}


def test_a_bare_congo_in_english_is_the_drc(models):
    got = found(models, "en", "Poachers killed two rangers in northeastern Congo on Sunday.")
    assert ("Democratic Republic of the Congo", "COD") in got
    assert not any(code == "COG" for _, code in got)


def test_an_actor_of_brazzaville_keeps_it_there(models):
    got = found(models, "en", "Voters in Brazzaville went to the polls; Congo's opposition "
                              "boycotted the election.")
    assert ("Republic of the Congo", "COG") in got


def test_french_keeps_le_congo_without_a_drc_actor(models):
    got = found(models, "fr", "Le Congo a signé un accord pétrolier lundi.")
    assert ("Republic of the Congo", "COG") in got
