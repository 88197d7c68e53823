"""Who acted: an event verb's source and passive target, read off the dependency parse.

Split from transforms/event_parties.py (the subject-side rules).

Choices worth knowing:
- Subjects act, climbing xcomp/conj/advcl chains to the verb that has one;
  passive agents ("by"/"par") are sources and passive subjects targets; an object
  relative ("the RSF, which UN experts accuse") acts on the noun it hangs on.
- A French reflexive verb whose subject the parser labels passive ("s'est
  entretenu") still has that subject act.
- The person named acts, not the body or country in their title ("le porte-parole
  du Kremlin, Dmitri Peskov", "through spokesman Peskov").
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.countries import ADJECTIVE_INDEX, country_name, norm
from transforms.event_demonym_targets import demonym_actor
from transforms.event_parties import (CHAIN_DEPS, PERSON_PRONOUNS, SOURCE_CASES, SentenceActors,
                                     case_of)
from transforms.event_triggers import (
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    finite_conjunct_of_infinitive,
    is_reflexive,
    lemma_of,
    saying_participle_host,
)
from transforms.records import Actor

_AGENT_DEPS = {"obl:agent", "agent"}


def _apposed_person(noun: Token, actors: SentenceActors) -> Actor | None:
    """The person set off by commas after a title noun: "le porte-parole du Kremlin, Dmitri
    Peskov, a rejeté", which parsers often read as a coordination of body and person."""
    if noun.i in actors.by_token or noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        actor = actors.of(child)
        if child.dep_ in ("appos", "conj") and actor is not None and \
                actor.actor_type == "PERSON" and _after_comma(child):
            return actor
    return actors.holder_after_owner(noun) or _person_closing_title(noun, actors)


def _person_after_title(noun: Token, verb: Token, actors: SentenceActors) -> Actor | None:
    """"critiquée par le Haut-Commissaire des Nations unies aux droits de l'homme, Volker
    Türk, qui avait dénoncé": the person set off by a comma after a title agent, which the
    parse hung on the verb itself; the person holds the title (not the body in it) and is
    no target of the act."""
    if noun.pos_ != "NOUN":
        return None
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    mention = actors.by_token.get(comma + 1)
    if mention is None or mention.actor.actor_type != "PERSON" or \
            doc[comma + 1].head.i != verb.i:
        return None
    return mention.actor


def _person_closing_title(noun: Token, actors: SentenceActors) -> Actor | None:
    """"L'ambassadeur du Soudan du Sud auprès de l'ONU, Akuei Bona Malwal, a rejeté", "the
    envoy of the African Union to Sudan, Jane Doe, urged": the parse hangs the person set off
    by commas on the last body of the title (as its conjunct or apposition), not on the title
    noun; the person closing the subject holds the title. (A person apposed to a plain noun
    inside the subject, "les alliés de l'opposant, X,", is not the one acting.)"""
    doc = noun.doc
    for t in noun.subtree:
        mention = actors.by_token.get(t.i)
        if mention is None or mention.actor.actor_type != "PERSON" or t.i == noun.i or \
                t.dep_ not in ("appos", "conj") or not _after_comma(t):
            continue
        body = actors.of(t.head)
        if body is None or body.actor_type == "PERSON":
            continue
        after = doc[mention.end] if mention.end < len(doc) else None
        if after is not None and after.text != "," and \
                noun.left_edge.i <= after.i <= noun.right_edge.i:
            return None  # a list of names, not the subject's closing apposition
        return mention.actor
    return None


def _after_comma(name: Token) -> bool:
    """A name set off by a comma, read at its first word: ", Helena Maleno," (head Maleno)."""
    first = next((t for t in name.subtree if not t.is_punct), name)
    return name.doc[first.i - 1].text == "," or name.doc[name.i - 1].text == ","


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


_PREPOSITIONAL_RELATIVES = {"whom", "which", "qui", "lequel", "laquelle", "lesquels",
                            "lesquelles"}
_RELATIVE_PREPOSITIONS = {"with", "to", "avec", "à", "auprès"}


