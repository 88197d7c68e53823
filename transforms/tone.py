"""Article tone, GDELT-style.

Scale: GDELT's V1 "Tone" --

    tone = 100 * (positive words - negative words) / total words

clipped to -100..100; in practice news sits between about -10 and +10, and
0 means balanced or no sentiment words. "Total words" counts non-punctuation
tokens.

Source: ``data/tone_en.tsv`` and ``data/tone_fr.tsv``, news-oriented
lexicons of a few hundred lemmas each (attaque, crise, mort, victime, menace
/ accord, paix, coopération, succès ...), written by the project. They follow
the idea of general-purpose sentiment lexicons but copy none of them.

A token is looked up by its lemma, then by its text, lowercased and without
accents. Negation: a sentiment word with a negator ("not", "never", "no";
"ne", "pas", "jamais", "sans" ...) among the 3 tokens before it, in the same
sentence, counts with the opposite polarity ("n'a pas signé l'accord").
"""
from __future__ import annotations

import csv
import unicodedata
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

DATA_DIR = Path(__file__).parent / "data"
NEGATION_WINDOW = 3
NEGATORS = {
    "en": {"not", "n't", "no", "never", "without", "nor", "neither", "cannot"},
    "fr": {"ne", "n'", "pas", "jamais", "aucun", "aucune", "sans", "ni"},
}


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    text = text.lower().replace("\u2019", "'")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=None)
def tone_lexicon(lang: str) -> dict[str, int]:
    """Folded lemma -> +1 / -1 for ``lang``; empty for unsupported languages."""
    path = DATA_DIR / f"tone_{lang}.tsv"
    if lang not in NEGATORS or not path.exists():
        return {}
    lexicon: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for term, polarity, *_ in rows:
            lexicon[_fold(term)] = 1 if int(polarity) > 0 else -1
    return lexicon


def _is_negated(doc: Doc, i: int, negators: set[str], sentence_start: int) -> bool:
    for j in range(max(sentence_start, i - NEGATION_WINDOW), i):
        if _fold(doc[j].text) in negators:
            return True
    return False


def score_tone(doc: Doc, lang: str) -> float:
    """GDELT-style tone of ``doc`` in -100..100; 0.0 when nothing can be said.

    Never raises: an unsupported language or an empty document gives 0.0.
    """
    try:
        lexicon = tone_lexicon(lang)
        if not lexicon:
            return 0.0
        negators = NEGATORS[lang]
        words = positive = negative = 0
        # The sentence start is tracked along the loop: Token.sent and has_annotation each
        # walk the document again for every sentiment word.
        sentences = doc.has_annotation("SENT_START")
        sentence_start = 0
        for token in doc:
            if sentences and token.is_sent_start:
                sentence_start = token.i
            if token.is_punct or token.is_space:
                continue
            words += 1
            polarity = lexicon.get(_fold(token.lemma_)) or lexicon.get(_fold(token.text))
            if not polarity:
                continue
            if _is_negated(doc, token.i, negators, sentence_start):
                polarity = -polarity
            if polarity > 0:
                positive += 1
            else:
                negative += 1
        if not words:
            return 0.0
        tone = 100.0 * (positive - negative) / words
    except Exception:  # tone is a nice-to-have: never fail an article for it
        return 0.0
    return round(max(-100.0, min(100.0, tone)), 3)
