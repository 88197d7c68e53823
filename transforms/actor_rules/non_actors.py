"""Names that are never actors: operations, exercises, ships, weapons and products."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from transforms.countries import ADJECTIVE_INDEX, norm


# --- operations, exercises and ships: named, but never actors ------------------

# A name right after these is a ship, whatever it contains ("USS Gerald R. Ford",
# "le porte-avions Charles-de-Gaulle", "the submarine Kursk").
_SHIP_CUES = {norm(w) for w in """
USS HMS INS HMAS HMCS ROKS porte-avions porte-hélicoptères frégate destroyer
sous-marin corvette frigate submarine
""".split()}
# A name after these is an operation or exercise ("opération Barkhane", "exercise
# Steadfast Defender", "manœuvres militaires annuelles Freedom Shield"), unless that
# name is itself a known actor ("the operation Hamas launched").
_OPERATION_CUES = {norm(w) for w in """
operation opération exercise exercice exercices manœuvres manoeuvres maneuvers
manoeuvre manœuvre navire ship vessel tanker pétrolier carrier
""".split()}
# ...and before these ("Freedom Shield military drills", "the Barkhane operation").
_OPERATION_TAILS = {norm(w) for w in """
operation operations exercise exercises drill drills maneuvers manoeuvres wargames
war-games
""".split()}
# Lowercase words allowed between a cue and the name: "manœuvres militaires annuelles X",
# "X joint military drills".
_CUE_FILLERS = {norm(w) for w in """
militaire militaires annuel annuelle annuels annuelles naval navale navals navales
conjoint conjointe conjoints conjointes aérien aérienne aériens aériennes baptisé baptisée
baptisés baptisées nommé nommée américain military annual naval joint air live-fire
large-scale multinational aircraft
""".split()}


def _name_token(tok: Token) -> bool:
    """Capitalised words, initials and name glue inside a ship or operation name."""
    return tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text in {"-", "of", "de"}


def _name_breaks(doc: Doc, i: int) -> bool:
    """A sentence starts at doc[i], unless the parser only split around an initial
    ("Gerald R. Ford": "R." is no full stop)."""
    def initial(k: int) -> bool:
        text = doc[k].text if 0 <= k < len(doc) else ""
        return len(text) == 2 and text[0].isupper() and text[1] == "."
    return doc[i].is_sent_start and not (initial(i) or initial(i - 1))


def non_actor_names(doc: Doc, lower_keys: list[str], known: list[bool]) -> list[bool]:
    """Token mask of operation, exercise and ship names (eval/README.md: not actors).

    `known` marks tokens of dictionary actors, which stop a name read backwards from a
    tail word ("NATO exercise", "US drills") and exempt a name after a generic cue.
    """
    blocked = [False] * len(doc)
    for i, tok in enumerate(doc):
        key = lower_keys[i]
        strict = key in _SHIP_CUES and (tok.text.isupper() or tok.text.islower()
                                        or key in {"porte-avions", "porte-helicopteres"})
        if strict or key in _OPERATION_CUES:
            j = i + 1
            while j < len(doc) and lower_keys[j] in _CUE_FILLERS and doc[j].text.islower():
                j += 1
            end = j
            while end < len(doc) and _name_token(doc[end]) and not _name_breaks(doc, end):
                end += 1
            while end > j and not doc[end - 1].text[:1].isalnum():
                end -= 1
            if end == j or (not strict and known[j] and all(known[j:end])):
                continue
            first = i if tok.text[:1].isupper() and not strict else j  # "Operation Eastern Sentry"
            blocked[first:end] = [True] * (end - first)
        elif key in _OPERATION_TAILS:
            k = i - 1
            while k >= 0 and lower_keys[k] in _CUE_FILLERS and doc[k].text.islower():
                k -= 1
            start = k + 1
            while start > tok.sent.start and doc[start - 1].text[:1].isupper() \
                    and not known[start - 1] and not doc[start - 1].is_stop \
                    and lower_keys[start - 1] not in ADJECTIVE_INDEX:
                start -= 1
            blocked[start:k + 1] = [True] * (k + 1 - start)
    return blocked


# Weapons and products are named like organisations: "Patriot missiles", "missiles Patriot".
_EQUIPMENT_NOUNS = {norm(w) for w in """
missile missiles system systems battery batteries launcher launchers tank tanks jet jets
fighter fighters drone drones rocket rockets interceptor interceptors air-defence air-defense
helicopter helicopters aircraft howitzer howitzers rifle rifles vaccine vaccines phone phones
système systèmes batterie batteries lanceur lanceurs char chars chasseur chasseurs roquette
roquettes intercepteur intercepteurs hélicoptère hélicoptères avion avions obusier obusiers
fusil fusils vaccin vaccins
""".split()}


def is_equipment(doc: Doc, start: int, end: int, lower_keys: list[str]) -> bool:
    after = lower_keys[end] if end < len(doc) else ""
    before = lower_keys[start - 1] if start > 0 else ""
    return after in _EQUIPMENT_NOUNS or before in _EQUIPMENT_NOUNS
