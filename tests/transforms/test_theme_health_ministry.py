"""The health ministry is the casualty count's source in war stories ("the territory's
health ministry said", "selon le ministère de la Santé du Hamas"): it only corroborates
HEALTH (weight 1) and is a setting term, dropped next to ARMED_CONFLICT. A health story
tells a disease, a vaccine, hospitals under strain, and keeps its theme."""
import pytest

from tests.transforms.evidence import term_weights
from tests.transforms.test_theme_context_stories import story_themes
from transforms.themes import score_themes


@pytest.mark.parametrize("lang, text, term", [
    ("en", "At least 104 people were killed, the health ministry said.", "health ministry"),
    ("fr", "Au moins 33 personnes ont été tuées, selon le ministère de la Santé.", "ministère de la Santé"),
])
def test_the_health_ministry_only_corroborates(lang, text, term, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert term_weights(nlp(text), lang).get(("HEALTH", term)) == 1


@pytest.mark.parametrize("name", ["en_gaza", "fr_gaza"])
def test_a_strike_counted_by_the_health_ministry_is_no_health_story(name, nlp_fr, nlp_en):
    found = story_themes(name, nlp_fr, nlp_en)
    assert "ARMED_CONFLICT" in found and "HEALTH" not in found


def test_a_health_story_with_its_ministry_keeps_its_theme(nlp_fr):
    text = ("Le ministère de la Santé a recensé 1 200 cas de choléra en une semaine dans la "
            "province du Kasaï. Les hôpitaux sont saturés et l'OMS a envoyé des vaccins.")
    assert "HEALTH" in {s.theme_code for s in score_themes(nlp_fr(text), "fr")}
