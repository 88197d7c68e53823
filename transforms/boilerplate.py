"""Lines a web page or a wire adds around the story, blanked before parsing.

Text from scrapers and feeds carries lines that are not the story: cross-links to
other stories ("Lire aussi : <another story's headline>", "Read more: ..."), bylines
("By Jane Doe and John Roe"), credits ("(Reporting by ...; Editing by ...)",
"(avec AFP)", "© Reuters"), page furniture ("Publié le 12/03/2026 à 14h05", "5 min
read", "Publicité"). Parsed as prose, a cross-link gives the article another
story's themes, actors and events, and a credit line makes its reporters actors.

`text_for_parsing` replaces each such line by spaces of the same length: character
offsets into the article's text (actor mentions keep them) stay right, paragraphs stay
where they were, and the stored text is unchanged. A line is blanked only when it is
short and starts the way these lines start; prose that merely mentions reading or
reporting is left alone.

It also reads a few typographic characters as their plain forms, one for one: every
space other than the plain space (French web copy puts no-break and narrow no-break
spaces before ":", ";", "!", "?", "»", after "«", inside numbers, after "M."), and
curly apostrophes and double quotes ("l’OTAN", "it’s", “…”), which real copy uses and
the models, as the rules, read worse than straight ones. `as_written` puts the
article's own characters back into what is stored (actor mentions, event sentences).
"""
from __future__ import annotations

import re

from transforms.accents import restore_accents, unaccented

# Cross-links and credits are a headline or a list of names: longer lines are prose.
MAX_LINK_WORDS = 40
MAX_CREDIT_WORDS = 30
MAX_BYLINE_WORDS = 16

_BULLET = r"[-–—•*>|▶►→]?\s*"
_CROSS_LINK = re.compile(
    _BULLET + r"(?:"
    # French: "Lire aussi", "À lire aussi", "Lire également", "Voir aussi", "Sur le même
    # sujet", "Notre dossier".
    r"(?:[àa]\s+)?(?:lire|relire|voir|revoir|écouter|regarder|découvrir)\s+"
    r"(?:aussi|également|encore|la\s+suite)\b"
    r"|sur\s+le\s+même\s+sujet\b|notre\s+dossier\b"
    # English: "Read more:", "Also read", "Related:", "See also", "More on this story".
    r"|(?:read|see|watch|listen)\s+(?:more|also|next|the\s+latest)\b"
    r"|also\s+(?:read|see|watch)\b|more\s+on\s+this\s+(?:story|topic)\b"
    r"|related(?:\s+(?:stories|story|content|coverage|articles?|reading))?\s*[:|]"
    r"|recommended\s*[:|]|further\s+reading\b|you\s+may\s+also\s+like\b"
    r")",
    re.IGNORECASE)
# "Lire notre enquête : ...", "Lire l'entretien | ...", "Voir la vidéo": these words also
# start sentences ("Lire les accords comme un échec serait une erreur"), so they count
# only with a link's separator early in the line, or as a line of a few words.
_NAMED_LINK = re.compile(_BULLET + r"(?:[àa]\s+)?(?:lire|relire|voir|revoir|écouter|regarder)"
                         r"\s+(?:notre|nos|l['’]|le|la|les)\b", re.IGNORECASE)
_LINK_SEPARATOR = re.compile(r"^[^.!?]{0,60}?\s?[:|–—]")  # "Lire l'entretien:Borrell" (MT)
MAX_BARE_LINK_WORDS = 5
_CREDIT = re.compile(
    r"[(\[]?\s*(?:"
    # "(With reporting by Jane Doe in Rome)", "With additional reporting by ...": a wire
    # story's closing credit names people who are not in the story.
    r"(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics|"
    r"photos?|video)\s+(?:by|par)\b"
    r"|©|\(c\)|crédits?\s*(?:photo)?\s*:|credits?\s*:|photo\s+credits?\s*:|image\s+source\s*[,:]"
    r"|sources?\s*:\s*[^.]{0,60}$"
    r")",
    re.IGNORECASE)
# "(avec AFP)", "Avec AFP et Reuters", "(With Reuters)": the whole line, nothing else.
_AGENCY = (r"(?:l['’])?(?:AFP|AP|Reuters|Associated\s+Press|dpa|ANSA|EFE|Xinhua|Belga|ATS|"
           r"Bloomberg|Anadolu|Kyodo|Yonhap)")
