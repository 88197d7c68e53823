"""When a coded event happened: the date in the trigger's own clause, else the report day.

Split out of events.py: dating is a question of which words belong to the
trigger's clause, independent of who acted on whom.

Choices worth knowing:
- A date in a side clause ("après son veto en mars 2024", "X said on Monday
  that ...") does not date the verb; one in a non-event side clause may
  ("allowed trucks to enter Gaza on Tuesday"), never one of a conjunct or of
  another event's clause.
- A date that only qualifies a noun before it ("the November 2024 ceasefire",
  "le cessez-le-feu de novembre 2024") names that background event, not this one.
- A future verb takes the coming month/weekday; a date after publication names a
  plan, so the event is dated to the report day, as GDELT does.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from transforms.date_occasions import (SAYING_VERBS, days_pointed_back, narrative_past,
                                       occasion_date, reported)
from transforms.datelines import dateline_date_tokens, datelines
from transforms.dates import MONTH_NAMES, day_date, resolve_date
from transforms.event_triggers import saying_participle_host

# Children that open a clause of their own: their dates belong to their own verbs.
_SIDE_CLAUSE_DEPS = {"ccomp", "advcl", "acl", "acl:relcl", "relcl", "parataxis", "conj", "csubj",
                     "cc"}
_FUTURE_AUX = {"will", "shall", "aller"}
# Modifiers through which a date qualifies a noun rather than the verb.
_GENITIVE_CASES = {"de", "d'", "d’", "du", "des", "of", "'s", "’s"}
_NOUN_MODIFIER_DEPS = {"compound", "amod", "nmod", "nummod", "poss", "nmod:poss", "npadvmod"}
# A relative clause describes its noun ("a scheme that expired last year", "son bastion,
# dont ils ont achevé la conquête en octobre"): its date is never the verb's, even when
# the wider clause is searched.
_RELATIVE_DEPS = {"relcl", "acl:relcl"}


_WHERE = {"où", "where"}


# Weekdays machine translation glues onto the word before ("a arrêtémardi", "metTuesday").
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _unglued(text: str) -> str:
    lower = text.lower()
    if len(lower) < 9 or not lower.endswith(_WEEKDAYS):
        return text
    for day in _WEEKDAYS:
        if lower.endswith(day) and len(lower) > len(day) + 2:
            return f"{text[: -len(day)]} {text[-len(day):]}"
    return text


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def is_future(token: Token) -> bool:
    if "Fut" in token.morph.get("Tense"):
        return True
    return any(c.dep_.startswith("aux") and (_lemma(c) in _FUTURE_AUX or c.lower_ == "'ll")
               for c in token.children)


def _is_present(token: Token) -> bool:
    """A verb in the simple or progressive present ("is negotiating", "negotiates", "mène"),
    not a perfect ("has signed", "a signé"): it tells what goes on now."""
    auxes = [c for c in token.children if c.dep_.startswith("aux") and c.pos_ == "AUX"]
    if any(_lemma(a) in ("have", "avoir", "être") for a in auxes) \
            or any("Past" in a.morph.get("Tense") for a in auxes):
        return False
    if "Pres" in token.morph.get("Tense") and "Fin" in token.morph.get("VerbForm"):
        return True
    return "Prog" in token.morph.get("Aspect") \
        and any(_lemma(a) == "be" and "Pres" in a.morph.get("Tense") for a in auxes)


def _present_perfect(token: Token) -> bool:
    """An English present perfect ("has backed", "have agreed"): what holds now, not an act of
    the day a past verb before it names ("praised the deal in September, and the union has
    backed it"). French "a soutenu" is the narrative past and is not one."""
    return token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") for c in token.children)


def _qualifies_background_noun(node: Token, child: Token, trigger: Token,
                               event_nouns: frozenset[str]) -> bool:
    """True for the date of "the November 2024 ceasefire" / "le cessez-le-feu de novembre
    2024": a modifier of an event noun that is not the trigger itself."""
    if node is trigger or node.pos_ != "NOUN" or _lemma(node) not in event_nouns \
            or child.dep_ not in _NOUN_MODIFIER_DEPS:
        return False
    if _during(node) and _names_a_day(child):
        # "were killed in Tuesday's attack", "Lors de l'attaque de mardi, trois soldats ont été
        # tués": the act happened during that event, on its day
        return False
    # "en septembre 2021" or a trailing "last week" hung on a noun by the parser is still
    # adverbial: only a genitive or a bare modifier before the noun qualifies it.
    cases = {c.lower_ for c in child.children if c.dep_ == "case"}
    return bool(cases & _GENITIVE_CASES) if cases else child.i < node.i


# Prepositions that put an act inside an event ("killed in Tuesday's attack", "tués pendant
# l'attaque de mardi", "lors de la visite de mardi"), not after or about it.
_DURING = {"in", "during", "amid", "dans", "pendant", "durant", "lors"}
_ANY_DAY = date(2000, 1, 1)  # a publication day, only to ask whether an expression names a day


def _during(noun: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ in _DURING for c in noun.children) \
        or (noun.head.i != noun.i and noun.head.lower_ in _DURING)


def _names_a_day(modifier: Token) -> bool:
    words = " ".join(t.text for t in modifier.subtree)
    if modifier.i > 0 and modifier.doc[modifier.i - 1].lower_ in _GENITIVE_CASES:
        words = f"{modifier.doc[modifier.i - 1].text} {words}"
    return any(day_date(words, lang, _ANY_DAY) is not None for lang in ("en", "fr"))


def clause_text(token: Token, before: int | None = None,
                other_events: frozenset[int] | None = None,
                event_nouns: frozenset[str] = frozenset(), dateline: bool = False) -> str:
    """The words of `token`'s own clause, side clauses left out. With `other_events`, side
    clauses are kept except conjuncts and the clauses of other events. Modifiers of
    `event_nouns` other than `token` are left out too, and so is the date of a dateline
    the parser hung on the clause, unless `dateline`."""
    words: list[Token] = []
    # The filing day of a dateline the parser hung on the lead's verb ("BAGHDAD, Nov 21
    # (Reuters) - ... signed on Thursday"): the lead's own date dates the act; only a lead
    # without one takes the filing day (event_date's last resort, `dateline`).
    filed = dateline_date_tokens(token.doc)

    def walk(node: Token) -> None:
        if before is None or node.i < before:
            words.append(node)
        for child in node.children:
            if _qualifies_background_noun(node, child, token, event_nouns) \
                    or _perfect_infinitive(child) or _planned_act(node, child) \
                    or _accused_of_long_ago(node, child) \
                    or _subjects_aside(token, node, child, filed) \
                    or (_since(child) and (_in_aside(node, token, _comma_after(child))
                                           or _between_commas_after_a_noun(child, token)
                                           or _said_once_since(node, token))):
                continue
            if other_events is None:
                if child.dep_ not in _SIDE_CLAUSE_DEPS or _listed_with(node, child):
                    walk(child)
            elif child.dep_ not in ("conj", "cc", "parataxis") and child.dep_ not in _RELATIVE_DEPS \
                    and child.i not in other_events and not _since_clause(child):
                walk(child)

    walk(token)
    left_out = frozenset() if dateline else filed
    return _spaced_as_written([t for t in sorted(words, key=lambda t: t.i) if t.i not in left_out])


_NOMINAL = {"NOUN", "PROPN", "NUM"}
_CLAUSE_MARKERS = {"nsubj", "nsubj:pass", "nsubjpass", "cop", "aux", "aux:tense", "aux:pass",
                   "auxpass"}


def _listed_with(node: Token, child: Token) -> bool:
    """A noun or number listed after another inside the clause is part of the clause, not a
    clause of its own: "entre le 10 et le 12 novembre" (the month hangs on "12"), and the
    French parse often lists a trailing date with the object ("a attaqué Kharkiv l'année
    dernière", "... ce mardi")."""
    if child.dep_ == "cc":  # the "et" of such a listed word: "le 10 et le 12 novembre"
        # the English parse hangs the "and" on the first word ("on 17 and 18 November":
        # 17 <- and); dropping it read "17 18 November", the 18th
        if any(c.dep_ == "conj" and c.i > child.i and _listed_with(node, c)
               for c in node.children):
            return True
        child, node = node, node.head
    # The English parse also lists a noun with the verb whose object it goes with ("broke up
    # protests in Nairobi and more than a dozen other towns on Monday": towns <- broke): a
    # noun has no clause of its own, so its words are the verb's.
    return child.dep_ == "conj" and child.pos_ in _NOMINAL \
        and (node.pos_ in _NOMINAL or node.pos_ in ("VERB", "AUX") and child.pos_ != "NUM") \
        and not any(c.dep_ in _CLAUSE_MARKERS for c in child.children)


def _spaced_as_written(tokens: list[Token]) -> str:
    """The tokens' text, neighbours in the document spaced as the document spaces them and
    a space across any gap: "Oct. 3, 2024", "mid-October" and "avant-hier" stay whole for
    the date rules, where joining every token with a space gave "Oct. 3 , 2024" (the year
    lost) and "mid - October" (no date)."""
    parts: list[str] = []
    for k, t in enumerate(tokens):
        parts.append(_unglued(t.text))
        if k + 1 < len(tokens):
            parts.append((t.whitespace_ or "") if tokens[k + 1].i == t.i + 1 else " ")
    return "".join(parts)


def _subjects_aside(verb: Token, node: Token, child: Token, filed: frozenset[int]) -> bool:
    """A parenthesis set off by a comma inside the verb's subject tells about the subject,
    not when the act happened: "Le président Faye, élu en 2024, a défendu la procédure",
    "The minister, who took office in March, signed the deal". A dateline's date the parser
    hung there is no aside (`filed`), and neither is a present participle, which tells the
    act's own circumstances ("Mark Rutte, speaking in Brussels on Wednesday, welcomed")."""
    return node.head.i == verb.i and node.dep_.startswith("nsubj") and child.i > node.i \
        and _after_comma(child) and not _present_participle(child) \
        and not any(t.i in filed for t in child.subtree)


_SINCE = {"depuis", "since"}


def _since(child: Token) -> bool:
    """A "since" date in an aside about someone the clause names tells when a state began,
    not when the act happened: "accuse Riek Machar, assigné à résidence depuis mars 2025,
    d'être derrière ces milices", "met the mayor, in office since 2024," (`_in_aside`)."""
    return child.lower_ in _SINCE and child.dep_ == "prep" or any(
        c.dep_ in ("case", "mark") and c.lower_ in _SINCE for c in child.children)


# Acts of speech told once, in the simple past: a "since" beside them is the span of what
# they are about ("a critiqué l'abattage de 9 000 ours depuis avril", "condemned the
# detention of 40 activists since January"), whatever word the parse hangs it on.
_SPEECH_ACTS = frozenset({
    "criticise", "criticize", "condemn", "denounce", "accuse", "blame", "urge", "call",
    "demand", "ask", "welcome", "praise", "reject", "critiquer", "dénoncer", "condamner",
    "accuser", "fustiger", "appeler", "exhorter", "demander", "réclamer", "exiger", "saluer",
    "rejeter", "déplorer", "deplore"})


def _said_once_since(node: Token, verb: Token) -> bool:
    if node.i != verb.i or _lemma(verb) not in _SPEECH_ACTS:
        return False
    if verb.tag_ == "VBD":  # "criticised ... since April": no "has"
        return True
    # French passé composé: "a critiqué" (a present "avoir"/"être" and a past participle)
    return "Part" in verb.morph.get("VerbForm") and any(
        c.dep_ == "aux:tense" and "Pres" in c.morph.get("Tense") for c in verb.children)


def _between_commas_after_a_noun(child: Token, verb: Token) -> bool:
    """`child` sits between a comma that follows a noun and the next comma, and `verb` is not
    in there: an aside about that noun however the parse hangs it ("accuse le vice-président
    Riek Machar, assigné a résidence depuis mars 2025 et jugé pour trahison, d'être ...",
    where the unaccented "a" makes "résidence" a verb; "Les pêcheurs, détenus depuis décembre
    a la prison de Jaffna, ont été remis")."""
    doc, sentence = child.doc, child.sent
    opening = next((k for k in range(child.i - 1, sentence.start, -1) if doc[k].text == ","), None)
    if opening is None or doc[opening - 1].pos_ not in _NOMINAL:
        return False
    closing = next((k for k in range(child.i + 1, sentence.end) if doc[k].text == ","), None)
    if closing is None:
        # an aside may run to the sentence's end (or the parse may end the sentence inside
        # it) when it holds words of its own before the date ("Machar, assigné a résidence
        # depuis mars 2025."), not a bare ", depuis mars" tacked on the verb's words
        return verb.i < opening and child.left_edge.i - opening > 2
    return not opening < verb.i < closing


def _since_clause(child: Token) -> bool:
    """A clause opened by "since" / "depuis que" tells when a span began ("has carried out
    repeated attacks since Kenyan troops entered Somalia in 2011"): its date is its own verb's,
    never that of the verb telling the span."""
    return child.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in _SINCE for c in child.children)