def fronted_name_object(verb: Token) -> Token | None:
    """A name parsed as the object of a French verb it precedes, the verb having no subject:
    "Le Premier ministre britannique Keir Starmer a salué ..." cut inside the title, so that
    "Starmer" hangs on "a salué" as its object. French objects come after the verb, or
    before it as a clitic or a relative's "que": a name before the verb is its subject."""
    if opened_by_que(verb) or any(c.dep_ in ("nsubj", "nsubj:pass", "csubj") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "PROPN"
                 and c.i < verb.i), None)


def opened_by_que(verb: Token) -> bool:
    """"Le Hamas, qu'Israël accuse de ...": the noun before a verb opened by "que" is what
    the relative clause is about, its object."""
    return any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in verb.children)


def prepositional_relative(verb: Token) -> Token | None:
    """The preposition of "with whom he held talks", "avec qui il s'est entretenu" on the
    clause's verb, or None."""
    for child in verb.children:
        if child.pos_ == "ADP" and child.lower_ in _RELATIVE_PREPOSITIONS and \
                child.i < verb.i and any(c.dep_ == "pobj" and c.lower_ in
                                         _PREPOSITIONAL_RELATIVES for c in child.children):
            return child
        if child.lower_ in _PREPOSITIONAL_RELATIVES and child.i < verb.i:
            case = next((c for c in child.children if c.dep_ == "case" and
                         c.lower_ in _RELATIVE_PREPOSITIONS), None)
            if case is not None:
                return case
    return None


def _passive_auxiliary(verb: Token) -> bool:
    return any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)


def _true_passive(verb: Token) -> bool:
    """"L'Iran a été frappé par Israël": the French model often labels the subject of a
    verb with "été" as aux:pass plain nsubj; "été" makes a French passive (is_pronominal),
    so that subject underwent the act."""
    if any(c.dep_ == "aux:pass" and c.lower_ == "été" for c in verb.children):
        return True
    # "Le Mexique, lui, est sommé de revenir": a form of "être" before the participle of a
    # verb that makes its past with "avoir" is a passive too (the aside "lui" made the
    # parse label the subject plain nsubj); "est arrivé", "s'est rendu" are pasts.
    return any(c.dep_ == "aux:pass" and c.lower_ in _PASSIVE_ETRE for c in verb.children) \
        and "Part" in verb.morph.get("VerbForm") and lemma_of(verb) not in _ETRE_PASTS \
        and not _reflexive_before(verb)


_PASSIVE_ETRE = {"est", "sont", "était", "étaient", "etait", "etaient", "fut", "furent"}
# French verbs whose compound past takes "être" ("est arrivé", "sont revenus").
_ETRE_PASTS = {"aller", "venir", "arriver", "partir", "entrer", "sortir", "monter",
               "descendre", "naître", "mourir", "rester", "tomber", "retourner", "devenir",
               "revenir", "parvenir", "intervenir", "rentrer", "repartir", "ressortir",
               "survenir", "advenir", "décéder", "passer", "apparaître", "redevenir",
               "convenir"}  # "étaient convenus de se rencontrer"


def _reflexive_before(verb: Token) -> bool:
    """"s'est entretenu", "se sont accordés": a reflexive pronoun just before the verb group,
    wherever the parser hung it."""
    doc = verb.doc
    window = doc[max(verb.i - 3, 0): verb.i]
    return is_reflexive(verb) or any(t.lower_ in ("se", "s'", "s’") for t in window)


_ADVERBIAL_WORDS = {"y", "en", "côté", "coté", "ailleurs", "part", "suite"}


def is_pronominal(verb: Token) -> bool:
    """"se sont opposés", "s'y sont fermement opposés", "se sont emparés": the parser reads
    the reflexive's "être" as a passive auxiliary, but only "été" makes a French passive; with
    the reflexive pronoun before the verb group, its subject acts."""
    if any(c.dep_ in ("aux:pass", "auxpass") and c.lower_ == "été" for c in verb.children):
        return False
    if is_reflexive(verb):
        return True
    doc = verb.doc
    # "s'est par ailleurs opposé", "se sont de leur côté engagés": adverbial phrases may sit
    # between the pronoun and the participle, a noun or verb of another clause may not.
    for word in reversed(doc[max(verb.i - 6, 0): verb.i]):
        if word.lower_ in ("se", "s'", "s’"):
            return True
        if not (word.pos_ in ("AUX", "ADV", "ADP", "DET") or word.lower_ in _ADVERBIAL_WORDS):
            return False
    return False


