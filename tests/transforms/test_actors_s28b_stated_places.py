"""A small place whose state the text gives beside it takes that state, over the
gazetteer's namesake and the article's context: "near the village of Broadview in
southeastern Saskatchewan", "the Libyan town of Qatrun", "à Kilpisjärvi, dans le nord de la
Finlande", "la ville libyenne de Qatrun". A state after a comma that opens a clause ("In
Gaza, Israel struck") or a list ("in Lyon, Germany and Spain") says nothing of the place."""
from __future__ import annotations

from transforms.actors import find_actors


def _countries(nlp, text, lang):
    return {m.actor.name: m.actor.country_code for m in find_actors(nlp(text), lang)}


EN_OSLO = (
    "OSLO, May 6 (Reuters) - Norway expelled two Russian diplomats on Tuesday, and Norway's "
    "police said Norway would expel more.\n\n"
    "A freight train left the tracks near the village of Broadview in southeastern "
    "Saskatchewan. The convoy was heading for the Libyan town of Qatrun. In Gaza, Israel "
    "struck a school. Ministers who met in Lyon, Germany and Spain said nothing.")

FR_OSLO = (
    "OSLO, 6 mai (AFP) - La Norvège a expulsé mardi deux diplomates russes, et la police "
    "de la Norvège a annoncé que la Norvège en expulserait d'autres.\n\n"
    "Des blindés doivent manoeuvrer à Kilpisjärvi, dans le nord de la Finlande, la semaine "
    "prochaine. Le convoi se dirigeait vers la ville libyenne de Qatrun.")


def test_a_compass_word_and_a_region_after_a_village_give_its_country(nlp_en):
    found = _countries(nlp_en, EN_OSLO, "en")
    assert found.get("Broadview") == "CAN"
    assert found.get("Saskatchewan") == "CAN"


def test_a_demonym_before_town_of_gives_the_towns_country(nlp_en):
    assert _countries(nlp_en, EN_OSLO, "en").get("Qatrun") == "LBY"


def test_a_state_opening_a_clause_or_a_list_leaves_the_place(nlp_en):
    found = _countries(nlp_en, EN_OSLO, "en")
    assert found.get("Gaza") == "PSE"
    assert found.get("Lyon") == "FRA"


def test_dans_le_nord_de_l_etat_donne_le_pays_du_lieu(nlp_fr):
    assert _countries(nlp_fr, FR_OSLO, "fr").get("Kilpisjärvi") == "FIN"


def test_la_ville_libyenne_de(nlp_fr):
    assert _countries(nlp_fr, FR_OSLO, "fr").get("Qatrun") == "LBY"
