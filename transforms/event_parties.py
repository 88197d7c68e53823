"""Reading an event's parties off the dependency parse: who acted (source) on whom (target).

Everything here works on one sentence's actor mentions (`SentenceActors`) and
falls back to word order where parses of machine-translated news are broken. The
subject side lives in transforms/event_subjects.py, the object side in
transforms/event_objects.py; this module holds the actor lookup, the rules on which
actors can be targets or sources at all and nominal triggers (cross-sentence links are in
transforms/event_anaphora.py).

Choices worth knowing:
- Parties: several sources or targets of one action are read from coordinated
  phrases ("Mali, Burkina Faso and Niger"); a pronoun subject is the one person
  named in the closest of the two previous sentences.
- The person named acts, not the body or country in their title ("le porte-parole
  du Kremlin, Dmitri Peskov", "through spokesman Peskov"), and their own country
  is never their target.
- Places never act and are targets of strikes only; a capital acting or acted on
  by words is its country; an actor "in"/"near" somewhere is the scene, and a body
  named as a meeting's venue ("à l'Élysée") is no target.
- Nominal triggers ("l'invasion de l'Ukraine par la Russie") read 'par/by' or a
  possessive as source and 'de/of/contre' as target.
- "for talks with" / "pour des pourparlers" hung on a verb of travel or presence is
  the trip's purpose: the traveller is the source of the talks.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from transforms.cameo import PLOVER_TO_CAMEO, quad_class
from transforms.countries import ADJECTIVE_INDEX, CAPITAL_INDEX, country_name, norm
from transforms.datelines import dateline_spans
from transforms.event_scope import (
    CONTRAST_OPENERS,
    in_purpose_clause,
    in_side_clause,
    informant,
    side_clause_start,
)
from transforms.event_triggers import SUBJECT_DEPS, finite_conjunct_of_infinitive, lemma_of
from transforms.records import Actor, ActorMention

# "au", "aux": "a demandé aux Etats-Unis de", where the small model keeps the contraction
# of "à" as one token (places after them stay scenes: usable_target's locative cases).
TARGET_CASES = {"contre", "à", "au", "aux", "avec", "sur", "vers", "envers", "de", "against",
                "with", "on", "to", "into", "toward", "towards", "at", "of", "upon", "from"}
SOURCE_CASES = {"par", "by"}
# "l'accord signé entre Kinshasa et Kigali", "talks between Washington and Tehran": a joint
# act's two parties, the first named as source and the second as target (eval/README.md).
BETWEEN_CASES = {"entre", "between"}
RECIPIENT_CASES = {"to", "à", "au", "aux"}
# Links through which a trigger inherits its subject from its head.
CHAIN_DEPS = {"xcomp", "conj", "advcl", "ccomp", "acl", "acl:relcl", "relcl"}


# Links under which a parser hangs the first member of "A and B" on B.
_LIST_HEAD_DEPS = {"nmod", "compound", "npadvmod"}
_NAMING_DEPS = {"flat:name", "flat", "appos", "compound", "amod", "nmod", "poss", "fixed",
                "nummod"}


_CLITICS = {"se", "s'", "s’", "y", "en", "ne", "n'", "n’", "lui", "leur", "leurs", "nous", "vous"}
# "ont, elles aussi, dénoncé", "have, they too, rejected": a pronoun taking the list up again.
_RESUMING = {",", "elles", "ils", "eux", "they", "both", "tous", "toutes", "deux"}
# Words between the members of a list of actors: "A, B et C", "the A and the B".
_LIST_FILLER = {",", "et", "and", "the", "le", "la", "les", "l'", "l’"}


def _informant(doc, start: int) -> bool:
    """"selon l'OMS", "d'après le HCR", "according to the IOM": who reports the event is no
    party to it."""
    before = [t.lower_ for t in doc[max(start - 3, 0):start]]
    words = [w for w in before if w not in ("le", "la", "les", "l'", "l’", "the")]
    return bool(words) and (words[-1] in ("selon", "d'après", "d’après") or
                            words[-2:] == ["according", "to"])


_MEMBERS_OPENERS = {"dont", "including", "notamment"}


# A name that is the object of another verb or of a preposition, in a list of its own, is no
# member of the subject list before this verb: "sold jets to Brazil, Hungary and Thailand,
# and Colombia signed a contract".
_OBJECT_DEPS = {"pobj", "dobj", "obj", "iobj", "dative", "obl", "obl:arg", "obl:mod", "nmod"}


def _first_conjunct(token: Token) -> Token:
    for _ in range(8):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    return token


def _governed_elsewhere(token: Token, last: Token, verb: Token) -> bool:
    first = _first_conjunct(token)
    if first.i == _first_conjunct(last).i or first.head.i == verb.i:
        return False  # the same list as the name next to the verb, or the verb's own
    return first.dep_ in _OBJECT_DEPS or any(c.dep_ == "case" for c in first.children)


# Bodies a description can follow ("the Liberal Party, the party of ...").
_BODY_TYPES = {"ORGANIZATION", "GROUP"}


class SentenceActors:
    """Actor lookup by token index within one sentence."""

    def __init__(self, sent: Span, mentions: list[ActorMention]):
        self.sent = sent
        self.by_token: dict[int, ActorMention] = {}
        doc = sent.doc
        datelines = [(start, end) for start, end in dateline_spans(doc)
                     if start < sent.end and end > sent.start]
        for mention in mentions:
            # A name cut by a wrong sentence break ("Volker / Türk a dénoncé", "Iyad / Ag
            # Ghaly"): its part in this sentence still names the actor.
            if mention.start >= sent.end or mention.end <= sent.start:
                continue  # checked first: an article has many mentions, a sentence few
            if any(start <= mention.start and mention.end <= end for start, end in datelines):
                continue  # "MANILA, Feb 18 (Vigie) - Chinese ships fired": not Manila
            if _informant(doc, mention.start) or (
                    sent.start <= mention.start and informant(doc[mention.start])):
                continue
            for i in range(max(mention.start, sent.start), min(mention.end, sent.end)):
                self.by_token.setdefault(i, mention)

    def of(self, token: Token) -> Actor | None:
        """The actor a phrase headed by `token` names (itself, a flat/appos part, or a conjunct)."""
        mention = self.by_token.get(token.i)
        if mention:
            return mention.actor
        # A part with its own preposition is a phrase of its own the parser hung wrongly
        # ("une base militaire près de/flat Mogadiscio").
        named = [self._person_apposed(child) or self.by_token[child.i].actor
                 for child in token.children
                 if child.dep_ in _NAMING_DEPS and child.i in self.by_token
                 and not (child.dep_.startswith("flat") and case_of(child))
                 and case_of(child) not in _NEAR_ONLY]  # "au large de la Libye" names no one
        # "le porte-parole du Kremlin, Dmitri Peskov": the person named acted, not the body
        # or country in the title.
        person = next((a for a in named if a.actor_type == "PERSON"), None)
        if person is None and len(named) > 1:
            # "The UN peacekeeping mission, MONUSCO, called for": the body set off by commas
            # is the one named, the owner before the noun only says whose it is. (Only with
            # every other name before the noun: "des dirigeants de Hanwha, Hyundai Rotem" is
            # a list the parse cut into an apposition.)
            naming = [c for c in token.children if c.dep_ in _NAMING_DEPS and c.i in self.by_token]
            apposed = [self.by_token[c.i].actor for c in naming
                       if c.dep_ == "appos" and c.i > token.i]
            if apposed and all(c.i < token.i for c in naming if c.dep_ != "appos"):
                person = apposed[0]
        if person is None and named and named[0].actor_type == "COUNTRY":
            # "Le groupe taïwanais TSMC a salué": the company named acted, not its country.
            person = next((self._named_beside(c) for c in token.children
                           if c.dep_ == "amod" and c.i in self.by_token), None) or \
                self._body_after_owner(token)
        return person or (named[0] if named else None)

    def _body_after_owner(self, noun: Token) -> Actor | None:
        """"Yemen's Houthi movement", "Russia's Wagner group": the body named on the noun
        is the one meant; the country before it only says where it is."""
        if not any(c.dep_ == "poss" and c.i in self.by_token for c in noun.children):
            return None
        return next((self.by_token[c.i].actor for c in noun.children
                     if c.dep_ == "compound" and c.i in self.by_token
                     and self.by_token[c.i].actor.actor_type in ("GROUP", "ORGANIZATION")),
                    None)

    def _person_apposed(self, body: Token) -> Actor | None:
        """"le président du PS Paul Magnette" parsed with the person apposed to the body
        in the title: that person."""
        if self.by_token[body.i].actor.actor_type == "PERSON":
            return None
        return next((self.by_token[c.i].actor for c in body.children
                     if c.dep_ == "appos" and c.i in self.by_token
                     and self.by_token[c.i].actor.actor_type == "PERSON"), None)

    def _named_beside(self, demonym: Token) -> Actor | None:
        """The body or person named on the noun a demonym qualifies: "le groupe français
        Orano", "the Chinese firm Huawei", also when the parser read the name as a second
        adjective ("le groupe taïwanais TSMC")."""
        return next((self.by_token[c.i].actor for c in demonym.head.children
                     if c.i != demonym.i and c.i in self.by_token
                     and c.dep_ in ("appos", "flat", "flat:name", "nmod", "compound", "amod")
                     and not case_of(c)
                     and self.by_token[c.i].actor.actor_type in ("ORGANIZATION", "PERSON")),
                    None)

    def in_title_phrase(self, head: Token) -> Actor | None:
        """The actor of "Le président taïwanais Lai Ching-te", "le secrétaire général de
        l'OTAN, Mark Rutte", whose head is the title: the person named, else the first actor."""
        inside = [self.by_token[t.i].actor for t in head.subtree if t.i in self.by_token
                  and self.by_token[t.i].actor.actor_type != "LOCATION"
                  and not self._describes_body(t, head)]
        return self.holder_after_owner(head) or \
            next((a for a in inside if a.actor_type == "PERSON"), inside[0] if inside else None)

    def _describes_body(self, token: Token, head: Token) -> bool:
        """The token sits in a description set beside a body: "Senators from the Liberal
        Party, the party of former President Bolsonaro, ...": the party acted, not the one
        the apposed "the party of" names."""
        doc = token.doc
        node = token
        while node.i != head.i and node.head.i != node.i:
            if node.dep_ == "appos" and node.pos_ == "NOUN" and node.i not in self.by_token:
                # hung on the body, or (a misparse) on the head noun, right after the body
                start = node.left_edge.i
                named = node.head if node.head.i in self.by_token else (
                    doc[start - 2] if start >= 2 and doc[start - 1].text == "," else None)
                body = self.by_token.get(named.i) if named is not None else None
                if body is not None and named.pos_ == "PROPN" and \
                        body.actor.actor_type in _BODY_TYPES:
                    return True
            node = node.head
        return False

    def holder_after_owner(self, head: Token) -> Actor | None:
        """"Le chef de cabinet du président Javier Milei, Manuel Adorni", "the adviser to
        Donald Trump for Africa, Massad Boulos": a second person set off by a comma after
        the person the title hangs on holds the title (a person is never restated by
        another name), however the parser attached it."""
        doc = head.doc
        persons = []
        for t in head.subtree:
            mention = self.by_token.get(t.i)
            if mention is not None and mention.actor.actor_type == "PERSON" and \
                    (not persons or persons[-1] is not mention):
                persons.append(mention)
        if len({m.actor.name for m in persons}) < 2:
            return None
        last = persons[-1]
        if last.start == 0 or doc[last.start - 1].text != ",":
            return None
        # It closes the subject ("..., Manuel Adorni, a accusé"), not a list ("of
        # Starmer, Sunak and Davey").
        after = doc[last.end] if last.end < len(doc) else None
        if after is not None and after.text != "," and head.left_edge.i <= after.i <= head.right_edge.i:
            return None
        return last.actor

    def nearest_before(self, index: int, exclude: Actor | None) -> Actor | None:
        for i in range(index - 1, self.sent.start - 1, -1):
            mention = self.by_token.get(i)
            # Places do not act; a capital speaking for its government is already a country.
            if mention and mention.actor != exclude and mention.actor.actor_type != "LOCATION":
                return mention.actor
        return None

    def listed_just_before(self, verb: Token) -> list[Actor]:
        """"l'Allemagne et l'Espagne pressent pour", "La France, les Etats-Unis et l'Allemagne
        ont recommandé" where the parse gave the verb no subject: the list of actors ending
        right before the verb (only auxiliaries, adverbs and clitics between), or []."""
        doc = verb.doc
        i = verb.i - 1
        while i >= self.sent.start and i not in self.by_token and (
                doc[i].pos_ in ("AUX", "ADV", "PART") or doc[i].lower_ in _CLITICS or
                doc[i].lower_ in _RESUMING):
            i -= 1
        i = self._qualifier_end(i)
        listed: list[Actor] = []
        last = doc[self.by_token[i].start:self.by_token[i].end].root if i in self.by_token \
            else verb
        conjunction = False  # a list has "et/and" before its last member: "En Ukraine, la
        while i >= self.sent.start and i in self.by_token:  # Russie a..." is no list
            mention = self.by_token[i]
            if listed and _governed_elsewhere(doc[mention.start:mention.end].root, last, verb):
                break  # "sold jets to Brazil, Hungary and Thailand, and Colombia signed"
            if mention.actor.actor_type != "LOCATION" and mention.actor not in listed:
                listed.insert(0, mention.actor)
            i = mention.start - 1
            gap = []
            while i >= self.sent.start and i not in self.by_token and \
                    doc[i].lower_ in _LIST_FILLER:
                gap.append(doc[i].lower_)
                i -= 1
            if gap:
                i = self._qualifier_end(i)
            if len(listed) == 1 and gap:
                conjunction = bool({"et", "and"} & set(gap))
            if i >= self.sent.start and i not in self.by_token:
                break
        return listed if len(listed) >= 2 and conjunction else []

    def _qualifier_end(self, i: int) -> int:
        """Past one lower-case word qualifying the name before it ("la CSC chrétienne et la
        CGSLB libérale ont"): the index of that name's last token, else `i` unchanged."""
        doc = self.sent.doc
        if i - 1 >= self.sent.start and i not in self.by_token and i - 1 in self.by_token \
                and doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ in ("ADJ", "VERB"):
            return i - 1  # the tagger reads some of them as verbs ("chrétienne")
        return i

    def member_cut_from_subject(self, subject: Token | None) -> Actor | None:
        """"l'armée malienne et l'armée nigérienne ont attaqué", "Dans un communiqué, Paris et
        Berlin ont appelé": the French parse made the verb a conjunct of a noun before the
        "et" and left it only the second member as subject. A plural verb with one singular
        subject after its own "et" says the subject was a list: the actor named right
        before the "et" is its first member, or None."""
        if subject is None or subject.dep_ not in SUBJECT_DEPS or subject.conjuncts or \
                "Sing" not in subject.morph.get("Number"):
            return None
        verb = subject.head
        finite = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
        if verb.dep_ != "conj" or not any("Plur" in t.morph.get("Number") and
                                          "Fin" in t.morph.get("VerbForm") for t in finite):
            return None
        joint = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ == "et"
                      and verb.head.i < c.i < subject.i), None)
        if joint is None or not self.sent.start < joint.i or \
                self.sent.doc[joint.i - 1].text == ",":
            return None  # ", et les faillites ont augmenté": a second clause
        mention = self.by_token.get(joint.i - 1)
        if mention is None:
            return None
        first = _government(mention.actor)  # "Paris et Berlin": the two governments
        return None if first.actor_type == "LOCATION" else first

    def members_named_before(self, verb: Token) -> list[Actor]:
        """"Plus de 80 pays, dont la France, l'Allemagne et la Colombie, avaient soutenu",
        "several unions, including the CGT, denounced": a group acting whose members are
        named between "dont/including/among them" and the commas closing the aside before
        the verb; each member acted. [] when there is no such aside."""
        doc = verb.doc
        i = verb.i - 1
        while i >= self.sent.start and (doc[i].pos_ in ("AUX", "ADV", "PART") or
                                         doc[i].lower_ in _CLITICS):
            i -= 1
        if i < self.sent.start or doc[i].text != ",":
            return []
        for j in range(i - 1, max(self.sent.start, i - 25) - 1, -1):
            if doc[j].lower_ in _MEMBERS_OPENERS:
                if j == self.sent.start or doc[j - 1].text != ",":
                    return []
                members: list[Actor] = []
                for k in range(j + 1, i):
                    mention = self.by_token.get(k)
                    if mention is not None and mention.actor not in members and \
                            mention.actor.actor_type != "LOCATION":
                        members.append(mention.actor)
                return members
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].lower_ in ("qui", "who", "which"):
                return []
        return []

    def next_after(self, index: int, exclude: Actor | None, places: bool = True,
                   verb: Token | None = None, shallow: bool = False) -> Actor | None:
        """First actor after `index`, not inside a clause coordinated with `verb`."""
        other_clauses = _coordinated_clauses(verb) if verb is not None else set()
        doc = self.sent.doc
        for i in range(index + 1, self.sent.end):
            mention = self.by_token.get(i)
            if side_clause_start(doc, i):
                return None  # ", estimant que l'Europe...", ", saying Washington...": not it
            if i in other_clauses or in_side_clause(doc[i], verb, complements=False) or \
                    _namer(doc[i], self.by_token) or \
                    (shallow and verb is not None and _deeply_nested(doc[i], verb)):
                continue
            if _subject_of_another_verb(doc[i], verb) and not verb.is_ancestor(doc[i]):
                return None  # the next clause's subject: this verb's words are over
            # (a subject inside the verb's own words stays: "demanded that Israel withdraw")
            if mention and (case_of(doc[i]) in _SCENE_CASES or said_on(doc[i], mention.actor)):
                continue  # "plaide pour une mission au large de la Libye": a scene
            if mention and mention.actor != exclude and (places or
                                                         mention.actor.actor_type != "LOCATION"):
                return mention.actor
        return None

    def first_after(self, token: Token, exclude: Actor | None, places: bool = True,
                    things: bool = True, near_places: bool = True,
                    purposes: bool = True, shallow: bool = False,
                    passed_cases: frozenset[str] = frozenset()) -> Actor | None:
        """First actor in the trigger's phrase; without `places`, no place and nothing
        named as the scene ("a strike in France"); without `near_places`, no place the
        action was only near ("attacked a base near Mogadishu"); without `things`, no proper
        noun that names an object ("Patriot systems"); with `shallow`, no actor nested in
        what the object is about (an accusation's target); nothing in a phrase the verb governs
        through one of `passed_cases` ("sent a team on an Air Force plane": not to it)."""
        other_clauses = _coordinated_clauses(token)
        doc = token.doc
        end = next((i for i in range(token.i + 1, token.sent.end)
                    if doc[i].lower_ in CONTRAST_OPENERS and side_clause_start(doc, i)),
                   token.sent.end)
        for t in token.subtree:
            if t.i >= end:
                break
            mention = self.by_token.get(t.i)
            if t.i <= token.i or not mention or mention.actor == exclude or \
                    t.i in other_clauses or in_side_clause(t, token) or informant(t, strict=True) \
                    or _namer(t, self.by_token):
                continue
            if said_on(t, mention.actor):
                continue  # "a fustigé sur Facebook"
            if passed_cases and _path_cases(t, token) & passed_cases:
                continue
            if shallow and _deeply_nested(t, token):
                continue
            if not purposes and in_purpose_clause(t, token):
                continue  # "hosted leaders to discuss guarantees for Ukraine": not Ukraine
            place = mention.actor.actor_type == "LOCATION"
            if not places and (place or case_of(t) in _SCENE_CASES):
                continue
            if not near_places and place and place_case(t) in _NEAR_CASES:
                continue
            if t.dep_ == "amod" and mention.actor.actor_type == "COUNTRY" and \
                    (named := self._named_beside(t)) is not None:
                return named  # "au groupe français Orano": Orano, not France
            if things or not names_a_thing(t.head, self):
                titled = self.of(t.head) if t.dep_ in ("nmod", "pobj") else None
                # "le président de la France Emmanuel Macron": the person the title names
                return titled if titled and titled.actor_type == "PERSON" else mention.actor
        return None


