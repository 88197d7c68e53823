"""Which verb triggers are not reported actions: plans, conditions, purpose infinitives,
allegations and side participles (eval/README.md); and which are not the lexicon's type
without a party acted on (own pledges, forecasts, admissions, deaths by disease).
Split out of events.py."""
from __future__ import annotations

from spacy.tokens import Token

from transforms.cameo import cameo_root_for
from transforms.event_parties import SentenceActors
from transforms.records import Actor
from transforms.event_subjects import cut_off_predicate, named_agent
from transforms.event_inflections import unaccented
from transforms.event_scope import informant
from transforms.event_triggers import (
    SUBJECT_DEPS,
    TIME_MARKS,
    Code,
    Trigger,
    after_auxiliary,
    lemma_of,
)

# Verbs after which an English to-infinitive is the event itself ("decided to sanction").
_INFINITIVE_HOSTS = {"decide", "begin", "start", "continue", "vote", "move", "décider", "commencer",
                     "continuer", "voter", "entreprendre"}
# Not "pcomp": "after meeting with Nakatani" tells of a meeting that happened (eval set).
_GERUND_SIDE_DEPS = {"advcl", "acl", "xcomp", "ccomp", "obl", "obl:mod"}
_HYPOTHETICAL_MARKS = {"if", "unless", "whether", "si", "s'", "s’"}
_PURPOSE_MARKS = {"pour", "afin"}
# Verbs of talking to someone: a speech act as their purpose was made in the talk.
_TALK_VERBS = {"entretenir", "rencontrer", "téléphoner", "appeler", "écrire", "recevoir",
               "convoquer", "meet", "call", "phone", "write", "speak", "talk", "summon"}
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
               "likely", "poised", "due",
               # What a deal or a rule allows is no act yet: "permettant aux troupes japonaises
               # de participer à des exercices".
               "permettre"}


_FUTURE_ENDINGS = ("aient", "ait", "ont", "a")


# Verbs whose future is built on another stem (by the infinitive's ending: "tenir" ->
# "tiendr", also "soutenir", "obtenir"; "venir" -> "viendr", also "intervenir").
_IRREGULAR_FUTURE_STEMS = (("tenir", "tiendr"), ("venir", "viendr"), ("envoyer", "enverr"),
                           ("recevoir", "recevr"), ("devoir", "devr"), ("faire", "fer"),
                           ("aller", "ir"), ("mourir", "mourr"), ("courir", "courr"),
                           ("quérir", "querr"), ("pouvoir", "pourr"), ("vouloir", "voudr"),
                           ("savoir", "saur"), ("revoir", "reverr"), ("avoir", "aur"),
                           ("être", "ser"))


def _future_form(verb: Token) -> bool:
    """A French future or conditional the tagger read as an imperfect or a present ("Un 20e
    paquet viserait des banques", "enverra"): the infinitive plus its ending ("viser" +
    "ait"), or the stem of an -re verb plus it ("prendr" + "ait"); "tirait", "visait" are
    imperfects."""
    text, lemma = verb.lower_, lemma_of(verb)
    irregular = next(((lemma[: -len(end)] + stem) for end, stem in _IRREGULAR_FUTURE_STEMS
                      if lemma.endswith(end)), None)
    if irregular is not None:  # "La BCE tiendra sa réunion", "enverra des troupes"
        return any(text == irregular + ending for ending in _FUTURE_ENDINGS)
    if not lemma.endswith(("er", "ir", "re")) or len(lemma) < 4 or not text.startswith(lemma[:-3]):
        return False
    stems = {lemma, lemma[:-1]} if lemma.endswith("re") else {lemma}
    if lemma.endswith("er") and len(lemma) > 4 and lemma[-3] in "lt" and lemma[-4] == "e":
        # "appellerait", "rappellera", "jetteront": the -eler/-eter verbs double the consonant.
        stems.add(lemma[:-2] + lemma[-3] + "er")
    return any(text.endswith(ending) and text[: -len(ending)] in stems
               for ending in _FUTURE_ENDINGS)


# Texts that would have done what they were voted down or vetoed for.
_DRAFT_TEXTS = {"résolution", "projet", "texte", "proposition", "loi", "amendement", "motion",
                "décret", "réforme", "plan"}


def _on_draft_text(noun: Token) -> bool:
    """The noun, or one it completes ("un projet de résolution du Conseil de sécurité": the
    clause hangs on the last noun), is a text."""
    for _ in range(3):
        if lemma_of(noun) in _DRAFT_TEXTS:
            return True
        if noun.dep_ not in ("nmod", "pobj", "prep") or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def _unreal(token: Token) -> bool:
    """A verb in the future or the conditional, under a modal ("would send", "could block",
    "enverra", "pourraient offrir", "doit financer"), or the conjunct of one ("will meet and
    sign"). The French conditional perfect ("aurait attaqué") is the press's "reportedly":
    still an event, but not in a clause on a text ("un projet de résolution qui aurait
    imposé un embargo": what it would have done, like "would have imposed")."""
    for verb in (token, token.head) if token.dep_ == "conj" else (token,):
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
        if verb.dep_ in ("acl:relcl", "relcl") and _on_draft_text(verb.head) and any(
                "Cnd" in a.morph.get("Mood") for a in auxiliaries):
            return True
        if any(a.lower_ in _UNREAL_AUXILIARIES or lemma_of(a) in _PLAN_HEADS for a in auxiliaries):
            return True
        if verb.i == token.i and lemma_of(verb) == "be" and any(
                c.dep_ == "acomp" and c.lower_ in ("due", "set") for c in verb.children):
            return True  # "is due in Seoul next week for talks": a visit planned
        mood = verb.morph.get("Mood") + verb.morph.get("Tense")
        if ("Fut" in mood or "Cnd" in mood or _future_form(verb)) and not auxiliaries:
            return True
        # An infinitive, or a participle whose auxiliary is one: "doivent être attaquées",
        # "pourraient être sanctionnés" is a duty or a possibility, like "doit financer".
        infinitive = "Inf" in verb.morph.get("VerbForm") or any(
            a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in auxiliaries)
        if infinitive and verb.head.i != verb.i and lemma_of(verb.head) in _PLAN_HEADS:
            return True
    return _side_of_unreal(token)


# Clauses of a verb that hang on it without a tense of their own: "will consult each other
# before signing any deal", "se consulteront avant de conclure tout accord".
_SIDE_CLAUSE_DEPS = {"advcl", "xcomp"}


def _side_of_unreal(token: Token) -> bool:
    """A gerund or an infinitive in a side clause of a plan is the plan's too: what the two
    countries will do before signing is no signing ("France consulted Germany before signing
    the deal": it did sign, its head is in the past)."""
    non_finite = "Inf" in token.morph.get("VerbForm") or token.tag_ == "VBG" or \
        "Ger" in token.morph.get("VerbForm")
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep":  # "before signing": on the preposition
        head = head.head
    elif token.dep_ not in _SIDE_CLAUSE_DEPS:
        return False
    return non_finite and head.i != token.i and head.pos_ in ("VERB", "AUX") and _unreal(head)


# "four Serbs suspected of attacking a patrol", "soupçonnés d'avoir attaqué", "a man accused
# of killing": what someone is suspected of, in a participle on a noun, is an allegation.
_SUSPICION_LEMMAS = {"suspect", "accuse", "allege", "soupçonner", "suspecter", "accuser",
                     "soupçonné", "suspecté", "accusé", "présumé"}