_AGENCIES = rf"{_AGENCY}(?:\s*(?:,|et|and|&)\s*{_AGENCY})*"  # "AFP et Reuters"
_AGENCY_LINE = re.compile(rf"[(\[]?\s*(?:avec|with|sources?\s*:)\s*{_AGENCIES}"
                          rf"\s*[)\]]?\.?$", re.IGNORECASE)
# "Par la rédaction avec AFP", "By staff": the newsroom signs, no one's name.
_STAFF_BYLINE = re.compile(rf"(?:par|by)\s+(?:la\s+r[ée]daction|the\s+editorial\s+(?:board|staff)|"
                           rf"(?:our\s+)?staff|nos\s+correspondants?)"
                           rf"(?:\s*(?:,|avec|with)\s*{_AGENCIES})?\s*$",
                           re.IGNORECASE)
# A page's information line: "Par la rédaction avec AFP | Publié le 09/04/2026 à 11:20 |
# Lecture 6 min", every part of it furniture.
_PART_SEPARATOR = re.compile(r"\s+[|•·]\s+")
# "By Jane Doe", "By Jane Doe and John Roe, BBC News", "Par Jean Dupont, envoyé spécial à
# Kyiv": capitalised names before any comma, nothing else.
_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:de|du|van|von|al|el|da|di|le|la)?\s*[A-ZÀ-Ý][\w'’.-]*){1,3}"
# "By Miguel Santos in Manila and Erik Lund in Stockholm": where each one wrote from.
_FROM = r"(?:\s+(?:in|à|from|depuis|en)\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)?"
_BYLINE = re.compile(rf"(?:By|BY|Par|PAR)\s+{_NAME}{_FROM}(?:\s*(?:,|and|et|&)\s*{_NAME}{_FROM})*"
                     r"\s*(?:\([^)]*\))?\s*(?:,[^.!?]*)?$")
# "Associated Press writers Jane Doe in Brussels and John Roe in London contributed to this
# report.", "Jane Doe contributed reporting from Nairobi."
_CONTRIBUTED = re.compile(r".*\bcontributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)\b"
                          r"[^.]*\.?$|.*\ba\s+contribué\s+à\s+cet\s+article\b", re.IGNORECASE)
# "Associated Press writer Jane Doe contributed from Washington.": the line ends on the place
# (case kept, so "contributed from the start to the slowdown" stays prose).
_CONTRIBUTED_FROM = re.compile(r".*\bcontributed\s+from\s+[A-ZÀ-Ý][\w'’.-]*"
                               r"(?:,?\s+[A-ZÀ-Ý][\w'’.-]*)*\s*\.?$")
# An agency's note on where its writer filed from: "Associated Press writer Jane Doe reported
# from Almaty, Kazakhstan.", "AP correspondent John Roe reported from Kyiv." A writer's word
# then a name opens the line, so prose ("Our reporter saw ...") is left alone.
_REPORTED_FROM = re.compile(rf"(?:{_AGENCY}\s+)?(?:staff\s+)?(?:writers?|correspondents?|reporters?|"
                            rf"journalists?)\s+{_NAME}(?:\s+and\s+{_NAME})?\s+"
                            r"(?:reported|wrote|filed)\s+(?:this\s+story\s+)?from\b[^.!?]*\.?$")
# The outlet signing its own rewrite of agency copy: "Le Monde avec AFP", "France 24 avec
# Reuters", "The Guardian with AP". A few capitalised words, then the agency, nothing else.
_OUTLET_WITH_AGENCY = re.compile(rf"(?:[A-ZÀ-Ý][\w'’.-]*|\d+)(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|\d+|de|du|des|la|le)){{0,3}}"
                                 rf"\s+(?:avec|with)\s+{_AGENCIES}\s*\.?$")
# A bare date as one part of a page's information line ("By Jane Doe · October 7, 2026 · 6
# min read"): furniture there, though a line of prose may start with a date.
_DATE_PART = re.compile(r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
                        r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
                        r"|\d{1,2}(?:er)?\s+[a-zéû]{3,9}\.?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*$",
                        re.IGNORECASE)
# A caption's credit at its end: "... on Tuesday. Image source, Getty Images".
# ... "(AP Photo/Mark Ellison)", "... © Théo Rouby / AFP".
# ... "Photograph: Karim Jaafar/AFP via Getty Images", "... le 19 novembre. JOE KLAMAR / AFP",
# "... (Photo Denis Charlet / AFP)", "... November 23, 2026. REUTERS/Eloisa Lopez".
_TRAILING_CREDIT = re.compile(r"\b(?:Image\s+source|Photo\s+credit|Crédit\s+photo|Photograph)"
                              r"\s*[,:]\s*[^\n]*$"
                              r"|(?<=[.!?] )[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+){0,3}\s*/\s*"
                              r"(?:AFP|AP|Reuters|EPA|Getty\s+Images|ANSA|dpa|Xinhua|Belga)"
                              r"(?:\s+via\s+[\w ]+)?\s*$"
                              r"|\((?:AP|AFP|Reuters|EPA|Getty)(?:\s+Images)?\s+Photo\b[^)\n]*\)\s*$"
                              # "(Photo Denis Charlet / AFP)", "(Photo : X/Reuters)"
                              r"|\((?:Photos?|Crédit|Credit)\b[^)\n]{0,60}/\s*"
                              r"(?:AFP|AP|Reuters|EPA|Getty\s+Images|ANSA|dpa|Xinhua|Belga)\s*\)\s*$"
                              # "... on November 23, 2026. REUTERS/Eloisa Lopez"
                              r"|(?<=[.!?] )(?:REUTERS|Reuters|AFP|AP|EPA|ANSA|XINHUA)\s*/\s*"
                              r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}\s*$"
                              # "... à Larantuka, le 8 juillet 2026. (AFP)": a caption's credit
                              r"|(?<=[.!?] )\((?:AFP|AP|Reuters|EPA|ANSA|dpa|Xinhua|Belga)\)\s*$"
                              r"|©[^\n]*$")
