"""An acronym a text defines after a treaty's or a law's name names that document, not an
actor: "leur accord de partenariat économique global (CEPA)", "le Traité sur la
non-prolifération des armes nucléaires (TNP)", "the Digital Services Act (DSA)" (eval/README.md:
treaties and laws are no actors).

Left alone, NER takes the bracketed acronym for an organisation, and the acronym rules then
make its spelled-out words one too ("Digital Services Act"). Here the definition and every
mention of the acronym in the text are masked, unless the dictionary knows the acronym as an
actor. The document noun must head the words before the bracket:

- French (head first): the noun opens the phrase, after a determiner ("leur accord de...") or a
  verb's "du" ("se retirer du traité de..."), not as the complement of another noun
  ("l'Organisation du traité de l'Atlantique Nord (OTAN)" is a body);
- English (head last): the word before the bracket ("...Services Act (DSA)", "...Partnership
  Agreement (CEPA)"), or the noun after "the" that opens the phrase ("the Treaty on the
  Non-Proliferation of Nuclear Weapons (NPT)"), not inside a body's name ("North Atlantic
  Treaty Organization").
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from transforms.actor_rules.vocab import ACRONYM
from transforms.countries import norm

DOCUMENT_NOUNS = {norm(w) for w in """
accord accords traité traités protocole protocoles convention conventions pacte pactes charte
loi lois décret décrets ordonnance règlement directive
agreement agreements treaty treaties protocol protocols convention conventions pact pacts
charter law laws act acts regulation directive
""".split()}
_CONTRACTED_OF = {"du", "des", "de", "d'", "of"}  # lower_keys fold "d’" to "d'"
# Words that introduce another party, not a document's own words ("un accord avec...").
_PARTY_PREPOSITIONS = {"avec", "with", "entre", "between", "par", "by"}
_WORD_HYPHENS = {"-", "‑"}  # "Non-Proliferation", split by the English tokenizer
_MAX_DEFINITION = 12  # tokens of "Traité sur la non-prolifération des armes nucléaires"


def document_acronym_spans(doc: Doc, lower_keys: list[str],
                           known: list[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each document definition and of every mention of its acronym."""
    acronyms = set()
    for i in range(1, len(doc) - 2):
        acronym = doc[i + 1]
        if doc[i].text != "(" or doc[i + 2].text != ")" or known[i + 1] \
                or not ACRONYM.match(acronym.text):
            continue
        head = _document_head(doc, lower_keys, i)
        if head is not None:
            acronyms.add(acronym.text)
            yield head, i
    if acronyms:
        for tok in doc:
            if tok.text in acronyms and not known[tok.i]:
                yield tok.i, tok.i + 1


def _document_head(doc: Doc, lower_keys: list[str], bracket: int) -> int | None:
    """Index of the document noun heading the words before the bracket at `bracket`."""
    last = bracket - 1
    if doc[last].text[:1].isupper() and lower_keys[last] in DOCUMENT_NOUNS:
        return _name_start(doc, last)  # "the Digital Services Act (DSA)"
    # Read back to the word that opens the phrase: it decides.
    for k in range(last, max(-1, bracket - 1 - _MAX_DEFINITION), -1):
        tok = doc[k]
        if _breaks(tok) or tok.pos_ in ("VERB", "AUX") or lower_keys[k] in _PARTY_PREPOSITIONS:
            return None  # "un accord avec l'Autorité régionale des transports (ART)": a body
        if lower_keys[k] in DOCUMENT_NOUNS and doc[k].text.islower() \
                and _complement_of_a_common_noun(doc, lower_keys, k):
            return k  # "la ratification de l'accord de partenariat économique global (CEPA)"
        if _opens_phrase(doc, lower_keys, k):
            return k if lower_keys[k] in DOCUMENT_NOUNS else None
    return None


def _complement_of_a_common_noun(doc: Doc, lower_keys: list[str], k: int) -> bool:
    """doc[k] follows "de (l')", "du", "des" after a lowercase common noun ("la ratification
    de l'accord", "la signature du traité"): the document is named there, not a body
    ("l'Organisation du traité de l'Atlantique Nord" has its capital)."""
    j = k - 1
    if j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    if j < 1 or lower_keys[j] not in _CONTRACTED_OF or lower_keys[j] == "of":
        return False
    governor = doc[j - 1]
    return governor.pos_ == "NOUN" and governor.is_alpha and governor.text.islower() \
        and lower_keys[j - 1] not in DOCUMENT_NOUNS


def _opens_phrase(doc: Doc, lower_keys: list[str], k: int) -> bool:
    """doc[k] opens the noun phrase before the bracket, not one inside it ("la
    non-prolifération" in "Traité sur la non-prolifération", "armes" in "des armes")."""
    if k == 0 or _breaks(doc[k - 1]) or doc[k - 1].pos_ in ("VERB", "AUX"):
        return True
    if k < 2:
        return lower_keys[k - 1] not in _CONTRACTED_OF
    before = doc[k - 2]
    if lower_keys[k - 1] in _CONTRACTED_OF:
        # "se retirer du traité": a verb's complement; "l'Organisation du traité": a noun's
        return before.pos_ in ("VERB", "AUX") or _breaks(before)
    # after a determiner, unless the determiner follows a preposition ("sur la", "on the")
    return doc[k - 1].pos_ == "DET" and before.pos_ != "ADP"


def _breaks(tok) -> bool:
    """Punctuation that ends a phrase; a hyphen inside a word does not."""
    return tok.is_punct and tok.text not in _WORD_HYPHENS


def _name_start(doc: Doc, last: int) -> int:
    """First word of the capitalised name ending at `last` ("Digital Services Act")."""
    start = last
    while start > 0 and last - start < _MAX_DEFINITION and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].is_sent_start:
        start -= 1
    return start
