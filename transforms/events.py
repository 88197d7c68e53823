"""Code who-did-what-to-whom events from a parsed sentence, PLOVER/CAMEO style.

Per sentence: find triggers (verbs, verb+companion phrases, a few nouns) from
the language's lexicon (transforms/data/verbs_<lang>.json), then read source and
target actors off the dependency parse, with fallbacks because parses of
machine-translated news are noisy.

Choices worth knowing:
- Negation: a negated trigger maps to the lexicon's `negated` opposite when it
  has one ("n'a pas accepté", "did not agree" -> REJECT), otherwise it is dropped.
- A trigger embedded under a governing trigger (threaten/reject/request/agree/
  accuse: "menace d'attaquer", "refused to withdraw") is not coded on its own;
  the governing verb is the event. Saying verbs are not triggers, so their
  embedded clause ("X a déclaré que Y attaquait Z") is coded as Y -> Z.
- Questions are skipped; conditions ("if the US attacked"), purpose infinitives
  ("to discuss"), planned infinitives ("was due to meet") and participial side
  clauses ("killing twelve soldiers") are not events (eval/README.md), except a
  participle with a named agent ("a summit hosted by Japan") and the purpose of a
  trip ("travelled to Moscow to consult with Putin", "was in Ankara for talks with").
- Nominal triggers ("l'invasion de l'Ukraine par la Russie") need an acting
  party, and are background when the sentence already has a coded verb.
- Parties: "A and B agreed/met" is one event A -> B; several sources or targets
  of one action give one event each; a pronoun subject is the one person named in
  the closest of the two previous sentences; places never act and are targets of
  strikes only, and a capital acting or acted on by words is its country.
- The person named acts, not the body or country in their title ("le porte-parole
  du Kremlin, Dmitri Peskov", "through spokesman Peskov"), and their own country
  is never their target. Passive agents ("by"/"par") are sources; an object
  relative ("the RSF, which UN experts accuse") acts on the noun it hangs on.
- AID goes to the recipient ("to/à Ukraine"), not to what is given ("Patriot").
- French parses of machine-translated text: a participle tagged as a noun after
  its auxiliary is still a verb, a reflexive subject labelled passive still acts.
- Dates: see transforms/event_dates.py.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from transforms.cameo import PLOVER_TO_CAMEO, cameo_root_for, goldstein, quad_class
from transforms.countries import CAPITAL_INDEX, country_name, norm
from transforms.event_dates import event_date as date_of_event
from transforms.records import Actor, ActorMention, Event

_DATA = Path(__file__).parent / "data"

_NEGATIONS = {"pas", "jamais", "plus", "aucunement", "not", "n't", "never", "no"}
_SUBJECT_DEPS = {"nsubj", "csubj"}
_PASSIVE_SUBJECT_DEPS = {"nsubj:pass", "nsubjpass", "csubj:pass"}
_AGENT_DEPS = {"obl:agent", "agent"}
_OBJECT_DEPS = {"obj", "dobj", "iobj", "dative", "obl", "obl:arg", "obl:mod", "prep", "pobj",
                "nmod", "attr", "ccomp"}
_TARGET_CASES = {"contre", "à", "avec", "sur", "vers", "envers", "de", "against", "with", "on",
                 "to", "into", "toward", "towards", "at", "of", "upon", "from"}
_SOURCE_CASES = {"par", "by"}
_COMPLEMENT_MARKS = {"de", "d'", "d’", "à", "to"}
# Links through which a trigger inherits its subject from its head.
_CHAIN_DEPS = {"xcomp", "conj", "advcl", "ccomp", "acl", "acl:relcl", "relcl"}
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


def _code(key: str) -> Code:
    event_type, root = key.split()
    return Code(event_type, cameo_root_for(event_type, root))


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
    negated = {lemma: _code(key) for lemma, key in raw["negated"].items()}
    return Lexicon(verbs, phrases, nouns, negated, frozenset(raw["weak"]),
                   frozenset(raw["governing"]),
                   frozenset(nouns) | frozenset(raw.get("dated_nouns", ())), lang,
                   {lemma: _code(key) for lemma, key in raw.get("hosting", {}).items()})


@dataclass
class Trigger:
    token: Token
    code: Code
    lemma: str
    companion: Token | None = None
    nominal: bool = False


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _near_descendants(token: Token, depth: int = 2):
    frontier = [token]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children]
        yield from frontier


def _reflexive(token: Token) -> bool:
    return any(_lemma(c) in ("se", "s'", "s’") for c in token.children)


# French participle endings and the infinitive endings they come from ("visité" -> visiter).
_PARTICIPLE_ENDINGS = (("ées", ("er",)), ("és", ("er",)), ("ée", ("er",)), ("é", ("er",)),
                       ("ies", ("ir",)), ("is", ("ir", "re")), ("ie", ("ir",)), ("i", ("ir",)),
                       ("ues", ("re", "ir")), ("us", ("re", "ir")), ("ue", ("re", "ir")),
                       ("u", ("re", "ir")))
_PERFECT_AUXILIARIES = {"avoir", "être"}


def _mistagged_participle(token: Token, lex: Lexicon) -> list[str]:
    """Infinitives of a French past participle the tagger read as a noun or adverb after its
    auxiliary ("a visité/NOUN le Japon", "a expulsé/ADV"), common in machine-translated text."""
    if token.pos_ not in ("NOUN", "ADV", "ADJ", "PROPN") or token.i == 0 or not token.is_lower:
        return []
    previous = token.doc[token.i - 1]
    if _lemma(previous) not in _PERFECT_AUXILIARIES and previous.lower_ not in ("été",):
        return []
    text = token.lower_
    for ending, infinitives in _PARTICIPLE_ENDINGS:
        if text.endswith(ending) and len(text) > len(ending) + 2:
            stem = text[: -len(ending)]
            return [stem + inf for inf in infinitives
                    if stem + inf in lex.verbs or stem + inf in lex.phrases]
    return []


def _verb_trigger(token: Token, lex: Lexicon, lemmas: list[str] | None = None) -> Trigger | None:
    lemma = _lemma(token)
    candidates = lemmas or [lemma, token.text.lower()]
    for head in candidates:
        for companion_lemma, code in lex.phrases.get(head, ()):
            # Depth 3 reaches "pledged 3 billion euros in military aid".
            for desc in _near_descendants(token, depth=3):
                if _lemma(desc) == companion_lemma or desc.text.lower() == companion_lemma:
                    return Trigger(token, code, f"{head} {companion_lemma}", desc)
    for head in candidates:
        if _reflexive(token) and f"se {head}" in lex.verbs:
            return Trigger(token, lex.verbs[f"se {head}"], f"se {head}")
        if head in lex.verbs:
            return Trigger(token, lex.verbs[head], head)
    return None


def _find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    triggers: list[Trigger] = []
    for token in sent:
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.dep_ == "ROOT"
                                              and _lemma(token) in lex.verbs
                                              and token.tag_.startswith("V")):
            trigger = _verb_trigger(token, lex)
            if trigger:
                triggers.append(trigger)
        elif lex.lang == "fr" and (infinitives := _mistagged_participle(token, lex)):
            trigger = _verb_trigger(token, lex, infinitives)
            if trigger:
                triggers.append(trigger)
    used = {t.companion.i for t in triggers if t.companion is not None}
    verb_objects = {c.i for t in triggers for c in t.token.children}
    for token in sent:
        if token.pos_ in ("NOUN", "PROPN") and token.i not in used and token.i not in verb_objects:
            code = lex.nouns.get(_lemma(token)) or lex.nouns.get(token.text.lower())
            if code:
                triggers.append(Trigger(token, code, _lemma(token), nominal=True))
    return sorted(triggers, key=lambda t: t.token.i)


_NOBODY = {"nobody", "no-one", "none", "personne", "aucun", "aucune", "nul", "nulle"}


def _is_negated(token: Token) -> bool:
    doc = token.doc
    # "No one was injured", "n'a envoyé aucun ministre": the negation sits on an argument.
    for child in token.children:
        if child.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS | {"obj", "dobj"} and (
                child.lower_ in _NOBODY or any(g.dep_ == "det" and g.lower_ in _NOBODY | {"no"}
                                               for g in child.children)):
            return True
    if any(c.lower_ in ("ne", "n'", "n’") for c in token.children):
        # French "ne ... pas" whose "pas" the parser hung elsewhere.
        window = doc[token.i + 1: min(token.i + 4, len(doc))]
        if any(t.lower_ in _NEGATIONS for t in window):
            return True
    for tok in (token, *(c for c in token.children if c.dep_.startswith("aux"))):
        for child in tok.children:
            if child.dep_ in ("neg", "advmod") and child.lower_ in _NEGATIONS:
                return True
    return False


def _governed(trigger: Trigger, by_index: dict[int, Trigger], lex: Lexicon) -> bool:
    """True when a governing trigger (threaten, refuse, urge...) dominates this one."""
    token = trigger.token
    # Linear check first: parses of "X menace d'attaquer Y" are often broken.
    if token.i >= 2 and token.doc[token.i - 1].lower_ in _COMPLEMENT_MARKS:
        governor = by_index.get(token.i - 2)
        if governor is not None and governor.code.event_type in lex.governing:
            return True
    for _ in range(3):
        if token.dep_ not in _GOVERNED_DEPS or token.head is token:
            return False
        token = token.head
        governor = by_index.get(token.i)
        if governor is not None:
            return governor.code.event_type in lex.governing
    return False


_NAMING_DEPS = {"flat:name", "flat", "appos", "compound", "amod", "nmod", "poss", "fixed",
                "nummod"}


class _Actors:
    """Actor lookup by token index within one sentence."""

    def __init__(self, sent: Span, mentions: list[ActorMention]):
        self.sent = sent
        self.by_token: dict[int, ActorMention] = {}
        for mention in mentions:
            if mention.start >= sent.start and mention.end <= sent.end:
                for i in range(mention.start, mention.end):
                    self.by_token.setdefault(i, mention)

    def of(self, token: Token) -> Actor | None:
        """The actor a phrase headed by `token` names (itself, a flat/appos part, or a conjunct)."""
        mention = self.by_token.get(token.i)
        if mention:
            return mention.actor
        # A part with its own preposition is a phrase of its own the parser hung wrongly
        # ("une base militaire près de/flat Mogadiscio").
        named = [self.by_token[child.i].actor for child in token.children
                 if child.dep_ in _NAMING_DEPS and child.i in self.by_token
                 and not (child.dep_.startswith("flat") and _case(child))]
        # "le porte-parole du Kremlin, Dmitri Peskov": the person named acted, not the body
        # or country in the title.
        return next((a for a in named if a.actor_type == "PERSON"), named[0] if named else None)

    def in_title_phrase(self, head: Token) -> Actor | None:
        """The actor of "Le président taïwanais Lai Ching-te", "le secrétaire général de
        l'OTAN, Mark Rutte", whose head is the title: the person named, else the first actor."""
        inside = [self.by_token[t.i].actor for t in head.subtree if t.i in self.by_token
                  and self.by_token[t.i].actor.actor_type != "LOCATION"]
        return next((a for a in inside if a.actor_type == "PERSON"), inside[0] if inside else None)

    def nearest_before(self, index: int, exclude: Actor | None) -> Actor | None:
        for i in range(index - 1, self.sent.start - 1, -1):
            mention = self.by_token.get(i)
            # Places do not act; a capital speaking for its government is already a country.
            if mention and mention.actor != exclude and mention.actor.actor_type != "LOCATION":
                return mention.actor
        return None

    def next_after(self, index: int, exclude: Actor | None, places: bool = True) -> Actor | None:
        for i in range(index + 1, self.sent.end):
            mention = self.by_token.get(i)
            if mention and mention.actor != exclude and (places or
                                                         mention.actor.actor_type != "LOCATION"):
                return mention.actor
        return None

    def first_after(self, token: Token, exclude: Actor | None, places: bool = True,
                    things: bool = True, near_places: bool = True) -> Actor | None:
        """First actor in the trigger's phrase; without `places`, no place and nothing
        named as the scene ("a strike in France"); without `near_places`, no place the
        action was only near ("attacked a base near Mogadishu"); without `things`, no proper
        noun that names an object ("Patriot systems")."""
        for t in token.subtree:
            mention = self.by_token.get(t.i)
            if t.i <= token.i or not mention or mention.actor == exclude:
                continue
            place = mention.actor.actor_type == "LOCATION"
            if not places and (place or _case(t) in _SCENE_CASES):
                continue
            if not near_places and place and _case(t) in _NEAR_CASES:
                continue
            if things or not _names_a_thing(t.head, self):
                return mention.actor
        return None


