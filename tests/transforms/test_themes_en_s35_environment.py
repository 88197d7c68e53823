"""English CLIMATE ("Climate and environment") vocabulary any story of the topic uses (s35):
a spill of oil or chemicals and the damage it does, and the science line of a disaster story
("warmer sea temperatures", "retreating glaciers", "erratic rains"). Violence or crowds that
"spill over" a border or "into the streets" are no spill (stop phrases)."""
from transforms.themes import score_themes, theme_evidence


def _weight(nlp, text, code):
    found = theme_evidence(nlp(text), "en").get(code)
    return found.weighted if found else 0


def test_a_spill_is_an_environment_word(nlp_en):
    assert _weight(nlp_en, "The spill left a sheen on the lake for a week.", "CLIMATE") >= 2
    assert _weight(nlp_en, "Crews worked to contain the oil spill off the coast.", "CLIMATE") >= 3


def test_fighting_that_spills_over_is_no_spill(nlp_en):
    assert _weight(nlp_en, "Officials fear the fighting could spill over the border.", "CLIMATE") == 0
    assert _weight(nlp_en, "The anger spilled into the streets of the capital.", "CLIMATE") == 0


def test_the_science_line_of_a_disaster_story(nlp_en):
    line = "Researchers say warmer sea temperatures are making such storms more frequent."
    assert _weight(nlp_en, line, "CLIMATE") >= 3
    ice = "Glacier retreat and erratic rains have cut the river's flow in the dry months."
    assert _weight(nlp_en, ice, "CLIMATE") >= 6


_TANKER_EN = (
    "A chemical tanker ran aground off the northern coast on Monday and leaked part of its "
    "cargo into the sea, the coast guard said on Tuesday.\n\n"
    "The spill has reached two fishing villages and a nature reserve, where volunteers found "
    "dozens of dead seabirds on the beaches, local officials said.\n\n"
    "The port authority closed the bay to fishing boats and said divers were trying to seal "
    "the hull before the weather turns at the end of the week.\n\n"
    "Fishermen said they had lost a season's catch. \"Nobody will buy fish from this bay for "
    "months,\" said one, who has worked the waters for thirty years.\n\n"
    "The ship's owner, a shipping company registered abroad, said it would pay for the "
    "clean-up and cooperate with investigators.\n\n")


def test_a_tanker_spill_story_is_an_environment_story(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(_TANKER_EN), "en",
                                                title="Tanker spill fouls northern beaches")}
    assert "CLIMATE" in found
