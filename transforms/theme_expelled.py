"""A person of a post expelled: a row over a journalist or a diplomat, no migration.

"expulser" and "expulsion" are MIGRATION words of the removal of migrants ("le Pakistan a
expulsé plus de 80 000 Afghans", "l'expulsion des sans-papiers"). Copy uses the same words for
a state sending away one journalist, a consul or an aid official ("les autorités ont expulsé
mardi la journaliste française", "une journaliste française expulsée", "l'expulsion par le
Nicaragua d'un de ses diplomates"): a press-freedom or a diplomatic story, whose expulsion
words made it MIGRATION. The small French model misreads these clauses ("expulsé" tagged an
adverb, the weekday after it read as the verb), so the person is read in a row: a noun of a
post or a trade within a few words after the expulsion word in its clause, or just before a
participle ("une journaliste expulsée", "le diplomate a été expulsé").

Readable sets: 2 French stories whose annotators left out MIGRATION (a journalist expelled, a
consul expelled) were tagged it by their expulsion words.
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.theme_terms import fold

THEME = "MIGRATION"
# The taxonomy's MIGRATION words of expulsion (folded stems).
_EXPULSION = ("expuls",)
# Nouns (folded, singular) of people expelled for their post or trade, not as migrants.
POSTS_FR = frozenset({
    "journaliste", "correspondant", "correspondante", "reporter", "photographe",
    "diplomate", "ambassadeur", "ambassadrice", "consul", "charge", "chargee", "attache",
    "envoye", "envoyee", "emissaire", "representant", "representante",
    "coordinateur", "coordinatrice", "fonctionnaire", "directeur", "directrice",
    "pretre", "missionnaire", "eveque",
})
# Words after the expulsion word within which its object is read (before it, a participle's
# subject); the row stops at a clause's punctuation or a coordination.
AFTER = 7
BEFORE = 4
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "«", "»", '"',
                          # "ces expulsions et convoqué l'ambassadeur": another act
                          "et", "ou"})


def _post(text: str, lemma: str = "") -> bool:
    forms = {fold(text), fold(lemma or text)}
    return any(form in POSTS_FR or form.rstrip("sx") in POSTS_FR for form in forms)


def expelled_in_row(words: list[tuple[str, str]], lang: str) -> set[int]:
    """Indices, in ``words`` ((text, lemma) pairs of one sentence or a headline), of French
    expulsion words ("expulser", "expulsé", "expulsion") whose object is a person of a post or
    a trade: they tell no MIGRATION."""
    if lang != "fr":
        return set()
    found = set()
    for i, (text, _) in enumerate(words):
        if not fold(text).startswith(_EXPULSION):
            continue
        # "ont expulsé mardi la journaliste", "l'expulsion par le Nicaragua d'un de ses
        # diplomates"; then "une journaliste française expulsée", "le diplomate a été expulsé"
        for row in (range(i + 1, min(i + 1 + AFTER, len(words))),
                    range(i - 1, max(-1, i - 1 - BEFORE), -1)):
            for at in row:
                if words[at][0] in _CLAUSE_ENDS:
                    break
                if _post(*words[at]):
                    found.add(i)
                    break
            if i in found:
                break
    return found


def expelled_posts(doc: Doc, lang: str) -> set[int]:
    """Doc indices of the expulsion words of ``doc`` that expel a person of a post
    (``expelled_in_row``, read sentence by sentence)."""
    if lang != "fr":
        return set()
    found = set()
    for sentence in doc.sents:
        words = [(token.text, token.lemma_) for token in sentence]
        if any(fold(text).startswith(_EXPULSION) for text, _ in words):
            found |= {sentence.start + i for i in expelled_in_row(words, lang)}
    return found