def _suspected_act(token: Token) -> bool:
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if lemma_of(node) in _SUSPICION_LEMMAS:
            attributive = node.dep_ in ("acl", "amod") or node.pos_ in ("ADJ", "NOUN")
            has_auxiliary = any(c.dep_.startswith("aux") for c in node.children)
            return attributive and not has_auxiliary
    return False


# "rejected accusations that China supplied components", "denied reports that its navy had
# fired": what an accusation, a report or a rumour says is an allegation the article
# tells as disputed, like "a man accused of killing" above.
_ALLEGATION_NOUNS = {"accusation", "allegation", "claim", "report", "rumour", "rumor",
                     "suggestion", "charge", "assertion", "allégation", "rumeur", "affirmation",
                     "information"}


def _alleged(token: Token) -> bool:
    """"accusations that China supplied", "les accusations selon lesquelles il aurait livré":
    the clause on an allegation says what is alleged."""
    head = token.head
    return token.dep_ in ("acl", "acl:relcl") and head.i != token.i and \
        lemma_of(head) in _ALLEGATION_NOUNS and any(
            c.dep_ == "mark" and c.lower_ in ("that", "que", "qu'", "qu’") or
            lemma_of(c) == "lequel" and any(g.lower_ == "selon" for g in c.children)
            for c in token.children)


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
# Praise is voiced too: "Trump wrote on social media, thanking our great friends in Qatar",
# "a déclaré le ministre, saluant la décision" is the speaker's SUPPORT, not a side clause.
PRAISE_LEMMAS = {"thank", "praise", "hail", "congratulate", "commend", "applaud",
                 "remercier", "saluer", "féliciter", "applaudir"}


# "l'agence ignorait où se trouvait ce matériel", "ignore si": French "ignorer" before a
# question word is not knowing, not ignoring someone (REJECT); accents are often lost.
_QUESTION_WORDS = {"où", "ou", "si", "s'", "s’", "comment", "combien", "quand", "pourquoi",
                   "qui", "quel", "quelle", "quels", "quelles", "ce", "tout"}


def _not_knowing(token: Token) -> bool:
    if lemma_of(token) != "ignorer" and token.lower_[:5] != "ignor":
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in _QUESTION_WORDS


# "a WHO official, who asked not to be named", "a requis l'anonymat": a source's condition
# for speaking, in every other wire story, not a request to anyone.
_ANONYMITY_WORDS = {"named", "identified", "quoted", "anonymity", "anonymat", "nommé", "nommée",
                    "identifié", "identifiée", "cité", "citée"}
_ASKING_LEMMAS = {"ask", "request", "demander", "requérir", "solliciter"}


def _anonymity_request(token: Token) -> bool:
    return lemma_of(token) in _ASKING_LEMMAS and any(
        t.lower_ in _ANONYMITY_WORDS for t in token.subtree if 0 < t.i - token.i <= 6)


# "Khayam Turki, arrêté en février 2023", "Sonia Dahmani, libérée en novembre", "Ilan Shor,
# convicted in 2023": a past participle on a named person with a date of its own tells an
# act done to that person then, not a description.
_DATE_WORDS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre", "january", "february", "march",
               "april", "may", "june", "july", "august", "september", "october", "november",
               "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
               "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday", "hier", "yesterday"}


def patient_of_participle(token: Token, actors: SentenceActors) -> Actor | None:
    """The named person a past participle describes ("Khayam Turki, arrêté ..."), or None."""
    if token.dep_ not in ("amod", "acl") or "Past" not in token.morph.get("Tense") and \
            token.tag_ != "VBN":
        return None
    if token.tag_ == "VBD" and token.head.dep_ == "ROOT":
        return None  # "Its founder, Helena Maleno, called on Spain": a finite verb, cut off
    if any(c.dep_ == "aux:tense" for c in token.children):
        return None  # "Le ministre ..., René Sadi, a appelé": a compound past, cut off
    head = token.head
    actor = actors.of(head)
    if actor is None and head.pos_ == "NOUN":
        # "le chroniqueur Mourad Zeghidi, condamné": a person named in the phrase before the
        # participle, not its agent ("the duty, imposed by President Trump").
        named = [actors.by_token[t.i].actor for t in head.subtree
                 if t.i < token.i and t.i in actors.by_token]
        actor = next((a for a in named if a.actor_type == "PERSON"), None)
    climbed = head
    for _ in range(2):
        # "Sonia Dahmani, avocate et chroniqueuse libérée en novembre": the person the
        # described titles are apposed or listed on.
        if actor is not None or climbed.dep_ not in ("conj", "appos") or \
                climbed.head.i >= climbed.i:
            break
        climbed = climbed.head
        actor = actors.of(climbed)
    return actor if actor is not None and actor.actor_type == "PERSON" else None


def dated_patient(token: Token, actors: SentenceActors) -> bool:
    if patient_of_participle(token, actors) is None:
        return False
    doc = token.doc
    return any(t.lower_ in _DATE_WORDS or (t.like_num and len(t.text) == 4 and
                                           t.text[:2] in ("19", "20"))
               for t in doc[token.i + 1: min(token.i + 5, len(doc))])


_NOMINAL_DEPS = {"nmod", "obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod"}


def _participle_as_noun(token: Token) -> bool:
    """"une trentaine d'accusés", "les détenus", "des blessés": a French participle used as a
    noun (a determiner or "de" before it, no auxiliary, no object) names people, not an act."""
    if token.dep_ not in _NOMINAL_DEPS or token.lower_ == token.lemma_:
        return False
    children = list(token.children)
    if any(c.dep_.startswith("aux") or c.dep_ in ("obj", "dobj", "nsubj", "nsubj:pass")
           for c in children):
        return False
    return any(c.dep_ == "det" or (c.dep_ in ("mark", "case") and
                                   c.lower_ in ("de", "d'", "d’", "des", "du"))
               for c in children)


def under_unreal_verb(noun: Token) -> bool:
    """A nominal act in the clause of a verb under a modal or in the future: "ce qui pourrait
    exposer les exportations à un veto de Washington", "Russia could face EU sanctions"
    (eval/README.md: hypothetical acts are no events)."""
    node = noun
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ == "xcomp" and lemma_of(node.head) in _PLAN_HEADS:
            return True  # "is due to chair/NOUN the ASEAN summit"
        if node.pos_ in ("VERB", "AUX"):
            return _unreal(node)
    return False


# "une attaque lâche contre ceux qui aident la Somalie", "those who attack journalists": a
# relative clause on "those" describes a kind of people, not an act anyone did.
_THOSE = {"ceux", "celles", "celui", "celle", "those", "anyone", "anybody", "whoever",
          "everyone", "quiconque"}


def _of_anyone(token: Token) -> bool:
    """In the present: "ceux qui ont tué le journaliste" did kill him. English bare plurals
    are a kind of people too: "to fire on smugglers who refuse to stop"."""
    if token.dep_ not in ("acl:relcl", "relcl") or token.head.i == token.i:
        return False
    head = token.head
    kind = head.lower_ in _THOSE or (head.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in head.children) and
        head.dep_ in ("pobj", "dobj") and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that")
                                              for c in token.children))
    return kind and (token.tag_ in ("VBP", "VBZ") or (
            "Pres" in token.morph.get("Tense") and "Fin" in token.morph.get("VerbForm"))) and \
        not any(c.dep_.startswith("aux") for c in token.children)


