"""Who acted, when the subject does not say it plainly: the announcer of a nominal act,
the actor a sentence opens on, the speaker of a quoted "we"; and when the actor named
before a verb did not act (agentless passives, unnamed subjects). Split from events.py.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.event_objects import DIRECT_OBJECT_DEPS
from transforms.event_parties import PERSON_PRONOUNS, SentenceActors
from transforms.event_subjects import is_pronominal, read_subject
from transforms.event_triggers import is_negated, lemma_of
from transforms.records import Actor

# Verbs whose object noun is the subject's own act: "la National Crime Agency a annoncé
# l'arrestation d'un homme", "Moscow ordered the withdrawal", "a décrété un blocus".
_ANNOUNCING_VERBS = {"announce", "order", "confirm", "claim", "declare", "carry", "conduct",
                     "annoncer", "ordonner", "confirmer", "revendiquer", "décréter", "déclarer",
                     "effectuer", "procéder", "mener"}
# "stepped up its strikes on Gaza", "a intensifié ses frappes": more of the subject's own
# acts, when told as done ("has promised to resume deportations" is a promise: no
# infinitive, and no "resume", which news mostly tells as planned).
_ESCALATING_VERBS = {"step", "escalate", "intensify", "intensifier", "multiplier"}
# "responded with sanctions against Beijing", "a répliqué par des sanctions contre Pékin": the
# means of a retaliation is the subject's own act.
_RETALIATING_VERBS = {"respond", "retaliate", "hit back", "riposter", "répliquer", "répondre"}
_MEANS_CASES = {"with", "par"}


def retaliation_means(verb: Token) -> list[Token]:
    """The words telling how a retaliation was made: "retaliated by imposing tariffs",
    "responded with sanctions", "a riposté en imposant des droits", "a répliqué par des
    sanctions"; [] for any other verb."""
    if lemma_of(verb) not in _RETALIATING_VERBS:
        return []
    means = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "with"):
            means.extend(c for c in child.children if c.dep_ in ("pcomp", "pobj"))
        elif child.dep_ in ("xcomp", "advcl", "obl", "obl:mod", "obl:arg") and \
                child.i > 0 and child.doc[child.i - 1].lower_ in ("en", "par", "des"):
            means.append(child)
    return means


def announcing_verb(noun: Token) -> Token | None:
    """The verb announcing or ordering a nominal trigger ("ordered the deployment"), or None;
    also for a noun listed after the first object ("a annoncé la saisie de 11,8 tonnes de
    cocaïne ... et l'arrestation de vingt-deux suspects")."""
    for _ in range(3):
        if noun.dep_ != "conj" or noun.head.i == noun.i:
            break
        if noun.head.pos_ == "VERB" and lemma_of(noun.head) in _ANNOUNCING_VERBS and \
                noun.head.i < noun.i and not is_negated(noun.head):
            return noun.head  # the second object hung on the verb itself
        if noun.head.pos_ != "NOUN":
            break
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in _MEANS_CASES and \
            lemma_of(head.head) in _RETALIATING_VERBS and not is_negated(head.head):
        return head.head  # "responded with sanctions"
    if noun.dep_.startswith("obl") and any(c.dep_ == "case" and c.lower_ in _MEANS_CASES
                                           for c in noun.children) and \
            lemma_of(head) in _RETALIATING_VERBS and not is_negated(head):
        return head  # "a répliqué par des sanctions"
    if noun.dep_ in DIRECT_OBJECT_DEPS and head.i != noun.i and \
            lemma_of(head) in _ESCALATING_VERBS and not is_negated(head) and \
            "Inf" not in head.morph.get("VerbForm") and head.tag_ != "VB":
        return head
    if noun.dep_ not in DIRECT_OBJECT_DEPS or head.i == noun.i or \
            lemma_of(head) not in _ANNOUNCING_VERBS or is_negated(head):
        return None
    return head


