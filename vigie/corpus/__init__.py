"""The sample corpus bundled with Vigie: what `vigie run` reads with no --source.

The articles are data files next to this module (see README.md here); this
package only exists so that setuptools ships them and callers can find them.
"""
from __future__ import annotations

from pathlib import Path

# Extensions the ingest reader turns into articles; README.md and this module are skipped.
ARTICLE_SUFFIXES = (".json", ".jsonl", ".txt", ".html")


def corpus_dir() -> Path:
    """Folder holding the bundled sample articles (works from a checkout or an install)."""
    return Path(__file__).resolve().parent


def corpus_files() -> list[Path]:
    """The article files of the bundled corpus, sorted so runs are reproducible."""
    return sorted(p for p in corpus_dir().iterdir() if p.suffix in ARTICLE_SUFFIXES)
