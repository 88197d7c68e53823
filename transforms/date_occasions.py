"""The day of the occasion an undated sentence goes on with (eval/README.md, "Dates").

An event is dated when it happened, not when it was reported. A sentence with no date
of its own that goes on telling what the same actors did on an occasion the sentence
before it dated to a day takes that day: "The gunmen struck the prison on Thursday.
They overpowered the guards" (Thursday), "Le 9 avril, Rutte a rencontré Ishiba. Rutte a
également prononcé un discours" (9 April). Words that point back to such a day count
from it: "le lendemain", "the same day", "hours later", "le premier jour" of a visit
dated "du 8 au 9 avril".

What keeps the report day, because a reader could not tell it happened that day:
another actor's reaction ("The UN condemned the attack"), reported speech, the present,
the imperfect or the pluperfect (states and background), a future, and an occasion
dated only by a month, a year or a week.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from spacy.tokens import Span, Token

from transforms.datelines import dateline_spans
from transforms.dates import NUMBER_WORDS, day_date, resolve_date

# Words pointing back to the day last told, with the days they count from it.
_POINTING_BACK = {
    "fr": {"le lendemain": 1, "le surlendemain": 2, "la veille": -1, "le même jour": 0,
           "le meme jour": 0, "ce jour-là": 0, "ce jour-la": 0, "quelques heures plus tard": 0,
           "plus tard dans la journée": 0, "le premier jour": 0, "le deuxième jour": 1,
           "le second jour": 1, "aussitôt": 0, "dans la foulée": 0, "le soir même": 0,
           "le jour même": 0, "dans la soirée": 0, "dans la journée": 0,
           "en fin de journée": 0, "en fin d'après-midi": 0, "en fin d'apres-midi": 0,
           "en fin d'apres midi": 0, "le jour suivant": 1, "le jour précédent": -1,
           "le jour precedent": -1, "ce soir-là": 0, "cette nuit-là": 0, "ce matin-là": 0},
    "en": {"the next day": 1, "the following day": 1, "a day later": 1, "the day before": -1,
           "the previous day": -1, "the same day": 0, "that same day": 0, "that day": 0,
           "hours later": 0, "later that day": 0, "earlier that day": 0, "the first day": 0,
           "the second day": 1, "within hours": 0, "later in the day": 0, "that evening": 0,
           "shortly afterwards": 0, "a day earlier": -1, "the next morning": 1,
           "the following morning": 1, "that night": 0, "that morning": 0},
}
_POINTING_BACK_RX = {
    lang: re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
        for w in sorted(words, key=len, reverse=True))
        + r")(?![\w-])", re.IGNORECASE)
    for lang, words in _POINTING_BACK.items()}
# Counts from the day told: "two days later", "deux jours plus tard", "trois jours après,",
# "48 hours later", "une semaine plus tôt". Not "two days after the vote", which counts from
# the vote's day: a bare "après"/"avant" only before a comma.
_NUMBER = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
# "Two days after the attack, they shelled Sumy", "Trois jours après l'attaque, elles ont
# bombardé Soumy": a count from a definite event noun heading the sentence counts from the
# day last told, as "two days later" does (the noun takes up the occasion just told).
_AFTER_THE_NOUN = {"fr": r"(?:après|avant)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)[^\W\d_]+(?=\s*,)",
                   "en": r"(?:after|before)\s+the\s+[^\W\d_]+(?=\s*,)"}
_COUNTED_RX = {
    "fr": re.compile(rf"(?<![\w-])(\d{{1,2}}|{_NUMBER})\s+(jours?|semaines?|heures)\s+"
                     r"(plus\s+tard|plus\s+t[ôo]t|auparavant|après(?=\s*,)|avant(?=\s*,)|"
                     rf"{_AFTER_THE_NOUN['fr']})"
                     r"(?![\w-])", re.IGNORECASE),
    "en": re.compile(rf"(?<![\w-])(\d{{1,2}}|{_NUMBER})\s+(days?|weeks?|hours)\s+(later|earlier|"
                     rf"{_AFTER_THE_NOUN['en']})"
                     r"(?![\w-])", re.IGNORECASE)}


# "Speaking after the ceremony, X called on ...", "received the ambassador after the vote",
# "A l'issue de son audience avec M. Kiir, X a appelé ...": a gathering or a decision named
# with a definite article or a possessive, no date of its own, is the occasion the story
# opened with; the act told as following it closed that day. Only gatherings and decisions:
# "after the earthquake", "après la guerre" name background, not the story's occasion.
_OCCASION_NOUNS = {
    "en": r"ceremony|vote|signing|meeting|talks|summit|session|visit|audience|inauguration"
          r"|hearing|ruling|verdict|handover|funeral|parade",
    "fr": r"cérémonie|vote|signature|réunion|rencontre|entretiens?|sommet|séance|visite"
          r"|audience|inauguration|décision|verdict|passation|obsèques|défilé"}
_AFTER_THE_OCCASION = {
    "en": re.compile(r"(?<![\w-])(?:after|following|at\s+the\s+end\s+of|on\s+the\s+(?:sidelines|"
                     r"margins)\s+of)\s+(?:the|this|his|her|their|its)\s+(?:[^\W\d_]+\s+)?"
                     rf"(?:{_OCCASION_NOUNS['en']})(?![\w-])", re.IGNORECASE),
    # "après la réunion" takes the determiner itself; "à l'issue de la réunion", "au terme
    # du vote", "en marge du sommet" take "de" first.
    "fr": re.compile(r"(?<![\w-])(?:après\s+(?:la|le|les|des|l['’]|son|sa|ses|leur|leurs|cette|ce|cet)"
                     r"|(?:[àa]\s+l['’]\s*issue|au\s+terme|en\s+marge)\s*"
                     r"(?:de\s+(?:la|l['’]|son|sa|leur|cette|ce|cet)|du|des|d['’]))\s*"
                     rf"(?:{_OCCASION_NOUNS['fr']})(?![\w-])", re.IGNORECASE)}


def _after_the_occasion(clause: Token, words: str, lang: str,
                        published: date) -> date | None:
    """The day of the story's first occasion, for an act told as following a gathering or a
    decision named with no date of its own ("after the vote"), or None."""
    rx = _AFTER_THE_OCCASION[lang]
    if not (rx.search(words) or (not _describes(clause) and rx.search(clause.sent.text))):
        return None
    for sentence in clause.doc.sents:
        if sentence.start >= clause.sent.start:
            break
        lead = day_date(_told(sentence), lang, published, first_day=True)
        if lead is not None:
            return lead
    return None


def days_pointed_back(text: str, lang: str) -> int | None:
    """The days "the next day", "la veille", "two days later" in `text` count from the day
    last told, or None when it has no such words."""
    if lang not in _POINTING_BACK:
        return None
    pointing = _pointing_back(text, lang)
    return pointing[1] if pointing else None


def _pointing_back(text: str, lang: str) -> tuple[re.Match, int] | None:
    """The words in `text` that point back to the day last told, and the days they count."""
    fixed = _POINTING_BACK_RX[lang].search(text)
    counted = _COUNTED_RX[lang].search(text)
    if counted and (fixed is None or counted.start() < fixed.start()):
        count = int(counted.group(1)) if counted.group(1).isdigit() \
            else NUMBER_WORDS[counted.group(1).lower()]
        unit = counted.group(2).lower()
        days = count * 7 if unit.startswith(("sem", "week")) else \
            count // 24 if unit.startswith(("heure", "hour")) else count
        later = re.match(r"later|plus\s+tard|après|after", counted.group(3), re.IGNORECASE)
        return counted, days if later else -days
    if fixed:
        return fixed, _POINTING_BACK[lang].get(
            " ".join(fixed.group(0).lower().replace("’", "'").split()), 0)
    return None


# Sentences searched back for the day: the one before, or two before across one undated.
_LOOK_BACK = 2
_POINTING_LOOK_BACK = 4  # "hours later" may point across a short paragraph
# "it" for a body ("The army raided the camp on Tuesday. It arrested 20 suspects"); the
# demonstratives that take up the last name told ("Celle-ci a arrêté", "Ceux-ci").
_PERSONAL = {"il", "elle", "ils", "elles", "he", "she", "they", "it", "celui-ci", "celle-ci",
             "ceux-ci", "celles-ci"}
# "Ce dernier a rencontré Zelensky", "the latter met": the last name told goes on.
_LATTER = {"dernier", "dernière", "derniers", "dernières", "latter"}
# Verbs of saying: what they report was not necessarily done on their day, and the day they
# were said does not date it. One list for both uses (here and event_dates).
SAYING_VERBS = frozenset({
    "say", "tell", "claim", "announce", "report", "state", "declare", "confirm", "deny", "add",
    "insist", "warn", "dire", "déclarer", "affirmer", "assurer", "annoncer", "indiquer",
    "préciser", "confirmer", "démentir", "nier", "ajouter", "expliquer", "souligner", "estimer",
    "avertir", "rapporter", "revendiquer"})


def occasion_date(clause: Token, words: str, lang: str, published: date | None) -> date | None:
    """The day `clause` (an event's clause with no date of its own; `words` its text) takes
    from the occasion told just before it, or None."""
    if published is None or lang not in _POINTING_BACK:
        return None
    if reported(clause):
        return None  # "Within hours, the coast guard said it had expelled": the saying's time
    # "responded hours later by expelling": the words may sit on the verb the act hangs on,
    # not on a clause that only describes something ("a claim Manila dismissed")
    pointing = _pointing_back(words, lang) or (
        None if _describes(clause) else _pointing_back(clause.sent.text, lang))
    if pointing:
        # "le lendemain", "hours later": counted from the last day told, whoever acts; the
        # words themselves link back, so the day may sit a paragraph or two before (a
        # paragraph of background may come between: "signed on Monday. // The amount was not
        # disclosed. // X was received 'dans la foulée'").
        for sentence in _earlier_sentences(clause.sent, _POINTING_LOOK_BACK, paragraphs=3):
            day = day_date(_told(sentence), lang, published, first_day=True)
            if day is not None:
                return day + timedelta(days=pointing[1])
        return None
    if clause.pos_ in ("NOUN", "PROPN") and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "He announced sanctions on ...": the verb that tells the act
    if not narrative_past(clause, lang) or reported(clause):
        return None
    after = _after_the_occasion(clause, words, lang, published)
    if after is not None:
        return after
    aside = _aside_day(clause, lang, published)
    if aside is not None:
        return aside
    also = _also_day(clause, lang, published)
    if also is not None:
        return also
    for n, sentence in enumerate(_earlier_sentences(clause.sent)):
        day = day_date(_told(sentence), lang, published, first_day=True)
        if day is not None:
            return day if day != published and _same_actors(clause, sentence) else None
        if n + 1 >= _LOOK_BACK or resolve_date(_told(sentence), lang, published) is not None:
            return None  # an undated sentence may come between, not another date
    return None


def _also_day(verb: Token, lang: str, published: date) -> date | None:
    """An act told with "also" adds to the occasion last told with its day, a paragraph break
    between or not: "Canada and Finland signed the pact on Tuesday. // ... The two leaders
    also held talks", "La CEDEAO a donné samedi six mois à la junte. // L'organisation a aussi
    exigé la libération de ...". The doer is taken up from what was told (a common noun, a
    pronoun, a name already named there, or none): "The United States also froze ..." after
    Canada's sanctions is another actor's act, and keeps the report day."""
    if not any(_ALSO.fullmatch(t.text) and (t.head.i == verb.i or t.head in verb.ancestors)
               for t in verb.sent):
        return None  # not "also" of another clause: "X, who also chairs the council, said"
    told: list[Span] = []
    for sentence in _earlier_sentences(verb.sent, _ALSO_LOOK_BACK, paragraphs=2):
        told.append(sentence)
        day = day_date(_told(sentence), lang, published, first_day=True)
        if day is not None:
            return day if day != published and _taken_up(verb, told) else None
        if resolve_date(_told(sentence), lang, published) is not None:
            return None  # a sentence of another time comes between
    return None


def _taken_up(verb: Token, told: list[Span]) -> bool:
    """The verb's doer is no one new: none, a common noun or a pronoun, or a name the
    sentences `told` already hold."""
    subject = _subject(verb)
    if subject is None or not _a_name(subject):
        return True
    names = {t.text.lower() for sentence in told for t in sentence if _a_name(t)}
    return subject.text.lower() in names


def _a_name(token: Token) -> bool:
    """A proper name, by its tag or as part of a named entity (the French tagger makes
    "Etats-Unis" a common noun, the entity recogniser still finds the place)."""
    return token.pos_ == "PROPN" or bool(token.ent_type_)


def _told(sentence: Span) -> str:
    """The sentence's words but its dateline's ("JUBA, 18 août (AFP) - ... a rencontré lundi
    Salva Kiir"): the filing day is when the story was sent, no occasion a later sentence
    goes on with; the lead's own day is."""
    lines = [(a, b) for a, b in dateline_spans(sentence.doc)
             if a < sentence.end and b > sentence.start]
    if not lines:
        return sentence.text
    return " ".join(t.text for t in sentence
                    if not any(a <= t.i < b for a, b in lines))


def _earlier_sentences(sentence: Span, limit: int = _LOOK_BACK,
                       paragraphs: int = 1) -> list[Span]:
    """Up to `limit` sentences before `sentence` within `paragraphs` paragraphs (its own
    and those before it), nearest first."""
    doc, out = sentence.doc, []
    while sentence.start > 0 and len(out) < limit:
        previous = doc[sentence.start - 1].sent
        if _paragraph_break(previous, sentence):
            paragraphs -= 1
            if paragraphs == 0:
                break
        if previous.text.strip():
            out.append(previous)
        sentence = previous
    return out


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_.startswith("aux")]


