"""A place struck that is named one noun down ("la ville de X", "des quartiers de X", "the
town of X"): the class noun is the place itself, so its name is the attack's target
(eval/README.md "Events": a place with no named victim is the target)."""
from datetime import date

import pytest

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 27)


def _coded(nlp, lang, text):
    return coded_with_found_actors(nlp, lang, text, PUBLISHED)


@pytest.mark.parametrize("text, place", [
    ("Des insurgés ont attaqué jeudi la ville de Gao.", "Gao"),
    ("L'armée a bombardé samedi des quartiers de Kadougli.", "Kadugli"),
    ("Des hommes armés ont tué douze personnes dans le village de Mbau.", "Mbau"),
    ("Un attentat a fait onze morts dans un village du territoire de Beni.", "Beni"),
    # Up a chain of "de" nouns to the one the verb governs.
    ("Des rebelles ont attaqué mardi un poste de police du district de Kech, dans la "
     "province du Baloutchistan.", "Kech"),
    ("Des hommes armés ont ouvert le feu dans un bar de Durán, tuant six personnes.",
     "Durán"),
])
def test_a_french_place_under_a_class_noun_is_the_attacks_target(nlp_fr, text, place):
    coded = _coded(nlp_fr, "fr", text)
    assert any(t == "ASSAULT" and target == place for t, _, target in coded), coded


@pytest.mark.parametrize("text, place", [
    ("Gunmen killed nine people in the village of Kafr Nabl on Sunday.", "Kafr Nabl"),
    ("Russian drones struck the city of Sumy overnight.", "Sumy"),
])
def test_an_english_place_under_a_class_noun_is_the_attacks_target(nlp_en, text, place):
    coded = _coded(nlp_en, "en", text)
    assert any(t == "ASSAULT" and target == place for t, _, target in coded), coded


def test_a_town_fired_from_is_no_target(nlp_en):
    # "from the town of X": the class noun's own case is the name's.
    coded = _coded(nlp_en, "en", "Militants fired rockets from the town of Beit Hanoun on "
                                 "Monday.")
    assert any(t == "ASSAULT" for t, _, _ in coded), coded
    assert not any(target == "Beit Hanoun" for _, _, target in coded), coded


def test_a_place_near_which_a_village_was_struck_stays_out(nlp_fr):
    # The class noun passes on its own case: near or from a town is not the town struck.
    coded = _coded(nlp_fr, "fr", "L'armée a bombardé des villages près de la ville de Bor.")
    assert not any(target == "Bor" for _, _, target in coded), coded
