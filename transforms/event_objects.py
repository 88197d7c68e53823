"""Who was acted on: an event verb's target from its objects and their prepositions.

Split from transforms/event_parties.py (the object-side rules).

Choices worth knowing:
- AID goes to the recipient ("to/à Ukraine"), not to what is given ("Patriot").
- "sanctions contre la Russie": a non-actor object is looked through one level.
- Whether an actor found there is a usable target (places, venues, capitals) is
  decided by event_parties.usable_target.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.countries import ADJECTIVE_INDEX, norm
from transforms.event_parties import (
    RECIPIENT_CASES,
    SOURCE_CASES,
    TARGET_CASES,
    SentenceActors,
    case_of,
    names_a_thing,
    place_case,
    usable_target,
)
from transforms.event_scope import informant
from transforms.event_subjects import fronted_name_object, opened_by_que, prepositional_relative
from transforms.event_triggers import Trigger
from transforms.records import Actor

_OBJECT_DEPS = {"obj", "dobj", "iobj", "dative", "obl", "obl:arg", "obl:mod", "prep", "pobj",
                "nmod", "attr", "ccomp"}

_RECIPIENT_DEPS = {"iobj", "dative"}
# "voiced support for the Philippines", "son soutien pour l'Ukraine", "aid for Gaza": who an
# object noun of support or aid is for.
_BENEFICIARY_CASES = {"SUPPORT": {"for", "pour"}, "AID": {"for", "pour"}}
DIRECT_OBJECT_DEPS = {"obj", "dobj"}


def names_directly(token: Token, actors: SentenceActors) -> bool:
    """The phrase is the actor or its title ("Donald Tusk", "le Premier ministre Donald
    Tusk"), not a thing of theirs ("la décision de Donald Tusk")."""
    return token.i in actors.by_token or any(
        c.dep_ in ("appos", "flat", "flat:name", "compound") and c.i in actors.by_token
        for c in token.children)


def _left_country(actor: Actor, case: str, event_type: str) -> bool:
    """"cut its troop presence in Syria", "retirer ses soldats déployés au Mali": a
    withdrawal acts on the country the forces were in."""
    return event_type == "RETREAT" and actor.actor_type == "COUNTRY" and \
        case in ("in", "en", "dans", "au", "aux")


def read_object(trigger: Trigger, actors: SentenceActors, source: Actor | None,
            event_type: str = "") -> tuple[Actor | None, Token | None]:
    """The target and the phrase naming it. For AID the recipient ("to Ukraine", "à
    l'Ukraine", "gave Ukraine ...") comes before what is given."""
    roots = [trigger.token] + ([trigger.companion] if trigger.companion is not None else [])
    if event_type == "AID":
        found = _scan_objects(roots, actors, source, event_type, recipient_only=True)
        if found[0] is not None:
            return found
    found = _scan_objects(roots, actors, source, event_type)
    if found[0] is None:
        return _described_object(trigger.token, actors, source)
    return found


def relative_antecedent(verb: Token, actors: SentenceActors,
                        source: Actor | None) -> Actor | None:
    """"praised Modi, with whom he held talks", "a salué Narendra Modi, avec qui il s'est
    entretenu": the actor named right before "with whom"/"avec qui" was acted on."""
    preposition = prepositional_relative(verb)
    if preposition is None:
        return None
    i = preposition.i - 1
    while i >= actors.sent.start and verb.doc[i].is_punct:
        i -= 1
    mention = actors.by_token.get(i)
    if mention is None or mention.actor == source:
        return None
    return mention.actor


# "struck what it said was a Hezbollah weapons depot", "struck what it called Hamas
# infrastructure", "a frappé ce qu'il a présenté comme un dépôt d'armes du Hezbollah": the
# object is a free relative whose naming verb tells what was hit; the party named after
# that verb was acted on (the describer, before it, was not).
_NAMING_LEMMAS = {"say", "call", "describe", "claim", "term", "label", "identify", "dire",
                  "présenter", "decrire", "décrire", "qualifier", "appeler", "identifier"}
_FREE_RELATIVES = {"what", "ce"}


def _described_object(verb: Token, actors: SentenceActors,
                      source: Actor | None) -> tuple[Actor | None, Token | None]:
    naming = None
    for child in verb.children:
        if child.lower_ == "ce" and child.dep_ in DIRECT_OBJECT_DEPS:
            naming = next((c for c in child.children if c.dep_ in ("acl:relcl", "relcl")), None)
        elif child.dep_ == "ccomp" and child.i > verb.i + 1 < len(verb.doc) and \
                verb.doc[verb.i + 1].lower_ == "what":
            naming = child  # "struck what it called": the clause right after "what"
        if naming is not None:
            break
    if naming is None or naming.lemma_.lower() not in _NAMING_LEMMAS:
        return None, None
    for token in naming.subtree:
        mention = actors.by_token.get(token.i)
        if token.i > naming.i and mention is not None and mention.actor != source:
            return mention.actor, token
    return None, None


# A fronted scene ("During a visit to Beijing, Macron met Xi", "After talks in Paris, ...")
# sets when and where: what is named inside it ("to Beijing") comes after the verb's own
# complements ("met Xi"), read only when they name no one ("During a phone call with Xi,
# Trump raised the issue of tariffs": Xi).
_SCENE_PREPOSITIONS = {"during", "after", "before", "amid", "following", "since", "pendant",
                       "durant", "lors", "après", "avant"}


def _scene(child: Token) -> bool:
    if child.pos_ == "ADP":
        return child.lower_ in _SCENE_PREPOSITIONS
    return any(c.dep_ == "case" and c.lower_ in _SCENE_PREPOSITIONS for c in child.children)


# "France, along with Germany, condemned Iran", "aux côtés de l'Allemagne": who acted with
# the subject is no one acted on (but "Japan, together with South Korea, held drills": the
# other party of a joint act).
_JOINT_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
_COMPANION_WORDS = {"along", "alongside", "together", "côté", "côtés"}


# Who brokered or hosted the act: "sous l'égide de l'Égypte", "under the auspices of the
# UN", "through the mediation of Qatar": the mediator, not a party acted on.
_MEDIATION_NOUNS = {"égide", "egide", "auspice", "auspices", "aegis", "médiation", "mediation"}


def _glued_object(verb: Token, child: Token) -> bool:
    """"La Russie frappe/PROPN Kiev/flat:name": a present tense the tagger read as a name,
    its object read as the name's next part."""
    return verb.pos_ in ("NOUN", "PROPN", "ADJ", "ADV") and verb.is_lower and \
        child.dep_ in ("flat:name", "flat") and child.i > verb.i


def _companion(child: Token) -> bool:
    if child.lower_ in ("with", "avec") and child.pos_ == "ADP":
        # "Together with Finland, Norway urged ...": the parse may hang "together" under
        # "with"; the companion acted beside the subject, it is no party acted on
        return any(c.lower_ in _COMPANION_WORDS and c.i == child.i - 1 for c in child.children)
    return child.lower_ in _COMPANION_WORDS and (child.pos_ == "ADP" or child.pos_ == "ADV" or
                                                  case_of(child) in ("aux", "à", "au"))


def _scan_objects(roots: list[Token], actors: SentenceActors, source: Actor | None, event_type: str,
                  recipient_only: bool = False) -> tuple[Actor | None, Token | None]:
    for root in roots:
        children = list(root.children)
        relative_que = opened_by_que(root)
        fronted_subject = fronted_name_object(root)
        for child in [c for c in children if not _scene(c)] + \
                [c for c in children if _scene(c)]:
            if child.dep_ not in _OBJECT_DEPS and not child.dep_.startswith("obl") and \
                    not _glued_object(root, child):
                continue
            if child.lemma_.lower() in _MEDIATION_NOUNS:
                continue  # "sous l'égide de l'Egypte", "under the auspices of Qatar"
            if _companion(child) and event_type not in _JOINT_TYPES:
                continue  # a joint act's companion is its other party: "together with"
            if child.pos_ == "ADP":  # English prep -> pobj
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
                case = child.head.lower_
            else:
                case = case_of(child)
            if case in SOURCE_CASES or informant(child, strict=True):
                continue  # the agent acted; "selon le parquet (Pnaco)" only reports
            if not case and child.dep_.startswith("obl") and child.i < root.i and \
                    not relative_que:
                continue  # a bare noun set before the verb is its scene or its misparsed
                # subject, not its target: "Plus de 20 pays, dont la Belgique ..., ont condamné"
            if child is fronted_subject:
                continue  # "... Keir Starmer a salué": the verb's subject (event_subjects)
            if recipient_only and case not in RECIPIENT_CASES and \
                    child.dep_ not in _RECIPIENT_DEPS:
                continue
            if event_type == "AID" and child.dep_ in DIRECT_OBJECT_DEPS and \
                    names_a_thing(child, actors):
                continue
            actor = usable_target(actors.of(child), case, event_type)
            if actor and actor != source and (child.dep_ in ("obj", "dobj", "iobj", "dative")
                                              or case in TARGET_CASES or not case
                                              or _left_country(actor, case, event_type)):
                return actor, child
            # "sanctions contre la Russie": look one level below a non-actor object.
            for grandchild in child.children:
                if grandchild.pos_ == "ADP" and grandchild.dep_ == "prep":
                    grandchild = next((c for c in grandchild.children if c.dep_ == "pobj"), grandchild)
                    gcase = grandchild.head.lower_
                else:
                    gcase = case_of(grandchild)
                # "fired rockets from the town of Beit Hanoun": a place under a class noun
                # is struck or not as the noun is (event_parties.place_case).
                actor = usable_target(actors.of(grandchild), place_case(grandchild)
                                      if event_type == "ASSAULT" else gcase, event_type)
                if actor and actor != source and (gcase in TARGET_CASES or
                                                  gcase in _BENEFICIARY_CASES.get(event_type, ())
                                                  or _left_country(actor, gcase, event_type)):
                    return actor, grandchild
    return None, None


# Seizing a place: "ont pris le contrôle de la base militaire d'El Facher", "se sont emparés
# de la ville de Boulkessi", "seized the town of Bara". The place is the target (eval/README.md:
# a place with no named victim is the target), named below the object noun ("la ville de").
_SEIZING_LEMMAS = {"prendre contrôle", "reprendre contrôle", "s'emparer", "se emparer",
                   "emparer", "capturer", "conquérir", "reprendre", "occuper",
                   "seize", "capture", "take control", "take over", "occupy", "overrun",
                   "retake", "recapture"}
_BELOW_DEPS = {"nmod", "obl", "obl:arg", "obl:mod", "obj", "dobj", "pobj", "prep", "appos",
               "flat", "flat:name", "compound"}


def seized_place(trigger: Trigger, actors: SentenceActors, source: Actor | None) -> Actor | None:
    """The place named up to three phrases below a seizing verb's object."""
    if trigger.lemma not in _SEIZING_LEMMAS:
        return None
    roots = [trigger.companion] if trigger.companion is not None else [trigger.token]
    frontier = [c for root in roots for c in root.children
                if c.dep_ in _OBJECT_DEPS or c.dep_.startswith("obl")]
    # "seized a British tanker in the Strait of Hormuz", "a saisi un pétrolier britannique
    # dans le détroit d'Ormuz": a state's thing seized somewhere; the demonym names whom it
    # was seized from (event_demonym_targets), the strait is only where. ("the Ukrainian
    # town of Pokrovsk" keeps its place: "of" names the thing itself.)
    owned = any(c.dep_ in ("obj", "dobj") and _qualified_by_demonym(c) for c in frontier)
    for _ in range(3):
        for node in frontier:
            actor = actors.by_token.get(node.i)
            if actor is not None and actor.actor.actor_type == "LOCATION" and \
                    actor.actor != source and not (
                        owned and _in_scene(node, actor.start, actor.end)):
                return actor.actor
        frontier = [c for node in frontier for c in node.children if c.dep_ in _BELOW_DEPS]
    return None


_SCENE_CASES = {"in", "dans", "near", "près", "off", "au", "en"}


def _qualified_by_demonym(noun: Token) -> bool:
    """"a British tanker", "un pétrolier britannique": a state's demonym on the noun."""
    return any(c.dep_ in ("amod", "compound") and norm(c.text) in ADJECTIVE_INDEX
               for c in noun.children)


def _in_scene(node: Token, start: int, end: int) -> bool:
    """A place named as where ("in the Strait of Hormuz", "dans le détroit d'Ormuz"), not
    what ("the town of Bara"), read at the name's own head (tokens start..end)."""
    while start <= node.head.i < end and node.head.i != node.i:
        node = node.head
    case = node.head.lower_ if node.dep_ == "pobj" else case_of(node)
    return case in _SCENE_CASES


_PASSIVE_SUBJECTS = {"nsubjpass", "nsubj:pass"}
_IN_CASES = {"in", "à", "au", "aux", "dans", "en"}


def place_of_passive_subject(verb: Token, actors: SentenceActors) -> Actor | None:
    """"Hospitals in Gaza had been attacked", "two villages in the Kherson region were
    shelled": a strike whose passive subject names no actor hit the place that subject is
    in (eval/README.md: a place with no named victim is the target)."""
    for subject in verb.children:
        if subject.dep_ not in _PASSIVE_SUBJECTS or subject.i in actors.by_token:
            continue
        for child in subject.children:
            noun, case = child, case_of(child)
            if child.pos_ == "ADP":
                noun = next((c for c in child.children if c.dep_ == "pobj"), child)
                case = child.lower_
            actor = actors.of(noun) if case in _IN_CASES else None
            if actor is not None and actor.actor_type in ("LOCATION", "COUNTRY"):
                return actor
    return None


# Verbs of going somewhere that the lexicon types CONSULT: the place gone to is the target.
_TRAVEL_LEMMAS = {"se rendre", "se rendre à", "rendre", "rendre à", "travel", "travel to", "fly to"}
_DESTINATION_CASES = {"à", "au", "aux", "en", "to"}


def destination(trigger: Trigger, actors: SentenceActors) -> Actor | None:
    """"s'est rendu lundi à Benghazi", "travelled to Kyiv": the place gone to, as its
    government when it is a capital (usable_target's rule for words to a capital)."""
    if trigger.lemma not in _TRAVEL_LEMMAS:
        return None
    # One level below too: "s'est rendu jeudi à Kiev" parsed with the place on the day.
    phrases = [c for c in trigger.token.children] + [
        g for c in trigger.token.children if c.dep_ in ("xcomp", "obl:mod", "obl")
        and c.i not in actors.by_token for g in c.children if g.dep_ == "nmod"]
    for child in phrases:
        noun, case = child, case_of(child)
        if child.pos_ == "ADP":
            noun = next((c for c in child.children if c.dep_ == "pobj"), child)
            case = child.lower_
        if case not in _DESTINATION_CASES or not child.dep_.startswith(("obl", "prep", "nmod")):
            continue
        actor = actors.of(noun)
        if actor is not None and actor.actor_type in ("LOCATION", "COUNTRY"):
            return usable_target(actor, "", "CONSULT") or actor
    return None


def person_after_title(verb: Token, actors: SentenceActors,
                       source: Actor | None) -> Actor | None:
    """"a rencontré le ministre sud-coréen de la Défense nationale Ahn Gyu-back" parsed with
    the name cut off the title: the person named right after an object phrase that names
    no one."""
    for child in verb.children:
        if child.dep_ not in DIRECT_OBJECT_DEPS or child.pos_ != "NOUN":
            continue
        if any(t.i in actors.by_token for t in child.subtree):
            continue
        after = actors.by_token.get(child.right_edge.i + 1)
        if after is not None and after.actor.actor_type == "PERSON" and after.actor != source:
            return after.actor
    return None


# Aid let in or handed out at a place with no one named: the place is the target
# (eval/README.md: a place with no named victim is the target; "allow aid in" is CONCEDE).
_AID_PLACE_TYPES = {"AID", "CONCEDE"}
_ENTRY_VERBS = {"enter", "reach", "entrer", "atteindre", "parvenir"}
_AID_NOUNS = {"aid", "aide", "entrée", "entry", "access", "accès", "acheminement", "delivery",
              "livraison", "people", "personne", "civilian", "civil", "habitant", "resident",
              "family", "famille", "ration", "food", "vivre", "convoy", "convoi", "truck",
              "camion"}
_AID_PLACE_CASES = {"in", "into", "to", "à", "au", "aux", "dans", "en", "vers"}


def aid_place(trigger: Trigger, actors: SentenceActors, event_type: str) -> Actor | None:
    """"allowed 50 aid trucks to enter Gaza", "a autorisé l'entrée de l'aide à Gaza",
    "delivered food rations to 200,000 people in Darfur", "a distribué des rations au
    Darfour": the place the aid went into."""
    if event_type not in _AID_PLACE_TYPES:
        return None
    for token in trigger.token.subtree:
        mention = actors.by_token.get(token.i)
        if token.i <= trigger.token.i or mention is None or \
                mention.actor.actor_type not in ("LOCATION", "COUNTRY"):
            continue
        head = token.head
        case = case_of(token)
        if token.dep_ == "pobj":
            head = token.head.head
        if token.dep_ in ("dobj", "obj") and head.lemma_.lower() in _ENTRY_VERBS:
            return mention.actor  # "to enter Gaza"
        if case not in _AID_PLACE_CASES:
            continue
        if head.lemma_.lower() in _AID_NOUNS or (event_type == "AID" and head.i == trigger.token.i):
            return mention.actor
    return None


_HELPING_LEMMAS = {"help", "assist", "aid", "aider", "assister", "secourir", "épauler"}
_PURPOSE_DEPS = {"advcl", "xcomp"}


def helped_party(trigger: Trigger, actors: SentenceActors) -> Actor | None:
    """"sent investigators to Lae to help Papua New Guinea", "a envoyé des secouristes à
    Antakya pour aider la Turquie": the party the purpose clause names as helped is the
    one aided; the town the help was sent to is only where it went."""
    for clause in trigger.token.children:
        if clause.dep_ not in _PURPOSE_DEPS or clause.lemma_.lower() not in _HELPING_LEMMAS:
            continue
        for obj in clause.children:
            if obj.dep_ in DIRECT_OBJECT_DEPS and (helped := actors.of(obj)) is not None:
                return helped
    return None
