"""Code who-did-what-to-whom events from a parsed sentence, PLOVER/CAMEO style.

Per sentence: find triggers (transforms/event_triggers.py: lexicon, negation,
governed complements), then read source and target actors off the dependency
parse (transforms/event_parties.py, event_subjects.py, event_objects.py; sources the subject
does not name in event_sources.py, how far a target may be in event_scope.py, protests in
event_protest.py), then date each event (transforms/event_dates.py). Clauses that are no reported action are in event_clauses.py,
sentence pieces in event_sentences.py. This module holds the orchestration and the rules
about which triggers are events at all.

Choices worth knowing:
- Questions are skipped; conditions ("if the US attacked"), purpose infinitives
  ("to discuss"), planned infinitives ("was due to meet") and participial side
  clauses ("killing twelve soldiers") are not events (eval/README.md), except a
  participle with a named agent ("a summit hosted by Japan") and the purpose of a
  trip ("travelled to Moscow to consult with Putin", "was in Ankara for talks with").
- Nominal triggers ("l'invasion de l'Ukraine par la Russie") need an acting
  party, and are background when the sentence already has a coded verb.
- Parties: "A and B agreed/met" is one event A -> B; several sources or targets
  of one action give one event each; one event per (type, source, target) in a
  sentence. A pronoun subject is the person named just before (event_parties.py).
- "Polish aircraft were scrambled": for actions on one's own forces, the passive
  subject is the actor. Welcoming a person ("a accueilli le Premier ministre") is
  hosting, coded with the lexicon's `hosting` type.
- Sentences are cut again at line breaks, and one odd parse never loses the
  article's other events.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from transforms.cameo import cameo_root_for, goldstein, quad_class
from transforms.date_occasions import occasion_days
from transforms.dates import WEEKDAYS
from transforms.event_anaphora import (
    body_pronoun_antecedent,
    described_pair,
    described_sides,
    described_party,
    described_countries,
    described_place,
    owned_forces,
    persons_in,
    pronoun_antecedent,
    pronoun_object_of_conjunct,
    pronoun_object_person,
)
from transforms.event_captions import photo_caption
from transforms.event_clauses import (
    second_side_gerund,
    under_unreal_verb,
    SPEECH_ACT_TYPES,
    TARGETED_ONLY,
    VOICED_TYPES,
    background_clause,
    conditional_move,
    civilian_blockade,
    crowd,
    may_tell_retort,
    OWN_POSSESSIVES,
    PRAISE_LEMMAS,
    retort_side,
    retort_triggers,
    speakers_own,
    forces,
    weapon,
    measured_quantity,
    endangers,
    measures_aimed,
    anyone_acting,
    attack_cripples,
    CRIPPLING_LEMMAS,
    policy_blow,
    natural_cause,
    own_pledge,
    patient_of_participle,
    summoning_verb,
    unnamed_voice,
)
from transforms.event_concessions import may_tell_concession, obtained_concessions
from transforms.event_dates import event_date as date_of_event
from transforms.event_demonym_targets import demonym_parties, demonym_target
from transforms.event_labels import label_triggers
from transforms.event_legal import (
    charged_offence,
    dislocated_patients,
    legal_triggers,
    may_tell_legal_act,
    passive_patients,
    undergone_acts,
)
from transforms.event_retaliation import aim_threats
from transforms.event_requests import mentions_request_noun, requests_on_behalf
from transforms.event_protest import (
    GATHERED,
    OFFICIAL_PROTEST_WORDS,
    gathering_triggers,
    labour_strike,
    walkout_triggers,
    official_protest,
    protest_parties,
    riot,
    sit_in,
)
from transforms.event_senses import (approval_on_noun, approved_sum, declined_to_speak,
                                     judged_act, passed_law, pledged_sum,
                                     enabling, held_state, hosting_people, idle_giving,
                                     idle_object, referral, naming_call, phone_call, shipping_trade,
                                     supplied_share,
                                     welcomes_visitors, withdrawal)
from transforms.event_sentences import event_sentences
from transforms.event_sources import (
    agentless_passive,
    announcer,
    announcing_verb,
    fragment_subject,
    inverted_speaker,
    listed_after_pronoun,
    named_only_in_charge,
    named_only_in_denial,
    quoted_first_person,
    retaliation_means,
    unnamed_subject,
)
from transforms.event_nominal import (CRITICISM_NOUNS, between_parties, criticism_parties,
                                      meeting_sides, nominal_parties)
from transforms.event_objects import (
    DIRECT_OBJECT_DEPS,
    aid_place,
    destination,
    helped_party,
    names_directly,
    person_after_title,
    place_of_passive_subject,
    read_object,
    relative_antecedent,
    seized_place,
)
from transforms.event_parties import (
    PERSON_PRONOUNS,
    SentenceActors,
    acting_party,
    case_of,
    conjunct_actors,
    has_pronoun_subject,
    addressed_capital,
    own_country,
    travel_host,
    usable_target,
)
from transforms.event_kinds import (
    FIGHT_CODE,
    SANCTION_CODE,
    WEAPON_NOUNS,
    aim_kind,
    attack_nouns,
    ceased_act,
    exercise_code,
    ordered_forces,
    ordered_forces_code,
    ordered_out_code,
    opposed_sides,
    own_operations_halted,
    pact_exit_code,
    right_suspension_code,
    trade_ban_code,
)
from transforms.event_subjects import (attack_in_subject, attacker_of_setting, blamed_attacker,
                                       conjunct_pronoun_patient,
                                       is_passive, named_agent, read_subject,
                                       reporter_of_conjunct)
from transforms.event_summaries import summarised_actor
from transforms.event_triggers import (
    answering,
    done_without,
    NEGATIONS,
    NO_DETERMINERS,
    Code,
    Lexicon,
    Trigger,
    find_triggers,
    helps_to_do,
    is_governed,
    is_negated,
    lemma_of,
    load_lexicon,
)
from transforms.records import Actor, ActorMention, Event

__all__ = ["code_events", "load_lexicon"]

_JOINT_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
# Acts done to parties, never to a place: a city or region named with them is where they
# happened (no gold event of these types over the readable sets has a place as target; a
# concession has one, "allowed aid trucks into Gaza").
_NO_PLACE_TARGETS = {"AGREE", "ACCUSE", "REJECT", "SUPPORT", "COOPERATE", "PROTEST"}
# Acts two sides do to each other: "Thai and Cambodian troops exchanged fire" is A -> B.
_RECIPROCAL = {"exchange", "clash", "échanger", "affronter", "s'affronter", "swap", "trade"}
# Crowds act unnamed on no one ("des milliers de personnes ont manifesté"), and wire stories
# tell arrests and killings by unnamed forces of unnamed people ("two suspected smugglers
# were jailed", "plusieurs chauffeurs ont été tués"): those are coded with no parties
# (eval/README.md). Any other event with neither a source nor a target is a side remark
# ("the deal was signed", "talks were held") that says nothing about who did what to whom.
_PARTYLESS_TYPES = {"PROTEST", "COERCE", "ASSAULT"}
# Actions on one's own forces: a passive subject ("aircraft were scrambled") is the actor.
_OWN_FORCES_TYPES = {"MOBILIZE"}
_ACCUSE = Code("ACCUSE", cameo_root_for("ACCUSE"))
_PROTEST = Code("PROTEST", cameo_root_for("PROTEST"))
# Phrases whose actor the act passed by, not through: "defended the programme before the
# National Assembly" (where it was said), "sent a team on an Air Force plane", "tents from
# its base in New Caledonia" (how and whence aid went, not to whom).
# "freed 52 prisoners after a visit by envoy John Coale": a time phrase names no party.
_NO_PARTY_CASES = frozenset({"before", "devant", "aboard", "after", "après", "following"})
_PASSED_CASES = {"AID": _NO_PARTY_CASES | {"on", "from", "via", "sur", "depuis"},
                 "MOBILIZE": _NO_PARTY_CASES | {"from", "depuis"}}
_RIOT = Code("PROTEST", cameo_root_for("PROTEST"))  # keeps what the crowd stormed as target
_SANCTION = Code("SANCTION", cameo_root_for("SANCTION"))
_COOPERATE = Code("COOPERATE", cameo_root_for("COOPERATE"))
_CAST_NOUNS = {"veto"}
# Funding told in the passive describes a programme or a plan ("n'est financé qu'à 16 %",
# "programmes financed by USAID", "institutions financées par Belgrade"), not a gift made.
_FUNDING_LEMMAS = {"fund", "finance", "financer", "cofinancer", "co-finance"}
_OFFICE_REACH = 4  # sentences back: an office noun with no person named in the last two
# Phrases whose subject undergoes the act: "came under fire", "a essuyé des tirs".
_UNDERGONE = {"come attack", "come shelling", "come bombardment", "come assault",
              "essuyer tir", "essuyer attaque", "essuyer frappe", "subir attaque",
              "subir frappe", "subir bombardement"}
# Talking to someone is a consultation only with someone named: "spoke to Trump", "told
# Rubio that", "a parlé avec Poutine"; "spoke to reporters", "told Reuters", "a parlé à la
# presse" are the copy's own sourcing, never an event (eval/README.md: CONSULT is meeting,
# calling, hosting). So these are coded only with a person or a state as the one addressed,
# and "held a call" only with the one it was held with ("the ministers of A, B and C held a
# telephone call" is one call, not a call from A to each of the others).
_TALKING = {"speak to", "tell", "parler avec", "parler à", "hold call", "évoquer avec",
            "aborder avec"}
_ADDRESSED_TYPES = {"PERSON", "COUNTRY"}
# "told Iran to halt": an order or a request when an infinitive of its own follows the one
# told; "told Rubio that he wanted to ..." is talking, the "to" in another clause.
_TELLING_TO = "tell to"
# Captives handed over: to whom, not through whom (the Red Cross, in every exchange).
_HANDING_OVER = {"hand hostage", "hand prisoner", "hand captive", "hand detainee", "hand body",
                 "hand remains", "remettre otage", "remettre prisonnier", "remettre captif",
                 "remettre détenu", "remettre corps", "remettre dépouille"}


def _told_to_act(trigger: Trigger) -> bool:
    """Whether the "to" of "tell to" opens an infinitive complement of the verb itself."""
    to = trigger.companion
    return to is not None and to.dep_ == "aux" and to.head.dep_ == "xcomp" and \
        to.head.head.i == trigger.token.i


_ADDRESSEE_CASES = {"to", "with", "à", "au", "aux", "avec"}
_MOBILIZE_CODE = Code("MOBILIZE", cameo_root_for("MOBILIZE"))
_SLAM_INTO = "slam into"  # the lexicon's ASSAULT phrase: only a weapon slamming into strikes


def _test_fired(verb: Token) -> bool:
    """"test-fired", "test-fires": the verb glued to "test" by a hyphen."""
    doc = verb.doc
    return verb.lower_.startswith("test-") or verb.i >= 2 and doc[verb.i - 1].text == "-" \
        and doc[verb.i - 2].lower_ == "test"
# Talking about a topic with someone: the object is the topic ("discussed Ukraine with Putin").
_DISCUSSING = {"discuss", "discuter", "talk", "negotiate", "négocier", "évoquer avec",
               "aborder avec", "raise issue", "raise matter"}
_WITH_CASES = {"with", "avec"}
# Receiving a call: the caller is named after "from/de" ("received a call from Zelensky").
_RECEIVING = {"receive", "recevoir"}
_CALL_NOUNS = {"call", "phone", "phonecall", "telephone", "appel", "coup"}
_FROM_CASES = {"from", "de", "d'", "d’", "du"}


_TOPIC_CASES = {"on", "about", "over", "regarding", "concerning", "sur"}


def _topic(node: Token, target: Actor | None, actors: SentenceActors) -> bool:
    """Whether the target is named in the phrase as what something is about: "(talks) on
    Ukraine", "(des pourparlers) sur l'Ukraine"."""
    for word in node.subtree:
        mention = actors.by_token.get(word.i)
        if mention is None or mention.actor != target or \
                mention.start <= word.head.i < mention.end and word.head.i != word.i:
            continue  # not the target, or inside its name: read at the name's head
        case = word.head.lower_ if word.dep_ == "pobj" else case_of(word)
        return case in _TOPIC_CASES
    return False


