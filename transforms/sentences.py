"""A paragraph break is a sentence break.

spaCy's French model often runs a sentence on across a blank line, mostly after a
closing quote ("... », a souligné un responsable.\\n\\nLe ministre a demandé ..."):
on the tuning articles 54 of 453 French sentences spanned a paragraph break. The
event coder cuts spaCy's sentences at line breaks again (event_sentences.py), but only
after the parse, whose dependencies may already join the two paragraphs (the second
one's verb hanging off the first one's subject). This component marks the first token
after a blank line (two or more line breaks) as a sentence start before the parser
runs, and the parser keeps preset boundaries, so every step gets the right sentences.
A single line break is left to the parser: feeds and hard-wrapped text break lines
inside sentences.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPH_BREAKS = "vigie_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def mark_paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def with_paragraph_breaks(nlp: Language) -> Language:
    """``nlp`` with the paragraph-break component before its parser (idempotent)."""
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        else:
            nlp.add_pipe(PARAGRAPH_BREAKS, first=True)
    return nlp