_MODIFIER_DEPS = {"amod", "compound", "poss", "nmod:poss", "flat", "flat:name", "det"}


def _path_cases(token: Token, verb: Token) -> set[str]:
    """The prepositions between the verb and `token` ("on" for "Air Force" in "sent a team
    on an Air Force plane")."""
    cases, node = set(), token
    for _ in range(12):
        cases.add(node.lower_ if node.pos_ == "ADP" else case_of(node))
        if node.head.i == verb.i or node.head.i == node.i:
            break
        node = node.head
    return cases


def _deeply_nested(token: Token, verb: Token) -> bool:
    """"a condamné une violation des résolutions du Conseil de sécurité", "a accusé les
    Européens de saboter les négociations menées sous l'égide des États-Unis": a party two
    nouns down the object, or in a clause on one of its nouns, is what the accusation is
    about, not whom it accuses ("the attack by Russian forces", "China's conduct" are)."""
    # A name's own title or head noun is the same party: "la réforme du ministre David
    # Clarinval" is one noun down ("ministre Clarinval"), the reform's author.
    node = token.head if token.dep_ not in _MODIFIER_DEPS | {"appos"} else token.head.head
    nouns = 0
    for _ in range(12):
        if node.i == verb.i or node.head.i == node.i:
            break
        if node.dep_ in ("acl", "relcl", "acl:relcl") and node.head.pos_ in ("NOUN", "PROPN"):
            # ... unless it is the clause's doer: "accuse the dams built by Turkey".
            return not (token.dep_ in ("obl:agent", "agent") or
                        case_of(token) in ("by", "par") or
                        token.dep_ == "pobj" and token.head.lower_ == "by")
        if node.pos_ in ("NOUN", "PROPN"):
            nouns += 1
        node = node.head
    return nouns >= 2