def _with_party(verb: Token, actors: SentenceActors, source: Actor | None
                ) -> tuple[Actor, Token] | None:
    """The actor of the verb's own "with/avec" phrase, other than the source."""
    for child in verb.children:
        node = child
        if child.dep_ == "prep" and child.lower_ in _WITH_CASES:
            node = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif not (child.dep_.startswith("obl") and case_of(child) in _WITH_CASES):
            continue
        actor = actors.of(node)
        if actor is not None and actor != source:
            return actor, node
    return None


def _caller(verb: Token, actors: SentenceActors, source: Actor) -> tuple[Actor, Token] | None:
    """Who made the call a receiving verb's object names: "a call from X", "un appel de X"."""
    for call in verb.children:
        if call.dep_ not in ("dobj", "obj") or lemma_of(call) not in _CALL_NOUNS:
            continue
        for child in (*call.children, *verb.children):
            node = child
            if child.dep_ == "prep" and child.lower_ in _FROM_CASES:
                node = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif case_of(child) not in _FROM_CASES or child.dep_ == "prep":
                continue
            actor = actors.of(node)
            if actor is not None and actor != source:
                return actor, node
    return None


def _addressed(verb: Token, actors: SentenceActors, source: Actor | None) -> Actor | None:
    """The one spoken to: the verb's own object or its "to"/"with"/"à"/"avec" phrase."""
    for child in verb.children:
        if child.dep_ in ("prep", "case") and child.lower_ in _ADDRESSEE_CASES:
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in ("dobj", "obj", "iobj", "dative") and not (
                child.dep_.startswith("obl") and case_of(child) in _ADDRESSEE_CASES):
            continue
        actor = actors.of(child)
        if actor is not None and actor != source:
            return actor
    return None


def subtree_of(token) -> set[int]:
    return {t.i for t in token.subtree}


