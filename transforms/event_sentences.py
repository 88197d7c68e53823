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
        if joined and first.i == joined[-1].end:
            previous = joined[-1]
            last = next((t for t in reversed(previous) if not t.is_space), previous[-1])
            # "a rencontré le ministre de la Défense nationale / Ahn Gyu-back et a visité":
            # a piece that stops on a word, with no punctuation and no line break, was cut
            # before the name it goes on with ("Le président a répondu", opening on a
            # function word, is a new sentence whose full stop was lost).
            cut_on_word = last.is_alpha and len(previous) > 3 and first.is_alpha and \
                not first.is_lower and not first.is_stop
            # "l’exigence" (an elided article glued to its noun) opens lower-case too.
            lower_word = first.text[:1].isalpha() and first.text[:1].islower()
            if (first.text in _CONTINUATION_STARTS or lower_word or cut_on_word) and last.text not in _SENTENCE_ENDS and \
                    "\n" not in previous[-1].whitespace_:
                joined[-1] = previous.doc[previous.start:sent.end]
                continue
        joined.append(sent)
    return joined