_ASIDE_DEPS = {"appos", "acl", "amod", "nmod", "prep"}


def _in_aside(node: Token, verb: Token, closed: bool) -> bool:
    """`node` is inside a modifier of a noun set off by a comma, below `verb`: not "a
    attaqué la ville de Kharkiv depuis lundi", where the parse may hang the date on the
    object but no comma sets it aside. With `closed` (a comma closes the date), a phrase
    opened by a comma counts wherever the parse hangs it ("accused Malual, under house
    arrest since March 2025, of ...": "under" <- accused)."""
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in _ASIDE_DEPS and _after_comma(node) and (
                closed or node.head.pos_ in ("NOUN", "PROPN")):
            return True
        node = node.head
    return False


def _comma_after(node: Token) -> bool:
    """A comma closes `node`'s words (the parse may hang that comma on them)."""
    after = node.right_edge.i + 1
    return node.right_edge.text == "," or (after < len(node.doc) and node.doc[after].text == ",")


def _after_comma(clause: Token) -> bool:
    """The words of `clause` open after a comma (an aside, a participle tacked on)."""
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].text == ","


def _present_participle(verb: Token) -> bool:
    """"speaking", "killing"; "affirmant", "tuant" (the French tags have no VBG)."""
    return verb.tag_ == "VBG" or (
        "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"))


