"""Asides: a short sentence set apart from the story by a topic-shift adverbial.

Wire copy closes a story, or a paragraph of it, on a line of other news, and marks it:
"Separately, the central bank held its policy rate at 4% on Wednesday.", "Elsewhere, the
weather agency said a storm would make landfall by the weekend.", "Par ailleurs, la banque
centrale a maintenu son taux directeur.", "Le pays a par ailleurs annoncé une hausse du
salaire minimum." The writer says, with the adverbial, that the line is not the story: its
theme words (a central bank and its rate, a cholera outbreak, a storm elsewhere) are
no thread of the article, however strong. transforms/themes.py counts no hit inside such a
sentence (they still fill their paragraph, as the words that date a story do,
theme_since.py), except for DIPLOMACY, which a story tells in scattered lines ("Separately,
Canadian and U.S. negotiators resumed talks on steel tariffs" is one of its diplomatic
threads, eval/README.md).

Only a short sentence (fewer than ASIDE_WORDS words) is an aside: a long one opening on
"par ailleurs" ("Pékin a par ailleurs étendu ses contrôles à l'exportation sur les terres
rares, utilisés dans ...") tells a thread of its own at a paragraph's length, as the context-
sentence rule of themes.py reads it (CONTEXT_SENTENCE_WORDS).

A story's last sentence (of several) is an aside at any length when so marked: the
writer closes on other news and has no paragraph left to make a thread of it ("Les raffineries
russes sont par ailleurs la cible répétée de frappes de drones ukrainiens depuis l'été, et New
Delhi négocie toujours avec Washington un accord commercial ...", 44 words, closing a story on
US sanctions on Russian oil companies). Readable sets (s30), themes 1330/134/144 ->
1330/133/144: 1 wrong theme dropped (TRADE told by that line), no annotated one.

Nor is a line on the headline's news an aside: under "EU extends sanctions", "Separately, the
government said the sanctions would stay" tells the story's own topic (themes.py passes the
themes the headline names).

Readable sets (s29b), themes 1264/134/129 -> 1264/128/129: 6 wrong themes dropped (ECONOMY told
by a central bank's rate, growth forecast or IMF programme in such a line, five; HEALTH by a
cholera epidemic), no annotated one lost. ASIDE_WORDS 26 to 35 give the same; 25 keeps 4 of the
6 (French asides run 26-29 words). No length bound: one annotated theme lost (spies charged in
Gdansk, a 38-word line) for one wrong one traded for another. Without the DIPLOMACY exception
(measured before the headline one), one annotated DIPLOMACY lost ("Separately, Canadian and U.S.
negotiators resumed talks"). "Meanwhile" and "en outre", often the story's own next fact
("Meanwhile, the foreign minister said ..."), are left out: adding them changes nothing.
"""
from __future__ import annotations

from spacy.tokens import Doc

# Fewer words than this: a line, not a paragraph's worth (themes.CONTEXT_SENTENCE_WORDS).
ASIDE_WORDS = 30
# Adverbials that open a sentence on other news (lowercased word sequences).
OPENERS = {
    "en": (("separately",), ("elsewhere",), ("in", "other", "news"), ("in", "a", "separate")),
    "fr": (("par", "ailleurs"), ("ailleurs",), ("dans", "un", "autre", "registre")),
}
# ...and those that mark it anywhere in the sentence: French puts the adverbial after the
# auxiliary ("La Banque nationale a par ailleurs maintenu son taux directeur").
ANYWHERE = {"en": (), "fr": (("par", "ailleurs"),)}
# Languages where an aside's DIPLOMACY words count for the story's score only beside its own
# diplomatic words (a specific one outside the aside) or on a topic of its headline:
# "Separately, the foreign minister held talks with the U.N. envoy for Sudan" closing a
# privatisation story is other news, while "Separately, Canadian and U.S. negotiators resumed
# talks in Washington on steel and lumber tariffs" under a tariff ruling goes on with the story
# (transforms/themes.py, ``other_talks``). All readable sets (s42): 1 wrong DIPLOMACY dropped,
# no annotated one; without the headline-topic exception, the tariff story's is lost.
ALONE_IN_ASIDE = ("en",)


def aside_sentences(doc: Doc, lang: str, sentence_words: list[int]) -> set[int]:
    """Indices (in ``doc.sents`` order) of the aside sentences of ``doc``; ``sentence_words``:
    the words of each sentence (theme_layout._sentences)."""
    openers, anywhere = OPENERS.get(lang, ()), ANYWHERE.get(lang, ())
    if not openers and not anywhere:
        return set()
    asides: set[int] = set()
    # The story's last sentence holding words, when it has others: a closing aside of any
    # length (see above). A text of one sentence is all lead.
    told = [index for index, words in enumerate(sentence_words) if words]
    closing = told[-1] if len(told) >= 2 else -1
    for index, sentence in enumerate(doc.sents):
        if index >= len(sentence_words) or (sentence_words[index] >= ASIDE_WORDS
                                            and index != closing):
            continue
        words = [token.lower_ for token in sentence if not (token.is_punct or token.is_space)]
        if (any(tuple(words[:len(opener)]) == opener for opener in openers)
                or any(tuple(words[i:i + len(marker)]) == marker
                       for marker in anywhere for i in range(len(words)))):
            asides.add(index)
    return asides
