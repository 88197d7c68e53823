"""Who a protest is by and against.

A crowd protests somewhere and about something: "farmers protested in Brussels against
the trade deal with Mercosur", "ont manifesté dans le quartier européen de Bruxelles",
"marched on the anniversary of the Saba Saba rally", "protesters in Tbilisi, Georgia".
The place is the scene and the thing opposed is no actor (eval/README.md: PROTEST is
by civilians, source and target are who acts and who is acted on). A protest has a
target only when an actor itself is what it is against ("rallied against Ruto",
"manifesté contre le gouvernement de Giorgia Meloni" has none: the government is unnamed),
and no source that is named as the place where it happened.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from transforms.cameo import cameo_root_for
from transforms.event_parties import SentenceActors, case_of
from transforms.event_triggers import Code, Trigger, lemma_of
from transforms.records import Actor

_AGAINST = {"against", "contre"}
_SCENE = {"in", "at", "à", "a", "dans", "en", "near", "outside", "devant", "près"}


def _tokens_of(actor: Actor, actors: SentenceActors) -> list[Token]:
    doc = actors.sent.doc
    return [doc[i] for i, m in actors.by_token.items() if m.actor == actor and
            (i == m.start or doc[i].head.i < m.start or doc[i].head.i >= m.end)]


def _phrase_case(token: Token) -> str:
    """The preposition of the phrase a name heads, or of the phrase it is listed or
    apposed in ("in Tbilisi, Georgia", "à Paris et à Lyon")."""
    for _ in range(3):
        case = case_of(token)
        if case or token.dep_ not in ("appos", "conj", "flat", "flat:name", "compound", "npadvmod"):
            return case
        token = token.head
    return ""


def _country_of_place(token: Token, actors: SentenceActors) -> bool:
    """"in Tbilisi, Georgia", "à Tbilissi ,Géorgie": the country after a city only says
    where the city is, however the parse hangs it."""
    doc = token.doc
    i = token.i - 1
    while i > actors.sent.start and doc[i].text == ",":
        i -= 1
    place = actors.by_token.get(i)
    return i < token.i - 1 and place is not None and place.actor.actor_type == "LOCATION"


def protest_parties(source: Actor | None, target: Actor | None,
                    actors: SentenceActors) -> tuple[Actor | None, Actor | None]:
    """(source, target) of a PROTEST event once the generic rules have read them."""
    if target is not None and not any(_phrase_case(t) in _AGAINST
                                      for t in _tokens_of(target, actors)):
        target = None
    if source is not None:
        tokens = _tokens_of(source, actors)
        if tokens and all(_phrase_case(t) in _SCENE or _country_of_place(t, actors)
                          for t in tokens):
            source = None
    return source, target


# A strike launched by workers is a walkout, not an attack: "the union launched a strike at
# Canadian National Railway", "launched the strike on Monday at the ports of Vancouver". A
# strike on or against something, an air or drone strike, or one a state or its forces
# launch is a blow (eval/README.md: PROTEST is by civilians).
_BLOW_MODIFIERS = {"air", "drone", "missile", "rocket", "military", "retaliatory", "precision",
                   "artillery", "naval", "nuclear", "preemptive", "pre-emptive", "surgical",
                   "targeted", "punitive", "cyber", "aerial", "israeli", "american", "russian"}
_BLOW_CASES = {"on", "against", "in", "into", "near", "across", "inside"}
_ARMED_TYPES = {"COUNTRY", "GROUP", "LOCATION"}


def labour_strike(trigger: Trigger, source: Actor | None) -> bool:
    """A "launch strike" phrase whose strike is a walkout: one strike, named plainly, by a
    union or unnamed workers, "at" a workplace or nowhere in particular."""
    noun = trigger.companion
    if noun is None or lemma_of(noun) != "strike" or noun.tag_ != "NN":
        return False
    if source is not None and source.actor_type in _ARMED_TYPES:
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and lemma_of(c) in _BLOW_MODIFIERS
           for c in noun.children):
        return False
    phrases = [c for c in (*noun.children, *trigger.token.children) if c.dep_ == "prep"
               and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)]  # "on Monday"
    return not any(c.lower_ in _BLOW_CASES for c in phrases)


# A crowd of protesters that storms, burns or attacks riots: "thousands of protesters stormed
# the National Assembly", "des centaines de manifestants ont pris d'assaut l'ambassade",
# "ont bloqué les accès et incendié trois autobus" (CAMEO 145, protest violently, a PROTEST;
# what they stormed stays its target).
_RIOTING_CROWDS = {"protester", "demonstrator", "rioter", "mob", "crowd", "manifestant",
                   "protestataire", "émeutier", "foule"}


def riot(subject: Token | None) -> bool:
    return subject is not None and any(lemma_of(t) in _RIOTING_CROWDS for t in subject.subtree)


# Workers or a crowd occupying a site or blocking a road protest (CAMEO 14, sit-ins and
# blockades): "members of the union occupied the plant and blocked two trucks", "des
# agriculteurs ont bloqué l'autoroute", "les ouvriers occupent l'usine". A state or a
# force doing it occupies or blocks (COERCE, REJECT): the lexicon's type stays.
_SIT_IN_LEMMAS = {"occupy", "block", "blockade", "barricade", "occuper", "bloquer",
                  "barricader"}
_SITTING_IN = _RIOTING_CROWDS | {"worker", "member", "employee", "striker", "student",
                                 "farmer", "activist", "trucker", "driver", "fisherman",
                                 "villager", "resident", "ouvrier", "salarié", "employé",
                                 "gréviste", "étudiant", "agriculteur", "militant",
                                 "routier", "chauffeur", "pêcheur", "villageois", "habitant",
                                 "syndicaliste", "docker", "cheminot", "enseignant"}


def sit_in(lemma: str, subject: Token | None) -> bool:
    return lemma in _SIT_IN_LEMMAS and subject is not None and \
        lemma_of(subject) in _SITTING_IN


# A state protests by diplomatic note, not in the street: "Manila summoned a Chinese diplomat
# to protest in the strongest terms", "despite protests from China and Russia" are
# accusations (eval/README.md: PROTEST is by civilians).
OFFICIAL_PROTEST_WORDS = {"protest", "protester", "protestation"}


def official_protest(lemma: str, source: Actor | None) -> bool:
    return lemma in OFFICIAL_PROTEST_WORDS and source is not None and \
        source.actor_type == "COUNTRY"


# A crowd gathered is a rally: "devant des milliers de militants rassemblés devant la gare",
# "le front syndical avait réuni 100.000 personnes dans les rues". Gathering anyone else is
# a meeting ("a réuni les ministres") and keeps the lexicon's type.
_GATHERING = {"rassembler", "réunir", "masser", "gather", "assemble"}
_GATHERED_CROWD = {"manifestant", "militant", "personne", "millier", "centaine", "foule",
                   "sympathisant", "partisan", "protester", "demonstrator", "people",
                   "supporter", "activist", "thousand", "hundred", "crowd"}
PROTEST_CODE = Code("PROTEST", cameo_root_for("PROTEST"))


_POSSESSIVES = {"ses", "leurs", "son", "sa", "nos", "his", "her", "their", "its", "our"}


def _crowd_noun(token: Token) -> bool:
    """A crowd, not one's own supporters ("devant ses militants réunis" is a meeting)."""
    if any(c.lower_ in _POSSESSIVES for c in token.children):
        return False
    return token.pos_ in ("NOUN", "NUM", "PRON") and any(
        lemma_of(t) in _GATHERED_CROWD for t in (token, *(c for c in token.children
                                                          if c.dep_ in ("nmod", "prep"))))