# Verbs of agreeing, deciding and promising: their infinitive is an act planned for later
# ("agreed to reconvene in June", "étaient convenus de se rencontrer à la mi-août").
_PLANNING = {"agree", "decide", "plan", "promise", "pledge", "vow", "threaten", "intend",
             "expect", "schedule", "convenir", "décider", "prévoir", "promettre", "engager",
             "menacer", "compter", "entendre", "projeter", "envisager"}
_INFINITIVE_MARKS = {"to", "de", "d'", "d’", "à"}


def _planned_act(node: Token, child: Token) -> bool:
    """An infinitive complement of a verb of agreeing, deciding or promising names the act
    it plans, and its date is that act's: "agreed to reconvene in June", "étaient convenus
    de se rencontrer à la mi-août" do not date the agreement."""
    return child.dep_ == "xcomp" and node.pos_ in ("VERB", "AUX") \
        and _lemma(node) in _PLANNING and "Inf" in child.morph.get("VerbForm") \
        and any(c.dep_ in ("aux", "mark") and c.lower_ in _INFINITIVE_MARKS and c.i < child.i
                for c in child.children) and not _perfect_auxiliary(child)


def _perfect_auxiliary(verb: Token) -> bool:
    """"avoir abattu", "to have downed": an infinitive told as done before its governing verb."""
    return any(c.dep_.startswith("aux") and c.lower_ in ("avoir", "have") for c in verb.children)


def _perfect_infinitive(child: Token) -> bool:
    """"a accusé l'Algérie d'avoir abattu un drone le 1er avril", "claimed to have downed":
    the reported act came before the verb that governs it, and its date is its own."""
    return child.dep_ == "xcomp" and _perfect_auxiliary(child)


_ACCUSING = {"accuse", "blame", "charge", "criticise", "criticize", "condemn", "fault"}


def _accused_of_long_ago(node: Token, child: Token) -> bool:
    """"accused Russia of mining the approaches to Odesa in 2022": what an accusation is
    about, dated with a year or a month, is the accused act's own past, not the day the
    accusation was made. A day there may be either ("accused Russia of shelling Kharkiv on
    Monday", said that day), so it is left to the clause."""
    if child.dep_ != "prep" or child.lower_ not in ("of", "for") \
            or _lemma(node) not in _ACCUSING:  # English parse labels
        return False
    words = _spaced_as_written(sorted(child.subtree, key=lambda t: t.i))
    return resolve_date(words, "en", _ANY_DAY) is not None \
        and day_date(words, "en", _ANY_DAY) is None


_WHEN = {"when", "lorsque", "lorsqu'", "lorsqu’", "quand"}


def _opening_words(clause: Token) -> list[Token]:
    """The conjunctions and adverbs that open a clause ("when", "lorsque", "after")."""
    return [c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i]


def _opened_by_when(clause: Token) -> bool:
    return any(c.lower_ in _WHEN for c in _opening_words(clause))


def _when_clause_date(clause: Token, lang: str, published: date | None, future: bool,
                      event_nouns: frozenset[str]) -> date | None:
    """A "when" clause tells something that happened at the time its head names: "a stand-off
    in 2012, when Philippine ships withdrew", "la crise a éclaté fin septembre, lorsque le
    gouvernement a pris le contrôle de Nexperia"."""
    if clause.head.i == clause.i or not _opened_by_when(clause):
        return None
    head = clause.head
    text = clause_text(head, event_nouns=event_nouns)
    if head.dep_ in ("pobj", "obl", "obl:mod", "nmod") and head.head.pos_ == "ADP":
        text = f"{head.head.text} {text}"  # "in 2012": the preposition makes the year a date
    elif head.pos_ not in ("VERB", "AUX", "NUM", "NOUN", "PROPN"):
        return None
    resolved = resolve_date(text, lang, published, prefer_future=future)
    if resolved is None and head.pos_ in ("VERB", "AUX"):
        # "ont été tués et quatre personnes blessées samedi lorsque ...": the day closing
        # the acts listed before the clause
        resolved = _trailing_conjunct_date(head, lang, published, future, event_nouns)
    return resolved


