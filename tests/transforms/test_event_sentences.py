"""Sentences events are coded in (transforms/event_sentences.py): cut at line breaks,
rejoined where the parser cut a clause in two."""
from spacy.tokens import Doc

from transforms.event_sentences import event_sentences


def _doc(nlp, words, spaces, starts):
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for i, token in enumerate(doc):
        token.is_sent_start = i in starts
    return doc


def test_piece_starting_with_a_comma_is_rejoined(nlp_fr):
    words = ["MSF", ",", "qui", "gère", "des", "centres", ",", "a", "appelé", "à", "l'", "aide",
             "."]
    doc = _doc(nlp_fr, words, [False, True, True, True, True, False, True, True, True, True,
                               False, False, False], {0, 6})
    assert [s.text for s in event_sentences(doc)] == [doc.text]


def test_lower_case_piece_is_rejoined(nlp_fr):
    words = ["Araghchi", "a", "dit", "que", "son", "pays", "reste", "ouvert", "."]
    doc = _doc(nlp_fr, words, [True] * 7 + [False, False], {0, 6})
    assert len(event_sentences(doc)) == 1


def test_piece_after_a_full_stop_stays_apart(nlp_fr):
    words = ["Kigali", "dément", ".", "et", "Goma", "est", "calme", "."]
    doc = _doc(nlp_fr, words, [True, False, True, True, True, True, False, False], {0, 3})
    assert len(event_sentences(doc)) == 2


def test_capitalised_piece_stays_apart(nlp_fr):
    words = ["Le", "ministre", "a", "parlé", "Le", "président", "a", "répondu", "."]
    doc = _doc(nlp_fr, words, [True] * 7 + [False, False], {0, 4})
    assert len(event_sentences(doc)) == 2


def test_line_break_still_cuts(nlp_fr):
    doc = nlp_fr("Le ministre a parlé\n\nle président a répondu.")
    assert len(event_sentences(doc)) == 2


def test_name_cut_off_its_title_is_rejoined(nlp_fr):
    words = ["Kallas", "a", "reçu", "le", "ministre", "de", "la", "Défense", "nationale",
             "Ahn", "Gyu-back", "et", "a", "parlé", "."]
    doc = _doc(nlp_fr, words, [True] * 13 + [False, False], {0, 9})
    assert [s.text for s in event_sentences(doc)] == [doc.text]