def _verb_phrase(trigger: Trigger) -> str:
    token = trigger.token
    words = [t for t in token.children if t.dep_.startswith("aux") or
             (t.dep_ in ("neg", "advmod") and t.lower_ in NEGATIONS | {"ne", "n'", "n’"})]
    words.append(token)
    if trigger.companion is not None and trigger.companion not in words:
        words.append(trigger.companion)
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _sentence_events(sent: Span, sent_index: int, lang: str, lex: Lexicon,
                     mentions: list[ActorMention], article_id: str,
                     published, antecedent: Actor | None = None,
                     office_holder: Actor | None = None,
                     told_types: frozenset[str] = frozenset()) -> list[Event]:
    """Events of one sentence; `antecedent` is the person "il"/"she" refers to, if known,
    `office_holder` the one "le Premier ministre" may refer to when it is not, `told_types`
    the types of the events the sentences before told."""
    if sent.text.rstrip().endswith("?") or _crosshead(sent) or photo_caption(sent):
        return []
    triggers = label_triggers(sent, find_triggers(sent, lex))
    legal = lang == "fr" and may_tell_legal_act(sent)
    obtains = may_tell_concession(sent)
    retort = may_tell_retort(sent)
    if not triggers and not legal and not obtains and not retort and \
            not mentions_request_noun(sent):
        return []
    actors = SentenceActors(sent, mentions)
    if retort:
        triggers = retort_triggers(sent, triggers, actors)
    if legal:
        triggers = legal_triggers(sent, triggers, actors, lang)
    triggers = walkout_triggers(sent, gathering_triggers(sent, triggers))
    # "told Rubio that Russia wanted to end the war", "told aid workers that fighters went from
    # house to house": the "to" is another clause's, so no order governs that clause.
    triggers = [Trigger(t.token, _CONSULT_CODE, "tell")
                if t.lemma == _TELLING_TO and not _told_to_act(t) else t for t in triggers]
    by_index = {t.token.i: t for t in triggers}
    events: list[Event] = []
    coded: list[Trigger] = []
    # Verbs first, so a noun can tell whether the sentence already has its event.
    for trigger in sorted(triggers, key=lambda t: (t.nominal, t.token.i)):
        if is_governed(trigger, by_index, lex) or charged_offence(trigger.token, by_index):
            continue
        code = trigger.code
        if not trigger.nominal and code.event_type == "ASSAULT" and _test_fired(trigger.token):
            # "North Korea test-fired a ballistic missile": a weapons test is a show of force
            # (eval/README.md: MOBILIZE; the lexicon's "test missile"), no attack.
            code = _MOBILIZE_CODE
        if trigger.lemma == _SLAM_INTO and not any(
                c.dep_ in ("nsubj", "nsubj:pass") and weapon(c) for c in trigger.token.children):
            continue  # "shells slammed into homes" struck; "a train slammed into a convoy" crashed
        if not trigger.nominal and any(
                by_index.get(means.i) is not None and
                by_index[means.i].code.event_type != code.event_type
                for means in retaliation_means(trigger.token)):
            # "China retaliated by imposing tariffs", "a riposté en imposant des droits de
            # douane": the retaliation is the act told as its means (coded there), not a
            # blow of its own.
            continue
        if code.event_type == "AID" and helps_to_do(trigger.token):
            continue
        if not trigger.nominal and code.event_type == "COERCE" and \
                trigger.lemma in _SCATTERING and _scattered_of_itself(trigger.token, lang):
            continue  # "the protesters dispersed peacefully", "the talks broke up"
        if not trigger.nominal and told_types & _CLAIMED_TYPES and _claims_told_act(trigger):
            continue  # "the Houthis claimed the attack", "a revendiqué l'attaque": told before
        if not trigger.nominal and code.event_type in ("CONSULT", "REQUEST") and \
                trigger.lemma.split()[0] == "call" and naming_call(trigger.token):
            continue  # "in what the Eastern Theater Command called a stern warning"
        if not trigger.nominal and idle_object(trigger.token, lemma_of(trigger.token)):
            continue  # "released a statement", "offered condolences", "a livré sa version"
        if not trigger.nominal and judged_act(trigger.token):
            continue  # '"Harassing a ship on patrol is unacceptable," she said'
        if not trigger.nominal and approval_on_noun(trigger.token, lemma_of(trigger.token)):
            continue  # "a tariff increase approved by the regulator"
        if not trigger.nominal and passed_law(trigger.token, trigger.lemma):
            continue  # "the Chamber of Deputies approved a bill regulating AI"
        if not trigger.nominal and (declined_to_speak(trigger.token, lemma_of(trigger.token))
                                    or enabling(trigger.token, lemma_of(trigger.token))
                                    or held_state(trigger.token, lemma_of(trigger.token))):
            continue  # "declined to comment"; "a pact that allows"; "the hills it occupies"
        if not trigger.nominal and code.event_type == "AGREE" and \
                (approved_sum(trigger.token, lemma_of(trigger.token))
                 or pledged_sum(trigger.token, lemma_of(trigger.token))):
            code = _AID_CODE  # "le FMI a approuvé un programme de 390 millions de dollars"
        if not trigger.nominal and referral(
                trigger.token, lemma_of(trigger.token),
                lambda phrase: (named := actors.of(phrase)) is not None
                and named.actor_type == "ORGANIZATION"):
            code = _REQUEST_CODE  # "a saisi le Conseil de sécurité": asked it to act
        if not trigger.nominal and code.event_type == "REQUEST" and phone_call(
                trigger.token, trigger.lemma,
                lambda phrase: (named := actors.in_title_phrase(phrase)) is not None
                and named.actor_type == "PERSON"):
            code = _CONSULT_CODE  # "a appelé son homologue américain": a phone call
        if not trigger.nominal and hosting_people(trigger.token, trigger.lemma):
            continue  # "welcomed 8.7 million visitors", "a accueilli 850.000 réfugiés"
        if not trigger.nominal and trigger.lemma in _OTHER_SENSE_REFLEXIVE and any(
                c.lower_ in ("s'", "s’", "se", "m'", "nous") for c in trigger.token.children):
            # "Manille s'appuie sur ses partenaires": relies on, no support given; "les
            # tracteurs se sont arrêtés aux portes de la ville": stopped, no one arrested.
            continue
        if not trigger.nominal and (out := ordered_out_code(trigger.token, code)) is not code:
            code = out  # "ordered the envoy to leave", "gave the force 60 days to leave"
        if code.event_type == "RETREAT" and not trigger.nominal and \
                not withdrawal(trigger.token, trigger.lemma,
                               {i: m.actor.actor_type for i, m in actors.by_token.items()}):
            continue
        if code.event_type == "AID" and not trigger.nominal and (
                idle_giving(trigger.token, trigger.lemma) or shipping_trade(trigger.token) or
                supplied_share(trigger.token, lemma_of(trigger.token))):
            continue  # "l'alerte avait été donnée", "supplies two-thirds of the tomatoes"
        if code.event_type == "AID" and not trigger.nominal and \
                trigger.lemma in _FUNDING_LEMMAS and is_passive(trigger.token):
            continue  # "the plan is less than a quarter funded", "programmes financed by"
        aim = None if trigger.nominal else aim_kind(trigger.token, trigger.lemma.split()[0])
        if aim is not None:  # "des drones ont visé", "sanctions visant": typed by the aimer
            if aim[0] is None:
                continue
            code = aim[0]
        aimer = aim[1] if aim is not None else None
        if aimer is not None and aimer.i == trigger.token.head.i and any(
                aimer.head.i == t.token.i and not t.nominal for t in triggers):
            continue  # "ont assoupli les sanctions visant la banque centrale": background
        if not trigger.nominal:
            # An aimer is the act's own party: "sanctions visant", "visés par des enquêtes".
            if (aimer is None or aimer.i != trigger.token.head.i and
                    aimer.dep_ not in ("obl:agent", "agent")) and trigger.lemma != GATHERED and \
                    background_clause(trigger.token, actors,
                                  code.event_type in SPEECH_ACT_TYPES or
                                  trigger.lemma in OFFICIAL_PROTEST_WORDS or
                                  trigger.lemma in PRAISE_LEMMAS):
                continue
            if done_without(trigger.token):
                continue
            if second_side_gerund(trigger.token, {t.token.i for t in triggers if not t.nominal}):
                continue  # "tuant deux policiers et incendiant quatre véhicules"
            if is_negated(trigger.token):
                code = lex.negated.get(trigger.lemma)
                if code is None:
                    continue
        if not trigger.nominal and (ceased := ceased_act(trigger.token)) is not None:
            if ceased or code.event_type != "AID":
                continue  # "a arrêté de financer": no arrest; stopping talks is no talk
            code = SANCTION_CODE  # "a cessé de livrer du gaz": aid cut (eval/README.md)
        strike = code.event_type == "ASSAULT"
        voiced = False  # an unnamed group voicing a request or an accusation
        sources: list[Actor] = []
        targets: list[Actor] = []
        if trigger.nominal:
            host = travel_host(trigger.token)
            if host is not None and code.event_type == "CONSULT" and \
                    under_unreal_verb(trigger.token):
                continue  # "will be in Seoul next week for talks": a trip planned
            if host is not None and code.event_type == "CONSULT":
                # "who was in Turkey for talks with Fidan", "travelled to Moscow for talks
                # with Lavrov": the talks are what the trip was, with the traveller as source.
                source, target = nominal_parties(trigger.token, actors)
                traveller = read_subject(host, actors)[0]
                if traveller is not None and target is not None and traveller != target:
                    source = traveller
                    coded.append(trigger)
                    # "for talks with Manele and Foreign Minister Agovaka": one meeting each
                    partner = _with_party(trigger.token, actors, source)
                    met = [t for t in conjunct_actors(partner[1], actors) if t != source] \
                        if partner is not None and partner[0] == target else []
                    for one in met if target in met else [target]:
                        events.append(_event(code, trigger, sent, sent_index, article_id,
                                             source, one,
                                             _date(trigger, lang, published, by_index, lex),
                                             len(events)))
                    continue
            # A noun next to a coded verb is background ("après des mois de négociations"),
            # unless a verb of ordering or announcing makes it the subject's own act: "a
            # suspendu les pourparlers et a ordonné le déploiement de 2.000 soldats".
            announced = _announced_by(trigger.token, actors, antecedent, sent, mentions)
            if any(not e_trigger.nominal for e_trigger in coded) and announced is None:
                continue
            if under_unreal_verb(trigger.token):
                continue
            if any(c.dep_ == "det" and c.lower_ in NO_DETERMINERS for c in trigger.token.children):
                continue  # "there were no talks between", "aucune négociation": none held
            criticism = trigger.lemma in CRITICISM_NOUNS
            # "le veto de la Russie", "les sanctions de l'UE": the "de" party cast it.
            source, target = nominal_parties(trigger.token, actors,
                                             measure=code.event_type == "SANCTION" or criticism
                                             or trigger.lemma in _CAST_NOUNS)
            if criticism and not (parties := criticism_parties(trigger.token, actors, source,
                                                                target)):
                continue  # "les critiques du gouvernement": its critics, no event
            if criticism:
                source, target = parties
            if source is None and code.event_type in _JOINT_TYPES and \
                    (sides := meeting_sides(trigger.token, actors))[0] is not None:
                # "l'entretien d'Emmanuel Macron avec Xi Jinping": the "de" party met the
                # one "avec" ("de" reads as a target case above, leaving no source).
                source, target = sides
            if source is None:
                source = announced
            # "the first visit to Japan", "a meeting with Iwaya was not on the schedule":
            # a noun with no one acting is background (eval/README.md).
            if source is None:
                continue
            if target is None:  # "a remark that drew criticism from the Law Society"
                target = summarised_actor(trigger.token, actors, source)
            if target is None:  # "a 50% U.S. tariff on most Indian goods"
                target = demonym_target(trigger.token, None, code.event_type, source, mentions)
        elif (sides := opposed_sides(trigger.token, actors)) is not None:
            # "des heurts ont opposé la police à des manifestants": a fight, each side named
            # or not (eval/README.md: clashes by unnamed forces are coded without parties).
            code = FIGHT_CODE
            source, target = sides
        else:
            source, passive_target, subject = read_subject(trigger.token, actors)
            if source is None and trigger.token.pos_ in ("NOUN", "PROPN", "ADJ", "ADV") and \
                    trigger.token.head.i < trigger.token.i and \
                    trigger.token.dep_ in ("flat:name", "flat", "amod", "nmod", "appos"):
                # "Israël frappe/PROPN le Liban": a present tense the tagger missed, hung on
                # the name before it as a part of it; that name is the subject.
                source = actors.of(trigger.token.head)
            if trigger.token.pos_ == "NOUN" and answering(trigger.token):
                # ", a charge Caracas rejects" read as a noun: the name before it answers.
                subject = trigger.token.doc[trigger.token.i - 1]
                source, passive_target = actors.of(subject), None
            if code.event_type in SPEECH_ACT_TYPES and \
                    (reporter := reporter_of_conjunct(trigger.token, actors)) is not None:
                # "warned that ... had spread, and called on"; the reported clause's passive
                # subject ("that China's force was kept ...") is not who was called on.
                source, subject = reporter
                if source is None:  # "he said ... and accused": whom "he" stands for
                    source = _subject_before_pronoun(subject.head, actors) or antecedent
                passive_target = None
            patient = patient_of_participle(trigger.token, actors)
            if patient is not None and source in (patient, None):
                # "Mourad Zeghidi, condamné à cinq ans": the person described underwent it.
                source, passive_target = named_agent(trigger.token, actors), patient
            active_pronoun = _active_pronoun_read_as_passive(trigger.token)
            if passive_target is None and not active_pronoun and (pronoun := next(
                    (c for c in trigger.token.children if c.dep_ in ("nsubj:pass", "nsubjpass")
                     and c.lower_ in PERSON_PRONOUNS), None)) is not None:
                # "Gerapetritis s'est rendu à Benghazi, où il a été reçu par Haftar": him.
                passive_target = next((m.actor for m in sorted(
                    mentions, key=lambda m: m.start, reverse=True)
                    if sent.start <= m.start < pronoun.i and m.actor.actor_type == "PERSON"
                    and m.actor != source), antecedent)
            pronoun_undergoer = passive_target is None and antecedent is not None and \
                (undergoer := conjunct_pronoun_patient(trigger.token)) is not None
            if pronoun_undergoer:
                # "He moved to Britain and was arrested in London": he was arrested.
                passive_target = _subject_before_pronoun(undergoer.head, actors) or antecedent
                source = named_agent(trigger.token, actors)
                active_pronoun = False
            if trigger.lemma in _UNDERGONE:
                # "the commission's website came under attack": the subject was attacked.
                source, passive_target = None, source or passive_target
            if source is None and not pronoun_undergoer and (
                    has_pronoun_subject(trigger.token) or active_pronoun):
                # Inside the sentence first, even in a story's first sentence ("Tusk said
                # ... and he called on Telegram"); else the person the last ones named.
                source = _subject_before_pronoun(trigger.token, actors) or antecedent
            if source is None and not pronoun_undergoer:  # "The WHO said ... It urged"
                source = body_pronoun_antecedent(trigger.token, sent, mentions)
            if source is None:  # "the ministry said its air defences had shot down"
                source = speakers_own(trigger.token, subject, actors)
            if source is None:  # "Pakistan's military said ... Its troops then shelled"
                source = owned_forces(subject, sent, mentions)
            if source is None and aimer is not None and aimer.i == trigger.token.head.i:
                source = nominal_parties(aimer, actors, measure=True)[0]  # "sanctions américaines"
            if (summons := summoning_verb(trigger.token)) is not None:
                host, summoned = summons
                source = source or read_subject(host, actors)[0] or \
                    body_pronoun_antecedent(host, sent, mentions)
                # ... to the one summoned: "a senior diplomat from the Chinese embassy".
                passive_target = passive_target or actors.in_title_phrase(summoned)
            if source is None and quoted_first_person(trigger.token, sent):
                # '"We call on Iran to return to talks," Wadephul said': the speaker.
                speakers = persons_in(sent, mentions)
                source = speakers[0] if speakers else antecedent
            # "the minister", "le chef de la diplomatie française", "the group": whom the
            # article named last, not the country in the title (event_anaphora.py).
            source = described_party(subject, actors, antecedent or office_holder,
                                     mentions) or source
            if source is None and code.event_type in _JOINT_TYPES and \
                    is_passive(trigger.token) and (pact := next(
                        (c for c in trigger.token.children
                         if c.dep_ in ("nsubj:pass", "nsubjpass")), None)) is not None:
                # "A ceasefire between Israel and Hamas was agreed", "un cessez-le-feu entre
                # Israël et le Hamas a été conclu": the two sides named in the pact's
                # "between" phrase made it, the first as source (eval/README.md).
                first, second = between_parties(pact, actors)
                if first is not None and second is not None:
                    source, passive_target = first, second
            subject_attacked = None
            if code.event_type == "ASSAULT" and not is_passive(trigger.token):
                # "Russia's attack on Ukraine killed 12", "L'attaque russe contre l'Ukraine a
                # fait 12 morts": the subject names who struck whom, the verb the toll. The
                # party after "on/contre" was struck, not the subject's actor.
                attacker, subject_attacked = attack_in_subject(subject, actors,
                                                               attack_nouns(lang), mentions)
                if subject_attacked is not None and source in (subject_attacked, None):
                    source = attacker
                elif attacker is not None and attacker == blamed_attacker(subject, actors):
                    # "The strike, which Ukraine blamed on Russia, killed five": Russia struck;
                    # Ukraine, the clause's subject, only blamed it.
                    source = attacker
            if source is None and code.event_type == "ASSAULT":
                # "were killed in a Russian strike on Kherson": the strike's parties.
                attacker, attacked = attacker_of_setting(trigger.token, actors,
                                                         attack_nouns(lang), mentions,
                                                         WEAPON_NOUNS)
                source, passive_target = attacker, passive_target or attacked
            object_token = None
            if code.event_type in _OWN_FORCES_TYPES and source is None:
                # "Polish aircraft were scrambled": the forces moved are the actor's own.
                source, passive_target = passive_target, None
            # "Iwaya had met him on the sidelines of a NATO ministerial": him, not NATO.
            target = passive_target or pronoun_object_person(trigger.token, source, mentions) \
                or pronoun_object_of_conjunct(trigger.token, actors)
            if target is None:
                target, object_token = read_object(trigger, actors, source, code.event_type)
            if code.event_type == "CONSULT" and object_token is not None and \
                    _topic(object_token, target, actors) and (partner := _with_party(
                        trigger.companion or trigger.token, actors, source) or _with_party(
                        trigger.token, actors, source)) is not None:
                # "held talks on Ukraine with Putin", "a tenu des pourparlers sur l'Ukraine
                # avec Poutine": what the talks were on is no party; whom they were with is.
                target, object_token = partner
            elif code.event_type == "CONSULT" and trigger.lemma in _DISCUSSING and \
                    (partner := _with_party(trigger.token, actors, source)) is not None:
                # "discussed Ukraine with Putin", "a discuté de l'Ukraine avec Poutine": the
                # object is the topic, the one "with" is whom it was discussed with.
                target, object_token = partner
            if trigger.lemma in _RECEIVING and source is not None and \
                    (caller := _caller(trigger.token, actors, source)) is not None:
                # "Macron received a call from Zelensky", "Poutine a reçu un appel de Trump":
                # the caller made the call, to the one who received it.
                source, target, object_token = caller[0], source, caller[1]
            if target is None:
                target = relative_antecedent(trigger.token, actors, source)
            if target is None:
                target = seized_place(trigger, actors, source) or \
                    described_place(trigger.token, code.event_type, mentions)
            if target is None and code.event_type == "ASSAULT":
                target = place_of_passive_subject(trigger.token, actors) or subject_attacked
            if target is None:
                target = person_after_title(trigger.token, actors, source)
            if target is None:
                target = aid_place(trigger, actors, code.event_type)
            purpose_met = False
            if target is None and code.event_type == "CONSULT" and \
                    (there := destination(trigger, actors)) is not None:
                # "s'est rendu à Kiev, où il a rencontré Zelensky": the trip is the meeting
                # a finite clause below it tells, no second event (a trip "pour s'entretenir
                # avec Poutine" is coded as that meeting further on); received there ("où il
                # a été reçu par Haftar"), the visit is one act and the reception another.
                met = [t for t in triggers if t is not trigger and not t.nominal and
                       t.code.event_type == "CONSULT" and not is_passive(t.token) and
                       t.token.i in subtree_of(trigger.token)]
                if any(c.dep_ in ("nsubj", "aux", "aux:tense")
                       for t in met for c in t.token.children):
                    continue
                # "s'est rendu au Caire pour rencontrer al-Sissi": the trip is that meeting,
                # coded once, as "travelled to Cairo to meet" is (no verb of travel there);
                # kept only when it took the one met as its target (below).
                purpose_met = bool(met)
                if not met:
                    target = there
            if target is None:
                # "urged the group to lift the siege": the group named before. Only groups:
                # an office as object ("met the minister") is rarely the person just named.
                # Not "ont appelé leurs militants à ...": their own members.
                # "rejected the union's claim", "accused the bank's board": the body owns
                # what was acted on.
                target = next((party for c in _objects_and_addressees(trigger.token)
                               for c in (c, *_owners(c))
                               if not any(d.lower_ in OWN_POSSESSIVES for d in c.children)
                               and (party := described_party(c, actors, None, mentions))
                               and party != source), None)
            sources = conjunct_actors(subject, actors) if source is not None else []
            if source is not None and subject is not None and subject.pos_ == "PRON" and \
                    trigger.token.dep_ in ("acl:relcl", "relcl") and len(sources) < 2:
                # "Budapest et Bratislava, qui ont voté contre": the list the clause is on.
                antecedent_list = conjunct_actors(trigger.token.head, actors)
                if source in antecedent_list and len(antecedent_list) >= 2:
                    sources = antecedent_list
            agent = next((c for c in trigger.token.children if c.dep_ in ("obl:agent", "agent")),
                         None)
            if agent is not None and len(sources) < 2 and \
                    source in (agents := conjunct_actors(agent, actors)) and len(agents) >= 2:
                sources = agents  # "reçu par le maréchal Haftar et par son fils Saddam"
            pair = described_pair(subject, mentions, sent.start)
            if len(sources) < 2 and (by_demonyms := demonym_parties(subject, trigger.token,
                                                                    mentions)):
                source, sources = by_demonyms[0], by_demonyms  # "les ministres égyptien et turc"
            elif pair and len(sources) < 2:  # "the two leaders met": the pair named before
                source, sources = pair[0], pair
            elif len(sources) < 2 and source is None and target is None and \
                    (sides := described_sides(subject, mentions, sent.start)):
                source, sources = sides[0], sides  # "les deux parties ont convenu"
            if source is not None:
                # "La Confédération paysanne et les Jeunes Agriculteurs avaient appelé", the
                # parse hanging the verb on the first, or "Les Philippines, les Etats-Unis,
                # le Japon et l'Australie ont mené" parsed as two subjects: every member of
                # the whole list acted.
                listed = actors.listed_just_before(trigger.token)
                if source in listed and len(listed) > len(sources) and \
                        all(s in listed for s in sources):
                    source, sources = listed[0], listed
                first = actors.member_cut_from_subject(subject)
                if first is not None and first not in sources and first != source:
                    source, sources = first, [first, *(sources or [source])]
            members = actors.members_named_before(trigger.token)
            if members and (source is None or source in members):
                # "Plus de 80 pays, dont la France et l'Allemagne, avaient soutenu": each acted.
                source, sources = members[0], members
            targets = conjunct_actors(object_token, actors) if target is not None else []
            patients = passive_patients(trigger.token, actors)
            if target is not None and len(targets) < 2 and target in patients and \
                    len(patients) >= 2:
                target, targets = patients[0], patients  # two passive subjects, one each
            elif patients and dislocated_patients(trigger.token) and target not in patients:
                target, targets = patients[0], patients  # the subject the parse left hanging
            if target is None and not (code.event_type in _JOINT_TYPES and len(sources) >= 2) \
                    and (counted := described_countries(trigger.token, source, mentions)):
                # (not when the parties of a joint act are named: "les ministres guinéen et
                # sierra-léonais se sont rencontrés sur la route entre les deux capitales")
                target, targets = counted[0], counted  # "to the three European countries"
            code = pact_exit_code(trigger.token, exercise_code(trigger, code, len(sources) >= 2,
                                                               actors))
            if (sent_forces := ordered_forces_code(trigger.token, code)) is not code:
                code = sent_forces  # "ordered the army to deploy": a show of force
                if target is not None and target == actors.of(ordered_forces(trigger.token)):
                    target, targets = None, []  # the forces sent are the source's own
            right_holders_unnamed = False
            if not crowd(subject):  # farmers blocking grain exports protest
                code = trade_ban_code(trigger.token, code)
            elif code.event_type in ("REJECT", "COERCE", "SANCTION") and \
                    civilian_blockade(subject, trigger.token):
                code = _PROTEST  # "les camionneurs ont bloqué les accès aux terminaux"
            if (rights := right_suspension_code(trigger.token, code)) is not code:
                code = rights  # "a suspendu le droit d'asile": no state sanctioned
                right_holders_unnamed = target is None
            voiced = source is None and code.event_type in VOICED_TYPES and \
                unnamed_voice(subject)
            # A subject before a verb of attribution is inside the quote (a parse error).
            # '« C'est un suicide imposé par Bruxelles », a fustigé le ministre X': the
            # speaker named after the verb acted, not a name inside the quote.
            if lang == "fr" and (subject is None or subject.i < trigger.token.i):
                speaker, speaker_word = inverted_speaker(trigger.token, actors)
                said = speaker or (described_party(speaker_word, actors,
                                                   antecedent or office_holder, mentions)
                                   if speaker_word is not None else None)
                if said is not None and said != source:
                    source, sources = said, []
                if source is not None and target == source:
                    target = None
            if source is None and antecedent is not None and not pronoun_undergoer and \
                    listed_after_pronoun(trigger.token, sent):
                source = antecedent  # "il a rencontré X et a visité la base": he did both
            if source is None and not unnamed_subject(subject, actors, trigger.token) and \
                    not agentless_passive(trigger.token) and aimer is None and patient is None:
                source = fragment_subject(trigger.token, sent, actors) or \
                    actors.nearest_before(trigger.token.i, exclude=target)
                # A list right before a verb the parse left without subject: each acted.
                listed = actors.listed_just_before(trigger.token)
                if listed and source in listed and not sources:
                    source, sources = listed[0], listed
            if target is None and code.event_type in lex.governing:
                # "menace d'attaquer la Corée du Sud": the target sits in the complement.
                for child in trigger.token.children:
                    if child.dep_ in ("xcomp", "ccomp", "advcl") and target is None:
                        target, _ = read_object(Trigger(child, code, ""), actors, source,
                                                code.event_type)
            if target is not None and _only_witness(target, actors):
                target = None  # "signed ... in the presence of Prime Minister X": X looked on
                targets = [t for t in targets if not _only_witness(t, actors)]
            if code.event_type == "MOBILIZE" and _joint(trigger):
                code = _COOPERATE  # "Jordanian and Syrian units carried out a joint patrol"
            jointly = False
            if (code.event_type in _JOINT_TYPES or _RECIPROCAL & set(trigger.lemma.split())) \
                    and len(sources) >= 2 and (
                    target is None or target.actor_type == "LOCATION" or target in sources
                    or pair):
                # "A and B agreed/met/signed": one event, A -> B (eval/README.md); "A, B, C
                # and D held a joint patrol": the first named with each of the others.
                source, target, targets, sources = sources[0], sources[1], sources[1:], []
                jointly = True
            if code.event_type == "ASSAULT" and measures_aimed(subject, trigger.token, trigger.lemma):
                code = _SANCTION  # "les nouvelles mesures visent des entités en Chine"
            if code.event_type == "ASSAULT" and labour_strike(trigger, source):
                code = _PROTEST  # "the union launched a strike at the ports": a walkout
            if code.event_type == "ASSAULT" and not trigger.nominal and riot(subject):
                code = _RIOT  # "protesters stormed the National Assembly"
            if code.event_type in ("COERCE", "REJECT") and not trigger.nominal and \
                    sit_in(trigger.lemma, subject):
                code = _PROTEST  # "union members occupied the plant", "ont bloqué la route"
            if code.event_type == "THREATEN" and (natural_cause(None, trigger.token) or
                                                  endangers(trigger.token)):
                continue  # "sont menacées par la faim", "menace la survie": no one threatens
            if code.event_type == "ASSAULT" and (natural_cause(subject, trigger.token) or
                                                 policy_blow(subject, trigger.token)):
                continue
            if own_operations_halted(trigger.token, code):
                continue  # "l'ONG a suspendu ses activités": no one sanctioned
            if trigger.lemma in CRIPPLING_LEMMAS and not attack_cripples(subject, trigger.token):
                continue  # "la grève paralyse le pays": no attack
            if anyone_acting(subject, trigger.token):
                continue  # "anyone who attacked police stations would face the law"
            if code.event_type == "RETREAT" and measured_quantity(subject, trigger.token):
                continue
            if target is None and source is not None:
                # ", une décision dénoncée par Alger": who took the decision summed up.
                target = summarised_actor(trigger.token, actors, source)
            if own_pledge(trigger, code) and not jointly and \
                    not _offered_together(trigger.token, subject, source, target, actors) and \
                    not _promised_to(trigger.token, target, actors):
                # before looking further: "pledged to rebuild ..., a UNESCO site"; a party
                # named inside the plan ("a promis de soutenir la candidature libyenne",
                # "promised to bring Hungary home to Europe") was promised nothing. An offer
                # several states make together ("a truce proposed by the United States,
                # Saudi Arabia and Egypt") is a diplomatic move of theirs.
                continue
            if target is None and trigger.lemma in TARGETED_ONLY.get(code.event_type, ()) \
                    and not conditional_move(trigger.token, actors):
                continue
            if trigger.lemma in _TALKING or trigger.lemma == _TELLING_TO:
                if trigger.lemma.endswith((" avec", " with")):  # "a évoqué X avec Y"
                    partner = _with_party(trigger.token, actors, source)
                    target = partner[0] if partner is not None else None
                else:
                    target = _addressed(trigger.token, actors, source) or (
                        _addressed(trigger.companion, actors, source)
                        if trigger.companion is not None else None)
                targets = [target] if target is not None else []
                if target is None or trigger.lemma in _TALKING and \
                        target.actor_type not in _ADDRESSED_TYPES:
                    continue  # "spoke to reporters", "told Reuters", "told his troops to"
            only_named_receiver = False
            if trigger.lemma in _HANDING_OVER and target is not None and \
                    _relief_body(target):
                # "handed over three hostages to the Red Cross": the agency carries them
                # over; the side that gets them back is named elsewhere or not at all.
                target, targets, only_named_receiver = None, [], True
            if target is None and not right_holders_unnamed and not only_named_receiver:
                # "doubled duties on Indian goods": the state whose goods were hit.
                target = demonym_target(trigger.token, trigger.companion, code.event_type,
                                        source, mentions)
            if target is None and not right_holders_unnamed and not only_named_receiver:
                # Only a request or a threat acts on whom its infinitive names.
                target = actors.first_after(trigger.token, exclude=source, places=strike,
                                            shallow=code.event_type == "ACCUSE",
                                            things=code.event_type != "AID",
                                            near_places=not strike,
                                            purposes=code.event_type in lex.governing,
                                            passed_cases=_PASSED_CASES.get(code.event_type,
                                                                           _NO_PARTY_CASES))
            if target is None and code.event_type in lex.governing and \
                    not right_holders_unnamed and not only_named_receiver:
                target = actors.next_after(trigger.token.i, exclude=source, places=strike,
                                           verb=trigger.token,
                                           shallow=code.event_type == "ACCUSE")
            if code.event_type == "ACCUSE" and target is not None and \
                    named_only_in_charge(trigger.token, target, actors):
                # "accused Western media of waging a war against Burkina Faso", "that it
                # accused of moving coal to China", "reprochent au gouvernement de laisser
                # entrer le maïs des Etats-Unis": a party named only inside the charge is
                # not the one accused, whether or not the accused is named.
                target = None
            if code.event_type == "REJECT" and target is not None and \
                    named_only_in_denial(trigger.token, target, actors):
                # "denied that any Emirati arms had reached Sudan", "rejected claims that it
                # had supplied weapons to Russia": what is denied names no party to it.
                target = None
            if purpose_met and target is None:
                continue  # the meeting the trip was for is coded on its own verb
            if target is not None and code.event_type == "REQUEST" and \
                    _asked_someone_unnamed(trigger.token, actors, target):
                target = None  # "urged the international community to help Haiti"
            if target is not None and target == _trailing_speaker(trigger.token, actors):
                target = None  # "The Kremlin rejected the proposal, Peskov said": he spoke
            if target is not None and target == retort_side(trigger, actors):
                target = None  # "Peskov said Moscow would respond": Moscow threatens
            if target is None and aimer is not None and code.event_type == "COERCE":
                # "l'UGTT a vu plusieurs de ses cadres visés par des enquêtes": its own.
                target = actors.nearest_before(trigger.token.i, exclude=source)
            # A phrase ("call on", "appeler à") is not ambiguous the way its bare verb is.
            if source is None and trigger.companion is None and \
                    trigger.lemma.split()[0] in lex.weak and \
                    not (code.event_type == "PROTEST" and crowd(subject)) and \
                    not (code.event_type in ("COERCE", "ASSAULT") and forces(subject)) and \
                    not (code.event_type == "ASSAULT" and weapon(subject) and
                         target is not None) and \
                    aimer is None and \
                    not voiced:
                continue
            if trigger.lemma in lex.hosting and target is not None and \
                    target.actor_type == "PERSON" and object_token is not None and \
                    object_token.dep_ in DIRECT_OBJECT_DEPS and \
                    names_directly(object_token, actors):
                # "a accueilli le Premier ministre polonais": welcoming a visitor is hosting.
                code = lex.hosting[trigger.lemma]
            elif trigger.lemma in lex.hosting and welcomes_visitors(trigger.token):
                code = lex.hosting[trigger.lemma]  # "welcomed several European leaders"
            elif trigger.lemma in lex.hosting and target is not None and \
                    target is passive_target and target.actor_type == "PERSON" and \
                    source is not None and subject is not None and \
                    names_directly(subject, actors):
                # "Poutine a été accueilli par Modi", "Zelensky was welcomed by Starmer": the
                # visitor welcomed in the passive is hosted, as in the active.
                code = lex.hosting[trigger.lemma]
        if not trigger.nominal and target is None and code.event_type == "REQUEST":
            target = _asked_of(trigger.token, actors)
            targets = [target] if target is not None else []
        if not trigger.nominal and _destination_of_removal(trigger, target, actors):
            target, targets = None, []  # "expelled migrants to Mali and Senegal"
        if code.event_type == "AID" and not trigger.nominal and \
                (target is None or target.actor_type == "LOCATION") and \
                (helped := helped_party(trigger, actors)) is not None and helped != source:
            target, targets = helped, [helped]  # "sent a team to Lae to help Papua New Guinea"
        if not trigger.nominal and target is not None and target.actor_type == "PERSON" and \
                len(targets) < 2 and \
                len(listed := _persons_listed_from(target, trigger.token, actors)) >= 2:
            target, targets = listed[0], listed  # "a condamné l'opposant A, le juriste B et C"
        if code.event_type == "ASSAULT" and not trigger.nominal and \
                lemma_of(trigger.token) in _INJURY_LEMMAS and (
                    _toll_of(trigger.token, coded) or
                    is_passive(trigger.token) and not any(
                        c.dep_ in ("obl:agent", "agent") for c in trigger.token.children)):
            # "fired water cannon at the vessels, injuring a crew member": the act's toll, one
            # event; "two guards were slightly injured": a toll, no one told attacking.
            continue
        coded.append(trigger)
        event_date = _date(trigger, lang, published, by_index, lex)
        # "Mali, Burkina Faso and Niger recalled...", "urged India and Pakistan": one event each.
        # Further targets read like the first: "urged Washington and Berlin" -> two governments.
        if target in sources and code.event_type not in _JOINT_TYPES and any(
                c.dep_ in ("obl:agent", "agent") for c in trigger.token.children):
            target = None  # "des doses fournies par le Japon et l'UE": no giver got the other's
        more_targets = [usable_target(t, "", code.event_type) for t in targets[1:]]
        pairs = [(s, target) for s in sources[1:]] + [(source, t) for t in more_targets if t]
        parties = [(source, target), *pairs]
        if target is None and len(sources) == 2 and code.event_type not in _JOINT_TYPES and \
                not trigger.nominal and _mutual(trigger.token):
            # "Russia and Ukraine accused each other", "se sont mutuellement accusées": each
            # side acted on the other, one event each way.
            parties = [(sources[0], sources[1]), (sources[1], sources[0])]
        for src, tgt in parties:
            pair_code = code
            if code.event_type == "PROTEST" and official_protest(trigger.lemma, src):
                pair_code = _ACCUSE  # a state's protest is a diplomatic one
            elif code.event_type == "PROTEST" and code is not _RIOT:
                src, tgt = protest_parties(src, tgt, actors)
            src = acting_party(src)
            # "sanctions on three Hong Kong-based companies", "a firm based in Wuhan", "des
            # sociétés basées aux Emirats": where a thing is based is no party to the act
            # (kept when no one else is named, so the act itself is not lost).
            if src is not None and tgt is not None and _only_home(src, actors, trigger.token):
                src = None
            if tgt is not None and src is not None and _only_home(tgt, actors, trigger.token):
                tgt = None
            if src is not None and (src == tgt or own_country(src, tgt, sent) and
                                    not addressed_capital(trigger.token, tgt, actors)):
                tgt = None
            if tgt is not None and tgt.actor_type == "LOCATION" and \
                    pair_code.event_type in _NO_PLACE_TARGETS:
                tgt = None  # "signé à Doha", "relâché les otages près de Pétion-Ville": where
            if src is None and tgt is None and code.event_type not in _PARTYLESS_TYPES and \
                    not voiced and \
                    (trigger.nominal or not has_pronoun_subject(trigger.token)):
                continue  # ... but "il a rencontré": someone named acted, we just lost whom
            # One act told once: "s'est rendu à Moscou pour s'entretenir avec Poutine" is one
            # meeting (both parties named); sources that all came to nothing ("couples from
            # Sapporo, Tokyo, Osaka ... who sued the government") are one act of one verb.
            verb_phrase = _verb_phrase(trigger)
            if any((e.event_type, e.source, e.target) == (pair_code.event_type, src, tgt) and
                   (src is not None and tgt is not None or e.verb == verb_phrase)
                   for e in events):
                continue
            events.append(_event(pair_code, trigger, sent, sent_index, article_id, src, tgt,
                                 event_date, len(events)))
    events.extend(_requests_on_behalf(sent, sent_index, lang, lex, actors, article_id,
                                      published, events))
    for code, grantor, obtainer, verb in obtained_concessions(sent, actors) if obtains else ():
        if not any((e.event_type, e.source, e.target) == (code.event_type, grantor, obtainer)
                   for e in events) and not is_negated(verb):
            trigger = Trigger(verb, code, lemma_of(verb))
            events.append(_event(code, trigger, sent, sent_index, article_id, grantor, obtainer,
                                 _date(trigger, lang, published, by_index, lex), len(events)))
    if legal:
        for code, target, word in undergone_acts(sent, actors, lang):
            if any(e.event_type == code.event_type and e.target == target and
                   e.sentence_index == sent_index and word.text in e.verb.split()
                   for e in events):
                continue
            trigger = Trigger(word, code, lemma_of(word))
            events.append(_event(code, trigger, sent, sent_index, article_id, None, target,
                                 _date(trigger, lang, published, by_index, lex), len(events)))
    return events


