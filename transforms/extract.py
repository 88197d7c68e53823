"""One article + its parsed spaCy Doc in, every extracted record out.

The flow parses texts in batches with ``nlp.pipe`` and hands each Doc here;
this module never loads a pipeline itself (``extract_many`` runs the one it is given).
A failure on one article becomes a ``Rejected(stage="extract")`` for that article
(``extract_or_reject``, ``extract_many``) so that it cannot sink its whole batch.
Lines a page or a wire adds around the story (cross-links, bylines, credits) are
blanked before parsing (``transforms/boilerplate.py``); the stored text keeps them.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from transforms.actor_rules.dictionary import GAZETTEER
from transforms.actors import find_actors
from transforms.boilerplate import as_written, text_for_parsing
from transforms.countries import norm
from transforms.events import code_events
from transforms.records import Actor, Article, Extraction, Rejected
from transforms.theme_layout import word_count
from transforms.themes import score_themes
from transforms.tone import score_tone

SUPPORTED_LANGUAGES = ("fr", "en")


def extract(article: Article, doc: Doc) -> Extraction:
    lang = article.language or "en"
    mentions = find_actors(doc, lang)
    events = code_events(doc, lang, mentions, article.article_id, article.published_date)
    extraction = Extraction(
        article=article,
        mentions=mentions,
        events=events,
        themes=score_themes(doc, lang, title=article.title, events=events, mentions=mentions),
        tone=score_tone(doc, lang),
        word_count=word_count(doc),
    )
    _store_as_written(extraction, doc.text)
    return extraction


def _store_as_written(extraction: Extraction, parsed: str) -> None:
    """Mentions and sentences keep the article's own characters (curly apostrophes,
    no-break spaces), which the parse read as plain ones."""
    original = extraction.article.text
    if parsed == original or len(parsed) != len(original):
        return
    spelled: dict[Actor, str] = {}
    for mention in extraction.mentions:
        if parsed[mention.start_char:mention.end_char] == mention.mention_text:
            written = as_written(mention.mention_text,
                                 original[mention.start_char:mention.end_char])
            if mention.actor.name == mention.mention_text != written \
                    and not _data_name(mention.actor):
                spelled[mention.actor] = written
            mention.mention_text = written
    _rename_as_spelled(extraction, spelled)
    for event in extraction.events:
        start = parsed.find(event.sentence)
        if start >= 0:
            event.sentence = as_written(event.sentence,
                                        original[start:start + len(event.sentence)])


def _data_name(actor: Actor) -> bool:
    """Whether `actor`'s name is the canonical name a data file gives it."""
    return any(entry.actor.name == actor.name for entry in GAZETTEER.get(norm(actor.name), ()))


def _rename_as_spelled(extraction: Extraction, spelled: dict[Actor, str]) -> None:
    """Actors named from the text itself (people and bodies no data file knows) take the
    article's spelling back: accents put into French copy that lost them are right for the
    parse, but a guess in a name ("Pieter" read as "Piéter")."""
    if not spelled:
        return
    renamed = {actor: replace(actor, name=name) for actor, name in spelled.items()}
    for mention in extraction.mentions:
        mention.actor = renamed.get(mention.actor, mention.actor)
    for event in extraction.events:
        event.source = event.source and renamed.get(event.source, event.source)
        event.target = event.target and renamed.get(event.target, event.target)


def extract_or_reject(article: Article, doc: Doc) -> Extraction | Rejected:
    """`extract`, with any failure turned into a Rejected for this one article."""
    try:
        return extract(article, doc)
    except Exception as exc:  # a bug on one odd text must not cost the other articles
        return _rejected(article, "extraction failed", exc)


def extract_many(articles: list[Article], nlp: Language,
                 batch_size: int = 32) -> list[Extraction | Rejected]:
    """Parse `articles` with ``nlp.pipe`` and extract each; one result per article, in order.

    In one process: the flow spreads articles over processes itself (flows/workers.py).
    """
    results: list[Extraction | Rejected] = []
    docs: Iterable[Doc] = nlp.pipe((text_for_parsing(a.text) for a in articles),
                                     batch_size=batch_size)
    try:
        for article, doc in zip(articles, docs):
            results.append(extract_or_reject(article, doc))
    except Exception:
        # One text spaCy cannot parse fails its whole pipe batch: parse the rest one
        # by one, so that only that text is rejected.
        results += [_parse_and_extract(article, nlp) for article in articles[len(results):]]
    return results


def _parse_and_extract(article: Article, nlp: Language) -> Extraction | Rejected:
    try:
        doc = nlp(text_for_parsing(article.text))
    except Exception as exc:
        return _rejected(article, "spaCy could not parse the text", exc)
    return extract_or_reject(article, doc)


def _rejected(article: Article, what: str, exc: Exception) -> Rejected:
    detail = " ".join(str(exc).split())[:300] or type(exc).__name__
    return Rejected(stage="extract", source_ref=article.source_ref,
                    reason=f"{what}: {type(exc).__name__}: {detail}", payload=article.text[:2000])
