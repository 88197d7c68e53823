"""Crossheads: the short title lines an editor sets between the paragraphs of a long story
("Jobs and anger in Manono", "A gap in the supply chain", "Carburant et trafics", "Un
conflit ancien"), each naming the thread the paragraphs under it tell, up to the next one.

A theme named in a crosshead and told in its section with specific words of two word
families ("marched ... tear gas ... protesters" under "Jobs and anger in Manono", "contrebande
... ouvrir une enquête" under "Carburant et trafics") is a thread of the story, as one
named in the headline is: the editor gave it a section. The section may spread it over
two or three paragraphs with a word or two each, which the spread and paragraph rules of
transforms/themes.py read as mentions. When the crosshead names it in a specific (weight >= 2)
word ("Les glaciers fondent", "Les syndicats menacent"), the section is to the theme what the
headline and the lead are to the story's topic: its words need the evidence bars without
the part that grows with the story's length (themes._Evidence.is_enough, TITLED_HEAD_WEIGHT).
A strong (weight 3) crosshead term told again under it is such a thread too, in one word
family: the editor titled an unambiguous topic ("Un pacte de défense contesté").
A crosshead word with nothing of its theme below
("Passe d'armes diplomatique" over a row between ministers, "Opposition outcry" over a
paragraph on a court) names no thread of that theme.

Layout only: lines of a text split by its line breaks (theme_layout.paragraph_index),
read on the paragraph index themes.py uses (the headline line, when the text opens on it,
is paragraph -1, the lead paragraph 0).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:  # themes.py imports this module; the type is only an annotation here
    from transforms.themes import _Evidence

# A crosshead is a line of at most this many words, set after the lead, that does not end
# a sentence. Readable sets: crossheads run from one word ("Rescue") to eight ("Les
# glaciers fondent, la demande explose"); a paragraph of one short sentence ends on its
# full stop.
CROSSHEAD_WORDS = 8
_SENTENCE_END = frozenset(".!?:;…")
_CLOSING_QUOTES = frozenset("\"'”»’")
# Specific (weight >= 2) words of this many word families in the section.
SECTION_FAMILIES = 2
# A crosshead naming the theme in a word of this weight or more titles its section. All
# readable sets: 2 annotated themes found (a general strike under "Les syndicats menacent",
# melting glaciers under "Les glaciers fondent, la demande explose"), no wrong one; the
# crossheads naming a theme in a weak word ("Opposition at the lake", "A long-delayed plan")
# head sections with 2 wrong themes as thin.
TITLED_HEAD_WEIGHT = 2
# A crosshead naming the theme in a term of this weight, told again in its section, heads a
# thread even in one word family (told_under_a_crosshead).
STRONG_HEAD_WEIGHT = 3


def crosshead_sections(doc: Doc, paragraph_of: list[int], words_at: list[bool],
                       skip: Iterable[int] = ()) -> dict[int, list[int]]:
    """Crosshead paragraph -> the body paragraphs of its section (those after it, up to the
    next crosshead). ``skip``: tokens of lines that are no crosshead (photo captions)."""
    skipped = set(skip)
    words: dict[int, int] = defaultdict(int)
    last_token: dict[int, int] = {}
    captions: set[int] = set()
    for token in doc:
        if token.is_space:
            continue
        paragraph = paragraph_of[token.i]
        last_token[paragraph] = token.i
        if words_at[token.i]:
            words[paragraph] += 1
        if token.i in skipped:
            captions.add(paragraph)
    heads = sorted(paragraph for paragraph, count in words.items()
                   if paragraph > 0 and count <= CROSSHEAD_WORDS and paragraph not in captions
                   and not _ends_a_sentence(doc, last_token[paragraph]))
    body = sorted(words)
    sections = {}
    for index, head in enumerate(heads):
        end = heads[index + 1] if index + 1 < len(heads) else body[-1] + 1
        section = [paragraph for paragraph in body if head < paragraph < end]
        if section:
            sections[head] = section
    return sections


def _ends_a_sentence(doc: Doc, last: int) -> bool:
    """The line's last token closes a sentence: a full stop, or one before a closing quote."""
    text = doc[last].text
    if (text and text[-1] in _CLOSING_QUOTES and last > 0
            and doc[last - 1].text[-1:] in _SENTENCE_END):
        return True
    return bool(text) and text[-1] in _SENTENCE_END


def told_under_a_crosshead(found: _Evidence, sections: dict[int, list[int]],
                           families: Callable[[Iterable[str]], int],
                           closing_line: int | None = None, head_weight: int = 1) -> bool:
    """A term of the theme in a crosshead (of ``head_weight`` or more), and specific (weight
    >= 2) terms of SECTION_FAMILIES word families (``families``: themes._families) in the
    paragraphs of its section, the closing line of background left out."""
    for head, section in sections.items():
        if not any(found.term_weights[term] >= head_weight
                   for term in found.paragraph_terms.get(head, ())):
            continue
        specific = {term for paragraph in section if paragraph != closing_line
                    for term in found.paragraph_terms.get(paragraph, ())
                    if found.term_weights[term] >= 2}
        if families(specific) >= SECTION_FAMILIES:
            return True
        # A head naming the theme in a strong (unambiguous) term that the section tells again
        # ("Un pacte de défense contesté" over the paragraph on that pact): one family, but
        # the editor's own topic. All readable sets (s34): 1 annotated theme found, no wrong
        # one; a weak or specific head word still needs SECTION_FAMILIES.
        if any(found.term_weights[term] >= STRONG_HEAD_WEIGHT and term in specific
               for term in found.paragraph_terms.get(head, ())):
            return True
    return False