_ADJACENT_DAYS = set(_WEEKDAYS) | {"hier", "avant-hier", "yesterday"}


def _adjacent_day(clause: Token, lang: str, published: date | None) -> date | None:
    """A weekday right after the verb is the verb's ("a expulsé vendredi un journaliste",
    "ont tué mardi 400 personnes"), even where the French parser hangs it elsewhere (it
    often makes the weekday the root and the participle its modifier)."""
    if clause.i + 1 >= len(clause.doc):
        return None
    nxt = clause.doc[clause.i + 1]
    if nxt.lower_ not in _ADJACENT_DAYS:
        return None
    words = clause.doc[clause.i + 1: min(clause.i + 3, clause.sent.end)].text
    return resolve_date(words, lang, published)


_MISPARSED_REACH = 12


def _misparsed_verb_date(verb: Token, lang: str, published: date | None,
                         future: bool) -> date | None:
    """"Le secrétaire général de l'OTAN, Mark Rutte, visité le Japon le 8 au 9 avril": a
    verb the parser read as a noun has none of its words below it; the words after it, up
    to the next punctuation, are its clause."""
    if verb.pos_ in ("VERB", "AUX"):
        return None
    doc, end = verb.doc, verb.i + 1
    while end < min(verb.sent.end, verb.i + _MISPARSED_REACH) and not doc[end].is_punct:
        end += 1
    return resolve_date(doc[verb.i:end].text, lang, published, prefer_future=future)


def _participle_clause_date(clause: Token, lang: str, published: date | None, future: bool,
                            event_nouns: frozenset[str]) -> date | None:
    """A present participle hung on a verb tells what that act did, then: "struck the depot
    on Tuesday, killing three guards", "ont pris dimanche la base, obligeant les soldats à
    se retirer"."""
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:  # "obligeant ... à se retirer"
        clause = clause.head
    verb = clause.head
    if clause.dep_ == "acl" and clause.i > 0 and clause.doc[clause.i - 1].text == "," \
            and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "obj":
        # "ont attaqué la ville lundi, incendiant des maisons": the parser hangs the
        # participle after the comma on the object; it tells what the verb's act did.
        verb = verb.head
    elif clause.dep_ != "advcl":
        return None
    if verb.i == clause.i:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        # "a jugé mardi que la taxe est légale, rejetant": hung on an attribute
        return _reporting_verb_date(verb, lang, published, future, event_nouns) \
            if clause.dep_ == "advcl" and _present_participle(clause) \
            and _tells_a_state(verb) else None
    if not _present_participle(clause) or any(c.dep_ in ("mark", "nsubj", "nsubj:pass", "nsubjpass", "aux")
                                     or (c.dep_ == "advmod" and c.lower_ in _WHEN)
                                     for c in clause.children):
        return None
    resolved = resolve_date(clause_text(verb, event_nouns=event_nouns), lang, published,
                            prefer_future=future)
    if resolved is None and _shares_head_date(verb):
        # "stormed the school on Thursday and abducted 84 pupils, killing a guard": the
        # participle tells what the second act did, and that act shares the first's date
        resolved = resolve_date(clause_text(_verb_above(verb), before=verb.i,
                                            event_nouns=event_nouns),
                                lang, published, prefer_future=future)
    if resolved is None and _tells_a_state(verb):
        resolved = _reporting_verb_date(verb, lang, published, future, event_nouns)
    return resolved


def _reporting_verb_date(state: Token, lang: str, published: date | None, future: bool,
                         event_nouns: frozenset[str]) -> date | None:
    """The date of the verb that reports `state`: "ruled on Wednesday that the pact does not
    break the law, overturning a decision", "a jugé mardi que la taxe est légale, rejetant
    une requête". A state reported cannot act; the parse hangs on it the participle of the
    reporting verb, whose date it shares."""
    if state.dep_ != "ccomp" or state.head.i >= state.i or state.head.pos_ not in ("VERB", "AUX"):
        return None
    return resolve_date(clause_text(state.head, before=state.left_edge.i,
                                    event_nouns=event_nouns),
                        lang, published, prefer_future=future)


def _tells_a_state(verb: Token) -> bool:
    """A present that tells a state, with "do" in English ("does not break", "violates") or
    a copula ("est légale")."""
    return _is_present(verb) or any(
        c.dep_ in ("aux", "cop") and _lemma(c) in ("do", "be", "être")
        and "Pres" in c.morph.get("Tense") for c in verb.children)


def _verb_above(conj: Token) -> Token:
    """The verb a conjoined verb goes with. The French parse often hangs the second verb
    on the first one's object or on an infinitive of purpose ("a convoqué mercredi
    l'ambassadeur pour lui signifier ... et a exigé": exigé <- ambassadeur, or exigé <-
    signifier): the conjugated verb above is the one it is listed with."""
    head = conj.head
    while head.head.i != head.i and (head.pos_ not in ("VERB", "AUX") or (
            "Inf" in head.morph.get("VerbForm") and "Inf" not in conj.morph.get("VerbForm"))):
        head = head.head
    return head


# Speech acts a speaker goes on with after saying something: "said ... and called on",
# "a déclaré que ... et a appelé".
_SPEECH_ACTS = SAYING_VERBS | {
    "call", "urge", "accuse", "demand", "appeal", "condemn", "denounce", "welcome", "reject",
    "praise", "criticise", "criticize", "blame", "vow", "pledge", "promise", "ask", "dismiss",
    "appeler", "exhorter", "accuser", "exiger", "réclamer", "dénoncer", "condamner", "saluer",
    "rejeter", "demander", "promettre", "critiquer", "inviter"}


def _speaker_goes_on(conj: Token) -> bool:
    """A speech act with no subject of its own listed with the verb of what a speaker said:
    the parse hangs "called on" of "said that X was kept small and called on Y" on the
    reported verb, but it is the speaker who called."""
    head = conj.head
    return head.i != conj.i and _lemma(conj) in _SPEECH_ACTS and head.dep_ == "ccomp" \
        and head.head.i != head.i and _lemma(head.head) in SAYING_VERBS \
        and not any(c.dep_.startswith("nsubj") for c in conj.children) \
        and any(c.dep_.startswith("nsubj") for c in head.children)


