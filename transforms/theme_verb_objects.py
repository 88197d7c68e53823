"""A term that is a verb and its object ("bloquer la route", "disperser les manifestants",
"lever les sanctions", "ouvrir une enquête"), read on the parse as well as in a row.

The trie matches such a term only as written, the object right after the verb and its
article. French copy puts words between them and turns them round: "bloquant pendant trois
heures la route nationale", "le parquet a ouvert mardi une enquête", "les sanctions ont été
levées", "les manifestants ont été dispersés". What the term says is the verb acting on the
object, which spaCy's parse reads: the object token (``obj``, or the subject of a passive)
whose head is the verb. Such a pair counts as the term, with its weight, where the trie did
not already match the phrase.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from transforms.theme_terms import (fold_word, infinitive_guesses, taxonomy, term_tokenizer,
                                    token_keys, unaccented_copy)

# Languages whose verb-object terms are read on the parse (French: the weak half, and the
# one whose terms are written as infinitives, so a term's verb is known by its form).
LANGUAGES = ("fr",)
# Words between the verb and its object in a term: articles, possessives, partitives.
_DETERMINERS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "son",
                          "sa", "ses", "leur", "leurs"})
_INFINITIVE = re.compile(r"[a-zà-ÿ]{2,}(er|ir|re|oir)$")
# The object of a verb, and the subject of its passive.
_ROLES = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})
# A partitive object the small model reads as "de" + noun after a date put between it and
# the verb ("ont échangé lundi des prisonniers": "des" a case marker, the noun an oblique or
# a modifier of the verb, or of the day).
_PARTITIVE_ROLES = frozenset({"obl:arg", "obl:mod", "obl", "nmod"})
_PARTITIVES = frozenset({"des", "du"})
_DAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                   "hier", "soir", "matin"})
# The verb's tags: the small model tags some participles adjectives ("dispersés").
_VERB_TAGS = frozenset({"VERB", "AUX", "ADJ"})


@lru_cache(maxsize=None)
def verb_object_terms(lang: str) -> dict[tuple[str, str], list[tuple[str, int, str]]]:
    """(verb key, object key) -> [(theme code, weight, term)] of the taxonomy's terms written
    as an infinitive, one or two determiners and a noun ("bloquer la route", "enrichir de
    l'uranium")."""
    table: dict[tuple[str, str], list[tuple[str, int, str]]] = {}
    if lang not in LANGUAGES:
        return table
    split = term_tokenizer(lang)
    for code, theme in taxonomy().items():
        for term, weight in theme.terms(lang).items():
            words = [t.text for t in split(term) if not t.is_space]
            if not (3 <= len(words) <= 4 and _INFINITIVE.match(words[0])
                    and all(word.lower() in _DETERMINERS for word in words[1:-1])
                    and words[-1].isalpha() and words[-1].lower() not in _DETERMINERS):
                continue
            pair = (fold_word(words[0], lang), fold_word(words[-1], lang))
            table.setdefault(pair, []).append((code, weight, term))
    return table


def verb_object_hits(doc: Doc, lang: str) -> list[tuple[int, int, list[tuple[str, int, str]]]]:
    """(object token, verb token, its terms) of every verb-object term told on the parse."""
    table = verb_object_terms(lang)
    if not table:
        return []
    verbs = {verb for verb, _ in table}
    # The verb of copy without accents: "a disperse les manifestants" (theme_terms).
    stripped = unaccented_copy(doc.text)
    hits = []
    for token in doc:
        head = token.head if token.dep_ in _ROLES else _partitive_verb(token)
        if head is None or head.i == token.i:
            continue
        if head.pos_ not in _VERB_TAGS and not (stripped and _has_auxiliary(head)):
            continue
        keys = token_keys(head.text, head.lemma_, lang)
        if stripped and head.text.isascii():
            keys += infinitive_guesses(head.lower_)
        head_keys = [key for key in keys if key in verbs]
        if not head_keys:
            continue
        object_keys = token_keys(token.text, token.lemma_, lang)
        terms = [entry for verb in head_keys for noun in object_keys
                 for entry in table.get((verb, noun), ())]
        if terms:
            hits.append((token.i, head.i, terms))
    return hits


def _has_auxiliary(token) -> bool:
    """A word with an auxiliary of its own ("a leve"): a verb, whatever the small model's tag
    for a form it did not know without its accents ("leve" read as a noun)."""
    return any(child.dep_.startswith("aux") for child in token.children)


def _partitive_verb(token):
    """The verb of an object with a partitive article the parse took for a preposition,
    after a day between the two ("échangé lundi des prisonniers"), or None."""
    if token.dep_ not in _PARTITIVE_ROLES or token.i < 1:
        return None
    before = token.doc[token.i - 1]
    if not (before.dep_ == "case" and before.head.i == token.i and before.lower_ in _PARTITIVES):
        return None
    head = token.head
    if head.lower_ in _DAYS and head.i == token.i - 2:
        head = head.head if head.head.i < head.i else None
    elif not (token.i - 3 <= head.i < token.i - 2 and token.doc[token.i - 2].lower_ in _DAYS):
        return None
    return head
