"""Which kind of event a trigger is once its parties are known, and the nouns of attacks.

Split out of events.py: the lexicon gives one type per phrase, but a drill is a
show of force by one side (MOBILIZE) and cooperation when held jointly
(COOPERATE, eval/README.md); and the victims of a passive killing ("were killed
in a Russian strike") are told who attacked them by the attack noun.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from transforms.cameo import cameo_root_for
from transforms.event_clauses import OWN_POSSESSIVES
from transforms.event_parties import SentenceActors, case_of
from transforms.event_triggers import SUBJECT_DEPS, Code, Trigger, lemma_of, load_lexicon

# Nouns of attacks a passive killing can happen in, beyond the lexicon's nominal triggers.
_ATTACK_SETTINGS = {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "ambush",
                    "assault", "offensive", "frappe", "attaque", "bombardement",
                    "embuscade", "assaut", "tir", "pilonnage"}

# A drill is a show of force by one side (MOBILIZE) and cooperation when held jointly.
_EXERCISE_NOUNS = {"drill", "exercise", "wargame", "manœuvre", "manoeuvre", "exercice"}
_JOINT_WORDS = {"joint", "combined", "conjoint", "conjointe", "conjoints", "conjointes",
                "commun", "communs", "commune", "communes", "with", "avec"}
_PAIR_FILLER = {"and", "et", "the", "le", "la", "les", "l'", "l’"}


def pair_before(verb: Token, actors: SentenceActors) -> bool:
    """Two actors joined by "and/et" before the verb ("La Corée du Sud et les États-Unis ont
    lancé"), for parses that hung the verb on the first one instead of making them its
    subjects."""
    mentions = sorted({id(m): m for i, m in actors.by_token.items() if i < verb.i}.values(),
                      key=lambda m: m.start)
    doc = verb.doc
    for first, second in zip(mentions, mentions[1:]):
        between = [t.lower_ for t in doc[first.end: second.start]]
        if between and between[0] in ("and", "et") and set(between) <= _PAIR_FILLER:
            return True
    return False


def exercise_code(trigger: Trigger, code: Code, several_sources: bool,
                  actors: SentenceActors) -> Code:
    """"Russia and China held joint naval drills" is COOPERATE; "China launched drills around
    Taiwan" is MOBILIZE, whichever the lexicon entry said."""
    noun = trigger.companion
    if noun is None or lemma_of(noun) not in _EXERCISE_NOUNS:
        return code
    words = [*noun.children, *trigger.token.children]
    # The pair before the verb counts unless the verb has a subject of its own that is not
    # a named actor: "Kaliningrad and Belarus, where Russian troops held drills" is Russia's
    # show of force; "La Corée du Sud et les États-Unis ont lancé" (parse hung the second
    # on the first) stays joint.
    has_subject = any(c.dep_ in SUBJECT_DEPS and c.i not in actors.by_token
                      for c in trigger.token.children)
    joint = several_sources or any(w.lower_ in _JOINT_WORDS or case_of(w) in _JOINT_WORDS
                                   for w in words) or (
        not has_subject and pair_before(trigger.token, actors))
    kind = "COOPERATE" if joint else "MOBILIZE"
    return code if code.event_type == kind else Code(kind, cameo_root_for(kind))


@lru_cache(maxsize=4)
def attack_nouns(lang: str) -> frozenset[str]:
    lex = load_lexicon(lang)
    return frozenset(_ATTACK_SETTINGS) | frozenset(
        lemma for lemma, code in lex.nouns.items() if code.event_type == "ASSAULT")


# Withdrawing from a treaty is rejecting it, not a pull-back of forces: "Trump withdrew
# again from the Paris Agreement", "les Etats-Unis se sont retirés de l'accord de Paris".
_PACT_NOUNS = {"agreement", "treaty", "accord", "deal", "pact", "convention", "accords",
               "traité", "pacte", "protocol", "protocole"}


def pact_exit_code(token: Token, code: Code) -> Code:
    if code.event_type != "RETREAT":
        return code
    for child in token.children:
        node = next((c for c in child.children if c.dep_ == "pobj"), child) \
            if child.dep_ == "prep" else child
        if child.dep_ in ("prep", "obl", "obl:arg", "obj", "dobj") and \
                node.pos_ in ("NOUN", "PROPN") and lemma_of(node) in _PACT_NOUNS:
            return Code("REJECT", cameo_root_for("REJECT"))
    return code



# Suspending or removing a right of people is a coercion of them, not a sanction on a
# state: "la Grèce avait suspendu le droit de demander l'asile", "suspended the right to
# seek asylum", "a suspendu le droit d'asile". Not "les droits de douane" (a tariff).
_SUSPENDING = {"suspendre", "supprimer", "abolir", "restreindre", "suspend", "revoke",
               "abolish", "curtail", "remove"}
_RIGHT_NOUNS = {"droit", "right"}
_RIGHT_OBJECTS = {"asile", "asylum", "grève", "manifester", "manifestation", "réunion",
                  "rassemblement", "assembly", "strike", "protest", "vote", "voter"}
COERCE_CODE = Code("COERCE", cameo_root_for("COERCE"))


def right_suspension_code(token: Token, code: Code) -> Code:
    """COERCE for a right suspended ("suspendu le droit de demander l'asile"), else `code`."""
    if code.event_type not in ("SANCTION", "REJECT") or lemma_of(token) not in _SUSPENDING:
        return code
    right = next((c for c in token.children if c.dep_ in ("obj", "dobj")
                  and lemma_of(c) in _RIGHT_NOUNS), None)
    if right is None:
        return code
    following = token.doc[right.i + 1: min(right.i + 5, len(token.doc))]
    if any(t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm") or
           lemma_of(t) in _RIGHT_OBJECTS or t.lower_ in _RIGHT_OBJECTS for t in following):
        return COERCE_CODE
    return code


# Halting one's own work is no sanction on anyone: "the NGO suspended its activities in the
# county", "le PAM a suspendu ses distributions", "les compagnies ont suspendu leurs vols
# vers Denpasar", "Baku suspended its participation". Halting someone else's is ("a suspendu
# les activités de Chatkal Gold"), and so is halting one's own aid or cooperation with
# another ("a suspendu sa coopération avec l'agence").
_HALTING = {"suspend", "halt", "cancel", "interrupt", "suspendre", "interrompre", "annuler"}
_OWN_OPERATIONS = {"activity", "activities", "operation", "operations", "flight", "flights",
                   "service", "services", "delivery", "deliveries", "distribution",
                   "distributions", "patrol", "patrols", "participation", "mission",
                   "missions", "work", "works", "production", "route", "routes", "sailing",
                   "sailings", "activité", "activités", "opération", "opérations", "vol",
                   "vols", "livraison", "livraisons", "rotation", "rotations", "liaison",
                   "liaisons", "patrouille", "patrouilles", "travaux", "programme",
                   "programmes", "program", "programs", "desserte", "dessertes"}
_SHARE_WORDS = {"plupart", "partie", "ensemble", "totalité", "most", "part", "all", "some"}


def own_operations_halted(token: Token, code: Code) -> bool:
    """A SANCTION read off a verb of halting whose object is the actor's own operations."""
    if code.event_type != "SANCTION" or lemma_of(token) not in _HALTING:
        return False
    halted = next((c for c in token.children if c.dep_ in ("obj", "dobj")), None)
    if halted is not None and lemma_of(halted) in _SHARE_WORDS:
        # "a suspendu la plupart de ses distributions", "halted most of its flights"
        halted = next((g for c in halted.children for g in [c, *c.children]
                       if g.dep_ in ("nmod", "pobj") and g.pos_ == "NOUN"), halted)
    return halted is not None and (halted.lower_ in _OWN_OPERATIONS or
                                   lemma_of(halted) in _OWN_OPERATIONS) and \
        any(c.lower_ in OWN_POSSESSIVES for c in halted.children if c.dep_ in ("det", "poss", "nmod:poss"))


# A ban on trade is a sanction, not a coercion of people (eval/README.md: "ban exports"):
# "a interdit à la filiale de Nexperia de réexporter sa production", "dont les exportations
# sont bloquées par Pékin", "banned exports of gallium to the United States".
_BAN_LEMMAS = {"interdire", "bloquer", "restreindre", "ban", "block", "restrict", "halt",
               "prohibit", "embargo"}
_TRADE_WORDS = {"exportation", "importation", "exporter", "importer", "réexporter",
                "reexporter", "réexportation", "export", "import", "re-export", "shipment",
                "exportations", "importations", "exports", "imports", "shipments"}
_TRADE_DEPS = {"obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "xcomp", "obl", "obl:arg",
               "prep", "ccomp", "advcl"}


# Goods a ban is on: "a interdit le GNL russe", "banned Russian oil": a trade ban too.
_GOODS = {"gaz", "gnl", "pétrole", "petrole", "brut", "charbon", "uranium", "acier", "gas",
          "lng", "oil", "crude", "coal", "steel"}
_WINDOW_STOPS = {"VERB", "AUX", "SCONJ"}
_REMAIN_LEMMAS = {"remain", "stay", "be", "become", "rester", "demeurer", "être", "devenir"}


def _goods_after(token: Token) -> bool:
    """A traded good or trade word in the few words after the verb, whatever the parse made
    of them ("qui interdit, par étapes, toute importation de gaz naturel russe")."""
    doc = token.doc
    for word in doc[token.i + 1: min(token.i + 9, len(doc))]:
        if word.pos_ in _WINDOW_STOPS or word.text in (".", ";"):
            return False
        if {lemma_of(word), word.lower_} & (_TRADE_WORDS | _GOODS):
            return True
    return False


def trade_ban_code(token: Token, code: Code) -> Code:
    if code.event_type not in ("COERCE", "REJECT") or lemma_of(token) not in _BAN_LEMMAS:
        return code
    if _goods_after(token):
        return Code("SANCTION", cameo_root_for("SANCTION"))
    # The whole clause, near words only: "interdit à la filiale chinoise de Nexperia, qui
    # assemble 70 % de ses puces, de réexporter" (the parse may hang the infinitive low).
    # "shipments to the United States would remain banned": the subject of the copula-like
    # verb the ban completes is what is banned.
    holders = [token, token.head] if token.dep_ in ("acomp", "xcomp", "oprd") and \
        lemma_of(token.head) in _REMAIN_LEMMAS else [token]
    for child in (c for holder in holders for c in holder.children if c.i != token.i):
        if child.dep_ in _TRADE_DEPS and any(
                abs(t.i - token.i) <= 20 and (lemma_of(t) in _TRADE_WORDS or
                                               t.lower_ in _TRADE_WORDS)
                for t in child.subtree):
            return Code("SANCTION", cameo_root_for("SANCTION"))
    return code


# "des heurts avaient opposé la police à des manifestants", "le conflit oppose l'armée aux
# paramilitaires", "the war pits the army against the RSF": fighting between the object and
# the other side, not a rejection (opposer) by the fight.
_FIGHT_NOUNS = {"conflit", "guerre", "heurt", "heurts", "affrontement", "affrontements",
                "combat", "combats", "bataille", "accrochage", "accrochages", "échauffourée",
                "échauffourées", "violences", "war", "conflict", "clash", "clashes", "fighting",
                "battle"}
_OPPOSING_LEMMAS = {"opposer", "pit"}
_OTHER_SIDE_CASES = {"à", "au", "aux", "against", "contre"}
_NOUN_CLAUSE_DEPS = {"acl", "relcl", "acl:relcl"}
FIGHT_CODE = Code("ASSAULT", cameo_root_for("ASSAULT"))


def opposed_sides(verb: Token, actors: SentenceActors) -> tuple | None:
    """(first side, other side) of a fight a verb of opposing has as subject, each an actor
    or None; None when the verb is no such clash."""
    if lemma_of(verb) in _FIGHTING_VERBS or verb.lower_ in _FIGHT_NOUNS:
        return _sides_between(verb, actors)
    if lemma_of(verb) not in _OPPOSING_LEMMAS:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.pos_ == "PRON" and verb.dep_ in _NOUN_CLAUSE_DEPS:
        subject = verb.head  # "la guerre qui oppose l'armée aux paramilitaires"
    if subject is None or (lemma_of(subject) not in _FIGHT_NOUNS and
                           subject.lower_ not in _FIGHT_NOUNS):
        return None
    first = other = None
    for child in verb.children:
        if child.dep_ in ("obj", "dobj") and first is None:
            # "l'armée aux FSR" parsed as one phrase: its "à" part is the other side.
            inner = next((g for g in child.children if g.dep_ in ("nmod", "prep") and
                          case_of(g) in _OTHER_SIDE_CASES), None)
            if inner is not None:
                other = _named_in(inner, actors)
                first = actors.by_token[child.i].actor if child.i in actors.by_token else None
            else:
                first = _named_in(child, actors)
        elif child.dep_.startswith("obl") or child.dep_ in ("prep", "iobj"):
            node = next((c for c in child.children if c.dep_ == "pobj"), child) \
                if child.dep_ == "prep" else child
            if (case_of(node) in _OTHER_SIDE_CASES or child.lower_ in _OTHER_SIDE_CASES) \
                    and other is None:
                other = _named_in(node, actors)
    return first, other


# Fighting read as a verb: "torn by fighting between the ELN and dissidents of the FARC".
_FIGHTING_VERBS = {"fight", "clash", "battle"}


def _sides_between(verb: Token, actors: SentenceActors) -> tuple | None:
    """(first, second) of "fighting between A and B", read in word order on each side of
    the "and" (parsers hang "of the former FARC rebels" on A); None without a "between"
    phrase that names either side."""
    for child in verb.children:
        node = next((c for c in child.children if c.dep_ == "pobj"), None) \
            if child.dep_ == "prep" else child
        if node is None or not (child.lower_ in ("between", "entre") or
                                case_of(node) in ("between", "entre")):
            continue
        words = sorted(node.subtree, key=lambda t: t.i)
        join = next((t.i for t in words if t.lower_ in ("and", "et") and t.dep_ == "cc"), None)
        if join is None:
            continue
        named = [(i, actors.by_token[i].actor) for i in range(words[0].i, words[-1].i + 1)
                 if i in actors.by_token]
        first = next((a for i, a in named if i < join), None)
        second = next((a for i, a in named if i > join and a != first), None)
        if first is not None:  # "between the army and M23 rebels": read as before
            return first, second
    return None


def _named_in(head: Token, actors: SentenceActors):
    """The actor a side's phrase names: its own, or the first person or body inside it
    ("le chef de l'armée, le général Abdel Fattah al-Burhane")."""
    return actors.of(head) or actors.in_title_phrase(head)


# "Des drones ont visé un marché", "strikes targeted the port", "les sanctions américaines
# visant Rosneft": aiming is what the aiming thing does. Weapons attack, measures sanction;
# anything else aiming ("la réforme vise à", "the plan targets growth") is no event.
_AIM_LEMMAS = {"viser", "cibler", "target"}
_WEAPON_NOUNS = {"drone", "missile", "frappe", "roquette", "obus", "tir", "bombardement",
                 "attaque", "raid", "strike", "airstrike", "rocket", "shell", "artillery",
                 "bomb", "bombe", "avion", "aircraft", "jet", "char", "tank", "kamikaze",
                 "missiles", "drones", "frappes"}
# The weapons whose demonym names who fired them (event_subjects.attacker_of_setting).
WEAPON_NOUNS = frozenset(_WEAPON_NOUNS)
_MEASURE_NOUNS = {"sanction", "mesure", "embargo", "restriction", "tarif", "droit", "surtaxe",
                  "paquet", "tariff", "duty", "levy", "measure", "ban", "interdiction",
                  "sanctions"}
SANCTION_CODE = Code("SANCTION", cameo_root_for("SANCTION"))
# A person aimed at by an investigation or proceedings undergoes a COERCE (event_legal.py).
_LEGAL_AIMERS = {"enquête", "procédure", "poursuite", "poursuites", "information",
                 "mandat", "investigation", "inquiry", "probe", "prosecutor", "prosecution"}
_COERCE_CODE = Code("COERCE", cameo_root_for("COERCE"))


def _measure_above(noun: Token) -> Token:
    """"a package of sanctions against Russia that targets 100 tankers": the parse hung the
    clause on the last noun; the measure or weapon a few prepositions up is what aims."""
    node = noun
    for _ in range(4):
        # ... or the measure a collective noun is made of: "a package of sanctions that".
        for candidate in (node, *(o for p in node.children if p.lower_ in ("of", "de")
                                  for o in p.children if o.dep_ == "pobj"),
                          *(c for c in node.children if c.dep_ == "nmod")):
            if {lemma_of(candidate), candidate.lower_} & (_WEAPON_NOUNS | _MEASURE_NOUNS):
                return candidate
        if node.dep_ not in ("pobj", "prep", "nmod", "obl") or node.head.i == node.i:
            break
        node = node.head
    return noun


def aim_kind(verb: Token, lemma: str | None = None) -> tuple[Code | None, Token | None] | None:
    """(code, aiming noun) of a verb of aiming, code None when it is no event; None for
    other verbs. `lemma`: the trigger's, when the tagger gave the verb another ("L'Arabie
    saoudite vise/NOUN 150 millions de visites" is read as "viser")."""
    lemma = lemma or lemma_of(verb)
    if lemma not in _AIM_LEMMAS:
        return None
    noun = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if noun is not None and noun.pos_ == "PRON" and verb.dep_ in _NOUN_CLAUSE_DEPS:
        noun = _measure_above(verb.head)  # "les frappes qui ont visé le port"
    if noun is None and verb.dep_ in ("acl", "amod") and verb.head.pos_ == "NOUN":
        noun = verb.head  # "les sanctions américaines visant Rosneft"
    agent = next((c for c in verb.children if c.dep_ in ("obl:agent", "agent")), None)
    if noun is None or (agent is not None and not ({lemma_of(noun), noun.lower_} &
                                                   (_WEAPON_NOUNS | _MEASURE_NOUNS))):
        if agent is not None and lemma_of(agent) in _LEGAL_AIMERS:
            return _COERCE_CODE, agent  # "plusieurs de ses cadres visés par des enquêtes"
    words = {lemma_of(noun), noun.lower_} if noun is not None else set()
    if agent is not None and {lemma_of(agent), agent.lower_} & _WEAPON_NOUNS:
        return FIGHT_CODE, agent  # "le port a été visé par des frappes"
    if words & _WEAPON_NOUNS:
        return FIGHT_CODE, noun
    if words & _MEASURE_NOUNS:
        return SANCTION_CODE, noun
    # "its fighters had targeted soldiers": other aimers keep the lexicon's type, except
    # for "viser", which is aiming at a goal ("vise à réduire le déficit").
    return (None, None) if lemma == "viser" else None


# "a cessé de livrer", "a arrêté de financer", "stopped supplying": the act stopped.
_CESSATION = {"cesser", "arrêter", "stop", "cease", "halt"}


def ceased_act(token: Token) -> bool | None:
    """True for a verb of stopping with an act as complement ("a arrêté de financer" is no
    arrest), False for the act stopped, None otherwise."""
    if lemma_of(token) in _CESSATION and any(
            c.dep_ in ("xcomp", "ccomp") and ("Inf" in c.morph.get("VerbForm") or
                                            c.tag_ == "VBG") for c in token.children):
        return True
    if token.dep_ in ("xcomp", "ccomp") and lemma_of(token.head) in _CESSATION and \
            token.head.i != token.i and ("Inf" in token.morph.get("VerbForm") or
                                         token.tag_ == "VBG"):
        return False
    return None


# An order to one's own forces is a show of force, no request to another party: "ordered
# the army to deploy units to Benue", "ordered the armed forces to take over security in
# Guayaquil", "a ordonné à l'armée de sécuriser la frontière" (eval/README.md: deploy,
# launch an operation -> MOBILIZE). An order to a government, a court's order to a state,
# stays a REQUEST.
_ORDERING = {"order", "ordonner", "instruct", "enjoindre"}
# Heads of a phrase naming armed or police forces ("the army", "his maritime police force",
# "aux forces de sécurité", "the Nigerian air force").
_FORCE_NOUNS = {"army", "military", "troops", "forces", "force", "police", "navy",
                "coastguard", "guard", "gendarmerie", "soldiers", "armée", "troupes",
                "militaires", "marine", "garde", "policiers", "gendarmes", "soldats"}
_ORDERED_DEPS = {"dobj", "obj", "iobj", "dative", "obl:arg", "obl"}
_ORDERED_CASES = {"", "à", "au", "aux", "to"}
_ACTION_DEPS = {"xcomp", "ccomp"}
MOBILIZE_CODE = Code("MOBILIZE", cameo_root_for("MOBILIZE"))


def _action_clause(child: Token) -> bool:
    """An infinitive the order sends to do: "to deploy", "de sécuriser" (parsers also hang
    "to secure" as an adverbial clause)."""
    return child.dep_ in _ACTION_DEPS or child.dep_ == "advcl" and child.pos_ == "VERB" and any(
        c.lower_ in ("to", "de", "d'", "d’") and c.dep_ in ("aux", "mark") for c in child.children)


def ordered_forces(token: Token) -> Token | None:
    """The forces an ordering verb sends to act ("ordered the army to deploy"), if any."""
    if lemma_of(token) not in _ORDERING or not any(_action_clause(c) for c in token.children):
        return None  # "ordered the arrest of", "a ordonné une enquête": no one sent to act
    # One level down too: "a ordonné jeudi aux forces" hangs the forces on the day.
    candidates = [*token.children,
                  *(g for c in token.children if c.dep_ in _ORDERED_DEPS for g in c.children)]
    for child in candidates:
        if child.dep_ in _ORDERED_DEPS and case_of(child) in _ORDERED_CASES and \
                (lemma_of(child) in _FORCE_NOUNS or child.lower_ in _FORCE_NOUNS):
            return child
    return None


def ordered_forces_code(token: Token, code: Code) -> Code:
    if code.event_type != "REQUEST" or ordered_forces(token) is None:
        return code
    return MOBILIZE_CODE


# Ordering someone out is an expulsion (eval/README.md: expel diplomats SANCTION, expel a
# UN official or a person COERCE, order a foreign force out SANCTION): "ordered the top UN
# envoy to leave within 72 hours", "a ordonné à l'ambassadeur de quitter le pays", "gave
# the force 60 days to leave", "leur donnant 72 heures pour quitter le pays".
_LEAVING = {"leave", "depart", "quitter", "partir"}
_DEADLINE_GIVING = {"give", "donner", "accorder"}
_DIPLOMAT_NOUNS = {"ambassador", "diplomat", "diplomats", "envoy", "chargé", "consul", "attaché",
                   "ambassadeur", "ambassadeurs", "diplomate", "diplomates", "émissaire",
                   "consule"}
_FOREIGN_FORCE_NOUNS = {"force", "forces", "troops", "mission", "contingent", "peacekeepers",
                        "soldiers", "troupes", "soldats", "casques", "militaires"}
SANCTION_OUT = Code("SANCTION", cameo_root_for("SANCTION"))
COERCE_OUT = Code("COERCE", cameo_root_for("COERCE"))


def _leave_clause(token: Token) -> bool:
    """An infinitive of leaving the verb sends its object to do, on the verb or one phrase
    below it ("gave the force 60 days to leave" hangs it on the days)."""
    near = [*token.children, *(g for c in token.children for g in c.children)]
    return any(lemma_of(c) in _LEAVING and (_action_clause(c) or c.dep_ in ("acl", "advcl"))
               for c in near)


def ordered_out_code(token: Token, code: Code) -> Code:
    """SANCTION or COERCE for an order or a deadline to leave, else `code`."""
    lemma = lemma_of(token)
    if not (lemma in _ORDERING and code.event_type == "REQUEST" or
            lemma in _DEADLINE_GIVING) or not _leave_clause(token):
        return code
    ordered = [c for c in token.children if c.dep_ in ("dobj", "obj", "dative", "iobj") or
               c.dep_ in _ORDERED_DEPS and case_of(c) in _ORDERED_CASES]
    words = {w for c in ordered for t in c.subtree for w in (t.lower_, lemma_of(t))}
    if words & _DIPLOMAT_NOUNS and not words & {"un", "u.n.", "onu", "nations", "united"}:
        return SANCTION_OUT
    if words & _FOREIGN_FORCE_NOUNS:
        # a deadline to leave is given to a foreign force; an order to one's own forces
        # is a show of force (ordered_forces_code)
        return SANCTION_OUT if lemma in _DEADLINE_GIVING else code
    return COERCE_OUT if ordered else code
