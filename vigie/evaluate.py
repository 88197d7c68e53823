"""Score the extractor against the hand-annotated set in eval/.

Gold items are sentences (eval/sentences_*.jsonl) and short articles
(eval/articles/*.json); eval/README.md holds the annotation guidelines.
Each item runs through `transforms.extract.extract` and is compared field by
field: actors, their countries, event types, event source/target, event
dates, themes, plus a count of junk actor names. Scoring is pure (see
`score`), so it can be tested with hand-built `Extraction` objects.

Run it with `python -m vigie.evaluate [--lang fr] [--errors 5]`.
"""
from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from flows.nlp import MODELS
from transforms.records import Article, Extraction

DEFAULT_SET_DIR = Path(__file__).resolve().parent.parent / "eval"
SPACY_MODELS = MODELS  # the flow's models (flows/nlp.py)
FIELDS = ("actors", "countries", "event_types", "source_target", "dates", "themes")
PIPE_BATCH_SIZE = 32


# ---------------------------------------------------------------- gold set


# What is scored about an actor or an event, the same for gold and predicted ones.
@dataclass(frozen=True)
class ActorFacts:
    name: str
    actor_type: str
    country: str | None


@dataclass(frozen=True)
class EventFacts:
    event_type: str
    source: str | None
    target: str | None
    event_date: date | None


@dataclass
class GoldItem:
    id: str
    lang: str
    published: date
    text: str
    # None means "not annotated" (articles carry themes and actors, not events):
    # such a field is left out of scoring instead of counting predictions as wrong.
    actors: list[ActorFacts] | None
    events: list[EventFacts] | None
    themes: list[str] | None
    kind: str = "sentence"  # or "article" (eval/articles/*.json)
    title: str | None = None  # articles' headline, passed to extraction like a real feed's


def _parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def gold_item_from_json(obj: dict, kind: str = "sentence") -> GoldItem:
    actors, events = obj.get("actors", []), obj.get("events", [])
    return GoldItem(
        id=obj["id"],
        lang=obj["lang"],
        published=date.fromisoformat(obj["published"]),
        text=obj["text"],
        actors=None if actors is None else [ActorFacts(a["name"], a["type"], a.get("country")) for a in actors],
        events=None if events is None else [
            EventFacts(e["type"], e.get("source"), e.get("target"), _parse_date(e.get("date")))
            for e in events
        ],
        themes=obj.get("themes"),
        kind=kind,
        title=obj.get("title"),
    )


