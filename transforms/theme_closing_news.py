"""A closing line that names a topic in its strong words is a line of other news: it spreads
no thread.

Wire copy often ends on a short paragraph (the closing line, theme_layout._closing_line: fewer
than CLOSING_LINE_WORDS words) of one or two lines of other news, unmarked: "Au Mexique, la
banque centrale a abaissé jeudi son taux directeur d'un quart de point" closing a story on a
trade deal, "L'Arabie saoudite a versé un dépôt de 500 millions de dollars à la Banque
centrale d'Aden" closing one on a vaccination campaign, "Une campagne de vaccination contre le
mpox a débuté à Bukavu" closing one on refugees going home, "The central bank left its key
rate unchanged" closing one on protests. Such a line names its topic in full, with the
taxonomy's strong (weight 3) terms: a central bank and its policy rate, military spending, an
epidemic. Counted among the paragraphs that carry a theme, it turned two scattered mentions
("financé par", "la banque") into a thread of three paragraphs (themes._is_a_thread).

So a closing line that tells a theme with a strong term does not count in the theme's spread
(its paragraphs with specific hits) when the theme is new there: neither the lead nor the
headline tells it (TOLD_WEIGHT) and no other paragraph names it with a strong term. Its hits
still count as evidence, and a theme the story tells in depth in a paragraph of its own, or
with a specific term in its headline, is kept by those rules.

A closing line on the story's own topic is its thread coming back, not other news: "Mamdani
will face the incumbent mayor in the general election on November 4" under a lead on a mayoral
primary, "les Européens menacent de déclencher le snapback qui rétablirait les sanctions de
l'ONU" after a paragraph on US sanctions (the lead and the strong-term tests; tests of
test_theme_story_bank.py and test_theme_articles.py). A closing line told with the theme's
specific or weak words only ("more refugees are expected by the weekend") is the story's thread
ending too, and still spreads it: counting every closing line out of the spread, whatever its
words and the rest of the story, dropped 4 wrong themes and 3 annotated ones
(SECURITY_COOPERATION, CRIME, HUMANITARIAN told to the last line).

Readable sets (s30), themes 1330/133/144 -> 1330/130/144: 3 wrong themes dropped (ECONOMY told
by a central bank's rate cut or by a deposit at a central bank in the closing line; MILITARY by
a defence-spending target closing a story on a shell plant), no annotated one lost. The mpox
line stays: its story names an epidemic with a strong term elsewhere.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from transforms.theme_paragraphs import TITLE_PARAGRAPH

if TYPE_CHECKING:  # themes.py imports this module; the type is only an annotation here
    from transforms.themes import _Evidence

STRONG = 3  # weight of the taxonomy's strong (unambiguous) terms
LEAD = 0  # paragraph index of the lead
HEADLINE = TITLE_PARAGRAPH
# The lead or the headline tells the theme with this much (a specific term, or two weak words:
# "won the mayoral primary", "party"): the story's own topic, which a closing line comes back to.
TOLD_WEIGHT = 2


def tells_other_news(found: _Evidence, closing_line: int | None) -> bool:
    """Whether the closing line (its paragraph index, None: the story has none) tells the
    theme with a strong term, a theme neither the lead nor the headline tells (TOLD_WEIGHT)
    and no other paragraph tells with a strong term."""
    if closing_line is None or closing_line == LEAD:
        return False
    if any(found.paragraph_weight.get(place, 0) >= TOLD_WEIGHT for place in (LEAD, HEADLINE)):
        return False
    if any(found.term_weights[term] >= STRONG
           for paragraph, terms in found.paragraph_terms.items() if paragraph != closing_line
           for term in terms):
        return False
    return any(found.term_weights[term] >= STRONG
               for term in found.paragraph_terms.get(closing_line, ()))


def spread_without_closing_news(found: _Evidence, closing_line: int | None) -> _Evidence:
    """``found`` with the closing line out of its spread (``strong_paragraph_set``) when that
    line tells other news of the theme (tells_other_news); ``found`` itself otherwise."""
    if closing_line not in found.strong_paragraph_set or not tells_other_news(found, closing_line):
        return found
    return replace(found, strong_paragraph_set=found.strong_paragraph_set - {closing_line})
