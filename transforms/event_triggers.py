"""Finding event triggers in a sentence, and deciding which of them are coded.

A trigger is a verb, a verb + companion phrase ("mettre en garde", "pledged ...
aid") or a noun ("invasion") listed in the language's lexicon
(transforms/data/verbs_<lang>.json), which gives its PLOVER type and CAMEO root.

Choices worth knowing:
- Negation: a negated trigger maps to the lexicon's `negated` opposite when it
  has one ("n'a pas accepté", "did not agree" -> REJECT), otherwise it is dropped.
  A negated argument negates too ("No one was injured", "n'a envoyé aucun ministre").
- A trigger embedded under a governing trigger (threaten/reject/request/agree/
  accuse: "menace d'attaquer", "refused to withdraw") is not coded on its own;
  the governing verb is the event. Saying verbs are not triggers, so their
  embedded clause ("X a déclaré que Y attaquait Z") is coded as Y -> Z.
- French parses of machine-translated text: a participle tagged as a noun or
  adverb after its auxiliary ("a visité/NOUN le Japon") is still a verb.
- Nominal triggers are found only where no verb trigger already uses the noun as
  its companion or object ("signed an agreement" is one event).
- "helped shape", "a aidé à façonner": help as an auxiliary of another action is no AID.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from transforms.cameo import cameo_root_for
from transforms.event_inflections import infinitives_for, lexicon_heads, unaccented

_DATA = Path(__file__).parent / "data"

# Shared with event_parties.py and events.py: negation words and subject labels.
NEGATIONS = {"pas", "jamais", "plus", "aucunement", "not", "n't", "never", "no"}
SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubj:pass", "nsubjpass", "csubj:pass"}
_COMPLEMENT_MARKS = {"de", "d'", "d’", "à", "to"}
_DENYING_WORDS = {"nié", "nie", "nient", "niant", "nier", "démenti", "dément", "démentent",
                  "démentant", "démentir", "contesté", "conteste", "contestent"}
# Links from a governing trigger to a complement that it swallows.
_GOVERNED_DEPS = {"xcomp", "advcl", "acl", "ccomp", "pcomp", "obl", "obl:arg", "prep", "nmod",
                  "pobj"}


@dataclass(frozen=True)
class Code:
    event_type: str
    cameo_root: str


@dataclass
class Lexicon:
    verbs: dict[str, Code]
    phrases: dict[str, list[tuple[str, Code]]]  # head lemma -> [(companion lemma, code)]
    nouns: dict[str, Code]
    negated: dict[str, Code]
    weak: frozenset[str]
    governing: frozenset[str]
    # Nouns naming events of their own, whose dates are not the verb's: the trigger
    # nouns plus "dated_nouns" ("the November 2024 ceasefire").
    event_nouns: frozenset[str] = frozenset()
    lang: str = ""
    # Verbs whose type changes when a person is received ("welcome", "accueillir" -> CONSULT).
    hosting: dict[str, Code] = field(default_factory=dict)
    # One-word infinitives of verbs and phrase heads, for forms the lemmatizer missed.
    verb_heads: frozenset[str] = frozenset()


def _code(key: str) -> Code:
    event_type, root = key.split()
    return Code(event_type, cameo_root_for(event_type, root))


# Bare forms of lexicon nouns that are other French words: "la traite", "prêt"/"pret" ready.
_OTHER_WORDS = {"traite", "pret"}


@lru_cache(maxsize=4)
def load_lexicon(lang: str) -> Lexicon:
    raw = json.loads((_DATA / f"verbs_{lang}.json").read_text(encoding="utf-8"))
    verbs: dict[str, Code] = {}
    for key, lemmas in raw["verbs"].items():
        for lemma in lemmas:
            verbs.setdefault(lemma, _code(key))  # first listing wins on duplicates
    phrases: dict[str, list[tuple[str, Code]]] = {}
    for key, entries in raw["phrases"].items():
        for entry in entries:
            *head, companion = entry.split()
            # "se retirer"-style heads keep the reflexive out: it is matched as a companion.
            phrases.setdefault(head[-1], []).append((companion, _code(key)))
    nouns = {lemma: _code(key) for key, lemmas in raw["nouns"].items() for lemma in lemmas}
    # Machine translation drops accents ("le deploiement", "l'arrestation" is safe): the
    # bare form is looked up too, except where it is another word ("traite", "pret").
    nouns.update({bare: code for lemma, code in list(nouns.items())
                  if (bare := unaccented(lemma)) not in nouns and bare not in _OTHER_WORDS})
    negated = {lemma: _code(key) for lemma, key in raw["negated"].items()}
    return Lexicon(verbs, phrases, nouns, negated, frozenset(raw["weak"]),
                   frozenset(raw["governing"]),
                   frozenset(nouns) | frozenset(raw.get("dated_nouns", ())), lang,
                   {lemma: _code(key) for lemma, key in raw.get("hosting", {}).items()},
                   lexicon_heads(verbs, phrases))


@dataclass
class Trigger:
    token: Token
    code: Code
    lemma: str
    companion: Token | None = None
    nominal: bool = False


def lemma_of(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


# Children that open another clause: "called the measures regrettable and said Tokyo
# would press for an exemption" has no "call for" in it.
# (Not complements nor parataxis: the French parse often makes a companion noun a
# clause, "en état d'alerte/ccomp", "canons a/cop eau/parataxis".)
_OTHER_CLAUSE_DEPS = {"conj", "cc", "relcl", "acl:relcl"}


def _near_descendants(token: Token, depth: int = 2):
    frontier = [token]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children
                    if c.dep_ not in _OTHER_CLAUSE_DEPS or
                    (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX"))]  # "air and naval drills"
        yield from frontier


def is_reflexive(token: Token) -> bool:
    return any(lemma_of(c) in ("se", "s'", "s’") for c in token.children)


# French participle endings and the infinitive endings they come from ("visité" -> visiter).
_PARTICIPLE_ENDINGS = (("ées", ("er",)), ("és", ("er",)), ("ée", ("er",)), ("é", ("er",)),
                       ("ies", ("ir",)), ("is", ("ir", "re")), ("ie", ("ir",)), ("i", ("ir",)),
                       ("ues", ("re", "ir")), ("us", ("re", "ir")), ("ue", ("re", "ir")),
                       ("u", ("re", "ir")))
_ANY_PARTICIPLE_ENDING = tuple(ending for ending, _ in _PARTICIPLE_ENDINGS)
_PERFECT_AUXILIARIES = {"avoir", "être"}


# Short words machine translation glues onto the participle before them ("a arrêtémardi",
# "ont manifestéa Mitrovica", "ont été déployéesprès de"): weekdays, prepositions, articles.
_GLUED_TAILS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                "hier", "près", "dans", "contre", "avec", "sur", "vers", "par", "pour", "les",
                "des", "aux", "le", "la", "du", "au", "en", "à", "a")


def after_auxiliary(token: Token) -> bool:
    """Right after avoir/être/été, or after it and an adverb ("s'est par ailleurs opposé",
    "a aussi visité", "ont toutefois rejeté")."""
    doc = token.doc
    commas = 0
    for i in range(token.i - 1, max(token.i - 10, -1), -1):
        previous = doc[i]
        if lemma_of(previous) in _PERFECT_AUXILIARIES or previous.lower_ == "été":
            return commas in (0, 2)  # "avait, de son côté, de nouveau gelé", "a, lui, jugé"
        if previous.text == ",":
            commas += 1
            if commas > 2:
                return False
            continue
        adverbial = previous.pos_ in ("ADV", "ADP", "DET") or previous.lower_ in _ADVERBIAL_NOUNS \
            or previous.lower_ in _INSERTED_WORDS
        if not adverbial or previous.is_punct or (commas == 0 and i < token.i - 4):
            return False
    return False


# What wire copy sets between commas inside a verb group: "a, lui, jugé", "avait, de son
# côté, gelé", "ont, elles, rejeté", "a, selon lui, violé".
_INSERTED_WORDS = {"lui", "elle", "eux", "elles", "son", "sa", "leur", "nouveau", "selon",
                   "quant", "aussi"}


# Nouns of the adverbial phrases wire copy puts inside a verb group: "de leur côté",
# "par le passé", "pour sa part", "par la suite".
_ADVERBIAL_NOUNS = {"côté", "coté", "passé", "part", "suite", "ailleurs", "outre"}


def _participle_ending(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The participle ending of `text` and the infinitive endings it comes from."""
    if not text.endswith(_ANY_PARTICIPLE_ENDING):  # one test rules out most words
        return None
    for ending, infinitives in _PARTICIPLE_ENDINGS:
        if text.endswith(ending) and len(text) > len(ending) + 2:
            return ending, infinitives
    return None