def _tally_since(token: Token) -> bool:
    """"Plus de vingt ressortissants chinois ont été tués dans des attentats depuis 2021",
    "more than 20 nationals have been killed since 2021": a count over years, no one act."""
    since = any(
        (c.lower_ in ("since", "depuis") and any(g.dep_ == "pobj" and g.like_num
                                                 for g in c.children)) or
        (c.like_num and any(g.lower_ == "depuis" and g.dep_ == "case" for g in c.children))
        for c in token.children)
    counted = any(c.dep_ in ("nsubj:pass", "nsubjpass", "nsubj") and any(
        g.dep_ == "nummod" for g in c.children) for c in token.children)
    return since and counted


# "le droit de déployer ses propres sociétés", "the right to deploy": what one may do.
_ENTITLEMENTS = {"droit", "right", "permission", "autorisation", "possibilité", "power",
                 "pouvoir", "capacité", "ability", "capacity", "option", "faculté"}


def _entitled_act(token: Token) -> bool:
    return token.dep_ in ("acl", "xcomp", "nmod") and token.head.i != token.i and \
        token.head.pos_ == "NOUN" and lemma_of(token.head) in _ENTITLEMENTS and \
        ("Inf" in token.morph.get("VerbForm") or token.tag_ == "VB")


def background_clause(token: Token, actors: SentenceActors, speech_act: bool = False) -> bool:
    """Verbs that are not the reported action: purpose/planned infinitives ("to discuss",
    "pour discuter", "was due to meet"), participial side clauses ("killing twelve",
    "wounded prisoners", "a man accused of"), conditions ("if the United States attacked")."""
    children = list(token.children)
    if any(c.lower_ in _HYPOTHETICAL_MARKS and c.dep_ == "mark" and not _reflexive_s(c)
           for c in children) or _not_knowing(token) or _anonymity_request(token):
        return True
    if _unreal(token) or _suspected_act(token) or _alleged(token) or _of_anyone(token) or \
            _entitled_act(token) or _tally_since(token):
        return True
    participle = token.tag_ in ("VBN", "VBG") or "Part" in token.morph.get("VerbForm")
    if participle and _participle_as_noun(token):
        return True
    # ... unless it names who acted: "a summit hosted by Japan", "accueilli par le Japon".
    # ... nor when an auxiliary stands before it: "ont de leur côté déployé des radars", "a par
    # le passé rejeté" is a perfect tense the parser hung on a noun in between.
    if token.dep_ in ("amod", "acl") and participle and not named_agent(token, actors) and \
            not any(c.dep_ in SUBJECT_DEPS for c in children) and not after_auxiliary(token) \
            and not dated_patient(token, actors) and not cut_off_predicate(token):
        return True
    if token.dep_ == "advcl" and token.tag_ == "VBN" and _thing_as_agent(token, actors) and \
            not any(c.dep_.startswith("aux") or c.dep_ in SUBJECT_DEPS for c in children):
        # "exports rose 8%, helped by higher tea prices", "growth slowed, hit by a drought":
        # a participle whose agent is a thing tells a cause, no one's act.
        return True
    head_lemma = lemma_of(token.head)
    to_infinitive = any(c.lower_ == "to" and c.dep_ in ("aux", "mark") for c in children)
    # "travelled to Moscow to meet Putin", "s'est rendu à Pékin pour rencontrer Xi": the
    # meeting is what the trip was (not "is to meet", "va rencontrer": those are plans).
    trip = head_lemma in _TRIP_VERBS and token.head.i != token.i
    # "s'est entretenu avec Wang Wentao pour demander une levée des mesures", "called Netanyahu
    # to urge restraint": a request or protest voiced in the talk it was the purpose of.
    trip = trip or (speech_act and head_lemma in _TALK_VERBS)
    # ... also when the parse hung the infinitive on the one summoned: "summoned a senior
    # diplomat from the Chinese embassy to protest".
    trip = trip or (speech_act and token.dep_ == "acl" and token.head.dep_ in ("dobj", "obj")
                    and lemma_of(token.head.head) in _TALK_VERBS)
    if to_infinitive and head_lemma not in _INFINITIVE_HOSTS and not trip and \
            token.head.i != token.i:
        return True
    if "Inf" in token.morph.get("VerbForm") and not trip and (
            any(c.lower_ in _PURPOSE_MARKS for c in children) or token.dep_ in ("acl", "advcl")):
        return True
    # "killing twelve soldiers", "tuant douze soldats": a gerund tacked on to the main event.
    # Also "en livrant des armes", "showing the vessel being hit", "spent
    # decades negotiating": a gerund with no subject and no "be" of its own hangs on another
    # verb, which is the reported action ("began shelling" is the shelling: a host verb).
    gerund = _is_gerund(token)
    progressive = any(c.dep_.startswith("aux") for c in children)
    side = token.dep_ in _GERUND_SIDE_DEPS and head_lemma not in _INFINITIVE_HOSTS
    return gerund and side and not progressive and not speech_act and \
        not any(c.dep_ in SUBJECT_DEPS for c in children)


def _is_gerund(token: Token) -> bool:
    return token.tag_ == "VBG" or ("Part" in token.morph.get("VerbForm")
                                   and "Pres" in token.morph.get("Tense"))


def second_side_gerund(token: Token, acts: set[int]) -> bool:
    """"ont attaqué le commissariat, tuant deux policiers et incendiant quatre véhicules":
    the second gerund of a pair hangs on the first, as much a detail of the act (one of
    ``acts``, the sentence's verb triggers) as the first ("A car bomb exploded, killing four
    soldiers and wounding 17": no act above them, the pair is the attack)."""
    first = token.head
    return token.dep_ == "conj" and _is_gerund(token) and first.i != token.i and \
        _is_gerund(first) and first.dep_ in _GERUND_SIDE_DEPS and first.head.i in acts and \
        not any(c.dep_ in SUBJECT_DEPS or c.dep_.startswith("aux") for c in token.children)


def _thing_as_agent(verb: Token, actors: SentenceActors) -> bool:
    """The verb's "by/par" agent names no actor anywhere in it ("by higher tea prices")."""
    for child in verb.children:
        if child.dep_ == "agent" or child.dep_ == "obl:agent":
            return not any(t.i in actors.by_token for t in child.subtree) and \
                any(t.pos_ == "NOUN" for t in child.subtree)
    return False


# Verbs of promising: with no one promised to, "pledged to cut VAT", "a promis de
# relancer", "proposed easing rules" is a plan for one's own policy, not an agreement
# (eval/README.md: plans are no events). So is a promise or an offer of a thing to no one
# named: "Moscow promised a painful response", "a promis l'envoi de renforts", "offered
# to host talks", "a proposé une trêve", "the road it had promised". Commitments
# ("committed to", "se sont engagés à") are mostly made to others at a summit, and stay
# AGREE; aid pledged ("pledged 3 billion euros in aid") is AID, not read here.
_PLEDGE_LEMMAS = {"promise", "pledge", "vow", "propose", "offer", "promettre", "proposer",
                  "offrir"}


