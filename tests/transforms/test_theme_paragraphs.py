"""The thread and paragraph rules of long stories: a theme told in one body paragraph
is kept when it carries that paragraph (its share) or leads a dense one
(PARAGRAPH_LEAD_WEIGHT); one told in two needs DOMINANCE of the top theme."""
import pytest

from tests.transforms.evidence import evidence_of
from transforms.theme_paragraphs import (PARAGRAPH_LEAD_WEIGHT, PARAGRAPH_SHARE,
                                         _carries_a_paragraph, _paragraph_weights)
from transforms.themes import _Evidence, _is_a_thread, score_themes, theme_evidence

# A 245-word energy story whose third paragraph is about both the coal plants
# (ENERGY), their emissions (CLIMATE, leading) and the patients (HEALTH).
COAL_STORY = """JOHANNESBURG, May 5 (Vigie) - South Africa will keep three of Eskom's oldest coal-fired power stations running until 2030, two years longer than planned, to avoid a return of the rolling blackouts that crippled the economy in 2023, the electricity minister said on Tuesday.

Kgosientsho Ramokgopa said the Camden, Grootvlei and Hendrina plants would stay on the grid while new gas turbines and battery storage were built, adding about 2,000 megawatts of capacity at peak hours. Eskom has gone 300 days without load shedding after a maintenance drive at its largest stations.

The three power stations burn 20 million tonnes of coal a year for their electricity and emit about 18 million tonnes of carbon dioxide, {climate}. Doctors in Mpumalanga say the pollution sends hundreds of patients with asthma to hospital every winter.

Eskom's chief executive Dan Marokane said the utility would spend 5 billion rand on the plants' boilers and turbines. The utility produces about 80 percent of the country's electricity from coal, and a gas pipeline from Mozambique is due in 2029.

Private solar farms have added 6,000 megawatts to the grid since 2022, when the government lifted a cap on private power generation, and wind farms in the Eastern Cape are waiting for new transmission lines.

The energy regulator will rule in June on Eskom's request to raise electricity tariffs by 12 percent.
"""
LEADING = "which puts the country's targets under the Paris Agreement out of reach, climate scientists said"
PASSING = "the utility said"


def test_theme_leading_a_dense_paragraph_is_kept(nlp_en):
    doc = nlp_en(COAL_STORY.format(climate=LEADING))
    climate = theme_evidence(doc, "en")["CLIMATE"]
    assert climate.strong_paragraphs() == 1  # one paragraph: not a thread of the story
    paragraph, weight = max(climate.paragraph_weight.items(), key=lambda kv: kv[1])
    total = _paragraph_weights(theme_evidence(doc, "en")).total[paragraph]
    assert weight >= PARAGRAPH_LEAD_WEIGHT and weight < PARAGRAPH_SHARE * total
    assert "CLIMATE" in {s.theme_code for s in score_themes(doc, "en")}


def test_passing_mention_in_a_dense_paragraph_is_not_kept(nlp_en):
    doc = nlp_en(COAL_STORY.format(climate=PASSING))
    codes = {s.theme_code for s in score_themes(doc, "en")}
    assert "ENERGY" in codes and "CLIMATE" not in codes


def _evidence(*hits: tuple[str, int]) -> _Evidence:
    return evidence_of((term, weight, 2) for term, weight in hits)


@pytest.mark.parametrize("other_weight, carried", [
    (9, True),    # leads the paragraph (12 > 9), under half of it (12 of 27)
    (13, False),  # as heavy but second in the paragraph: the other theme leads
])
def test_only_the_leading_theme_of_a_paragraph_is_carried_by_it(other_weight, carried):
    # One strong term only: two would carry the paragraph anyway (PAIR rule).
    climate = _evidence(("carbon dioxide", 3), ("greenhouse", 2), ("emissions", 2),
                        ("climate scientists", 2), ("pollution", 1), ("warming", 2))
    other = _Evidence()
    for _ in range(other_weight):
        other.add("oil", 1, paragraph=2)
    health = _evidence(("hospital", 2), ("patient", 2), ("asthma", 2))
    paragraphs = _paragraph_weights({"CLIMATE": climate, "ENERGY": other, "HEALTH": health})
    assert _carries_a_paragraph(climate, paragraphs) is carried


@pytest.mark.parametrize("weight, is_thread", [
    (9, False),   # 9 of the top theme's 36: a quarter, background scattered in two places
    (12, True),   # a third of it in two paragraphs: a thread of the story
])
def test_a_two_paragraph_theme_needs_a_third_of_the_top_theme(weight, is_thread):
    found = _Evidence()
    for paragraph in (1, 4):
        found.add("tax", 2, paragraph)
    for extra in range(weight - 4):
        found.add(f"word{extra}", 1, 4)
    assert found.weighted == weight
    assert _is_a_thread(found, top_weighted=36) is is_thread