def is_passive(verb: Token) -> bool:
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


def _clause_of_finite_conjunct(verb: Token) -> Token:
    """"a accusé l'Algérie de « soutenir ... » et a convoqué l'ambassadeur": the parser hung
    the tensed verb on the infinitive; its subject is that of the verb above the infinitive."""
    if not finite_conjunct_of_infinitive(verb):
        return verb
    node = verb.head
    for _ in range(6):  # "accused X of sabotaging every effort to pay them and called on"
        if node.head.i == node.i:
            break
        node = node.head
        if any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return node
    return verb


def _agent_after(verb: Token, actors: SentenceActors) -> Actor | None:
    """"dispersées à coups de gaz lacrymogène par la police tchadienne": a passive's "par/by"
    agent the parser hung on a noun before it, found in the words after the verb."""
    doc = verb.doc
    end = min(verb.i + 10, actors.sent.end)
    for i in range(verb.i + 1, end):
        if doc[i].is_punct:
            return None
        if doc[i].lower_ in SOURCE_CASES:
            for j in range(i + 1, min(i + 5, end)):
                mention = actors.by_token.get(j)
                if doc[j].is_punct:
                    return None
                if mention is not None and mention.actor.actor_type != "LOCATION":
                    return mention.actor
            return None
    return None


def _whose_owner(subject: Token, actors: SentenceActors) -> Actor | None:
    """"la France, dont les derniers soldats ont quitté le pays", "Israel, whose forces
    struck": the forces are the actor named just before "dont/whose", wherever the parser
    hung the relative clause."""
    whose = next((t for t in subject.subtree if t.lower_ in ("dont", "whose")), None)
    if whose is None:
        return None
    i = whose.i - 1
    while i >= actors.sent.start and whose.doc[i].is_punct:
        i -= 1
    mention = actors.by_token.get(i)
    return mention.actor if mention is not None else None


_CONJUNCTIONS = {"and", "but", "while", "et", "mais", "tandis"}


