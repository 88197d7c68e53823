"""Language detection for incoming articles, with py3langid.

We classify over *all* of py3langid's languages (no restriction to fr/en):
an article in Spanish must come out as "es" so that extraction can reject it
as unsupported, instead of being forced into the closest of French or English.

Candidates are py3langid's languages that have an ISO 639-1 code (the
contract's ``language`` column), less the classical and constructed ones
(Latin, Sanskrit, Esperanto, Volapük) and two regional ones (Walloon,
Aragonese) that publish no news but steal short French and English texts:
py3langid's model has 142 classes, and with all of them the eval sentence
"NATO Secretary General Mark Rutte met ... in Tokyo on April 8." came out as
English at 0.149, just ahead of Central Bikol (0.127) -- undetermined.

Confidence is py3langid's normalised probability over those candidates.
The result is ``("und", 0.0)`` -- undetermined -- when the text has no
letters (empty, emoji, numbers), when py3langid itself says "zxx" (no
linguistic content), when the best language is below ``MIN_CONFIDENCE``, or
when it leads the runner-up by less than ``MIN_LEAD`` (a string of proper
names such as "Mark Rutte Nakatani Gen Ishiba Shigeru" splits between
Shona 0.28 and Ganda 0.27: a coin toss, not a language).
"""
from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

UNDETERMINED = ("und", 0.0)
# Below this, short texts are guesses (a lone name like "Rutte" scores ~0.07).
MIN_CONFIDENCE = 0.2
# Best language must be this many times as likely as the second.
MIN_LEAD = 1.25
NO_NEWS_LANGUAGES = frozenset({"la", "sa", "eo", "vo", "wa", "an"})
# The first ~2000 characters are plenty to tell languages apart and keep
# detection fast on long articles.
MAX_CHARS = 2000


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Loading the model takes ~1 s: do it once per process.
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    candidates = {lang for lang in identifier.nb_classes
                  if len(lang) == 2 and lang not in NO_NEWS_LANGUAGES}
    identifier.set_languages(sorted(candidates | {"zxx"}))
    return identifier


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
        (lang, confidence), (_, runner_up) = _identifier().rank(sample)[:2]
    except Exception:  # a detector failure must not stop the pipeline
        return UNDETERMINED
    if (lang in ("zxx", "und") or confidence < MIN_CONFIDENCE
            or confidence < MIN_LEAD * runner_up):
        return UNDETERMINED
    return str(lang), round(float(confidence), 4)
