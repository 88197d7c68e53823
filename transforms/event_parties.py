"""Reading an event's parties off the dependency parse: who acted (source) on whom (target).

Everything here works on one sentence's actor mentions (`SentenceActors`) and
falls back to word order where parses of machine-translated news are broken.

Choices worth knowing:
- Subjects act, climbing xcomp/conj/advcl chains to the verb that has one;
  passive agents ("by"/"par") are sources and passive subjects targets; an object
  relative ("the RSF, which UN experts accuse") acts on the noun it hangs on.
  A French reflexive verb whose subject the parser labels passive ("s'est
  entretenu") still has that subject act.
- Parties: several sources or targets of one action are read from coordinated
  phrases ("Mali, Burkina Faso and Niger"); a pronoun subject is the one person
  named in the closest of the two previous sentences.
- The person named acts, not the body or country in their title ("le porte-parole
  du Kremlin, Dmitri Peskov", "through spokesman Peskov"), and their own country
  is never their target.
- Places never act and are targets of strikes only; a capital acting or acted on
  by words is its country; an actor "in"/"near" somewhere is the scene, and a body
  named as a meeting's venue ("à l'Élysée") is no target.
- AID goes to the recipient ("to/à Ukraine"), not to what is given ("Patriot").
- Nominal triggers ("l'invasion de l'Ukraine par la Russie") read 'par/by' or a
  possessive as source and 'de/of/contre' as target.
- "for talks with" / "pour des pourparlers" hung on a verb of travel or presence is
  the trip's purpose: the traveller is the source of the talks.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.cameo import PLOVER_TO_CAMEO, quad_class
from transforms.countries import CAPITAL_INDEX, country_name, norm
from transforms.event_triggers import (
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    Trigger,
    is_reflexive,
    lemma_of,
)
from transforms.records import Actor, ActorMention

_AGENT_DEPS = {"obl:agent", "agent"}
_OBJECT_DEPS = {"obj", "dobj", "iobj", "dative", "obl", "obl:arg", "obl:mod", "prep", "pobj",
                "nmod", "attr", "ccomp"}
_TARGET_CASES = {"contre", "à", "avec", "sur", "vers", "envers", "de", "against", "with", "on",
                 "to", "into", "toward", "towards", "at", "of", "upon", "from"}
_SOURCE_CASES = {"par", "by"}
# Links through which a trigger inherits its subject from its head.
_CHAIN_DEPS = {"xcomp", "conj", "advcl", "ccomp", "acl", "acl:relcl", "relcl"}


_NAMING_DEPS = {"flat:name", "flat", "appos", "compound", "amod", "nmod", "poss", "fixed",
                "nummod"}


class SentenceActors:
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
                 and not (child.dep_.startswith("flat") and case_of(child))]
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
            if not places and (place or case_of(t) in _SCENE_CASES):
                continue
            if not near_places and place and case_of(t) in _NEAR_CASES:
                continue
            if things or not _names_a_thing(t.head, self):
                return mention.actor
        return None


def case_of(token: Token) -> str:
    for child in token.children:
        if child.dep_ in ("case", "mark") or child.pos_ == "ADP":
            return child.lower_
    if token.dep_ == "pobj":
        return token.head.lower_
    return ""


def _apposed_person(noun: Token, actors: SentenceActors) -> Actor | None:
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


def _spokesperson(verb: Token, actors: SentenceActors) -> Actor | None:
    """The person a body or country spoke through ("the Kremlin, through spokesman Dmitry
    Peskov, rejected", "par la voix de son porte-parole Dmitri Peskov"): the person acted."""
    for child in verb.children:
        phrase = None
        if child.dep_ == "prep" and child.lower_ in _VOICE_PREPOSITIONS:
            phrase = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.pos_ == "NOUN" and (lemma_of(child) in _VOICE_NOUNS
                                       or case_of(child) in _VOICE_PREPOSITIONS):
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
    return is_reflexive(verb) or any(t.lower_ in ("se", "s'", "s’") for t in window)


def _is_passive(verb: Token) -> bool:
    """"a été accueilli par", "hosted by": a passive auxiliary or subject, or a bare
    participle hung on a noun."""
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ in ("aux:pass", "auxpass")
           for c in verb.children):
        return True
    return verb.dep_ in ("acl", "amod") and (verb.tag_ == "VBN"
                                             or "Part" in verb.morph.get("VerbForm"))


