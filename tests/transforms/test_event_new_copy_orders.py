"""Readings found wrong on new copy (dev23), told in our own sentences: an order or an
announcement of a nominal act by "he"/"il", a union's warning of a strike, a French
conditional of a doubling verb, an apposed founder's call, an unknown person acting on
the only country of the sentence."""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 20)


def _coded(nlp, lang, text):
    return coded_with_found_actors(nlp, lang, text, PUBLISHED)


def test_a_deployment_ordered_by_he_is_the_person_named_before(nlp_en, nlp_fr):
    events = _coded(nlp_en, "en", "President Gustavo Petro blamed the ELN for the bombing. He "
                                  "ordered the deployment of 1,500 troops to the region and "
                                  "ruled out talks.")
    assert ("MOBILIZE", "Gustavo Petro", None) in events
    events = _coded(nlp_fr, "fr", "Le ministre Marc Dupont a rencontré les syndicats. Il a "
                                  "ordonné le déploiement de 300 gendarmes en Corse.")
    assert any(e[0] == "MOBILIZE" and e[1] == "Marc Dupont" for e in events)


def test_a_union_warning_of_a_strike_on_a_condition_threatens(nlp_en, nlp_fr):
    events = _coded(nlp_fr, "fr", "La Confédération générale du travail (CGT) a averti mardi "
                                  "qu'elle appellerait a une grève générale si le gouvernement "
                                  "touchait aux salaires.")
    assert [e[0] for e in events] == ["THREATEN"]
    events = _coded(nlp_en, "en", "The Teamsters warned they would go on strike unless the "
                                  "company raised wages.")
    assert [e[0] for e in events] == ["THREATEN"]


def test_a_warning_that_strikes_happened_is_no_threat(nlp_en):
    events = _coded(nlp_en, "en", "Lufthansa warned on Monday that strikes had cut its "
                                  "profits by a third.")
    assert "THREATEN" not in [e[0] for e in events]


def test_the_conditional_of_a_doubling_verb_is_no_act(nlp_fr):
    events = _coded(nlp_fr, "fr", "Le ministre a dit que la France rappellerait son "
                                  "ambassadeur.")
    assert events == []


def test_an_apposed_founder_calls_on_the_states_named(nlp_en):
    events = _coded(nlp_en, "en", "Its founder, Helena Maleno, called on Spain and the EU to "
                                  "stop outsourcing border control to African states.")
    assert ("REQUEST", "Helena Maleno", "Spain") in events
    assert ("REQUEST", "Helena Maleno", "European Union") in events


def test_a_demonym_still_makes_the_country_the_person_s_own(nlp_en):
    events = _coded(nlp_en, "en", "Iranian spokesman Ali Bagheri warned that Iran would "
                                  "respond.")
    assert all(e[2] != "Iran" for e in events)