def narrative_past(verb: Token, lang: str) -> bool:
    """A past that tells an act: "a rencontré", "rencontra", "met", "were killed"; not the
    present, imperfect, pluperfect, perfect ("has met") or future."""
    if verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head  # "They overpowered the guards and freed 200 inmates"
    auxes = _auxiliaries(verb)
    if lang == "fr":
        if "Part" in verb.morph.get("VerbForm"):
            return bool(auxes) and all("Pres" in a.morph.get("Tense") for a in auxes
                                       if a.lemma_ in ("avoir", "être")
                                       and "Fin" in a.morph.get("VerbForm"))
        return "Past" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm")
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and any(a.lower_ in ("was", "were") for a in auxes)


def _links_up(token: Token) -> Iterator[Token]:
    """`token` and each head above it but the root: their dependencies name the links."""
    while token.head.i != token.i:
        yield token
        token = token.head


def reported(verb: Token) -> bool:
    """The act is told inside what someone says ("said they had stormed the base"); not
    when the saying only tags the account at its end ("He spoke with Rahmon the same day,
    the presidency said", "Il a rencontré Kiir le lendemain, a indiqué la présidence"): the
    sentence tells the act, and names its source."""
    return any(node.dep_ in ("ccomp", "xcomp", "parataxis")
               and node.head.lemma_.lower() in SAYING_VERBS and not _tagged_after(node)
               for node in _links_up(verb))