def _participle_infinitives(text: str, lex: Lexicon) -> list[str]:
    found_ending = _participle_ending(text)
    if found_ending is None:
        return []
    ending, infinitives = found_ending
    stem = text[: -len(ending)]
    found = [stem + inf for inf in infinitives
             if stem + inf in lex.verbs or stem + inf in lex.phrases]
    return found or infinitives_for(text, text, lex.verb_heads)


def glued_participle(token: Token, lex: Lexicon) -> list[str]:
    """Infinitives of a French past participle glued to the next word after its auxiliary
    ("a arrêtémardi" -> arrêter), a machine-translation habit the lexicon cannot see."""
    text = token.lower_
    if lex.lang != "fr" or len(text) < 6 or not text.endswith(_GLUED_TAILS) or \
            not token.is_lower or not after_auxiliary(token) or \
            lemma_of(token) in lex.verbs or lemma_of(token) in lex.phrases:
        return []
    for tail in _GLUED_TAILS:
        if text.endswith(tail) and len(text) > len(tail) + 3:
            infinitives = _participle_infinitives(text[: -len(tail)], lex)
            if infinitives:
                return infinitives
    return []


def _mistagged_participle(token: Token, lex: Lexicon) -> list[str]:
    """Infinitives of a French past participle the tagger read as a noun or adverb after its
    auxiliary ("a visité/NOUN le Japon", "a expulsé/ADV"), common in machine-translated text."""
    if token.pos_ not in ("NOUN", "ADV", "ADJ", "PROPN") or token.i == 0 or not token.is_lower:
        return []
    # The ending first: looking back for an auxiliary costs more, and few words qualify.
    if _participle_ending(token.lower_) is None or not after_auxiliary(token):
        return []
    return _participle_infinitives(token.lower_, lex)


