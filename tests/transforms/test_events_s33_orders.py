"""An order to one's own armed or police forces to act is a show of force (MOBILIZE), not
a request to another party; an order to a government, a state or a company stays a
REQUEST. Sentences of our own writing."""
from datetime import date

import pytest

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 27)


def _coded(nlp, lang, text):
    return coded_with_found_actors(nlp, lang, text, PUBLISHED)


@pytest.mark.parametrize("lang, text, person", [
    ("en", "Ghanaian President John Mahama ordered the army on Friday to secure the northern "
           "border crossings.", "John Mahama"),
    ("en", "Peruvian President Dina Boluarte ordered the police and the armed forces to take "
           "over security in Trujillo.", "Dina Boluarte"),
    ("fr", "Le président malgache Andry Rajoelina a ordonné à l'armée de sécuriser les "
           "routes du sud.", "Andry Rajoelina"),
    ("fr", "Le président camerounais Paul Biya a ordonné jeudi aux forces de sécurité de "
           "rétablir l'ordre dans la région.", "Paul Biya"),
])
def test_ordering_ones_forces_to_act_is_a_show_of_force(nlp_en, nlp_fr, lang, text, person):
    coded = _coded(nlp_fr if lang == "fr" else nlp_en, lang, text)
    assert ("MOBILIZE", person, None) in coded, coded
    assert not any(kind == "REQUEST" for kind, _, _ in coded), coded


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The European Court of Human Rights ordered Azerbaijan to pay each applicant "
           "20,000 euros.", ("REQUEST", "European Court of Human Rights", "Azerbaijan")),
    ("fr", "Le président tchadien Mahamat Idriss Déby a ordonné au gouvernement de débloquer "
           "un fonds d'urgence.", ("REQUEST", "Mahamat Idriss Déby", None)),
])
def test_other_orders_stay_requests(nlp_en, nlp_fr, lang, text, expected):
    assert expected in _coded(nlp_fr if lang == "fr" else nlp_en, lang, text)
