"""Where forces went and what an act only passed by, seen on new copy (dev38, dev39) and
checked on sentences of our own:

- troops or ships sent to a place on land or a shoal act on that place (MOBILIZE), not on
  a sea they patrol; a capital still stands for its country;
- a phrase the act only passed by names no party: "before the National Assembly" (where
  something was said), "from its base in X" (whence aid went);
- copy typed without accents writes "à" as "a": "a appele X a reduire" asks, no phone call.
"""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 27)


def test_ships_sent_to_a_shoal_act_on_it(nlp_en, nlp_fr):
    coded = coded_with_found_actors(
        nlp_en, "en", "China sent two more warships to Sabina Shoal on Tuesday.", PUBLISHED)
    assert ("MOBILIZE", "China", "Sabina Shoal") in coded, coded
    coded = coded_with_found_actors(
        nlp_fr, "fr", "La Chine a envoyé deux navires de guerre vers le récif de Scarborough.",
        PUBLISHED)
    assert ("MOBILIZE", "China", "Scarborough Shoal") in coded, coded


def test_troops_deployed_to_a_town_act_on_it(nlp_en, nlp_fr):
    coded = coded_with_found_actors(
        nlp_en, "en", "The army deployed 2,000 soldiers to Kharkiv on Sunday.", PUBLISHED)
    assert ("MOBILIZE", None, "Kharkiv") in coded, coded
    coded = coded_with_found_actors(
        nlp_fr, "fr", "Le gouvernement a déployé 500 soldats à Goma samedi.", PUBLISHED)
    assert ("MOBILIZE", None, "Goma") in coded, coded


def test_a_sea_a_fleet_is_sent_to_is_no_target(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "Germany and Sweden each dispatched a corvette to the Gulf of Finland on "
                      "Wednesday.", PUBLISHED)
    assert ("MOBILIZE", "Germany", None) in coded, coded


def test_where_a_defence_was_made_is_no_target(nlp_en, nlp_fr):
    coded = coded_with_found_actors(
        nlp_en, "en", "Prime Minister Keir Starmer defended his record before Parliament on "
                      "Wednesday.", PUBLISHED)
    assert ("SUPPORT", "Keir Starmer", None) in coded, coded
    coded = coded_with_found_actors(
        nlp_fr, "fr", "Le ministre Jean Dupont a défendu la réforme devant l'Assemblée nationale "
                      "mardi.", PUBLISHED)
    assert ("SUPPORT", "Jean Dupont", None) in coded, coded


def test_whence_aid_was_sent_is_no_target(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "France sent tents and generators from its military base in New "
                      "Caledonia.", PUBLISHED)
    assert ("AID", "France", "New Caledonia") not in coded, coded


def test_unaccented_a_before_an_infinitive_asks(nlp_fr):
    coded = coded_with_found_actors(
        nlp_fr, "fr", "Le president Masoud Pezeshkian a accuse mardi les Etats-Unis de mener une "
                      "guerre economique et a appele ses ministres a reduire les importations.",
        PUBLISHED)
    assert ("REQUEST", "Masoud Pezeshkian", None) in coded, coded
    assert "CONSULT" not in [c[0] for c in coded], coded