def _unaccented_participle(token: Token, lex: Lexicon) -> list[str]:
    """"La Commission a denonce/NOUN une mesure", "ont rejete": machine translation dropped the
    accent of an -er participle right after its auxiliary, and the tagger read a noun. Only
    right after the auxiliary (adverbs between) and with no determiner of its own: "il y a
    une menace" stays a noun."""
    text = token.lower_
    if lex.lang != "fr" or token.pos_ not in ("NOUN", "ADV", "ADJ") or token.i == 0 or \
            not token.is_lower or len(text) < 5 or not text.endswith(("e", "es")):
        return []
    if any(c.dep_ == "det" for c in token.children):
        return []
    doc = token.doc
    for i in range(token.i - 1, max(token.i - 5, -1), -1):
        previous = doc[i]
        if lemma_of(previous) in _PERFECT_AUXILIARIES or previous.lower_ in ("a", "ont", "avait",
                                                                              "avaient"):
            break
        if previous.pos_ != "ADV" and previous.lower_ not in _ADVERBIAL_NOUNS | {"de",
                                                                                 "nouveau"}:
            return []
    else:
        return []
    base = text[:-1] if text.endswith(("ees", "es")) else text
    base = base[:-1] if base.endswith("ee") else base
    return [v for v in infinitives_for(base, base, lex.verb_heads) if v.endswith("er")]


def _mistagged_gerund(token: Token, lex: Lexicon) -> list[str]:
    """"La Chine a riposté en imposant/NOUN des droits de douane": a gerund, the means of the
    act before it, that the tagger read as a noun or adjective after "en"."""
    if token.pos_ not in ("NOUN", "ADJ", "PROPN", "ADV") or token.i == 0 or \
            not token.lower_.endswith("ant") or token.doc[token.i - 1].lower_ != "en":
        return []
    return _unlemmatized_verb(token, lex)


def _auxless_participle(token: Token, lex: Lexicon) -> list[str]:
    """"Andrius Kubilius, visité la Corée du Sud du 13 au 15 avril": machine translation
    dropped the auxiliary between the subject's apposition and the participle. A participle
    right after a comma with a named object after it ("la Corée", "le Japon") is the verb;
    an apposition ("les otages, libérés la veille") names no one after it."""
    doc = token.doc
    if token.i == 0 or token.i + 2 >= len(doc) or doc[token.i - 1].text != "," or \
            not token.is_lower or token.pos_ == "VERB" and token.dep_ not in ("amod", "acl"):
        return []
    determiner, name = doc[token.i + 1], doc[token.i + 2]
    if determiner.pos_ != "DET" or not name.is_title or after_auxiliary(token):
        return []
    return _participle_infinitives(token.lower_, lex) if _participle_ending(token.lower_) \
        else []


def _unlemmatized_verb(token: Token, lex: Lexicon) -> list[str]:
    """Lexicon infinitives of a French verb form the lemmatizer kept as is or read without
    its accents ("réclame" -> réclame, "a denoncé" -> denoncer): see event_inflections.py."""
    if lex.lang != "fr" or not token.is_alpha or len(token.text) < 4:
        return []
    return infinitives_for(token.lower_, lemma_of(token), lex.verb_heads)


