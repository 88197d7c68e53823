"""People "displaced by" whatever drove them out (attacks, an eruption, a dam's waters): a
displacement term of its own, as the named causes ("displaced by the war") are. With the
people who fled told beside them and an aid story kept, the displaced make MIGRATION
(themes._with_the_displaced). Sentences and story written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


def _migration(nlp, text, lang):
    return {term: weight for (code, term), weight in term_weights(nlp(text), lang).items()
            if code == "MIGRATION"}


@pytest.mark.parametrize("text", [
    "Schools now shelter hundreds of families displaced by earlier raids on the valley.",
    "Some 4,000 people displaced by the eruption are still in tents.",
])
def test_displaced_by_a_cause_is_displacement(text, nlp_en):
    assert _migration(nlp_en, text, "en").get("displaced by") == 2


def test_a_named_cause_still_weighs_more(nlp_en):
    found = _migration(nlp_en, "Families displaced by the fighting sleep in churches.", "en")
    assert found.get("displaced by the fighting") == 3 and "displaced by" not in found


def test_french_displaced_by_a_cause_is_displacement(nlp_fr):
    text = "Les écoles accueillent des familles déplacées par les attaques de la semaine dernière."
    assert _migration(nlp_fr, text, "fr").get("déplacés par") == 2


_RAID_STORY = (
    "JOS, Nigeria, March 3 (Vigie) - Armed men killed at least 15 people in a night raid on "
    "a farming village in Nigeria's Plateau state, local officials said on Monday.\n\n"
    "The attackers burned houses and a market before soldiers arrived, the officials said. "
    "Police said they had arrested four suspects.\n\n"
    "The state emergency agency said about 2,500 villagers had fled to the town of Bokkos. "
    "Aid workers said a camp already holding families displaced by earlier raids was short "
    "of food, blankets and clean water, and asked donors for help.\n\n"
    "The governor called for calm and promised to rebuild the market.")


def test_an_aid_story_with_people_who_fled_and_people_displaced_is_also_migration(nlp_en):
    codes = {s.theme_code for s in score_themes(nlp_en(_RAID_STORY), "en",
                                                 title="Raid on Nigerian village kills 15")}
    assert {"HUMANITARIAN", "MIGRATION"} <= codes
