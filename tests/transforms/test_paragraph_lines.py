"""Copy that puts one paragraph per line, with no blank line between them (real scraped
pages do), gets its paragraph breaks as sentence breaks too (transforms/sentences.py)."""
from __future__ import annotations


def starts(nlp, text):
    return [s.text.strip()[:20] for s in nlp(text).sents if s.text.strip()]


def test_a_line_that_ends_a_sentence_ends_its_paragraph(nlp_fr):
    text = ("Le ministre a quitté Bamako mardi, a indiqué un porte-parole.\n"
            "« Nous reviendrons », a-t-il promis.\n"
            "Les négociations reprendront le 3 mars à Alger.")
    for sent in nlp_fr(text).sents:
        assert "\n" not in sent.text.strip()


def test_hard_wrapped_lines_are_not_cut(nlp_en, nlp_fr):
    # a line broken inside a sentence, before a lowercase word or after an abbreviation
    text = "The minister said on Tuesday that the talks\nwould resume in March."
    assert len(starts(nlp_en, text)) == 1
    doc = nlp_fr("Le président a reçu M.\nDupont mardi à l'Elysée.")
    assert not next(t for t in doc if t.text == "Dupont").is_sent_start


def test_a_comma_or_a_lowercase_word_mid_line_opens_no_sentence(nlp_fr):
    # the French model opened sentences after an opening date: "Avant-hier | , l'aviation ...",
    # "Lundi 16 | novembre, ..."; the date then dated nothing
    for text in ("Avant-hier, l'aviation israélienne a frappé des positions au Liban.",
                 "Lundi 16 novembre, l'aviation israélienne a frappé des positions au Liban.",
                 "Le Panama a rejeté les pressions de Washington, tandis que les États-Unis menaçaient."):
        assert len(starts(nlp_fr, text)) == 1, text


def test_glued_sentences_may_still_be_cut(nlp_fr):
    # machine translation drops the full stop and glues two sentences ("la PologneDes unités");
    # a capital after a word that ends no sentence is left to the parser
    from transforms.sentences import mark_paragraph_breaks
    doc = mark_paragraph_breaks(nlp_fr.make_doc(
        "Les chars sont arrivés de Pologne Des unités britanniques sont aussi présentes."))
    assert next(t for t in doc if t.text == "Des").is_sent_start is None
    assert next(t for t in doc if t.text == "unités").is_sent_start is False