_INJURY_LEMMAS = {"injure", "wound", "hurt", "blesser"}
_SAYING_LEMMAS = {"say", "tell", "add", "announce", "state", "write", "dire", "indiquer",
                  "déclarer", "affirmer", "ajouter", "préciser", "annoncer", "écrire"}


_ASKED_CASES = {"on", "à", "au", "aux"}  # "called on the jury", "a demandé au Conseil"
# Dispersing a crowd is coercion; a crowd or a meeting that disperses or breaks up, with no
# one acting on it, is not: "the protesters dispersed peacefully", "the talks broke up
# without agreement", "les manifestants se sont dispersés dans le calme".
_SCATTERING = {"disperse", "break up", "disperser", "se disperser"}
_REFLEXIVES = {"se", "s'", "s’"}


_JOINT_WORDS = {"joint", "combined", "conjoint", "conjointe", "conjoints", "conjointes",
                "commun", "commune", "communs", "communes", "mixte", "mixtes"}


def _joint(trigger: Trigger) -> bool:
    """A patrol or a drill told as joint is done together (COOPERATE), not a show of force."""
    noun = trigger.companion
    return noun is not None and any(c.dep_ in ("amod", "compound") and c.lower_ in _JOINT_WORDS
                                    for c in noun.children)


# French verbs whose reflexive is another verb: "s'appuyer sur" (rely on), "s'arrêter"
# (stop), "se négocie autour de 15 millions" (is sold for), not "appuyer" (back), "arrêter"
# (arrest) and "négocier" (negotiate).
_OTHER_SENSE_REFLEXIVE = {"appuyer", "arrêter", "négocier"}