# Page furniture: "Publié le 12/03/2026 à 14h05, mis à jour à 16h20", "Updated March 3,
# 2026 at 4:20 p.m. ET", "Published 3 hours ago", "Temps de lecture : 4 min", "5 min read",
# "Publicité", "Advertisement". Their dates are the page's, not the events'.
_FURNITURE = re.compile(
    # "Tue 24 Nov 2026 11.42 GMT"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}\s+\d{1,2}[:.]\d{2}|"
    # accents optional: machine-translated pages lose them ("Publie le 09/04/2026 a 11:20")
    r"(?:(?:publi[ée]|mis\s+[àa]\s+jour|modifi[ée]|actualis[ée])\s+(?:le\s+(?:\d|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche)|[àa]\s+\d|il\s+y\s+a\b|\d)"
    # "November 14, 2025 1:52 PM GMT+5:30 Updated 3 hours ago"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\s+"
    r"\d{1,2}[:.]\d{2}"
    r"|(?:published|updated|posted|last\s+updated)\s*(?::|on\b|at\b|\d|"
    r"(?:an?|one|two|three|\d+)\s+(?:minutes?|hours?|days?)\s+ago\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    r"|temps\s+de\s+lecture\b|lecture\s*:?\s*\d+\s*min"
    r"|\d+\s*(?:-|\s)?min(?:ute)?s?\s+(?:read|(?:de\s+)?lecture)\b"
    r"|(?:publicité|advertisement|sponsored|contenu\s+sponsorisé)\s*$"
    r")",
    re.IGNORECASE)
MAX_FURNITURE_WORDS = 20
_LINE = re.compile(r"[^\n]+")
# A writer's note on the story's last line: "Hannah Mercer is diplomatic correspondent",
# "Jane Doe est correspondante à Kyiv"; or the writer's bare name as its signature.
_WRITER_NOTE = re.compile(rf"{_NAME}\s+(?:is|est)\s+(?:the\s+|a\s+|an\s+|notre\s+|la\s+|le\s+)?"
                          r"[\w\s'’-]{0,40}?\b(?:correspondent|correspondante?|editor|reporter|"
                          r"journaliste|rédact(?:eur|rice)|envoyée?\s+spéciale?)\b[^.!?]*\.?$")
