"""Pages that stand in front of an article: cookie-consent walls and paywall stubs.

A site that asks for consent before showing anything, or shows subscribers' articles
to others as a lead and a "subscribe" box, answers an article URL with a page whose
main text trafilatura extracts faithfully: 50 words about cookies, or one sentence of
the story and "Cet article est réservé aux abonnés". Loaded, they were articles of
boilerplate (a consent wall in French even counts as French news). `wall_reason`
says what such a page is, for a quarantine row; a page with the article behind a
banner (most of its text free of these words) is an article.

Pure: text in, reason or None out.
"""
from __future__ import annotations

import re

# The consent box's own words, in French and English: buttons and the phrases around them.
_CONSENT_UI = re.compile(
    r"tout accepter|accepter tout|tout refuser|refuser tout|accepter et fermer|"
    r"continuer sans accepter|param[ée]trer (?:les cookies|vos choix|mes choix)|"
    r"g[ée]rer (?:mes|vos) (?:choix|pr[ée]f[ée]rences|cookies)|en cliquant sur|"
    r"votre consentement|accept all|reject all|accept cookies|allow all|"
    r"cookie (?:settings|preferences|policy)|manage (?:preferences|settings|cookies|options)|"
    r"by clicking|your consent|we use cookies|nous utilisons des cookies", re.I)
_COOKIE = re.compile(r"\bcookies?\b|\btraceurs\b", re.I)
# A paywall's box: it tells the reader the rest is for subscribers.
_PAYWALL = re.compile(
    r"r[ée]serv[ée]e? (?:aux|à nos) abonn[ée]s|il vous reste \d+ ?%|d[ée]j[àa] abonn[ée]|"
    r"abonnez-vous|pour lire la suite|lire la suite de cet article|article abonn[ée]|"
    r"subscribers? only|for subscribers|subscribe to (?:continue|read|unlock)|"
    r"already a subscriber|to continue reading|sign in to (?:continue|read)|"
    r"create a free account to (?:continue|read)|this article is for (?:paid )?subscribers",
    re.I)
# Walls speak to the reader; a news story about cookies or paywalls (the CNIL fining a
# site whose banner had no "tout refuser") tells of them in the third person.
_TO_THE_READER = re.compile(
    r"\b(?:vous|votre|vos|you|your|abonnez-vous|connectez-vous|inscrivez-vous|"
    r"se connecter|sign in|log in|subscribe)\b", re.I)

# A consent wall is short; a page longer than this has an article around its banner.
_MAX_WALL_CHARS = 3000
# Share of the text in lines that speak of cookies and consent, above which it is a wall.
_MIN_CONSENT_SHARE = 0.6
# What a paywall stub shows of the story: a lead, not an article (≈ 100 words).
_MAX_STUB_STORY_CHARS = 600


def wall_reason(text: str) -> str | None:
    """Why `text` (a page's extracted main text) is no article, or None when it is one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    total = sum(len(line) for line in lines)
    if not total or total > _MAX_WALL_CHARS:
        return None
    consent = [line for line in lines if _COOKIE.search(line) or _CONSENT_UI.search(line)]
    if _COOKIE.search(text) and _CONSENT_UI.search(text) and \
            any(_TO_THE_READER.search(line) for line in consent) and \
            sum(map(len, consent)) >= _MIN_CONSENT_SHARE * total:
        return "page is a cookie-consent wall, not the article (nothing of the story in it)"
    box = [line for line in lines if _PAYWALL.search(line)]
    if any(_TO_THE_READER.search(line) for line in box):
        story = total - sum(map(len, box))
        if story <= _MAX_STUB_STORY_CHARS:
            return (f"page is a paywall stub: the article is for subscribers "
                    f"({story} characters of it shown)")
    return None