def _scattered_of_itself(verb: Token, lang: str) -> bool:
    """The subject scattered: in French, said with "se" ("se sont dispersés"; a clitic object
    before the verb, "la police les a dispersés", is parsed too many ways to read its
    absence); in English, no object and no passive auxiliary."""
    if any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children):
        return False
    if lang == "fr":
        return any(c.lower_ in _REFLEXIVES and c.i < verb.i for c in verb.children)
    return not any(c.dep_ in DIRECT_OBJECT_DEPS for c in verb.children)


_CLAIMING = {"claim", "revendiquer"}
_CLAIMED_TYPES = frozenset({"ASSAULT", "COERCE"})  # an attack, a kidnapping
_DEFINITE_ARTICLES = {"the", "this", "that", "le", "la", "l'", "l’", "les", "cette", "ce", "cet"}


def _claims_told_act(trigger: Trigger) -> bool:
    """"X claimed the attack", "a revendiqué l'attaque, l'enlèvement": a claim of an act
    the story has told already (the definite article points back at it, and an attack or a
    kidnapping was coded before) is no second act;
    the claim of one not told ("claimed a missile strike on Eilat", "a revendiqué un tir de
    missile vers Israël") is that act."""
    noun = trigger.companion
    return trigger.lemma.split()[0] in _CLAIMING and noun is not None and \
        lemma_of(noun) not in ("responsibility", "responsabilité") and \
        any(c.dep_ == "det" and c.lower_ in _DEFINITE_ARTICLES for c in noun.children)