def _mistagged_finite_verb(token: Token, lex: Lexicon) -> list[str]:
    """"Kigali dément tout soutien", "ce que Téhéran dément": a present-tense verb right after
    a proper-noun subject that the tagger read as an adjective, adverb or noun ("dément" is
    also "insane"). Lower-case and in the inflection index only, so names stay out."""
    # A lower-case word tagged PROPN is a tagging error too: headlines such as "Israël
    # frappe/PROPN le Liban", "La Russie frappe/PROPN Kiev".
    if token.pos_ not in ("ADV", "ADJ", "NOUN", "PROPN") or token.i == 0 or \
            not token.is_lower:
        return []
    # A noun only when an object follows ("L'OMS achemine 2.000 doses", "Kigali accuse
    # Kinshasa"): "l'ONU aide humanitaire" stays a noun phrase. Tested before the parse
    # below, which costs more.
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.pos_ in ("NOUN", "PROPN") and (following is None or
                                            following.pos_ not in ("DET", "NUM", "PROPN")):
        return []
    before = token.doc[token.i - 1]
    # "Israël/NOUN frappe": a capitalised name the tagger read as a common noun.
    # "ce que Moscou/NOUN dément": a capital right after the relative "que" too.
    named_before = before.pos_ == "PROPN" or before.pos_ == "NOUN" and before.is_title and \
        (before.i == before.sent.start or before.nbor(-1).pos_ == "DET"
         or before.nbor(-1).lower_ in ("que", "qu'", "qu’"))
    if not named_before and not _parsed_as_predicate(token):
        return []
    return _unlemmatized_verb(token, lex)


def _parsed_as_predicate(token: Token) -> bool:
    """"Les agriculteurs dénoncent/ADV la réforme", "restent confrontés ..., et réclament/ADV
    des commandes": the tagger missed a plural present, but the parser still hung a subject on
    it, or joined it to a verb with an object after it. Not a copula's adjective ("est
    dément")."""
    if any(c.dep_ == "cop" for c in token.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in token.children):
        return True
    if any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") and c.i == token.i + 1
           for c in token.children):
        return True  # "Le gouvernement rwandais dément/ADV soutenir le M23": it governs a verb
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and \
        following is not None and following.pos_ in ("DET", "NUM", "PROPN")


_WINDOW = 6
_WINDOW_STOPS = {"VERB", "AUX", "CCONJ", "SCONJ"}


def _words_after(token: Token):
    """The few words after a verb, up to the next clause: where its object is when the parse
    broke ("a expulsé/ADV douze diplomates", "ont lancé le 10 mars leurs manœuvres"). By
    position, not by the parser's sentences: a broken parse also cuts sentences wrongly."""
    doc = token.doc
    for word in doc[token.i + 1: min(token.i + 1 + _WINDOW, len(doc))]:
        if word.is_punct or (word.pos_ in _WINDOW_STOPS and not word.like_num):
            return
        yield word


# "called his counterparts on Tuesday", "met with them for hours": a preposition that only
# dates or times the act is no companion of a phrasal verb ("call on" is a request, the
# call itself a consultation).
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "morning", "evening",
               "afternoon", "night", "weekend", "day", "days", "hours", "hour", "week",
               "weeks", "minutes", "occasion", "behalf"}


def _timing_preposition(word: Token) -> bool:
    # ("the mandate given by the Assembly in 2022" is no "give in")
    if word.pos_ != "ADP" or word.lower_ not in ("on", "for", "with", "in"):
        return False
    objects = [c for c in word.children if c.dep_ in ("pobj", "obj")]
    return bool(objects) and all(o.lower_ in _TIME_WORDS or o.ent_type_ in ("DATE", "TIME")
                                 for o in objects)


def _is_companion(word: Token, companion_lemma: str) -> bool:
    return lemma_of(word) == companion_lemma or word.text.lower() == companion_lemma


_NOUN_CLAUSE_DEPS = {"acl", "relcl", "acl:relcl"}
_MEASURE_TYPES = {"SANCTION", "COERCE"}


def _verb_trigger(token: Token, lex: Lexicon, lemmas: list[str] | None = None) -> Trigger | None:
    lemma = lemma_of(token)
    if lex.lang == "fr" and lemma == "prendre" and is_reflexive(token) and \
            any(c.lower_ == "en" and c.pos_ == "PRON" for c in token.children) and \
            "accuser" in lex.verbs:
        # "s'en est pris au Canada", "s'en prend à la presse": an attack in words, the
        # French of "lashed out at" (the "en" sets it apart from "se prendre", "prendre en").
        return Trigger(token, lex.verbs["accuser"], "s'en prendre")
    candidates = lemmas or [lemma, token.text.lower()]
    # (word, lemma, lower-case text) of the words below the verb, read once for all of its
    # phrases: "lancer", "mener" or "launch" head more than a dozen each.
    near: list[tuple[Token, str, str]] | None = None
    for head in candidates:
        for companion_lemma, code in lex.phrases.get(head, ()):
            if near is None:
                # Depth 3 reaches "pledged 3 billion euros in military aid".
                near = [(desc, lemma_of(desc), desc.text.lower())
                        for desc in _near_descendants(token, depth=3)]
            for desc, desc_lemma, desc_lower in near:
                if companion_lemma in (desc_lemma, desc_lower) and \
                        not _timing_preposition(desc):
                    return Trigger(token, code, f"{head} {companion_lemma}", desc)
    entries = [(head, entry) for head in candidates for entry in lex.phrases.get(head, ())]
    # "the levy Washington imposed", "les droits de douane imposés par Washington": a measure
    # named with who imposed it, in a clause on its own companion noun. Only measures: "après
    # des semaines de grève menée par la CGT" is the background of another event.
    if entries and token.dep_ in _NOUN_CLAUSE_DEPS and token.head.i != token.i:
        for head, (companion_lemma, code) in entries:
            if code.event_type in _MEASURE_TYPES and _is_companion(token.head, companion_lemma):
                return Trigger(token, code, f"{head} {companion_lemma}", token.head)
    if entries:
        window: dict[str, Token] = {}
        for word in _words_after(token):
            if _timing_preposition(word):
                continue
            window.setdefault(lemma_of(word), word)
            window.setdefault(word.lower_, word)
        for head, (companion_lemma, code) in entries:
            if companion_lemma in window:
                return Trigger(token, code, f"{head} {companion_lemma}", window[companion_lemma])
    for head in candidates:
        if f"se {head}" in lex.verbs and is_reflexive(token):
            return Trigger(token, lex.verbs[f"se {head}"], f"se {head}")
        if head in _HOSTING and _hosts_a_thing(token):
            return None
        if head in _ORDERING and not _orders_someone_to_act(token):
            # "ordered the deployment of 1,500 troops", "a ordonné l'arrestation": the
            # measure ordered is the event (its noun), no one was asked anything.
            return None
        if head in lex.verbs:
            return Trigger(token, lex.verbs[head], head)
    return None


