"""Displacement told with the home left behind ("driven 60,000 from their homes", "forced to
move again", "resettled on higher ground", "ont fui leurs maisons") is MIGRATION; climate
told through adaptation money and warming seas ("adaptation finance", "warmer waters",
"pertes et dommages") is CLIMATE. Flood stories give displaced people and the climate a
paragraph each (eval/README: displaced people are MIGRATION when given a paragraph)."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


@pytest.mark.parametrize("lang, text, code, term, weight", [
    # the verb of forcing out and the homes, told apart by the number: the strong phrase
    # (transforms/theme_forced_out.py; weight 1 before s27)
    ("en", "The floods have driven more than 60,000 from their homes.", "MIGRATION", "forced from their homes", 3),
    ("en", "Families who lost their homes in 2023 were forced to move again.", "MIGRATION", "forced to move", 2),
    ("en", "Some will be resettled permanently on higher ground.", "MIGRATION", "resettled", 2),
    ("fr", "Plus de 400 000 personnes ont fui leurs maisons.", "MIGRATION", "fuir leurs maisons", 3),
    ("en", "He called on rich countries to deliver the adaptation finance they promised.", "CLIMATE", "adaptation finance", 3),
    ("en", "Scientists link stronger cyclones to warmer waters in the Indian Ocean.", "CLIMATE", "warmer waters", 3),
    ("fr", "Le Pakistan réclame des fonds au titre des pertes et dommages.", "CLIMATE", "pertes et dommages", 3),
    ("fr", "Les eaux plus chaudes de l'océan Indien renforcent les cyclones.", "CLIMATE", "eaux plus chaudes", 3),
])
def test_displacement_and_climate_phrases(lang, text, code, term, weight, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert term_weights(nlp(text), lang).get((code, term)) == weight


def test_homes_without_displacement_are_no_migration(nlp_en):
    weights = term_weights(nlp_en("Police searched their homes and offices on Tuesday."), "en")
    assert not any(code == "MIGRATION" for code, _ in weights)


FLOOD = """MAPUTO, Feb 9 (Vigie) - Floods in central Mozambique have killed at least 38 people and driven more than 60,000 from their homes after a week of torrential rain swelled the Zambezi and Licungo rivers, the disaster management institute said on Monday.

Whole villages were under water, and the main road to the north was cut in several places, leaving aid workers to reach stranded families by boat and helicopter. The World Food Programme said its food stocks in the province would run out within three weeks without new funding.

Most of the displaced are sheltering in schools and churches, many of them overcrowded. Families who had already lost their homes in 2023 were forced to move again, and officials said some would be resettled permanently on higher ground.

The meteorological institute said rainfall had reached three times the February average. President Daniel Chapo said "climate change is already in our homes" and called on rich countries to deliver the adaptation finance they have promised. Scientists have linked stronger cyclones along the coast to warmer waters in the Indian Ocean.

The disaster comes as the government tries to win back investors after the unrest that followed the disputed 2024 election."""


def test_a_flood_story_gets_its_displacement_and_climate_paragraphs(nlp_en):
    found = {s.theme_code for s in score_themes(nlp_en(FLOOD), "en", title="Mozambique floods kill 38")}
    assert {"HUMANITARIAN", "MIGRATION", "CLIMATE"} <= found
