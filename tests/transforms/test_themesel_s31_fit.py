"""The theme selector's fit script (eval/theme_selector/fit.py): its features, its model and
its cross-validation, on stories of our own writing."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

FIT = Path(__file__).resolve().parents[2] / "eval" / "theme_selector" / "fit.py"


@pytest.fixture(scope="module")
def fit():
    spec = importlib.util.spec_from_file_location("theme_selector_fit", FIT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _candidate(weighted, paragraphs, terms, closing_line=None):
    """A candidate as the collector stores it: ``paragraphs`` {paragraph: weight},
    ``terms`` {term: (count, weight)}; every term is told in every paragraph given."""
    return {"weighted": weighted, "hits": sum(n for n, _ in terms.values()),
            "term_counts": {t: n for t, (n, _) in terms.items()},
            "term_weights": {t: w for t, (_, w) in terms.items()},
            "paragraph_weight": {str(p): w for p, w in paragraphs.items()},
            "paragraph_terms": {str(p): sorted(terms) for p in paragraphs},
            "sentences": len(paragraphs), "closing_line": closing_line,
            "strong_paragraphs": sorted(p for p in paragraphs if p >= 0)}


def _story(name, kept, gold, candidates, words=300, paragraphs=8):
    return {"set": name, "id": f"{name}-1", "lang": "en", "words": words,
            "paragraphs": paragraphs, "exchanges": 0, "gold": gold, "kept": kept,
            "candidates": candidates}


def test_features_read_the_headline_the_lead_and_the_closing_line(fit):
    story = _story("a", kept=["ENERGY"], gold=["ENERGY"], candidates={
        "ENERGY": _candidate(12, {-1: 3, 0: 3, 2: 6}, {"gas pipeline": (2, 3), "energy": (2, 2)}),
        "ECONOMY": _candidate(4, {7: 4}, {"inflation": (1, 2), "budget": (1, 2)}, closing_line=7),
    })
    rows = {code: dict(zip(fit.FEATURES, values)) | {"kept": kept, "gold": gold}
            for code, values, kept, gold in fit.story_features(story, {})}
    energy, economy = rows["ENERGY"], rows["ECONOMY"]
    assert energy["kept"] and energy["gold"] and not economy["kept"]
    assert energy["headline_and_lead"] == 1.0 and economy["in_headline"] == 0.0
    assert energy["rank"] == 0.0 and economy["rank"] == 1.0
    assert economy["closing_only"] == 1.0 and energy["closing_only"] == 0.0
    assert economy["of_top"] == pytest.approx(4 / 12)


def test_the_logistic_fit_separates_what_a_feature_separates(fit):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = x[:, 0] > 0.2
    model = fit.fit_logistic(x, y.astype(float), l2=1.0)
    p = fit.probability(model, x)
    assert ((p >= 0.5) == y).mean() > 0.95
    cut = fit.best_cut(p, y)
    assert ((p >= cut) == y).mean() > 0.95


def test_the_boundary_model_keeps_the_rules_unless_sure(fit):
    p = np.array([0.05, 0.6, 0.6, 0.97])
    kept = np.array([True, True, False, False])
    assert fit.boundary_decision(p, kept, 0.1, 0.9).tolist() == [False, True, False, True]


def test_leave_one_set_out_scores_the_rules_on_the_same_candidates(fit):
    stories = []
    for name in ("a", "b", "c"):
        stories.append(_story(name, kept=["TRADE"], gold=["TRADE", "SANCTIONS"], candidates={
            "TRADE": _candidate(14, {-1: 3, 0: 5, 1: 6}, {"tariffs": (3, 3), "exports": (2, 2)}),
            "CRIME": _candidate(2, {5: 2}, {"police": (2, 1)}),
        }))
    lines = []
    totals = fit.cross_validate(stories, report=lines.append)
    # SANCTIONS has no candidate: a miss for both the rules and the model.
    assert totals["rules"] == (3, 0, 3)
    assert set(totals) == {"rules", "model", "boundary"}
    assert any(line.startswith("TOTAL") for line in lines)


def test_the_readable_sets_are_named_and_none_is_blind(fit):
    blind = {"holdout", "dev14", "dev16", "dev17", "dev38", "dev39", "dev40", "dev41"}
    assert not blind & set(fit.READABLE_SETS)
    assert len(fit.READABLE_SETS) == 34


def test_the_collector_runs_on_a_set_of_our_own(fit, tmp_path):
    story = ("Dockers at the country's main container port walked out on Monday, halting "
             "exports of coffee and copper as the strike entered its second week.\n\n"
             "The union says wages have fallen behind inflation; shipping lines have diverted "
             "vessels to neighbouring ports and exporters warn of lost contracts.\n\n"
             "The trade ministry said talks with the union would resume on Thursday.")
    articles = tmp_path / "own" / "articles"
    articles.mkdir(parents=True)
    (articles / "en-x01.json").write_text(json.dumps({
        "id": "en-x01", "lang": "en", "published": "2026-11-02", "title":
        "Port strike halts exports", "text": story, "actors": [], "events": [],
        "themes": ["TRADE", "ECONOMY"]}))
    stories = fit.collect([str(tmp_path / "own")], tmp_path / "cache")
    assert len(stories) == 1 and stories[0]["gold"] == ["ECONOMY", "TRADE"]
    assert set(stories[0]["kept"]) <= set(stories[0]["candidates"])
    assert stories[0]["words"] > 40
    # the second run reads the cached rows
    assert fit.collect([str(tmp_path / "own")], tmp_path / "cache") == stories
