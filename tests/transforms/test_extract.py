"""extract(): the article's headline reaches theme scoring; a failure becomes a Rejected."""
from transforms.extract import extract, extract_or_reject
from transforms.records import Article, Extraction

FILLER = ("The summit of regional leaders opened in the capital on Monday, and the foreign "
          "minister held bilateral talks with his counterpart on the sidelines. Diplomats said "
          "the joint statement would cover relations and a new treaty.\n\n")
# Sanctions only in passing: a theme only if the headline says so.
BODY = FILLER * 4 + ("Separately, the government said the sanctions would stay and an asset "
                     "freeze on two banks was extended.\n\n") + FILLER


def _article(title):
    return Article(external_id="t1", text=BODY, source_ref="test", title=title, language="en")


def test_headline_is_passed_to_theme_scoring(nlp_en):
    doc = nlp_en(BODY)
    with_title = {t.theme_code for t in extract(_article("EU extends sanctions"), doc).themes}
    without = {t.theme_code for t in extract(_article(None), doc).themes}
    assert "SANCTIONS" in with_title and "SANCTIONS" not in without


def test_article_without_title_still_extracts(nlp_en):
    result = extract_or_reject(_article(None), nlp_en(BODY))
    assert isinstance(result, Extraction) and result.word_count > 0


# French copy that lost its accents is parsed with them put back; a name only the text
# knows keeps the article's spelling, a name the data files know keeps theirs.
UNACCENTED = ("Le ministre neerlandais des Affaires etrangeres Pieter Van Aalst a rencontre "
              "mardi a Teheran son homologue Michael Fournel. Pieter Van Aalst a appele a la "
              "reprise des negociations.")


def test_names_from_unaccented_copy_are_stored_as_the_article_spells_them(nlp_fr):
    from transforms.boilerplate import text_for_parsing
    article = Article(external_id="t2", text=UNACCENTED, source_ref="test", language="fr")
    extraction = extract(article, nlp_fr(text_for_parsing(UNACCENTED)))
    names = {m.actor.name for m in extraction.mentions}
    assert {"Pieter Van Aalst", "Michael Fournel", "Tehran"} <= names
    assert not {"Piéter Van Aalst", "Michaël Fournel"} & names
    parties = {e.source.name for e in extraction.events if e.source}
    assert parties and all("é" not in name for name in parties)