# "condemned what the State Department called China's conduct": who names the act is no
# party to it.
_NAMING_VERBS = {"call", "describe", "term", "label", "brand", "dub", "qualifier", "décrire"}
_WHAT = {"what", "ce", "que", "qu'", "qu’"}


def _namer(token: Token, by_token: dict) -> bool:
    """The subject of "what X called Y" when Y names a party of its own ("China's
    conduct"); not when X is the only party ("rejected what Moscow described as an
    offer": Moscow's offer)."""
    while token.dep_ in ("compound", "flat", "flat:name", "det") and token.head.i != token.i:
        token = token.head  # "State" of "the State Department"
    head = token.head
    if token.dep_ not in ("nsubj", "nsubj:pass") or head.i == token.i or \
            lemma_of(head) not in _NAMING_VERBS or not any(
                c.lower_ in _WHAT and c.i < token.i for c in head.children):
        return False
    namer = by_token.get(token.i)
    return any(t.i in by_token and t.i > token.i and by_token[t.i] is not namer
               for t in head.subtree)


def _coordinated_clauses(verb: Token) -> set[int]:
    """Tokens of the verbs coordinated after this one ("denied X and blamed the army"):
    each acts on its own object, so they lend none to this verb. A verb that goes on with
    the same thing ("a libéré 23 prisonniers et les a remis à l'Ukraine") still does."""
    # The parse often hangs the second verb on the first one's reported clause ("denied that
    # its forces had laid mines and blamed Ukraine": blamed <- laid): not this verb's either.
    heads = [verb, *(c for c in verb.children if c.dep_ == "ccomp")]
    return {t.i for head in heads for c in head.children if c.dep_ in ("conj", "parataxis")
            and c.pos_ in ("VERB", "AUX")
            and not any(o.dep_ in ("obj", "dobj") and o.pos_ == "PRON" or
                        o.lower_ in ("les", "them", "it", "la", "le", "l'", "l’")
                        for o in c.children)
            for t in c.subtree}