def _tagged_after(reported: Token) -> bool:
    """The saying verb over `reported` comes after all its words, a source's tag."""
    return reported.head.i > reported.right_edge.i and reported.left_edge.i <= reported.sent.start + 1


def _describes(verb: Token) -> bool:
    """The clause hangs on a noun it describes (a relative clause or a participle)."""
    return any(node.dep_ in ("acl", "acl:relcl", "relcl") for node in _links_up(verb))


# Verbs of going to a place or meeting someone: an aside telling one of them dated to a day
# sets the scene of the act its subject then does. Not "qui a pris ses fonctions le 11 mars",
# "who was elected on 3 May": background about the subject, weeks before.
_SCENE_SETTING = frozenset({
    "rendre", "aller", "venir", "arriver", "visiter", "rencontrer", "entretenir", "recevoir",
    "réunir", "accueillir", "assister", "participer", "atterrir", "déplacer",
    "go", "come", "travel", "visit", "arrive", "meet", "fly", "attend", "receive", "host",
    "land", "tour", "join"})


def _aside_day(verb: Token, lang: str, published: date) -> date | None:
    """A relative clause on the subject that dates a visit or a meeting dates the act it
    leads to: "Le ministre, qui s'est rendu jeudi au poste de commandement, a salué les
    secours" (Thursday). A year or a month there is background ("élu en 2024"), and so is a
    day of anything but going or meeting ("qui a pris ses fonctions le 11 mars")."""
    subject = _subject(verb)
    if subject is None:
        return None
    for child in subject.children:
        if child.dep_ in ("acl:relcl", "relcl") and child.i > subject.i:
            words = " ".join(t.text for t in child.subtree)
            day = day_date(words, lang, published)
            if day is None or day == published:
                continue
            if child.lemma_.lower() in _SCENE_SETTING or day_date(
                    _own_words(child), lang, published) is None:
                # a going or a meeting; or a day the parse hung below the aside with the
                # sentence's own verb ("Burhane, qui a installé son gouvernement à Port-Soudan,
                # a promis lundi ...": promis <- installé)
                return day
    return None


