"""Wire datelines: "MANILA, April 15 (Vigie) -", "WASHINGTON, Oct. 14 (AP) —", "KYIV, Ukraine
(AP) —", "BEIJING —", "Paris (AFP) -", "NEW YORK/WASHINGTON, Nov 3 (Reuters) -", "TAWILA,
Sudan, Nov 14 (Vigie) -", "BELEM (Brésil), 23 novembre (Vigie) -", "MANILA, Philippines —",
"PORT-SOUDAN (Soudan) -", "PARIS (Le Courrier du Monde) –".

The city a story was filed from is scenery, and the agency credited is the messenger: neither
is a party to what the story reports. A doc is read once (`datelines`, kept per doc while the
doc lives): every line that opens the text or a paragraph, read the same way wherever it
stands. Four rules ask their own question of that one reading:

- `filed_from(doc, i)` (actor_rules/capitals.py): the token i is one of a dateline's cities,
  a place and not its government;
- `credit_span(doc, i)` (actor_rules/non_actors.py): the "(" at token i opens a dateline's
  credit "(Agency) -", and the agency is no actor;
- `dateline_spans(doc)` (event_parties.py): where the datelines stand; the filing city is no
  party to the sentence its dateline opens, though the parser often makes it the subject.
- `dateline_date_tokens(doc)` (event_dates.py): the filing day, which dates the lead only
  when the lead has no date of its own.

A dateline is a city (capitalised words, several joined by "/"), then optionally a region
("Sudan" after a comma, "(Brésil)" in brackets), a date ("Oct. 14", "14 oct.", "3 novembre")
and a credit, then the closing dash. It has a date, a credit or a dash: running text after
a city ("Washington, one of Kyiv's main backers, said") is none. A dash is spaced on at least
one side ("UN Secretary-General" has a hyphen, no dash) or follows the credit's bracket
("(AP)—The", as copy glues it); a city alone before a dash is in capitals ("BEIJING —").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from spacy.tokens import Doc

from transforms.countries import (CAPITAL_INDEX, CITY_INDEX, NAME_INDEX, REGION_INDEX,
                                  country_for, norm, strip_article)
from transforms.gazetteer import place_country

DASHES = {"-", "–", "—"}
# Months as wire datelines and dates write them; compared as norm(word).rstrip(".") ("Oct.",
# "févr.", "janv.").
MONTH_WORDS = {norm(w) for w in """
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec January February March April May June July
August September October November December janv févr fév avr juil sept oct nov déc janvier
février mars avril mai juin juillet août septembre octobre novembre décembre
""".split()}
_DAY_OR_YEAR = re.compile(r"^\d{1,4}(?:er)?$")  # "14", "1er", "2025": not "one", "un"
_MAX_CITY = 6    # tokens of "WASHINGTON/THE HAGUE", "DAR ES SALAAM"
_MAX_REGION = 3  # words of "South Korea", "Nouvelle-Calédonie"
_MAX_LINKED_REGION = 6  # words of "Democratic Republic of the Congo", "République du Congo"
# Small words inside a place name, between capitalised ones ("Republic of the Congo",
# "Bosnie-et-Herzégovine" split, "Côte d'Ivoire").
_PLACE_NAME_LINKS = frozenset({"of", "the", "and", "de", "du", "des", "la", "le", "les", "et",
                               "d'", "d’", "d"})
_MAX_CREDIT = 6  # words of "(Le Courrier du Monde)"


@dataclass(frozen=True)
class Dateline:
    """A dateline opening the text or a line: token spans (start, end) and indices in the doc."""

    city: tuple[int, int]              # "PORT SUDAN", "NEW YORK/WASHINGTON", "Paris"
    region: tuple[int, int] | None     # "Ukraine" in "KYIV, Ukraine (AP) —", "Brésil" in "(Brésil)"
    date: tuple[int, int] | None       # "April 15", "15 avril", "Oct. 14, 2025"
    credit: tuple[int, int] | None     # "(AP)", "(Le Courrier du Monde)", brackets included
    dash: int | None                   # the dash closing the dateline
    end: int                           # one past the dateline (past its dash if it has one)

    @property
    def start(self) -> int:
        return self.city[0]


@dataclass(frozen=True)
class _Reading:
    lines: dict[int, Dateline]      # by start
    cities: frozenset[int]          # every token of every dateline's city
    dates: frozenset[int]           # every token of every dateline's date
    credits: dict[int, tuple[int, int]]  # "(" of a credit -> the agency's name span


_READINGS: WeakKeyDictionary[Doc, _Reading] = WeakKeyDictionary()


def datelines(doc: Doc) -> tuple[Dateline, ...]:
    """Every dateline of the doc, in text order."""
    return tuple(_reading(doc).lines.values())


def filed_from(doc: Doc, i: int) -> bool:
    """Token i is part of a dateline's city ("WASHINGTON" in "NEW YORK/WASHINGTON, Nov 3
    (Reuters) -"): the city the story was filed from, a place."""
    return i in _reading(doc).cities