# "près de Taïwan", "au large de la Libye": the word before "de" says the phrase is a scene
# near a place, not a party acted on ("autour de Taïwan" is a show of force at it, "du sud
# du Liban" a part of it: both stay "de").
_NEAR_WORDS = {"près", "large", "proximité", "abords", "environs", "alentours", "loin",
               "lisière", "périphérie"}
_OF = {"de", "d'", "d’", "du", "des"}
_NEAR_ONLY = {"près", "near"}


def case_of(token: Token) -> str:
    for child in token.children:
        if child.dep_ in ("case", "mark") or child.pos_ == "ADP":
            case = child.lower_
            if case in _OF and child.i > 0 and token.doc[child.i - 1].lower_ in _NEAR_WORDS:
                return "près"
            return case
    if token.dep_ == "pobj":
        return token.head.lower_
    if token.dep_ == "conj" and token.head.i < token.i and token.head.i != token.i and \
            token.head.pos_ in ("PROPN", "NOUN"):
        # "to fight cholera in Sudan and Yemen": the second member is in the first one's case.
        return case_of(token.head)
    return ""


# A place named one noun down: "la ville de Gao", "des quartiers d'El-Fasher", "the town of
# Bannu", "un bar de Durán". The class noun (town, quarter, camp, base, bar) is the place
# itself, so the name under its "de/of" stands where the noun stands: struck when the noun
# is struck ("a attaqué la ville de Gao", "dans le village de Mbau"), not when the noun is
# only near or the start ("près de la ville de Bor", "from the town of Tyre"). Above the
# class noun the chain of "de/of" nouns goes on to the one the verb governs ("un poste de
# police du district de Kech", "une position thaïlandaise de la province de Surin").
PLACE_CLASS_NOUNS = {
    "ville", "village", "localité", "localite", "quartier", "faubourg", "banlieue", "commune",
    "bourg", "bourgade", "hameau", "agglomération", "cité", "camp", "marché", "port",
    "région", "province", "district", "comté", "territoire", "préfecture", "département",
    "secteur", "site", "base", "caserne", "aéroport", "hôpital", "raffinerie", "centrale",
    "prison", "école", "mosquée", "église", "hôtel", "bar", "restaurant", "gare", "usine",
    "town", "city", "neighbourhood", "neighborhood", "suburb", "market", "settlement",
    "hamlet", "locality", "municipality", "region", "county", "territory", "sector",
    "airport", "hospital", "refinery", "school", "mosque", "church", "hotel", "station",
    "factory", "area"}
