"""A story's last sentence opening on a topic-shift adverbial is an aside at any length
(transforms/theme_asides.py): the writer closes on other news. Mid-story, a long sentence so
marked still tells a thread of its own. Sentences written for these tests."""
from transforms.theme_asides import ASIDE_WORDS, aside_sentences
from transforms.theme_layout import _sentences

EN_LONG = ("Separately, the country's statistics office said on Monday that industrial output had "
           "fallen for a third straight month in October, dragged down by weaker car production, "
           "lower steel orders and a drop in chemical exports to its main trading partners.")
FR_LONG = ("Le gouvernement a par ailleurs annoncé lundi une hausse de quatre pour cent du salaire "
           "minimum à partir de janvier, une mesure réclamée depuis des mois par les syndicats et "
           "que le patronat juge trop coûteuse pour les petites entreprises du pays.")
EN_STORY = ("The two governments signed a border agreement on Sunday after three years of talks. "
            "Both foreign ministers called it a turning point for the region. ")
FR_STORY = ("Les deux gouvernements ont signé dimanche un accord frontalier après trois ans de "
            "négociations. Les deux ministres des Affaires étrangères ont salué un tournant. ")


def _asides(nlp, text, lang):
    doc = nlp(text)
    words = _sentences(doc)[1]
    return aside_sentences(doc, lang, words), words


def test_the_sentences_are_longer_than_an_aside(nlp_en, nlp_fr):
    assert _asides(nlp_en, EN_LONG, "en")[1][0] >= ASIDE_WORDS
    assert _asides(nlp_fr, FR_LONG, "fr")[1][0] >= ASIDE_WORDS


def test_a_long_closing_english_aside_is_an_aside(nlp_en):
    asides, words = _asides(nlp_en, EN_STORY + EN_LONG, "en")
    assert asides == {len(words) - 1}


def test_a_long_closing_french_aside_is_an_aside(nlp_fr):
    asides, words = _asides(nlp_fr, FR_STORY + FR_LONG, "fr")
    assert asides == {len(words) - 1}


def test_a_long_marked_sentence_mid_story_is_no_aside(nlp_en, nlp_fr):
    assert _asides(nlp_en, EN_LONG + " " + EN_STORY, "en")[0] == set()
    assert _asides(nlp_fr, FR_LONG + " " + FR_STORY, "fr")[0] == set()


def test_a_trailing_line_break_does_not_hide_the_closing_sentence(nlp_en):
    asides, words = _asides(nlp_en, EN_STORY + EN_LONG + "\n", "en")
    closing = max(index for index, count in enumerate(words) if count)
    assert asides == {closing}


def test_a_text_of_one_long_marked_sentence_is_no_aside(nlp_en, nlp_fr):
    assert _asides(nlp_en, EN_LONG, "en")[0] == set()
    assert _asides(nlp_fr, FR_LONG, "fr")[0] == set()
