"""Fit and cross-validate a theme keep/drop selector on the readable eval sets.

For every story of every readable set (named one by one in READABLE_SETS, never globbed:
eval/ also holds the blind sets), every CANDIDATE theme -- every code with any evidence in
``transforms.themes.score_themes``, before the keep/drop decision -- is listed with features
the scorer computes (``candidate_features``), the rules' decision (kept or not) and the gold
label (in the story's gold themes or not). Then a logistic regression (numpy, L2,
standardised features) is judged by leave-one-set-out cross-validation against the rules'
decisions on the same candidates. See README.md for the figures.

    python eval/theme_selector/fit.py            # collect (cached) and cross-validate
    python eval/theme_selector/fit.py --sets dev36 dev37 --cache /tmp/x

spaCy's parse of each set is cached (DocBin) and so are the candidate rows (JSON), in
``--cache`` (default eval/theme_selector/cache, kept out of git): a refit takes seconds.
The rows depend on the extractor's code; ``--recollect`` rebuilds them from the cached parse.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The readable sets, by name ("default": eval/*.jsonl and eval/articles/).
READABLE_SETS = ("default", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                 "dev10", "dev11", "dev12", "dev13", "dev15", "dev18", "dev19", "dev20", "dev22",
                 "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31",
                 "dev32", "dev33", "dev34", "dev35", "dev36", "dev37")
TITLE_PARAGRAPH = -1


def set_dir(name: str) -> Path:
    """A readable set by name; a path to a folder of one's own (tests) is taken as it is."""
    if Path(name).is_absolute():
        return Path(name)
    return ROOT / "eval" if name == "default" else ROOT / "eval" / name


# ------------------------------------------------------------------ collecting candidates


class _Capture:
    """What score_themes computed for the story being extracted, read off the calls it makes
    (the scorer is left as it is: these wrappers return what the originals return)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.evidence = None
        self.words = None
        self.paragraphs = None
        self.closing_line = None
        self.exchanges = 0


def _install(capture: _Capture):
    """Wrap the scorer's calls to fill ``capture``; returns the function that unwraps them."""
    import transforms.themes as themes

    original_sentences = themes._sentences
    original_closing = themes._closing_line
    original_lone = themes._without_lone_terms
    original_exchanges = themes.interstate_exchanges

    def sentences(doc, paragraph_of=None, positions=None, words_at=None):
        if capture.words is None and words_at is not None and paragraph_of is not None:
            capture.words = sum(words_at)
            capture.paragraphs = max((p for p, w in zip(paragraph_of, words_at) if w),
                                     default=-1) + 1
        return original_sentences(doc, paragraph_of, positions, words_at)

    def closing(*args, **kwargs):
        capture.closing_line = original_closing(*args, **kwargs)
        return capture.closing_line

    def lone(scores, evidence, lang):
        capture.evidence = evidence
        return original_lone(scores, evidence, lang)

    def exchanges(*args, **kwargs):
        found = original_exchanges(*args, **kwargs)
        capture.exchanges = len(found)
        return found

    themes._sentences = sentences
    themes._closing_line = closing
    themes._without_lone_terms = lone
    themes.interstate_exchanges = exchanges

    def undo() -> None:
        themes._sentences = original_sentences
        themes._closing_line = original_closing
        themes._without_lone_terms = original_lone
        themes.interstate_exchanges = original_exchanges
    return undo