def own_pledge(trigger: Trigger, code: Code) -> bool:
    return code.event_type == "AGREE" and trigger.lemma in _PLEDGE_LEMMAS


# Who protests unnamed: "thousands of protesters marched", "des milliers d'agriculteurs ont
# défilé". A weak protest verb ("march", "rally") is a protest with such a subject.
_CROWD_NOUNS = {"protester", "demonstrator", "people", "thousand", "hundred", "crowd", "student",
                "worker", "farmer", "supporter", "resident", "activist", "manifestant",
                "millier", "centaine", "foule", "étudiant", "travailleur", "agriculteur",
                "partisan", "habitant", "militant", "personne", "salarié", "syndicaliste",
                # trades that strike and block: "truckers blocked the ports", "les camionneurs
                # ont bloqué les accès", "les taxis bloquent le périphérique"
                "trucker", "driver", "striker", "fisherman", "teacher", "docker",
                "camionneur", "routier", "chauffeur", "gréviste", "pêcheur", "taxi", "éleveur",
                "transporteur", "cheminot", "enseignant",
                # staff who walk out: "senior doctors struck", "les médecins ont manifesté"
                "doctor", "nurse", "physician", "médecin", "infirmier", "infirmière"}


# Blocking by a crowd or a striking trade is a protest (eval/README.md: "blockade (by
# civilians)"), not a state's rejection or coercion.
_BLOCKING_LEMMAS = {"block", "blockade", "barricade", "bloquer", "barrer", "barricader"}


def civilian_blockade(subject: Token | None, verb: Token) -> bool:
    return lemma_of(verb) in _BLOCKING_LEMMAS and crowd(subject)


# Who speaks unnamed for a trade or a cause: "les industriels réclament des commandes
# fermes", "les agriculteurs dénoncent la réforme", "rights groups condemned the law". The
# annotators code these requests and accusations with no source (eval/README.md: a party
# is null when unnamed); a plural is required: "l'industriel" is someone named before.
# Trades and causes only: "the doctors advised rest" is advice, not a request.
# Voices that speak as one in the singular: "l'opposition l'accuse", "the community asked".
_COLLECTIVE_VOICES = {"opposition", "community", "communauté"}
_VOICE_NOUNS = {"industriel", "agriculteur", "éleveur", "producteur", "syndicat", "ong",
                "association", "organisation", "opposant", "manifestant", "habitant",
                "militant", "défenseur", "riverain", "commerçant", "transporteur", "routier",
                "pêcheur", "salarié", "employeur", "patron", "constructeur", "équipementier",
                "entreprise", "exportateur", "importateur", "critique", "élu", "parlementaire",
                "député", "sénateur", "humanitaire", "ecologiste", "écologiste",
                "farmer", "union", "group", "ngo", "activist", "campaigner", "critic",
                "opponent", "protester", "resident", "manufacturer", "carmaker", "industry",
                "employer", "business", "company", "exporter", "importer", "worker",
                "lawmaker", "legislator", "trucker", "fisherman", "autorité", "authority",
                # the bereaved and the harmed: "les familles dénoncent", "relatives demanded"
                "famille", "family", "proche", "relative", "parent", "victime", "victim",
                "rescapé", "survivor", "communauté", "community"} | _COLLECTIVE_VOICES
# Unnamed voices make requests, accusations and rejections ("des habitants contestent cette
# version"); their other acts need a named party.
VOICED_TYPES = {"REQUEST", "ACCUSE", "REJECT"}


def unnamed_voice(subject: Token | None) -> bool:
    if subject is not None and subject.pos_ == "PRON" and \
            subject.head.dep_ in ("acl:relcl", "relcl") and subject.head.head.pos_ == "NOUN":
        subject = subject.head.head  # "les autorités locales, qui réclament leur transfert"
    if subject is None or subject.pos_ != "NOUN":
        return False
    # Invariable nouns ("les ONG") are plural by their determiner. "L'ONG a déploré" is
    # kept too (the tagger reads ONG as plural): an event with its source unresolved.
    if "Plur" not in subject.morph.get("Number") and not any(
            c.dep_ == "det" and "Plur" in c.morph.get("Number") for c in subject.children) \
            and lemma_of(subject) not in _COLLECTIVE_VOICES:
        return False
    return lemma_of(subject) in _VOICE_NOUNS or subject.lower_.rstrip("s") in _VOICE_NOUNS


# Who arrests, seizes or shoots unnamed: "les douaniers ont saisi", "officers fired",
# "soldiers shot". A weak verb ("saisir", "fire") is coercion or assault with such a subject.
_FORCE_NOUNS = {"police", "policier", "policeman", "officer", "douanier", "gendarme", "soldat",
                "soldier", "troop", "militaire", "force", "agent", "enquêteur", "investigator",
                "garde-côte", "guard", "militia", "milice", "combattant", "fighter", "gunman",
                "jihadiste", "rebelle", "rebel", "paramilitaire", "assaillant", "attacker",
                "customs", "authority", "autorité",
                # unnamed attackers: "a suicide bomber struck a mosque", "des insurgés ont tiré"
                "bomber", "militant", "insurgent", "sniper", "terrorist", "assailant",
                "kamikaze", "insurgé", "terroriste", "tireur"}


# A weapon or an attack as the subject: "an air strike hit a market", "a drone struck a
# hospital", "une frappe aérienne a touché un marché". The attack is told without its
# author, and is one all the same (the place is its target, eval/README.md).
_WEAPON_NOUNS = {"strike", "airstrike", "missile", "drone", "rocket", "shell", "bomb", "mortar",
                 "artillery", "attack", "raid", "shelling", "bombardment", "frappe", "roquette",
                 "obus", "bombe", "attaque", "bombardement", "tir", "mortier", "artillerie"}


def forces(subject: Token | None) -> bool:
    return subject is not None and subject.pos_ == "NOUN" and lemma_of(subject) in _FORCE_NOUNS


def weapon(subject: Token | None) -> bool:
    if subject is None or subject.pos_ != "NOUN" or \
            unaccented(lemma_of(subject)) not in _WEAPON_KEYS:
        return False
    if lemma_of(subject) in ("strike", "attack"):
        # "the strike hit the economy" may be a walkout: only a strike from the air or by arms
        return any(c.dep_ in ("compound", "amod") and (lemma_of(c) in _AIR_STRIKE or
                                                        c.ent_type_ == "NORP")
                   for c in subject.children)
    return True


_AIR_STRIKE = {"air", "drone", "missile", "military", "aerial", "artillery", "rocket", "naval",
               "army", "israeli", "russian", "ukrainian", "american", "u.s.", "terrorist",
               "militant", "jihadist", "armed"}


_WEAPON_KEYS = frozenset(unaccented(w) for w in _WEAPON_NOUNS)


def crowd(subject: Token | None) -> bool:
    return subject is not None and any(lemma_of(t) in _CROWD_NOUNS for t in subject.subtree)


# Verbs that are the type only when someone is acted on: "warned that inventories would
# last only weeks", "a averti qu'il pourrait réduire les rations" is a forecast, not a threat
# ("menacer de frapper tout convoi" stays one); "a reconnu des exactions", "acknowledged the
# problem" is an admission, not support ("recognised Palestine" is).
TARGETED_ONLY = {"THREATEN": {"warn", "avertir", "prévenir", "alerter"},
                  "SUPPORT": {"reconnaître", "recognise", "recognize", "acknowledge", "admettre",
                              "admit"}}
