"""Resolve the date an event sentence refers to, against the publication date.

Our own rules handle the expressions news actually uses ("le 9 avril",
"du 8 au 9 avril", "last Tuesday", "en janvier", "la semaine dernière") because
dateparser resolves several of them oddly for this use (it gives "en juin 2022"
the publication day-of-month, reads "10 ans" as a date and misses "la semaine
dernière"). dateparser stays as a fallback for the long tail ("il y a trois
jours", "15/04/2025"), gated behind a cheap regex so most sentences never reach it.

Conventions (documented because they are choices):
- a month without a day ("en janvier", "in June 2022", "fin octobre", "at the end of
  October", "mid-March") resolves to its 1st day;
- a year alone ("en 2023") resolves to 1 January;
- a day and month without a year takes the publication year, or the year before
  when that would land more than FUTURE_SLACK days after publication;
- a range ("du 8 au 9 avril") resolves to its first day;
- a bare weekday ("lundi", "on Monday") is the most recent such day on or before
  publication: wire copy dated Monday tells Monday's events "on Monday"; "mardi
  dernier"/"last Tuesday" is the most recent strictly before (eval/README.md);
- with `prefer_future` (a verb in the future tense) a bare month or weekday is the
  coming one;
- when a sentence holds several expressions the earliest in the text wins.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

FUTURE_SLACK = timedelta(days=7)

_MONTHS = {
    "fr": {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
           "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
           "novembre": 11, "décembre": 12, "decembre": 12,
           # abbreviations as French copy writes them ("le 17 nov.", "3 janv."), with their
           # period: bare "sept" is the number seven, "mars" a planet
           "janv.": 1, "févr.": 2, "fév.": 2, "avr.": 4, "juil.": 7, "sept.": 9, "oct.": 10,
           "nov.": 11, "déc.": 12},
    "en": {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
           "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
           "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
           "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12},
}
WEEKDAYS = {
    "fr": {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
           "dimanche": 6},
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
           "saturday": 5, "sunday": 6},
}
# Fixed offsets in days from publication.
_RELATIVE_DAYS = {
    "fr": {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0,
           "aujourd' hui": 0, "aujourd’ hui": 0,
           "après-demain": 2, "demain": 1, "la semaine dernière": -7,
           "la semaine passée": -7, "cette semaine": 0, "la semaine prochaine": 7,
           # accents lost by feeds and machine translation ("la semaine derniere")
           "apres-demain": 2, "la semaine derniere": -7, "la semaine passee": -7,
           # the night before the report day (dated by the day it opens, as "la nuit de
           # mardi à mercredi" is)
           "la nuit dernière": -1, "la nuit derniere": -1},
    "en": {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0,
           "the day after tomorrow": 2, "tomorrow": 1, "last week": -7, "this week": 0,
           "next week": 7, "earlier this week": -2, "last night": -1},
}
_LAST_WEEK = r"(?:derni[èe]re|pass[ée]e)"
# The report's own month and year, or a part of them ("earlier this month", "au début du
# mois", "plus tôt cette année"): like "this week", no day a reader could tell, so the
# report day (eval/README.md, Dates; the gold dates "the agency said this month", "its fifth
# protest this year", "décidée en début d'année" to publication). Finding them keeps a
# sentence so dated from taking another clause's or sentence's day. "Du mois dernier" is
# last month's (the lookahead leaves it to _LAST_MONTH).
_NOT_LAST = r"(?!\s+(?:dernier|derni[èe]re|pass[ée]e?|prochaine?|suivante?))"
_THIS_MONTH = {
    "fr": rf"\b(?:ce\s+mois-ci|ce\s+mois\b{_NOT_LAST}|(?:au|en)\s+d[ée]but\s+(?:du\s+|de\s+)?mois"
          rf"\b{_NOT_LAST}|(?:à\s+la|en)\s+fin\s+(?:du\s+|de\s+)?mois\b{_NOT_LAST})",
    "en": r"\b(?:(?:earlier|later)\s+this\s+month|this\s+month|(?:the\s+)?(?:beginning|start|end)"
          r"\s+of\s+the\s+month)\b"}
_THIS_YEAR = {
    "fr": rf"\b(?:cette\s+ann[ée]e\b{_NOT_LAST}|(?:au|en)\s+d[ée]but\s+d['’]\s*ann[ée]e\b)",
    "en": r"\b(?:(?:earlier|later)\s+)?this\s+year\b"}
# A recent span with no day named ("in recent days", "ces derniers jours", "il y a quelques
# jours", "recently"): no day a reader could tell, so the report day (eval/README.md, Dates),
# and found as an expression so the sentence does not borrow the day told before it.
_RECENT = {
    "fr": r"\b(?:(?:ces|au\s+cours\s+des|durant\s+les|pendant\s+les|lors\s+des)\s+"
          r"(?:\d+\s+|deux\s+|trois\s+|quatre\s+|cinq\s+)?derni(?:ers|[èe]res)\s+(?:\d+\s+)?"
          r"(?:jours|semaines|mois|heures)|(?:depuis|il\s+y\s+a)\s+(?:quelques|plusieurs)\s+"
          r"(?:jours|semaines|mois)|r[ée]cemment|derni[èe]rement)\b",
    "en": r"\b(?:(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|couple\s+"
          r"of\s+|two\s+|three\s+|\d+\s+)?(?:days?|weeks?|months?|hours|year)|in\s+recent\s+(?:days|weeks|months)"
          r"|(?:a\s+few|several|some)\s+(?:days|weeks)\s+ago|recently)\b"}
# A part of the report's week ("en début de semaine", "at the start of the week"): like "this
# week", the report day; "earlier in the week" two days back, as "earlier this week" is;
# "en fin de semaine dernière" a week back, as "la semaine dernière" is.
_WEEK_PART = {
    "fr": r"\ben\s+(?:ce\s+)?(?:d[ée]but|fin|milieu)\s+de\s+(?:la\s+)?semaine"
          r"(?:\s+(derni[èe]re|pass[ée]e))?\b",
    "en": r"\b(?:at\s+the\s+(?:start|beginning|end)\s+of\s+(?:the|this)\s+week"
          r"|(earlier)\s+in\s+the\s+week|later\s+in\s+the\s+week)\b"}
# Fixed holidays, by their names: (month, day).
_HOLIDAYS = {
    "fr": {r"(?:le\s+jour|le\s+soir|la\s+nuit)\s+de\s+no[ëe]l": (12, 25),
           r"(?:la\s+veille|le\s+r[ée]veillon)\s+de\s+no[ëe]l": (12, 24),
           r"(?:la\s+saint-sylvestre|le\s+r[ée]veillon\s+du\s+nouvel\s+an)": (12, 31),
           r"le\s+jour\s+de\s+l['’]\s*an": (1, 1), r"la\s+toussaint": (11, 1)},
    "en": {r"christmas\s+day": (12, 25), r"christmas\s+eve": (12, 24), r"boxing\s+day": (12, 26),
           r"new\s+year['’]s\s+day": (1, 1), r"new\s+year['’]s\s+eve": (12, 31)}}
# A part or a season of a year ("in mid-2025", "at the end of 2025", "in the summer of 2024",
# "à l'été 2024", "au début de 2025", "à la fin de l'année 2025"): that year, as "fin 2025"
# and "in early 2025" are (its 1 January).
_YEAR_PART = {
    "fr": r"(?:\b(?:à\s+la\s+)?mi-\s*|\b(?:(?:à\s+la|d['’]ici\s+(?:la\s+)?)\s*)?fin\s+de\s+"
          r"(?:l['’]\s*ann[ée]e\s+)?|\b(?:au\s+)?d[ée]but\s+de\s+(?:l['’]\s*ann[ée]e\s+)?"
          r"|\bdans\s+le\s+courant\s+de\s+(?:l['’]\s*ann[ée]e\s+)?|\b(?:à\s+l['’]\s*|en\s+)"
          r"(?:été|automne|hiver)\s+(?:de\s+)?|\bau\s+printemps\s+(?:de\s+)?"
          r"|\bau\s+(?:premier|second|deuxième)\s+semestre\s+(?:de\s+)?)",
    "en": r"(?:\bmid-\s*|\b(?:(?:at|by|in|until|from)\s+)?the\s+(?:end|start|beginning|middle|"
          r"first\s+half|second\s+half|spring|summer|autumn|fall|winter)\s+of\s+"
          r"|\b(?:in\s+)?(?:spring|summer|autumn|fall|winter)\s+)"}
# A weekend is dated by its Saturday: "over the weekend", "ce week-end", "le week-end dernier".
_WEEKEND = {
    "fr": r"\b(?:ce|le|du|pendant\s+le|au\s+cours\s+du|lors\s+du)\s+week-?\s*end\b",
    "en": r"\b(?:over|during|at|on|this|last|past)\s+(?:the\s+)?weekend\b"}
# "du mois dernier": "à la fin du mois dernier", "au début du mois dernier"
_LAST_MONTH = {"fr": r"(?:le|du) mois (?:dernier|pass[ée])", "en": r"last month"}
# "\s*": event dating joins a clause's tokens with spaces, and spaCy splits the elided
# article ("l' année dernière").
_LAST_YEAR = {"fr": r"l['’]\s*ann[ée]e (?:derni[èe]re|pass[ée]e)|l['’]\s*an dernier", "en": r"last year"}

_NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30,
}
NUMBER_WORDS = _NUMBER_WORDS  # counts written out, for date_occasions' "two days later"
# month names in both languages, abbreviations without their period, for event_dates' opening days
MONTH_NAMES = frozenset(m.rstrip(".") for names in _MONTHS.values() for m in names)
# French counts a week as "huit jours" and a fortnight as "quinze jours" ("il y a huit jours"
# is a week ago)
_FRENCH_WEEKS = {8: 7, 15: 14}
_UNIT_DAYS = {"jour": 1, "day": 1, "semaine": 7, "week": 7, "mois": 30, "month": 30,
              "an": 365, "année": 365, "year": 365}

_ORDINAL = r"(?:er|re|e|st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d{2})(?!\d)"  # no \b: machine translation glues "2022Kishida"


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _compile(lang: str) -> list[tuple[str, re.Pattern]]:
    month = f"({_alt(_MONTHS[lang])})\\.?"
    weekday = f"({_alt(WEEKDAYS[lang])})"
    weekday_any = f"(?:{_alt(WEEKDAYS[lang])})"
    day = r"(?<!\d)(\d{1,2})" + _ORDINAL
    if lang == "fr":
        last, nxt = r"(?:dernier|pass[ée])", r"prochain"
        year_prep = r"(?:en|depuis|début|fin|courant)"
        # "fin octobre", "début mars", "à la mi-octobre", "au début de mars": that month
        # "la première semaine de novembre": that month too
        month_part = (r"(?:(?:à\s+la\s+|au\s+)?(?:fin|début)\s+(?:de\s+|d['’])?|(?:à\s+la\s+)?mi-\s*"
                      r"|(?:la\s+)?(?:première|deuxième|troisième|dernière)\s+semaine\s+(?:de\s+|d['’]))")
        # "le 17 au soir", "dans la nuit du 17 au 18": a day of the report's month, written
        # without it (bare "le 17" is too often something else: "le 17e", "article 17")
        month_day_alone = (r"\b(?:le|du)\s+(\d{1,2})(?:er)?\s+(?:au\s+(?:soir|matin)\b"
                           r"|au\s+\d{1,2}\b(?!\s*(?:%|\w)))")
    else:
        last, nxt = r"(?:last|past)", r"(?:next|coming|this coming)"
        year_prep = r"(?:in|since|early|late|during)"
        # "at the end of October", "mid-October", "late March": that month
        month_part = (r"(?:(?:at\s+the\s+|the\s+)?(?:end|beginning|start|middle)\s+of\s+"
                      r"|mid-\s*|(?:early|late)\s+"
                      r"|(?:the\s+)?(?:first|second|third|last)\s+week\s+of\s+)")
        # "on the 17th": a day of the report's month, with its ordinal and nothing after
        # ("the 17th century", "the 20th round" are no dates)
        month_day_alone = r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s*\w)"
    rules = [
        # "du 8 au 9 avril", "8-9 April", "8 and 9 April": keep the first day.
        # "entre le 10 et le 12 novembre", "between the 10th and the 12th of November" too.
        ("day_range", rf"{day}\s*(?:au|à|-|–|and|to|et)\s*(?:le\s+|the\s+)?\d{{1,2}}{_ORDINAL}\s+"
                      rf"(?:of\s+)?{month}(?:\s+{_YEAR})?"),
        # An optional weekday in front ("vendredi 4 avril") belongs to the date.
        ("day_month", rf"(?:\b{weekday_any},?\s+(?:le\s+|the\s+)?)?{day}\s+(?:de\s+|of\s+)?{month}"
                      rf"(?:,?\s+{_YEAR})?"),
        ("month_day", rf"\b{month}\s+{day}(?!\d|\s*(?:%|ans|years))(?:,?\s+{_YEAR})?"),
        ("month_year", rf"\b{month}\s+(?:de\s+|of\s+)?{_YEAR}"),
        ("day_alone", month_day_alone),
        # "overnight into Wednesday": the night opens on Tuesday, as "la nuit de mardi à
        # mercredi" does
        ("night_into", rf"\bovernight\s+into\s+{weekday}\b" if lang == "en" else r"(?!x)x"),
        ("month_last", rf"\b{month}\s+dernier\b" if lang == "fr" else rf"\blast\s+{month}\b"),
        ("month_in", rf"\b(?:(?:en|au mois d['’]|courant|in|during|since|depuis|until|jusqu['’]en)\s*"
                     rf"(?:mid-|early\s+|late\s+|début\s+|fin\s+|mi-)?|{month_part})"
                     rf"{month}(?![^\W\d_])(?:\s+{_YEAR}|\s+(dernier|pass[ée])\b)?"),
        ("ago", rf"\bil y a\s+(\d+|{_alt(_NUMBER_WORDS)})\s+(jours?|semaines?|mois|ans?|années?)\b"
                if lang == "fr" else
                rf"\b(\d+|{_alt(_NUMBER_WORDS)})\s+(days?|weeks?|months?|years?)\s+ago\b"),
        ("year", rf"\b{year_prep}\s+{_YEAR}"),
        ("year_part", rf"{_YEAR_PART[lang]}{_YEAR}"),
        # "lundi de la semaine dernière", "on Monday last week": that day of the week before.
        ("weekday_last_week", rf"\b{weekday}\s+de\s+la\s+semaine\s+{_LAST_WEEK}\b" if lang == "fr"
                              else rf"\b{weekday}\s+(?:of\s+)?last\s+week\b"),
        ("weekday_last", rf"\b{weekday}\s+{last}\b" if lang == "fr" else rf"\b{last}\s+{weekday}\b"),
        ("weekday_next", rf"\b{weekday}\s+{nxt}\b" if lang == "fr" else rf"\b{nxt}\s+{weekday}\b"),
        # machine translation glues a weekday onto the name after it ("mardiFaye a reçu"):
        # a capital right after the weekday ends it as a space would
        ("weekday", rf"\b{weekday}(?:\b|(?=(?-i:[A-Z])))"),
        ("relative", rf"(?<![\w-])(?:{_alt(_RELATIVE_DAYS[lang])})(?![\w-])"),
        ("last_month", rf"\b(?:{_LAST_MONTH[lang]})\b"),
        ("this_month", _THIS_MONTH[lang]),
        ("this_year", _THIS_YEAR[lang]),
        ("weekend", _WEEKEND[lang]),
        ("recent", _RECENT[lang]),
        ("week_part", _WEEK_PART[lang]),
        ("holiday", r"\b(" + "|".join(_HOLIDAYS[lang]) + r")\b"),
        ("last_year", rf"(?:{_LAST_YEAR[lang]})\b"),
    ]
    return [(name, re.compile(rx, re.IGNORECASE)) for name, rx in rules]


_RULES = {lang: _compile(lang) for lang in ("fr", "en")}
# Rules that cannot match without a digit (a day number or a year): most clause texts have
# none, and one search for a digit rules out five of the fourteen patterns.
_NUMBER_RULES = {"day_range", "day_month", "month_day", "month_year", "year", "day_alone",
                 "year_part"}
_DIGIT = re.compile(r"\d")

# Long-tail cues worth the cost of dateparser: "il y a 3 jours", "3 days ago", numeric dates.
_DATEPARSER_CUE = re.compile(
    r"\bil y a\b|\bago\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b", re.IGNORECASE)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_month(day: int, month: int, year: str | None, published: date | None) -> date | None:
    if year:
        return _safe_date(int(year), month, day)
    if published is None:
        return None
    found = _safe_date(published.year, month, day)
    if found and found > published + FUTURE_SLACK:
        found = _safe_date(published.year - 1, month, day)
    return found


def _latest_month(month: int, published: date | None, strictly_before: bool,
                  future: bool = False) -> date | None:
    if published is None:
        return None
    if future:  # "se rendra à Téhéran en novembre": the coming November
        year = published.year + (month < published.month)
        return date(year, month, 1)
    year = published.year
    if month > published.month or (strictly_before and month == published.month):
        year -= 1
    return date(year, month, 1)


def _weekday(target: int, published: date | None, shift: str) -> date | None:
    if published is None:
        return None
    back = (published.weekday() - target) % 7
    if shift == "next":
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    if shift == "future":
        return published + timedelta(days=(target - published.weekday()) % 7)
    if back == 0 and shift == "last":  # "last Monday" in Monday's copy is a week ago;
        back = 7  # "on Monday" is that day: wire copy names today's weekday (eval/README.md)
    return published - timedelta(days=back)


# "in October last year", "le 3 mars de l'année dernière": the year written after a month
# or a day without its own; the earliest-expression rule would read the month alone.
_YEAR_AFTER = {
    "fr": re.compile(r"\s*,?\s*(?:de\s+)?(?:l['’]\s*ann[ée]e\s+(?:derni[èe]re|pass[ée]e)"
                     r"|l['’]\s*an\s+(?:dernier|pass[ée]))\b", re.IGNORECASE),
    "en": re.compile(r"\s*,?\s*(?:of\s+)?last\s+year\b", re.IGNORECASE)}


def _last_year_after(m: re.Match, lang: str, published: date | None) -> str | None:
    if published is None or not _YEAR_AFTER[lang].match(m.string, m.end()):
        return None
    return str(published.year - 1)


def _resolve_match(name: str, m: re.Match, lang: str, published: date | None,
                   future: bool = False) -> date | None:
    months, weekdays = _MONTHS[lang], WEEKDAYS[lang]
    g = m.groups()
    if name in ("day_range", "day_month", "month_day") and not g[2] \
            or name == "month_in" and not g[1] and not g[2]:
        year = _last_year_after(m, lang, published)
        if year:
            g = (g[:2] + (year,) + g[3:]) if name != "month_in" else (g[0], year) + g[2:]
    if name in ("day_range", "day_month"):
        return _day_month(int(g[0]), months[g[1].lower()], g[2], published)
    if name == "month_day":
        return _day_month(int(g[1]), months[g[0].lower()], g[2], published)
    if name == "month_year":
        return date(int(g[1]), months[g[0].lower()], 1)
    if name == "day_alone":
        if published is None:
            return None
        found = _safe_date(published.year, published.month, int(g[0]))
        if found and found > published + FUTURE_SLACK:  # the 28th in a report of the 3rd
            previous = published.replace(day=1) - timedelta(days=1)
            found = _safe_date(previous.year, previous.month, int(g[0]))
        return found
    if name == "night_into":
        day = _weekday(weekdays[g[0].lower()], published, "future" if future else "")
        return day - timedelta(days=1) if day else None
    if name == "month_in" and g[1]:
        return date(int(g[1]), months[g[0].lower()], 1)
    if name in ("month_last", "month_in"):
        strictly_before = name == "month_last" or bool(name == "month_in" and g[2])
        return _latest_month(months[g[0].lower()], published, strictly_before,
                             future and not strictly_before)
    if name == "year":
        return date(int(g[0]), 1, 1)
    if name == "year_part":
        if future and published is not None and int(g[0]) >= published.year:
            return published  # "will withdraw by the end of 2026": a plan, the report day
        return date(int(g[0]), 1, 1)
    if name == "weekday_last_week":
        if published is None:
            return None
        monday = published - timedelta(days=published.weekday() + 7)
        return monday + timedelta(days=weekdays[g[0].lower()])
    if name.startswith("weekday"):
        shift = {"weekday_last": "last", "weekday_next": "next"}.get(
            name, "future" if future else "")
        return _weekday(weekdays[g[0].lower()], published, shift)
    if published is None:
        return None
    if name == "relative":
        offset = _RELATIVE_DAYS[lang].get(m.group(0).lower().replace("’", "'"))
        if offset is None:
            offset = _RELATIVE_DAYS[lang].get(m.group(0).lower(), 0)
        return published + timedelta(days=offset)
    if name == "ago":
        count = int(g[0]) if g[0].isdigit() else _NUMBER_WORDS[g[0].lower()]
        unit = g[1].lower().rstrip("s") if g[1].lower() != "mois" else "mois"
        if unit == "jour":
            count = _FRENCH_WEEKS.get(count, count)
        return published - timedelta(days=count * _UNIT_DAYS[unit])
    if name == "last_month":
        first = published.replace(day=1)
        return (first - timedelta(days=1)).replace(day=1)
    if name == "last_year":
        return date(published.year - 1, 1, 1)
    if name in ("this_month", "this_year", "recent"):
        return published
    if name == "week_part":
        last = g[0] and g[0].lower().startswith(("dern", "pass"))  # "... semaine dernière"
        back = 7 if last else 2 if g[0] else 0  # g[0] is "earlier" otherwise
        return published - timedelta(days=back)
    if name == "holiday":
        if future:  # "will meet on Christmas Day": a plan, the report day
            return published
        for rx, (month, day) in _HOLIDAYS[lang].items():
            if re.fullmatch(rx, g[0], re.IGNORECASE):
                return _day_month(day, month, None, published)
        return None
    if name == "weekend":
        return _weekday(5, published, "future" if future else "")
    return None


@lru_cache(maxsize=256)
def _earliest_expression(text: str, lang: str) -> tuple[str, re.Match] | None:
    """(rule name, match) of the earliest expression; longer wins on ties. Cached: event
    dating asks about the same clause text several times within an article (a trigger's
    clause, then its wider clause; triggers sharing a clause), and the 14 searches are
    what dating costs. A few hundred entries hold an article's clauses; texts never
    repeat across articles."""
    best: tuple[int, int, str, re.Match] | None = None
    has_number = _DIGIT.search(text) is not None
    for name, rx in _RULES[lang]:
        if name in _NUMBER_RULES and not has_number:
            continue
        m = rx.search(text)
        if m and (best is None or (m.start(), -len(m.group(0))) < (best[0], best[1])):
            best = (m.start(), -len(m.group(0)), name, m)
    return None if best is None else (best[2], best[3])


def _rule_date(text: str, lang: str, published: date | None,
               future: bool = False) -> tuple[bool, date | None]:
    """(found an expression, its date). Earliest expression wins; longer wins on ties."""
    best = _earliest_expression(text, lang)
    if best is None:
        return False, None
    return True, _resolve_match(best[0], best[1], lang, published, future)


# Expressions that name one day, as an occasion a later sentence can go on with;
# months, years and weeks do not ("en mars", "la semaine dernière").
_DAY_RULES = {"day_range", "day_month", "month_day", "weekday", "weekday_last", "weekday_last_week",
              "day_alone", "night_into", "holiday"}


def day_date(text: str, lang: str, published: date | None,
             first_day: bool = False) -> date | None:
    """The day `text`'s first date expression names, when it names one day ("le 9 avril",
    "on Thursday", "hier"); None for a month, a year, a week or no date at all. With
    `first_day`, the first expression that names a day, past a month or a year before it
    ("Kenyatta, nommé en juillet émissaire, a rencontré lundi Salva Kiir": Monday)."""
    lang = lang if lang in _RULES else "en"
    found = _expressions(text, lang) if first_day else [_earliest_expression(text, lang)]
    for best in found:
        if best is None:
            return None
        name, match = best
        if _names_a_day(name, match):
            return _resolve_match(name, match, lang, published)
    return None


def _names_a_day(name: str, match: re.Match) -> bool:
    if name == "relative":
        # each relative expression names one day but the weeks ("last week", "cette semaine")
        return not re.search(r"week|semaine", match.group(0), re.IGNORECASE)
    return name in _DAY_RULES


def _expressions(text: str, lang: str) -> list[tuple[str, re.Match]]:
    """Every date expression of `text` in text order, the longest where two start together,
    none inside another."""
    found = sorted(((m.start(), -len(m.group(0)), name, m) for name, rx in _RULES[lang]
                    for m in rx.finditer(text)), key=lambda f: (f[0], f[1]))
    out, end = [], -1
    for start, _, name, m in found:
        if start >= end:
            out.append((name, m))
            end = m.end()
    return out


def _dateparser_date(text: str, lang: str, published: date | None) -> date | None:
    from dateparser.search import search_dates  # slow import, only paid when needed

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    try:
        found = search_dates(text, languages=[lang], settings=settings)
    except Exception:  # dateparser raises on odd input; a missing date is not an error
        return None
    for phrase, when in found or []:
        if _DATEPARSER_CUE.search(phrase):
            return when.date()
    return None


def resolve_date(text: str, lang: str, published: date | None,
                 prefer_future: bool = False) -> date | None:
    """The date `text` refers to, or None when it has no date expression.

    `prefer_future` is for a verb in the future tense: a bare month or weekday then
    names the coming one ("se rendra à Téhéran en novembre", "will meet on Friday").
    """
    if not text or not isinstance(text, str):
        return None
    lang = lang if lang in _RULES else "en"
    try:
        found, when = _rule_date(text, lang, published, prefer_future)
        if found:
            return when
        if _DATEPARSER_CUE.search(text):
            return _dateparser_date(text, lang, published)
    except Exception:  # never let a date expression break extraction
        return None
    return None
