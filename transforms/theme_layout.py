"""Where a theme's words sit in an article: the sentence and paragraph of every token,
sentence sizes, and the closing line. Layout only; the rules that read it are in
themes.py and theme_paragraphs.py."""
from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc

# Fewer paragraphs than this (one block of text from a feed or an extractor):
# sentences stand in for paragraphs.
MIN_PARAGRAPHS = 3
# Texts of fewer words are the ~100-word items of the eval set, not full stories: there one
# paragraph is a third of the text, so the thread, setting and exchange-row rules let it be.
FULL_STORY_WORDS = 160
CLOSING_LINE_WORDS = 40


def _positions(doc: Doc) -> tuple[list[int], list[int]]:
    """Sentence and paragraph index of every token.

    A paragraph ends at a whitespace token holding a line break; a document
    without sentence boundaries is one sentence.
    """
    sentence_of = [0] * len(doc)
    if doc.has_annotation("SENT_START"):
        for index, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sentence_of[i] = index
    paragraph_of = []
    paragraph = 0
    for token in doc:
        if token.is_space and "\n" in token.text:
            paragraph += 1
        paragraph_of.append(paragraph)
    return sentence_of, paragraph_of


def word_flags(doc: Doc) -> list[bool]:
    """Per token: a word (neither punctuation nor space), what the layout rules count.
    Read once per article and passed on: each pass over a Doc makes a Token per token."""
    return [not (token.is_punct or token.is_space) for token in doc]


def _sentences(doc: Doc, paragraph_of: list[int] | None = None,
               positions: tuple[list[int], list[int]] | None = None,
               words_at: list[bool] | None = None,
               ) -> tuple[list[int], list[int], dict[int, int]]:
    """The sentence index of every token, the words of every sentence, and how many
    sentences each paragraph (``paragraph_of``, when given) holds. ``positions``:
    ``_positions(doc)``, ``words_at``: ``word_flags(doc)``, when the caller has them."""
    sentence_of, _ = positions or _positions(doc)
    words = [0] * (max(sentence_of, default=0) + 1)
    in_paragraph: dict[int, set[int]] = defaultdict(set)
    for i, is_word in enumerate(words_at if words_at is not None else word_flags(doc)):
        if is_word:
            words[sentence_of[i]] += 1
            if paragraph_of is not None:
                in_paragraph[paragraph_of[i]].add(sentence_of[i])
    return sentence_of, words, {paragraph: len(found) for paragraph, found in in_paragraph.items()}


def paragraph_index(doc: Doc, positions: tuple[list[int], list[int]] | None = None) -> list[int]:
    """The paragraph of every token; in one block of text (feeds, some extractors), or
    one of fewer than MIN_PARAGRAPHS paragraphs, sentences stand in for paragraphs."""
    sentence_of, paragraph_of = positions or _positions(doc)
    if paragraph_of and paragraph_of[-1] + 1 < MIN_PARAGRAPHS:
        return sentence_of
    return paragraph_of


def _closing_line(doc: Doc, paragraph_of: list[int] | None = None,
                  words_at: list[bool] | None = None) -> int | None:
    """The last paragraph when it is one short line (< CLOSING_LINE_WORDS words): wire
    stories end on a line of background ("The U.N. counts 400,000 displaced people in
    Mali"), which is no paragraph-long thread."""
    if paragraph_of is None:
        paragraph_of = paragraph_index(doc)
    words: dict[int, int] = defaultdict(int)
    for i, is_word in enumerate(words_at if words_at is not None else word_flags(doc)):
        if is_word:
            words[paragraph_of[i]] += 1
    if len(words) < MIN_PARAGRAPHS:
        return None
    last = max(words)
    return last if words[last] < CLOSING_LINE_WORDS else None


def word_count(doc: Doc) -> int:
    """Words of the article (the articles table's word_count), as the layout rules count them."""
    return sum(word_flags(doc))


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def headline_line(doc: Doc, paragraph_of: list[int], title: str | None) -> bool:
    """The text opens on its headline as its own first paragraph (pages saved whole, some
    feeds): the words of paragraph 0 are the title's. That line is the headline, not the
    lead: read as both, a headline word ("flooded TikTok", "ships shadow fleet") counts
    twice and passes for a theme told in the headline and the lead."""
    if not isinstance(title, str) or not paragraph_of or paragraph_of[0] != 0:
        return False
    end = next((i for i, paragraph in enumerate(paragraph_of) if paragraph != 0), len(doc))
    first = _letters(doc[:end].text)
    return bool(first) and first == _letters(title)


# A photo caption set as its own line ("Pictured: protesters march in Lagos last August",
# "Photo : des gendarmes devant la préfecture", "Sur la photo, des soldats près de
# Koupiansk") describes a picture, often of another day or another story: its words are no
# thread of the article. A caption is a short line that opens on one of these markers.
_CAPTION = re.compile(r"^\W{0,2}(?:pictured|photo|photos|caption|above|below|top|main image|image|"
                      r"illustration|l[ée]gende|en photo|sur la photo|sur cette photo|ci-dessus|"
                      r"en image)\s*[:,]", re.IGNORECASE)
CAPTION_WORDS = 40


def caption_tokens(doc: Doc) -> set[int]:
    """The tokens of the caption lines of a text split by line breaks (MIN_PARAGRAPHS lines
    or more): a short line (CAPTION_WORDS words at most) opening on a caption marker."""
    _, line_of = _positions(doc)
    if not line_of or line_of[-1] + 1 < MIN_PARAGRAPHS:
        return set()
    starts: dict[int, int] = {}
    words: dict[int, int] = defaultdict(int)
    for token in doc:
        if token.is_space:
            continue
        starts.setdefault(line_of[token.i], token.i)
        if not token.is_punct:
            words[line_of[token.i]] += 1
    lines = {line for line, start in starts.items()
             if words[line] <= CAPTION_WORDS and _CAPTION.match(doc[start:start + 6].text)}
    return {i for i, line in enumerate(line_of) if line in lines} if lines else set()
