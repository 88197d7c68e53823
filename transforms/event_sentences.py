"""The sentences events are coded in: spaCy's, cut again at line breaks and rejoined where
the parser cut a clause in two. Split out of events.py."""
from __future__ import annotations

from spacy.tokens import Doc, Span


def event_sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, cut again at line breaks: parsers of news text sometimes run a
    sentence across a paragraph break, and a verb must not take actors from the next one."""
    try:
        parsed = list(doc.sents)
    except ValueError:  # a Doc without sentence boundaries: treat it as one sentence
        parsed = [doc[:]]
    sentences: list[Span] = []
    for sent in parsed:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    sentences.append(doc[start:token.i])
                start = token.i + 1
        if start < sent.end:
            sentences.append(doc[start:sent.end])
    return _rejoin_fragments(sentences)


_SENTENCE_ENDS = {".", "!", "?", "…"}
_CONTINUATION_STARTS = {",", ";", ")", "-", "–"}


def _rejoin_fragments(sentences: list[Span]) -> list[Span]:
    """Machine-translated text and quotes make the parser cut sentences mid-clause
    ("Médecins sans frontières, qui gère plusieurs centres / , a appelé à un accès"): a piece
    that starts with a comma or a lower-case word, after one that did not end a sentence on
    the same line, is the rest of it. Rejoined, its verb finds the subject named before."""
    joined: list[Span] = []
    for sent in sentences:
        first = sent[0]
        if joined and first.i == joined[-1].end and (
                first.text in _CONTINUATION_STARTS or (first.is_alpha and first.is_lower)):
            previous = joined[-1]
            last = next((t for t in reversed(previous) if not t.is_space), previous[-1])
            if last.text not in _SENTENCE_ENDS and "\n" not in previous[-1].whitespace_:
                joined[-1] = previous.doc[previous.start:sent.end]
                continue
        joined.append(sent)
    return joined
