"""A person who addresses the capital of their own country (a premier, a governor, a
mayor) acts on its government; the country of their title or of a clause they speak about
is still no target. Sentences of our own writing."""
from datetime import date

import pytest

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 27)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Ontario Premier Doug Ford urged Ottawa on Thursday to answer the duties in kind.",
     ("REQUEST", "Doug Ford", "Canada")),
    ("en", "Texas Governor Greg Abbott called on Washington to send more troops to the border.",
     ("REQUEST", "Greg Abbott", "United States")),
    ("fr", "Le Premier ministre de l'Ontario, Doug Ford, a exhorté Ottawa à riposter sans "
           "attendre.", ("REQUEST", "Doug Ford", "Canada")),
    ("fr", "Le gouverneur du Texas Greg Abbott a demandé à Washington d'envoyer des renforts.",
     ("REQUEST", "Greg Abbott", "United States")),
])
def test_a_person_addressing_their_own_capital_acts_on_its_government(nlp_en, nlp_fr, lang,
                                                                      text, expected):
    coded = coded_with_found_actors(nlp_fr if lang == "fr" else nlp_en, lang, text, PUBLISHED)
    assert expected in coded, coded


@pytest.mark.parametrize("lang, text, person", [
    ("en", "Iranian President Masoud Pezeshkian warned that Tehran would respond to any "
           "attack.", "Masoud Pezeshkian"),
    ("fr", "La présidente mexicaine Claudia Sheinbaum a dénoncé mardi les nouveaux droits de "
           "douane.", "Claudia Sheinbaum"),
])
def test_the_country_of_a_title_or_a_clause_is_still_no_target(nlp_en, nlp_fr, lang, text,
                                                                person):
    coded = coded_with_found_actors(nlp_fr if lang == "fr" else nlp_en, lang, text, PUBLISHED)
    assert any(source == person for _, source, _ in coded), coded
    assert not any(source == person and target is not None for _, source, target in coded), coded