def dateline_date_tokens(doc: Doc) -> frozenset[int]:
    """Every token of the datelines' dates ("Nov 21" in "BAGHDAD, Nov 21 (Reuters) -"): the
    day the story was filed (event_dates.py)."""
    return _reading(doc).dates


def credit_span(doc: Doc, i: int) -> tuple[int, int] | None:
    """The agency's name inside the credit opened at token i ("Le Courrier du Monde"), or None."""
    return _reading(doc).credits.get(i)


def dateline_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """(start, end) of every dateline, in text order."""
    return tuple((line.start, line.end) for line in _reading(doc).lines.values())


def _reading(doc: Doc) -> _Reading:
    reading = _READINGS.get(doc)
    if reading is None:
        reading = _READINGS[doc] = _read(doc)
    return reading


def _read(doc: Doc) -> _Reading:
    # A line opens the text or follows a token holding a line break (spaCy keeps "\n" in
    # space tokens; a token's trailing whitespace_ is only ever " " or ""). Blanked
    # boilerplate can leave spaces before the first word.
    n = len(doc)
    lines = {}
    for s in [0] + [k + 1 for k in range(n - 1) if "\n" in doc[k].text]:
        while s < n and doc[s].is_space and "\n" not in doc[s].text:
            s += 1
        if s < n and s not in lines:
            line = _read_line(doc, s)
            if line is not None:
                lines[s] = line
    cities = frozenset(k for line in lines.values() for k in range(*line.city))
    dates = frozenset(k for line in lines.values() if line.date for k in range(*line.date))
    credits = {line.credit[0]: (line.credit[0] + 1, line.credit[1] - 1)
               for line in lines.values() if line.credit}
    return _Reading(dict(sorted(lines.items())), cities, dates, credits)


def _read_line(doc: Doc, s: int) -> Dateline | None:
    n = len(doc)
    k = _city_end(doc, s)
    if k == s or k >= n:
        return None
    city = (s, k)
    region = date = credit = None
    if doc[k].text == "(":  # "BELEM (Brésil), 23 novembre", "PORT-SOUDAN (Soudan) -"
        close = _bracket_close(doc, k, _MAX_REGION)
        if close is not None and _bracketed_region(doc, k, close):
            region, k = (k + 1, close), close + 1
    if k < n and doc[k].text == ",":
        d = _date_end(doc, k + 1)
        if d > k + 1:
            date, k = (k + 1, d), d
        elif region is None:  # "KYIV, Ukraine (AP) —", "TAWILA, Sudan, Nov 14"
            r = _region_end(doc, k + 1)
            if r == k + 1 or r >= n:
                return None  # "Washington, one of Kyiv's main backers"
            if doc[r].text == ",":
                d = _date_end(doc, r + 1)
                if d == r + 1:
                    return None  # "Moscow, Beijing, Tehran and Paris condemned"
                region, date, k = (k + 1, r), (r + 1, d), d
            elif doc[r].text == "(" or _is_dash(doc, r):
                region, k = (k + 1, r), r
            else:
                return None  # "Paris, Berlin et Londres ont condamné"
        else:
            return None
    if k < n and doc[k].text == "(":
        close = _bracket_close(doc, k, _MAX_CREDIT, capitalised=False)  # "BERLIN (dpa) -"
        if close is not None and close + 1 < n and _is_dash(doc, close + 1):
            credit, k = (k, close + 1), close + 1
    dash = k if k < n and _is_dash(doc, k) else None
    if date is None and credit is None:
        if dash is None:
            return None
        if not _in_capitals(doc, city) and not (region and _known_region(doc, region)):
            return None  # "Moscow - the Kremlin": a dash alone wants "BEIJING —"
        if not _known_city(doc, city):
            return None  # "SANCTIONS - Les Etats-Unis", "UKRAINE — Russian drones": headings
        if dash + 1 < n and doc[dash + 1].text[:1].islower():
            return None  # "NATO - the Western alliance - condemned": an aside, no story
    if date is None and not _in_capitals(doc, city) and not _known_city(doc, city):
        return None  # "Human Rights Watch (HRW) - the group said"
    end = dash + 1 if dash is not None else k
    return Dateline(city, region, date, credit, dash, end)


