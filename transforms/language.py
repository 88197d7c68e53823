"""Language detection for incoming articles, with py3langid.

We classify over *all* of py3langid's languages (no restriction to fr/en):
an article in Spanish must come out as "es" so that extraction can reject it
as unsupported, instead of being forced into the closest of French or English.

Confidence is py3langid's normalised probability (``norm_probs=True``).
The result is ``("und", 0.0)`` -- undetermined -- when the text has no
letters (empty, emoji, numbers), when py3langid itself says "zxx" (no
linguistic content), or when the best language is below ``MIN_CONFIDENCE``.
"""
from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

UNDETERMINED = ("und", 0.0)
# Below this, short texts are guesses (a lone name like "Rutte" scores ~0.07).
MIN_CONFIDENCE = 0.2
# The first ~2000 characters are plenty to tell languages apart and keep
# detection fast on long articles.
MAX_CHARS = 2000


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Loading the model takes ~1 s: do it once per process.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and confidence 0..1 for ``text``; ``("und", 0.0)`` if unsure.

    Never raises: anything that is not a usable string is undetermined.
    """
    try:
        if not isinstance(text, str):
            return UNDETERMINED
        sample = text[:MAX_CHARS]
        if not any(ch.isalpha() for ch in sample):
            return UNDETERMINED
        lang, confidence = _identifier().classify(sample)
    except Exception:  # a detector failure must not stop the pipeline
        return UNDETERMINED
    if lang in ("zxx", "und") or confidence < MIN_CONFIDENCE:
        return UNDETERMINED
    return str(lang), round(float(confidence), 4)
