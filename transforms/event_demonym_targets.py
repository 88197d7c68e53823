"""A target named only by a demonym on what was acted on: "doubled duties on Indian
goods", "a expulsé douze diplomates algériens", "fired rockets at Thai positions",
"a balayé la décision européenne".

The actor guidelines (eval/README.md, "## Actors") make a demonym on a thing no actor
mention, so the object holds no actor and the target was lost, or taken from a scene
further on ("in Surin province"). The state whose goods, cities or diplomats were hit is
who was acted on (eval/README.md, "## Events"). It is taken only when the article names
that state elsewhere as an actor: the gold lists every event party among the actors, and
the event must name one of the article's actors.

Only the trigger's own object and prepositional complements are read (and one phrase
below them: "les droits de douane sur les produits indiens"), never a scene ("in", "dans")
nor an agent ("by", "par"). What is moved or given ("deployed American troops", "sent
French weapons") is the actor's own, so MOBILIZE, RETREAT, AID and PROTEST are left out.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.countries import ADJECTIVE_INDEX, country_name, norm
from transforms.event_parties import TARGET_CASES, case_of
from transforms.records import Actor, ActorMention

# Types whose object is what was acted on, not the actor's own forces or gifts.
_ACTED_ON_TYPES = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "REJECT", "THREATEN",
                   "REQUEST", "SUPPORT", "CONCEDE", "CONSULT", "COOPERATE", "AGREE"}
_OBJECT_DEPS = {"obj", "dobj", "obl", "obl:arg", "obl:mod", "nmod", "prep", "pobj"}
_BELOW_DEPS = {"nmod", "prep", "pobj"}
# "la décision européenne", "the European proposal": the Union, when the article names it.
_UNION_ADJECTIVES = {"europeen", "europeenne", "europeens", "europeennes", "european"}
_UNION = "European Union"


# "le chargé d'affaires français": the elided and contracted "de" are a "de" phrase too.
_DE_FORMS = {"d'": "de", "d’": "de", "du": "de", "des": "de"}


def _phrase_case(token: Token) -> tuple[Token, str]:
    """The noun of a complement and its preposition (English prep -> pobj)."""
    if token.pos_ == "ADP":
        noun = next((c for c in token.children if c.dep_ == "pobj"), token)
        return noun, token.lower_
    case = case_of(token)
    return token, _DE_FORMS.get(case, case)


def _complements(roots: list[Token]) -> list[Token]:
    """Object and target-case complement nouns of the roots, then one phrase below them."""
    found: list[Token] = []
    for root in roots:
        for child in root.children:
            if child.dep_ not in _OBJECT_DEPS and not child.dep_.startswith("obl"):
                continue
            noun, case = _phrase_case(child)
            if case and case not in TARGET_CASES:
                continue  # a scene ("in Surin province"), an agent ("by"), a purpose ("for")
            found.append(noun)
            for below in noun.children:
                if below.dep_ in _BELOW_DEPS:
                    inner, inner_case = _phrase_case(below)
                    if inner_case in TARGET_CASES:
                        found.append(inner)
    return found


def _article_actor(key: str, mentions: list[ActorMention]) -> Actor | None:
    if key in _UNION_ADJECTIVES:
        return next((m.actor for m in mentions if m.actor.name == _UNION), None)
    code = ADJECTIVE_INDEX.get(key)
    if code is None:
        return None
    name = country_name(code)
    return next((m.actor for m in mentions
                 if m.actor.actor_type == "COUNTRY" and m.actor.name == name), None)


def demonym_target(trigger: Token, companion: Token | None, event_type: str,
                   source: Actor | None, mentions: list[ActorMention]) -> Actor | None:
    """The article's country (or the EU) whose demonym qualifies the acted-on noun."""
    if event_type not in _ACTED_ON_TYPES:
        return None
    roots = [trigger] + ([companion] if companion is not None else [])
    for noun in _complements(roots):
        for child in _modifiers(noun):
            if not child.is_alpha:
                continue
            actor = _article_actor(norm(child.text), mentions)
            if actor is not None and actor != source and (
                    source is None or actor.country_code is None
                    or source.country_code != actor.country_code):
                return actor
    return None


def _modifiers(noun: Token) -> list[Token]:
    """The adjectives and compounds on a noun, and those on its compounds: "a Thai border
    post" (the small English model makes the demonym a compound), "a Kyrgyz border patrol"
    (where it hangs on "border")."""
    found = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    return found + [g for c in found if c.dep_ == "compound" for g in c.children
                    if g.dep_ in ("amod", "compound")]


def demonym_actor(word: str, mentions: list[ActorMention]) -> Actor | None:
    """The article's country (or the EU) a demonym names ("russes" -> Russia), or None."""
    return _article_actor(norm(word), mentions)


# "Les ministres de la Santé guinéen et sierra-léonais se sont rencontrés", "the Egyptian and
# Turkish foreign ministers discussed": office-holders of several states named by their
# demonyms alone. Each state acted (eval/README.md: a demonym counts for people acting for
# their country), and a joint act goes from the first named to the second.
_OFFICE_NOUNS = {"ministre", "minister", "chef", "dirigeant", "leader", "président",
                 "president", "négociateur", "negotiator", "délégation", "delegation",
                 "diplomate", "diplomat", "envoyé", "envoy", "homologue", "counterpart"}


def demonym_parties(subject: Token | None, verb: Token,
                    mentions: list[ActorMention]) -> list[Actor]:
    """The article's countries whose demonyms qualify a plural office noun subject."""
    if subject is None or subject.pos_ != "NOUN" or \
            subject.lemma_.lower() not in _OFFICE_NOUNS or \
            "Plur" not in subject.morph.get("Number"):
        return []
    words = " ".join(t.text for t in subject.subtree if t.i < verb.i).replace(" - ", "-")
    found: list[Actor] = []
    for word in words.split():
        actor = _article_actor(norm(word), mentions)
        if actor is not None and actor not in found:
            found.append(actor)
    return found if len(found) >= 2 else []
