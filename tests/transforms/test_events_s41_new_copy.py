"""Constructions read on the twenty-fourth session's new tuning copy (dev56, dev57), in
sentences of our own: what two states will do before signing is no signing; a licence or a
permit granted is no aid; a standfirst that tells an act without its target is the lead's act
told again, and the lead's fuller telling, with its day, is the one kept."""
from datetime import date

import pytest

from tests.transforms.mentions import coded_with_found_actors, events_with_found_actors

PUBLISHED = date(2026, 11, 27)  # a Friday


@pytest.mark.parametrize("lang, text", [
    ("en", "The two countries will consult each other before signing any security deal with "
           "China."),
    ("fr", "Les deux pays se consulteront avant de conclure tout accord de sécurité avec la "
           "Chine."),
])
def test_a_signing_in_a_side_clause_of_a_plan_is_no_event(nlp_fr, nlp_en, lang, text):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert "AGREE" not in [e[0] for e in coded_with_found_actors(nlp, lang, text, PUBLISHED)]


def test_a_signing_after_a_past_act_is_an_event(nlp_en):
    text = "France consulted Germany before signing the deal with China."
    assert ("AGREE", "France", "China") in [
        e[:3] for e in coded_with_found_actors(nlp_en, "en", text, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Mali a accordé un permis minier à une société chinoise."),
    ("fr", "Le Groenland a accordé cette année deux nouvelles licences d'exploitation."),
    ("en", "Mali granted a mining permit to a Chinese firm."),
    ("en", "Greenland granted two new mining licences this year."),
])
def test_a_licence_or_a_permit_granted_is_no_aid(nlp_fr, nlp_en, lang, text):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert "AID" not in [e[0] for e in coded_with_found_actors(nlp, lang, text, PUBLISHED)]


def test_aid_granted_is_still_aid(nlp_fr):
    text = "La France a accordé une aide de 5 millions d'euros au Mali."
    assert ("AID", "France", "Mali") in [
        e[:3] for e in coded_with_found_actors(nlp_fr, "fr", text, PUBLISHED)]


def test_the_leads_fuller_telling_is_kept_over_the_standfirsts(nlp_fr):
    text = ("Le Kenya a ratifié l'accord frontalier, qui règle le tracé sur le lac Victoria.\n"
            "NAIROBI, 27 novembre (AFP) - Le Kenya a ratifié jeudi l'accord frontalier conclu "
            "avec la Tanzanie, après dix ans de négociations.")
    events = [e for e in events_with_found_actors(nlp_fr, "fr", text, PUBLISHED)
              if e.event_type == "AGREE"]
    assert [(e.source.name, e.target.name if e.target else None, e.event_date)
            for e in events] == [("Kenya", "Tanzania", date(2026, 11, 26))]


@pytest.mark.parametrize("lang, text, source", [
    ("en", "The UAE embassy in Rome denied that any Emirati arms had reached Sudan.",
     "United Arab Emirates"),
    ("en", "China rejected claims that it had supplied weapons to Russia.", "China"),
    ("fr", "Moscou a démenti que ses troupes aient attaqué l'Ukraine.", "Russia"),
])
def test_what_a_denial_says_is_untrue_names_no_target(nlp_fr, nlp_en, lang, text, source):
    # eval/README.md: a denial has a target only when its object names an actor.
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert ("REJECT", source, None) in [
        e[:3] for e in coded_with_found_actors(nlp, lang, text, PUBLISHED)]


def test_a_denial_of_someones_accusations_targets_them(nlp_fr):
    text = "Pékin a rejeté les accusations de Washington."
    assert ("REJECT", "China", "United States") in [
        e[:3] for e in coded_with_found_actors(nlp_fr, "fr", text, PUBLISHED)]


def test_what_an_accusation_selon_laquelle_says_is_alleged(nlp_fr):
    text = "Pékin a rejeté les accusations selon lesquelles il aurait livré des armes à la Russie."
    assert [e[0] for e in coded_with_found_actors(nlp_fr, "fr", text, PUBLISHED)] == ["REJECT"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des colons ont attaqué samedi des familles dans le village de Turmus Ayya, en "
           "Cisjordanie occupée."),
    ("en", "Settlers attacked families in a village of the occupied West Bank on Saturday."),
])
def test_an_occupied_place_is_no_act_of_occupying(nlp_fr, nlp_en, lang, text):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert [e[0] for e in coded_with_found_actors(nlp, lang, text, PUBLISHED)] == ["ASSAULT"]


def test_he_after_a_reported_clause_is_the_speaker_in_a_first_sentence(nlp_en):
    text = ("Tusk said Ukraine's Security Service had shared information that helped identify "
            "the handler, and he called on Telegram to shut down the channels.")
    assert ("REQUEST", "Donald Tusk") in [
        e[:2] for e in coded_with_found_actors(nlp_en, "en", text, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Jeudi soir, des hommes armés de Viv Ansanm ont attaqué le commissariat de "
           "Croix-des-Bouquets, tuant deux policiers et incendiant quatre véhicules."),
    ("en", "Gunmen attacked a police station in Kano on Thursday, killing two officers and "
           "torching four vehicles."),
])
def test_a_pair_of_side_gerunds_is_one_attacks_detail(nlp_fr, nlp_en, lang, text):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert [e[0] for e in coded_with_found_actors(nlp, lang, text, PUBLISHED)] == ["ASSAULT"]


@pytest.mark.parametrize("lang, text, kept", [
    ("fr", "Mahmoud Ali Youssouf a condamné une attaque lâche contre ceux qui aident la Somalie.",
     ["ACCUSE"]),
    ("en", "Guterres condemned the attack and said those who attack peacekeepers in Mali must "
           "be punished.", ["ACCUSE"]),
    ("fr", "Ceux qui ont attaqué la base de Gao ont été arrêtés.", ["ASSAULT", "COERCE"]),
])
def test_what_those_who_do_something_do_is_no_act(nlp_fr, nlp_en, lang, text, kept):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert [e[0] for e in coded_with_found_actors(nlp, lang, text, PUBLISHED)] == kept
