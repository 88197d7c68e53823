"""Reference data the suites check values against.

Kept apart from the suites so the lists can be reused (by the CLI, the eval
harness) without importing Great Expectations.
"""
from __future__ import annotations

from functools import cache

import pycountry

from transforms.records import ACTOR_TYPES

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# An article's text is at least this long (a row check; also why the flow does not
# try to tell the language of a shorter one).
MIN_TEXT_CHARS = 200

CAMEO_ROOTS: tuple[str, ...] = tuple(f"{n:02d}" for n in range(1, 21))

QUAD_CLASSES: tuple[int, ...] = (1, 2, 3, 4)

# The contract's minimum taxonomy; a batch's themes frame may add to it.
CONTRACT_THEME_CODES: tuple[str, ...] = (
    "ARMED_CONFLICT", "MILITARY", "DEFENSE_INDUSTRY", "SECURITY_COOPERATION", "DIPLOMACY",
    "SANCTIONS", "CYBER", "DISINFORMATION", "SUPPLY_CHAIN", "TECHNOLOGY",
    "TERRITORIAL_DISPUTE", "NUCLEAR", "TERRORISM", "PROTEST", "ELECTIONS", "ECONOMY",
    "TRADE", "ENERGY", "HUMANITARIAN", "MIGRATION", "HEALTH", "CLIMATE", "CRIME",
    "HUMAN_RIGHTS",
)

ACTOR_TYPE_VALUES: tuple[str, ...] = ACTOR_TYPES

# Kosovo has no ISO 3166-1 code; XKX is the de facto code used by the EU and IMF.
EXTRA_COUNTRY_CODES: tuple[str, ...] = ("XKX",)

# Names a good extractor never produces as an actor: machine-translation glue
# ("NakataniRutte"), digits stuck to words ("le9", "2025Rutte"), single
# characters and pronouns that leaked through coreference.
_PRONOUNS = (
    "il", "elle", "ils", "elles", "on", "lui", "eux", "nous", "vous", "je", "tu", "celui",
    "celle", "ceux", "he", "she", "it", "they", "him", "her", "them", "we", "us", "you",
    "i", "me", "who", "this", "that",
)
JUNK_ACTOR_NAME_REGEX = (
    r"[a-zà-ÿ]{2,}[A-ZÀ-Þ][a-zà-ÿ]"  # camelCase glue of two words
    r"|[a-zà-ÿ]\d|\d[A-Za-zÀ-ÿ][a-zà-ÿ]"  # digits glued to a word ("G7" stays fine)
    r"|^\s*\S\s*$"  # a single character
    r"|(?i:^\s*(?:" + "|".join(_PRONOUNS) + r")\s*$)"
)


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes, plus the de facto ones we accept."""
    return frozenset(c.alpha_3 for c in pycountry.countries) | set(EXTRA_COUNTRY_CODES)


@cache
def language_codes() -> frozenset[str]:
    """ISO 639-1 two-letter language codes."""
    return frozenset(
        lang.alpha_2 for lang in pycountry.languages if getattr(lang, "alpha_2", None)
    )