def _case(token: Token) -> str:
    for child in token.children:
        if child.dep_ in ("case", "mark") or child.pos_ == "ADP":
            return child.lower_
    if token.dep_ == "pobj":
        return token.head.lower_
    return ""


def _apposed_person(noun: Token, actors: _Actors) -> Actor | None:
    """The person set off by commas after a title noun: "le porte-parole du Kremlin, Dmitri
    Peskov, a rejeté", which parsers often read as a coordination of body and person."""
    if noun.i in actors.by_token or noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        actor = actors.of(child)
        if child.dep_ in ("appos", "conj") and actor is not None and \
                actor.actor_type == "PERSON" and noun.doc[child.i - 1].text == ",":
            return actor
    return None


_VOICE_PREPOSITIONS = {"through", "via"}
_VOICE_NOUNS = {"voix", "bouche", "intermédiaire", "biais"}


def _spokesperson(verb: Token, actors: _Actors) -> Actor | None:
    """The person a body or country spoke through ("the Kremlin, through spokesman Dmitry
    Peskov, rejected", "par la voix de son porte-parole Dmitri Peskov"): the person acted."""
    for child in verb.children:
        phrase = None
        if child.dep_ == "prep" and child.lower_ in _VOICE_PREPOSITIONS:
            phrase = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.pos_ == "NOUN" and (_lemma(child) in _VOICE_NOUNS
                                       or _case(child) in _VOICE_PREPOSITIONS):
            phrase = child
        if phrase is not None:
            person = actors.in_title_phrase(phrase)
            if person is not None and person.actor_type == "PERSON":
                return person
    return None