def _shares_head_date(conj: Token) -> bool:
    """A conjoined verb that may share a date written before it: no subject of its own
    and the same tense as its head (not "signed in July and is negotiating")."""
    if conj.dep_ != "conj" or conj.head.i == conj.i \
            or any(c.dep_.startswith("nsubj") for c in conj.children):
        return False
    head = _verb_above(conj)
    return head.pos_ in ("VERB", "AUX") and not (_is_present(conj) and not _is_present(head)) \
        and not _since_then(conj)


def _gerund_date(clause: Token, lang: str, published: date | None, future: bool,
                 event_nouns: frozenset[str]) -> date | None:
    """A French gerund ("en accusant", "tout en appelant à") tells what its subject did while
    doing the act of the verb it goes with, so it happens then: "a déclaré jeudi que ..., tout
    en accusant Paris", "a salué la semaine dernière ... tout en appelant à acheter européen".
    The parse hangs it anywhere below that verb: the first verb above it, past infinitives
    and undated clauses, whose own clause names a date."""
    doc = clause.doc
    if lang != "fr" or not _present_participle(clause) or clause.i == 0 \
            or doc[clause.i - 1].lower_ != "en":
        return None
    node = clause
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and "Inf" not in node.morph.get("VerbForm"):
            resolved = resolve_date(clause_text(node, event_nouns=event_nouns), lang,
                                    published, prefer_future=future)
            if resolved is not None:
                return resolved
    return None


def _next_step_date(clause: Token, lang: str, published: date | None, future: bool,
                    event_nouns: frozenset[str]) -> date | None:
    """The act a subject went on to undergo or do right after its first one, told with
    "before" and no subject of its own, happens on the first one's day: "ont manifesté jeudi
    ..., avant d'être dispersées par la police", "marched on Tuesday before being dispersed",
    "ont fait sauter le portail avant d'ouvrir le feu"."""
    if any(c.dep_.startswith("nsubj") for c in clause.children):
        return None
    if lang == "fr":
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if clause.dep_ != "advcl" or "avant" not in marks or not marks & {"de", "d'", "d’"}:
            return None
        verb = clause.head
    else:
        before = clause.head if clause.dep_ == "pcomp" else next(
            (c for c in clause.children if c.dep_ == "mark"), None)
        if before is None or before.lower_ != "before" or clause.tag_ not in ("VBG", "VBN") \
                or (clause.tag_ == "VBN" and not any(c.tag_ == "VBG" for c in clause.children)):
            return None
        verb = before.head if clause.dep_ == "pcomp" else clause.head
    if verb.i == clause.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    return resolve_date(clause_text(verb, event_nouns=event_nouns), lang, published,
                        prefer_future=future)


_PURPOSE_MARKS = {"to", "pour", "afin"}


def _purpose(clause: Token) -> bool:
    """An infinitive of purpose: "travelled to Moscow on Monday to consult Putin", "s'est
    rendu lundi à Kiev pour rencontrer Zelensky": done on the trip's day."""
    return clause.dep_ == "advcl" and "Inf" in clause.morph.get("VerbForm") and any(
        c.dep_ in ("aux", "mark") and c.lower_ in _PURPOSE_MARKS and c.i < clause.i
        for c in clause.children)



def _governing_verb_date(clause: Token, lang: str, published: date | None, future: bool,
                         event_nouns: frozenset[str]) -> date | None:
    """An infinitive complement happens when the verb governing it says: "began last week to
    distribute rations", "a commencé dimanche à bombarder", "were forced on Monday to
    withdraw" (each verb up the chain of complements, nearest first); so does a gerund its
    subject ("fighting between the army and M23 continued on Sunday")."""
    while (clause.dep_ == "xcomp" or _purpose(clause)
           or (clause.dep_ in ("nsubj", "csubj") and clause.tag_ == "VBG")) \
            and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        if _lemma(clause.head) in SAYING_VERBS or _perfect_auxiliary(clause):
            # "a indiqué mercredi avoir convoqué le chargé d'affaires", "claimed on Monday to
            # have downed a drone": the day of the saying, or of a verb after the act, is not
            # the act's (eval/README.md, Dates).
            return None
        clause = clause.head
        resolved = resolve_date(clause_text(clause, event_nouns=event_nouns), lang, published,
                                prefer_future=future or is_future(clause))
        if resolved is not None:
            return resolved
    return None


_TRAILING_WORDS = 4  # "on Friday", "in September 2021", "le 3 mars 2025"


def _trailing_conjunct_date(clause: Token, lang: str, published: date | None, future: bool,
                            event_nouns: frozenset[str]) -> date | None:
    """Two acts of one subject with the date at the very end dates both: "closed its ports to
    Israeli ships and cut all trade with Israel on Friday", "a suspendu la Guinée et a exigé
    la libération de Condé en septembre 2021". A date inside the second act, not closing
    it, is that act's alone."""
    doc = clause.doc
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i \
                or (conj.pos_ not in ("VERB", "AUX") and _elided_passive(conj) is None) \
                or any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in conj.children):
            continue
        end = conj.right_edge.i
        while end > conj.i and doc[end].is_punct:
            end -= 1
        told = conj if conj.pos_ in ("VERB", "AUX") else _elided_passive(conj)
        own = resolve_date(clause_text(told, event_nouns=event_nouns), lang, published,
                           prefer_future=future)
        tail = doc[max(conj.i + 1, end + 1 - _TRAILING_WORDS): end + 1]
        if own is None or resolve_date(tail.text, lang, published, prefer_future=future) != own:
            continue
        # A bare month may name what the second act announces ("et annoncé une journée de
        # manifestation en décembre"): only a day of the past week or a year dates both.
        if any(t.like_num and len(t.text) == 4 for t in tail) \
                or (published is not None and published - timedelta(days=7) <= own):
            return own
    return None