def _object_like(token: Token) -> bool:
    """An object, or a bare noun phrase the parse took for an adjunct ("avait réuni le 14
    octobre plus de 100.000 personnes")."""
    return token.dep_ in ("obj", "dobj") or (token.dep_ in ("obl", "obl:mod") and not any(
        c.dep_ == "case" for c in token.children))


def gathering_triggers(sent: Span, triggers: list[Trigger]) -> list[Trigger]:
    """`triggers` with each verb gathering a crowd read as a protest by the gatherers: the
    crowd is its companion (unnamed), a participle on it is no side clause."""
    by_index = {t.token.i: t for t in triggers}
    for token in sent:
        if lemma_of(token) not in _GATHERING or token.pos_ != "VERB":
            continue
        participle = "Part" in token.morph.get("VerbForm") and token.dep_ in ("acl", "amod")
        # The noun right before it too: the parse often hangs the participle elsewhere.
        before = token.doc[token.i - 1] if token.i > sent.start else token
        crowd = token.head if participle and _crowd_noun(token.head) else \
            before if participle and before.pos_ == "NOUN" and _crowd_noun(before) else next(
                (c for c in token.children if _object_like(c) and _crowd_noun(c)), None)
        if crowd is None:
            continue
        by_index[token.i] = Trigger(token, PROTEST_CODE, GATHERED, crowd)
    return sorted(by_index.values(), key=lambda t: t.token.i)


