"""Theme terms in a headline, which the spaCy pipeline does not parse."""
from __future__ import annotations

from transforms.theme_expelled import THEME as EXPELLED_THEME, expelled_in_row
from transforms.theme_state_protests import THEME as STATE_PROTEST_THEME, state_protests_in_row
from transforms.theme_terms import (LANGUAGES, STOP, fold, fold_word, longest_match,
                                    _UNACCENTED_FINAL, same_sense_noun, term_tokenizer,
                                    term_trie, word_class, article_class)

# Inflection endings a headline word may carry, and what replaces them to give the
# lemma the taxonomy lists: "fines" -> "fine", "declared" -> "declare", "condamné"
# -> "condamner". The headline is not parsed (a pipeline run per title would cost
# more than the rules), so these few rules stand in for spaCy's lemmatizer.
_HEADLINE_SUFFIXES = {
    "en": (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"),
           ("ing", ""), ("ing", "e")),
    "fr": (("ees", "er"), ("es", "er"), ("ee", "er"), ("e", "er"), ("ent", ""), ("ent", "r"),
           ("aux", "al"), ("s", ""), ("x", "")),
}


def headline_keys(text: str, lang: str) -> tuple[str, ...]:
    # A French final "é" stays (theme_terms.fold_word): "frappés" is no "frappe"; the
    # endings that give a verb's infinitive ("frappées" -> "frapper") read the plain fold.
    surface, plain = fold_word(text, lang), fold(text)
    keys = {surface}
    if noun := same_sense_noun(text, lang):
        keys.add(noun)
    for ending, replacement in _HEADLINE_SUFFIXES.get(lang, ()):
        base = plain if replacement.endswith("r") or ending == "ent" else surface
        # Keep a stem of 3+ letters, so "bus" or "les" do not turn into words.
        if base.endswith(ending) and len(base) - len(ending) >= 3:
            keys.add(base[: -len(ending)] + replacement)
    if lang == "fr" and surface == plain == text.lower():
        # No accent written at all: "blesses" may be "blessés".
        keys |= {_UNACCENTED_FINAL.sub("é\\1", key) for key in tuple(keys)
                 if len(key) > 3 and _UNACCENTED_FINAL.search(key)}
    if (kind := word_class(surface, lang)) != surface:
        keys.add(kind)
    return tuple(keys)


def headline_hits(title: str | None, lang: str) -> list[tuple[str, int, str]]:
    """(theme code, weight, term) of every taxonomy term in ``title``, longest first match.

    Tokens match on their surface form and a few guessed lemmas (``headline_keys``)."""
    if not title or not isinstance(title, str) or lang not in LANGUAGES:
        return []
    tokens = [t for t in term_tokenizer(lang)(title) if not t.is_space]
    keys = [headline_keys(t.text, lang) for t in tokens]
    for at in range(1, len(tokens)):  # an article after "de" (theme_terms.article_class)
        if kind := article_class(fold(tokens[at].text), fold(tokens[at - 1].text), lang):
            keys[at] += (kind,)
    # A journalist or a consul expelled is no migration (theme_expelled.py).
    expelled = expelled_in_row([(t.text, "") for t in tokens], lang)
    # A protest from a state is its government's objection (theme_state_protests.py).
    by_states = state_protests_in_row([t.text for t in tokens], lang)
    hits = []
    i = 0
    while i < len(keys):
        length, payload = longest_match(term_trie(lang), keys, i)
        hits += [(code, weight, term) for code, weight, term in payload or ()
                 if code != STOP and not (code == EXPELLED_THEME and i in expelled)
                 and not (code == STATE_PROTEST_THEME and i in by_states)]
        i += max(length, 1)
    return hits
