"""Shared fixtures. spaCy models load once per test session (loading costs seconds)."""
from __future__ import annotations

import pytest

from flows.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp_fr():
    return load_pipeline("fr")  # the flow's pipeline, loaded once per process


@pytest.fixture(scope="session")
def nlp_en():
    return load_pipeline("en")


@pytest.fixture(scope="session")
def models(nlp_fr, nlp_en):
    """Both pipelines by language code, for tests parametrized over "fr" and "en"."""
    return {"fr": nlp_fr, "en": nlp_en}