_SIGNATURE = re.compile(rf"{_NAME}(?:\s*\([^)]*\))?(?:,[^.!?]*)?$")  # "Claire Vasseur (Vienne, envoyée spéciale)"


# Unicode space separators (category Zs) other than U+0020 (no-break, narrow no-break,
# thin, figure, en/em, ideographic), and curly single and double quotes. One character
# for one: offsets into the article's text stay right.
_PLAIN_FORMS = {**{c: " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                   "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"},
                "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}
_READ_AS_PLAIN = str.maketrans(_PLAIN_FORMS)


def text_for_parsing(text: str) -> str:
    """`text` with its cross-link, byline and credit lines replaced by spaces, its
    special spaces and curly quotes read as plain ones, and, when it is French that
    lost its accents, its accents put back (transforms/accents.py)."""
    if not text:
        return text
    return restore_accents(_without_signature(
        _LINE.sub(_blank_if_boilerplate, text.translate(_READ_AS_PLAIN))))


def as_written(parsed: str, original: str) -> str:
    """A piece of `text_for_parsing`'s output with the characters it read as plain forms
    put back from `original`, the same piece of the article's text ("l'OTAN" -> "l’OTAN"),
    and the accents it restored taken off again ("Téhéran" -> "Teheran" as written);
    blanked lines stay blank. `parsed` unchanged when the two do not line up."""
    if parsed == original or len(parsed) != len(original):
        return parsed
    return "".join(o if p != o and (_PLAIN_FORMS.get(o) == p or unaccented(p) == o) else p
                   for p, o in zip(parsed, original))


def _without_signature(text: str) -> str:
    """The last line blanked when it only signs the story: a writer's note or a bare name
    of two to four words ("Lucia Ferrand") after a paragraph of prose."""
    lines = list(_LINE.finditer(text))
    last = next((m for m in reversed(lines) if m.group(0).strip()), None)
    if last is None or len(lines) < 3:
        return text
    line = last.group(0).strip()
    if not (_WRITER_NOTE.match(line) or _SIGNATURE.match(line)
            and len(re.sub(r"\(.*?\)|,.*$", "", line).split()) <= 4):
        return text
    return text[:last.start()] + " " * len(last.group(0)) + text[last.end():]


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    # These lines start with a capital, a digit ("5 min read") or "(" ("(avec AFP)"); a
    # hard-wrapped line of prose that happens to begin "see also" or "by" does not.
    if not stripped or stripped[0].islower() or not any(ch.isalpha() for ch in stripped):
        return False
    parts = _PART_SEPARATOR.split(stripped)
    if len(parts) > 1 and all(is_boilerplate(part) or _DATE_PART.match(part) for part in parts) \
            and not all(_DATE_PART.match(part) for part in parts):
        return True
    words = len(stripped.split())
    if words <= MAX_BYLINE_WORDS and _STAFF_BYLINE.match(stripped):
        return True
    if words <= MAX_LINK_WORDS and _CROSS_LINK.match(stripped):
        return True
    if words <= MAX_LINK_WORDS and _NAMED_LINK.match(stripped) and (
            words <= MAX_BARE_LINK_WORDS or _LINK_SEPARATOR.match(stripped)):
        return True
    if words <= MAX_CREDIT_WORDS and (_CREDIT.match(stripped) or _AGENCY_LINE.match(stripped)):
        return True
    if words <= MAX_FURNITURE_WORDS and _FURNITURE.match(stripped):
        return True
    if words <= MAX_CREDIT_WORDS and (_CONTRIBUTED.match(stripped)
                                      or _CONTRIBUTED_FROM.match(stripped)
                                      or _REPORTED_FROM.match(stripped)):
        return True
    if words <= MAX_BYLINE_WORDS and _OUTLET_WITH_AGENCY.match(stripped):
        return True
    return words <= MAX_BYLINE_WORDS and _BYLINE.match(stripped) is not None


def _blank_if_boilerplate(match: re.Match) -> str:
    line = match.group(0)
    if is_boilerplate(line):
        return " " * len(line)
    return _TRAILING_CREDIT.sub(lambda credit: " " * len(credit.group(0)), line)