def _conjunct_subject(verb: Token, actors: SentenceActors) -> Actor | None:
    """"... and Israel responded with strikes": a conjoined verb the parser left without a
    subject, right after "and <actor>" (the parser made the actor a conjunct of the object
    before). That actor is its subject, not the first clause's."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                                  for c in verb.children):
        return None
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and doc[i].dep_.startswith("aux"):
        i -= 1
    mention = actors.by_token.get(i)
    if mention is None or mention.end != i + 1 or mention.start == 0:
        return None
    before = doc[mention.start - 1]
    return mention.actor if before.lower_ in _CONJUNCTIONS else None


# Verbs that report what someone else did: a conjunct hung on the report may be the
# reporter's own second act.
_REPORTING_LEMMAS = {"say", "tell", "warn", "announce", "report", "state", "declare", "note",
                     "add", "dire", "avertir", "annoncer", "déclarer", "affirmer", "indiquer",
                     "prévenir", "ajouter", "estimer", "souligner", "rappeler",
                     # what one denies or confirms is reported too ("denied that its forces
                     # had laid mines and blamed Ukraine": the denier blamed)
                     "deny", "confirm", "insist", "claim", "argue", "admit", "acknowledge",
                     "nier", "démentir", "confirmer", "assurer", "reconnaître", "insister"}
_PERFECT_AUXILIARIES = {"had", "has", "have", "'d", "’d", "avait", "avaient", "était", "étaient",
                        "etait", "etaient"}


def _perfect(verb: Token) -> bool:
    return any(c.dep_.startswith("aux") and c.lower_ in _PERFECT_AUXILIARIES
               for c in verb.children)


def _stative(clause: Token) -> bool:
    """A reported state, not an act: "that China's nuclear force was kept at the minimum",
    "que le pays était prêt" (a copula or a passive)."""
    # "that Moscow had nothing to do with it", "que Moscou n'avait rien à voir": a possession.
    return clause.pos_ == "AUX" or lemma_of(clause) in ("be", "être", "have", "avoir") or \
        any(c.dep_ == "cop" or c.dep_ == "xcomp" and lemma_of(c) in ("be", "être")
            for c in clause.children) or is_passive(clause)  # "had to be reciprocal"


def reporter_of_conjunct(verb: Token, actors: SentenceActors
                         ) -> tuple[Actor | None, Token] | None:
    """"The WHO warned that an outbreak had spread to Chad, and called on donors to...",
    "Amnesty said the Council had shown unity but criticised...": a speech act the parser
    hung on the reported clause, told in the reporter's tense (simple past, "a appelé")
    beside a pluperfect ("had spread", "s'était propagée"), is the reporter's own act.
    (The reporter, named, and its subject token.)"""
    # "said China's force was small, ruling out ...": a participle after a comma, hung on
    # the reported clause, is the reporter's too.
    side_participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and \
        verb.doc[verb.i - 1].text == ","
    if (verb.dep_ != "conj" and not side_participle) or any(
            c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    reported = verb.head
    if _shares_reporters_auxiliary(verb, reported):
        # "a jugé que la décision ne changeait rien, et réclamé une refonte": a bare past
        # participle needs an auxiliary; the tensed verb of the reported clause it hangs on
        # has none to lend, the reporter's "a" has. Named or not ("le ministre").
        said = _reporter(reported.head, actors)
        # The nearest subject, as _reporter takes it: a dateline city is often parsed as
        # the first one ("GENEVE, 3 déc. - le ministre a jugé que ...").
        subject = next(reversed([c for c in reported.head.children if c.dep_ in SUBJECT_DEPS]),
                       None)
        return said if said is not None or subject is None else (None, subject)
    # The reported clause in another tense than the act: a pluperfect, a state, or a present
    # beside a simple past ("said Iran enforces the law in its waters and accused Washington").
    other_tense = _perfect(reported) or _stative(reported) or \
        reported.tag_ in ("VBZ", "VBP") and verb.tag_ == "VBD" or _present_beside_past(
            reported, verb)
    if reported.dep_ != "ccomp" or not other_tense or \
            _perfect(verb) or lemma_of(reported.head) not in _REPORTING_LEMMAS:
        return None
    if reported.head.i > verb.i and any(c.dep_ in SUBJECT_DEPS for c in reported.children):
        # "Guterres "deeply regrets" the decision and urged ..., his spokesman said": the
        # saying comes after both verbs, said for the subject they share.
        return None
    if verb.tag_ not in ("VBD", "VBZ") and not side_participle and not any(
            c.dep_ == "aux:tense" and "Pres" in c.morph.get("Tense") for c in verb.children):
        return None
    # Named or not, the reported clause's subject did not speak: "Bessent said India had
    # been recalcitrant and accused it of profiteering" is Bessent's accusation.
    report = reported.head
    return _reporter(saying_participle_host(report) or report, actors)


def _present_beside_past(reported: Token, verb: Token) -> bool:
    """French: a reported clause in the simple present ("que les reconduites se font")
    beside an act in the compound past ("et a accusé"): not one clause's two verbs."""
    return "Fin" in reported.morph.get("VerbForm") and "Pres" in reported.morph.get("Tense") \
        and not any(c.dep_.startswith("aux") for c in reported.children) \
        and any(c.dep_ == "aux:tense" for c in verb.children)


def _reporter(report: Token, actors: SentenceActors) -> tuple[Actor | None, Token] | None:
    """(the reporter, its subject token) of a verb of saying. The subject nearest the verb:
    a dateline's city ("GENEVA, Dec 3 - The WHO warned") is often parsed as a first one."""
    for reporter in reversed([c for c in report.children if c.dep_ in SUBJECT_DEPS]):
        actor = actors.of(reporter)
        if actor is not None:
            return actor, reporter
        if reporter.lower_ in PERSON_PRONOUNS:
            return None, reporter  # "he said ... and accused": the person "he" refers to
    return None


def _shares_reporters_auxiliary(verb: Token, reported: Token) -> bool:
    """A French past participle with no auxiliary of its own, conjoined to the finite verb
    of a "que" clause under a verb in the compound past ("a jugé que ... et réclamé")."""
    return verb.dep_ == "conj" and "Part" in verb.morph.get("VerbForm") and \
        "Past" in verb.morph.get("Tense") and \
        not any(c.dep_.startswith("aux") for c in verb.children) and \
        "Fin" in reported.morph.get("VerbForm") and reported.dep_ == "ccomp" and \
        reported.head.i != reported.i and \
        any(c.dep_ == "aux:tense" for c in reported.head.children)