_RELATIVE_PRONOUNS = {"which", "whom", "that", "who", "que", "qu'", "qu’", "lequel", "laquelle",
                      "lesquels", "lesquelles", "qui"}


def _relative_pronoun(verb: Token, deps: set[str]) -> Token | None:
    if verb.dep_ not in ("acl:relcl", "relcl"):
        return None
    return next((c for c in verb.children if c.dep_ in deps and c.lower_ in _RELATIVE_PRONOUNS),
                None)


def _passive_auxiliary(verb: Token) -> bool:
    return any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)


def _reflexive_before(verb: Token) -> bool:
    """"s'est entretenu", "se sont accordés": a reflexive pronoun just before the verb group,
    wherever the parser hung it."""
    doc = verb.doc
    window = doc[max(verb.i - 3, 0): verb.i]
    return _reflexive(verb) or any(t.lower_ in ("se", "s'", "s’") for t in window)


def _is_passive(verb: Token) -> bool:
    """"a été accueilli par", "hosted by": a passive auxiliary or subject, or a bare
    participle hung on a noun."""
    if any(c.dep_ in _PASSIVE_SUBJECT_DEPS or c.dep_ in ("aux:pass", "auxpass")
           for c in verb.children):
        return True
    return verb.dep_ in ("acl", "amod") and (verb.tag_ == "VBN"
                                             or "Part" in verb.morph.get("VerbForm"))


