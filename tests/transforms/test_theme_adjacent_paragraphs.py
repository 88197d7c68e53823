"""A secondary thread told over two consecutive body paragraphs (theme_paragraphs
``_told_over_two_paragraphs``): a specific term in each, a strong one among them,
ADJACENT_TERMS distinct terms weighing ADJACENT_WEIGHT together. A context mention sits
in one paragraph, or in two paragraphs far apart."""
from tests.transforms.evidence import evidence_of
from transforms.theme_paragraphs import (ADJACENT_TERMS, ADJACENT_WEIGHT, _carries_a_paragraph,
                                         _paragraph_weights)

# The main story (MIGRATION) weighs 12 in each of the six paragraphs, so that no
# one-paragraph rule (share, lead, depth, pair) keeps the secondary theme.
MAIN = [("migrant", 2, paragraph) for paragraph in range(6) for _ in range(6)]
# Detention in one paragraph, smugglers and police in the next.
TOLD = [("placé en détention", 3, 2), ("passeur", 2, 3), ("passeur", 2, 3), ("police", 1, 3)]


def _carried(hits) -> bool:
    found = evidence_of(hits)
    paragraphs = _paragraph_weights({"MIGRATION": evidence_of(MAIN), "CRIME": found})
    return _carries_a_paragraph(found, paragraphs)


def test_the_bars_are_what_the_tests_assume():
    assert ADJACENT_WEIGHT <= 8 and ADJACENT_TERMS <= 3


def test_a_thread_over_two_consecutive_paragraphs_is_carried():
    assert _carried(TOLD)


def test_the_same_words_in_paragraphs_far_apart_are_not():
    assert not _carried([(term, weight, 5 if paragraph == 3 else paragraph)
                         for term, weight, paragraph in TOLD])


def test_without_a_strong_term_they_are_not():
    assert not _carried([("arrestation", 2, 2), ("passeur", 2, 3), ("passeur", 2, 3),
                         ("police", 1, 3)])


def test_a_paragraph_with_only_a_weak_word_does_not_extend_a_mention():
    # A strong phrase and a specific word in one paragraph, "police" in the next.
    assert not _carried([("placé en détention", 3, 2), ("passeur", 2, 2), ("passeur", 2, 2),
                         ("police", 1, 3)])


def test_the_closing_line_is_no_second_paragraph():
    found = evidence_of(TOLD)
    paragraphs = _paragraph_weights({"MIGRATION": evidence_of(MAIN), "CRIME": found})
    paragraphs.closing_line = 3
    assert not _carries_a_paragraph(found, paragraphs)


def test_sentences_standing_in_for_paragraphs_are_not_paragraphs():
    # A text without line breaks: its "paragraphs" are sentences, and two consecutive
    # sentences holding a theme are no thread split by a paragraph break.
    found = evidence_of(TOLD)
    paragraphs = _paragraph_weights({"MIGRATION": evidence_of(MAIN), "CRIME": found})
    paragraphs.split_by_lines = False
    assert not _carries_a_paragraph(found, paragraphs)