def _passive_conjunct(verb: Token) -> bool:
    """"was arrested and sentenced": a passive auxiliary of its own, or a bare participle
    sharing the passive first conjunct's ("and jailed by Russia")."""
    if _passive_auxiliary(verb):
        return True
    bare = verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm")
    return bare and not any(c.dep_.startswith("aux") for c in verb.children) and \
        _passive_auxiliary(verb.head)


def _conjunct_patient(verb: Token, actors: SentenceActors) -> Actor | None:
    """"Navalny, who was poisoned in 2020 and jailed by Russia", "a businessman who served as
    minister and was sentenced in 2025": a passive conjunct with no subject of its own
    underwent the act, and its subject is the first conjunct's (the noun a relative pronoun
    stands for)."""
    if verb.dep_ != "conj" or not _passive_conjunct(verb) or is_pronominal(verb) or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    first = verb.head
    subject = next((c for c in first.children
                    if c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS), None)
    if subject is None:
        return None
    if subject.lower_ in _RELATIVE_PRONOUNS and first.dep_ in ("acl:relcl", "relcl"):
        subject = first.head
    named = _apposed_person(subject, actors) or actors.of(subject)
    if named is None and subject.dep_ == "appos":  # "Vardanyan, a businessman who ..."
        named = actors.of(subject.head)
    return named


def conjunct_pronoun_patient(verb: Token) -> Token | None:
    """"He moved to Britain in 2024 and was arrested in London": the "he" of the first
    conjunct underwent the passive second one (who it stands for is read elsewhere)."""
    if verb.dep_ != "conj" or not _passive_conjunct(verb) or is_pronominal(verb) or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    subject = next((c for c in verb.head.children
                    if c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS), None)
    return subject if subject is not None and subject.lower_ in PERSON_PRONOUNS else None


