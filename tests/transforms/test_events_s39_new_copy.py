"""Constructions read on the twenty-second session's new tuning copy (dev52, dev53), in
sentences of our own: what one did not manage to do is not done; what an accusation is
about, dated to a year, does not date the accusation; a relative clause on a thing has no
source taken from the actors named before it."""
from datetime import date

import pytest

from tests.transforms.mentions import coded_with_found_actors, events_with_found_actors

PUBLISHED = date(2026, 11, 27)  # a Friday


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les négociateurs du Chili et de l'Argentine se sont réunis lundi à Santiago, sans "
           "parvenir à s'entendre sur le tracé."),
    ("fr", "Les deux pays ont repris les pourparlers mardi sans réussir à conclure un accord."),
    ("en", "Negotiators from Chile and Argentina met in Santiago on Monday without managing to "
           "agree on the route."),
])
def test_what_one_did_not_manage_is_not_done(nlp_fr, nlp_en, lang, text):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert "AGREE" not in [e[0] for e in coded_with_found_actors(nlp, lang, text, PUBLISHED)]


def test_an_accusation_is_not_dated_by_the_year_of_what_it_is_about(nlp_en):
    text = ("LIMA, Nov 27 - Hours later, the navy spokesman rejected the claim and accused "
            "Chile of mining the approaches to Arica in 2022.")
    events = events_with_found_actors(nlp_en, "en", text, PUBLISHED)
    assert [e.event_date for e in events if e.event_type == "ACCUSE"] == [PUBLISHED]


def test_an_accusation_keeps_a_day_its_content_names(nlp_en):
    text = "The minister accused Chile of shelling the border post on Monday."
    events = events_with_found_actors(nlp_en, "en", text, PUBLISHED)
    assert [e.event_date for e in events if e.event_type == "ACCUSE"] == [date(2026, 11, 23)]


def test_a_relative_clause_on_a_thing_takes_no_source_named_before(nlp_fr):
    text = ("Le ministre péruvien du Commerce a exigé que le Chili et la Bolivie « corrigent "
            "d'abord les déséquilibres » qui, selon lui, pénalisent les travailleurs péruviens.")
    coded = coded_with_found_actors(nlp_fr, "fr", text, PUBLISHED)
    assert not any(e[0] == "SANCTION" and e[1] is not None for e in coded), coded


def test_a_relative_clause_on_a_named_body_keeps_its_source(nlp_fr):
    text = "Le gouvernement malien, qui a expulsé l'ambassadeur de France, a aussi suspendu RFI."
    coded = coded_with_found_actors(nlp_fr, "fr", text, PUBLISHED)
    assert ("SANCTION", "Mali", "France") in coded, coded


def test_an_act_hung_on_a_saying_participles_clause_is_the_speakers(nlp_fr):
    # the parse hangs "a accusé" on "se font", the present-tense verb of what was affirmed
    text = ("Lima a rejeté samedi les critiques de La Paz, affirmant que les reconduites se "
            "font « dans le respect de la dignité des personnes », et a accusé la Bolivie de "
            "laisser prospérer les réseaux de passeurs.")
    events = events_with_found_actors(nlp_fr, "fr", text, PUBLISHED)
    accusations = [(e.source.name if e.source else None, e.event_date)
                   for e in events if e.event_type == "ACCUSE"]
    assert accusations == [("Peru", date(2026, 11, 21))], accusations


def test_an_act_of_law_in_a_relative_clause_is_its_makers(nlp_fr):
    text = ("Les Vingt-Sept ont définitivement adopté lundi le règlement qui interdit toute "
            "importation de gaz naturel russe d'ici 2027.")
    coded = coded_with_found_actors(nlp_fr, "fr", text, PUBLISHED)
    assert any(e[0] == "SANCTION" and e[1] == "European Union" for e in coded), coded


@pytest.mark.parametrize("lang, text, target", [
    # a court ordering a state to pay a fine: SANCTION court → state (eval/README.md)
    ("en", "The Court of Justice of the European Union on Thursday ordered Spain to pay a "
           "lump sum of 20 million euros.", "Spain"),
    ("fr", "La Cour de justice de l'Union européenne a condamné jeudi la Pologne à payer une "
           "amende de 20 millions d'euros.", "Poland"),
])
def test_a_court_ordering_a_fine_sanctions(nlp_fr, nlp_en, lang, text, target):
    nlp = nlp_fr if lang == "fr" else nlp_en
    coded = coded_with_found_actors(nlp, lang, text, PUBLISHED)
    assert any(e[0] == "SANCTION" and e[2] == target for e in coded), coded
    assert not any(e[0] in ("REQUEST", "ACCUSE") for e in coded), coded


def test_hosting_a_thing_is_no_meeting(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "Nauru still hosts an Australian-funded offshore processing centre. "
                      "Oman, which hosts the Houthis' chief negotiator, Mohammed Abdulsalam, in "
                      "Muscat, did not comment.", PUBLISHED)
    assert [e for e in coded if e[0] == "CONSULT"] == [
        ("CONSULT", "Oman", "Mohammed Abdulsalam")], coded


def test_what_a_denier_goes_on_to_do_is_the_deniers(nlp_en):
    text = ("Russia's defence ministry on Thursday denied that its forces had laid mines in the "
            "western Black Sea and blamed Ukraine for the incident.")
    coded = coded_with_found_actors(nlp_en, "en", text, PUBLISHED)
    assert ("ACCUSE", "Russia", "Ukraine") in coded, coded
    # the one blamed is the accusation's target, not the denial's
    assert ("REJECT", "Russia", None) in coded, coded


@pytest.mark.parametrize("text, expected", [
    # "est" + participle of a verb whose past takes "avoir": a passive, aside or not
    ("Le Mexique, lui, est sommé de revenir sur sa politique énergétique.",
     ("REQUEST", None, "Mexico")),
    # a verb whose past takes "être" keeps its subject ("étaient convenus")
    ("Le Kremlin a affirmé que Poutine et Trump étaient convenus de se rencontrer.",
     ("AGREE", "Vladimir Putin", "Donald Trump")),
])
def test_est_with_a_participle(nlp_fr, text, expected):
    assert expected in coded_with_found_actors(nlp_fr, "fr", text, PUBLISHED)