def _own_words(clause: Token) -> str:
    """The words of `clause` but those of a clause listed after it or tacked on."""
    tacked = {t.i for c in clause.children if c.dep_ in ("conj", "parataxis") for t in c.subtree}
    return " ".join(t.text for t in clause.subtree if t.i not in tacked)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for a relative pronoun, the subject beside it ("avec qui elle a
    signé": elle) or else the noun it stands for ("Vautrin, who held talks": Vautrin)."""
    for node in (verb, verb.head if verb.dep_ == "conj" else None):
        if node is None:
            continue
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        plain = [c for c in subjects if "Rel" not in c.morph.get("PronType")
                 and c.tag_ not in ("WP", "WDT")]
        if plain:
            return plain[0]
        if subjects:
            return node.head if node.dep_ in ("relcl", "acl:relcl") and node.head.i != node.i \
                else subjects[0]
    return None


def _same_actors(verb: Token, before: Span) -> bool:
    """The clause's subject goes on with the dated sentence: a personal pronoun, or a name
    or noun that sentence holds ("Rutte", "the gunmen")."""
    subject = _subject(verb)
    if subject is None:
        return False
    if subject.lower_ in _LATTER and any(c.dep_ == "det" for c in subject.children):
        return True
    # the French tokenizer splits "Celui-ci" into "Celui", "-", "ci"
    around = subject.doc[max(subject.i - 2, 0): subject.i + 2].text.lower().replace(" ", "")
    if any(word in around for word in _PERSONAL if "-" in word):
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in _PERSONAL
    earlier = {t.lemma_.lower() for t in before if t.pos_ in ("PROPN", "NOUN")}
    return subject.pos_ in ("PROPN", "NOUN") and subject.lemma_.lower() in earlier


# Acts of one scene, told together: a march, the police charge, the arrests, the clashes.
_SCENE = {"ASSAULT", "COERCE", "PROTEST"}


def occasion_days(events: list, sentences: list[Span], lang: str,
                  published: date | None) -> None:
    """Give an undated event the day of an event told just before it in its paragraph when
    it goes on with it: one of its parties acts again ("China's coast guard fired water
    cannon at a Philippine boat on Tuesday. The boat was also rammed"), or both are acts of
    one scene ("Protesters marched on Tuesday. Police fired tear gas"). A sentence with any
    date of its own keeps it."""
    if published is None:
        return
    if sentences:
        _headline_days(events, sentences, published)
    told: dict[int, list] = {}
    for event in events:
        told.setdefault(event.sentence_index, []).append(event)
    for event in events:
        sentence = sentences[event.sentence_index]
        if event.event_date != published or resolve_date(sentence.text, lang, published) \
                or _told_by_a_speaker(sentence, event) or _pointing_back(sentence.text, lang):
            # words pointing back ("a week later") were counted in occasion_date: a report
            # day there is the day they counted to, past the report
            continue
        first = max(event.sentence_index - _LOOK_BACK, 0)
        across = False  # a paragraph's first sentence going on with the one before it
        for k in range(event.sentence_index - 1, first - 1, -1):
            if across:
                break  # across a paragraph, only the sentence that ended it
            if _paragraph_break(sentences[k], sentences[k + 1]):
                if k + 1 != event.sentence_index or not sentences[k].text.strip():
                    break
                across = True
            day = day_date(_told(sentences[k]), lang, published, first_day=True)
            if day is None:
                if resolve_date(_told(sentences[k]), lang, published) is not None:
                    break  # a sentence of another time comes between
                # a sentence dated by the occasion it goes on with passes its day on
                days = {other.event_date for other in told.get(k, [])} - {published}
                if len(days) != 1:
                    continue
                day = days.pop()
            if day != published and any(other.event_date == day and _goes_on(event, other, across)
                                        for other in told.get(k, [])):
                event.event_date = day
            break
    _also_days(events, sentences, lang, published)


# "also" says the act adds to one told before: "Britain on Wednesday imposed travel bans
# ... // ... Britain also froze the assets of five companies".
_ALSO = re.compile(r"(?<![\w-])(?:also|également|egalement|aussi)(?![\w-])", re.IGNORECASE)
_ALSO_LOOK_BACK = 4


def _also_days(events: list, sentences: list[Span], lang: str, published: date) -> None:
    """An undated act told with "also" by the actor of an act of the same kind told just
    before with its day (a paragraph break may come between) is one more act of that
    occasion and takes its day."""
    for event in events:
        if event.event_date != published or event.source is None \
                or event.sentence_index >= len(sentences):
            continue
        sentence = sentences[event.sentence_index]
        if not _ALSO.search(sentence.text) or resolve_date(sentence.text, lang, published):
            continue
        for earlier in reversed(events):
            if earlier.sentence_index >= event.sentence_index \
                    or earlier.sentence_index < event.sentence_index - _ALSO_LOOK_BACK:
                continue
            if earlier.event_type == event.event_type and earlier.source is not None \
                    and earlier.source.name == event.source.name \
                    and earlier.event_date not in (None, published) \
                    and earlier.event_date < published:
                event.event_date = earlier.event_date
                break


def _headline_days(events: list, sentences: list[Span], published: date) -> None:
    """An act a headline tells with no date ("L'UE adopte un 20e paquet de sanctions contre
    la Russie") is the one the story then tells with its day: the first later event of the
    same type by the same named actor lends it its date."""
    for event in events:
        if event.sentence_index != 0 or event.event_date != published or event.source is None \
                or not _headline(sentences[0]):
            continue
        for later in events:
            if later.sentence_index > 0 and later.event_type == event.event_type \
                    and later.source is not None and later.source.name == event.source.name:
                event.event_date = later.event_date
                break


def _headline(sentence: Span) -> bool:
    """A title line: the text's first line, a paragraph of its own with no closing stop."""
    text = sentence.text.strip()
    doc = sentence.doc
    after = doc.text[sentence.end_char:sentence.end_char + 3]
    return bool(text) and text[-1] not in ".!?»\"" and ("\n" in after or "\n" in sentence.text)


def _paragraph_break(before: Span, after: Span) -> bool:
    """A new paragraph starts between the two (the break may be a whitespace sentence)."""
    return "\n" in before.doc.text[before.end_char:after.start_char] or "\n" in before.text


def _told_by_a_speaker(sentence: Span, event) -> bool:
    """The act is what the sentence's speaker says ("It said militants had attacked")."""
    root = sentence.root
    if any(c.dep_ in ("ccomp", "parataxis") and _tagged_after(c) for c in root.children):
        return False  # "..., the presidency said": the account tagged with its source
    return root.lemma_.lower() in SAYING_VERBS and root.text not in event.verb.split()


# Auxiliaries are no verb of the act; the shorter ones ("was", "a", "ont") never pass the
# length filter of _told_again.
_AUXILIARY_WORDS = {"were", "have", "been", "sont", "avait", "avaient"}


def _told_again(event, earlier) -> bool:
    """The act the paragraph before ended on, told again with its details ("Iraq and Turkey
    signed a new agreement on Thursday. // The deal was signed in Ankara by the two
    ministers"): the same type, by the same verb."""
    def verbs(e) -> set[str]:
        words = {w.lower() for w in e.verb.split() if len(w) > 3}
        return words - _AUXILIARY_WORDS
    return event.event_type == earlier.event_type and bool(verbs(event) & verbs(earlier))


def _goes_on(event, earlier, across: bool = False) -> bool:
    """The same party acts again or undergoes the next act, or both acts are one scene's;
    another actor's answer to it ("The UN condemned the attack") is not. `across` a
    paragraph break, only the next act of the same scene goes on plainly (a march, then the
    police charge), by unnamed actors or the scene's own parties."""
    names = {a.name for a in (earlier.source, earlier.target) if a is not None}
    if across:  # not "Russian forces attacked Kharkiv on Tuesday. // Ukrainian drones struck"
        if _told_again(event, earlier):
            return True
        return event.event_type in _SCENE and earlier.event_type in _SCENE \
            and (event.source is None or event.source.name in names
                 # the police answering a march is that march's scene, whoever they are
                 or earlier.event_type == "PROTEST" and event.event_type in ("COERCE", "ASSAULT"))
    if event.source is not None:
        if event.source.name in names:
            return True
    elif event.target is not None and event.target.name in names:
        return True
    return event.event_type in _SCENE and earlier.event_type in _SCENE