def _city_end(doc: Doc, s: int) -> int:
    """One past the city words from s: capitalised, hyphenated, several joined by "/"."""
    n = len(doc)
    k = s
    while k < min(n, s + _MAX_CITY):
        text = doc[k].text
        if text[:1].isupper() and any(c.isalpha() for c in text):
            k += 1
        elif k > s and text[:1] in "'’" and text[1:2].isupper():
            k += 1  # "COX'S BAZAR": a possessive the tokenizer splits off
        elif text == "/" and k > s and k + 1 < n and doc[k + 1].text[:1].isupper():
            k += 1  # "BEIJING/WASHINGTON", "ALGER / PARIS"
        elif text in DASHES and k > s and k + 1 < n and doc[k + 1].text[:1].isupper() \
                and not _is_dash(doc, k):
            k += 1  # "ADDIS-ABEBA" as the tokenizer may split it
        else:
            break
    return k


def _in_capitals(doc: Doc, city: tuple[int, int]) -> bool:
    text = "".join(t.text for t in doc[city[0]:city[1]] if t.text != "/")
    return sum(c.isalpha() for c in text) > 1 and text.isupper()


def _known_city(doc: Doc, city: tuple[int, int]) -> bool:
    """Every city of "Paris", "Beijing/Washington", "TAWILA" is a known town. A country is
    none ("UKRAINE —" heads a section) unless it is a city-state ("SINGAPORE —")."""
    for name in doc[city[0]:city[1]].text.split("/"):
        key = norm(strip_article(name.strip()))
        if key in CAPITAL_INDEX or key in CITY_INDEX:
            continue
        town = place_country(name.strip())
        if town is None or NAME_INDEX.get(key, town) != town:
            return False
    return True


def _region_end(doc: Doc, j: int) -> int:
    """One past the capitalised words of a region from j: up to three, or up to six when
    small linking words join them ("Democratic Republic of the Congo")."""
    n = len(doc)
    r = j
    while r < min(n, j + _MAX_REGION) and doc[r].text[:1].isupper():
        r += 1
    if r == j or r >= n or doc[r].lower_ not in _PLACE_NAME_LINKS:
        return r
    k = r
    while k < min(n, j + _MAX_LINKED_REGION) and (
            doc[k].text[:1].isupper() or doc[k].lower_ in _PLACE_NAME_LINKS):
        k += 1
    while k > r and doc[k - 1].lower_ in _PLACE_NAME_LINKS:
        k -= 1  # a region ends on a name, not on "of"
    return k if k > r else r


def _known_region(doc: Doc, span: tuple[int, int]) -> bool:
    name = doc[span[0]:span[1]].text
    return bool(country_for(name)) or norm(name) in REGION_INDEX


def _bracket_close(doc: Doc, k: int, most: int, capitalised: bool = True) -> int | None:
    """The ")" closing the "(" at k around one to `most` words, the first capitalised unless
    told otherwise."""
    if k + 2 >= len(doc) or doc[k + 1].text == ")" or (
            capitalised and not doc[k + 1].text[:1].isupper()):
        return None
    for j in range(k + 2, min(len(doc), k + 2 + most)):
        text = doc[j].text
        if text == ")":
            return j
        if text in {"(", ".", "!", "?", ","} or "\n" in text:
            return None
    return None


def _bracketed_region(doc: Doc, k: int, close: int) -> bool:
    """"(Brésil)" before the date, "(Soudan)" before the dash: a region, not an agency."""
    if close + 1 < len(doc) and doc[close + 1].text == ",":
        return True  # "BELEM (Brésil), 23 novembre (Vigie) -": the credit comes last
    return _known_region(doc, (k + 1, close))


def _date_end(doc: Doc, j: int) -> int:
    """One past the date from j ("Oct. 14", "14 oct.", "le 3 novembre 2025", "Oct. 14, 2025"),
    or j: a date has a month word, and its numbers are digits."""
    n = len(doc)
    k = j + 1 if j + 1 < n and doc[j].lower_ == "le" else j  # "PARIS, le 3 juin (AFP) -"
    month = False
    while k < n:
        text = doc[k].text
        if norm(text).rstrip(".") in MONTH_WORDS and text.rstrip(".").isalpha():
            month = True
            k += 1
            if k < n and doc[k].text == "." and not doc[k - 1].whitespace_:
                k += 1  # "oct" "." as the tokenizer may split it
        elif _DAY_OR_YEAR.match(text):
            k += 1
        elif text == "," and month and k + 1 < n and re.match(r"^\d{4}$", doc[k + 1].text):
            k += 2  # "Oct. 14, 2025"
        else:
            break
    return k if month else j


def _is_dash(doc: Doc, k: int) -> bool:
    """A dash, spaced on one side at least: the "-" of "Secretary-General" is a hyphen.
    Right after a credit's bracket it is a dash even unspaced, as machine-translated and
    wire copy glue it: "(AP)—The", "(Reuters)-La Russie"."""
    return doc[k].text in DASHES and (bool(doc[k].whitespace_) or (
        k > 0 and (bool(doc[k - 1].whitespace_) or doc[k - 1].text == ")")))