def _object_relative(verb: Token, actors: _Actors) -> tuple[Actor | None, Actor | None] | None:
    """"the RSF, which UN experts accuse of genocide", "les FSR, que l'ONU accuse": the noun
    the clause hangs on is acted on; the source is named between the pronoun and the verb."""
    pronoun = _relative_pronoun(verb, {"obj", "dobj"})
    if pronoun is None or pronoun.i > verb.i:
        return None
    source = next((actors.by_token[i].actor for i in range(pronoun.i + 1, verb.i)
                   if i in actors.by_token), None)
    return source, actors.of(verb.head)


def _subject(token: Token, actors: _Actors) -> tuple[Actor | None, Actor | None, Token | None]:
    """(source, passive target, subject token) from the subject, climbing xcomp/conj chains."""
    object_relative = _object_relative(token, actors)
    if object_relative is not None:
        return object_relative[0], object_relative[1], None
    for _ in range(4):
        source = passive_target = subject = None
        found_subject = False
        for child in token.children:
            if child.dep_ in _SUBJECT_DEPS:
                found_subject = True
                person = _apposed_person(child, actors)
                if person is not None:  # one party, not the title's body and the person
                    source = person
                    continue
                subject = child
                source = source or actors.of(child)
                for conj in child.conjuncts:
                    source = source or actors.of(conj)
                source = source or actors.in_title_phrase(child)
            elif child.dep_ in _PASSIVE_SUBJECT_DEPS and not _passive_auxiliary(token) \
                    and _reflexive_before(token):
                # "s'est entretenu": a French reflexive read as a passive; its subject acts.
                found_subject = True
                subject = child
                source = source or actors.of(child) or actors.in_title_phrase(child)
            elif child.dep_ in _PASSIVE_SUBJECT_DEPS:
                found_subject = True
                passive_target = actors.of(child)
                if passive_target is None and child.lower_ in _RELATIVE_PRONOUNS:
                    passive_target = actors.of(token.head)  # "X, who was accused by Y"
            elif child.dep_ in _AGENT_DEPS or (child.dep_.startswith("obl") and
                                               _case(child) in _SOURCE_CASES and
                                               _is_passive(token)):
                agent = child if child.pos_ != "ADP" else next(
                    (c for c in child.children if c.dep_ == "pobj"), next(iter(child.children), child))
                source = actors.of(agent)
                subject = agent
        if passive_target is None and token.dep_ in ("acl", "amod") and _is_passive(token):
            passive_target = actors.of(token.head)  # "Modi, hosted by Xi"
        speaker = _spokesperson(token, actors)
        if speaker is not None:
            return speaker, passive_target, None
        if found_subject or source:
            if source is None and token.dep_ in ("acl:relcl", "relcl"):
                source = actors.of(token.head)
            return source, passive_target, subject
        if token.dep_ in ("acl:relcl", "relcl"):
            return actors.of(token.head), None, None
        if token.dep_ not in _CHAIN_DEPS or token.head is token:
            return None, None, None
        token = token.head
    return None, None, None


# Cases that put an actor at the scene, not on the receiving end ("protested in Brussels").
_SCENE_CASES = {"in", "dans", "near", "près", "around", "autour", "outside", "inside"}
_NEAR_CASES = {"near", "près", "around", "autour", "from", "de", "d'", "d’", "du", "des"}


def _usable_target(actor: Actor | None, case: str, event_type: str) -> Actor | None:
    """Places are targets of strikes ("struck Kryvyi Rih", "a refinery in Belgorod"); for
    other actions an actor "in"/"near" somewhere is the scene, a place after "à/at" is where
    it happened, and a capital acted on by words is its government ("Japan -> Manila")."""
    if actor is None:
        return None
    if event_type == "ASSAULT":
        return None if actor.actor_type == "LOCATION" and case in _NEAR_CASES else actor
    if case in _SCENE_CASES:
        return None
    if event_type == "CONSULT" and actor.actor_type == "ORGANIZATION" and case in _LOCATIVE_CASES:
        return None  # "a reçu à l'Élysée", "met at the Pentagon": the venue
    if actor.actor_type != "LOCATION":
        return actor
    if PLOVER_QUAD[event_type] in (1, 3):
        if case in _LOCATIVE_CASES:
            return None
        governed = _government(actor)
        return governed if governed is not actor else None
    if case in _RECIPIENT_CASES:  # "deliver Patriot systems to Kyiv": its government
        governed = _government(actor)
        return governed if governed is not actor else None
    return actor if not case else None  # "entered Gaza", not "withdrew from Walikale"