# "Nauru still hosts an Australian-funded processing centre", "hosts 1.5 million refugees",
# "hosted the World Cup": what is hosted is no meeting and no visitor, so no consultation.
_HOSTING = {"host"}
_HOSTED_MEETINGS = {"talk", "talks", "summit", "meeting", "conference", "visit", "visitor",
                    "delegation", "leader", "minister", "counterpart", "president", "envoy",
                    "negotiation", "negotiations", "dinner", "ceremony", "round", "forum",
                    "session", "dialogue", "consultation", "official", "chancellor", "king",
                    "prime", "secretary", "premier", "emir", "crown", "delegate", "head",
                    "negotiator", "mediator"}


def _hosts_a_thing(verb: Token) -> bool:
    """A common noun as what is hosted, and no meeting, visitor or named person among its
    words ("hosts the Houthis' chief negotiator, Mohammed Abdulsalam" is a visitor)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and all(
        o.pos_ == "NOUN" and not ({lemma_of(t) for t in o.subtree} & _HOSTED_MEETINGS
                                  or {t.lower_ for t in o.subtree} & _HOSTED_MEETINGS
                                  or any(t.ent_type_ in ("PERSON", "PER") for t in o.subtree))
        for o in objects)


# "ordered the foreign ministry to file a protest", "a ordonné à l'armée de traquer les
# évadés": an order to someone to act is a request (the ordered act is governed by it).
_ORDERING = {"order", "ordonner"}


def _orders_someone_to_act(verb: Token) -> bool:
    """An order with an infinitive saying what is to be done ("to file", "de traquer") and
    someone it is given to, as its object or its "à" phrase."""
    infinitive = any("Inf" in c.morph.get("VerbForm") and c.dep_ in ("xcomp", "ccomp", "advcl")
                     and any(m.lower_ in ("to", "de", "d'", "d’") for m in c.children)
                     for c in verb.children)
    # ("ordered Ankara to pay" may hang Ankara as the infinitive's subject.)
    addressee = any(c.dep_ in ("dobj", "obj", "iobj", "obl:arg") for c in verb.children) or \
        any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "nsubj" for g in c.children)
            for c in verb.children)
    return infinitive and addressee


# Verb forms frozen into prepositions: "étant donné les contraintes" (given), "vu la
# situation" (considering). Never an act.
_FROZEN = {("étant", "donné"), ("étant", "donnés"), ("étant", "donnée"),
           ("étant", "données")}


def answering(token: Token) -> bool:
    """The verb of ", a charge Caracas rejects": a summing noun and a name right before."""
    doc = token.doc
    return token.i >= 3 and doc[token.i - 1].pos_ == "PROPN" and \
        any(doc[i].lower_ in _ANSWERED_NOUNS for i in range(token.i - 3, token.i - 1))


def _answer_read_as_noun(token: Token, lex: Lexicon) -> Trigger | None:
    """", a charge Caracas rejects": the verb closing the wire's answer read as a plural
    noun after the name of whoever answers."""
    if lex.lang != "en" or token.tag_ != "NNS" or not token.lower_.endswith("s") or \
            not answering(token):
        return None
    trigger = _verb_trigger(token, lex, [token.lower_[:-1], token.lower_[:-2]])
    return trigger if trigger is not None and trigger.code.event_type == "REJECT" else None


def _adjectival(token: Token) -> bool:
    """A participle used as a plain adjective of a noun: "1,550 deployed warheads" (before
    the noun, nothing of its own), "un travail « sérieux et exigeant »" (listed with an
    adjective). It describes the thing; nobody acts."""
    head = token.head
    present_participle = "Part" in token.morph.get("VerbForm") and \
        "Pres" in token.morph.get("Tense")
    if token.dep_ == "conj" and head.pos_ == "ADJ" and head.i < token.i and present_participle:
        return True  # "« sérieux et exigeant »" parsed with the participle on the adjective
    if head.i == token.i or head.pos_ != "NOUN" or any(
            c.dep_ not in ("advmod", "punct", "cc") for c in token.children):
        return False
    if token.dep_ == "amod" and token.i < head.i:
        return True
    return token.dep_ == "conj" and present_participle and any(
        c.dep_ == "amod" and c.pos_ == "ADJ" and head.i < c.i < token.i for c in head.children)


# Verbs that say what a body is made of: "le bloc formé par le Brésil et l'Argentine", "le
# gouvernement de Nawaf Salam, formé il y a un an", "the coalition formed by three parties".
# As a past participle on a noun they describe it; nobody acts.
_CONSTITUTING = {"former", "constituer", "composer", "form", "constitute", "compose"}


def _constituting(token: Token) -> bool:
    if lemma_of(token) not in _CONSTITUTING or not (
            "Past" in token.morph.get("Tense") or token.tag_ == "VBN") or \
            any(c.dep_.startswith("aux") for c in token.children):
        return False
    if token.dep_ in ("acl", "amod"):
        return token.head.pos_ in ("NOUN", "PROPN") and token.head.i < token.i
    # ", formé il y a un an," set off by commas after its noun, parsed as a side clause
    return token.dep_ == "advcl" and token.i > 0 and token.doc[token.i - 1].text == "," and \
        not any(c.dep_ in SUBJECT_DEPS for c in token.children)


# "The injured were taken to hospitals", "doctors treated the wounded": a participle with
# an article, standing as a noun for the people it describes, names them; nobody acts.
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "pobj"}


def _participle_as_noun(token: Token) -> bool:
    return token.dep_ in _ARGUMENT_DEPS and token.tag_ in ("VBN", "VBD") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
        c.dep_ in _ARGUMENT_DEPS or c.dep_.startswith("aux") or c.dep_ in ("prep", "agent")
        for c in token.children)


def _frozen(token: Token) -> bool:
    return token.i > 0 and (token.doc[token.i - 1].lower_, token.lower_) in _FROZEN


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    triggers: list[Trigger] = []
    tokens = list(sent)  # read twice below
    french = lex.lang == "fr"
    for token in tokens:
        pos = token.pos_
        if pos in ("VERB", "AUX") or (pos == "NOUN" and token.dep_ == "ROOT"
                                      and lemma_of(token) in lex.verbs
                                      and token.tag_.startswith("V")):
            trigger = _verb_trigger(token, lex)
            if trigger is None and (infinitives := glued_participle(token, lex)):
                trigger = _verb_trigger(token, lex, infinitives)
            if trigger is None and (infinitives := _unlemmatized_verb(token, lex)):
                trigger = _verb_trigger(token, lex, infinitives)
            if trigger and not _frozen(token) and not _adjectival(token) and \
                    not _constituting(token) and not _participle_as_noun(token):
                triggers.append(trigger)
        elif (answer := _answer_read_as_noun(token, lex)) is not None:
            triggers.append(answer)
        # The three French repairs below only read lower-case words: most tokens of a
        # sentence skip them on this one test.
        elif french and token.is_lower:
            infinitives = glued_participle(token, lex) or _mistagged_participle(token, lex) \
                or _mistagged_finite_verb(token, lex) or _auxless_participle(token, lex) \
                or _unaccented_participle(token, lex) or _mistagged_gerund(token, lex)
            trigger = _verb_trigger(token, lex, infinitives) if infinitives else None
            if trigger:
                triggers.append(trigger)
    used = {t.companion.i for t in triggers if t.companion is not None}
    # A lower-case word tagged PROPN and read as a verb ("La Russie frappe/PROPN Kiev") is not
    # read as a noun too (label_triggers keeps one trigger per token, the noun). A word
    # tagged NOUN keeps its noun reading: "Le Japon a visite libre" is no visit.
    used |= {t.token.i for t in triggers if t.token.pos_ == "PROPN" and t.token.is_lower}
    verb_objects = {c.i for t in triggers for c in t.token.children}
    for token in tokens:
        if token.pos_ in ("NOUN", "PROPN") and token.i not in used and token.i not in verb_objects:
            code = lex.nouns.get(lemma_of(token)) or lex.nouns.get(token.text.lower())
            if code:
                triggers.append(Trigger(token, code, lemma_of(token), nominal=True))
    return sorted(triggers, key=lambda t: t.token.i)


# Determiners that say none took place ("no talks", "aucune négociation"); events.py skips
# nouns they determine, is_negated verbs whose subject or object they determine.
NO_DETERMINERS = frozenset({"no", "aucun", "aucune", "nul", "nulle"})
_NOBODY = {"nobody", "no-one", "none", "personne"} | NO_DETERMINERS


def is_negated(token: Token) -> bool:
    doc = token.doc
    # "No one was injured", "n'a envoyé aucun ministre": the negation sits on an argument.
    for child in token.children:
        if child.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"obj", "dobj"} and (
                child.lower_ in _NOBODY or any(g.dep_ == "det" and g.lower_ in NO_DETERMINERS
                                               for g in child.children)):
            return True
        # "Neither Azerbaijan nor Armenia attended", "neither side signed" (eval/README.md).
        if child.dep_ in SUBJECT_DEPS and (child.lower_ == "neither" or any(
                g.lower_ == "neither" and g.dep_ in ("preconj", "det", "cc")
                for g in child.children)):
            return True
    # "Ni l'Azerbaïdjan ni l'Arménie n'ont participé", the "n'" parsed as the subject.
    if _ne_before(token) and any(t.lower_ == "ni" for t in doc[token.sent.start:token.i]):
        return True
    ne = next((c for c in token.children if c.lower_ in ("ne", "n'", "n’")), None)
    if ne is not None:
        # French "ne ... pas" whose "pas" the parser hung elsewhere: after the verb, or
        # before its participle ("n'a pas encore arrêté", "pas" hung on "encore").
        window = [*doc[ne.i + 1: token.i], *doc[token.i + 1: min(token.i + 4, len(doc))]]
        if any(t.lower_ in NEGATIONS for t in window):
            return True
    for tok in (token, *(c for c in token.children if c.dep_.startswith("aux"))):
        for child in tok.children:
            if child.dep_ in ("neg", "advmod") and child.lower_ in NEGATIONS:
                # French "plus" without "ne" is "more": "ont incendié plus d'une centaine".
                if child.lower_ == "plus" and not _ne_before(token):
                    continue
                return True
            # "no longer supplies", "no longer recognises": what stopped is not done now
            if child.dep_ == "advmod" and child.lower_ == "longer" and \
                    any(g.lower_ == "no" for g in child.children):
                return True
    return False


def done_without(token: Token) -> bool:
    """"wrapped up the talks without agreeing to extend", "a quitté la salle sans signer":
    what was done without is not done (and is no refusal either)."""
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True
    if token.dep_ == "xcomp" and token.head.i != token.i and done_without(token.head):
        # "se sont réunis sans parvenir à s'entendre", "ended without managing to agree":
        # what one did not manage is not done either
        return True
    return token.pos_ in ("VERB", "AUX") and any(
        c.lower_ in ("sans", "without") and c.dep_ in ("mark", "case") and c.i < token.i
        for c in token.children)


def _ne_before(verb: Token) -> bool:
    doc = verb.doc
    return any(t.lower_ in ("ne", "n'", "n’") for t in doc[max(verb.i - 5, 0): verb.i])


def finite_conjunct_of_infinitive(token: Token) -> bool:
    """"a accusé l'Algérie de « soutenir ... » et a convoqué l'ambassadeur": a verb with its
    own tensed auxiliary cannot belong to the infinitive it was hung on; it is a new clause.
    So is an English simple past or present hung on an infinitive or a gerund: "accused the
    Houthis of sabotaging every effort to pay them and called on the Council" (a tense
    cannot be coordinated with "to pay")."""
    if token.dep_ != "conj":
        return False
    if token.tag_ in ("VBD", "VBZ") and token.head.tag_ in ("VB", "VBG"):
        return True
    return "Inf" in token.head.morph.get("VerbForm") and any(
        c.dep_.startswith("aux") and "Inf" not in c.morph.get("VerbForm") for c in token.children)


# "summoned a Chinese diplomat to protest", "a convoqué l'ambassadeur pour protester": what
# one summons someone for is one's own act in the meeting, not the content of a request.
_SUMMONING = {"summon", "convoquer"}


def own_clause(token: Token) -> bool:
    """"des heurts avaient opposé la police à des manifestants, et une vingtaine de personnes
    avaient été interpellées": an adverbial clause with its own subject and auxiliary is a
    second statement the parse hung on the first verb, not that verb's complement."""
    if token.dep_ != "advcl":
        return False
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    return bool(subjects) and any(
        c.dep_.startswith("aux") or (c.dep_ == "mark" and c.lower_ in TIME_MARKS and
                                     subjects[0].pos_ == "PROPN")
        for c in token.children)


