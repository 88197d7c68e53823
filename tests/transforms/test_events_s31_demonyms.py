"""A demonym hung on a compound of the acted-on noun ("a Kyrgyz border patrol", where the
parse hangs "Kyrgyz" on "border") still names the state acted on. Seen on new copy (dev36),
in our own sentences."""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 27)


def test_a_demonym_on_a_compound_of_the_object_names_the_target(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "Armenia and Azerbaijan signed a peace accord last year. On Monday "
                      "Azerbaijani troops fired on an Armenian border patrol.", PUBLISHED)
    assert ("ASSAULT", "Azerbaijan", "Armenia") in coded, coded


def test_the_french_demonym_after_the_noun_still_names_the_target(nlp_fr):
    coded = coded_with_found_actors(
        nlp_fr, "fr", "L'Arménie et l'Azerbaïdjan ont signé un accord de paix l'an dernier. "
                      "Lundi, l'Azerbaïdjan a attaqué une patrouille frontalière arménienne.",
        PUBLISHED)
    assert ("ASSAULT", "Azerbaijan", "Armenia") in coded, coded
