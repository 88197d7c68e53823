"""Where extraction time goes, per step, in one process (no Prefect, no warehouse).

Times, on a generated corpus: model load, language detection, `nlp.pipe`
with the full pipeline and with unused components disabled, then each
extraction module (actors, events, themes, tone) per document.

    python benchmarks/profile_extract.py --n 100 --lang mixed
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from generate_corpus import generate_corpus  # noqa: E402

from flows.nlp import load_pipeline  # noqa: E402
from transforms.actors import find_actors  # noqa: E402
from transforms.events import code_events  # noqa: E402
from transforms.language import detect_language  # noqa: E402
from transforms.records import Article  # noqa: E402
from transforms.themes import score_themes  # noqa: E402
from transforms.tone import score_tone  # noqa: E402

timings: dict[str, float] = defaultdict(float)


@contextmanager
def timed(name: str):
    start = time.perf_counter()
    yield
    timings[name] += time.perf_counter() - start


def profile(n: int, lang: str, disable: list[str]) -> dict[str, float]:
    corpus = generate_corpus(n, lang)
    articles = [Article(external_id=a["id"], text=a["text"], source_ref=a["id"],
                        published_at=datetime.fromisoformat(a["published"].rstrip("Z")),
                        language=a["language"]) for a in corpus]
    with timed("language detection"):
        for art in articles:
            detect_language(art.text)
    by_lang: dict[str, list[Article]] = defaultdict(list)
    for art in articles:
        by_lang[art.language].append(art)
    for code, arts in sorted(by_lang.items()):
        with timed("model load"):
            nlp = load_pipeline(code)
        if disable:
            with timed(f"nlp.pipe without {','.join(disable)}"):
                list(nlp.pipe((a.text for a in arts), batch_size=32,
                              disable=[d for d in disable if d in nlp.pipe_names]))
        with timed("nlp.pipe"):
            docs = list(nlp.pipe((a.text for a in arts), batch_size=32))
        for art, doc in zip(arts, docs, strict=True):
            with timed("actors"):
                mentions = find_actors(doc, code)
            with timed("events"):
                events = code_events(doc, code, mentions, art.article_id, art.published_date)
            with timed("themes"):
                score_themes(doc, code, title=art.title, events=events, mentions=mentions)
            with timed("tone"):
                score_tone(doc, code)
    return dict(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--lang", choices=("fr", "en", "mixed"), default="mixed")
    parser.add_argument("--disable", nargs="*", default=[],
                        help="also time nlp.pipe with these components off (e.g. lemmatizer)")
    args = parser.parse_args()
    result = profile(args.n, args.lang, args.disable)
    print(f"| step ({args.n} {args.lang} articles) | s | ms/article |\n|---|---|---|")
    for name, seconds in result.items():
        print(f"| {name} | {seconds:.2f} | {1000 * seconds / args.n:.1f} |")
    print("\npipelines:", {c: load_pipeline(c).pipe_names for c in ("fr", "en")
                           if args.lang in (c, "mixed")})


if __name__ == "__main__":
    main()