# "warn of lay-offs after Washington doubles duties": a clause of time or cause with its
# own named subject tells another event, not what the warning or the refusal is about.
TIME_MARKS = {"after", "before", "when", "since", "as", "because", "while", "once", "après",
               "avant", "lorsque", "quand", "depuis", "alors", "puisque", "parce",
               # "a rejeté les pressions, tandis que les États-Unis menaçaient": a contrast
               "tandis", "whereas"}


def is_governed(trigger: Trigger, by_index: dict[int, Trigger], lex: Lexicon) -> bool:
    """True when a governing trigger (threaten, refuse, urge...) dominates this one."""
    token = trigger.token
    if answering(token):
        return False  # ", a charge Caracas rejects" is the answer, whatever it hangs on
    # Linear check first: parses of "X menace d'attaquer Y" are often broken.
    if token.i >= 2 and token.doc[token.i - 1].lower_ in _COMPLEMENT_MARKS:
        governor = by_index.get(token.i - 2)
        if governor is not None and governor.code.event_type in lex.governing:
            return True
    # "La Russie a nié avoir attaqué l'hôpital", "dément avoir ordonné": the act denied is
    # no event (eval/README.md); the model often tags "nié" a noun, so read the words.
    if token.i >= 2 and token.doc[token.i - 1].lower_ == "avoir" and \
            token.doc[token.i - 2].lower_ in _DENYING_WORDS:
        return True
    climbs = 0
    while climbs < 3:
        if _shared_conjunct(token):
            # "urged the M23 to withdraw and release its prisoners", "exige que Moscou
            # retire ses troupes et libère les prisonniers": a second act in the same
            # complement is requested (threatened, refused) like the first one.
            token = token.head
            continue
        if token.dep_ not in _GOVERNED_DEPS or token.head.i == token.i:
            return False
        if finite_conjunct_of_infinitive(token) or own_clause(token) or _answered(token):
            return False
        token = token.head
        climbs += 1
        governor = by_index.get(token.i)
        if governor is not None and governor.code.event_type not in lex.governing and \
                token.dep_ == "xcomp" and helps_to_do(token):
            continue  # "urged European countries to help finance scanners": still urged
        if governor is not None:
            return governor.code.event_type in lex.governing and \
                governor.lemma not in _SUMMONING
    return False


