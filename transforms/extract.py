"""One article + its parsed spaCy Doc in, every extracted record out.

The flow parses texts in batches with ``nlp.pipe`` and hands each Doc here;
this module never loads or runs a pipeline itself.
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.actors import find_actors
from transforms.events import code_events
from transforms.records import Article, Extraction
from transforms.themes import score_themes
from transforms.tone import score_tone

SUPPORTED_LANGUAGES = ("fr", "en")


def extract(article: Article, doc: Doc) -> Extraction:
    lang = article.language or "en"
    mentions = find_actors(doc, lang)
    events = code_events(doc, lang, mentions, article.article_id, article.published_date)
    return Extraction(
        article=article,
        mentions=mentions,
        events=events,
        themes=score_themes(doc, lang),
        tone=score_tone(doc, lang),
        word_count=sum(1 for t in doc if not (t.is_punct or t.is_space)),
    )
