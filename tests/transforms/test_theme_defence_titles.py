"""A minister or ministry of defence is who speaks in many stories ("Defence Minister X
said", "the defence ministry said"): those titles only corroborate MILITARY (weight 1). A
military story tells what the forces do, and keeps its theme."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


@pytest.mark.parametrize("lang, text, term", [
    ("en", "Defence Minister Boris Pistorius said the talks were useful.", "defence minister"),
    ("en", "The defence ministry said it had no comment.", "defence ministry"),
    ("fr", "Le ministre de la Défense a salué l'accord commercial.", "ministre de la Défense"),
    ("fr", "Le ministère des Armées n'a pas commenté.", "ministère des Armées"),
])
def test_defence_titles_only_corroborate(lang, text, term, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert term_weights(nlp(text), lang).get(("MILITARY", term)) == 1


TALKS = """KUALA LUMPUR, Aug 7 (Vigie) - Thailand and Cambodia agreed on Thursday to let observers from their Southeast Asian neighbours monitor their disputed border, at the end of four days of talks between their delegations in the Malaysian capital.

Thailand's acting Defence Minister Nattaphon Narkphanit and his Cambodian counterpart Tea Seiha signed a statement under which both sides will reopen two border crossings and set up a joint committee on the demarcation of the frontier. Malaysian Foreign Minister Mohamad Hasan, who hosted the talks, said the observers would report to the ASEAN secretariat.

The two countries have disputed the ownership of several ancient temples along the frontier for decades, and the International Court of Justice ruled on one of them in 1962 and again in 2013.

The Thai defence ministry said the committee would meet again in September."""


def test_border_talks_between_defence_ministers_are_no_military_story(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(TALKS), "en",
                                                 title="Thailand, Cambodia agree to ASEAN observers on border")}
    assert "DIPLOMACY" in found and "MILITARY" not in found


DRILLS = """TAIPEI, Dec 29 (Vigie) - China's military launched large-scale drills around Taiwan on Monday, sending warships, fighter jets and bombers to simulate a blockade of the island's main ports, Taiwan's defence ministry said.

The Eastern Theater Command said the exercise involved live-fire drills in five zones around the island, and Chinese navy destroyers sailed within 24 nautical miles of the coast. Taiwan put its armed forces on alert and deployed missile systems along the west coast."""


def test_a_military_story_keeps_its_theme(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(DRILLS), "en", title="China stages drills around Taiwan")}
    assert "MILITARY" in found
