"""A paragraph carries a theme only when it tells it in two sentences, or in one long
sentence (CONTEXT_SENTENCE_WORDS words or more): one short line on another topic inside a
paragraph ("health officials said they were watching for cholera in the camps") is context,
which an analyst does not tag, however many of the theme's words it holds."""
from transforms.themes import (CONTEXT_SENTENCE_WORDS, _beyond_context_sentences, _Evidence,
                               score_themes)

TITLE = "Floods cut Mozambique's Beira corridor as aid runs short"
STORY = """MAPUTO, March 3 (Vigie) - Floodwaters rose again in central Mozambique on Tuesday after the Pungwe and Buzi rivers burst their banks, cutting the main road to the port of Beira and submerging thousands of homes, the national disaster agency said.

Aid groups said food stocks in the flooded districts would last barely two weeks, and the World Food Programme appealed for $12 million to feed 300,000 people until the next harvest. Humanitarian convoys were turned back at two broken bridges on Monday.

{paragraph}

Emergency shelters in schools and churches were full, officials said, and the government asked donors for tents, blankets and water purification tablets. The United Nations humanitarian office said its teams had counted more than 40,000 people in shelters across Sofala province, many of them families who had already lost their homes to a cyclone two years ago.

The rainy season usually runs until April, and forecasters expect more heavy rain over the catchment in the coming days, which could push the rivers higher still."""
# HEALTH in one short sentence of a paragraph about something else.
CONTEXT_LINE = ("Rescue teams in boats reached several villages cut off since the weekend. Health "
                "officials said they were watching for cholera in the camps, which saw outbreaks "
                "after previous floods.")
# HEALTH told over two sentences: a paragraph about it.
TWO_SENTENCES = ("Health officials said they were watching for cholera in the camps. Outbreaks of "
                 "cholera followed the previous floods, and the health ministry has sent "
                 "rehydration salts to the camps.")
# ...or in one long sentence, a paragraph's worth.
LONG_SENTENCE = ("Rescue teams reached several villages cut off since the weekend. Health officials "
                 "said they were watching for cholera in the crowded camps around Beira and Dondo, "
                 "which saw large outbreaks after the previous floods in 2019 and 2023, and asked "
                 "for more water purification tablets.")


def _codes(nlp, paragraph: str) -> set[str]:
    doc = nlp(STORY.format(paragraph=paragraph))
    return {s.theme_code for s in score_themes(doc, "en", title=TITLE)}


def test_a_context_line_in_a_paragraph_carries_no_theme(nlp_en):
    assert _codes(nlp_en, CONTEXT_LINE) == {"HUMANITARIAN"}


def test_a_theme_told_in_two_sentences_of_a_paragraph_is_kept(nlp_en):
    assert _codes(nlp_en, TWO_SENTENCES) == {"HUMANITARIAN", "HEALTH"}


def test_a_theme_told_in_one_long_sentence_is_kept(nlp_en):
    assert _codes(nlp_en, LONG_SENTENCE) == {"HUMANITARIAN", "HEALTH"}


def _evidence(sentences: dict[int, int]) -> _Evidence:
    found = _Evidence()
    for sentence, words in sentences.items():
        found.add("cholera", 3, paragraph=2, sentence=(sentence, words))
    return found


# Paragraph 2 holds three sentences.
SENTENCES_IN = {0: 2, 1: 3, 2: 3}


def test_only_paragraphs_told_beyond_one_short_sentence_keep_their_weight():
    short = CONTEXT_SENTENCE_WORDS - 1
    assert _beyond_context_sentences(_evidence({7: short}), SENTENCES_IN).paragraph_weight == {}
    assert _beyond_context_sentences(
        _evidence({7: short, 8: short}), SENTENCES_IN).paragraph_weight == {2: 6}
    assert _beyond_context_sentences(
        _evidence({7: CONTEXT_SENTENCE_WORDS}), SENTENCES_IN).paragraph_weight == {2: 3}


def test_a_paragraph_of_one_short_sentence_keeps_its_weight():
    # The writer gave the topic a paragraph of its own (one-sentence wire paragraphs).
    assert _beyond_context_sentences(_evidence({7: 12}), {2: 1}).paragraph_weight == {2: 3}


def test_the_view_leaves_the_evidence_itself_unchanged():
    found = _evidence({7: 5})
    _beyond_context_sentences(found, SENTENCES_IN)
    assert found.paragraph_weight == {2: 3} and found.weighted == 3