_RECIPIENT_CASES = {"to", "à", "au", "aux"}
_RECIPIENT_DEPS = {"iobj", "dative"}
_DIRECT_OBJECT_DEPS = {"obj", "dobj"}


def _names_a_thing(token: Token, actors: _Actors) -> bool:
    """"Patriot systems", "des systèmes Patriot": a common noun named by a proper noun is
    an object handed over, not a party (demonyms, "Ukrainian forces", stay parties)."""
    # A glued "l’" tagged NOUN is no common noun; flat parts continue a name.
    return token.i not in actors.by_token and token.pos_ == "NOUN" and token.is_alpha \
        and len(token) > 2 and any(c.i in actors.by_token and c.pos_ == "PROPN"
                                   and c.dep_ in ("compound", "nmod", "appos")
                                   for c in token.children)


def _names_directly(token: Token, actors: _Actors) -> bool:
    """The phrase is the actor or its title ("Donald Tusk", "le Premier ministre Donald
    Tusk"), not a thing of theirs ("la décision de Donald Tusk")."""
    return token.i in actors.by_token or any(
        c.dep_ in ("appos", "flat", "flat:name", "compound") and c.i in actors.by_token
        for c in token.children)


def _object(trigger: Trigger, actors: _Actors, source: Actor | None,
            event_type: str = "") -> tuple[Actor | None, Token | None]:
    """The target and the phrase naming it. For AID the recipient ("to Ukraine", "à
    l'Ukraine", "gave Ukraine ...") comes before what is given."""
    roots = [trigger.token] + ([trigger.companion] if trigger.companion is not None else [])
    if event_type == "AID":
        found = _scan_objects(roots, actors, source, event_type, recipient_only=True)
        if found[0] is not None:
            return found
    return _scan_objects(roots, actors, source, event_type)


def _scan_objects(roots: list[Token], actors: _Actors, source: Actor | None, event_type: str,
                  recipient_only: bool = False) -> tuple[Actor | None, Token | None]:
    for root in roots:
        for child in root.children:
            if child.dep_ not in _OBJECT_DEPS and not child.dep_.startswith("obl"):
                continue
            if child.pos_ == "ADP":  # English prep -> pobj
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
                case = child.head.lower_
            else:
                case = _case(child)
            if case in _SOURCE_CASES:
                continue
            if recipient_only and case not in _RECIPIENT_CASES and \
                    child.dep_ not in _RECIPIENT_DEPS:
                continue
            if event_type == "AID" and child.dep_ in _DIRECT_OBJECT_DEPS and \
                    _names_a_thing(child, actors):
                continue
            actor = _usable_target(actors.of(child), case, event_type)
            if actor and actor != source and (child.dep_ in ("obj", "dobj", "iobj", "dative")
                                              or case in _TARGET_CASES or not case):
                return actor, child
            # "sanctions contre la Russie": look one level below a non-actor object.
            for grandchild in child.children:
                if grandchild.pos_ == "ADP" and grandchild.dep_ == "prep":
                    grandchild = next((c for c in grandchild.children if c.dep_ == "pobj"), grandchild)
                    gcase = grandchild.head.lower_
                else:
                    gcase = _case(grandchild)
                actor = _usable_target(actors.of(grandchild), gcase, event_type)
                if actor and actor != source and gcase in _TARGET_CASES:
                    return actor, grandchild
    return None, None


def _nominal_actors(token: Token, actors: _Actors) -> tuple[Actor | None, Actor | None]:
    """Source and target of a nominal trigger: 'par/by' or possessive/adjective -> source,
    'de/of/contre/against' -> target. Falls back to a short window after the noun,
    because parsers often attach these to a neighbouring noun."""
    source = target = None
    for child in token.children:
        node = child
        if child.pos_ == "ADP":
            node = next((c for c in child.children if c.dep_ == "pobj"), child)
            case = child.lower_
        else:
            case = _case(child)
        actor = actors.of(node)
        if actor is None:
            continue
        if case in _SOURCE_CASES or child.dep_ in ("poss", "amod", "nmod:poss", "compound"):
            source = source or actor
        elif case in _TARGET_CASES:
            target = target or actor
    doc = token.doc
    end = min(token.i + 8, actors.sent.end)
    case = ""
    for i in range(token.i + 1, end):
        tok = doc[i]
        if tok.pos_ == "ADP":
            case = tok.lower_
        mention = actors.by_token.get(i)
        if mention and case:
            if case in _SOURCE_CASES and source is None:
                source = mention.actor
            elif case in _TARGET_CASES and target is None and mention.actor != source:
                target = mention.actor
        if tok.is_punct and tok.text not in ("'", "’"):
            break
    return source, target


