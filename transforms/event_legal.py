"""Court and police acts told from the side of the one who undergoes them, in French.

Wire copy about trials names the sentenced, rarely the court: "ont été condamnés à dix-huit
ans", "étaient poursuivis pour complot", "fait l'objet d'une nouvelle procédure", "écope de
douze ans", "a vu sa peine confirmée". Each is a COERCE done to the person (eval/README.md:
arrest, detain ... by the state), with no source unless a "par" agent names one.

- "condamner" is ACCUSE when what is condemned is an act ("l'attaque a été condamnée par
  l'ONU"), COERCE when a person is ("Mon mari a été condamné"): only a passive on a person
  (a person named, a personal pronoun or a noun for people) is re-typed.
- "poursuivre" is "continue" as often as "prosecute": only its passive on a person counts.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.cameo import cameo_root_for
from transforms.event_parties import SentenceActors, conjunct_actors
from transforms.event_subjects import is_passive
from transforms.event_triggers import PASSIVE_SUBJECT_DEPS, Code, Trigger, lemma_of
from transforms.records import Actor

COERCE_CODE = Code("COERCE", cameo_root_for("COERCE"))
_PERSON_PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux"}
# Nouns for people as the French press names the sentenced or the prosecuted.
_PEOPLE_NOUNS = {
    "mari", "femme", "épouse", "époux", "fils", "fille", "frère", "sœur", "père", "mère",
    "homme", "personne", "journaliste", "opposant", "opposante", "militant", "militante",
    "avocat", "avocate", "prévenu", "prévenue", "accusé", "accusée", "détenu", "détenue",
    "député", "députée", "dirigeant", "dirigeante", "ministre", "président", "présidente",
    "professionnel", "manifestant", "manifestante", "activiste", "étudiant", "étudiante",
    "syndicaliste", "responsable", "ressortissant", "ressortissante", "chroniqueur",
    "chroniqueuse", "blogueur", "blogueuse", "défenseur", "membre", "cadre", "maire",
    "ancien", "ancienne", "suspect", "suspecte", "chef", "patron", "homme d'affaires",
    "commerçant", "médecin", "chercheur", "chercheuse", "universitaire", "écrivain", "artiste",
    "rappeur", "candidat", "candidate", "élu", "élue", "sénateur", "officier", "général",
    "policier", "soldat", "militaire", "civil", "citoyen", "citoyenne",
}
# The passive of these verbs on a person is a COERCE; their other uses keep their type.
_PASSIVE_ON_PERSON = {"condamner", "poursuivre"}
# "fait l'objet d'une procédure", "visés par des enquêtes": what the legal noun names.
LEGAL_NOUNS = {"procédure", "poursuite", "enquête", "information", "mandat", "inculpation",
               "instruction", "plainte", "condamnation", "accusation"}
# "a vu sa peine confirmée / portée à / alourdie": the sentence, not its reduction.
_PENALTY_NOUNS = {"peine", "condamnation"}
_PENALTY_PARTICIPLES = {"confirmer", "porter", "alourdir", "aggraver", "prolonger", "doubler"}


_LEGAL_WORDS = {"condamner", "poursuivre", "faire", "voir", "écope", "écopé", "écopent"}


def may_tell_legal_act(sent: Span) -> bool:
    """A cheap look for the verbs below, before the sentence's actors are read."""
    return any(lemma_of(t) in _LEGAL_WORDS or t.lower_ in _LEGAL_WORDS for t in sent)


def is_person(token: Token, actors: SentenceActors) -> bool:
    """A person named, a personal pronoun or a noun for people."""
    actor = actors.of(token) or (actors.in_title_phrase(token) if token.pos_ == "NOUN"
                                 else None)
    if actor is not None:
        return actor.actor_type == "PERSON"
    if lemma_of(token) in _COUNT_NOUNS:  # "une quinzaine de professionnels des médias"
        return any(c.dep_ == "nmod" and is_person(c, actors) for c in token.children)
    return token.lower_ in _PERSON_PRONOUNS or lemma_of(token) in _PEOPLE_NOUNS or \
        token.lower_ in _PEOPLE_NOUNS


