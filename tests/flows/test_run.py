"""Warm start: what `vigie run` loads before the flow starts."""
from __future__ import annotations

from flows import nlp
from flows.run import WARM_UP_TEXTS, warm_start
from flows.settings import NightlySettings
from transforms.extract import extract
from transforms.records import Article


def test_every_model_has_a_warm_up_text_that_extracts_something():
    assert WARM_UP_TEXTS.keys() == nlp.MODELS.keys()
    warm_start(NightlySettings())
    for lang, text in WARM_UP_TEXTS.items():
        pipeline = nlp.load_pipeline(lang)  # loaded by warm_start
        found = extract(Article(external_id="w", text=text, source_ref="w", language=lang),
                        pipeline(text))
        assert {m.actor.name for m in found.mentions} >= {"NATO", "Tokyo"}