def conditional_move(verb: Token, actors: SentenceActors) -> bool:
    """"a averti que l'Iran quitterait le traité (si les sanctions étaient rétablies)",
    "warned that Iran would leave": a warning that a named party will act is a threat.
    So is a warning of one's own hostile move ("warned it could suspend food aid", "a averti
    qu'il riposterait") and a warning of consequences ("warned that any provocation would be
    met with firm countermeasures", eval/README.md: warn of consequences)."""
    for c in verb.children:
        if c.dep_ == "dep" and "Fin" in c.morph.get("VerbForm") and _strike_warning(c):
            return True  # "a averti mardi qu'elle appellerait a une grève", parse broken
        if c.dep_ not in ("ccomp", "advcl") or any(
                m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in c.children):
            continue  # "warn of lay-offs after Washington doubles duties": not the warning
        if any(s.dep_ in ("nsubj", "nsubj:pass") and actors.of(s) is not None
               for s in c.children):
            return True
        if _own_hostile_move(c) or any(unaccented(lemma_of(t)) in _CONSEQUENCES or
                                       unaccented(t.lower_) in _CONSEQUENCES for t in c.subtree):
            return True
        said = " " + " ".join(unaccented(t.lower_) for t in c.subtree) + " "
        if any(f" {phrase} " in said for phrase in _THREAT_PHRASES):
            return True
        if _strike_warning(c):
            return True
    return False


# A stoppage a union or a group warns of: "a averti qu'elle appellerait à une grève générale
# si le gouvernement touchait aux salaires", "warned that workers would strike unless".
_STOPPAGE_WORDS = {"grève", "greve", "grèves", "greves", "strike", "strikes", "walkout",
                   "walkouts", "boycott", "boycotter", "boycotts", "stoppage"}
_CONDITION_MARKS = {"si", "s'", "s’", "if", "unless"}


def _strike_warning(clause: Token) -> bool:
    """A warning of a strike or a boycott held over someone: under a modal or a future, or
    on a condition ("si le texte était voté"). "warned that strikes had hit output" is news."""
    words = list(clause.subtree)
    if not any(t.lower_ in _STOPPAGE_WORDS or lemma_of(t) in _STOPPAGE_WORDS or
               (t.lower_ == "strike" and t.pos_ == "VERB") for t in words):
        return False
    return _unreal(clause) or any(t.dep_ == "mark" and t.lower_ in _CONDITION_MARKS
                                  for t in words)


# Set phrases of a warning that threatens: "it would take necessary measures", "would be
# treated as an act of war", "prendra toutes les mesures nécessaires".
_THREAT_PHRASES = ("necessary measures", "all measures", "act of war", "red line",
                   "mesures necessaires", "toutes les mesures", "acte de guerre",
                   "ligne rouge", "declaration of war", "declaration de guerre",
                   # "anyone trying to disturb the peace would be dealt with firmly"
                   "be dealt with", "be punished", "be held accountable", "pay a price",
                   "pay a heavy price", "etre puni", "etre punis", "payer le prix",
                   "payer cher",
                   # "will not go unanswered", "ne restera pas sans réponse"
                   "go unanswered", "sans reponse",
                   # "any vessel linked to Israel would be targeted", "would be hunted down"
                   "be targeted", "be hunted down", "etre cible", "etre cibles",
                   # "would act alone if necessary", "agirait seul si nécessaire"
                   "act alone", "agir seul", "agirait seul", "agira seul")


# What a warning threatens with: "countermeasures", "consequences", "représailles".
_CONSEQUENCES = {"countermeasure", "countermeasures", "consequence", "consequences",
                 "retaliation", "reprisal", "reprisals", "contre-mesure", "contre-mesures",
                 "represailles", "riposte",
                 # "prendrait des mesures de rétorsion", "retaliatory steps"
                 "retorsion", "retaliatory"}
# Hostile moves a warner announces of itself, under a modal: "it could suspend", "il
# riposterait", "they would retaliate".
_HOSTILE_LEMMAS = {"suspend", "cut", "halt", "stop", "strike", "retaliate", "respond",
                   "attack", "block", "expel", "sanction", "withdraw", "leave", "quit",
                   "resist", "fight", "oppose", "boycott",
                   "suspendre", "couper", "arrêter", "frapper", "riposter", "répondre",
                   "attaquer", "bloquer", "expulser", "sanctionner", "retirer", "quitter",
                   "résister", "combattre", "boycotter"}
_SELF_PRONOUNS = {"it", "they", "we", "il", "elle", "ils", "elles", "nous"}


def summoning_verb(token: Token) -> tuple[Token, Token] | None:
    """(verb of summoning or talking, the one summoned) for an infinitive that is the point
    of the summons ("summoned a senior diplomat ... to protest", parsed on the diplomat or
    on the verb): whoever summoned protests, to the one summoned."""
    if token.dep_ == "acl" and token.head.dep_ in ("dobj", "obj") and \
            lemma_of(token.head.head) in _TALK_VERBS:
        return token.head.head, token.head
    if token.dep_ in ("xcomp", "advcl") and lemma_of(token.head) in _TALK_VERBS:
        summoned = next((c for c in token.head.children if c.dep_ in ("dobj", "obj")), None)
        if summoned is not None:
            return token.head, summoned
    return None


def _own_hostile_move(clause: Token) -> bool:
    subject = next((s for s in clause.children if s.dep_ == "nsubj"), None)
    if subject is None or not _self_subject(subject):
        return False
    lemma = unaccented(lemma_of(clause))
    # "his government would not tolerate anarchy", "le pays n'acceptera pas": a refusal
    # to bear something, announced of oneself, is a warning of what will follow.
    refusal = lemma in _BORNE_LEMMAS and any(c.dep_ == "neg" or c.lower_ in ("pas", "not",
                                                                               "never", "jamais")
                                             for c in clause.children)
    if not refusal and lemma not in {unaccented(w) for w in _HOSTILE_LEMMAS}:
        return False
    return _unreal(clause)


_BORNE_LEMMAS = {"tolerate", "tolerer", "allow", "permettre"}
# Possessives that make a noun one's own: "his government", "leurs militants".
OWN_POSSESSIVES = {"his", "her", "its", "their", "our", "son", "sa", "ses", "leur", "leurs",
                   "notre", "nos"}


def _owned(noun: Token | None, possessives: set[str] = OWN_POSSESSIVES) -> bool:
    """A noun with a possessive of ``possessives``: "its forces", "son armée"."""
    return noun is not None and noun.pos_ == "NOUN" and any(
        c.lower_ in possessives and c.dep_ in ("poss", "det", "nmod:poss")
        for c in noun.children)


def _self_subject(subject: Token) -> bool:
    """"it", "they", "il", or the speaker's own body: "his government", "its forces",
    "son armée"."""
    return subject.lower_ in _SELF_PRONOUNS or _owned(subject)