def load_gold(set_dir: Path | None = None, lang: str | None = None) -> list[GoldItem]:
    """All items of the set, sentences then articles, in a stable order."""
    set_dir = set_dir or DEFAULT_SET_DIR
    if not set_dir.is_dir():
        raise FileNotFoundError(f"evaluation set not found: {set_dir}")
    if lang is not None and lang not in SPACY_MODELS:
        raise ValueError(f"unsupported language {lang!r}; choose from {', '.join(SPACY_MODELS)}")
    items: list[GoldItem] = []
    for path in sorted(set_dir.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                items.append(_parse_item(line, f"{path}:{number}"))
    for path in sorted(set_dir.glob("articles/*.json")):
        items.append(_parse_item(path.read_text(encoding="utf-8"), str(path), "article"))
    items = [i for i in items if lang is None or i.lang == lang]
    if not items:
        raise ValueError(f"no {lang + ' ' if lang else ''}items in {set_dir}")
    return items


def _parse_item(raw: str, where: str, kind: str = "sentence") -> GoldItem:
    """One item, or an error that names the file and line to fix."""
    try:
        return gold_item_from_json(json.loads(raw), kind)
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{where}: bad gold item: {exc!r}") from exc


# ------------------------------------------------------------- predictions


@dataclass
class Prediction:
    actors: list[ActorFacts]
    events: list[EventFacts]
    themes: list[str]
    error: str | None = None  # extract() raised: scored as an empty prediction


def prediction_from_extraction(extraction: Extraction) -> Prediction:
    """Reduce an Extraction to what the scorer compares; actors deduped by name."""
    actors: dict[str, ActorFacts] = {}
    for mention in extraction.mentions:
        a = mention.actor
        actors.setdefault(normalise_name(a.name), ActorFacts(a.name, a.actor_type, a.country_code))
    events = [
        EventFacts(
            e.event_type,
            e.source.name if e.source else None,
            e.target.name if e.target else None,
            e.event_date,
        )
        for e in extraction.events
    ]
    themes = sorted({t.theme_code for t in extraction.themes})
    return Prediction(list(actors.values()), events, themes)


@lru_cache(maxsize=None)
def load_model(lang: str):
    from flows.nlp import load_pipeline  # imported here so scoring alone does not pay for spaCy

    # The flow's own pipeline: what is scored is what runs.
    return load_pipeline(lang)


def article_for(item: GoldItem) -> Article:
    return Article(
        external_id=item.id,
        text=item.text,
        source_ref=f"eval:{item.id}",
        published_at=datetime.combine(item.published, datetime.min.time()),
        language=item.lang,
        language_confidence=1.0,
        title=item.title,
    )


def predict(items: Sequence[GoldItem]) -> list[Prediction]:
    """Run the extractor on every item, one nlp.pipe pass per language."""
    from transforms.boilerplate import text_for_parsing
    from transforms.extract import extract

    predictions: list[Prediction | None] = [None] * len(items)
    by_lang: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        by_lang[item.lang].append(index)
    for lang, indexes in sorted(by_lang.items()):
        nlp = load_model(lang)
        docs = nlp.pipe((text_for_parsing(items[i].text) for i in indexes),
                        batch_size=PIPE_BATCH_SIZE)
        for index, doc in zip(indexes, docs, strict=True):
            try:
                extraction = extract(article_for(items[index]), doc)
                predictions[index] = prediction_from_extraction(extraction)
            except Exception as exc:  # a crash is a result to report, not a reason to stop
                predictions[index] = Prediction([], [], [], error=f"{type(exc).__name__}: {exc}")
    return predictions  # type: ignore[return-value]


# ------------------------------------------------------------ name matching


def normalise_name(name: str | None) -> str:
    """Casefolded, accent-free, punctuation to spaces: 'l’OTAN' -> 'l otan'."""
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", bare.casefold()).split())


def names_match(gold: str | None, predicted: str | None, lenient: bool = True) -> bool:
    """Equal once normalised; with `lenient` (people), token-set containment also
    matches, so 'Shigeru Ishiba' ~ 'Ishiba Shigeru' and 'Rutte' ~ 'Mark Rutte'."""
    g, p = normalise_name(gold), normalise_name(predicted)
    if not g or not p:
        return not g and not p  # two missing actors agree
    if g == p:
        return True
    if not lenient:
        return False
    g_tokens, p_tokens = set(g.split()), set(p.split())
    return g_tokens <= p_tokens or p_tokens <= g_tokens


def _pair(gold: Sequence, predicted: Sequence, match: Callable[[object, object], bool]):
    """Greedy one-to-one pairing in list order; returns [(gold_i, pred_i)]."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if pi not in used and match(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


# ------------------------------------------------------------------ scores


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    matched: int = 0  # for accuracy fields: pairs judged
    right: int = 0  # of those, how many were right

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.matched += other.matched
        self.right += other.right

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float | None:
        return self.right / self.matched if self.matched else None


@dataclass
class ItemScore:
    """One field on one item: counts plus readable errors."""

    counts: Counts
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)


@dataclass
class FieldScore:
    field: str
    lang: str  # "fr", "en" or "ALL"
    counts: Counts
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)


@dataclass
class EvalReport:
    rows: list[FieldScore]
    items: dict[str, int]  # lang -> items scored
    junk_actors: list[tuple[str, str, str]]  # (item id, name, reason)
    extract_errors: list[tuple[str, str]]  # (item id, message)
    seconds: float = 0.0
    show_errors: int = 0
    texts: dict[str, str] = field(default_factory=dict)  # item id -> text, for error lines

    def row(self, field_name: str, lang: str = "ALL") -> FieldScore:
        return next(r for r in self.rows if r.field == field_name and r.lang == lang)


def _is_person(item: GoldItem, name: str | None) -> bool:
    """Leniency is for people; a name absent from the actor list is treated as one
    so a gold event argument is never stricter than its actor."""
    for actor in item.actors or []:
        if actor.name == name:
            return actor.actor_type == "PERSON"
    return True


def score_actors(item: GoldItem, pred: Prediction) -> tuple[ItemScore | None, ItemScore | None]:
    """(actors, countries) for one item."""
    if item.actors is None:
        return None, None
    gold = list({normalise_name(a.name): a for a in item.actors}.values())
    predicted = pred.actors
    # Exact matches first so a lenient match cannot steal an exact partner.
    exact = _pair(gold, predicted, lambda g, p: names_match(g.name, p.name, lenient=False))
    rest_g = [i for i in range(len(gold)) if i not in {g for g, _ in exact}]
    rest_p = [i for i in range(len(predicted)) if i not in {p for _, p in exact}]
    lenient = [
        (rest_g[g], rest_p[p])
        for g, p in _pair(
            [gold[i] for i in rest_g],
            [predicted[i] for i in rest_p],
            lambda g, p: g.actor_type == "PERSON" and names_match(g.name, p.name),
        )
    ]
    pairs = exact + lenient
    matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}

    actors = ItemScore(Counts(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs)))
    actors.false_positives = [f"{item.id}: {predicted[i].name}" for i in range(len(predicted)) if i not in matched_p]
    actors.false_negatives = [f"{item.id}: {gold[i].name}" for i in range(len(gold)) if i not in matched_g]

    right = [(g, p) for g, p in pairs if gold[g].country == predicted[p].country]
    countries = ItemScore(Counts(tp=len(right), fp=len(predicted) - len(right),
                                 fn=len(gold) - len(right), matched=len(pairs), right=len(right)))
    for g, p in pairs:
        if gold[g].country != predicted[p].country:
            countries.false_positives.append(f"{item.id}: {predicted[p].name} -> {predicted[p].country}")
            countries.false_negatives.append(f"{item.id}: {gold[g].name} -> {gold[g].country}")
    return actors, countries


def score_event_types(item: GoldItem, pred: Prediction) -> ItemScore | None:
    if item.events is None:
        return None
    gold = Counter(e.event_type for e in item.events)
    predicted = Counter(e.event_type for e in pred.events)
    tp = sum((gold & predicted).values())
    score = ItemScore(Counts(tp=tp, fp=sum(predicted.values()) - tp, fn=sum(gold.values()) - tp))
    score.false_positives = [f"{item.id}: {t}" for t in sorted((predicted - gold).elements())]
    score.false_negatives = [f"{item.id}: {t}" for t in sorted((gold - predicted).elements())]
    return score


def _score_event_attribute(
    item: GoldItem,
    pred: Prediction,
    right: Callable[[EventFacts, EventFacts], bool],
    describe: Callable[[EventFacts], str],
) -> ItemScore | None:
    """Pair gold and predicted events of the same type (preferring pairs where the
    attribute is right), then count how many pairs have it right."""
    if item.events is None:
        return None
    same_type = lambda g, p: g.event_type == p.event_type  # noqa: E731
    good = _pair(item.events, pred.events, lambda g, p: same_type(g, p) and right(g, p))
    rest_g = [i for i in range(len(item.events)) if i not in {g for g, _ in good}]
    rest_p = [i for i in range(len(pred.events)) if i not in {p for _, p in good}]
    wrong = _pair([item.events[i] for i in rest_g], [pred.events[i] for i in rest_p], same_type)
    tp = len(good)
    score = ItemScore(Counts(tp=tp, fp=len(pred.events) - tp, fn=len(item.events) - tp,
                             matched=tp + len(wrong), right=tp))
    good_g, good_p = {g for g, _ in good}, {p for _, p in good}
    score.false_positives = [f"{item.id}: {describe(e)}" for i, e in enumerate(pred.events) if i not in good_p]
    score.false_negatives = [f"{item.id}: {describe(e)}" for i, e in enumerate(item.events) if i not in good_g]
    return score


def score_source_target(item: GoldItem, pred: Prediction) -> ItemScore | None:
    def right(g: EventFacts, p: EventFacts) -> bool:
        return (names_match(g.source, p.source, _is_person(item, g.source))
                and names_match(g.target, p.target, _is_person(item, g.target)))

    return _score_event_attribute(item, pred, right, lambda e: f"{e.event_type}({e.source} -> {e.target})")


def score_dates(item: GoldItem, pred: Prediction) -> ItemScore | None:
    return _score_event_attribute(item, pred, lambda g, p: g.event_date == p.event_date,
                                  lambda e: f"{e.event_type}@{e.event_date}")


def score_themes(item: GoldItem, pred: Prediction) -> ItemScore | None:
    if item.themes is None:
        return None
    gold, predicted = set(item.themes), set(pred.themes)
    score = ItemScore(Counts(tp=len(gold & predicted), fp=len(predicted - gold), fn=len(gold - predicted)))
    score.false_positives = [f"{item.id}: {t}" for t in sorted(predicted - gold)]
    score.false_negatives = [f"{item.id}: {t}" for t in sorted(gold - predicted)]
    return score


# --------------------------------------------------------------- junk names

_FUNCTION_WORDS = frozenset(
    "a an the he she it they we i you him her them his its their this that who which "
    "il elle ils elles on nous vous je tu le la les l un une des de du d au aux ce cela "
    "ceci celui celle qui que dont lui leur leurs son sa ses et ou mais".split()
)
_GLUED_CAMEL = re.compile(r"[a-z]{3,}[A-Z]")  # NakataniRutte, TradeRutte; not McCain, DeSantis
_GLUED_DIGITS = re.compile(r"\d{2,}[^\W\d_]|[^\W\d_]{2,}\d")  # 2022Kishida, juin2022; not G7, G20


_FUNCTION_WORD_REASON = "pronoun or function word"


def _in_dictionary(name: str, reason: str | None = None) -> bool:
    """The actor dictionary (transforms/data) lists this name: a real one, whatever its shape;
    so does the place gazetteer for a name that only ends on a small word ("Hoi An"), not
    for glued words ("WhiteHouse" is a hamlet somewhere). The extractor's own last guard
    (actor_rules/debris.py) lets the same names pass."""
    # imported here: they load data files
    from transforms.actor_rules.dictionary import GAZETTEER
    from transforms.countries import norm
    from transforms.gazetteer import place_country

    return norm(name) in GAZETTEER or reason == _FUNCTION_WORD_REASON \
        and place_country(name) is not None


def junk_reason(name: str) -> str | None:
    """Why a predicted actor name looks like extraction debris, or None."""
    stripped = name.strip()
    if len(stripped) < 2:
        return "too short"
    if _GLUED_CAMEL.search(stripped):
        return "glued words"
    if _GLUED_DIGITS.search(stripped):
        return "digits glued to letters"
    # Acronyms are names ("UN", "IL" never are pronouns here); a capitalised
    # leading article is part of a name ("The Hague", "Les Républicains").
    tokens = [t for t in re.split(r"[\W_]+", stripped) if t]
    words = [t.casefold() for t in tokens if not t.isupper() or len(t) == 1]
    if not tokens or all(w in _FUNCTION_WORDS for w in words) and words:
        return _FUNCTION_WORD_REASON
    leading, trailing = tokens[0], tokens[-1]
    if leading.islower() and leading in _FUNCTION_WORDS:
        return _FUNCTION_WORD_REASON
    if len(tokens) > 1 and not trailing.isupper() and trailing.casefold() in _FUNCTION_WORDS:
        return _FUNCTION_WORD_REASON
    return None


# ---------------------------------------------------------------- scoring


def score(items: Sequence[GoldItem], predictions: Sequence[Prediction],
          fields: Iterable[str] = FIELDS) -> EvalReport:
    """Pure scoring of predictions against gold, per field, per language and ALL."""
    fields = [f for f in FIELDS if f in set(fields)]
    rows: dict[tuple[str, str], FieldScore] = {}
    items_per_lang: Counter[str] = Counter()
    junk: list[tuple[str, str, str]] = []
    errors: list[tuple[str, str]] = []

    def add(field_name: str, lang: str, item_score: ItemScore | None) -> None:
        if item_score is None:
            return
        for key in ((field_name, lang), (field_name, "ALL")):
            row = rows.setdefault(key, FieldScore(key[0], key[1], Counts()))
            row.counts.add(item_score.counts)
            row.false_positives.extend(item_score.false_positives)
            row.false_negatives.extend(item_score.false_negatives)

    for item, pred in zip(items, predictions, strict=True):
        items_per_lang[item.lang] += 1
        if pred.error:
            errors.append((item.id, pred.error))
        actors, countries = score_actors(item, pred)
        per_field = {
            "actors": actors,
            "countries": countries,
            "event_types": score_event_types(item, pred),
            "source_target": score_source_target(item, pred),
            "dates": score_dates(item, pred),
            "themes": score_themes(item, pred),
        }
        for field_name in fields:
            add(field_name, item.lang, per_field[field_name])
        # A name the annotator listed is a real actor however it is spelt
        # ("TotalEnergies", "BlackRock" look glued to the camelCase rule), and so is one
        # the project's dictionary lists ("LockBit" in a set annotated for themes only).
        listed = [a.name for a in item.actors or ()]
        for actor in pred.actors:
            reason = junk_reason(actor.name)
            if reason and not any(names_match(g, actor.name, lenient=False) for g in listed) \
                    and not _in_dictionary(actor.name, reason):
                junk.append((item.id, actor.name, reason))

    langs = sorted(items_per_lang) + ["ALL"]
    ordered = [rows[(f, lang)] for f in fields for lang in langs if (f, lang) in rows]
    texts = {item.id: item.text for item in items}
    return EvalReport(ordered, dict(sorted(items_per_lang.items())), junk, errors, texts=texts)


def argument_problem(lang: str | None, field: str | None) -> str | None:
    """What is wrong with an evaluation's --lang or --field, as one line naming the option, or None.

    Checked before the spaCy models load (several seconds), by `vigie eval` and by
    `run_eval`, so both give the same message. A missing set is `load_gold`'s
    FileNotFoundError."""
    if field is not None and field not in FIELDS:
        return f"--field must be one of {', '.join(FIELDS)}, not '{field}'"
    if lang is not None and lang not in SPACY_MODELS:
        return f"--lang must be one of {', '.join(SPACY_MODELS)}, not '{lang}'"
    return None


def run_eval(set_dir: Path | None = None, lang: str | None = None, field: str | None = None,
             show_errors: int = 0) -> EvalReport:
    """Load the set, run the extractor, score. `field` limits scoring to one field."""
    problem = argument_problem(lang, field)
    if problem is not None:
        raise ValueError(problem)
    started = time.perf_counter()
    items = load_gold(set_dir, lang)
    predictions = predict(items)
    report = score(items, predictions, [field] if field else FIELDS)
    report.seconds = time.perf_counter() - started
    report.show_errors = show_errors
    return report


# ---------------------------------------------------------------- printing


def _with_context(error: str, texts: dict[str, str], width: int = 70) -> str:
    """'en-s001: AGREE' plus the start of that item's text, to judge the error."""
    text = " ".join(texts.get(error.split(": ", 1)[0], "").split())
    snippet = text if len(text) <= width else text[: width - 1] + "…"
    return f"{error:<50} | {snippet}" if snippet else error


def format_report(report: EvalReport) -> str:
    """Plain-text table, then junk actors, extractor crashes and (optionally) errors."""
    header = f"{'field':<14}{'lang':<5}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}{'acc':>8}"
    lines = [header, "-" * len(header)]
    for row in report.rows:
        c = row.counts
        acc = f"{c.accuracy:8.3f}" if c.accuracy is not None else f"{'':>8}"
        lines.append(f"{row.field:<14}{row.lang:<5}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
                     f"{c.precision:8.3f}{c.recall:8.3f}{c.f1:8.3f}{acc}")
    items = ", ".join(f"{lang}={n}" for lang, n in report.items.items())
    lines.append("")
    lines.append(f"items: {items}; junk actors: {len(report.junk_actors)} (target 0); "
                 f"extract errors: {len(report.extract_errors)}; {report.seconds:.1f}s")
    n = report.show_errors
    if n:
        for item_id, name, reason in report.junk_actors[:n]:
            lines.append(f"  junk {item_id}: {name!r} ({reason})")
        for item_id, message in report.extract_errors[:n]:
            lines.append(f"  crash {item_id}: {message}")
        for row in report.rows:
            if row.lang != "ALL" or not (row.false_positives or row.false_negatives):
                continue
            lines.append(f"\n[{row.field}]")
            lines.extend(f"  FP {_with_context(e, report.texts)}" for e in row.false_positives[:n])
            lines.extend(f"  FN {_with_context(e, report.texts)}" for e in row.false_negatives[:n])
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m vigie.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="set_dir", type=Path, default=None)
    parser.add_argument("--lang", choices=sorted(SPACY_MODELS), default=None)
    parser.add_argument("--field", choices=FIELDS, default=None)
    parser.add_argument("--errors", type=int, default=0)
    args = parser.parse_args(argv)
    print(format_report(run_eval(args.set_dir, args.lang, args.field, args.errors)))


if __name__ == "__main__":
    main()
