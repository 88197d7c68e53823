"""A paragraph break is a sentence break.

spaCy's French model often runs a sentence on across a blank line, mostly after a
closing quote ("... », a souligné un responsable.\\n\\nLe ministre a demandé ..."):
on the tuning articles 54 of 453 French sentences spanned a paragraph break. The
event coder cuts spaCy's sentences at line breaks again (event_sentences.py), but only
after the parse, whose dependencies may already join the two paragraphs (the second
one's verb hanging off the first one's subject). This component marks the first token
after a blank line (two or more line breaks) as a sentence start before the parser
runs, and the parser keeps preset boundaries, so every step gets the right sentences.
A single line break is a paragraph break too when the line ends a sentence and the next
starts like one: scraped pages often put one paragraph per line with no blank line
between (the bundled sample does). Other single line breaks are left to the parser:
feeds and hard-wrapped text break lines inside sentences.
The other way round, it marks tokens that cannot open a sentence (a comma, a closing
bracket, a lowercase word after a word that ends none, on the same line): the French model
opened sentences after an opening date ("Avant-hier | , l'aviation a frappé"), and the
event lost the words that date it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPH_BREAKS = "vigie_paragraph_breaks"


# A line that ends on one of these ends its sentence ("... a-t-il dit.", "« ... »").
_SENTENCE_END = {".", "!", "?", "…", "»", '"', "”", "’", "'", ")"}


# Past this many tokens without a full stop or a line break the parser is left free again:
# text with no full stops (a list, a table, a stripped page) held in one sentence parsed
# three times slower (20,000 words: 18 s against 6 s). News sentences are shorter.
_LONGEST_HOLD = 120
# Tokens that go on with a sentence and never open one.
_GOES_ON = {",", ";", ":", ")", "]", "%"}
# After these a lowercase word goes on with the sentence too: "» , a-t-il dit", "» a-t-il".
_CLOSING_QUOTES = {"»", '"', "”", "’"}


@Language.component(PARAGRAPH_BREAKS)
def mark_paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if not token.is_space or "\n" not in token.text:
            continue
        if token.text.count("\n") >= 2 or _ends_sentence(doc, token.i):
            doc[token.i + 1].is_sent_start = True
    held = 0  # tokens held in the current run since a sentence end or a line break
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space or before.text[-1:] in _SENTENCE_END:
            held = 0
        if token.is_sent_start is None and held < _LONGEST_HOLD and _goes_on(doc, token.i):
            token.is_sent_start = False
        held += 1
    return doc


def _goes_on(doc: Doc, i: int) -> bool:
    """A comma, a closing bracket, or a lowercase word after a word that ends no sentence,
    on the same line, cannot open a sentence. The French model opens one there after a
    sentence-initial date or place ("Avant-hier, l'aviation a frappé ...", "Lundi 16
    novembre, ..." split as "Lundi 16 | novembre, ..."), and the event then loses the
    words that date it; told so, the parser hangs them on the verb."""
    token, before = doc[i], doc[i - 1]
    if before.is_space:
        return False
    if token.text in _GOES_ON:
        return True
    first = token.text[:1]
    if first.isalpha() and first.isupper():
        # a name right after a word, no punctuation between ("le Premier ministre nigérien
        # Ali Mahaman Lamine Zeine ont signé"): the French model cut that sentence in three,
        # at "Ali" and at "Zeine", and the act lost its subject and its opening "Mardi,".
        # A capital word that opens sentences ("Des", "Le", "The") is left to the parser:
        # machine translation drops full stops ("arrivés de Pologne Des unités ...").
        return before.text.isalpha() and not before.text.isupper() and not token.is_stop
    return first.isalpha() and first.islower() and \
        (before.text[-1:] not in _SENTENCE_END or before.text[-1:] in _CLOSING_QUOTES)


def _ends_sentence(doc: Doc, i: int) -> bool:
    """A single line break after a sentence's end, before a capital, a digit or an opening
    quote or dash: a paragraph break in copy that puts one paragraph per line (real
    scraped pages do), not a hard wrap inside a sentence."""
    if i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    if before.text[-1:] not in _SENTENCE_END:
        return False
    if before.text[-1] == "." and 1 < len(before.text) <= 4 and before.text[:-1].isalpha():
        return False  # "M.", "Mr.", "Gen." end no sentence
    first = after.text[:1]
    return first.isupper() or first.isdigit() or first in {"«", '"', "“", "—", "–", "-", "("}


def with_paragraph_breaks(nlp: Language) -> Language:
    """``nlp`` with the paragraph-break component before its parser (idempotent)."""
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        else:
            nlp.add_pipe(PARAGRAPH_BREAKS, first=True)
    return nlp