# What kills without attacking: "an Ebola outbreak has killed 35 people", "l'épidémie avait
# fait 187 morts", "the earthquake killed", "un incendie a fait trois victimes".
_NATURAL_CAUSES = {"outbreak", "epidemic", "pandemic", "disease", "virus", "cholera", "ebola",
                   "earthquake", "quake", "flood", "flooding", "storm", "cyclone", "hurricane",
                   "typhoon", "fire", "wildfire", "blaze", "landslide", "heatwave", "drought",
                   "famine", "crash", "accident", "collapse", "épidémie", "pandémie", "maladie",
                   "flambée", "choléra", "séisme", "tremblement", "inondation", "crue",
                   "tempête", "ouragan", "typhon", "incendie", "glissement", "canicule",
                   "sécheresse", "effondrement", "naufrage", "variole",
                   # named diseases and weather: "dengue has killed 412 people", "le
                   # paludisme a fait 300 morts", "a failed rainy season hit the north"
                   "dengue", "malaria", "measles", "mpox", "covid", "covid-19", "influenza",
                   "flu", "tuberculosis", "polio", "diphtheria", "meningitis", "paludisme",
                   "rougeole", "grippe", "tuberculose", "diphtérie", "méningite", "rain",
                   "rains", "monsoon", "pluie", "pluies", "mousson", "avalanche", "eruption",
                   "éruption",
                   # "a ferry disaster in 2009 killed 30", "la catastrophe a fait 12 morts"
                   "disaster", "catastrophe", "derailment", "déraillement", "shipwreck",
                   "stampede", "bousculade",
                   # "sont menacées par la faim", "threatened by hunger"
                   "faim", "hunger", "starvation", "malnutrition",
                   # wild animals: "a bear killed a hiker", "blessées par des ours", "une
                   # vague d'attaques d'ours qui a fait 13 morts" -- no actor assaults anyone
                   # (not wolves, tigers, lions, pumas: "lone wolf", "Tamil Tigers",
                   # "Lions' Den", "Puma" helicopters name attackers)
                   "bear", "bears", "ours", "shark", "requin", "crocodile", "alligator",
                   "elephant", "éléphant", "leopard", "léopard", "hippopotamus", "hippo",
                   "hippopotame", "snake", "hyena", "hyène", "buffalo", "buffle"}

# What falls on its own: "were killed when the walls of the pit collapsed", "ont péri quand
# le bateau a chaviré".
_NATURAL_VERBS = {"collapse", "capsize", "sink", "crash", "derail", "effondrer", "écrouler",
                  "chavirer", "sombrer", "écraser", "dérailler"}


_NATURAL_CAUSE_KEYS = frozenset(unaccented(w) for w in _NATURAL_CAUSES)


def _keyed(token: Token, keys: frozenset[str]) -> bool:
    """The token's lemma or its own form, accents left out, is one of `keys` (MT copy drops
    accents and trips the tagger: "la derniere epidemie")."""
    return unaccented(lemma_of(token)) in keys or unaccented(token.lower_) in keys


def _is_natural_cause(token: Token) -> bool:
    if _keyed(token, _ACCIDENT_KEYS):
        # "a series of explosions in a distillation unit killed 11 workers": an accident,
        # unless the sentence names an attack or arms ("a car bomb explosion killed").
        return not any(key in _HOSTILE_KEYS and key != "fire"  # "a fire and a blast"
                       for t in token.sent if not _reports(t)
                       for key in (unaccented(lemma_of(t)), unaccented(t.lower_)))
    return _keyed(token, _NATURAL_CAUSE_KEYS)


# What blows up by accident as often as by attack: an accident only with no attacker told.
_ACCIDENTS = {"explosion", "blast", "leak", "spill", "fuite", "déflagration", "deflagration"}
_ACCIDENT_KEYS = frozenset(unaccented(w) for w in _ACCIDENTS)


def _left_of(verb: Token):
    """The words before a verb the parse left without subject, back to the clause's edge:
    "since a 2023 fire on an offshore platform killed two workers", ", où une saison des
    pluies très déficitaire a détruit les récoltes"."""
    sent = verb.sent
    i = verb.i - 1
    while i >= sent.start:
        t = verb.doc[i]
        if t.text in (",", ";", ":", "(") or t.pos_ in ("VERB", "SCONJ") or \
                t.lower_ in ("since", "after", "when", "depuis", "après", "où", "ou", "quand"):
            break
        yield t
        i -= 1


def _cause_left_of(verb: Token) -> bool:
    """A natural cause or an accident among the words before a subjectless verb (_left_of)."""
    return verb.dep_ in ("advcl", "conj", "ROOT") and any(
        t.pos_ == "NOUN" and _is_natural_cause(t) for t in _left_of(verb))


