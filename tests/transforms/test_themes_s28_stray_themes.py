"""Past an article's MOST_THEMES best themes, a theme is kept only as the topic of a
paragraph of its own (themes._without_stray_themes): a fifth theme told in words of
paragraphs about the other four is their vocabulary. Evidence built by hand."""
from tests.transforms.evidence import evidence_of
from transforms.records import ThemeScore
from transforms.themes import (MOST_THEMES, OWN_PARAGRAPH_SHARE, TITLE_PARAGRAPH,
                               _without_stray_themes)

_FOUR = ["HUMANITARIAN", "ARMED_CONFLICT", "HEALTH", "HUMAN_RIGHTS"]


def _scores(codes):
    return [ThemeScore(theme_code=code, score=10.0 - rank, hits=3)
            for rank, code in enumerate(codes)]


def _evidence(fifth_hits):
    # Four themes, each the topic of its own paragraph (1 to 4); the fifth as given.
    evidence = {code: evidence_of([("term a", 3, paragraph), ("term b", 3, paragraph)])
                for paragraph, code in enumerate(_FOUR, start=1)}
    evidence["ECONOMY"] = evidence_of(fifth_hits)
    return evidence


def _totals(evidence):
    totals = {}
    for found in evidence.values():
        for paragraph, weight in found.paragraph_weight.items():
            totals[paragraph] = totals.get(paragraph, 0) + weight
    return totals


def test_a_fifth_theme_scattered_over_the_others_paragraphs_is_dropped():
    # "million", "budget" and "bank" in the paragraphs on the siege, the aid and the clinics.
    evidence = _evidence([("million", 1, 1), ("budget", 2, 2), ("bank", 2, 3)])
    kept = _without_stray_themes(_scores(_FOUR + ["ECONOMY"]), evidence, _totals(evidence))
    assert [s.theme_code for s in kept] == _FOUR


def test_a_fifth_theme_with_a_paragraph_of_its_own_is_kept():
    evidence = _evidence([("International Monetary Fund", 3, 5), ("debt", 2, 5),
                          ("budget", 2, 5), ("million", 1, 2)])
    totals = _totals(evidence)
    assert evidence["ECONOMY"].paragraph_weight[5] >= OWN_PARAGRAPH_SHARE * totals[5]
    kept = _without_stray_themes(_scores(_FOUR + ["ECONOMY"]), evidence, totals)
    assert [s.theme_code for s in kept] == _FOUR + ["ECONOMY"]


def test_the_headline_is_no_paragraph_of_its_own():
    evidence = _evidence([("economy", 2, TITLE_PARAGRAPH), ("budget", 2, 2), ("bank", 2, 3)])
    kept = _without_stray_themes(_scores(_FOUR + ["ECONOMY"]), evidence, _totals(evidence))
    assert "ECONOMY" not in {s.theme_code for s in kept}


def test_the_best_themes_are_never_dropped():
    # The same scattered words in an article of MOST_THEMES themes: kept.
    evidence = _evidence([("million", 1, 1), ("budget", 2, 2), ("bank", 2, 3)])
    codes = _FOUR[:MOST_THEMES - 1] + ["ECONOMY"]
    kept = _without_stray_themes(_scores(codes), evidence, _totals(evidence))
    assert [s.theme_code for s in kept] == codes


def test_diplomacy_is_left_alone():
    # DIPLOMACY is told in scattered lines and by exchanges, never by a paragraph rule.
    evidence = _evidence([])
    evidence["DIPLOMACY"] = evidence_of([("talks", 2, 1), ("envoy", 3, 3)])
    kept = _without_stray_themes(_scores(_FOUR + ["DIPLOMACY"]), evidence, _totals(evidence))
    assert "DIPLOMACY" in {s.theme_code for s in kept}
