"""Theme words that date a story rather than tell it: those inside a "since ..." phrase.

Copy anchors its news in time with the event that started the present state of things:
"imports have soared since Russia's full-scale invasion of Ukraine in 2022", "depuis la
chute de Bachar al-Assad", "a first since Washington made the disarmament of the militias
a condition", "depuis que la guerre a éclaté". The event named there is the story's
calendar, not one of its threads: a trade story is no war story for saying since when
the trade has grown. transforms/themes.py counts no hit inside such a phrase.

Read on spaCy's parse: in English, "since" as a preposition governs the phrase
(``prep`` -> ``pobj``) and as a conjunction marks its clause's verb (``mark``); in French,
"depuis" is the ``case`` of the noun it introduces, or with "que" the ``mark`` of a clause.
A "since" whose object holds no word of a theme ("since 2017", "depuis mardi") changes
nothing.

The words so left out still fill their paragraph (themes.theme_evidence collects their weight,
theme_paragraphs._paragraph_weights adds it to the paragraph's total): "the outbreak is the
16th since the virus was identified" stays an outbreak's line, and the war told after it in
the paragraph does not come to hold half of it. Readable sets (s27): 2 wrong themes dropped
(ARMED_CONFLICT of a sanctions story told "since Russia's full-scale invasion", DIPLOMACY of a
prize story told "since it suspended EU accession talks"), no annotated theme lost; counting the words
out of their paragraph as well had made one wrong theme.
"""
from __future__ import annotations

from spacy.tokens import Doc

# A word that puts what it qualifies in the past: "the former front lines", "ex-rebels",
# "les anciennes lignes de front", "un ex-combattant". The thing told is over: the mined
# fields of a war that has ended, a rebel who laid down arms; it dates the story as a
# "since" phrase does (past_qualified_tokens).
FORMER = {"en": frozenset({"former", "ex"}),
          "fr": frozenset({"ancien", "ancienne", "anciens", "anciennes", "ex"})}

SINCE = {"en": frozenset({"since"}), "fr": frozenset({"depuis"})}
# Dependency labels under which the word opens a phrase or a clause.
_PHRASE_LABELS = frozenset({"prep", "case", "mark"})
# Where the phrase ends at the latest.
_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", "\"", "«", "»", "“", "”"})


def since_tokens(doc: Doc, lang: str) -> set[int]:
    """Indices of the tokens inside a "since"/"depuis" phrase or clause of ``doc``, and of
    the words right after a FORMER word (or its hyphen: "ex-rebels")."""
    words = SINCE.get(lang)
    if not words:
        return set()
    inside: set[int] = past_qualified_tokens(doc, lang)
    for token in doc:
        if token.lower_ not in words or token.dep_ not in _PHRASE_LABELS:
            continue
        # English preposition: the phrase is the word's own subtree ("since the invasion").
        # A marker or a French case word hangs on the head of what it introduces: the
        # clause's verb ("since the war began") or the noun ("depuis la chute").
        phrase = token if token.dep_ == "prep" else token.head
        members = {t.i for t in phrase.subtree}
        # The words that follow, up to a break: a parse may hang the next clause on the
        # phrase's noun ("depuis l'été, et Brasilia a saisi l'OMC").
        i = token.i + 1
        while (i < len(doc) and i in members and doc[i].text not in _BREAKS
               and doc[i].dep_ != "cc" and not doc[i].is_space):
            inside.add(i)
            i += 1
    return inside


def past_qualified_tokens(doc: Doc, lang: str) -> set[int]:
    """Indices of the words a FORMER word qualifies: the word after it, or after its
    hyphen ("ex-rebels", "ex-combattants")."""
    words = FORMER.get(lang, frozenset())
    qualified: set[int] = set()
    for token in doc:
        if token.lower_ not in words:
            continue
        after = token.i + 1
        if after < len(doc) and doc[after].text == "-" and not token.whitespace_:
            after += 1
        if after < len(doc):
            qualified.add(after)
    return qualified