def natural_cause(subject: Token | None, verb: Token) -> bool:
    for agent in (c for c in verb.children if c.dep_ in ("obl:agent", "agent")):
        # "sont menacées par la faim", "were threatened by floods"
        if any(t.pos_ == "NOUN" and _is_natural_cause(t) for t in (agent, *agent.children)
               if t.dep_ in ("obl:agent", "agent", "pobj")):
            return True
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")),
               None)
    if own is None and _cause_left_of(verb):
        return True  # ", où une saison des pluies très déficitaire a détruit les récoltes"
    first = verb
    while own is None and first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head  # "explosions killed 11 workers, injured 37 others"
        own = next((c for c in first.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if own is None and first is not verb and _cause_left_of(first):
        # The parse left the verb without its subject, and took one from another clause:
        # "a day after a series of explosions in a unit killed 11 workers".
        return True
    # "the quake struck the city, killing 300", "un glissement de terrain a enseveli trois
    # villages, faisant au moins 64 morts" (the parse may hang "faisant" on "morts"): the
    # toll of the main clause's subject.
    host = verb.head
    for _ in range(3 if verb.dep_ == "case" else 0):
        if host.pos_ in ("VERB", "AUX") or host.head.i == host.i:
            break
        host = host.head
    if own is None and subject is None and verb.dep_ in ("advcl", "xcomp", "case") and \
            host.pos_ in ("VERB", "AUX") and host.i < verb.i and \
            ("Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm")
             or verb.tag_ == "VBG"):
        own = next((c for c in host.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    head = subject or own
    fell = any(c.dep_ == "advcl" and unaccented(lemma_of(c)) in _NATURAL_VERB_KEYS
               for c in verb.children)
    if head is None:  # "were killed in floods", "sont morts dans l'incendie"
        return fell or any(_is_natural_cause(t) for t in verb.subtree
                           if t.dep_.startswith("obl") or t.dep_ == "pobj")
    if head.dep_ in ("nsubj:pass", "nsubjpass") and fell:
        return True  # "ont été tuées quand le bateau a chaviré": the victims, not a killer
    if head.pos_ == "PRON" and verb.dep_ in ("relcl", "acl:relcl") and \
            verb.head.pos_ in ("NOUN", "PROPN"):
        # "the earthquake that struck Kunar", "la crue qui a frappé la ville"; "Hurricane
        # Melissa, which killed 40 people": the storm's name, its kind a compound on it
        head = verb.head
    # "31 people were killed and more than 60 injured": the passive's auxiliary left out,
    # the count parsed as an active subject; it is still a count of victims.
    counted = verb.dep_ == "conj" and verb.tag_ == "VBN" and head.pos_ == "NUM" and \
        not any(c.dep_.startswith("aux") for c in verb.children)
    if (head.dep_ in ("nsubj:pass", "nsubjpass") or counted) and not any(
            c.dep_ in ("obl:agent", "agent") for c in verb.children):
        # "37 personnes ont été tuées dans le centre du Vietnam, où des pluies diluviennes
        # ont provoqué des inondations": deaths told with a disaster and no one attacking.
        sent = verb.sent
        return any(t.pos_ == "NOUN" and _is_natural_cause(t) for t in sent) and not any(
            _keyed(t, _HOSTILE_KEYS) for t in sent if not _reports(t))
    # "the rainy season" / "la saison des pluies": the weather named by a noun on the head;
    # "Typhoon Rosal", "Cyclone Freddy": a storm's name with its kind before it.
    # A dateline before the lede ("MANILA, Oct 22 (Reuters) - Typhoon Rosal killed") is
    # parsed as the subject, the true one hung on it as an apposition.
    heads = [head, *(c for c in head.children if c.dep_ == "appos")]
    return any(_is_natural_cause(h) or any(
        _is_natural_cause(c) for c in h.children
        if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "ADJ", "PROPN"))
        for h in heads)


_NATURAL_VERB_KEYS = frozenset(unaccented(w) for w in _NATURAL_VERBS)
# Words that put an attacker in a sentence of deaths: then the deaths may be an attack.
_HOSTILE = {"attack", "strike", "raid", "bomb", "bombing", "shelling", "shell", "gunman",
            "gunmen", "militant", "rebel", "soldier", "troop", "police", "army", "force",
            "forces", "fighting", "clash", "clashes", "shoot", "shot", "fire", "drone", "missile",
            "ambush", "assault", "attentat", "attaque", "frappe", "bombardement", "tir", "tirs",
            "affrontement", "combat", "combats", "heurt", "heurts", "armée", "soldat", "rebelle",
            "jihadiste", "djihadiste", "assaillant", "embuscade", "obus", "roquette", "balle",
            "policier", "massacre", "offensive", "violence",
            "violences", "répression", "repression", "crackdown"}
_HOSTILE_KEYS = frozenset(unaccented(w) for w in _HOSTILE)
# Who tells the toll is not who caused it: "were killed in a stampede, police said", "ont
# péri dans l'effondrement, a indiqué la police", "selon l'armée".
_TELLING_LEMMAS = {"say", "tell", "report", "add", "announce", "confirm", "state", "dire",
                   "indiquer", "annoncer", "préciser", "rapporter", "déclarer", "affirmer",
                   "confirmer", "ajouter", "signaler"}
_TELLING_KEYS = frozenset(unaccented(w) for w in _TELLING_LEMMAS)


def _reports(token: Token) -> bool:
    """The word names who reports the toll: the subject (or a word in the subject) of a verb
    of telling, or an "according to" / "selon" source."""
    node = token
    for _ in range(4):
        if unaccented(lemma_of(node.head)) in _TELLING_KEYS and (
                node.dep_ in ("nsubj", "nsubj:pass") or
                # ", a indiqué la police": the inverted subject, parsed as the object
                node.dep_ == "obj" and node.i > node.head.i and
                not any(c.dep_ == "nsubj" for c in node.head.children)):
            return True
        if node.dep_ not in ("compound", "amod", "nmod", "flat", "flat:name") or \
                node.head.i == node.i:
            break
        node = node.head
    return informant(token, strict=True)


# A blow dealt by a policy or a market is no attack: "a move that hit textile exporters",
# "les surtaxes qui frappent des dizaines de milliards d'euros d'échanges", "la hausse des
# prix frappe les ménages".
_BLOW_LEMMAS = {"hit", "strike", "batter", "frapper", "toucher", "affect", "affecter"}
_POLICIES = {"move", "measure", "measures", "decision", "tariff", "tariffs", "duty", "duties",
             "tax", "taxes", "levy", "sanction", "sanctions", "increase", "rise", "hike", "cut",
             "cuts", "restriction", "restrictions", "ban", "embargo", "reform", "law", "policy",
             "crisis", "inflation", "recession", "slowdown", "shortage", "shortages", "price",
             "prices", "surtaxe", "surtaxes", "mesure", "mesures", "décision", "droit", "droits",
             "taxe", "hausse", "baisse", "coupe", "interdiction", "réforme", "loi", "politique",
             "crise", "récession", "ralentissement", "pénurie", "pénuries", "prix", "tarif",
             "tarifs"}
_POLICY_KEYS = frozenset(unaccented(w) for w in _POLICIES)
# Whoever would do it is no one who did: "anyone who attacked police stations would face the
# full force of the law", "quiconque attaquerait".
_ANYONE = {"anyone", "anybody", "whoever", "whomever", "quiconque"}


def _acting_noun(subject: Token | None, verb: Token) -> Token | None:
    """The verb's subject, or for a relative pronoun the noun the clause is on."""
    head = subject or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")),
                           None)
    if head is not None and head.pos_ == "PRON" and \
            verb.dep_ in ("relcl", "acl:relcl") and verb.head.pos_ in ("NOUN", "PRON"):
        return verb.head
    return head


def policy_blow(subject: Token | None, verb: Token) -> bool:
    if unaccented(lemma_of(verb)) not in _BLOW_KEYS:
        return False
    head = _acting_noun(subject, verb)
    return head is not None and head.pos_ == "NOUN" and _keyed(head, _POLICY_KEYS)


_BLOW_KEYS = frozenset(unaccented(w) for w in _BLOW_LEMMAS)


def anyone_acting(subject: Token | None, verb: Token) -> bool:
    head = _acting_noun(subject, verb)
    return head is not None and head.lower_ in _ANYONE


# "la cyberattaque qui paralyse trois hôpitaux", "a ransomware attack crippled the port":
# crippling is an attack only when an attack does it ("la grève paralyse le pays" is none).
CRIPPLING_LEMMAS = {"paralyser", "cripple", "paralyse", "paralyze"}
_ATTACKS = {"attack", "cyberattack", "cyber-attack", "hack", "ransomware", "airstrike", "raid",
            "bombing", "attaque", "cyberattaque", "cyber-attaque", "piratage", "rançongiciel",
            "frappe", "bombardement"}
_ATTACK_KEYS = frozenset(unaccented(w) for w in _ATTACKS)


def attack_cripples(subject: Token | None, verb: Token) -> bool:
    head = _acting_noun(subject, verb)
    return head is not None and head.pos_ == "NOUN" and _keyed(head, _ATTACK_KEYS)


# Measures that target someone sanction them: "les nouvelles mesures visent une vingtaine
# d'entités en Chine", "the sanctions target 30 companies" (no attack).
_AIMING_LEMMAS = {"target", "viser", "cibler", "hit", "frapper", "toucher"}
_MEASURE_NOUNS = {"measure", "measures", "sanction", "sanctions", "package", "penalty",
                  "penalties", "restriction", "restrictions", "tariff", "tariffs", "embargo",
                  "mesure", "mesures", "paquet", "pénalité", "pénalités", "surtaxe", "surtaxes"}
_MEASURE_NOUN_KEYS = frozenset(unaccented(w) for w in _MEASURE_NOUNS)


def measures_aimed(subject: Token | None, verb: Token, lemma: str) -> bool:
    if unaccented(lemma.split()[0]) not in _AIMING_KEYS:  # the trigger's lemma ("visent/ADJ")
        return False
    head = _acting_noun(subject, verb)
    return head is not None and head.pos_ == "NOUN" and _keyed(head, _MEASURE_NOUN_KEYS)


_AIMING_KEYS = frozenset(unaccented(w) for w in _AIMING_LEMMAS)


# What moves on a chart, not on the ground: "oil revenues fell back", "les recettes
# pétrolières de Moscou ont reculé", "shares retreated", "le prix du blé a reculé".
_MEASURES = {"revenue", "revenues", "receipts", "income", "earnings", "price", "prices",
             "export", "exports", "import", "imports", "output", "production", "sales",
             "share", "shares", "stock", "stocks", "index", "currency", "inflation", "rate",
             "rates", "growth", "gdp", "demand", "supply", "yield", "yields", "profit",
             "profits", "deficit", "debt", "turnover", "volume", "volumes", "figure",
             "figures", "unemployment", "recette", "recettes", "revenu", "revenus", "prix",
             "exportation", "exportations", "importation", "importations", "vente", "ventes",
             "action", "actions", "bourse", "indice", "monnaie", "devise", "taux", "croissance",
             "pib", "demande", "offre", "bénéfice", "bénéfices", "déficit", "dette",
             "chiffre", "chômage", "cours", "rendement", "rendements", "chiffres",
             # goods that leave a country are shipped, not withdrawn: "most chips leave
             # Taiwan by air"
             "chip", "chips", "shipment", "shipments", "goods", "cargo", "product", "products",
             "marchandise", "marchandises", "produit", "produits", "cargaison", "cargaisons"}
_MEASURE_KEYS = frozenset(unaccented(w) for w in _MEASURES)


def measured_quantity(subject: Token | None, verb: Token) -> bool:
    """The verb's subject is a figure ("revenues fell back"), not a party that withdrew."""
    head = subject or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")),
                           None)
    if head is not None and head.pos_ != "NOUN":  # "most of its chips", "la plupart des"
        head = next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"), None) or next(
            (c for c in head.children if c.dep_ == "nmod" and c.pos_ == "NOUN"), head)
    return head is not None and head.pos_ == "NOUN" and _keyed(head, _MEASURE_KEYS)