def _objects_and_addressees(verb: Token) -> list[Token]:
    """The direct objects of `verb`, and whom it is addressed to: "called on the jury to",
    "a demandé au Conseil de lever" (the one asked, as a phrase "on"/"à")."""
    found = [c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _ASKED_CASES:
            found.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in ("iobj", "obl:arg") and case_of(child) in _ASKED_CASES:
            found.append(child)
    return found


_OWNED_DEPS = {"poss", "nmod:poss"}
_OWNER_OF_CASES = {"de", "du", "d'", "d’"}


def _owners(thing: Token) -> list[Token]:
    """Who owns a thing named as an object: "the union" of "the union's claim", "the bank"
    of "the bank's board", "la commission" of "la décision de la commission"."""
    return [c for c in thing.children if c.dep_ in _OWNED_DEPS or
            c.dep_ == "nmod" and case_of(c) in _OWNER_OF_CASES]


def _trailing_speaker(verb, actors: SentenceActors) -> Actor | None:
    """The speaker of a verb of saying after the reported clause ("..., spokesman Dmitry
    Peskov said"), who reports the act and is not acted on; so of a second verb of the
    clause ("welcomed the vote and called on both sides to ..., his spokeswoman said")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    head = clause.head
    if clause.dep_ != "ccomp" or head.i < verb.i or lemma_of(head) not in _SAYING_LEMMAS:
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.i < verb.i:
        return None
    speaker = actors.of(subject) or actors.in_title_phrase(subject)
    # "... attack on Ukraine's energy system, Kyiv said": named inside the clause too, the
    # speaker's state may well be the one acted on.
    if speaker is not None and any(actors.of(t) == speaker for t in verb.subtree):
        return None
    return speaker


_MUTUAL_ADVERBS = {"mutuellement", "réciproquement"}


def _mutual(verb) -> bool:
    """"accused each other", "blamed one another", "se sont mutuellement accusés", "se sont
    accusés l'un l'autre": an act the two subjects did to each other."""
    doc = verb.doc
    for token in verb.subtree:
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if (token.lower_, following) in (("each", "other"), ("one", "another")):
            return True
        if token.lower_ in ("l'un", "l’un") or token.lower_ == "un" and token.i > 0 and \
                doc[token.i - 1].lower_ in ("l'", "l’") and following in ("l'", "l’"):
            return True
    window = doc[max(verb.i - 3, verb.sent.start):min(verb.i + 2, verb.sent.end)]
    return any(t.lower_ in _MUTUAL_ADVERBS for t in window)


_AID_CODE = Code("AID", cameo_root_for("AID"))
_REQUEST_CODE = Code("REQUEST", cameo_root_for("REQUEST"))
_CONSULT_CODE = Code("CONSULT", cameo_root_for("CONSULT"))
# Who looks on: "in the presence of Prime Minister X", "en présence du président", "in a
# ceremony attended by", "sous les yeux de".
_WITNESS_NOUNS = {"presence", "présence", "witness", "témoin", "yeux"}
_WITNESS_VERBS = {"attend", "witness", "watch", "assister"}


def _only_witness(target: Actor, actors: SentenceActors) -> bool:
    """Every mention of `target` in the sentence sits in a phrase of someone looking on."""
    tokens = [actors.sent.doc[i] for i, m in actors.by_token.items() if m.actor == target]
    if not tokens:
        return False
    for token in tokens:
        node, seen, owned = token, False, False
        for _ in range(4):
            if node.head.i == node.i:
                break
            owned = owned or node.lower_ in _WITNESS_CASES or any(
                c.dep_ == "case" and c.lower_ in _WITNESS_CASES for c in node.children)
            node = node.head
            if (lemma_of(node) in _WITNESS_NOUNS or node.lower_ in _WITNESS_NOUNS) and owned:
                seen = True  # "in the presence of X", not "its troop presence in Estonia"
                break
            if lemma_of(node) in _WITNESS_VERBS and node.dep_ in ("acl", "amod"):
                seen = True
                break
        if not seen:
            return False
    return True


_WITNESS_CASES = {"of", "de", "du", "des", "d'", "d’"}
_HOME_LEMMAS = {"base", "baser", "headquarter", "headquartered", "register", "domicile",
                "domicilier", "immatriculer", "enregistrer"}


def _only_home(party: Actor, actors: SentenceActors, trigger: Token) -> bool:
    """Every mention of `party` in the sentence names where something is based or registered
    ("Hong Kong-based companies", "a company based in Wuhan", "sociétés basées aux Emirats")."""
    tokens = [actors.sent.doc[i] for i, m in actors.by_token.items() if m.actor == party]
    if not tokens:
        return False
    for token in tokens:
        node, home = token, False
        for _ in range(3):
            if node.head.i == node.i or node.head.i == trigger.i:
                break
            node = node.head
            if node.tag_ == "VBN" or node.pos_ == "VERB":
                home = lemma_of(node) in _HOME_LEMMAS or node.lower_ in _HOME_LEMMAS
                break
        if not home:
            return False
    return True


def _toll_of(verb: Token, coded: list[Trigger]) -> bool:
    """"fired water cannon at the vessels, damaging the bridge and injuring a crew member":
    a participle hung (through its conjuncts) on a coded act tells that act's toll."""
    heads = {t.token.i for t in coded}
    participle = False  # "were killed and 40 wounded" tells two tolls, coded apart
    for _ in range(3):
        if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
            return False
        participle = participle or verb.dep_ == "advcl"
        verb = verb.head
        if verb.i in heads and participle:
            return True
    return False


def _requests_on_behalf(sent: Span, sent_index: int, lang: str, lex: Lexicon,
                        actors: SentenceActors, article_id: str, published,
                        coded: list[Event]) -> list[Event]:
    """"réunion à la demande du Royaume-Uni": a REQUEST by the asker of whoever acted."""
    code = lex.verbs.get("demander") or lex.verbs.get("ask")
    found: list[Event] = []
    for asker, asked, noun in requests_on_behalf(sent, actors):
        if code is None or any((e.event_type, e.source, e.target) == ("REQUEST", asker, asked)
                               for e in coded + found):
            continue
        trigger = Trigger(noun, code, noun.lower_, nominal=True)
        found.append(_event(code, trigger, sent, sent_index, article_id, asker, asked,
                            _date(trigger, lang, published, {}, lex), len(coded) + len(found)))
    return found


def _date(trigger: Trigger, lang: str, published, by_index: dict[int, Trigger], lex: Lexicon):
    """The trigger's date; the other triggers' clauses are theirs."""
    return date_of_event(trigger.token, trigger.nominal, lang, published,
                         frozenset(i for i in by_index if i != trigger.token.i), lex.event_nouns)


def _event(code: Code, trigger: Trigger, sent: Span, sent_index: int, article_id: str,
           source: Actor | None, target: Actor | None, event_date, index: int) -> Event:
    return Event(article_id=article_id, event_type=code.event_type, cameo_root=code.cameo_root,
                 quad_class=quad_class(code.cameo_root), goldstein=goldstein(code.cameo_root),
                 sentence=sent.text.strip(), sentence_index=sent_index, event_date=event_date,
                 source=source, target=target, verb=_verb_phrase(trigger),
                 index_in_sentence=index)


def _asked_someone_unnamed(verb: Token, actors: SentenceActors, target: Actor) -> bool:
    """"urged the international community to help Haiti", "a exhorté les donateurs à ne pas
    tourner le dos aux Afghans", "called on the administration to open talks with South
    Africa": a request made of someone told but not named, to do something. It is made of
    them; a party named in what they are asked to do is not the one asked."""
    # "a exhorté jeudi les donateurs à": the day read as a verb the object hangs on
    heads = [verb, *(c for c in verb.children if c.lower_ in WEEKDAYS["fr"])]
    asked = next((c for h in heads for c in h.children if c.dep_ in ("dobj", "obj", "iobj")
                  and c.pos_ == "NOUN"), None)
    if asked is None:
        # the "on" after the verb: "On Tuesday she called on the truckers" asked no Tuesday
        on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                   and c.i > verb.i), None)
        asked = next((c for c in on.children if c.dep_ == "pobj" and c.pos_ == "NOUN"),
                     None) if on is not None else None  # "called on the administration"
    if asked is None:
        return False
    clauses = {t.i for c in asked.children if c.dep_ in ("acl", "relcl", "acl:relcl")
               for t in c.subtree}
    if any(t.i in actors.by_token for t in asked.subtree if t.i not in clauses):
        return False  # "the government of Sudan", "les autorités maliennes": named
    return any(c.dep_ in ("xcomp", "advcl", "ccomp", "acl") and c.i > asked.i and
               ("Inf" in c.morph.get("VerbForm") or c.tag_ == "VB") and
               any(actors.of(t) == target for t in c.subtree)
               for t in {verb, asked, asked.head} for c in t.children)


