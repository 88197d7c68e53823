"""People forced out of their homes told with the verb apart from the homes ("forcing more
than 14,000 from their homes"): the strong displacement phrase (theme_forced_out.py), which
with an aid story makes MIGRATION. Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


def _migration(nlp, text):
    return {term: weight for (code, term), weight in term_weights(nlp(text), "en").items()
            if code == "MIGRATION"}


@pytest.mark.parametrize("text", [
    "Floods have forced more than 30,000 people from their homes in the delta.",
    "The fighting drove some 8,000 villagers from their homes last week.",
    "The storm surge pushed thousands of families from their homes overnight.",
])
def test_a_verb_of_forcing_out_and_the_homes_left_are_displacement(text, nlp_en):
    assert _migration(nlp_en, text) == {"forced from their homes": 3}


@pytest.mark.parametrize("text", [
    "Burglars took cash and jewellery from their homes while they slept.",
    "Many staff still work from their homes two days a week.",
])
def test_other_verbs_with_the_homes_stay_weak(text, nlp_en):
    assert _migration(nlp_en, text) == {"from their homes": 1}


_FLOOD_STORY = (
    "DHAKA, Aug 9 (Vigie) - Monsoon floods in northeastern Bangladesh have killed at least 22 "
    "people and forced more than 90,000 from their homes, disaster officials said on Friday, as "
    "rivers kept rising across Sylhet division.\n\n"
    "Most of the families who left are sleeping in schools turned into shelters, where aid "
    "workers are handing out rice, lentils and drinking water. The Red Crescent said it had "
    "reached 12,000 households and was short of tarpaulins and hygiene kits.\n\n"
    "\"We left with nothing. The water was at the door before we could carry anything,\" said "
    "Rahima Begum, 38, who walked with her four children to a school on higher ground.\n\n"
    "The government released emergency funds and said the army would help deliver food to "
    "villages cut off by the water. UNICEF warned that children in crowded shelters faced a "
    "risk of diarrhoea.\n\n"
    "Forecasters expect more heavy rain over the weekend, and officials said many of the "
    "displaced would not be able to return home for weeks.")


def test_an_aid_story_whose_displaced_are_forced_out_is_also_migration(nlp_en):
    codes = {s.theme_code for s in score_themes(nlp_en(_FLOOD_STORY), "en",
                                                 title="Bangladesh floods kill 22, "
                                                       "thousands sleep in schools")}
    assert {"HUMANITARIAN", "MIGRATION"} <= codes


def test_the_phrases_read_are_the_taxonomys():
    from transforms.theme_forced_out import FORCED_OUT, FORCED_OUT_WEIGHT, PLACE_LEFT
    from transforms.theme_terms import taxonomy
    terms = taxonomy()["MIGRATION"].terms_en
    assert terms[PLACE_LEFT] == 1 and terms[FORCED_OUT] == FORCED_OUT_WEIGHT