def announcer(noun: Token, actors: SentenceActors) -> Actor | None:
    """The subject of the verb announcing or ordering a nominal trigger, as its source."""
    head = announcing_verb(noun)
    return None if head is None else read_subject(head, actors)[0]


def fragment_subject(verb: Token, sent: Span, actors: SentenceActors) -> Actor | None:
    """"L'Italie de Giorgia Meloni, dont la position est jugée décisive, a plaidé pour",
    "Médecins sans frontières, qui gère plusieurs centres / , a appelé": a finite verb the
    parse left without subject, in a sentence that opens on a named actor, belongs to that
    actor, not to the name nearest the verb (Meloni)."""
    if not _subjectless_tensed(verb):
        return None
    listed = _listed_predicate_subject(verb, sent, actors)
    if listed is not None:
        return listed
    opening = next((t for t in sent if not (t.is_punct or t.is_space or t.pos_ == "DET")), None)
    if opening is not None and opening.lower_ in _ATTRIBUTION_OPENERS:
        return _subject_after_attribution(opening, verb, actors)
    if opening is None or opening.i >= verb.i or opening.i not in actors.by_token:
        return None
    if any(c.dep_ == "case" for c in opening.children) or opening.pos_ == "ADP":
        return None  # "A Paris, ...": a place where, not who
    actor = actors.by_token[opening.i].actor
    return actor if actor.actor_type != "LOCATION" else None


# "Selon une source proche du dossier, la directrice du FMI, Kristalina Georgieva, avait
# reçu M. Sonko": the parse hangs the subject on the attribution.
_ATTRIBUTION_OPENERS = {"selon", "d'après", "d’après", "according"}


def _subject_after_attribution(opening: Token, verb: Token, actors: SentenceActors
                               ) -> Actor | None:
    """The person (else the first body or state) named between the comma closing an opening
    attribution and a verb left without subject."""
    doc = opening.doc
    comma = next((t.i for t in doc[opening.i:verb.i] if t.text == ","), None)
    if comma is None:
        return None
    named = [actors.by_token[i].actor for i in range(comma + 1, verb.i) if i in actors.by_token]
    named = [a for a in named if a.actor_type != "LOCATION"]
    return next((a for a in named if a.actor_type == "PERSON"), named[0] if named else None)


def _subjectless_tensed(verb: Token) -> bool:
    """A verb with an auxiliary of its own and no subject: what the parse cut off."""
    return not any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in verb.children) \
        and any(c.dep_.startswith("aux") for c in verb.children)


_LIST_JOINS = {",", "et", "and", "mais", "but", "puis"}
_RELATIVES = {"qui", "who", "which", "that", "lequel", "laquelle"}


def _finite_verb(token: Token) -> bool:
    return any(c.dep_ in ("aux", "aux:tense") for c in token.children) or \
        "Fin" in token.morph.get("VerbForm") or token.tag_ in ("VBD", "VBZ", "VBP")


def _listed_subject_token(verb: Token, sent: Span) -> Token | None:
    """The subject of the tensed verb a subjectless listed verb phrase follows, or None."""
    start = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    if start - 1 <= sent.start or verb.doc[start - 1].lower_ not in _LIST_JOINS:
        return None
    for token in reversed(verb.doc[sent.start:start - 1]):
        if token.pos_ not in ("VERB", "AUX") or token.dep_.startswith("aux") or \
                not _finite_verb(token):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue  # an earlier listed phrase: its subject is further back
        return None if subject.lower_ in _RELATIVES else subject
    return None


