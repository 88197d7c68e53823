"""Forces of several states drilling or patrolling together, told with words between "joint"
and the drill (theme_joint_drills.py): the strong SECURITY_COOPERATION hit the taxonomy's
"joint drills" is. Sentences written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.theme_joint_drills import joint_drills
from transforms.themes import score_themes


@pytest.mark.parametrize("text", [
    "Indian and French warplanes held joint air drills over the Arabian Sea on Monday.",
    "The two navies plan joint anti-submarine exercises in the spring.",
    "Ghanaian and Togolese gendarmes began joint border patrols on Friday.",
    "Officers will take part in joint air-defence exercises with Poland in the autumn.",
    "A joint naval and air patrol set off from Darwin.",
])
def test_a_joint_drill_with_words_between_is_security_cooperation(nlp_en, text):
    assert term_weights(nlp_en(text), "en").get(("SECURITY_COOPERATION", "joint exercise")) == 3


@pytest.mark.parametrize("text", [
    # the taxonomy's phrase as written: counted once, as itself
    "Troops held joint drills near the border.",
    # other things done jointly
    "The two firms set up a joint venture to build air-defence radars.",
    "Police and soldiers mounted a joint operation against the gang.",
    "The ministers issued a joint statement after their talks.",
])
def test_no_joint_drill_read_on_the_parse(nlp_en, text):
    assert ("SECURITY_COOPERATION", "joint exercise") not in term_weights(nlp_en(text), "en")


def test_joint_drills_are_english_only(nlp_en):
    assert joint_drills(nlp_en("Warplanes held joint air drills on Monday."), "fr") == []


_DRILLS = (
    "BISSAU, May 4 (Vigie) - Senegal and Guinea-Bissau began a week of joint coastal patrols "
    "on Monday to stop illegal fishing and drug shipments off the Bijagos islands, the two "
    "defence ministries said.\n\n"
    "Senegalese patrol boats and a Bissau-Guinean coast guard cutter will sail together, and "
    "officers of both navies will board suspect vessels. The two armies also plan joint "
    "amphibious exercises near Cacheu in June.\n\n"
    "Industrial trawlers, many of them foreign, take tens of thousands of tonnes of fish from "
    "the area each year, according to local fishermen's groups.\n\n"
    "The region's ports have long been a stop for cocaine shipped from South America to "
    "Europe, U.N. officials say.\n\n")


def test_a_story_of_joint_patrols_is_security_cooperation(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(_DRILLS), "en")}
    assert "SECURITY_COOPERATION" in found