def _elided_passive(conj: Token) -> Token | None:
    """The participle of a second passive told with its auxiliary left out, parsed as a
    noun and its participle: "Trois soldats ont été tués et quatre personnes blessées
    samedi" (personnes <- blessées), "Two gendarmes were killed and three civilians
    wounded on Saturday"; None when `conj` is no such noun."""
    if conj.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    return next((c for c in conj.children if c.dep_ in ("acl", "amod") and c.i > conj.i
                 and ("Part" in c.morph.get("VerbForm") or c.tag_ == "VBN")), None)


_AND = {"and", "et"}


def _first_clause_day(clause: Token, lang: str, published: date | None) -> date | None:
    """Two acts told in one sentence, joined by "and" / "et", the second with no date (with a
    subject of its own or not), happened on the day the first names: "La police a dispersé mardi le
    cortège, et M. Ndjana a été interpellé", "opened the line on Tuesday, and Kyrgyzstan signed
    a loan" (the gold reads most such pairs so; eval/README.md, open questions). The parse
    often hangs the second clause anywhere but as a conjunct (a complement, an adverbial), so
    the words are read as written. Not past a verb of saying (its day is the saying's), and
    only a day: a month or a year is no occasion."""
    if clause.pos_ not in ("VERB", "AUX") or not narrative_past(clause, lang) \
            or reported(clause):
        return None
    doc, sentence = clause.doc, clause.sent
    k = clause.i - 1
    while k > sentence.start and doc[k].lower_ not in _AND:
        if doc[k].pos_ == "VERB":
            return None  # a verb between: the "and" is not the one that opens this clause
        k -= 1
    if k <= sentence.start or any(_lemma(t) in SAYING_VERBS for t in doc[sentence.start:k]):
        return None
    filed = dateline_date_tokens(doc)
    # a relative clause tells its noun's background ("Kast, qui a pris ses fonctions le 11
    # mars, a appelé ... et a exclu"): its day is not the first act's
    before = _spaced_as_written([t for t in doc[sentence.start:k] if t.i not in filed and not any(
        a.dep_ in _RELATIVE_DEPS for a in (t, *t.ancestors))])
    return day_date(before, lang, published)


_OPENING_REACH = 5  # "Mardi,", "Lundi soir,", "On Tuesday,", "Dans la nuit de lundi,"


def _opening_day(clause: Token, lang: str, published: date | None) -> date | None:
    """A sentence that opens with its day and a comma ("Mardi, le ministre béninois et le
    Premier ministre nigérien ont signé le texte") dates its main act even where the parse
    breaks the sentence in two (the weekday made a root of its own, the act another), so
    that the verb's words never reach the day. Only a day, only a verb after the comma in
    the narrative past, not reported, not in a relative clause (a noun's background)."""
    if clause.pos_ not in ("VERB", "AUX") or not narrative_past(clause, lang) \
            or reported(clause) or any(a.dep_ in _RELATIVE_DEPS for a in (clause, *clause.ancestors)):
        return None
    doc, sentence = clause.doc, clause.sent
    filed = dateline_date_tokens(doc)
    words = [t for t in doc[sentence.start:min(sentence.end, sentence.start + _OPENING_REACH + 1)]
             if t.i not in filed]
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if not comma or words[comma].i > clause.i:
        return None
    opening = words[:comma]
    # only a day, nothing else: "After Monday's attack, Kyiv summoned" names an occasion
    if not all(t.lower_ in _OPENING_DAY_WORDS or t.like_num for t in opening if t.is_alpha):
        return None
    return day_date(_spaced_as_written(opening), lang, published)


_OPENING_DAY_WORDS = set(_WEEKDAYS) | MONTH_NAMES | {
    "hier", "avant-hier", "yesterday", "on", "le", "la", "dans", "de", "du", "ce", "cette",
    "soir", "matin", "midi", "après-midi", "nuit", "morning", "afternoon", "evening", "night",
    "late", "early", "this", "last", "dernier"}


def _lead_filing_day(clause: Token, lang: str, published: date | None) -> date | None:
    """The filing day of the dateline a lead opens with ("KIEV, 19 novembre (AFP) - Les forces
    russes ont attaqué Kharkiv"), for a lead with no date of its own: the French parse hangs
    the dateline on its city, not on the lead's verb, so clause_text(dateline=True) misses
    it. Only the sentence the dateline opens (or the one right after it) is its lead."""
    doc, sentence = clause.doc, clause.sent
    for line in datelines(doc):
        if line.date is None or line.end > clause.i:
            continue
        between = doc[line.end:sentence.start] if line.end <= sentence.start else doc[0:0]
        if sentence.start <= line.end or not any(t.is_alpha for t in between):
            # AFP writes the month cut short without its period ("PARIS, 19 nov 2026 (AFP)"),
            # which running text's rules leave alone ("sept" is also seven)
            words = _ABBREVIATED_MONTH.sub(r"\1.", doc[line.date[0]:line.date[1]].text)
            return resolve_date(words, lang, published)
    return None


_ABBREVIATED_MONTH = re.compile(r"\b(janv|févr|fév|avr|juil|sept|oct|nov|déc)\b(?!\.)",
                                re.IGNORECASE)


_ACTIVE_SUBJECTS = {"nsubj"}


def _subjects_participle_date(clause: Token, lang: str, published: date | None, future: bool,
                              event_nouns: frozenset[str]) -> date | None:
    """A present participle set off by a comma after the subject tells what the subject was
    doing when it acted: "Murkomen, visiting the scene on Monday, accused Al-Shabaab". Its
    date is the act's even when the participle is a trigger of its own (a visit), which the
    wider clause leaves out as another event's words."""
    for subject in clause.children:
        if not subject.dep_.startswith("nsubj"):
            continue
        for child in subject.children:
            if child.dep_ == "acl" and child.i > subject.i and _present_participle(child) \
                    and _after_comma(child):
                resolved = resolve_date(clause_text(child, event_nouns=event_nouns), lang,
                                        published, prefer_future=future)
                if resolved is not None:
                    return resolved
    return None