_NAMING_OF = _OF | {"of"}
# "L'armée a bombardé des quartiers de Kadougli": the small French model reads the
# partitive article of a direct object as a case ("des"/"du" + obl:arg).
_PARTITIVES = {"des", "du"}


def _noun_above(token: Token) -> Token | None:
    """The common noun a "de/of" phrase names a part or a kind of, if any."""
    if token.dep_ not in ("nmod", "pobj") or token.head.i == token.i:
        return None
    head = token.head.head if token.dep_ == "pobj" else token.head  # "of" heads in English
    return head if head.pos_ == "NOUN" and head.i != token.i else None


_NAME_PARTS = {"compound", "flat", "flat:name"}


def _case_here(token: Token) -> str:
    """case_of, but an English object of a preposition takes that preposition even when an
    "of" phrase hangs on it ("from the town of X": "from", not "of")."""
    return token.head.lower_ if token.dep_ == "pobj" else case_of(token)


def place_case(token: Token) -> str:
    """The case a place is named in, read through the class noun above it: "la ville de
    Gao" object of the verb has no case, "dans la localité de X" has "dans"."""
    while token.dep_ in _NAME_PARTS and token.head.pos_ == "PROPN" and token.head.i != token.i:
        token = token.head  # "Beit" of "Beit Hanoun": the name's head carries its case
    case = _case_here(token)
    head = _noun_above(token) if case in _NAMING_OF else None
    if head is None or head.lemma_.lower() not in PLACE_CLASS_NOUNS:
        return case
    for _ in range(4):
        token, case = head, _case_here(head)
        if case in _PARTITIVES and token.dep_ == "obl:arg":
            return ""
        head = _noun_above(token) if case in _NAMING_OF else None
        if head is None:
            return case
    return case


