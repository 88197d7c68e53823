"""People evacuated from a disaster's or a battle's way are the guideline's displaced
(eval/README.md: "people displaced by fighting or disaster are MIGRATION as well as
HUMANITARIAN when the article gives them a paragraph"). Copy tells them with one word,
"evacuated" / "évacuer", which weighs as a specific MIGRATION word and, beside a kept
HUMANITARIAN, counts as a displacement term as strong as "fled their homes"
(themes._with_the_displaced). Alone, an evacuation (an embassy's staff, a plant's
workers) stays a specific word. Sentences and stories written for these tests."""
import pytest

from tests.transforms.evidence import term_weights
from tests.transforms.test_theme_displaced import FLOOD_STORY, HUMANITARIAN
from transforms.themes import _Evidence, _with_the_displaced, score_themes


@pytest.mark.parametrize("text, lang, term", [
    ("Rescue teams evacuated 4,000 residents of the valley before the dam gave way.", "en",
     "evacuate"),
    ("The evacuation of the coastal villages went on through the night.", "en", "evacuation"),
    ("Les pompiers ont évacué trois villages menacés par les flammes.", "fr", "évacuer"),
    ("La préfecture a ordonné l'évacuation des quartiers bas de la ville.", "fr", "évacuation"),
])
def test_evacuation_words_are_specific_migration_words(text, lang, term, nlp_en, nlp_fr):
    nlp = nlp_en if lang == "en" else nlp_fr
    assert term_weights(nlp(text), lang).get(("MIGRATION", term)) == 2


EVACUATED = ("Les autorités ont évacué plus de 20 000 habitants des quartiers inondés vers des "
             "écoles et des gymnases de Maradi, où les déplacés dorment à même le sol en attendant "
             "que le fleuve regagne son lit.")


def test_evacuees_told_in_a_paragraph_of_a_humanitarian_story_are_migration(nlp_fr):
    codes = {s.theme_code for s in score_themes(nlp_fr(FLOOD_STORY.format(displaced=EVACUATED)),
                                                "fr")}
    assert {"HUMANITARIAN", "MIGRATION"} <= codes


def _migration(*hits: tuple[str, int]) -> _Evidence:
    found = _Evidence()
    for term, weight in hits:
        found.add(term, weight, paragraph=2, sentence=(5, 40))
    return found


def test_an_evacuation_beside_humanitarian_counts_as_displacement():
    evidence = {"MIGRATION": _migration(("evacuate", 2), ("displaced", 1))}
    assert [s.theme_code for s in _with_the_displaced([HUMANITARIAN], evidence, {2: 1}, 300)] \
        == ["HUMANITARIAN", "MIGRATION"]


def test_an_evacuation_without_humanitarian_is_no_displacement():
    evidence = {"MIGRATION": _migration(("evacuate", 2), ("displaced", 1))}
    assert _with_the_displaced([], evidence, {2: 1}, 300) == []