def _docs(items, cache: Path, name: str):
    """spaCy docs of ``items``, parsed once and cached as a DocBin per set and language."""
    from spacy.tokens import DocBin

    from transforms.boilerplate import text_for_parsing
    from vigie.evaluate import load_model

    docs = [None] * len(items)
    by_lang = defaultdict(list)
    for index, item in enumerate(items):
        by_lang[item.lang].append(index)
    for lang, indexes in sorted(by_lang.items()):
        texts = [text_for_parsing(items[i].text) for i in indexes]
        key = hashlib.sha1("\0".join(texts).encode()).hexdigest()[:12]
        path = cache / f"{Path(name).name}.{lang}.{key}.spacy"
        nlp = load_model(lang)
        if path.exists():
            parsed = list(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
        else:
            parsed = list(nlp.pipe(texts, batch_size=16))
            path.write_bytes(DocBin(docs=parsed, store_user_data=True).to_bytes())
        for index, doc in zip(indexes, parsed, strict=True):
            docs[index] = doc
    return docs


def evidence_summary(found, closing_line) -> dict:
    """What the features are read from: one theme's evidence (``themes._Evidence``)."""
    return {
        "weighted": found.weighted,
        "hits": found.hits,
        "term_counts": dict(found.term_counts),
        "term_weights": dict(found.term_weights),
        "paragraph_weight": {str(k): v for k, v in found.paragraph_weight.items()},
        "paragraph_terms": {str(k): sorted(v) for k, v in found.paragraph_terms.items()},
        "sentences": sum(len(s) for s in found.paragraph_sentences.values()),
        "strong_paragraphs": sorted(p for p in found.strong_paragraph_set if p != TITLE_PARAGRAPH),
        "closing_line": closing_line,
    }


def collect_set(name: str, cache: Path) -> list[dict]:
    """One row per story of the set annotated for themes: its candidates and gold."""
    from transforms.extract import extract
    from vigie.evaluate import article_for, load_gold

    items = [item for item in load_gold(set_dir(name)) if item.themes is not None]
    docs = _docs(items, cache, name)
    capture = _Capture()
    undo = _install(capture)
    stories = []
    try:
        for item, doc in zip(items, docs, strict=True):
            capture.reset()
            extraction = extract(article_for(item), doc)
            stories.append(_story(name, item, extraction, capture))
    finally:
        undo()
    return stories


def _story(name: str, item, extraction, capture: _Capture) -> dict:
    evidence = capture.evidence or {}
    return {
        "set": name, "id": item.id, "lang": item.lang,
        "words": capture.words or 0, "paragraphs": capture.paragraphs or 0,
        "exchanges": capture.exchanges,
        "gold": sorted(set(item.themes)),
        "kept": sorted({t.theme_code for t in extraction.themes}),
        "candidates": {code: evidence_summary(found, capture.closing_line)
                       for code, found in evidence.items()},
    }


def collect(names, cache: Path, recollect: bool = False) -> list[dict]:
    cache.mkdir(parents=True, exist_ok=True)
    stories = []
    for name in names:
        path = cache / f"{Path(name).name}.rows.json"
        if path.exists() and not recollect:
            rows = json.loads(path.read_text())
        else:
            rows = collect_set(name, cache)
            path.write_text(json.dumps(rows))
        print(f"{name}: {len(rows)} stories", file=sys.stderr)
        stories.extend(rows)
    return stories


# ------------------------------------------------------------------ features


def _family(term: str) -> frozenset:
    from transforms.theme_terms import fold
    return frozenset(word[:5] for word in fold(term).split())


def _families(terms) -> int:
    words = {_family(term) for term in terms}
    return sum(1 for family in words if not any(family < other for other in words))


FEATURES = ("kept", "log_weighted", "log_score", "of_top", "rank", "body_paragraphs", "sentences",
            "strong_paragraphs", "families", "in_headline", "in_lead", "headline_and_lead",
            "strong_term", "strong_repeated", "word_share", "log_words", "log_paragraphs",
            "french", "closing_only", "max_paragraph", "max_paragraph_share", "weak_share",
            "starts_at", "short_text", "diplomacy", "exchanges", "prior")


def story_features(story: dict, priors: dict[str, float]) -> list[tuple[str, list[float], bool, bool]]:
    """(code, features, kept by the rules, gold) for every candidate of ``story``."""
    candidates = story["candidates"]
    words = max(story["words"], 100)
    paragraphs = max(story["paragraphs"], 1)
    top = max((c["weighted"] for c in candidates.values()), default=0) or 1
    order = sorted(candidates, key=lambda code: -candidates[code]["weighted"])
    totals: dict[str, int] = defaultdict(int)
    for c in candidates.values():
        for p, w in c["paragraph_weight"].items():
            totals[p] += w
    kept, gold = set(story["kept"]), set(story["gold"])
    rows = []
    for code, c in candidates.items():
        weights = c["term_weights"]
        counts = c["term_counts"]

        def specific_in(place: str) -> bool:
            return any(weights[t] >= 2 for t in c["paragraph_terms"].get(place, ()))
        body = {p: w for p, w in c["paragraph_weight"].items() if p != str(TITLE_PARAGRAPH)}
        weighted = c["weighted"] + (2 * story["exchanges"] if code == "DIPLOMACY" else 0)
        weak = sum(min(n, 3) for t, n in counts.items() if weights[t] == 1)
        closing = c["closing_line"]
        in_headline, in_lead = specific_in(str(TITLE_PARAGRAPH)), specific_in("0")
        values = {
            "kept": float(code in kept),
            "log_weighted": math.log1p(weighted),
            "log_score": math.log1p(100.0 * weighted / words),
            "of_top": c["weighted"] / top,
            "rank": float(min(order.index(code), 6)),
            "body_paragraphs": float(len(body)),
            "sentences": float(c["sentences"]),
            "strong_paragraphs": float(len(c["strong_paragraphs"])),
            "families": float(_families(counts)),
            "in_headline": float(in_headline),
            "in_lead": float(in_lead),
            "headline_and_lead": float(in_headline and in_lead),
            "strong_term": float(max(weights.values(), default=0) >= 3),
            "strong_repeated": float(any(weights[t] >= 3 and n >= 2 for t, n in counts.items())),
            "word_share": 100.0 * c["hits"] / words,
            "log_words": math.log(words),
            "log_paragraphs": math.log(paragraphs),
            "french": float(story["lang"] == "fr"),
            "closing_only": float(closing is not None and bool(body)
                                  and set(body) <= {str(closing)}),
            "max_paragraph": float(max(body.values(), default=0)),
            "max_paragraph_share": max((w / totals[p] for p, w in body.items() if totals[p]),
                                       default=0.0),
            "weak_share": weak / max(c["weighted"], 1),
            "starts_at": min((int(p) for p in body), default=paragraphs) / paragraphs,
            "short_text": float(story["words"] < 160),
            "diplomacy": float(code == "DIPLOMACY"),
            "exchanges": float(story["exchanges"] if code == "DIPLOMACY" else 0),
            "prior": priors.get(code, 0.0),
        }
        rows.append((code, [values[f] for f in FEATURES], code in kept, code in gold))
    return rows


def code_priors(stories, smoothing: float = 5.0) -> dict[str, float]:
    """Log-odds that a candidate of this code is gold, shrunk to the overall rate."""
    right, seen = defaultdict(int), defaultdict(int)
    for story in stories:
        gold = set(story["gold"])
        for code in story["candidates"]:
            seen[code] += 1
            right[code] += code in gold
    overall = sum(right.values()) / max(sum(seen.values()), 1)
    return {code: math.log((right[code] + smoothing * overall + 0.5)
                           / (seen[code] - right[code] + smoothing * (1 - overall) + 0.5))
            for code in seen}


def matrix(stories, priors, without=()):
    """Features (minus those named in ``without``), rules' decisions, gold, and where."""
    X, kept, gold, where = [], [], [], []
    used = [i for i, name in enumerate(FEATURES) if name not in without]
    for story in stories:
        for code, values, k, g in story_features(story, priors):
            X.append([values[i] for i in used])
            kept.append(k)
            gold.append(g)
            where.append((story["set"], story["id"], code))
    return (np.array(X, dtype=float).reshape(len(X), len(used)), np.array(kept, dtype=bool),
            np.array(gold, dtype=bool), where)


# ------------------------------------------------------------------ model


def fit_logistic(X, y, l2: float = 1.0, steps: int = 3000):
    """L2 logistic regression on standardised features (Newton steps; numpy only).
    Returns (mean, scale, weights, bias)."""
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    Z1 = np.hstack([Z, np.ones((len(Z), 1))])
    w = np.zeros(Z1.shape[1])
    penalty = np.full(Z1.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(min(steps, 50)):
        p = 1 / (1 + np.exp(-Z1 @ w))
        grad = Z1.T @ (p - y) + penalty * w
        hess = (Z1 * (p * (1 - p))[:, None]).T @ Z1 + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w[:-1], w[-1]


def probability(model, X):
    mean, scale, w, b = model
    return 1 / (1 + np.exp(-(((X - mean) / scale) @ w + b)))


def counts(decision, gold, missing: int):
    """tp, fp, fn of kept candidates against gold; ``missing``: gold themes with no candidate."""
    tp = int((decision & gold).sum())
    fp = int((decision & ~gold).sum())
    fn = int((~decision & gold).sum()) + missing
    return tp, fp, fn


def best_cut(p, gold, grid=np.linspace(0.05, 0.95, 91)):
    """The probability cut maximising TP-FP-FN (ties: the middle of the best run)."""
    scores = [int((p >= c)[gold].sum()) - int(((p >= c) & ~gold).sum()) - int((p < c)[gold].sum())
              for c in grid]
    best = max(scores)
    at = [c for c, s in zip(grid, scores) if s == best]
    return float(at[len(at) // 2])


def boundary_decision(p, kept, low, high):
    """Keep the rules' decision unless the model is very sure: drop a kept theme under
    ``low``, add a dropped one over ``high``."""
    return np.where(kept, p >= low, p >= high)


def best_boundary(p, kept, gold):
    best, chosen = None, (0.0, 1.01)
    for low in np.linspace(0.0, 0.5, 51):
        for high in np.linspace(0.5, 1.01, 52):
            d = boundary_decision(p, kept, low, high)
            s = int((d & gold).sum()) - int((d & ~gold).sum()) - int((~d & gold).sum())
            if best is None or s > best or (s == best and (low, -high) < (chosen[0], -chosen[1])):
                best, chosen = s, (float(low), float(high))
    return chosen


def missing_gold(stories) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for story in stories:
        out[story["set"]] += len(set(story["gold"]) - set(story["candidates"]))
    return out


PROBABILITY_BINS = (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.01)


def cross_validate(stories, l2: float = 1.0, report=print, without=()):
    """Leave one set out: fit on the others (priors, scaler, weights, cut), score the held
    one. Returns totals {method: (tp, fp, fn)}. Then how the held-out probabilities of the
    rules' right and wrong decisions spread (are the rules' errors near the boundary?)."""
    names = list(dict.fromkeys(s["set"] for s in stories))
    missing = missing_gold(stories)
    totals = defaultdict(lambda: np.zeros(3, dtype=int))
    held_out = []  # (probability, kept by the rules, gold) of every candidate
    report(f"{'set':<9}{'rules':>16}{'model':>16}{'boundary':>16}")
    for held in names:
        train = [s for s in stories if s["set"] != held]
        test = [s for s in stories if s["set"] == held]
        priors = code_priors(train)
        X, kept, gold, _ = matrix(train, priors, without)
        model = fit_logistic(X, gold.astype(float), l2)
        p = probability(model, X)
        cut = best_cut(p, gold)
        low, high = best_boundary(p, kept, gold)
        Xt, kept_t, gold_t, _ = matrix(test, priors, without)
        if len(Xt) == 0:
            continue
        pt = probability(model, Xt)
        held_out.extend(zip(pt, kept_t, gold_t))
        row = {"rules": counts(kept_t, gold_t, missing[held]),
               "model": counts(pt >= cut, gold_t, missing[held]),
               "boundary": counts(boundary_decision(pt, kept_t, low, high), gold_t, missing[held])}
        for method, c in row.items():
            totals[method] += np.array(c)
        report(f"{held:<9}" + "".join(f"{'%d/%d/%d' % c:>16}" for c in row.values())
               + f"   cut {cut:.2f} band {low:.2f}-{high:.2f}")
    report(f"{'TOTAL':<9}" + "".join(f"{'%d/%d/%d' % tuple(t):>16}" for t in totals.values()))
    report(f"{'TP-FP-FN':<9}" + "".join(f"{int(t[0] - t[1] - t[2]):>16}" for t in totals.values()))
    report(f"\n{'held-out p':<12}{'kept right':>12}{'kept wrong':>12}{'dropped gold':>14}"
           f"{'dropped right':>15}")
    for low, high in zip(PROBABILITY_BINS, PROBABILITY_BINS[1:]):
        cell = [(k, g) for p, k, g in held_out if low <= p < high]
        report(f"{'%.1f-%.1f' % (low, min(high, 1.0)):<12}{sum(k and g for k, g in cell):>12}"
               f"{sum(k and not g for k, g in cell):>12}{sum(g and not k for k, g in cell):>14}"
               f"{sum(not k and not g for k, g in cell):>15}")
    return {method: tuple(int(v) for v in t) for method, t in totals.items()}


def fit_all(stories, l2: float = 1.0) -> dict:
    """The model fitted on every story given, as the JSON the selector would load."""
    priors = code_priors(stories)
    X, kept, gold, _ = matrix(stories, priors)
    mean, scale, w, b = fit_logistic(X, gold.astype(float), l2)
    p = probability((mean, scale, w, b), X)
    low, high = best_boundary(p, kept, gold)
    return {"features": list(FEATURES), "mean": mean.tolist(), "scale": scale.tolist(),
            "weights": w.tolist(), "bias": float(b), "cut": best_cut(p, gold),
            "band": [low, high], "priors": priors}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(READABLE_SETS))
    parser.add_argument("--cache", type=Path, default=Path(__file__).resolve().parent / "cache")
    parser.add_argument("--recollect", action="store_true")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--without", nargs="*", default=[], choices=FEATURES,
                        help="features left out (e.g. kept: the rules' decision)")
    parser.add_argument("--out", type=Path, default=None, help="write the model fitted on all sets")
    args = parser.parse_args(argv)
    stories = collect(args.sets, args.cache, args.recollect)
    cross_validate(stories, args.l2, without=args.without)
    if args.without:
        return
    model = fit_all(stories, args.l2)
    for name, weight in sorted(zip(FEATURES, model["weights"]), key=lambda x: -abs(x[1])):
        print(f"  {name:<20}{weight:+.3f}")
    if args.out:
        args.out.write_text(json.dumps(model, indent=1))


if __name__ == "__main__":
    main()