def _offered_together(verb: Token, subject: Token | None, source: Actor | None,
                      target: Actor | None, actors: SentenceActors) -> bool:
    """"une trêve telle que proposée par les Etats-Unis et l'Arabie saoudite": an
    offer several named parties make, listed as its subject or its agent."""
    if source is None:
        return False
    phrases = [subject, *(c for c in verb.children if c.dep_ in ("obl:agent", "agent") or
                          c.dep_.startswith("obl") and case_of(c) in ("par", "by"))]
    for phrase in phrases:
        if phrase is None:
            continue
        node = next((g for g in phrase.children if g.dep_ == "pobj"), phrase)
        listed = conjunct_actors(node, actors)
        if source in listed and (len(listed) >= 2 or _listed_after(node, actors)):
            return True
    return False


_LIST_FILLER = {",", "et", "and", "l'", "l’", "la", "le", "les", "the"}


def _listed_after(name: Token, actors: SentenceActors) -> bool:
    """Another actor listed right after the name, in word order ("par les Etats-Unis,
    l'Arabie saoudite, l'Egypte et les Emirats"), for parses that break the list."""
    mention = actors.by_token.get(name.i)
    if mention is None:
        return False
    doc, i = name.doc, mention.end
    while i < actors.sent.end and doc[i].lower_ in _LIST_FILLER:
        i += 1
    other = actors.by_token.get(i)
    return i > mention.end and other is not None and other.actor != mention.actor


_PROMISED_DEPS = {"iobj", "dative", "obj", "dobj", "obl", "obl:arg", "prep"}


def _promised_to(verb, target: Actor | None, actors: SentenceActors) -> bool:
    """"promised Kyiv to ...", "a promis à l'Ukraine de ...": the target is the one the
    promise was made to, a phrase of the verb itself."""
    if target is None:
        return False
    for child in verb.children:
        if child.dep_ not in _PROMISED_DEPS:
            continue
        noun = next((c for c in child.children if c.dep_ == "pobj"), child) \
            if child.pos_ == "ADP" else child
        if actors.of(noun) == target:
            return True
    return False


def _active_pronoun_read_as_passive(verb) -> bool:
    """"Il a ensuite remercié la Pologne" with "Il" labelled a passive subject: with no
    passive auxiliary ("été", "was") and no reflexive, the pronoun acted."""
    return any(c.dep_ in ("nsubj:pass", "nsubjpass") and c.lower_ in PERSON_PRONOUNS
               for c in verb.children) and \
        not any(c.dep_ in ("aux:pass", "auxpass") or c.lower_ in ("se", "s'", "s’")
                for c in verb.children)


def _opens_on_pronoun(sent: Span, mentions: list[ActorMention]) -> bool:
    """The sentence's first subject is "il"/"elle"/"he"/"she", before any person named."""
    first_person = min((m.start for m in mentions if m.actor.actor_type == "PERSON"
                        and sent.start <= m.start < sent.end), default=sent.end)
    for token in sent:
        if token.i >= first_person:
            return False
        if token.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
            return token.lower_ in PERSON_PRONOUNS
    return False


_LIST_LINKS = {",", "et", "and"}
_OWNER_CASES = {"du", "de", "des", "d'", "d’", "of"}


def _persons_listed_from(first: Actor, verb: Token, actors: SentenceActors) -> list[Actor]:
    """The people listed after the verb from `first` on, each with a title of their own ("l'opposant
    historique Ahmed Néjib Chebbi, le juriste Jawhar Ben Mbarek et la dirigeante du Parti
    destourien libre Abir Moussi"), which parsers rarely read as one coordination."""
    doc, sent, by_token = verb.doc, actors.sent, actors.by_token
    start = next((i for i in range(verb.i + 1, sent.end)
                  if i in by_token and by_token[i].actor == first), None)
    if start is None:
        return []
    found, i = [first], by_token[start].end
    while i < sent.end and doc[i].text in _LIST_LINKS | {"et", "and"}:
        k = i + 1
        while k < sent.end and doc[k].lower_ in _LIST_LINKS:
            k += 1  # ", et"
        steps = 0
        while k < sent.end and steps < 8:
            mention = by_token.get(k)
            if mention is not None and mention.actor.actor_type == "PERSON":
                break
            if mention is not None and doc[k - 1].lower_ in _OWNER_CASES:
                k, steps = mention.end, steps + 1  # "la dirigeante du Parti destourien libre"
                continue
            if mention is not None or doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX") or \
                    doc[k].lower_ in ("qui", "who", "which", "que") or \
                    doc[k].pos_ == "ADP" and doc[k].lower_ not in _OWNER_CASES:
                return found  # ", in the presence of Prime Minister X": no one listed
            k, steps = k + 1, steps + 1
        mention = by_token.get(k)
        if mention is None or mention.actor.actor_type != "PERSON" or mention.actor in found or \
                doc[k - 1].lower_ in _OWNER_CASES:
            return found  # "Ahmed, the brother of Karim Ali": one person, described
        found.append(mention.actor)
        i = mention.end
    return found


# Sending people away: where they were sent is no party ("expelled migrants to Mali and
# Senegal", "a été extradé vers les Etats-Unis", "deported to Venezuela").
_REMOVAL_LEMMAS = {"expel", "deport", "extradite", "expulser", "déporter", "extrader",
                   "refouler", "renvoyer"}
_DESTINATION_CASES = {"to", "vers", "en", "au", "aux", "à"}


def _destination_of_removal(trigger: Trigger, target: Actor | None,
                            actors: SentenceActors) -> bool:
    """The target named only as where the people removed were sent."""
    if target is None or trigger.lemma not in _REMOVAL_LEMMAS:
        return False
    doc = trigger.token.doc
    starts = sorted({m.start for i, m in actors.by_token.items()
                     if m.actor == target and i > trigger.token.i})
    if not starts:
        return False
    words = [doc[i].lower_ for i in range(max(starts[0] - 2, trigger.token.i), starts[0])]
    return bool(words) and (words[-1] in _DESTINATION_CASES or
                            len(words) > 1 and words[-2] in _DESTINATION_CASES and
                            doc[starts[0] - 1].pos_ == "DET")


