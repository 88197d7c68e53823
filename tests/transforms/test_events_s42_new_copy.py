"""Constructions read on the twenty-fifth session's new tuning copy (dev58, dev59), in
sentences of our own: words in another sense than the act (a position "arrêtée", a sitting
suspended, a disease fought, candidates facing each other, a price "qui se négocie"), a
walk-out told in French, visitors counted, plans told with "is due" or an irregular French
future, a "ne ... pas" hung on "encore", kinds of people, rights to act, tallies since a year,
sit-ins by workers, joint patrols, a body set off by commas, and one act told once."""
from datetime import date

import pytest

from tests.transforms.mentions import coded_with_found_actors, events_with_found_actors

PUBLISHED = date(2026, 11, 27)  # a Friday


def _types(nlp, lang, text):
    return [e[0] for e in coded_with_found_actors(nlp, lang, text, PUBLISHED)]


def _nlp(nlp_fr, nlp_en, lang):
    return nlp_fr if lang == "fr" else nlp_en


@pytest.mark.parametrize("lang, text, absent", [
    ("fr", "Le Conseil de l'UE avait arrêté sa position commune en mars.", "COERCE"),
    ("fr", "Le gouvernement belge a arrêté mardi le calendrier de la réforme.", "COERCE"),
    ("en", "The chair, Kenyan diplomat John Mwangi, suspended the closing plenary at dawn.",
     "SANCTION"),
    ("fr", "Le président de l'Assemblée a suspendu la séance mardi soir.", "SANCTION"),
    ("en", "Peru has been fighting a cholera outbreak since the floods.", "ASSAULT"),
    ("en", "Two candidates clashed in a televised debate on Tuesday.", "ASSAULT"),
    ("fr", "Trois candidatures s'affrontent pour la direction de l'UNESCO.", "ASSAULT"),
    ("fr", "À Lomé, une voiture d'occasion se négocie autour de 8 millions de francs CFA.",
     "CONSULT"),
    ("fr", "L'Arabie saoudite vise 150 millions de visiteurs par an d'ici 2030.", "ASSAULT"),
])
def test_a_word_in_another_sense_is_no_act(nlp_fr, nlp_en, lang, text, absent):
    assert absent not in _types(_nlp(nlp_fr, nlp_en, lang), lang, text)


def test_an_arrest_is_still_an_arrest(nlp_fr):
    assert "COERCE" in _types(nlp_fr, "fr", "La police malienne a arrêté mardi deux suspects.")


def test_troops_clashing_still_fight(nlp_en):
    assert "ASSAULT" in _types(nlp_en, "en", "Indian and Chinese troops clashed on the border "
                                             "on Tuesday.")


def test_a_negation_hung_on_encore_still_negates(nlp_fr):
    assert "COERCE" not in _types(nlp_fr, "fr", "La police n'a pas encore arrêté le suspect.")


def test_walking_out_of_the_room_is_a_rejection(nlp_fr):
    events = coded_with_found_actors(nlp_fr, "fr", "La délégation thaïlandaise a quitté la "
                                                   "salle pendant le discours.", PUBLISHED)
    assert [e[:2] for e in events] == [("REJECT", "Thailand")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Premier ministre Hun Manet, qui accueillait une trentaine de chefs d'Etat, a "
           "ouvert le sommet samedi."),
])
def test_welcoming_a_count_of_leaders_is_hosting(nlp_fr, nlp_en, lang, text):
    assert _types(_nlp(nlp_fr, nlp_en, lang), lang, text)[:1] == ["CONSULT"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Takaichi is due in Seoul next week for talks with South Korean President Lee "
           "Jae-myung."),
    ("en", "Takaichi will be in Seoul next week for talks with South Korean President Lee "
           "Jae-myung."),
    ("fr", "La BCE tiendra sa dernière réunion de l'année le 17 décembre."),
    ("fr", "La France enverra des instructeurs au Bénin."),
])
def test_a_trip_or_a_meeting_planned_is_no_event(nlp_fr, nlp_en, lang, text):
    assert _types(_nlp(nlp_fr, nlp_en, lang), lang, text) == []


def test_a_trip_for_talks_takes_the_trips_day(nlp_en):
    text = "Takaichi travelled to Seoul on Monday for talks with South Korean President Lee " \
           "Jae-myung."
    events = events_with_found_actors(nlp_en, "en", text, PUBLISHED)
    assert [(e.event_type, e.event_date) for e in events] == [("CONSULT", date(2026, 11, 23))]