def _helps_to_do(token: Token) -> bool:
    """'a aidé à façonner', 'helped shape': help as an auxiliary of another action, not aid."""
    deps = {c.dep_ for c in token.children}
    return "xcomp" in deps and not deps & {"obj", "dobj", "iobj", "dative"}


# Verbs after which an English to-infinitive is the event itself ("decided to sanction").
_INFINITIVE_HOSTS = {"decide", "begin", "start", "continue", "vote", "move", "décider", "commencer",
                     "continuer", "voter", "entreprendre"}
_HYPOTHETICAL_MARKS = {"if", "unless", "whether", "si", "s'", "s’"}
_PURPOSE_MARKS = {"pour", "afin"}


def _named_agent(verb: Token, actors: "_Actors") -> Actor | None:
    """The actor of a "by"/"par" agent; parsers also label a stray "d'" obl:agent, so the
    case must be there."""
    for child in verb.children:
        if child.dep_ == "agent" and child.lower_ in _SOURCE_CASES:
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif not (child.dep_.startswith("obl") and _case(child) in _SOURCE_CASES):
            continue
        actor = actors.of(child)
        if actor is not None:
            return actor
    return None


def _background_clause(token: Token, actors: "_Actors") -> bool:
    """Verbs that are not the reported action: purpose/planned infinitives ("to discuss",
    "pour discuter", "was due to meet"), participial side clauses ("killing twelve",
    "wounded prisoners", "a man accused of"), conditions ("if the United States attacked")."""
    children = list(token.children)
    if any(c.lower_ in _HYPOTHETICAL_MARKS and c.dep_ == "mark" for c in children):
        return True
    participle = token.tag_ in ("VBN", "VBG") or "Part" in token.morph.get("VerbForm")
    # ... unless it names who acted: "a summit hosted by Japan", "accueilli par le Japon".
    if token.dep_ in ("amod", "acl") and participle and not _named_agent(token, actors) and \
            not any(c.dep_ in _SUBJECT_DEPS for c in children):
        return True
    head_lemma = _lemma(token.head)
    to_infinitive = any(c.lower_ == "to" and c.dep_ in ("aux", "mark") for c in children)
    # "travelled to Moscow to meet Putin", "s'est rendu à Pékin pour rencontrer Xi": the
    # meeting is what the trip was (not "is to meet", "va rencontrer": those are plans).
    trip = head_lemma in _TRIP_VERBS and token.head is not token
    if to_infinitive and head_lemma not in _INFINITIVE_HOSTS and not trip and \
            token.head is not token:
        return True
    if "Inf" in token.morph.get("VerbForm") and not trip and (
            any(c.lower_ in _PURPOSE_MARKS for c in children) or token.dep_ in ("acl", "advcl")):
        return True
    # "killing twelve soldiers", "tuant douze soldats": a gerund tacked on to the main event.
    gerund = token.tag_ == "VBG" or (participle and "Pres" in token.morph.get("Tense"))
    return gerund and token.dep_ == "advcl" and not any(c.dep_ in _SUBJECT_DEPS for c in children)


PLOVER_QUAD = {t: quad_class(root) for t, root in PLOVER_TO_CAMEO.items()}
_LOCATIVE_CASES = {"in", "at", "near", "around", "outside", "inside", "à", "au", "aux", "en",
                   "dans", "près", "autour", "devant", "outside"}
_JOINT_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
# Actions on one's own forces: a passive subject ("aircraft were scrambled") is the actor.
_OWN_FORCES_TYPES = {"MOBILIZE"}


def _government(actor: Actor) -> Actor:
    """A capital acted on by a diplomatic verb stands for its country ("Japan -> Manila"),
    built the way actors.py builds country actors so the ids match."""
    if actor.actor_type == "LOCATION":
        code = CAPITAL_INDEX.get(norm(actor.name))
        if code:
            return Actor(country_name(code), "COUNTRY", code)
    return actor


def _conjunct_actors(token: Token | None, actors: "_Actors") -> list[Actor]:
    """Actors named by a phrase and its coordinated phrases: "Mali, Burkina Faso and Niger"."""
    if token is None:
        return []
    found: list[Actor] = []
    # "Prime Minister X and President Y": parsers hang Y as an apposition of X, or make the
    # title the conjunct with the name below it.
    heads = [token, *(c for c in token.children if c.dep_ == "appos")]
    for node in heads + list(token.conjuncts):
        actor = actors.of(node)
        if actor is None and node is not token:
            actor = next((actors.by_token[t.i].actor for t in node.subtree
                          if t.i in actors.by_token), None)
        if actor is None or actor in found:
            continue
        if node in heads[1:] and found and found[0].actor_type != actor.actor_type:
            continue  # "NATO's chief, Mark Rutte": an apposition naming the same party
        found.append(actor)
    return found


def _verb_phrase(trigger: Trigger) -> str:
    token = trigger.token
    words = [t for t in token.children if t.dep_.startswith("aux") or
             (t.dep_ in ("neg", "advmod") and t.lower_ in _NEGATIONS | {"ne", "n'", "n’"})]
    words.append(token)
    if trigger.companion is not None:
        words.append(trigger.companion)
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


