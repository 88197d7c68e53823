"""Photo captions left in the copy. A caption is a line of its own that tells, in the
present, what the picture shows, and ends on the day it was taken, year included ("Des
soldats patrouillent dans une rue de Kayes, le 5 novembre 2025.", "X and Y shake hands
after signing the agreement in Ottawa, June 11, 2026."); its credit is blanked before
parsing (boilerplate._TRAILING_CREDIT). It repeats or illustrates the story: its verb is
no event of its own (eval/README.md, "Events": a caption repeating the lead)."""
from __future__ import annotations

import re

from spacy.tokens import Span

_MONTHS = (r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
           r"novembre|d[ée]cembre|jan(?:uary)?|feb(?:ruary)?|march|mar|april|apr|may|june?|"
           r"july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAYS = (r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
             r"wednesday|thursday|friday|saturday|sunday)")
# ", le 14 novembre 2026." / ", Wednesday, June 25, 2025." / ", Nov. 23, 2026." at the end.
# No "on" or "in": "was signed in Doha on March 3, 2025" is a sentence of the story.
_DAY_TAKEN = re.compile(
    rf",\s+(?:le\s+)?(?:{_WEEKDAYS},?\s+)?"
    rf"(?:\d{{1,2}}(?:er)?\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}},?)\s+\d{{4}}\s*\.?$",
    re.IGNORECASE)
# A credit the boilerplate left after it on the line: "(Photo : AFP/Nurlan Tokonov)".
_CREDIT = re.compile(r"\((?:photos?|cr[ée]dits?|credit)\b[^)\n]*\)\.?", re.IGNORECASE)
_PHOTO_LABEL = re.compile(r"^(?:photo|photos|caption|légende)\s*:", re.IGNORECASE)


def photo_caption(sent: Span) -> bool:
    """`sent` is a caption: alone on its line, labelled as a photo or ending on the day
    the picture was taken, with a main verb in the present (or none): a line of the story
    that ends on a date tells it in the past ("Les deux pays ont signé l'accord à Doha, le
    3 mars 2025.")."""
    text = sent.doc.text
    before = text[:sent.start_char]
    after = text[sent.end_char:]
    rest = after.split("\n", 1)[0].strip()
    alone = before[before.rfind("\n") + 1:].strip() == "" and \
        (rest == "" or _CREDIT.fullmatch(rest) is not None)
    if not alone:
        return False
    line = sent.text.strip()
    if _PHOTO_LABEL.match(line):
        return True
    return _DAY_TAKEN.search(line) is not None and not _told_in_the_past(sent)


def _told_in_the_past(sent: Span) -> bool:
    """The main verb is in a past tense: simple ("signed", "signèrent"), compound with
    have/avoir ("ont signé", "had signed") or with a past auxiliary ("was arrested")."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "aux:pass", "auxpass", "aux:tense")]
    if any("Past" in a.morph.get("Tense") or a.lemma_.lower() in ("avoir", "have")
           for a in auxiliaries):
        return True
    return not auxiliaries and "Past" in root.morph.get("Tense") and \
        "Part" not in root.morph.get("VerbForm")