# Cases that put an actor at the scene, not on the receiving end ("protested in Brussels").
_SCENE_CASES = {"in", "dans", "near", "près", "around", "autour", "outside", "inside"}
_ENCIRCLING_CASES = {"around", "autour"}
_DESTINATION_CASES = {"to", "into", "toward", "towards", "vers", "à", "au", "aux"}
# A sea a fleet is sent to is where it patrols, no one acted on ("dispatched a corvette to
# the Gulf of Finland", "moved the carrier to the Caribbean"); a shoal or a region is held.
_WATER_WORDS = {"gulf", "sea", "ocean", "strait", "straits", "bay", "channel", "golfe", "mer",
                "océan", "détroit", "baie", "manche", "caribbean", "caraïbes", "mediterranean",
                "méditerranée"}


def _open_water(actor: Actor) -> bool:
    return any(word in _WATER_WORDS for word in actor.name.lower().split())
_IN_COUNTRY = {"in", "en", "dans", "au", "aux"}
_MEDIUM_CASES = {"sur", "on", "via", "through"}
_PLATFORMS = {"facebook", "x", "twitter", "telegram", "tiktok", "instagram", "youtube",
              "truth social", "whatsapp", "linkedin", "bluesky", "threads", "weibo", "wechat",
              "vk", "vkontakte", "signal"}
_PARTNER_CASES = {"avec", "with"}
_NEAR_CASES = {"near", "près", "around", "autour", "from", "de", "d'", "d’", "du", "des"}


def said_on(token: Token, actor: Actor) -> bool:
    """"sur Facebook", "on X": the platform something was said on, no party."""
    return norm(actor.name) in _PLATFORMS and case_of(token) in _MEDIUM_CASES


def _subject_of_another_verb(token: Token, verb: Token | None) -> bool:
    """"Save the Children criticised conditions in the centre, and UNICEF urged Spain": the
    subject of the next clause acts there; it is not what the verb before it acted on."""
    return verb is not None and token.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and \
        token.head.i != verb.i and token.head.pos_ in ("VERB", "AUX") and token.head.i > verb.i