def _object_relative(verb: Token, actors: SentenceActors
                     ) -> tuple[Actor | None, Actor | None] | None:
    """"the RSF, which UN experts accuse of genocide", "les FSR, que l'ONU accuse": the noun
    the clause hangs on is acted on; the source is named between the pronoun and the verb."""
    pronoun = _relative_pronoun(verb, {"obj", "dobj"})
    if pronoun is None or pronoun.i > verb.i:
        return None
    source = next((actors.by_token[i].actor for i in range(pronoun.i + 1, verb.i)
                   if i in actors.by_token), None)
    return source, actors.of(verb.head)


def read_subject(token: Token, actors: SentenceActors
                 ) -> tuple[Actor | None, Actor | None, Token | None]:
    """(source, passive target, subject token) from the subject, climbing xcomp/conj chains."""
    object_relative = _object_relative(token, actors)
    if object_relative is not None:
        return object_relative[0], object_relative[1], None
    for _ in range(4):
        source = passive_target = subject = None
        found_subject = False
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
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
            elif child.dep_ in PASSIVE_SUBJECT_DEPS and not _passive_auxiliary(token) \
                    and _reflexive_before(token):
                # "s'est entretenu": a French reflexive read as a passive; its subject acts.
                found_subject = True
                subject = child
                source = source or actors.of(child) or actors.in_title_phrase(child)
            elif child.dep_ in PASSIVE_SUBJECT_DEPS:
                found_subject = True
                passive_target = actors.of(child)
                if passive_target is None and child.lower_ in _RELATIVE_PRONOUNS:
                    passive_target = actors.of(token.head)  # "X, who was accused by Y"
            elif child.dep_ in _AGENT_DEPS or (child.dep_.startswith("obl") and
                                               case_of(child) in _SOURCE_CASES and
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


def usable_target(actor: Actor | None, case: str, event_type: str) -> Actor | None:
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
DIRECT_OBJECT_DEPS = {"obj", "dobj"}


def _names_a_thing(token: Token, actors: SentenceActors) -> bool:
    """"Patriot systems", "des systèmes Patriot": a common noun named by a proper noun is
    an object handed over, not a party (demonyms, "Ukrainian forces", stay parties)."""
    # A glued "l’" tagged NOUN is no common noun; flat parts continue a name.
    return token.i not in actors.by_token and token.pos_ == "NOUN" and token.is_alpha \
        and len(token) > 2 and any(c.i in actors.by_token and c.pos_ == "PROPN"
                                   and c.dep_ in ("compound", "nmod", "appos")
                                   for c in token.children)


def names_directly(token: Token, actors: SentenceActors) -> bool:
    """The phrase is the actor or its title ("Donald Tusk", "le Premier ministre Donald
    Tusk"), not a thing of theirs ("la décision de Donald Tusk")."""
    return token.i in actors.by_token or any(
        c.dep_ in ("appos", "flat", "flat:name", "compound") and c.i in actors.by_token
        for c in token.children)


def read_object(trigger: Trigger, actors: SentenceActors, source: Actor | None,
            event_type: str = "") -> tuple[Actor | None, Token | None]:
    """The target and the phrase naming it. For AID the recipient ("to Ukraine", "à
    l'Ukraine", "gave Ukraine ...") comes before what is given."""
    roots = [trigger.token] + ([trigger.companion] if trigger.companion is not None else [])
    if event_type == "AID":
        found = _scan_objects(roots, actors, source, event_type, recipient_only=True)
        if found[0] is not None:
            return found
    return _scan_objects(roots, actors, source, event_type)


def _scan_objects(roots: list[Token], actors: SentenceActors, source: Actor | None, event_type: str,
                  recipient_only: bool = False) -> tuple[Actor | None, Token | None]:
    for root in roots:
        for child in root.children:
            if child.dep_ not in _OBJECT_DEPS and not child.dep_.startswith("obl"):
                continue
            if child.pos_ == "ADP":  # English prep -> pobj
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
                case = child.head.lower_
            else:
                case = case_of(child)
            if case in _SOURCE_CASES:
                continue
            if recipient_only and case not in _RECIPIENT_CASES and \
                    child.dep_ not in _RECIPIENT_DEPS:
                continue
            if event_type == "AID" and child.dep_ in DIRECT_OBJECT_DEPS and \
                    _names_a_thing(child, actors):
                continue
            actor = usable_target(actors.of(child), case, event_type)
            if actor and actor != source and (child.dep_ in ("obj", "dobj", "iobj", "dative")
                                              or case in _TARGET_CASES or not case):
                return actor, child
            # "sanctions contre la Russie": look one level below a non-actor object.
            for grandchild in child.children:
                if grandchild.pos_ == "ADP" and grandchild.dep_ == "prep":
                    grandchild = next((c for c in grandchild.children if c.dep_ == "pobj"), grandchild)
                    gcase = grandchild.head.lower_
                else:
                    gcase = case_of(grandchild)
                actor = usable_target(actors.of(grandchild), gcase, event_type)
                if actor and actor != source and gcase in _TARGET_CASES:
                    return actor, grandchild
    return None, None


def nominal_parties(token: Token, actors: SentenceActors) -> tuple[Actor | None, Actor | None]:
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
            case = case_of(child)
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


def named_agent(verb: Token, actors: SentenceActors) -> Actor | None:
    """The actor of a "by"/"par" agent; parsers also label a stray "d'" obl:agent, so the
    case must be there."""
    for child in verb.children:
        if child.dep_ == "agent" and child.lower_ in _SOURCE_CASES:
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif not (child.dep_.startswith("obl") and case_of(child) in _SOURCE_CASES):
            continue
        actor = actors.of(child)
        if actor is not None:
            return actor
    return None


# Quad class per PLOVER type: words (1, 3) never act on a mere place.
PLOVER_QUAD = {t: quad_class(root) for t, root in PLOVER_TO_CAMEO.items()}
_LOCATIVE_CASES = {"in", "at", "near", "around", "outside", "inside", "à", "au", "aux", "en",
                   "dans", "près", "autour", "devant", "outside"}


def _government(actor: Actor) -> Actor:
    """A capital acted on by a diplomatic verb stands for its country ("Japan -> Manila"),
    built the way actors.py builds country actors so the ids match."""
    if actor.actor_type == "LOCATION":
        code = CAPITAL_INDEX.get(norm(actor.name))
        if code:
            return Actor(country_name(code), "COUNTRY", code)
    return actor


def conjunct_actors(token: Token | None, actors: SentenceActors) -> list[Actor]:
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


_PRONOUNS = {"il", "elle", "he", "she"}


def has_pronoun_subject(token: Token) -> bool:
    for _ in range(3):
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                return child.lower_ in _PRONOUNS
        if token.dep_ not in ("xcomp", "conj") or token.head is token:
            return False
        token = token.head
    return False


# Verbs of being somewhere or going there: "for talks with" hung on them is the trip's point.
_TRAVEL_VERBS = {"be", "travel", "arrive", "fly", "go", "come", "head", "être", "arriver",
                 "voyager", "aller", "venir", "séjourner", "rendre"}
_PURPOSE_CASES = {"for", "pour"}


def travel_host(noun: Token) -> Token | None:
    """The verb of travel or presence a "for talks"/"pour des pourparlers" phrase hangs on."""
    node = noun
    if noun.dep_ == "pobj":
        node = noun.head
    if node.lower_ not in _PURPOSE_CASES and case_of(noun) not in _PURPOSE_CASES:
        return None
    verb = node.head
    being = any(c.dep_ == "cop" for c in verb.children)  # "qui était en Turquie pour ..."
    return verb if being or lemma_of(verb) in _TRAVEL_VERBS else None


def acting_party(source: Actor | None) -> Actor | None:
    """Places do not act: a capital acting is its government, any other place (a river, a
    village, a region) is no source."""
    if source is None or source.actor_type != "LOCATION":
        return source
    governed = _government(source)
    return governed if governed is not source else None


def own_country(source: Actor, target: Actor | None) -> bool:
    """"Iranian President Masoud Pezeshkian warned that Iran would ...", "la présidente
    mexicaine Claudia Sheinbaum": a person's own country is the title or the clause they
    speak about, not whom they act on."""
    return (target is not None and source.actor_type == "PERSON" and target.actor_type == "COUNTRY"
            and source.country_code is not None and source.country_code == target.country_code)


def persons_in(sent: Span, mentions: list[ActorMention]) -> list[Actor]:
    found: list[Actor] = []
    for m in mentions:
        if m.actor.actor_type == "PERSON" and sent.start <= m.start < sent.end \
                and m.actor not in found:
            found.append(m.actor)
    return found


def pronoun_antecedent(previous: list[list[Actor]]) -> Actor | None:
    """The person a pronoun subject refers to: the only person named in the closest of the
    last two sentences that names any; None when that sentence names several."""
    for persons in reversed(previous[-2:]):
        if persons:
            return persons[0] if len(persons) == 1 else None
    return None