def read_subject(token: Token, actors: SentenceActors
                 ) -> tuple[Actor | None, Actor | None, Token | None]:
    """(source, passive target, subject token) from the subject, climbing xcomp/conj chains."""
    object_relative = _object_relative(token, actors)
    if object_relative is not None:
        return object_relative[0], object_relative[1], None
    token = _clause_of_finite_conjunct(token)
    fronted = fronted_name_object(token)
    fronted_actor = actors.of(fronted) if fronted is not None else None
    if fronted_actor is not None:
        return fronted_actor, None, fronted
    for _ in range(4):
        source = passive_target = subject = None
        found_subject = False
        # "Israël a riposté par des frappes": an active verb's "par" phrase is the means.
        active = any(c.dep_ in SUBJECT_DEPS for c in token.children) and not is_passive(token)
        subject_before = _conjunct_subject(token, actors)
        if subject_before is not None:
            return subject_before, None, None
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS and not _true_passive(token):
                found_subject = True
                person = _apposed_person(child, actors)
                if person is not None:  # one party, not the title's body and the person
                    source = person
                    continue
                named = actors.of(child)
                if source is not None and source.actor_type != "PERSON" and \
                        named is not None and named.actor_type == "PERSON":
                    # "Le chef ... de l'ONU, Tom Fletcher, a jugé" parsed as two subjects:
                    # the person named acted, not the body in the title.
                    source = None
                subject = child
                source = source or named
                for conj in child.conjuncts:
                    source = source or actors.of(conj)
                source = source or actors.in_title_phrase(child) or _whose_owner(child, actors)
            elif child.dep_ in PASSIVE_SUBJECT_DEPS and (
                    (not _passive_auxiliary(token) and _reflexive_before(token))
                    or is_pronominal(token)):
                # "s'est entretenu": a French reflexive read as a passive; its subject acts.
                found_subject = True
                subject = child
                source = source or actors.of(child) or actors.in_title_phrase(child)
            elif child.dep_ in PASSIVE_SUBJECT_DEPS or child.dep_ in SUBJECT_DEPS:
                found_subject = True
                # "dont le chef, Adolfo Macías, a été extradé": the person apposed.
                passive_target = _apposed_person(child, actors) or actors.of(child)
                if passive_target is None and child.lower_ in _RELATIVE_PRONOUNS:
                    passive_target = actors.of(token.head)  # "X, who was accused by Y"
            elif active:
                continue
            elif child.dep_ in _AGENT_DEPS or (child.dep_.startswith("obl") and
                                               case_of(child) in SOURCE_CASES and
                                               is_passive(token)):
                agent = child if child.pos_ != "ADP" else next(
                    (c for c in child.children if c.dep_ == "pobj"), next(iter(child.children), child))
                source = _person_after_title(agent, token, actors) or actors.of(agent)
                subject = agent
        if source is None and is_passive(token):
            source = _agent_after(token, actors)
        if passive_target is None and token.dep_ in ("acl", "amod") and is_passive(token):
            passive_target = actors.of(token.head)  # "Modi, hosted by Xi"
        speaker = _spokesperson(token, actors)
        if speaker is not None:
            return speaker, passive_target, None
        if cut_off_predicate(token):
            # "Its founder, Helena Maleno, called on Spain": the parse hung the finite verb
            # on its subject as if it were a participle ("Mirziyoyev, speaking after the
            # ceremony, called on": on a noun inside the parenthesis, the subject the root).
            head = token.head if token.head.dep_ == "ROOT" else token.sent.root
            return (_apposed_person(head, actors) or actors.of(head) or
                    actors.in_title_phrase(head)), None, head
        if passive_target is None and not found_subject and \
                (patient := _conjunct_patient(token, actors)) is not None:
            return source, patient, subject
        if found_subject or source:
            if source is None and not (passive_target is not None and
                                       _passive_auxiliary(token)) and \
                    token.dep_ in ("acl:relcl", "relcl") and prepositional_relative(token) is None:
                # "Modi, with whom he held talks": the noun is who was met, not who met. (But
                # "Mejia, who was detained in December": the noun underwent the act.)
                source = actors.of(token.head)
            return source, passive_target, subject
        if token.dep_ in ("acl:relcl", "relcl"):
            return actors.of(token.head), None, None
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and not is_passive(token):
            # "said after visiting the border", "opened the summit by calling for": the
            # verb the preposition hangs on has the subject ("died after being arrested":
            # not a passive one, whose subject underwent it).
            token = token.head.head
            continue
        if token.dep_ not in CHAIN_DEPS or token.head.i == token.i:
            return None, None, None
        if not actors.sent.start <= token.head.i < actors.sent.end:
            # A parse run across a line break ("... son territoire.\nPékin, qui ..., a
            # rejeté") hangs the verb on the previous sentence's: its subject is not this one's.
            return None, None, None
        token = token.head
    return None, None, None



def cut_off_predicate(token: Token) -> bool:
    """A past-tense verb (not a participle) the parse hung as a clause on the sentence's
    root noun: that noun is its subject."""
    # French: a participle with a tense auxiliary of its own ("Le ministre ..., René Sadi, a
    # appelé mercredi les enseignants à ...") is a compound past, not a participle on a noun.
    finite = token.tag_ == "VBD" or any(c.dep_ == "aux:tense" for c in token.children) or \
        _after_parenthesis(token)
    return token.dep_ == "acl" and finite and (
        token.head.dep_ == "ROOT" or _after_parenthesis(token)) and \
        token.head.pos_ in ("NOUN", "PROPN") and \
        not any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _after_parenthesis(token: Token) -> bool:
    """"Amnesty International, which documented the killings, called on both governments",
    "Mirziyoyev, speaking after the ceremony, called on Turkmenistan": the English parse
    reads the past tense after a relative clause, an apposition or a participle closed by a
    comma as a participle ("VBN") on a noun before it; a participle modifying a noun does
    not come after such a parenthesis opened right after the sentence's subject (a noun
    root with no verb of its own), the sentence's own verb does."""
    doc, root = token.doc, token.sent.root
    if token.tag_ != "VBN" or token.i == 0 or doc[token.i - 1].text != ",":
        return False
    if root.pos_ not in ("NOUN", "PROPN") or not root.i + 1 < token.i - 1 or \
            doc[root.i + 1].text != ",":
        return False
    return token.head.i == root.i and any(
        c.dep_ in ("relcl", "appos", "acl") and root.i < c.i < token.i for c in root.children) \
        or token.head.i != root.i and root.i < token.head.i < token.i