def usable_target(actor: Actor | None, case: str, event_type: str) -> Actor | None:
    """Places are targets of strikes ("struck Kryvyi Rih", "a refinery in Belgorod"); for
    other actions an actor "in"/"near" somewhere is the scene, a place after "à/at" is where
    it happened, and a capital acted on by words is its government ("Japan -> Manila")."""
    if actor is None:
        return None
    if case in _MEDIUM_CASES and norm(actor.name) in _PLATFORMS:
        return None  # "a fustigé sur Facebook", "said on X": where it was said
    if event_type == "ASSAULT":
        return None if actor.actor_type == "LOCATION" and case in _NEAR_CASES else actor
    if event_type == "RETREAT" and actor.actor_type == "COUNTRY" and case in _IN_COUNTRY:
        return actor  # "cut its troop presence in Syria": pulled out of that country
    if event_type == "MOBILIZE" and case in _ENCIRCLING_CASES:
        return _government(actor)  # "sent 21 warships around Taiwan": a show of force at it
    if event_type == "MOBILIZE" and actor.actor_type == "LOCATION" and \
            case in _DESTINATION_CASES and _government(actor) is actor and \
            not _open_water(actor):
        return actor  # "deployed 1,500 troops to the Catatumbo region": where forces went
    if case in _SCENE_CASES:
        return None
    if event_type == "CONSULT" and actor.actor_type == "ORGANIZATION" and case in _LOCATIVE_CASES:
        return None  # "a reçu à l'Élysée", "met at the Pentagon": the venue
    if event_type in ("AGREE", "COOPERATE") and actor.actor_type == "ORGANIZATION" and \
            case == "at":
        return None  # "signed the accord at Hyderabad House": where, not with whom
    if actor.actor_type != "LOCATION":
        return actor
    if PLOVER_QUAD[event_type] in (1, 3):
        if case in _LOCATIVE_CASES:
            return None
        governed = _government(actor)
        if case in _PARTNER_CASES:
            return governed  # "contacts avec Benghazi": the place's authorities, as named
        return governed if governed is not actor else None
    if case in RECIPIENT_CASES:  # "deliver Patriot systems to Kyiv": its government
        governed = _government(actor)
        return governed if governed is not actor else None
    return actor if not case else None  # "entered Gaza", not "withdrew from Walikale"




def names_a_thing(token: Token, actors: SentenceActors) -> bool:
    """"Patriot systems", "des systèmes Patriot": a common noun named by a proper noun is
    an object handed over, not a party (demonyms, "Ukrainian forces", stay parties)."""
    # A glued "l’" tagged NOUN is no common noun; flat parts continue a name.
    # "un prêt d'un milliard de dollars à l'Égypte": a name after "à" gets the thing.
    return token.i not in actors.by_token and token.pos_ == "NOUN" and token.is_alpha \
        and len(token) > 2 and any(c.i in actors.by_token and c.pos_ == "PROPN"
                                   and c.dep_ in ("compound", "nmod", "appos")
                                   and case_of(c) not in RECIPIENT_CASES
                                   for c in token.children)


# Quad class per PLOVER type: words (1, 3) never act on a mere place.
PLOVER_QUAD = {t: quad_class(root) for t, root in PLOVER_TO_CAMEO.items()}
_LOCATIVE_CASES = {"in", "at", "near", "around", "outside", "inside", "à", "au", "aux", "en",
                   "dans", "près", "autour", "devant"}


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
    conjuncts = list(token.conjuncts)
    if actors.of(token) is not None and not conjuncts:
        # "a rencontré le président ukrainien Volodymyr Zelensky et son homologue Andrii
        # Sybiha": the small models hang the second member on the name under the title,
        # not on the title; the name's own conjuncts are the list's other members, when
        # they name an actor of the same kind themselves (not "le Premier ministre Ishiba
        # et des représentants de l'industrie japonaise").
        conjuncts = [c for child in token.children
                     if child.dep_ in _NAMING_DEPS and child.i in actors.by_token
                     and not case_of(child) for c in child.conjuncts
                     if (other := actors.of(c)) is not None and
                     other.actor_type == actors.by_token[child.i].actor.actor_type]
    if actors.of(token) is None and not conjuncts:
        # "Diplomats from the United States, Saudi Arabia and Egypt", "les ministres de la
        # France et de l'Allemagne": an unnamed head over a list of actors; each one acted.
        listed = next((t for t in token.subtree if t.i in actors.by_token and t.conjuncts
                       and t.head.i != t.i and t.dep_ not in ("conj",)), None)
        if listed is not None:
            heads, conjuncts = [listed], list(listed.conjuncts)
    # "Grossi and Iranian Foreign Minister Abbas Araghchi signed", parsed with Grossi as a
    # modifier of Araghchi holding the "and": the list's first member.
    firsts = [c for c in token.children if c.i < token.i and c.dep_ in _LIST_HEAD_DEPS
              and {g.dep_ for g in c.children} >= {"cc", "conj"}]
    # "French and Indian navies", "Thai and Cambodian troops": coordinated demonyms on
    # one noun, each its own country.
    demonyms = [m for c in token.children if c.dep_ in _LIST_HEAD_DEPS | {"amod"}
                and c.i in actors.by_token and c.conjuncts for m in (c, *c.conjuncts)]
    if len(demonyms) >= 2 and all(m.i in actors.by_token for m in demonyms):
        heads = demonyms
    for node in firsts + heads + conjuncts:
        actor = actors.of(node)
        if actor is None and node.i != token.i and node not in heads[1:]:
            # (Not in an apposition: "The United States, a treaty ally of Manila, condemned"
            # names one party, and Manila's is a description.)
            actor = next((actors.by_token[t.i].actor for t in node.subtree
                          if t.i in actors.by_token), None)
        if actor is None or actor in found:
            continue
        if node in heads[1:] and found and found[0].actor_type != actor.actor_type:
            continue  # "NATO's chief, Mark Rutte": an apposition naming the same party
        if (node in heads[1:] or node in conjuncts and not any(
                c.dep_ == "cc" for c in node.children)) and _described_by_owner(node, actors):
            # "China, North Korea's main ally, urged", "La Chine, principal allié de la
            # Corée du Nord" (parsed as a conjunct with no "et"): whose ally, no second actor.
            continue
        found.append(actor)
    return found


