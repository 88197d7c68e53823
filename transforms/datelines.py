"""Wire datelines: "MANILA, April 15 (Vigie) -", "WASHINGTON (AP) —", "KYIV, Ukraine (AP) —",
"BEIJING —", "GENEVA, Oct 14 (Reuters) -", "Paris (AFP) -",
"BEIJING/WASHINGTON, Nov 3 (Reuters) -".

The city a story was filed from is scenery, and the agency credited is the messenger: neither
is a party to what the story reports. A doc is read once (`datelines`, kept per doc while the
doc lives): every line that opens the text or a paragraph, and the agency credits of the text's
first twenty tokens. Three rules ask their own question of that reading:

- `filed_from(doc, i)` (actor_rules/capitals.py): the capital at token i is the filing city,
  a place and not its government;
- `opens_credit(doc, i)` (actor_rules/non_actors.py): the "(" at token i opens the credit
  "(Agency) -" of a dateline, and the agency is no actor;
- `dateline_end(doc)` (event_parties.py): the token just past the text's opening dateline; the
  filing city is no party to the first sentence though the parser often makes it its subject.

The three questions were answered by three detectors before this module; each still accepts
the shapes it accepted then (see each function), so extraction did not change when they merged.
"""
from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

from spacy.tokens import Doc

from transforms.countries import norm

DASHES = {"-", "–", "—"}
# Months as wire datelines and dates write them; compared as norm(word).rstrip(".") ("Oct.",
# "févr."). The French abbreviations are not read as the date right after a filing city.
_FRENCH_ABBREVIATIONS = {"janv", "fevr", "fev", "avr", "juil"}
MONTH_WORDS = {norm(w) for w in """
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec January February March April May June July
August September October November December janv févr fév avr juil sept oct nov déc janvier
février mars avril mai juin juillet août septembre octobre novembre décembre
""".split()}
_CITY_DATE_MONTHS = MONTH_WORDS - _FRENCH_ABBREVIATIONS  # compared as norm(word), no strip
# How far into the text a credit or the opening dateline's dash is looked for.
_OPENING = 20


@dataclass(frozen=True)
class Dateline:
    """A dateline read at the start of the text or of a line: token spans (start, end) and
    indices in the doc."""

    city: tuple[int, int]              # "PORT SUDAN", "BEIJING/WASHINGTON", "Paris": opens its line
    region: tuple[int, int] | None     # "Ukraine" in "KYIV, Ukraine (AP) —" (one to three words)
    date: tuple[int, int] | None       # "April 15", "15 avril", "Nov 3" after "CITY,"
    credit: tuple[int, int] | None     # "(AP)" closing the city, its region or its date
    dash: int | None                   # the line's first dash, if before any "." "!" "?"
    end: int                           # one past that dash when it closes the dateline, else 0
    filed: bool                        # the city is where the story was filed (see filed_from)

    @property
    def start(self) -> int:
        return self.city[0]


@dataclass(frozen=True)
class _Reading:
    lines: dict[int, Dateline]      # by start
    credits: frozenset[int]         # "(" of the credits in the text's opening


_READINGS: WeakKeyDictionary[Doc, _Reading] = WeakKeyDictionary()


def datelines(doc: Doc) -> tuple[Dateline, ...]:
    """Every dateline of the doc, in text order."""
    return tuple(_reading(doc).lines.values())


def filed_from(doc: Doc, i: int) -> bool:
    """The city at token i (or a later city of "BEIJING/WASHINGTON") opens a dateline.

    Accepted after the city: a comma and a day number or a month ("MANILA, April 15"; a
    French abbreviation such as "janv." is not read as one here), a comma, one to three
    capitalised words and a credit ("KYIV, Ukraine (AP) —"), a credit ("Paris (AFP) -"), or,
    for a city in capitals, a dash ("BEIJING —").
    """
    while i > 1 and doc[i - 1].text == "/" and doc[i - 2].text.isupper():
        i -= 2  # the second city of "BEIJING/WASHINGTON"
    line = _reading(doc).lines.get(i)
    return line is not None and line.filed