# What is put at risk, not threatened by anyone: "a toll that threatens the survival of
# some populations", "la sécheresse menace les récoltes", "leur avenir est menacé".
_ENDANGERED = {"survival", "future", "existence", "livelihood", "livelihoods", "stability",
               "viability", "ecosystem", "ecosystems", "harvest", "harvests", "crop", "crops",
               "biodiversity", "survie", "avenir", "subsistance", "stabilité", "viabilité",
               "écosystème", "écosystèmes", "récolte", "récoltes", "biodiversité"}
_ENDANGERED_KEYS = frozenset(unaccented(w) for w in _ENDANGERED)
_THREATEN_LEMMAS = {"threaten", "menacer"}


def endangers(verb: Token) -> bool:
    """A "threaten"/"menacer" whose object (or passive subject) is what is put at risk."""
    if unaccented(lemma_of(verb)) not in _THREATEN_LEMMAS:
        return False
    return any(c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and _keyed(c, _ENDANGERED_KEYS)
               for c in verb.children)


# "Peskov said Moscow would respond", "Iran said it would retaliate", "a assuré que l'armée
# riposterait": a speaker announcing that their side will hit back threatens now (eval/
# README.md: a threat about the future is a THREATEN). The verb of saying is the event.
_RETORT_LEMMAS = {"respond", "retaliate", "avenge", "riposter", "répondre", "venger"}
_SAYING_LEMMAS = {"say", "tell", "declare", "state", "insist", "add", "stress", "affirm",
                  "dire", "déclarer", "affirmer", "assurer", "ajouter", "souligner",
                  "marteler", "prévenir", "insister"}
# What one answers that is no blow: "would respond to questions", "répondrait à la lettre".
_ANSWERED = {"question", "questions", "request", "requests", "letter", "report", "query",
             "queries", "invitation", "call", "proposal", "offer", "email", "demande",
             "lettre", "courrier", "rapport", "appel", "proposition", "offre",
             "sollicitation", "message", "critique", "critiques", "accusation", "accusations"}
THREATEN_CODE = Code("THREATEN", cameo_root_for("THREATEN"))


def may_tell_retort(sent) -> bool:
    return any(unaccented(lemma_of(t)) in _RETORT_KEYS or t.lower_ in _MEASURE_WORDS or
               unaccented(t.lower_) in _CONSEQUENCES for t in sent)


_MEASURE_WORDS = {"measures", "mesures"}


def _threat_phrase(clause: Token) -> bool:
    """"China would take all necessary measures", "prendra toutes les mesures nécessaires",
    "would face consequences": a set phrase of threat in the clause."""
    said = " " + " ".join(unaccented(t.lower_) for t in clause.subtree) + " "
    return any(f" {phrase} " in said for phrase in _THREAT_PHRASES) or any(
        unaccented(t.lower_) in _CONSEQUENCES for t in clause.subtree)


_RETORT_KEYS = frozenset(unaccented(w) for w in _RETORT_LEMMAS)


def retort_triggers(sent, triggers: list[Trigger], actors: SentenceActors) -> list[Trigger]:
    """A THREATEN trigger on each verb of saying whose clause announces that a named party or
    the speaker's own side will hit back."""
    taken = {t.token.i for t in triggers}
    added = []
    for verb in sent:
        if verb.i in taken or lemma_of(verb) not in _SAYING_LEMMAS or verb.pos_ not in ("VERB",):
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not _unreal(clause) or (
                    unaccented(lemma_of(clause)) not in _RETORT_KEYS and
                    not _threat_phrase(clause)):
                continue
            subject = next((s for s in clause.children if s.dep_ in ("nsubj", "expl")), None)
            if subject is None or not (_self_subject(subject) or actors.of(subject) is not None):
                continue
            if any(unaccented(t.lower_) in _ANSWERED for t in clause.subtree if t.i > clause.i):
                continue
            if any(c.dep_ == "neg" or c.lower_ in ("pas", "jamais", "never")
                   for c in clause.children):
                continue  # "said it would not retaliate"
            added.append(Trigger(verb, THREATEN_CODE, f"{lemma_of(verb)} {lemma_of(clause)}",
                                 subject))
            break
    return triggers + added


def retort_side(trigger: Trigger, actors: SentenceActors) -> Actor | None:
    """The side a retort trigger says will hit back ("Moscow would respond"): the speaker's
    own, never the one threatened."""
    if trigger.code is not THREATEN_CODE or trigger.companion is None:
        return None
    return actors.of(trigger.companion)


# A body's possessives ("its air defences"); "his"/"her" forces are a person's.
_SPEAKER_POSSESSIVES = {"its", "their", "son", "sa", "ses", "leur", "leurs"}


def speakers_own(verb: Token, subject: Token | None, actors: SentenceActors) -> Actor | None:
    """"Russia's Defense Ministry said its air defenses had shot down 87 drones", "l'armée a
    affirmé que ses forces avaient frappé": a body's own forces, in the clause it reports,
    act for that body (the speaker)."""
    if not _owned(subject, _SPEAKER_POSSESSIVES):
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or lemma_of(clause.head) not in _SAYING_LEMMAS:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return actors.of(speaker) if speaker is not None else None
