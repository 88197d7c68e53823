"""People who left their homes after a disaster, told without a verb of force ("had left their
houses for tents", "abandoned their homes"), are the guideline's displaced: beside a kept
HUMANITARIAN, MIGRATION (themes._with_the_displaced). Alone, a weak pair: residents told not to
leave their homes in a storm are no migration story. Stories written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


@pytest.mark.parametrize("text, term", [
    ("About 12,000 people have left their homes since the river burst its banks.",
     "leave their homes"),
    ("Villagers left their houses for school yards and churches.", "leave their houses"),
    ("Families fled their houses as the lava advanced.", "flee their houses"),
    ("Hundreds of families abandoned their homes on the hillside.", "abandon their homes"),
])
def test_homes_left_are_displacement_words(nlp_en, text, term):
    assert term_weights(nlp_en(text), "en").get(("MIGRATION", term)) == 2


_FLOOD = (
    "DHAKA, Aug 14 (Vigie) - Floods in northeastern Bangladesh have killed at least 31 people and "
    "cut off more than 400 villages, officials said on Wednesday, as aid groups struggled to "
    "reach families stranded on rooftops.\n\n"
    "The disaster management ministry said about 60,000 people had left their houses for "
    "schools and shelters on higher ground. Many of the displaced had no clean water, and "
    "relief workers said food was running short in the shelters.\n\n"
    "The army sent boats and helicopters to drop food and drinking water, and the World Food "
    "Programme said it would distribute emergency rations to 100,000 people this week.\n\n"
    "The Sylhet region was hit by floods of similar scale in 2022. Officials said the water "
    "was expected to recede slowly over the coming days.\n\n")


def test_a_flood_s_families_who_left_their_houses_are_migration_too(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(_FLOOD), "en")}
    assert {"HUMANITARIAN", "MIGRATION"} <= found


_STORM = (
    "MANILA, Oct 2 (Vigie) - Typhoon Koinu brought winds of 180 km an hour to the northern "
    "Philippines on Thursday, and the authorities told residents of coastal towns not to leave "
    "their homes until the storm had passed.\n\n"
    "Schools and government offices were closed in 12 provinces, and more than 300 flights were "
    "cancelled, the civil aviation authority said. Power was cut to about 200,000 homes.\n\n"
    "The weather service said the typhoon would weaken as it moved towards Taiwan on Friday.\n\n")


def test_a_storm_s_stay_at_home_order_is_no_migration(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(_STORM), "en")}
    assert "MIGRATION" not in found