def named_agent(verb: Token, actors: SentenceActors) -> Actor | None:
    """The actor of a "by"/"par" agent; parsers also label a stray "d'" obl:agent, so the
    case must be there."""
    for child in verb.children:
        if child.dep_ == "agent" and child.lower_ in SOURCE_CASES:
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif not (child.dep_.startswith("obl") and case_of(child) in SOURCE_CASES):
            continue
        actor = actors.of(child)
        if actor is not None:
            return actor
    return None


# "were killed in a Russian strike", "ont été tués dans une attaque du JNIM": the victims are
# the passive subject, so the noun's "of/de" party and its demonym are the attacker.
_SETTING_CASES = {"in", "during", "dans", "lors", "pendant", "au", "en"}
_ATTACKER_CASES = {"by", "of", "par", "de", "du", "des", "d'", "d’"}
_ATTACKED_CASES = {"on", "against", "contre", "sur"}


# "in a series of Israeli air strikes", "dans une vague de frappes russes": the attack is the
# noun the count is of.
_SERIES_NOUNS = {"series", "wave", "string", "barrage", "volley", "spate", "round", "salvo",
                 "série", "vague", "salve", "succession", "pluie"}


def _attack_of_series(noun: Token, attack_nouns: frozenset[str]) -> Token | None:
    for child in noun.children:
        inner = child
        if child.pos_ == "ADP" and child.lower_ == "of":
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ != "nmod" or case_of(child) not in ("de", "d'", "d’", "des"):
            continue
        if inner is not None and lemma_of(inner) in attack_nouns:
            return inner
    return None


def _demonym_state(word: str) -> Actor | None:
    code = ADJECTIVE_INDEX.get(norm(word))
    return Actor(country_name(code), "COUNTRY", code) if code else None


def attacker_of_setting(verb: Token, actors: SentenceActors, attack_nouns: frozenset[str],
                        mentions=None, weapons: frozenset[str] = frozenset()
                        ) -> tuple[Actor | None, Actor | None]:
    """(attacker, attacked) of the attack a passive verb happened in, else (None, None).
    "was hit by a Russian missile strike", "a été touchée par une frappe russe": an attack
    noun as the agent names its attacker the same way (the demonym is often no mention).
    So does a weapon as the agent ("was struck by a Russian missile", "a été touchée par un
    missile russe"): whoever fired it struck."""
    if not is_passive(verb):
        return None, None
    for child in verb.children:
        noun = child
        if child.lower_ == "lors" and child.pos_ in ("ADV", "ADP"):
            # "tuées lors d'une attaque de drones russes": the parser often makes "lors" the
            # head of the setting noun, not its case.
            noun = next((c for c in child.children
                         if c.dep_.startswith("obl") or c.dep_ in ("nmod", "obj")), None)
            agent = False
        elif child.pos_ == "ADP" and child.lower_ in _SETTING_CASES | SOURCE_CASES:
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            agent = child.lower_ in SOURCE_CASES
        elif case_of(child) not in _SETTING_CASES | SOURCE_CASES:
            continue
        else:
            agent = case_of(child) in SOURCE_CASES
        if noun is not None and agent and lemma_of(noun) in weapons and \
                lemma_of(noun) not in attack_nouns:
            attacker, attacked = _attack_parties(noun, actors, mentions)
            if attacker is not None:
                return attacker, attacked
        if noun is not None and lemma_of(noun) in _SERIES_NOUNS:
            noun = _attack_of_series(noun, attack_nouns) or noun
        if noun is not None and mentions and lemma_of(noun) not in attack_nouns and any(
                c.dep_ == "amod" and lemma_of(c) in attack_nouns for c in noun.children):
            # "dans des frappes/ADJ russes/NOUN": the tagger swapped noun and demonym
            attacker = demonym_actor(noun.text, mentions)
            if attacker is not None:
                return attacker, None
        if noun is None or lemma_of(noun) not in attack_nouns:
            continue
        return _attack_parties(noun, actors, mentions)
    return None, None


