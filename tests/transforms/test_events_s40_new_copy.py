"""Constructions read on the twenty-third session's new tuning copy (dev54, dev55), in
sentences of our own: wild animals assault no one; what a toll "threatens" is put at risk,
not threatened; rescuers pulling survivors out give aid, not a retreat; a "since" beside a
speech act told once is the span of what it is about, not its day."""
from datetime import date

import pytest

from tests.transforms.mentions import coded_with_found_actors, events_with_found_actors

PUBLISHED = date(2026, 11, 27)  # a Friday


@pytest.mark.parametrize("lang, text", [
    ("fr", "Un ours a tué mardi un retraité de 71 ans dans son potager d'Iwate."),
    ("fr", "Selon la police, plus de 200 personnes ont été blessées par des ours cette année."),
    ("fr", "La région fait face à une vague d'attaques d'ours qui a fait 13 morts depuis avril."),
    ("en", "A crocodile attacked a fisherman on the banks of the river on Monday."),
    ("en", "A shark killed a surfer off the coast of Reunion on Wednesday."),
])
def test_wild_animals_assault_no_one(nlp_fr, nlp_en, lang, text):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert "ASSAULT" not in [e[0] for e in coded_with_found_actors(nlp, lang, text, PUBLISHED)]


def test_a_lone_wolf_attack_is_still_an_attack(nlp_en):
    text = "A lone wolf attacker stabbed three police officers in Vienna on Monday."
    assert "ASSAULT" in [e[0] for e in coded_with_found_actors(nlp_en, "en", text, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le WWF a critiqué l'abattage de 9 000 ours, un chiffre qui menace selon "
           "l'organisation la survie de certaines populations."),
    ("fr", "La sécheresse menace les récoltes de tout le nord du pays."),
    ("en", "The spill threatens the livelihoods of 3,000 fishermen, the group said on Monday."),
])
def test_what_is_put_at_risk_is_not_threatened(nlp_fr, nlp_en, lang, text):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert "THREATEN" not in [e[0] for e in coded_with_found_actors(nlp, lang, text, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Russie a menacé mardi l'Ukraine de représailles."),
    ("en", "Russia threatened Ukraine with retaliation on Tuesday."),
])
def test_a_threat_to_someone_is_still_a_threat(nlp_fr, nlp_en, lang, text):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert ("THREATEN", "Russia", "Ukraine") in [
        e[:3] for e in coded_with_found_actors(nlp, lang, text, PUBLISHED)]


def test_rescuers_pulling_survivors_out_give_aid(nlp_en):
    text = ("Rescuers from the National Emergency Management Agency pulled 23 survivors from "
            "the rubble on Wednesday night.")
    assert [e[0] for e in coded_with_found_actors(nlp_en, "en", text, PUBLISHED)] == ["AID"]


def test_pulling_troops_out_is_still_a_retreat(nlp_en):
    text = "Canada pulled its troops out of Mali on Monday."
    assert [e[0] for e in coded_with_found_actors(nlp_en, "en", text, PUBLISHED)] == ["RETREAT"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le WWF a critiqué l'abattage de plus de 9 000 ours depuis avril et a appelé Tokyo à "
           "financer des clôtures."),
    ("en", "The WWF criticised the culling of 9,000 bears since April and called on Tokyo to "
           "fund fences."),
    ("en", "Amnesty International condemned the detention of 40 activists since January."),
])
def test_a_since_beside_a_speech_act_told_once_is_not_its_day(nlp_fr, nlp_en, lang, text):
    nlp = nlp_fr if lang == "fr" else nlp_en
    events = events_with_found_actors(nlp, lang, text, PUBLISHED)
    assert events and {e.event_date for e in events} == {PUBLISHED}


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'ONU réclame depuis avril un cessez-le-feu."),
    ("en", "The United Nations has called for a ceasefire since April."),
])
def test_a_call_kept_up_since_a_month_keeps_that_month(nlp_fr, nlp_en, lang, text):
    nlp = nlp_fr if lang == "fr" else nlp_en
    events = events_with_found_actors(nlp, lang, text, PUBLISHED)
    assert [e.event_date for e in events] == [date(2026, 4, 1)]


def test_a_list_of_three_acts_shares_the_first_ones_day(nlp_en):
    # The parse chains the third verb to the second ("detained" <- "seized" <- "raided").
    text = ("Armed officers raided an industrial unit on the edge of the city on Monday "
            "evening, seized around 40 printed guns and parts for dozens more, and detained "
            "three men aged 24 to 41, a detective inspector said.")
    events = events_with_found_actors(nlp_en, "en", text, PUBLISHED)
    assert [(e.verb, e.event_date) for e in events] == [
        ("raided", date(2026, 11, 23)), ("seized", date(2026, 11, 23)),
        ("detained", date(2026, 11, 23))]


def test_a_standfirsts_act_retold_by_the_lead_is_one_act(nlp_en):
    text = ("Kenya and Tanzania sign border accord after decade of talks\n"
            "NAIROBI, Nov 27 - Kenya signed an accord with Tanzania on Thursday settling the "
            "line of their border along Lake Victoria, ending a decade of talks.")
    events = [e for e in events_with_found_actors(nlp_en, "en", text, PUBLISHED)
              if e.event_type == "AGREE"]
    assert [(e.source.name, e.target.name) for e in events] == [("Kenya", "Tanzania")]


def test_two_acts_of_one_type_by_different_parties_are_both_kept(nlp_en):
    text = ("Kenya signs border accord with Tanzania\n"
            "NAIROBI, Nov 27 - Uganda signed an accord with Tanzania on Thursday settling the "
            "line of their border along Lake Victoria.")
    events = [e for e in events_with_found_actors(nlp_en, "en", text, PUBLISHED)
              if e.event_type == "AGREE"]
    assert len(events) == 2


@pytest.mark.xfail(strict=True, reason="known limit: the rule that read it (a bare participle "
                   "sharing the compound past above) added two wrong events on the unseen "
                   "sets and was reverted")
def test_a_bare_participle_after_an_accusations_infinitive_is_the_accusers_act(nlp_fr):
    # The parse hangs "demandé" on "traiter": it shares the auxiliary of "a accusé".
    text = ("A Mexico, la présidente Claudia Sheinbaum a accusé jeudi les autorités "
            "américaines de « traiter des travailleurs comme des criminels » et demandé que "
            "les Mexicains arrêtés puissent voir un consul.")
    events = coded_with_found_actors(nlp_fr, "fr", text, PUBLISHED)
    assert ("REQUEST", "Claudia Sheinbaum") in [e[:2] for e in events]
    assert "United States" not in [e[1] for e in events]


def test_the_next_clauses_subject_is_not_the_target(nlp_en):
    # The parse makes "Save" the root and both verbs its conjuncts.
    text = ("Save the Children criticised conditions in the main centre, and UNICEF urged "
            "Spain to give every child a lawyer.")
    events = coded_with_found_actors(nlp_en, "en", text, PUBLISHED)
    assert ("ACCUSE", "Save the Children", None) in [e[:3] for e in events]
    assert ("REQUEST", "UNICEF", "Spain") in [e[:3] for e in events]