def _dated_subject_day(clause: Token, lang: str, published: date | None,
                       event_nouns: frozenset[str]) -> date | None:
    """An act whose subject is an event dated to a day happened that day: "Monday's attack on
    Kharkiv killed twelve people", "La frappe de lundi a tué douze civils" (the killing is
    the attack's). Only a day: "the November 2024 ceasefire collapsed" names a background
    event; and only an active verb ("Monday's vote was condemned" came after)."""
    for subject in clause.children:
        if subject.dep_ not in _ACTIVE_SUBJECTS or _lemma(subject) not in event_nouns:
            continue
        for child in subject.children:
            if child.dep_ in _NOUN_MODIFIER_DEPS and (child.i < subject.i or any(
                    c.dep_ == "case" and c.lower_ in _GENITIVE_CASES for c in child.children)):
                day = day_date(" ".join(t.text for t in child.subtree), lang, published)
                if day is not None:
                    return day
    return None


def _antecedents_day(clause: Token, lang: str, published: date | None,
                     event_nouns: frozenset[str]) -> date | None:
    """A relative clause telling what its noun did next, in the narrative past, happens on the
    day of the clause that noun takes part in: "signed the contract on Wednesday in the
    presence of Vautrin, who held talks with officials", "s'est entretenu lundi avec
    Georgieva, qui a salué des progrès". Only a day, only when the noun is the doer, and only
    a noun after the verb."""
    if clause.dep_ not in _RELATIVE_DEPS or clause.head.i == clause.i \
            or not narrative_past(clause, lang):
        return None
    if not any(c.dep_.startswith("nsubj") and ("Rel" in c.morph.get("PronType")
                                               or c.tag_ in ("WP", "WDT"))
               for c in clause.children):
        return None
    verb = clause.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or _lemma(verb) in SAYING_VERBS or clause.head.i < verb.i:
        # a relative clause on the subject tells the subject's background ("L'UA, qui a
        # également suspendu Bissau, a appelé lundi ..."): only a noun after the verb
        return None
    words = clause_text(verb, event_nouns=event_nouns)
    if resolve_date(words, lang, published) is not None:
        return day_date(words, lang, published)
    # the verb has no date of its own but goes on with an occasion ("a été reçu dans la
    # foulée par Erdogan, qui a salué ...")
    return occasion_date(verb, words, lang, published)


_SPEAKER_PRONOUNS = {"it", "he", "she", "they", "il", "elle", "ils", "elles"}


def _stance_day(clause: Token, lang: str, published: date | None,
                event_nouns: frozenset[str]) -> date | None:
    """A speaker's own stance, told as what they said, is taken when they say it: "Taiwan's
    foreign ministry said on Monday it firmly supports Palau", "a fait savoir mercredi qu'il
    jugeait inacceptable tout accord". Only a stance in the present or the imperfect, with a
    pronoun for the speaker as its subject; an act the speaker reports ("said its troops had
    killed 20 militants") keeps its own reading."""
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.i == clause.i or _lemma(saying) not in SAYING_VERBS:
        return None
    subject = next((c for c in clause.children if c.dep_.startswith("nsubj")), None)
    if subject is None or subject.lower_ not in _SPEAKER_PRONOUNS:
        return None
    tense = clause.morph.get("Tense")
    stance = (_is_present(clause) if lang == "en" else
              "Fin" in clause.morph.get("VerbForm") and ("Pres" in tense or "Imp" in tense))
    if not stance:
        return None
    return day_date(clause_text(saying, event_nouns=event_nouns), lang, published)


def planned_to_report_day(resolved: date | None, published: date | None) -> date | None:
    """An event can only be coded once it happened: a date well after publication
    ("se rendra à Téhéran en novembre", "talks next week") names a plan, so the event is
    dated to the day it was reported."""
    if resolved is None:
        return published
    if published is not None and resolved > published + timedelta(days=1):
        return published
    return resolved


def _since_then(clause: Token) -> bool:
    """The clause tells what happened after an earlier act ("vetoed it in May 2022, and
    Moscow has since deepened its ties"): "since" standing alone, not "since Monday"."""
    return any(c.dep_ == "advmod" and c.lower_ in _SINCE and not list(c.children)
               for c in clause.children)


def _same_moment_clause_date(clause: Token, lang: str, published: date | None, future: bool,
                             event_nouns: frozenset[str]) -> date | None:
    """A clause told as happening at the same moment dates its head: "were killed when
    Russian missiles hit Kharkiv on Thursday", "ont été tués lorsque ... ont frappé mardi",
    "When ... hit Kharkiv on Tuesday, twelve were killed";
    so does a gerund telling how it was done ("were killed by RSF shelling in El Fasher on
    Wednesday", the parse's gerund being the act's means)."""
    for child in clause.children:
        if child.dep_ != "advcl":
            continue
        if child.i < clause.i:
            # a leading "when" clause tells the same moment too: "When Russian missiles hit
            # Kharkiv on Tuesday, twelve civilians were killed"
            if _opened_by_when(child):
                resolved = resolve_date(clause_text(child, event_nouns=event_nouns), lang,
                                        published, prefer_future=future)
                if resolved is not None:
                    return resolved
            continue
        # A gerund opened by nothing, with no subject and no comma before it (", citing
        # ..." is an aside), tells the means.
        means = not _opening_words(child) and child.tag_ == "VBG" and not any(
            c.dep_.startswith("nsubj") for c in child.children) and not _after_comma(child)
        if _opened_by_when(child) or means:
            resolved = resolve_date(clause_text(child, event_nouns=event_nouns), lang,
                                    published, prefer_future=future)
            if resolved is not None:
                return resolved
    return None