def test_the_mandate_given_in_a_year_is_no_giving_in(nlp_en):
    text = "Saudi Arabia said the provisions went beyond the mandate given by the United " \
           "Nations Environment Assembly in 2022."
    assert "CONCEDE" not in _types(nlp_en, "en", text)


@pytest.mark.parametrize("lang, text, absent", [
    ("en", "Jordan changed its rules to let troops fire on smugglers who refuse to stop.",
     "REJECT"),
    ("fr", "La Chine réclame depuis des mois le droit de déployer ses propres sociétés de "
           "sécurité.", "MOBILIZE"),
    ("fr", "Plus de vingt ressortissants chinois ont été tués dans des attentats depuis 2021.",
     "ASSAULT"),
    ("en", "More than 20 Chinese nationals have been killed in attacks since 2021.", "ASSAULT"),
])
def test_kinds_grievances_rights_and_tallies_are_no_acts(nlp_fr, nlp_en, lang, text, absent):
    assert absent not in _types(_nlp(nlp_fr, nlp_en, lang), lang, text)


def test_a_killing_on_a_day_is_still_an_act(nlp_en):
    assert "ASSAULT" in _types(nlp_en, "en", "Gunmen killed 20 Chinese nationals on Monday.")


@pytest.mark.parametrize("lang, text", [
    ("en", "Members of the dockers' union occupied the terminal on Friday and blocked two "
           "trucks."),
    ("fr", "Des ouvriers ont occupé l'usine de Valenciennes vendredi."),
])
def test_workers_occupying_or_blocking_protest(nlp_fr, nlp_en, lang, text):
    types = _types(_nlp(nlp_fr, nlp_en, lang), lang, text)
    assert types and set(types) == {"PROTEST"}


def test_forces_occupying_a_town_still_coerce(nlp_en):
    assert _types(nlp_en, "en", "Russian forces occupied the town on Friday.") == ["COERCE"]


def test_the_title_holder_set_off_after_an_agent_is_the_source(nlp_fr):
    text = "La loi avait été critiquée par le Haut-Commissaire des Nations unies aux droits " \
           "de l'homme, Volker Türk, en août 2025."
    events = coded_with_found_actors(nlp_fr, "fr", text, PUBLISHED)
    assert [e[:3] for e in events] == [("ACCUSE", "Volker Türk", None)]


def test_sources_that_came_to_nothing_tell_one_act_once(nlp_en):
    text = "The case was brought by five couples from Sapporo, Nagoya, Osaka and Fukuoka, " \
           "who sued the Japanese government in 2019."
    events = [e[:3] for e in coded_with_found_actors(nlp_en, "en", text, PUBLISHED)]
    assert events.count(("ACCUSE", None, "Japan")) == 1


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Jordanian and Syrian border units carried out their first joint patrol on Monday.",
     ("COOPERATE", "Jordan", "Syria")),
    ("fr", "Les armées malienne et nigérienne ont mené une patrouille conjointe mardi.",
     ("COOPERATE", "Mali", "Niger")),
])
def test_a_joint_patrol_is_done_together(nlp_fr, nlp_en, lang, text, expected):
    assert [e[:3] for e in coded_with_found_actors(_nlp(nlp_fr, nlp_en, lang), lang, text,
                                                   PUBLISHED)] == [expected]


def test_a_patrol_alone_is_still_a_show_of_force(nlp_en):
    assert _types(nlp_en, "en", "Chinese warships carried out patrols near Taiwan on "
                                "Monday.") == ["MOBILIZE"]


def test_the_body_set_off_by_commas_is_the_one_acting(nlp_en):
    text = "The UN peacekeeping mission, MONUSCO, called for an independent investigation."
    assert [e[:2] for e in coded_with_found_actors(nlp_en, "en", text, PUBLISHED)] == [
        ("REQUEST", "MONUSCO")]


@pytest.mark.parametrize("lang, text, day", [
    ("en", "Luxon phoned Peters on Saturday and met Hipkins two days later.", date(2026, 11, 23)),
    ("fr", "Le ministre Jean-Noël Barrot a rencontré samedi Ahmed Attaf et s'est entretenu le "
           "lendemain avec Abdelmadjid Tebboune.", date(2026, 11, 22)),
])
def test_the_next_day_in_a_second_clause_counts_from_the_first_clauses_day(nlp_fr, nlp_en,
                                                                            lang, text, day):
    events = events_with_found_actors(_nlp(nlp_fr, nlp_en, lang), lang, text, PUBLISHED)
    assert events[-1].event_date == day
