"""Shapes seen on new copy (dev38, dev39), checked on sentences of our own:

- the person set off by commas after a title that hangs on another person holds the
  title ("le chef de cabinet du président X, Y, a accusé": Y acted, not X);
- a "he"/"she"/"il" opening a clause a verb of saying governs is who says it ("the
  minister, Jane Doe, said she had met ...");
- pledging or promising a sum is giving it (AID), not a deal;
- a crowd of protesters storming or burning riots: a PROTEST (CAMEO 145), whose target is
  what they stormed.
"""
from datetime import date

from tests.transforms.mentions import coded_with_found_actors

PUBLISHED = date(2026, 11, 27)


def _types(coded):
    return [c[0] for c in coded]


# ---------------------------------------------------------------- a title's holder


def test_the_holder_after_a_person_in_the_title_acts_in_french(nlp_fr):
    coded = coded_with_found_actors(
        nlp_fr, "fr", "La porte-parole du président Emmanuel Macron, Maud Bregeon, a dénoncé "
                      "jeudi les propos de Viktor Orban.", PUBLISHED)
    assert ("ACCUSE", "Maud Bregeon", "Viktor Orbán") in coded, coded


def test_the_holder_after_a_person_and_a_place_in_the_title_acts(nlp_fr):
    coded = coded_with_found_actors(
        nlp_fr, "fr", "Le conseiller de Donald Trump pour l'Afrique, Massad Boulos, s'est "
                      "entretenu lundi à Kinshasa avec Félix Tshisekedi.", PUBLISHED)
    assert ("CONSULT", "Massad Boulos", "Félix Tshisekedi") in coded, coded


def test_the_holder_after_a_person_in_the_title_acts_in_english(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "The widow of Alexei Navalny, Yulia Navalnaya, met Emmanuel Macron in "
                      "Paris on Tuesday.", PUBLISHED)
    assert ("CONSULT", "Yulia Navalnaya", "Emmanuel Macron") in coded, coded


def test_a_list_of_persons_after_a_title_is_no_holder(nlp_fr):
    coded = coded_with_found_actors(
        nlp_fr, "fr", "Les partisans de Jair Bolsonaro, Eduardo Bolsonaro et Flavio Bolsonaro "
                      "ont manifesté à Brasilia.", PUBLISHED)
    assert all(c[1] != "Flavio Bolsonaro" or c[0] == "PROTEST" for c in coded), coded


# ---------------------------------------------------------------- the reporter's pronoun


def test_he_in_a_reported_clause_is_the_speaker_in_english(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "Acme Mining said it would appeal. Canada's trade minister, Maninder "
                      "Sidhu, said in Ottawa on Tuesday that he had spoken by phone with "
                      "Ecuadorian Foreign Minister Gabriela Sommerfeld.", PUBLISHED)
    assert ("CONSULT", "Maninder Sidhu", "Gabriela Sommerfeld") in coded, coded


def test_she_in_a_reported_clause_without_that_is_the_speaker(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "Joe Biden spoke on Monday. The spokeswoman for the ministry, Anna "
                      "Kovacs, said she had met Viktor Orban in Budapest.", PUBLISHED)
    assert ("CONSULT", "Anna Kovacs", "Viktor Orbán") in coded, coded


def test_il_in_a_reported_clause_is_the_speaker_in_french(nlp_fr):
    coded = coded_with_found_actors(
        nlp_fr, "fr", "Emmanuel Macron est arrivé lundi. Le porte-parole du gouvernement, "
                      "Jean Martin, a affirmé qu'il avait rencontré Viktor Orban à Budapest.",
        PUBLISHED)
    assert ("CONSULT", "Jean Martin", "Viktor Orbán") in coded, coded


# ---------------------------------------------------------------- pledged sums


def test_a_pledged_sum_is_aid_in_english(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "Britain pledged Ukraine £3 billion a year on Thursday.", PUBLISHED)
    assert ("AID", "United Kingdom", "Ukraine") in coded, coded
    coded = coded_with_found_actors(
        nlp_en, "en", "Japan pledged 5 million dollars to Tonga on Friday.", PUBLISHED)
    assert ("AID", "Japan", "Tonga") in coded, coded


def test_a_sum_promised_or_to_be_paid_is_aid_in_french(nlp_fr):
    coded = coded_with_found_actors(
        nlp_fr, "fr", "La France a promis mardi 50 millions d'euros au Liban.", PUBLISHED)
    assert ("AID", "France", "Lebanon") in coded, coded
    coded = coded_with_found_actors(
        nlp_fr, "fr", "Le Japon s'est engagé à verser 10 millions d'euros au Programme "
                      "alimentaire mondial.", PUBLISHED)
    assert "AID" in _types(coded) and "AGREE" not in _types(coded), coded


def test_a_pledge_without_a_sum_is_no_aid(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "The company promised shareholders a 5% dividend.", PUBLISHED)
    assert "AID" not in _types(coded), coded


# ---------------------------------------------------------------- riots


def test_protesters_storming_a_building_protest_against_it(nlp_en):
    coded = coded_with_found_actors(
        nlp_en, "en", "Thousands of young protesters stormed the National Assembly in Nairobi "
                      "on Tuesday over a finance bill.", PUBLISHED)
    assert ("PROTEST", None, "National Assembly") in coded, coded
    assert "ASSAULT" not in _types(coded), coded


def test_a_crowd_ransacking_protests_in_french(nlp_fr):
    coded = coded_with_found_actors(
        nlp_fr, "fr", "Une foule en colère a saccagé lundi le siège du parti à Dakar.", PUBLISHED)
    assert "PROTEST" in _types(coded) and "ASSAULT" not in _types(coded), coded


def test_gunmen_storming_still_assault(nlp_en, nlp_fr):
    coded = coded_with_found_actors(
        nlp_en, "en", "Gunmen stormed a hotel in Mogadishu on Sunday.", PUBLISHED)
    assert "ASSAULT" in _types(coded), coded
    coded = coded_with_found_actors(
        nlp_fr, "fr", "Des hommes armés ont attaqué dimanche un poste de police.", PUBLISHED)
    assert "ASSAULT" in _types(coded), coded