def _described_by_owner(node: Token, actors: SentenceActors) -> bool:
    """An apposition headed by a common noun that names an actor only as its owner: "North
    Korea's main ally", "premier bailleur de la Papouasie-Nouvelle-Guinée". It says what the
    party before it is to that owner; the owner does nothing."""
    if node.i in actors.by_token or not (
            node.pos_ == "NOUN" or node.pos_ == "VERB" and "Part" in node.morph.get("VerbForm")):
        return False  # ("allié" is tagged a participle)
    named = [c for c in node.children if c.dep_ in _NAMING_DEPS and c.i in actors.by_token]
    # A name the tokenizer cut ("de la Papouasie - Nouvelle - Guinée") hangs in pieces,
    # the case on the first only: the mention is owned when one of its pieces is.
    owned = {id(actors.by_token[c.i]) for c in named
             if c.dep_ == "poss" or case_of(c) in _OF | {"of"}}
    return bool(named) and all(id(actors.by_token[c.i]) in owned for c in named)


# Personal pronouns that stand for a person named before (one list for every event module).
PERSON_PRONOUNS = {"il", "elle", "he", "she"}


def has_pronoun_subject(token: Token) -> bool:
    if finite_conjunct_of_infinitive(token):
        # "He accused X of sabotaging every effort to pay them and called on": the tensed
        # verb's subject is the one above the infinitive it was hung on.
        node = token.head
        for _ in range(6):
            if node.head.i == node.i or any(c.dep_ in SUBJECT_DEPS for c in node.children):
                break
            node = node.head
        token = node
    for _ in range(3):
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                return child.lower_ in PERSON_PRONOUNS
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
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


def own_country(source: Actor, target: Actor | None, sent: Span | None = None) -> bool:
    """"Iranian President Masoud Pezeshkian warned that Iran would ...", "la présidente
    mexicaine Claudia Sheinbaum": a person's own country is the title or the clause they
    speak about, not whom they act on. A person the dictionary does not list took the only
    country of their sentence as theirs (actor_rules/context_country.py): "Its founder,
    Helena Maleno, called on Spain" acts on Spain unless a demonym in `sent` makes it theirs."""
    if not (target is not None and source.actor_type == "PERSON" and
            target.actor_type == "COUNTRY" and source.country_code is not None and
            source.country_code == target.country_code):
        return False
    if sent is None or source.name in _listed_people():
        return True
    return any(ADJECTIVE_INDEX.get(norm(t.text)) == source.country_code for t in sent
               if t.pos_ in ("ADJ", "NOUN", "PROPN"))


# Where a verb names whom it is addressed to: "urged Ottawa to", "asked Baghdad for", "called
# on Nairobi", "a exhorté Ottawa à", "a demandé à Washington de".
_ADDRESSEE_DEPS = {"dobj", "obj", "iobj", "dative", "obl:arg"}
_ADDRESSEE_CASES = {"on", "to", "à", "au", "aux"}


def addressed_capital(verb: Token, target: Actor, actors: SentenceActors) -> bool:
    """The verb is addressed to `target` by its capital: "Ontario Premier Doug Ford urged
    Ottawa to hit back", "le gouverneur du Texas a demandé à Washington de". A person acting
    on the capital of their own country acts on its government (a premier, a governor, an
    opposition leader), unlike a title's or a clause's country (`own_country`)."""
    for child in verb.children:
        noun = child
        if child.dep_ == "prep" and child.lower_ in _ADDRESSEE_CASES:
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ not in _ADDRESSEE_DEPS and not (
                child.dep_.startswith("obl") and case_of(child) in _ADDRESSEE_CASES):
            continue
        mention = actors.by_token.get(noun.i) if noun is not None else None
        if mention is not None and mention.actor == target and \
                CAPITAL_INDEX.get(norm(mention.mention_text)) == target.country_code:
            return True
    return False


@lru_cache(maxsize=1)
def _listed_people() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "people.json"
    return frozenset(p["name"] for p in json.loads(path.read_text(encoding="utf-8"))["people"])
