"""What the theme matcher found in a Doc, for theme tests."""
from __future__ import annotations

from transforms.themes import _Evidence, theme_evidence


def term_weights(doc, lang: str) -> dict[tuple[str, str], int]:
    """(theme code, term) -> the weight the term counted with."""
    return {(code, term): weight for code, found in theme_evidence(doc, lang).items()
            for term, weight in found.term_weights.items()}


def terms_found(doc, lang: str) -> set[str]:
    """Every term matched, whatever its theme."""
    return {term for found in theme_evidence(doc, lang).values() for term in found.term_counts}


def evidence_of(hits) -> _Evidence:
    """A theme's evidence built by hand from (term, weight, paragraph) hits."""
    found = _Evidence()
    for term, weight, paragraph in hits:
        found.add(term, weight, paragraph)
    return found
