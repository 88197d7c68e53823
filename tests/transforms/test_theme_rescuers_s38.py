"""The ordinary French words of a rescue, "sauveteur" and "secourir", are HUMANITARIAN's
as the English "rescuers" and "rescue" are (weight 2), and like them never make the theme
alone (taxonomy _NOT_ALONE). Sentences written for these tests."""
from tests.transforms.evidence import term_weights
from transforms.themes import score_themes

_COLLAPSE_FR = ("Les sauveteurs ont travaillé toute la nuit dans la mine effondrée, et les "
                "mineurs ont été secourus mardi. Le gouverneur a parlé d'une catastrophe.\n\n"
                "Les sauveteurs ont secouru six hommes, a précisé la préfecture.\n\n")


def test_rescue_words_count_for_humanitarian(nlp_fr):
    weights = term_weights(nlp_fr("Les sauveteurs ont secouru quarante personnes en mer."), "fr")
    assert weights.get(("HUMANITARIAN", "sauveteur")) == 2
    assert weights.get(("HUMANITARIAN", "secourir")) == 2


def test_a_rescue_alone_is_no_humanitarian_story_fr(nlp_fr):
    themes = {s.theme_code for s in score_themes(nlp_fr(_COLLAPSE_FR), "fr")}
    assert "HUMANITARIAN" not in themes