_ASKING_OF = {"exiger", "réclamer", "demander", "attendre"}


def _asked_of(verb: Token, actors: SentenceActors) -> Actor | None:
    """"Le FMI exige désormais de Dakar qu'il publie sa dette": the one a demand is made of,
    named after "de" right before the "que" clause (read in word order: parsers garble it)."""
    if lemma_of(verb) not in _ASKING_OF:
        return None
    doc, i = verb.doc, verb.i + 1
    while i < actors.sent.end and doc[i].pos_ == "ADV":
        i += 1
    if i >= actors.sent.end or doc[i].lower_ not in ("de", "d'", "d’") or \
            (mention := actors.by_token.get(i + 1)) is None:
        return None
    after = doc[mention.end] if mention.end < actors.sent.end else None
    if after is None or after.lower_ not in ("que", "qu'", "qu’"):
        return None
    return acting_party(mention.actor) or mention.actor  # "de Dakar": its government


def _crosshead(sent: Span) -> bool:
    """"SWITZERLAND OFFERS", "WHO ASKS FOR VIGILANCE": a crosshead in capitals sums up the
    paragraph after it, whose own sentences tell the act. So does an intertitle in plain
    case, a short line of its own with no full stop ("Familles interpellées", "Expelled to
    'point zero'", "Tripoli réclame son extradition")."""
    words = [t for t in sent if t.is_alpha]
    if len(words) >= 2 and all(t.text.isupper() for t in words) and \
            not sent.text.rstrip().endswith((".", "!")):
        return True
    return _intertitle(sent, words)


_INTERTITLE_WORDS = 7  # at most: a longer line with no full stop is a sentence cut in two
_LINE_ENDS = (".", "!", "?", "…", ":", ";", ",", "»", '"', "”", "'", "’", ")")


def _intertitle(sent: Span, words: list[Token]) -> bool:
    doc = sent.doc
    text = doc.text
    start, end = sent.start_char, sent.end_char
    # Between paragraphs: a line of its own with text before and after it (a headline
    # alone, or the copy's first line, is coded).
    alone = text[:start].strip() != "" and text[end:].strip() != "" and \
        "\n" in text[max(0, start - 3):start] and "\n" in text[end:end + 3]
    return alone and 1 <= len(words) <= _INTERTITLE_WORDS and \
        not sent.text.rstrip().endswith(_LINE_ENDS) and sent[0].text[:1].isupper()


def _announced_by(noun: Token, actors: SentenceActors, antecedent: Actor | None, sent: Span,
                  mentions: list[ActorMention]) -> Actor | None:
    """Who announced or ordered a nominal act, a pronoun subject read like a verb's: "He
    ordered the deployment of 1,500 troops", "Il a ordonné le déploiement", "It announced
    the expulsion" stand for the person or the body named before."""
    source = announcer(noun, actors)
    if source is not None:
        return source
    head = announcing_verb(noun)
    if head is None:
        return None
    if antecedent is not None and has_pronoun_subject(head):
        return _subject_before_pronoun(head, actors) or antecedent
    return body_pronoun_antecedent(head, sent, mentions)


def _subject_before_pronoun(verb, actors: SentenceActors) -> Actor | None:
    """"Trump unveiled the tariffs, describing them as duties on partners that he accused
    of ...": a "he"/"il" inside the sentence stands for the person who is the subject
    earlier in it, not for the one the previous sentence named."""
    pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
                    and c.lower_ in PERSON_PRONOUNS), None)
    if pronoun is None:
        return None
    reporter = _reporter_of_pronoun_clause(verb, pronoun, actors)
    if reporter is not None:
        return reporter
    found = None
    for token in actors.sent:
        if token.i >= pronoun.i:
            break
        mention = actors.by_token.get(token.i)
        if mention is not None and mention.actor.actor_type == "PERSON" and \
                token.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
            found = mention.actor
    return found


def _reporter_of_pronoun_clause(verb, pronoun, actors: SentenceActors) -> Actor | None:
    """"Canada's trade minister, Maninder Sidhu, said that he had spoken with": a "he" that
    opens the clause a verb of saying governs is who says it, however the title around his
    name is parsed (the previous sentence's person is further away)."""
    if verb.dep_ != "ccomp":
        return None
    saying = verb.head
    subject = next((c for c in saying.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")),
                   None)
    if subject is None or subject.i > pronoun.i or subject.lower_ in PERSON_PRONOUNS:
        return None
    speaker = read_subject(saying, actors)[0]
    return speaker if speaker is not None and speaker.actor_type == "PERSON" else None


def _office_holder(previous: list[list[Actor]]) -> Actor | None:
    """The first person of the closest of the last few sentences that names any."""
    return next((persons[0] for persons in reversed(previous[-_OFFICE_REACH:]) if persons),
                None)


def code_events(doc: Doc, lang: str, mentions: list[ActorMention], article_id: str,
                published) -> list[Event]:
    """Events in `doc`; one Event per trigger, dated by its sentence or `published`."""
    lang = lang if lang in ("fr", "en") else "en"
    lex = load_lexicon(lang)
    events: list[Event] = []
    sentences = event_sentences(doc)
    mentions = mentions or []
    previous_persons: list[list[Actor]] = []
    for sent_index, sent in enumerate(sentences):
        try:
            # A quote cut into sentences puts the person named before it further back:
            # "De Wever a annoncé ... « Nous avons ... » ... le Premier ministre avait menacé".
            antecedent = pronoun_antecedent(previous_persons)
            found = _sentence_events(sent, sent_index, lang, lex, mentions, article_id,
                                     published, antecedent, _office_holder(previous_persons),
                                     frozenset(e.event_type for e in events))
            aim_threats(found, events)
            events.extend(found)
            persons = persons_in(sent, mentions)
            if antecedent is not None and antecedent not in persons[:1] and \
                    _opens_on_pronoun(sent, mentions):
                # "Il s'est entretenu avec Cho Hyun ... Il a remercié la Corée": a pronoun
                # subject keeps the one it stands for at the centre, before whom he met.
                persons = [antecedent, *(p for p in persons if p != antecedent)]
            previous_persons.append(persons)
        except Exception:  # one odd parse must not lose the article's other events
            previous_persons.append([])
            continue
    _aid_to_focus(events, mentions)
    occasion_days(events, sentences, lang, published)
    return _lead_not_retold(events)


_LEAD_SENTENCES = 1  # a standfirst, or a headline-like first line
_RETELLING_REACH = 3  # sentences after it
# "Canada also froze the assets of two shipping companies": a second act, told as one.
_ANOTHER_ACT = {"also", "again", "aussi", "également", "encore", "de nouveau"}


def _lead_not_retold(events: list[Event]) -> list[Event]:
    """A standfirst's act told again by the lead is one act (eval/README.md, "Standfirst
    events": "a second telling of an act already coded is not coded again"): "Cyprus
    leaders agree new crossings" then "The leaders of Cyprus's two communities agreed on
    Friday to open four new crossing points". Same type, same named source and same target,
    the first telling in the opening sentences and the second right after: the second is
    dropped. A standfirst that named no target is the short telling: it is dropped, and the
    lead's, with its target and its day, kept."""
    firsts = [e for e in events if e.sentence_index < _LEAD_SENTENCES and e.source is not None]
    # A standfirst that left the target out is the lead's act told short: the lead's telling,
    # with its target, is kept ("Le Parlement de Vanuatu a ratifié l'accord Nakamal" then "a
    # ratifié jeudi l'accord Nakamal conclu avec l'Australie").
    told_short = {id(f) for f in firsts if f.target is None and any(
        _retells(e, f) and e.target is not None for e in events)}
    return [e for e in events if id(e) not in told_short and not any(
        _retells(e, f) and f.target == e.target for f in firsts)]


def _retells(event: Event, first: Event) -> bool:
    return event.event_type == first.event_type and event.source == first.source and \
        first.target in (None, event.target) and \
        first.sentence_index < event.sentence_index <= first.sentence_index + _RETELLING_REACH \
        and not _another_act(event.sentence)


def _another_act(sentence: str) -> bool:
    words = f" {sentence.lower()} "
    return any(f" {word} " in words for word in _ANOTHER_ACT)


def _aid_to_focus(events: list[Event], mentions: list[ActorMention]) -> None:
    """Aid told without its receiver goes to the country the story is about: "Australia had
    donated the patrol boat" in a story on Palau, "l'UE a débloqué une aide de 5 millions
    d'euros" in one on Madagascar. The story's country is the one named most, clearly."""
    counts = Counter(m.actor for m in mentions if m.actor.actor_type == "COUNTRY")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return
    focus = ranked[0][0]
    for event in events:
        if event.event_type == "AID" and event.target is None and event.source is not None \
                and event.source != focus and event.source.country_code != focus.country_code \
                and not _relief_agency(event):
            event.target = focus


_LENDING = {"loan", "loans", "credit", "disbursement", "tranche", "financing", "prêt", "prêts",
            "crédit", "décaissement", "financement", "lend", "lent", "prêté"}


# Humanitarian agencies, by words of their canonical names.
_RELIEF_WORDS = ("unicef", "world health organization", "world food programme", "migration",
                 "unhcr", "refugees", "red cross", "red crescent", "doctors without borders",
                 "médecins sans frontières", "ocha", "humanitarian", "save the children",
                 "oxfam", "unrwa", "caritas")


def _relief_agency(event: Event) -> bool:
    """A humanitarian agency's relief goes to people, not to the state ("UNICEF had
    delivered chlorine tablets to the camps", "le PAM a distribué des rations"); a lender's
    or a donor's aid goes to the state ("l'UE a débloqué une aide", "CAF approved a loan")."""
    return _relief_body(event.source) and \
        not any(w.lower() in _LENDING for w in event.verb.split())


def _relief_body(actor: Actor) -> bool:
    """Whether the actor is a humanitarian agency (by words of its canonical name)."""
    name = actor.name.lower()
    return actor.actor_type == "ORGANIZATION" and any(w in name for w in _RELIEF_WORDS)