def _listed_predicate_subject(verb: Token, sent: Span, actors: SentenceActors) -> Actor | None:
    """"le Japon a rejoint les sanctions contre la Russie, a fourni un équipement à
    l'Ukraine et a signé un accord", "Péter Szijjártó a accusé Bruxelles de « mettre en
    danger » ... et a menacé de saisir la Cour": a tensed verb phrase listed after a comma
    or "et", which the parse left without subject (or cut off), shares the subject of the
    tensed verb before it (not the name nearest to it, Russia or Brussels). "Pékin, qui
    revendique l'archipel, a rejeté" is not one: the verb before is a relative clause's."""
    subject = _listed_subject_token(verb, sent)
    if subject is None:
        return None
    mention = actors.by_token.get(subject.i)
    actor = mention.actor if mention is not None else actors.of(subject)
    return actor if actor is not None and actor.actor_type != "LOCATION" else None



def listed_after_pronoun(verb: Token, sent: Span) -> bool:
    """"Le premier jour, il a rencontré le ministre Nakatani Gen et a visité la base": the
    listed phrase's subject is the "il" before it (whom the previous sentences named)."""
    if not _subjectless_tensed(verb):
        return False  # (a tensed phrase of its own: "she said, asking that ..." is not one)
    subject = _listed_subject_token(verb, sent)
    return subject is not None and subject.lower_ in PERSON_PRONOUNS


_FIRST_PERSON = {"we", "i", "nous", "je", "j'", "j’"}
_QUOTE_MARKS = ('"', "“", "”", "«", "»")


def quoted_first_person(verb: Token, sent: Span) -> bool:
    """A first-person subject in quoted speech: the speaker named in the attribution."""
    return any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.lower_ in _FIRST_PERSON
               for c in verb.children) and any(q in sent.text for q in _QUOTE_MARKS)


def agentless_passive(verb: Token) -> bool:
    """"460 patients had been killed", "the plan was less than a quarter funded", "ont été
    tués": a passive with no agent says who suffered, not who acted, so the actor named
    before it ("the WHO said...") is not the source. French pronominals ("se sont opposés")
    are parsed as passives and keep their subject."""
    passive = any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)
    return passive and not is_pronominal(verb)


def unnamed_subject(subject: Token | None, actors: SentenceActors,
                    verb: Token | None = None) -> bool:
    """"les jihadistes imposent un blocus", "a power plant that supplies the city": the verb
    has a subject of its own that names no actor, so the actor named before it did not act."""
    if subject is not None and subject.lower_ in _RELATIVE_SUBJECTS and subject.head == verb \
            and verb.dep_ in ("relcl", "acl:relcl") and verb.head.pos_ == "NOUN" \
            and lemma_of(verb.head) not in _INSTRUMENTS:
        # "les déséquilibres qui, selon lui, pénalisent les travailleurs": the pronoun
        # stands for a noun that names no actor (what is outside the relative clause). Not
        # an act of law ("le règlement qui interdit les importations"): its maker acts.
        clause = {t.i for t in verb.subtree}
        return not any(t.i in actors.by_token for t in verb.head.subtree if t.i not in clause)
    if subject is None or subject.pos_ != "NOUN":
        return False
    return not any(t.i in actors.by_token for t in subject.subtree)


_RELATIVE_SUBJECTS = {"qui", "which", "that"}
_INSTRUMENTS = {"loi", "règlement", "décret", "mesure", "texte", "résolution", "ordonnance",
                "arrêté", "directive", "sanction", "accord", "projet", "politique", "plan", "law",
                "regulation", "decree", "measure", "bill", "resolution", "order", "agreement",
                "deal", "rule", "ban", "policy"}


_CHARGE_OPENERS = {"of", "for", "de", "d'", "d’", "pour"}


def named_only_in_charge(verb: Token, party: Actor, actors: SentenceActors) -> bool:
    """`party` is named only inside the charge an accusation states ("of waging a war
    against Burkina Faso", "de mener une guerre contre le Burkina"), not as one accused
    beside it ("condemned the deal, accusing Kinshasa of ...")."""
    charge: set[int] = set()
    for child in verb.children:
        words = list(child.subtree)
        if child.dep_ in ("prep", "xcomp", "advcl", "obl", "obl:arg", "obl:mod") and \
                words[0].lower_ in _CHARGE_OPENERS:
            charge.update(t.i for t in words)
    return _named_only_within(party, actors, charge)