def event_date(token: Token, nominal: bool, lang: str, published: date | None,
               other_events: frozenset[int] = frozenset(),
               event_nouns: frozenset[str] = frozenset()) -> date | None:
    """The date in the trigger's own clause; a conjoined verb shares a date written before
    it ("met Modi on Friday and offered ..."); otherwise the report date. `event_nouns` are
    the lemmas of nouns that name events of their own (their dates are theirs)."""
    clause = token
    if nominal:  # "l'attaque de mardi", else the clause of the verb it hangs on
        clause = token if resolve_date(clause_text(token), lang, published) else token.head
        if clause is not token and clause.lower_ in ("for", "pour") and \
                clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head  # "travelled to Seoul on Monday for talks": the trip's day
    future = is_future(clause)
    words = clause_text(clause, event_nouns=event_nouns)
    resolved = resolve_date(words, lang, published, prefer_future=future)
    if resolved is None:
        resolved = _when_clause_date(clause, lang, published, future, event_nouns)
    if resolved is None:
        resolved = _adjacent_day(clause, lang, published)
    if resolved is None and not nominal:
        resolved = _misparsed_verb_date(clause, lang, published, future)
    if resolved is None:
        resolved = _participle_clause_date(clause, lang, published, future, event_nouns)
    if resolved is None:
        resolved = _gerund_date(clause, lang, published, future, event_nouns)
    if resolved is None and not nominal:
        resolved = _next_step_date(clause, lang, published, future, event_nouns)
    if resolved is None:
        resolved = _governing_verb_date(clause, lang, published, future, event_nouns)
    if resolved is None and not nominal:
        resolved = _same_moment_clause_date(clause, lang, published, future, event_nouns)
    if resolved is None and not nominal:
        resolved = _subjects_participle_date(clause, lang, published, future, event_nouns)
    if resolved is None and not nominal:
        resolved = _dated_subject_day(clause, lang, published, event_nouns)
    if resolved is None and not nominal:
        resolved = _stance_day(clause, lang, published, event_nouns)
    # ... unless the conjunct tells the present and its head the past ("signed a deal in July
    # and is negotiating with X", "avait tenu en 2025 un dialogue, et l'UE mène depuis ...").
    if resolved is None and clause.dep_ == "conj" and _speaker_goes_on(clause):
        # "Lin Jian said on Tuesday that China's force was kept small and called on the
        # United States to cut": the call is the speaker's, on the day of the saying
        resolved = resolve_date(clause_text(clause.head.head, event_nouns=event_nouns), lang,
                                published, prefer_future=future)
        saying = clause.head.head
        host = saying_participle_host(saying)
        if resolved is None and host is not None:
            resolved = resolve_date(clause_text(host, before=saying.i, event_nouns=event_nouns),
                                    lang, published, prefer_future=future)
    if resolved is None and clause.dep_ == "conj" and clause.head.i != clause.i:
        if not (_is_present(clause) and not _is_present(clause.head)) \
                and not (_present_perfect(clause) and not _present_perfect(clause.head)) \
                and not _since_then(clause):
            resolved = resolve_date(clause_text(clause.head, before=clause.i,
                                                event_nouns=event_nouns),
                                    lang, published, prefer_future=future)
            # "phoned him on Saturday and the two men met in Auckland the next day"
            offset = days_pointed_back(words, lang) if resolved is not None else None
            if offset:
                resolved += timedelta(days=offset)
            link = clause.head
            while resolved is None and link.dep_ == "conj" and link.head.i < link.i \
                    and link.head.pos_ in ("VERB", "AUX") and not _since_then(link) \
                    and not (_is_present(clause) and not _is_present(link.head)):
                # "raided a unit on Monday, seized 40 guns and detained three men": the parse
                # may chain the third verb to the second; the list shares the first's day
                resolved = resolve_date(clause_text(link.head, before=link.i,
                                                    event_nouns=event_nouns),
                                        lang, published, prefer_future=future)
                link = link.head
        if resolved is None and clause.pos_ in ("VERB", "AUX") \
                and _verb_above(clause) is not clause.head and _shares_head_date(clause):
            # a verb the parser hung on the first verb's object or infinitive ("a convoqué
            # mercredi l'ambassadeur pour ... et a exigé"): listed with the verb above them
            resolved = resolve_date(clause_text(_verb_above(clause), before=clause.i,
                                                event_nouns=event_nouns),
                                    lang, published, prefer_future=future)
        if resolved is None:
            # "exploded on Monday, killing four soldiers and wounding 17": the participles
            # share the date of the act they tell.
            resolved = _participle_clause_date(clause.head, lang, published, future,
                                               event_nouns)
    if resolved is None and clause.dep_ == "parataxis" and clause.head.i < clause.i \
            and clause.head.pos_ in ("VERB", "AUX") and _lemma(clause.head) not in SAYING_VERBS:
        # "Mardi, les forces russes ont attaqué Kharkiv et l'Ukraine a frappé Belgorod": the
        # French parse often hangs the second clause as parataxis, not conj; a date heading
        # the sentence, before the first verb, dates both. A saying's parataxis is what it
        # reports ("a indiqué mardi : ...") and keeps its own time.
        resolved = resolve_date(clause_text(clause.head, before=clause.head.i,
                                            event_nouns=event_nouns),
                                lang, published, prefer_future=future)
    if resolved is None and clause.head.i < clause.i and clause.head.pos_ in ("VERB", "AUX") \
            and any(c.lower_ in _WHERE for c in clause.children):
        # "s'est rendu mardi à Kiev, où il a rencontré Zelensky": met there, that day.
        resolved = resolve_date(clause_text(clause.head, before=clause.i, event_nouns=event_nouns),
                                lang, published, prefer_future=future)
    if resolved is None:
        resolved = _trailing_conjunct_date(clause, lang, published, future, event_nouns)
    if resolved is None:
        resolved = resolve_date(clause_text(clause, other_events=other_events,
                                            event_nouns=event_nouns),
                                lang, published, prefer_future=future)
    if resolved is None and not nominal:
        resolved = _first_clause_day(clause, lang, published)
    if resolved is None and not nominal:
        resolved = _opening_day(clause, lang, published)
    # the filing day dates the lead's acts, not a state it tells in the present ("ruled on
    # Thursday that China's tariffs violate trade rules": the tariffs stand, undated)
    if resolved is None and not _is_present(clause):
        resolved = resolve_date(clause_text(clause, event_nouns=event_nouns, dateline=True),
                                lang, published, prefer_future=future)
    if resolved is None and not _is_present(clause):
        resolved = _lead_filing_day(clause, lang, published)
    if resolved is None and not nominal:
        resolved = _antecedents_day(clause, lang, published, event_nouns)
    if resolved is None:
        # no date of its own: the day of the occasion the sentence goes on with, if any
        resolved = occasion_date(clause, words, lang, published)
    return planned_to_report_day(resolved, published)