_PRONOUNS = {"il", "elle", "he", "she"}


def _pronoun_subject(token: Token) -> bool:
    for _ in range(3):
        for child in token.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child.lower_ in _PRONOUNS
        if token.dep_ not in ("xcomp", "conj") or token.head is token:
            return False
        token = token.head
    return False


def _sentence_events(sent: Span, sent_index: int, lang: str, lex: Lexicon,
                     mentions: list[ActorMention], article_id: str,
                     published, antecedent: Actor | None = None) -> list[Event]:
    """Events of one sentence; `antecedent` is the person "il"/"she" refers to, if known."""
    if sent.text.rstrip().endswith("?"):
        return []
    triggers = _find_triggers(sent, lex)
    if not triggers:
        return []
    actors = _Actors(sent, mentions)
    by_index = {t.token.i: t for t in triggers}
    events: list[Event] = []
    coded: list[Trigger] = []
    # Verbs first, so a noun can tell whether the sentence already has its event.
    for trigger in sorted(triggers, key=lambda t: (t.nominal, t.token.i)):
        if _governed(trigger, by_index, lex):
            continue
        code = trigger.code
        if code.event_type == "AID" and _helps_to_do(trigger.token):
            continue
        if not trigger.nominal:
            if _background_clause(trigger.token, actors):
                continue
            if _is_negated(trigger.token):
                code = lex.negated.get(trigger.lemma)
                if code is None:
                    continue
        strike = code.event_type == "ASSAULT"
        sources: list[Actor] = []
        targets: list[Actor] = []
        if trigger.nominal:
            host = _travel_host(trigger.token)
            if host is not None and code.event_type == "CONSULT":
                # "who was in Turkey for talks with Fidan", "travelled to Moscow for talks
                # with Lavrov": the talks are what the trip was, with the traveller as source.
                source, target = _nominal_actors(trigger.token, actors)
                traveller = _subject(host, actors)[0]
                if traveller is not None and target is not None and traveller != target:
                    source = traveller
                    coded.append(trigger)
                    events.append(_event(code, trigger, sent, sent_index, article_id, source,
                                         target, _date(trigger, lang, published, by_index, lex),
                                         len(events)))
                    continue
            # A noun next to a coded verb is background ("après des mois de négociations").
            if any(not e_trigger.nominal for e_trigger in coded):
                continue
            source, target = _nominal_actors(trigger.token, actors)
            # "the first visit to Japan", "a meeting with Iwaya was not on the schedule":
            # a noun with no one acting is background (eval/README.md).
            if source is None:
                continue
        else:
            source, passive_target, subject = _subject(trigger.token, actors)
            if source is None and antecedent is not None and _pronoun_subject(trigger.token):
                source = antecedent
            object_token = None
            if code.event_type in _OWN_FORCES_TYPES and source is None:
                # "Polish aircraft were scrambled": the forces moved are the actor's own.
                source, passive_target = passive_target, None
            target = passive_target
            if target is None:
                target, object_token = _object(trigger, actors, source, code.event_type)
            sources = _conjunct_actors(subject, actors) if source is not None else []
            targets = _conjunct_actors(object_token, actors) if target is not None else []
            if source is None:
                source = actors.nearest_before(trigger.token.i, exclude=target)
            if target is None and code.event_type in lex.governing:
                # "menace d'attaquer la Corée du Sud": the target sits in the complement.
                for child in trigger.token.children:
                    if child.dep_ in ("xcomp", "ccomp", "advcl") and target is None:
                        target, _ = _object(Trigger(child, code, ""), actors, source, code.event_type)
            if code.event_type in _JOINT_TYPES and len(sources) >= 2 and (
                    target is None or target.actor_type == "LOCATION"):
                # "A and B agreed/met/signed": one event, A -> B (eval/README.md).
                source, target, sources = sources[0], sources[1], []
            if target is None:
                target = actors.first_after(trigger.token, exclude=source, places=strike,
                                            things=code.event_type != "AID",
                                            near_places=not strike)
            if target is None and code.event_type in lex.governing:
                target = actors.next_after(trigger.token.i, exclude=source, places=strike)
            if source is None and trigger.lemma.split()[0] in lex.weak:
                continue
            if trigger.lemma in lex.hosting and target is not None and \
                    target.actor_type == "PERSON" and object_token is not None and \
                    object_token.dep_ in _DIRECT_OBJECT_DEPS and \
                    _names_directly(object_token, actors):
                # "a accueilli le Premier ministre polonais": welcoming a visitor is hosting.
                code = lex.hosting[trigger.lemma]
        coded.append(trigger)
        event_date = _date(trigger, lang, published, by_index, lex)
        # "Mali, Burkina Faso and Niger recalled...", "urged India and Pakistan": one event each.
        # Further targets read like the first: "urged Washington and Berlin" -> two governments.
        more_targets = [_usable_target(t, "", code.event_type) for t in targets[1:]]
        pairs = [(s, target) for s in sources[1:]] + [(source, t) for t in more_targets if t]
        for src, tgt in [(source, target), *pairs]:
            src = _acting_party(src)
            if src is not None and (src == tgt or _own_country(src, tgt)):
                tgt = None
            if src is not None and tgt is not None and any(
                    (e.event_type, e.source, e.target) == (code.event_type, src, tgt)
                    for e in events):
                continue  # "s'est rendu à Moscou pour s'entretenir avec Poutine": one meeting
            events.append(_event(code, trigger, sent, sent_index, article_id, src, tgt,
                                 event_date, len(events)))
    return events


