"""English names a state's unknown agency or company after the state's possessive and a
class noun ("Russia's federal fisheries agency Rosfishnadzor", "Chile's state copper
miner X"): the possessive gives the body's country, as a demonym does ("Greek firm X"),
even in a story another state leads. French says it with a demonym after the noun
("l'agence russe X"), read already."""
from __future__ import annotations

from transforms.actors import find_actors


def _countries(nlp, text, lang):
    return {m.actor.name: m.actor.country_code for m in find_actors(nlp(text), lang)}


EN_OSLO = (
    "OSLO, May 6 (Reuters) - Norway and Russia failed to agree on cod quotas on Tuesday. "
    "Norway said talks would resume in June, and Norway's coast guard will keep "
    "patrolling.\n\n"
    "Ivan Petrov, who heads Russia's federal fisheries agency Rosfishnadzor, accused Norway "
    "of bad faith. Norway's data firm Fiskdata said catches had fallen.")

FR_OSLO = (
    "OSLO, 6 mai (AFP) - La Norvège et la Russie ne sont pas parvenues mardi à s'entendre "
    "sur les quotas de cabillaud. La Norvège a indiqué que les discussions reprendraient "
    "en juin.\n\n"
    "L'agence russe Rosfishnadzor a accusé la Norvège de mauvaise foi.")


def test_a_states_possessive_before_a_class_noun_gives_the_bodys_country(nlp_en):
    found = _countries(nlp_en, EN_OSLO, "en")
    assert found.get("Rosfishnadzor") == "RUS"
    assert found.get("Fiskdata") == "NOR"


def test_possessive_with_no_describing_words(nlp_en):
    text = EN_OSLO.replace("Russia's federal fisheries agency Rosfishnadzor",
                           "Russia's agency Rosfishnadzor")
    assert _countries(nlp_en, text, "en").get("Rosfishnadzor") == "RUS"


def test_l_agence_russe_donne_la_russie(nlp_fr):
    assert _countries(nlp_fr, FR_OSLO, "fr").get("Rosfishnadzor") == "RUS"