def opens_credit(doc: Doc, i: int) -> bool:
    """doc[i] opens "(Agency) -" among the text's first twenty tokens, right after a day
    number or a month ("GENEVA, Oct 14 (Reuters) -", "BAMAKO, 12 janv. (AFP) -"), or after
    the city and region alone opening the text ("WASHINGTON (AP) —", "Paris (AFP) -",
    "KYIV, Ukraine (AP) —"). Further on, or undated after a line break, a credit is not
    read here."""
    return i in _reading(doc).credits


def dateline_end(doc: Doc) -> int:
    """Token index just past the dateline opening the text, "MANILA, Feb 18 (Vigie) -",
    "PARIS (AFP) —", "BEIJING/WASHINGTON, Nov 3 (Reuters) -", or 0: a first word in
    capitals, then within twenty tokens a dash with a credit, a comma or a number before it.
    A bare "BEIJING —" does not count here."""
    line = _reading(doc).lines.get(0)
    return line.end if line is not None else 0


def agency_credit(doc: Doc, i: int) -> bool:
    """doc[i:i + 4] is "(AP) —", "(AFP) -", "(Reuters) -"."""
    return i + 3 < len(doc) and doc[i].text == "(" and doc[i + 1].text[:1].isupper() \
        and doc[i + 2].text == ")" and doc[i + 3].text in DASHES


def _reading(doc: Doc) -> _Reading:
    reading = _READINGS.get(doc)
    if reading is None:
        reading = _READINGS[doc] = _read(doc)
    return reading


def _read(doc: Doc) -> _Reading:
    # A line opens the text or follows a token holding a line break (spaCy keeps "\n" in
    # space tokens; a token's trailing whitespace_ is only ever " " or "").
    starts = [0] + [k + 1 for k in range(len(doc) - 1) if "\n" in doc[k].text]
    lines = {}
    for s in starts:
        line = _read_line(doc, s)
        if line is not None:
            lines[s] = line
    credits = frozenset(k for k in range(1, min(len(doc), _OPENING))
                        if _credit_in_opening(doc, k))
    return _Reading(lines, credits)


def _read_line(doc: Doc, s: int) -> Dateline | None:
    n = len(doc)
    if s >= n or doc[s].is_space:
        return None
    city_end = s + 1
    while city_end < n and (doc[city_end].text[:1].isupper() or doc[city_end].text == "/") \
            and doc[city_end].text != ",":
        city_end += 1  # "PORT SUDAN", "ABU DHABI", "BEIJING/WASHINGTON"
    date = region = None
    after = city_end  # where a credit would close the dateline
    if city_end + 1 < n and doc[city_end].text == ",":
        first = doc[city_end + 1]
        after = city_end + 1
        if first.like_num or norm(first.text) in _CITY_DATE_MONTHS:
            while after < n and (doc[after].like_num
                                 or norm(doc[after].text).rstrip(".") in MONTH_WORDS):
                after += 1
            date = (city_end + 1, after)
        else:  # "KYIV, Ukraine (AP) —": the country or state, then the credit
            while after < min(n, city_end + 4) and doc[after].text[:1].isupper():
                after += 1
            region = (city_end + 1, after) if after > city_end + 1 else None
            if region is None:
                after = -1  # "Kim, the wife of": no region, so no credit
    credit = (after, after + 3) if after >= 0 and agency_credit(doc, after) else None
    dash = _first_dash(doc, s)
    city = doc[s].text
    filed = date is not None or credit is not None or (
        len(city) > 1 and city.isupper() and dash == city_end)
    end = 0
    if city.isupper() and dash is not None and dash < s + _OPENING and (
            doc[dash - 1].text == ")"
            or any(t.like_num or t.text == "," for t in doc[s + 1:dash])):
        end = dash + 1
    if not filed and not end:
        return None
    return Dateline((s, city_end), region, date, credit, dash, end, filed)


def _first_dash(doc: Doc, s: int) -> int | None:
    """The first dash after doc[s] on its line, unless a sentence ends before it."""
    for k in range(s + 1, len(doc)):
        text = doc[k].text
        if "\n" in text or text in (".", "!", "?"):
            return None
        if text in DASHES:
            return k
    return None


def _credit_in_opening(doc: Doc, i: int) -> bool:
    if not agency_credit(doc, i):
        return False
    before = doc[i - 1]
    if before.like_num or norm(before.text).rstrip(".") in MONTH_WORDS:
        return True
    return i <= 6 and all(t.text[:1].isupper() or t.text in {",", "/"} for t in doc[:i])
