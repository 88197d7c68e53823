"""Places in the parties of an event: the place a minister went to is the visit's target
("s'est rendu à Benghazi"; a capital is its government), unless a meeting told in a
clause below it is the visit's event ("s'est rendu à Kiev, où il a rencontré ...", dated
by the trip); a city one has contacts "with" is a party as named; a place "près de" or
"au large de" something, or a second member of a scene ("in Sudan and Yemen"), is a
scene; warships sent "around" a state are a show of force at it."""
from datetime import date

from transforms.events import code_events
from tests.transforms.mentions import (TEST_PUBLISHED, canonical_mentions,
                                      coded_with_canonical, party_triples)


# Events with the actors given as (text as written, canonical name, type).
_coded = coded_with_canonical


def test_a_visit_to_a_city_targets_the_city(models):
    text = "Le ministre grec Nikos Dendias s'est rendu jeudi à Tobrouk."
    events = _coded(models, "fr", text, [("Nikos Dendias", "Nikos Dendias", "PERSON"),
                                         ("Tobrouk", "Tobruk", "LOCATION")])
    assert ("CONSULT", "Nikos Dendias", "Tobruk") in events


def test_a_visit_whose_meeting_is_told_below_is_that_meeting(models):
    text = ("Le ministre belge Maxime Prévot s'est rendu mercredi à Kiev, où il a rencontré "
            "le président ukrainien Volodymyr Zelensky.")
    doc = models["fr"](text)
    named = [("Maxime Prévot", "Maxime Prévot", "PERSON"), ("Kiev", "Kyiv", "LOCATION"),
             ("Volodymyr Zelensky", "Volodymyr Zelensky", "PERSON")]
    events = code_events(doc, "fr", canonical_mentions(doc, text, named), "art_test",
                         TEST_PUBLISHED)
    assert party_triples(events) == [("CONSULT", "Maxime Prévot", "Volodymyr Zelensky")]
    assert events[0].event_date == date(2026, 3, 11)  # the trip's Wednesday


def test_contacts_with_a_city_are_with_its_authorities_as_named(models):
    text = "Depuis, Rome a multiplié les contacts avec Tobrouk."
    events = _coded(models, "fr", text, [("Rome", "Italy", "COUNTRY"),
                                         ("Tobrouk", "Tobruk", "LOCATION")])
    assert ("CONSULT", "Italy", "Tobruk") in events


def test_a_place_near_which_something_happened_is_no_target(models):
    text = "Rome plaide pour une mission navale européenne au large de la Libye."
    events = _coded(models, "fr", text, [("Rome", "Italy", "COUNTRY"),
                                         ("Libye", "Libya", "COUNTRY")])
    assert ("REQUEST", "Italy", "Libya") not in events


def test_warships_sent_around_a_state_target_it(models):
    text = "La Chine a envoyé mardi 30 navires de guerre autour de Taïwan."
    events = _coded(models, "fr", text, [("Chine", "China", "COUNTRY"),
                                         ("Taïwan", "Taiwan", "COUNTRY")])
    assert ("MOBILIZE", "China", "Taiwan") in events


def test_the_second_member_of_a_scene_is_a_scene_too(models):
    text = "UNICEF appealed for 200 million dollars to fight measles in Chad and Niger."
    events = _coded(models, "en", text, [("UNICEF", "UNICEF", "ORGANIZATION"),
                                         ("Chad", "Chad", "COUNTRY"),
                                         ("Niger", "Niger", "COUNTRY")])
    assert ("REQUEST", "UNICEF", None) in events


def test_the_place_aid_went_into_is_the_target(models):
    en = _coded(models, "en", "Egypt allowed 30 aid trucks to enter Rafah on Sunday.",
                [("Egypt", "Egypt", "COUNTRY"), ("Rafah", "Rafah", "LOCATION")])
    fr = _coded(models, "fr", "L'Unicef a distribué des kits d'hygiène à 5 000 familles "
                "au Tigré.", [("Unicef", "UNICEF", "ORGANIZATION"),
                              ("Tigré", "Tigray", "LOCATION")])
    assert ("CONCEDE", "Egypt", "Rafah") in en
    assert ("AID", "UNICEF", "Tigray") in fr


def test_cutting_a_presence_in_a_country_acts_on_it(models):
    events = _coded(models, "en", "Britain has cut its troop presence in Estonia to "
                    "fewer than 500, the ministry said.",
                    [("Britain", "United Kingdom", "COUNTRY"),
                     ("Estonia", "Estonia", "COUNTRY")])
    assert ("RETREAT", "United Kingdom", "Estonia") in events


def test_a_company_named_with_its_demonym_is_the_target_not_its_country(models):
    text = "Le Mali a saisi un stock d'or appartenant au groupe canadien Barrick."
    events = _coded(models, "fr", text, [("Mali", "Mali", "COUNTRY"),
                                         ("canadien", "Canada", "COUNTRY"),
                                         ("Barrick", "Barrick", "ORGANIZATION")])
    assert ("COERCE", "Mali", "Barrick") in events
