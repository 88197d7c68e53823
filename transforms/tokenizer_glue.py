"""Punctuation glued to words by machine translation is split off by the tokenizer.

Machine-translated French copy drops the spaces around punctuation ("ne céderons
pas»,a averti le ministre", "PARIS,3 juin", "(AIEA)a", "atomique(AIEA)"), and wire
copy glues dashes to datelines ("(AP)—The"). spaCy's tokenizers keep such a string
as one token ("pas»,a", "PARIS,3", "AP)—The"), so no extractor sees the quote, the
comma, the credit or the word. The splits below are extra tokenizer infixes: each
matches one punctuation mark inside a whitespace-delimited chunk, in the places
where the mark cannot belong to the word ("1,5", "1,500", "14:30", "2019–2020",
"candidat(e)s", "U.S." and the elisions and hyphens of "l'OTAN", "a-t-il" stay
whole). The text is never changed: tokens keep their exact offsets.

The model's own infix pattern is kept as it is and searched first; the glue marks
only add splits where it finds nothing. They live in the tokenizer's class
(GlueSplittingTokenizer.find_infix), not in a new infix pattern: recompiling the
model's pattern with them would cost 30-50 ms per load (the French infixes are 18 kB
of Unicode classes, cached by flows/regex_cache.py), and setting any pattern on a
loaded tokenizer re-adds all its special cases (15 ms French, 55 ms English).
`spacy.load(model, config=LOAD_CONFIG)` builds the pipeline with this tokenizer and
reads the model's patterns and exceptions into it: no extra cost. A saved pipeline
keeps the model's own patterns and names this tokenizer in its config.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"

# One alternative per mark; each matches the mark alone, so a run of glued marks
# ("»," in "pas»,a") becomes one token per mark.
GLUE_INFIXES = re.compile("|".join((
    # Guillemets and curly double quotes never belong inside a word:
    # "pas»,a" -> pas » , a; "dit:«Non" -> dit : « Non; "d'«incontournable".
    r"[«»“”]",
    # Nor does a straight double quote: 'attack."We' -> attack . " We; 'émise",a'.
    r'"',
    # A comma, unless between two digits (decimals "1,5", thousands "1,500"):
    # "PARIS,3 juin", "2022,le", "(OIM),et", "3%,ce", "Biya,92".
    r"(?<![0-9]),|,(?![0-9])",
    # An opening bracket glued after a word, before two or more letters or digits:
    # "ministre(AFP)", "atomique(AIEA)"; French inclusive "candidat(e)s" stays whole.
    r"(?<=[^\W_])[(\[](?=[^\W_]{2})",
    # A closing bracket after two or more letters or digits, glued to what follows:
    # "(AFP)—Le", "(MSDF)il", "(OIM),et"; "candidat(e)s" stays whole.
    r"(?<=[^\W_]{2})[)\]](?=\S)",
    # An em dash always; an en dash unless between digits (ranges "2019–2020"):
    # "(AP)—The", "(AFP)–Le".
    r"—|(?<![0-9])–|–(?![0-9])",
    # A hyphen after a closing bracket joins no word: the dateline's "(Reuters)-La Russie".
    r"(?<=[)\]])-",
    # A colon unless between digits (times "14:30"), and any semicolon:
    # "dit:«Non»", "Gaza;les".
    r"(?<![0-9]):|:(?![0-9])|;",
    # An exclamation or question mark glued to the next word or quote: "non!Le", "quoi?»".
    r"[!?](?=[^\W\d_]|[«»\"“”])",
    # A full stop between a word or number of two or more characters and a capitalised
    # word ("RFI.Plusieurs", "2022.Le", "18h00.Le"); the models already split it after a
    # lowercase letter, and "U.S.", "a.m.", "1.5" and "lemonde.fr" stay whole.
    rf"(?<=[^\W_]{{2}})\.(?=[{_UPPER}][{_LOWER}])",
    # No mark at all: a paragraph or sentence break lost between a word and a French
    # word that opens sentences ("à BamakoLes soldats", "le gouvernement MileiLe
    # ministre", "GrossiIl a"). The split is empty (spaCy keeps zero-width infixes as
    # a boundary only); the opening word must end the chunk or meet an apostrophe, so
    # names that merely start with such letters ("DeLaurentis", "LeBlanc") stay whole.
    rf"(?<=[{_LOWER}]{{2}})(?=(?:Les?|La|Ils?|Elles?|Une?|Des|Selon|Dans|Pour|Après"
    rf"|Mais|Cette|Ces)$|L['’])",
)))


def with_glue_marks(found: list[re.Match], text: str) -> list[re.Match]:
    """The infix matches ``found`` by a model's pattern, plus the glue marks it missed."""
    glue = [m for m in GLUE_INFIXES.finditer(text)
            if not any(m.start() < f.end() and f.start() < m.end() for f in found)]
    if not glue:
        return found
    return sorted(found + glue, key=lambda m: m.start())


class GlueSplittingTokenizer(Tokenizer):
    """spaCy's tokenizer, whose infix search adds the glue marks.

    Only the tokenization itself asks find_infix; `explain()` still reads the model's
    infix pattern alone.
    """

    def find_infix(self, string: str) -> list[re.Match]:
        return with_glue_marks(super().find_infix(string), string)


GLUE_TOKENIZER = "vigie.GlueSplittingTokenizer.v1"
# Passed to spacy.load: the pipeline is built with the glue-splitting tokenizer.
LOAD_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": GLUE_TOKENIZER}}}


@registry.tokenizers(GLUE_TOKENIZER)
def create_glue_splitting_tokenizer():
    """spacy.Tokenizer.v1 (the language's default rules) in the glue-splitting class;
    a loaded model then sets its own patterns and exceptions on it."""

    def make(nlp: Language) -> GlueSplittingTokenizer:
        defaults = nlp.Defaults
        return GlueSplittingTokenizer(
            nlp.vocab, rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search
            if defaults.prefixes else None,
            suffix_search=compile_suffix_regex(defaults.suffixes).search
            if defaults.suffixes else None,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer
            if defaults.infixes else None,
            token_match=defaults.token_match, url_match=defaults.url_match)

    return make


def with_glue_splits(nlp: Language) -> Language:
    """``nlp`` whose tokenizer splits machine-translation punctuation glue (idempotent).

    A pipeline loaded with LOAD_CONFIG has it already; any other gets a copy of its
    tokenizer in the glue-splitting class (its special cases are loaded again).
    """
    old = nlp.tokenizer
    if not isinstance(old, GlueSplittingTokenizer):
        nlp.tokenizer = GlueSplittingTokenizer(
            old.vocab, rules=old.rules, prefix_search=old.prefix_search,
            suffix_search=old.suffix_search, infix_finditer=old.infix_finditer,
            token_match=old.token_match, url_match=old.url_match,
            faster_heuristics=old.faster_heuristics)
    return nlp