GATHERED = "rassembler foule"


# "strike" with no one struck is a walkout: "we are striking because patients wait",
# "thousands of nurses struck on Tuesday". A strike on someone or something ("struck Kyiv",
# "struck at the base") keeps the lexicon's ASSAULT, and so does a strike by armed men.
_WALKOUT_SUBJECTS = {"we", "they", "i", "doctor", "nurse", "physician", "specialist", "teacher",
                     "worker", "employee", "staff", "union", "member", "pilot", "driver",
                     "miner", "docker", "lawyer", "professor", "lecturer", "student",
                     "trucker", "farmer", "striker", "thousand", "hundred", "crew", "surgeon",
                     "consultant", "midwife", "firefighter", "cleaner", "journalist"}
_STRUCK_DEPS = {"dobj", "obj", "attr", "dative"}
_STRUCK_AT = {"at", "on", "against", "into", "near"}


def walkout_triggers(sent: Span, triggers: list[Trigger]) -> list[Trigger]:
    """`triggers` with an intransitive "strike" by workers or by "we/they" read as PROTEST,
    and the noun "strike" (a walkout in the lexicon) read as ASSAULT when it hits something."""
    out = []
    for trigger in triggers:
        token = trigger.token
        if trigger.code.event_type == "ASSAULT" and lemma_of(token) == "strike" and \
                token.pos_ == "VERB" and _walkout(token):
            trigger = replace(trigger, code=PROTEST_CODE)
        elif trigger.nominal and trigger.code.event_type == "PROTEST" and \
                lemma_of(token) == "strike" and _military_strike(token):
            trigger = replace(trigger, code=_ASSAULT_CODE)
        out.append(trigger)
    return out


_ASSAULT_CODE = Code("ASSAULT", cameo_root_for("ASSAULT"))
# "air strikes", "a drone strike", "retaliatory strikes": words that make a strike a blow.
_WEAPON_WORDS = {"air", "drone", "missile", "rocket", "artillery", "military", "naval",
                 "precision", "retaliatory", "aerial", "preemptive", "pre-emptive", "punitive",
                 "targeted", "nuclear", "ballistic", "bomb", "bombing"}


def _military_strike(noun: Token) -> bool:
    """"Israel's strikes on Gaza continued", "ordered strikes against Iran's nuclear sites",
    "US air strikes": a strike on something, or by a weapon, is an attack; a strike alone
    ("the general strike", "a French strike") stays a walkout."""
    if any(c.dep_ in ("compound", "amod") and c.lower_ in _WEAPON_WORDS
           for c in noun.children):
        return True
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "against", "upon", "targeting"):
            continue
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            if place.ent_type_ in ("DATE", "TIME"):
                continue  # "a strike on Monday"
            # "a strike against the pension reform" is a walkout: "against" strikes only a
            # named place, state or group ("against Iran's nuclear sites").
            if prep.lower_ != "against" or any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED
                                               for t in place.subtree):
                return True
    return False


_NAMED = {"GPE", "ORG", "NORP", "LOC", "FAC"}


def _walkout(verb: Token) -> bool:
    if any(c.dep_ in _STRUCK_DEPS for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _STRUCK_AT and not any(
            o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in verb.children):
        return False  # "struck at the base", not "struck on Tuesday"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and lemma_of(subject).lower() in _WALKOUT_SUBJECTS