_COUNT_NOUNS = {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "centaine",
                "millier", "plusieurs", "nombre", "partie", "groupe"}


def _passive_patients(verb: Token) -> list[Token]:
    patients = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if not patients and verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN") \
            and "Part" in verb.morph.get("VerbForm"):
        patients = [verb.head]  # "Mourad Zeghidi, condamné à cinq ans"
    return patients


def legal_triggers(sent: Span, triggers: list[Trigger], actors: SentenceActors,
                   lang: str) -> list[Trigger]:
    """`triggers` with passive condemnations of people re-typed COERCE, and passive
    prosecutions of people added."""
    if lang != "fr":
        return triggers
    found: list[Trigger] = []
    seen = {t.token.i for t in triggers}
    for trigger in triggers:
        head = trigger.lemma.split()[0]
        if head in _PASSIVE_ON_PERSON and trigger.code.event_type != "COERCE" and \
                is_passive(trigger.token) and any(is_person(p, actors)
                                                for p in _passive_patients(trigger.token)):
            trigger = Trigger(trigger.token, COERCE_CODE, trigger.lemma, trigger.companion)
        elif head == "condamner" and trigger.code.event_type != "COERCE" and \
                _court_sentences_person(trigger.token, actors):
            trigger = Trigger(trigger.token, COERCE_CODE, trigger.lemma, trigger.companion)
        found.append(trigger)
    for token in sent:
        if token.i in seen or lemma_of(token) != "poursuivre" or token.pos_ != "VERB":
            continue
        if is_passive(token) and any(is_person(p, actors) for p in _passive_patients(token)):
            # Not the weak bare "poursuivre": the passive on a person is unambiguous.
            found.append(Trigger(token, COERCE_CODE, "être poursuivi"))
    return sorted(found, key=lambda t: t.token.i)


# "Le tribunal de Tunis a condamné l'opposant", "la cour d'appel a condamné M. X": a court
# condemning a person sentences them.
_COURT_NOUNS = {"tribunal", "cour", "juge", "justice", "juridiction", "parquet", "chambre"}


def _court_sentences_person(verb: Token, actors: SentenceActors) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or lemma_of(subject) not in _COURT_NOUNS:
        return False
    if any(c.dep_ == "obj" and is_person(c, actors) for c in verb.children):
        return True
    # A broken parse of the object ("a condamné mardi l'opposant/VERB Ousmane Sonko"): the
    # first word after the verb and its date that is no article or weekday.
    doc = verb.doc
    for token in doc[verb.i + 1: min(verb.i + 5, verb.sent.end)]:
        if token.pos_ in ("DET", "ADV") or token.dep_ == "obl:mod" or token.ent_type_ == "DATE":
            continue
        return is_person(token, actors)
    return False


def passive_patients(verb: Token, actors: SentenceActors) -> list[Actor]:
    """Each party named as passive subject of `verb`, conjoined or parsed as two subjects
    ("Issam Chebbi, ..., et l'ancien député Ghazi Chaouachi ont été condamnés")."""
    found: list[Actor] = []
    for patient in [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS] or \
            dislocated_patients(verb):
        named = conjunct_actors(patient, actors) or \
            [a for a in (actors.of(patient) or actors.in_title_phrase(patient),) if a]
        found.extend(a for a in named if a not in found)
    return found


def dislocated_patients(verb: Token) -> list[Token]:
    """"Kadougli et Dilling, dans le Kordofan-Sud, sont encerclées par les FSR": a passive
    whose subject the parse left hanging before it (vocative, dep) without any subject."""
    children = list(verb.children)
    if not any(c.dep_ in ("aux:pass", "auxpass") for c in children) or \
            any(c.dep_ in PASSIVE_SUBJECT_DEPS | {"nsubj"} for c in children):
        return []
    return [c for c in children if c.dep_ in ("vocative", "dep", "dislocated")
            and c.i < verb.i and c.pos_ in ("PROPN", "NOUN")]


