"""Ships and operations are no actors (eval/README.md, "Actors"): a name after its cue
even with words of purpose between ("le navire humanitaire X", "une opération de secours
baptisée « X »", noisy unaccented copy too), and the same name written bare elsewhere in
the story (non_actors.non_actor_names)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def names(nlp, text, lang):
    return {m.actor.name for m in find_actors(nlp(text), lang)}


@pytest.mark.parametrize("lang,text,thing", [
    ("fr", "Le Japon a lancé une opération de secours baptisée « Kaiyo Tomo » pour les "
           "sinistrés.", "Kaiyo Tomo"),
    ("fr", "Tokyo a lance une operation de secours baptisee \"Kaiyo Tomo\" et deux navires "
           "sont partis.", "Kaiyo Tomo"),
    ("fr", "Le navire humanitaire Sea Falcon, affrété par une ONG allemande, a accosté à "
           "Lampedusa.", "Sea Falcon"),
    ("en", "The rescue ship Sea Falcon docked in Lampedusa on Monday.", "Sea Falcon"),
])
def test_a_ship_or_operation_after_its_cue_is_no_actor(nlp_fr, nlp_en, lang, text, thing):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert thing not in names(nlp, text, lang)


def test_the_ship_named_again_bare_is_no_actor(nlp_fr):
    text = ("Le navire humanitaire Sea Falcon a secouru 90 personnes au large de la Libye. "
            "L'équipage du Sea Falcon a ensuite demandé un port à l'Italie.")
    found = names(nlp_fr, text, "fr")
    assert "Sea Falcon" not in found
    assert "Italy" in found and "Libya" in found


def test_a_body_after_a_ship_cue_with_a_verb_between_stays(nlp_fr):
    text = "Le navire a quitté Lampedusa mardi avant l'arrivée des garde-côtes italiens."
    assert "Lampedusa" in names(nlp_fr, text, "fr")
