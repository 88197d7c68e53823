"""The displaced of a humanitarian story are one of its themes (eval/README.md, "Themes"): a
MIGRATION ranked fifth beside a kept HUMANITARIAN is no stray theme (themes._without_stray_themes),
while any other fifth theme still needs a paragraph of its own (s35)."""
from transforms.records import ThemeScore
from transforms.themes import _Evidence, _without_stray_themes


def _found(paragraph_weight):
    found = _Evidence()
    found.paragraph_weight = dict(paragraph_weight)
    return found


def _scores(*codes):
    return [ThemeScore(theme_code=code, score=10.0 - rank) for rank, code in enumerate(codes)]


# Five themes of a siege story; paragraph 3 tells the displaced, the camps and a clinic.
_EVIDENCE = {"ARMED_CONFLICT": _found({0: 8, 1: 6}), "DIPLOMACY": _found({2: 6}),
             "HUMANITARIAN": _found({3: 4, 4: 6}), "HEALTH": _found({4: 4}),
             "MIGRATION": _found({3: 4}), "ECONOMY": _found({3: 3})}
_TOTALS = {0: 8, 1: 6, 2: 6, 3: 11, 4: 10}


def test_the_displaced_beside_a_humanitarian_story_are_no_stray_theme():
    kept = _without_stray_themes(
        _scores("ARMED_CONFLICT", "DIPLOMACY", "HUMANITARIAN", "HEALTH", "MIGRATION"),
        _EVIDENCE, _TOTALS)
    assert "MIGRATION" in {s.theme_code for s in kept}


def test_a_fifth_theme_told_in_another_s_paragraph_is_still_a_stray():
    kept = _without_stray_themes(
        _scores("ARMED_CONFLICT", "DIPLOMACY", "HUMANITARIAN", "HEALTH", "ECONOMY"),
        _EVIDENCE, _TOTALS)
    assert "ECONOMY" not in {s.theme_code for s in kept}


def test_the_displaced_without_a_humanitarian_story_need_a_paragraph_of_their_own():
    kept = _without_stray_themes(
        _scores("ARMED_CONFLICT", "DIPLOMACY", "HEALTH", "ECONOMY", "MIGRATION"),
        _EVIDENCE, _TOTALS)
    assert "MIGRATION" not in {s.theme_code for s in kept}