def attack_in_subject(subject: Token | None, actors: SentenceActors,
                      attack_nouns: frozenset[str], mentions=None
                      ) -> tuple[Actor | None, Actor | None]:
    """(attacker, attacked) of an attack noun that is a verb's subject: "Russia's attack on
    Ukraine killed 12", "Israeli strikes on Gaza killed 30", "L'attaque russe contre l'Ukraine
    a fait 12 morts". The verb tells the toll; the noun names who struck whom. (None, None)
    when the subject is no attack noun."""
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None, None
    noun = subject
    if lemma_of(noun) in _SERIES_NOUNS:
        noun = _attack_of_series(noun, attack_nouns) or noun
    if lemma_of(noun) not in attack_nouns:
        if not any(c.dep_ == "amod" and lemma_of(c) in attack_nouns for c in noun.children):
            return None, None
        # "Les frappes/amod israéliennes/NOUN sur Gaza": the tagger swapped noun and
        # demonym; the demonym is the subject and names the attacker.
        attacker, attacked = _attack_parties(noun, actors, mentions)
        return actors.of(noun) or attacker, attacked
    return _attack_parties(noun, actors, mentions)


def _attack_parties(noun: Token, actors: SentenceActors, mentions=None
                    ) -> tuple[Actor | None, Actor | None]:
    """(attacker, attacked) named in an attack noun's phrase: "on/contre/sur X" was attacked;
    "by/of/par/de X", a possessive or a demonym attacked."""
    attacker = attacked = None
    blamed, blaming = _blamed_on(noun, actors)
    for part in noun.subtree:
        actor = actors.of(part)
        if actor is None or part is noun or part.i in blaming:
            continue
        case = case_of(part) or (part.head.lower_ if part.head.pos_ == "ADP" else "")
        if case in _ATTACKED_CASES:
            attacked = attacked or actor
        elif case in _ATTACKER_CASES or part.dep_ in ("amod", "poss", "nmod:poss",
                                                      "compound") and \
                actors.of(part.head) != actor:  # not "Kryvyi" of "on Kryvyi Rih"
            attacker = attacker or actor
    if attacker is None and mentions:
        # "tués dans des frappes russes": a demonym is no actor mention; the state it
        # names is the attacker when the article names that state.
        attacker = next((a for c in noun.children if c.dep_ in ("amod", "compound")
                         and c.is_alpha and (a := demonym_actor(c.text, mentions))
                         and a != attacked), None)
    if attacker is None:
        # "killed in a Russian missile strike": the demonym on the attack names the
        # attacker even when the actor finder keeps it off a weapon ("Russian missile").
        attacker = next((a for c in noun.subtree if c.dep_ in ("amod", "compound")
                         and c.head.i in (noun.i, *(t.i for t in noun.children
                                                     if t.dep_ == "compound"))
                         and c.is_alpha and (c.text[:1].isupper() or c.dep_ == "amod"
                                             and c.i > noun.i)  # "l'attaque russe"
                         and (a := _demonym_state(c.text)) is not None
                         and a != attacked), None)
    return blamed or attacker, attacked


# "The strike, which Kyiv blamed on Moscow", "l'attaque, attribuée par Kiev à Moscou": the
# clause names who blames (no attacker) and on whom, the attacker.
_BLAMING_LEMMAS = {"blame", "attribute", "impute", "imputer", "attribuer"}
_BLAMED_CASES = {"on", "to", "à", "au", "aux"}


def blamed_attacker(noun: Token | None, actors: SentenceActors) -> Actor | None:
    """Whom a clause on the noun blames it on: "the strike, which Kyiv blamed on Moscow"."""
    return _blamed_on(noun, actors)[0] if noun is not None else None


def _blamed_on(noun: Token, actors: SentenceActors) -> tuple[Actor | None, set[int]]:
    """The actor a clause on the attack noun blames it on, and the clause's words."""
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl:relcl", "acl") or \
                lemma_of(clause) not in _BLAMING_LEMMAS:
            continue
        words = {t.i for t in clause.subtree}
        for child in clause.children:
            node = child
            if child.dep_ == "prep" and child.lower_ in _BLAMED_CASES:
                node = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif case_of(child) not in _BLAMED_CASES:
                continue
            if (actor := actors.of(node)) is not None:
                return actor, words
        return None, words
    return None, set()