# Verbs of being somewhere or going there: "for talks with" hung on them is the trip's point.
_TRAVEL_VERBS = {"be", "travel", "arrive", "fly", "go", "come", "head", "être", "arriver",
                 "voyager", "aller", "venir", "séjourner", "rendre"}
_PURPOSE_CASES = {"for", "pour"}
_TRIP_VERBS = {"travel", "arrive", "fly", "come", "head", "voyager", "arriver", "venir", "rendre"}


def _travel_host(noun: Token) -> Token | None:
    """The verb of travel or presence a "for talks"/"pour des pourparlers" phrase hangs on."""
    node = noun
    if noun.dep_ == "pobj":
        node = noun.head
    if node.lower_ not in _PURPOSE_CASES and _case(noun) not in _PURPOSE_CASES:
        return None
    verb = node.head
    being = any(c.dep_ == "cop" for c in verb.children)  # "qui était en Turquie pour ..."
    return verb if being or _lemma(verb) in _TRAVEL_VERBS else None


def _date(trigger: Trigger, lang: str, published, by_index: dict[int, Trigger], lex: Lexicon):
    """The trigger's date; the other triggers' clauses are theirs."""
    return date_of_event(trigger.token, trigger.nominal, lang, published,
                         frozenset(i for i in by_index if i != trigger.token.i), lex.event_nouns)


def _event(code: Code, trigger: Trigger, sent: Span, sent_index: int, article_id: str,
           source: Actor | None, target: Actor | None, event_date, index: int) -> Event:
    return Event(article_id=article_id, event_type=code.event_type, cameo_root=code.cameo_root,
                 quad_class=quad_class(code.cameo_root), goldstein=goldstein(code.cameo_root),
                 sentence=sent.text.strip(), sentence_index=sent_index, event_date=event_date,
                 source=source, target=target, verb=_verb_phrase(trigger),
                 index_in_sentence=index)


def _acting_party(source: Actor | None) -> Actor | None:
    """Places do not act: a capital acting is its government, any other place (a river, a
    village, a region) is no source."""
    if source is None or source.actor_type != "LOCATION":
        return source
    governed = _government(source)
    return governed if governed is not source else None


def _own_country(source: Actor, target: Actor | None) -> bool:
    """"Iranian President Masoud Pezeshkian warned that Iran would ...", "la présidente
    mexicaine Claudia Sheinbaum": a person's own country is the title or the clause they
    speak about, not whom they act on."""
    return (target is not None and source.actor_type == "PERSON" and target.actor_type == "COUNTRY"
            and source.country_code is not None and source.country_code == target.country_code)


def _persons(sent: Span, mentions: list[ActorMention]) -> list[Actor]:
    found: list[Actor] = []
    for m in mentions:
        if m.actor.actor_type == "PERSON" and sent.start <= m.start < sent.end \
                and m.actor not in found:
            found.append(m.actor)
    return found


def _antecedent(previous: list[list[Actor]]) -> Actor | None:
    """The person a pronoun subject refers to: the only person named in the closest of the
    last two sentences that names any; None when that sentence names several."""
    for persons in reversed(previous[-2:]):
        if persons:
            return persons[0] if len(persons) == 1 else None
    return None


def _sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, cut again at line breaks: parsers of news text sometimes run a
    sentence across a paragraph break, and a verb must not take actors from the next one."""
    try:
        parsed = list(doc.sents)
    except ValueError:  # a Doc without sentence boundaries: treat it as one sentence
        parsed = [doc[:]]
    sentences: list[Span] = []
    for sent in parsed:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    sentences.append(doc[start:token.i])
                start = token.i + 1
        if start < sent.end:
            sentences.append(doc[start:sent.end])
    return sentences


def code_events(doc: Doc, lang: str, mentions: list[ActorMention], article_id: str,
                published) -> list[Event]:
    """Events in `doc`; one Event per trigger, dated by its sentence or `published`."""
    lang = lang if lang in ("fr", "en") else "en"
    lex = load_lexicon(lang)
    events: list[Event] = []
    sentences = _sentences(doc)
    mentions = mentions or []
    previous_persons: list[list[Actor]] = []
    for sent_index, sent in enumerate(sentences):
        try:
            events.extend(_sentence_events(sent, sent_index, lang, lex, mentions, article_id,
                                           published, _antecedent(previous_persons)))
            previous_persons.append(_persons(sent, mentions))
        except Exception:  # one odd parse must not lose the article's other events
            previous_persons.append([])
            continue
    return events
