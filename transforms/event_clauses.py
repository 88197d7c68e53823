"""Which verb triggers are not reported actions: plans, conditions, purpose infinitives,
allegations and side participles (eval/README.md). Split out of events.py."""
from __future__ import annotations

from spacy.tokens import Token

from transforms.event_parties import SentenceActors
from transforms.event_subjects import named_agent
from transforms.event_triggers import SUBJECT_DEPS, after_auxiliary, lemma_of

# Verbs after which an English to-infinitive is the event itself ("decided to sanction").
_INFINITIVE_HOSTS = {"decide", "begin", "start", "continue", "vote", "move", "décider", "commencer",
                     "continuer", "voter", "entreprendre"}
# Not "pcomp": "after meeting with Nakatani" tells of a meeting that happened (eval set).
_GERUND_SIDE_DEPS = {"advcl", "acl", "xcomp", "ccomp", "obl", "obl:mod"}
_HYPOTHETICAL_MARKS = {"if", "unless", "whether", "si", "s'", "s’"}
_PURPOSE_MARKS = {"pour", "afin"}
# Verbs of going somewhere: a purpose infinitive on them is what the trip was.
_TRIP_VERBS = {"travel", "arrive", "fly", "come", "head", "voyager", "arriver", "venir", "rendre"}


# Auxiliaries of what will, would or could happen: plans, forecasts and conditions, no event
# (eval/README.md: "will explore", "even if it sends"). Threats and requests about the
# future are coded on their own verb ("warned it would strike" is THREATEN).
_UNREAL_AUXILIARIES = {"will", "would", "could", "might", "may", "should", "shall", "can", "must",
                       "'ll", "’ll", "'d", "’d", "wo", "ca"}
# Heads whose infinitive is a plan, duty or wish: "doit financer", "devraient se rencontrer",
# "pourraient offrir", "est prêt à envoyer", "is ready to send".
_PLAN_HEADS = {"devoir", "pouvoir", "vouloir", "compter", "prévoir", "envisager", "souhaiter",
               "espérer", "projeter", "aller", "prêt", "disposé", "ready", "willing", "able",
               "likely", "poised"}


def _unreal(token: Token) -> bool:
    """A verb in the future or the conditional, under a modal ("would send", "could block",
    "enverra", "pourraient offrir", "doit financer"), or the conjunct of one ("will meet and
    sign"). The French conditional perfect ("aurait attaqué") is the press's "reportedly":
    still an event."""
    for verb in (token, token.head) if token.dep_ == "conj" else (token,):
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
        if any(a.lower_ in _UNREAL_AUXILIARIES or lemma_of(a) in _PLAN_HEADS for a in auxiliaries):
            return True
        mood = verb.morph.get("Mood") + verb.morph.get("Tense")
        if ("Fut" in mood or "Cnd" in mood) and not auxiliaries:
            return True
        if "Inf" in verb.morph.get("VerbForm") and verb.head is not verb and \
                lemma_of(verb.head) in _PLAN_HEADS:
            return True
    return False


# "four Serbs suspected of attacking a patrol", "soupçonnés d'avoir attaqué", "a man accused
# of killing": what someone is suspected of, in a participle on a noun, is an allegation.
_SUSPICION_LEMMAS = {"suspect", "accuse", "allege", "soupçonner", "suspecter", "accuser",
                     "soupçonné", "suspecté", "accusé", "présumé"}


def _suspected_act(token: Token) -> bool:
    node = token
    for _ in range(3):
        if node.head is node:
            return False
        node = node.head
        if lemma_of(node) in _SUSPICION_LEMMAS:
            attributive = node.dep_ in ("acl", "amod") or node.pos_ in ("ADJ", "NOUN")
            has_auxiliary = any(c.dep_.startswith("aux") for c in node.children)
            return attributive and not has_auxiliary
    return False


def _reflexive_s(mark: Token) -> bool:
    """"s'y sont opposés", "s'est emparé": the reflexive "s'", which the parser often marks
    like the "s'" of "s'il" (a condition); only before il/ils is it "si"."""
    following = mark.nbor(1) if mark.i + 1 < len(mark.doc) else None
    return mark.lower_ in ("s'", "s’") and (following is None or
                                            following.lower_ not in ("il", "ils"))


# Speech acts are acts of their own even as a side gerund ("a salué ... tout en appelant à
# accélérer", "criticised the plan, calling for a new vote"): unlike "killing twelve", they
# are not a detail of the main event but a second thing the same speaker did.
SPEECH_ACT_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}


def background_clause(token: Token, actors: SentenceActors, speech_act: bool = False) -> bool:
    """Verbs that are not the reported action: purpose/planned infinitives ("to discuss",
    "pour discuter", "was due to meet"), participial side clauses ("killing twelve",
    "wounded prisoners", "a man accused of"), conditions ("if the United States attacked")."""
    children = list(token.children)
    if any(c.lower_ in _HYPOTHETICAL_MARKS and c.dep_ == "mark" and not _reflexive_s(c)
           for c in children):
        return True
    if _unreal(token) or _suspected_act(token):
        return True
    participle = token.tag_ in ("VBN", "VBG") or "Part" in token.morph.get("VerbForm")
    # ... unless it names who acted: "a summit hosted by Japan", "accueilli par le Japon".
    # ... nor when an auxiliary stands before it: "ont de leur côté déployé des radars", "a par
    # le passé rejeté" is a perfect tense the parser hung on a noun in between.
    if token.dep_ in ("amod", "acl") and participle and not named_agent(token, actors) and \
            not any(c.dep_ in SUBJECT_DEPS for c in children) and not after_auxiliary(token):
        return True
    head_lemma = lemma_of(token.head)
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
    # Also "en livrant des armes", "showing the vessel being hit", "spent
    # decades negotiating": a gerund with no subject and no "be" of its own hangs on another
    # verb, which is the reported action ("began shelling" is the shelling: a host verb).
    gerund = token.tag_ == "VBG" or (participle and "Pres" in token.morph.get("Tense"))
    progressive = any(c.dep_.startswith("aux") for c in children)
    side = token.dep_ in _GERUND_SIDE_DEPS and head_lemma not in _INFINITIVE_HOSTS
    return gerund and side and not progressive and not speech_act and \
        not any(c.dep_ in SUBJECT_DEPS for c in children)
