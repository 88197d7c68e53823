"""A paragraph's first sentence may plainly go on with the occasion the paragraph before
ended on (eval/README.md "Dates"): the next act of the same scene (a march, then the police
charge). Another actor's reaction keeps the report day, so does the same actor's next act
told in a new paragraph (test_date_occasions), and only the sentence that ended the
paragraph before counts."""
from datetime import date

import pytest
from tests.transforms.mentions import events_with_found_actors


PUBLISHED = date(2026, 11, 27)  # a Friday
TUESDAY = date(2026, 11, 24)


def dated(models, lang, text):
    return [(e.verb, e.event_date)
            for e in events_with_found_actors(models[lang], lang, text, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Thousands of protesters marched through Nairobi on Tuesday to demand the "
           "president's resignation.\n\nRiot police fired tear gas and arrested dozens of "
           "protesters near parliament."),
    ("fr", "Des milliers de manifestants ont défilé mardi dans les rues de Dakar pour réclamer "
           "la libération des opposants.\n\nLa police a tiré des gaz lacrymogènes et interpellé "
           "une cinquantaine de personnes."),
])
def test_the_next_paragraph_goes_on_with_the_same_scene_or_actor(models, lang, text):
    assert {d for _, d in dated(models, lang, text)} == {TUESDAY}


@pytest.mark.parametrize("text", [
    # another actor's reaction
    "Kenyan troops raided an al-Shabaab camp near Dhobley on Tuesday.\n\nThe African Union "
    "condemned the raid.",
    # another actor's next act of the scene
    "Russian forces shelled Kharkiv on Tuesday.\n\nUkrainian drones struck a Russian "
    "ammunition depot.",
    # the dated sentence does not end the paragraph before
    "Thousands of protesters marched through Nairobi on Tuesday. Shops stayed shut.\n\n"
    "Riot police fired tear gas at the crowds.",
])
def test_a_reaction_or_an_earlier_sentence_across_a_paragraph_keeps_the_report_day(models,
                                                                                    text):
    assert dated(models, "en", text)[-1][1] == PUBLISHED