def _named_only_within(party: Actor, actors: SentenceActors, tokens: set[int]) -> bool:
    """`party` is named in the sentence, and only at ``tokens``."""
    named = [i for i, m in actors.by_token.items() if m.actor == party]
    return bool(named) and all(i in tokens for i in named)


# Verbs that deny what is claimed: what the claim says is no party (eval/README.md: a
# denial has a target only when its object names an actor, "rejected Kyiv's accusations").
_DENYING = {"deny", "reject", "dismiss", "refute", "démentir", "nier", "rejeter", "réfuter",
            "contester"}
_CLAIM_CLAUSE_DEPS = {"ccomp", "acl", "acl:relcl", "relcl"}


def _denied_content(verb: Token) -> set[int]:
    """Tokens of what a denial says is untrue: its "that" clause ("denied that its troops had
    crossed"), or the clause on its object ("rejected claims that it had supplied Russia")."""
    if lemma_of(verb) not in _DENYING:
        return set()
    # Not a free relative: "rejected what Moscow described as a ceasefire offer" is Moscow's.
    # After the verb: "accused Pakistan of sheltering the group, a charge Islamabad denies"
    # answers the accusation before it, whose accuser stays the target.
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and not any(
        g.lower_ == "what" and g.i < c.i for g in c.children)]
    clauses += [g for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i
                for g in c.children if g.dep_ in _CLAIM_CLAUSE_DEPS and g.i > verb.i]
    return {t.i for clause in clauses for t in clause.subtree}


def named_only_in_denial(verb: Token, party: Actor, actors: SentenceActors) -> bool:
    """`party` is named only inside what a denial says is untrue ("denied that any Emirati
    arms had reached Sudan"): the denial's answer to a claim, like the charge above."""
    content = _denied_content(verb)
    return bool(content) and _named_only_within(party, actors, content)


_CLOSING_QUOTES = {"»", "”", '"'}
_INVERSION_REACH = 8  # tokens after the verb: "a défendu à son retour le ministre grec X"


def inverted_speaker(verb: Token, actors: SentenceActors) -> tuple[Actor | None, Token | None]:
    """"« C'est un choix juste », a défendu à son retour le ministre grec Nikos Dendias": in
    French quote attributions the speaker follows the verb. (The actor named, or the first
    noun after the verb for an office noun to resolve; None when the verb does not follow a
    closing quote and a comma.)"""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ == "AUX":
        i -= 1
    if i < 1 or doc[i].text != "," or doc[i - 1].text not in _CLOSING_QUOTES:
        return None, None
    title: Token | None = None
    end = min(verb.i + 1 + _INVERSION_REACH, len(doc))
    i = verb.i + 1
    while i < end:
        word = doc[i]
        i += 1
        if word.text in (".", ";", "«", "»") or word.pos_ in ("VERB", "AUX"):
            break
        if word.i in actors.by_token and \
                actors.by_token[word.i].actor.actor_type in ("PERSON", "ORGANIZATION") and \
                not any(c.dep_ == "case" for c in word.children):  # not "sur Facebook"
            if title is not None and actors.by_token[word.i].actor.actor_type != "PERSON":
                break
            return actors.by_token[word.i].actor, word
        if title is None and word.pos_ == "NOUN" and \
                any(c.dep_ == "det" for c in word.children) and \
                not any(c.dep_ == "case" for c in word.children):
            named = actors.of(word) or actors.in_title_phrase(word)
            if named is not None:
                return named, word
            # "le ministre hongrois des Affaires étrangères, Péter Szijjártó" parsed with
            # the name apart: the person named just after the title phrase.
            title = word
            end = min(word.i + 1 + _INVERSION_REACH, len(doc))
    return None, title