def undergone_acts(sent: Span, actors: SentenceActors, lang: str
                   ) -> list[tuple[Code, Actor, Token]]:
    """(code, person, word) of acts told by what their patient underwent: "X fait l'objet
    d'une procédure", "X écope de douze ans", "X a vu sa peine confirmée"."""
    if lang != "fr":
        return []
    found: list[tuple[Code, Actor, Token]] = []
    doc = sent.doc
    for token in sent:
        lower, lemma = token.lower_, lemma_of(token)
        word = None
        if lemma == "faire" and token.i + 3 < sent.end and \
                doc[token.i + 2].lower_ == "objet" and \
                doc[token.i + 3].lower_ in ("de", "d'", "d’", "du", "des"):
            noun = next((t for t in doc[token.i + 4: min(token.i + 8, sent.end)]
                         if t.pos_ == "NOUN"), None)
            if noun is not None and lemma_of(noun) in LEGAL_NOUNS | {"poursuites"}:
                word = token
        elif lower in ("écope", "écopé", "écopent", "écopé") and token.i + 1 < sent.end and \
                doc[token.i + 1].lower_ in ("de", "d'", "d’"):
            word = token
        elif lemma == "voir":
            penalty = next((c for c in token.children if c.dep_ == "obj"
                            and lemma_of(c) in _PENALTY_NOUNS), None)
            # The participle by position: the parse hangs it on the penalty or on its years.
            if penalty is not None and any(
                    lemma_of(t) in _PENALTY_PARTICIPLES and
                    t.lower_.endswith(("é", "ée", "és", "ées"))
                    for t in doc[penalty.i + 1: min(penalty.i + 6, sent.end)]):
                word = token
        if word is None:
            continue
        target = _undergoer(word, actors)
        if target is not None:
            found.append((COERCE_CODE, target, word))
    return found


def _undergoer(verb: Token, actors: SentenceActors) -> Actor | None:
    """The verb's subject when it names a person, else the person named last before it in
    the sentence (the parse of "Ahmed Néjib Chebbi, 81 ans, ..., écope de" is often broken)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None:
        actor = actors.of(subject) or actors.in_title_phrase(subject)
        if actor is not None and actor.actor_type == "PERSON":
            return actor
        if subject.pos_ != "PRON":
            return None  # "Mon mari fait l'objet": someone unnamed; a body is no person
        # "l'une des figures du Front ..., a vu sa peine portée": the person named before.
    for i in range(verb.i - 1, actors.sent.start - 1, -1):
        mention = actors.by_token.get(i)
        if mention is not None and mention.actor.actor_type == "PERSON":
            return mention.actor
    return None


# "arrested 20 people for looting", "jailed for attacking a police station", "condamné pour
# avoir frappé un policier", "arrêtés pour pillage": the offence a person is held or
# punished for is the charge, told by the state; it is no event of its own (eval/README.md:
# one event per action verb, background acts are not coded).
_OFFENCE_CASES = {"for", "over", "pour"}


def charged_offence(token: Token, by_index: dict[int, Trigger]) -> bool:
    node, case = token, ""
    for _ in range(3):
        marks = [c.lower_ for c in node.children if c.dep_ in ("case", "mark")]
        case = case or next((m for m in marks if m in _OFFENCE_CASES), "")
        if node.pos_ == "ADP":
            case = case or (node.lower_ if node.lower_ in _OFFENCE_CASES else "")
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.head.i != node.i and node.dep_ in (
                "dobj", "obj", "nsubjpass", "nsubj:pass"):
            node = node.head  # "arrested 20 people for looting": the prep hung on the object
        governor = by_index.get(node.i)
        if governor is not None:
            return bool(case) and governor.code.event_type == "COERCE" and \
                not governor.nominal
    return False
