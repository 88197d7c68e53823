"""Experiment: `vigie run` with spaCy models and GX imported in a background
thread while Prefect starts its server, to size the saving before changing
vigie/cli.py and flows/nightly.py. Same arguments as `vigie run`:

    python benchmarks/warm_start.py run --source DIR --db PATH
"""
from __future__ import annotations

import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _warm() -> None:
    # Both models: the languages are known only after discovery.
    from flows.nlp import MODELS, load_pipeline

    for lang in MODELS:
        load_pipeline(lang)
    import expectations.validate  # noqa: F401 - the 3-4 s GX import, off the critical path


if __name__ == "__main__":
    threading.Thread(target=_warm, name="warm-start", daemon=True).start()
    from vigie.cli import main

    main()