# ", a charge Islamabad denies" parsed as the verb the whole sentence before hangs on.
_ANSWERED_NOUNS = {"charge", "charges", "accusation", "accusations", "claim", "claims",
                   "allegation", "allegations", "allégation", "allégations"}


def _answered(token: Token) -> bool:
    """"Indian officials accused Pakistan of ..., a charge Islamabad denies": the denial's
    fronted object sums up the clause before it, which is no complement of the denial."""
    head = token.head
    return token.dep_ == "ccomp" and token.i < head.i and any(
        c.dep_ in ("dobj", "obj") and token.i < c.i < head.i and c.lower_ in _ANSWERED_NOUNS
        for c in head.children)


def _mistagged_complement(token: Token) -> bool:
    """"accusé le gouvernement d'avoir réagi/ADJ trop tard et d'avoir ignoré": a complement
    participle read as an adjective, with its auxiliary."""
    return token.dep_ in ("xcomp", "ccomp") and any(
        c.dep_.startswith("aux") for c in token.children)


def _shared_conjunct(token: Token) -> bool:
    """A conjunct with no subject or tensed auxiliary of its own: it shares its first
    conjunct's place in the sentence."""
    if token.dep_ != "conj" or token.head.i == token.i or finite_conjunct_of_infinitive(token) \
            or token.head.pos_ not in ("VERB", "AUX") and not _mistagged_complement(token.head):
        return False  # a verb hung on a noun ("l'usage de la force et réclamé") stands apart
    if _finite(token) and not _finite(token.head) or any(
            c.dep_.startswith("aux") and _finite(c) for c in token.children):
        # "denied targeting civilians and blamed the army", "qu'une épidémie s'était
        # propagée, et a appelé les donateurs": a tensed verb of its own is a new statement.
        return False
    return not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in token.children)


def _finite(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or "Fin" in verb.morph.get("VerbForm")


def helps_to_do(token: Token) -> bool:
    """'a aidé à façonner', 'helped shape': help as an auxiliary of another action, not aid."""
    deps = {c.dep_ for c in token.children}
    return "xcomp" in deps and not deps & {"obj", "dobj", "iobj", "dative"}


def saying_participle_host(verb: Token) -> Token | None:
    """The act a participle clause with no subject of its own hangs on: "Alger a rejeté
    samedi les critiques, affirmant que ... et a accusé le Niger" — the saying is Alger's,
    on the day of the rejection. Used for the speaker (event_subjects) and the day
    (event_dates) of what the participle reports."""
    if verb.dep_ in ("acl", "advcl") and "Part" in verb.morph.get("VerbForm") \
            and verb.head.i != verb.i and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return verb.head
    return None
