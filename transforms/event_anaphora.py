"""Subjects that name no one but point back at someone named before: "the minister",
"le chef de la diplomatie française", "the paramilitary group", "le mouvement islamiste".

Wire copy names a person or group once, then refers to them by office or kind. A
subject phrase headed by such a noun, with no person named inside it, is the person
(or group) the article named last, when what the phrase says is compatible with them
(a title naming France does not point back at a Russian).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.countries import norm
from transforms.event_parties import SentenceActors
from transforms.event_triggers import lemma_of
from transforms.records import Actor, ActorMention

# Head nouns of a person's office ("le ministre", "the spokesman", "la porte-parole").
OFFICE_NOUNS = {"ministre", "président", "présidente", "chef", "cheffe", "porte-parole",
                "secrétaire", "chancelier", "chancelière", "dirigeant", "dirigeante",
                "ambassadeur", "ambassadrice", "envoyé", "émissaire", "commandant", "premier",
                "minister", "president", "chief", "head", "spokesman", "spokeswoman",
                "spokesperson", "secretary", "chancellor", "leader", "envoy", "ambassador",
                "commander"}
# Head nouns of an armed or political movement ("the group", "le mouvement islamiste").
GROUP_NOUNS = {"groupe", "mouvement", "milice", "rebelle", "rebelles", "paramilitaire",
               "paramilitaires", "group", "movement", "militia", "rebels", "paramilitaries",
               "insurgents", "militants"}
# Head nouns of a body or company ("l'ONG", "the agency", "the watchdog", "le constructeur").
BODY_NOUNS = {"ong", "ngo", "organisation", "organization", "agence", "agency", "watchdog",
              "entreprise", "company", "société", "firme", "firm", "constructeur", "carmaker",
              "groupe industriel",
              # firms named by their trade: "the utility", "la compagnie", "l'armateur"
              "compagnie", "utility", "operator", "opérateur", "airline", "carrier", "lender",
              "insurer", "manufacturer", "fabricant", "armateur", "exploitant", "producer",
              "producteur", "miner", "minier", "developer", "contractor"}
# Head nouns of a body that names its kind: "the bank" after "the South African Reserve
# Bank", "le conseil" after "le Conseil national électoral", "the court" after "the
# International Court of Justice". Such a description points back at the body named
# before whose own name holds the same word, and at no other.
NAMED_BODY_HEADS = {"bank", "banque", "council", "conseil", "court", "cour", "tribunal",
                    "commission", "committee", "comité", "ministry", "ministère", "fund",
                    "fonds", "authority", "autorité", "board", "parliament", "parlement",
                    "assembly", "assemblée", "senate", "sénat", "party", "parti", "coalition",
                    "union", "alliance", "bloc", "office", "bureau", "service", "agency",
                    "agence", "regulator", "régulateur",
                    # unions, networks and associations: "le syndicat" after "le Syndicat
                    # slovaque des journalistes", "the network" after "the Citizens' Network"
                    "syndicat", "confédération", "confederation", "fédération", "federation",
                    "network", "réseau", "association", "collectif", "league", "ligue",
                    "foundation", "fondation", "institute", "institut", "observatory",
                    "observatoire", "initiative", "centre", "center", "congress", "congrès",
                    # electoral and trial bodies: "the jury" after "the National Elections Jury"
                    "jury",
                    # "the forum" after "the Pacific Islands Forum", "la mission" after "la
                    # Mission des Nations unies en Centrafrique"
                    "forum", "mission"}
_PLURAL_DETERMINERS = {"les", "des", "ces", "leurs", "ses", "these", "those"}
# "the group", "le groupe": a rights or citizens' group as often as an armed one.
_BARE_GROUP_NOUNS = {"group", "groupe"}
_BODY_REACH = 200  # tokens back: the previous paragraph or two
# "du groupe", "au mouvement": contractions of the definite article.
_DEFINITE = {"the", "le", "la", "l'", "l’", "les", "this", "ce", "cette", "du", "au"}
_POSSESSIVES = {"ses", "son", "sa", "leurs", "leur", "its", "their"}
# Who speaks or fights for a group: "un porte-parole du groupe", "fighters of the group".
_MEMBER_NOUNS = OFFICE_NOUNS | {"combattant", "combattants", "membre", "membres", "fighter",
                                "fighters", "member", "members", "militant"}


def _definite_head(subject: Token) -> str | None:
    """The lemma of a definite common-noun subject ("the minister" -> "minister")."""
    if subject.pos_ != "NOUN" or not any(c.dep_ in ("det", "case") and c.lower_ in _DEFINITE
                                         for c in subject.children):
        return None
    return lemma_of(subject)


def _compatible(antecedent: Actor, named: Actor | None) -> bool:
    """"le chef de la diplomatie française" may be Barrot, not Lavrov: a country or body
    named inside the title must be the antecedent's own."""
    if named is None:
        return True
    return named.country_code is not None and named.country_code == antecedent.country_code


# "la branche sahélienne d'Al-Qaïda", "an Islamic State affiliate", "the armed wing of".
_PARENT_OF_NOUNS = {"branche", "filiale", "affilié", "aile", "émanation", "franchise",
                    "branch", "affiliate", "wing", "offshoot", "arm"}


def _describes_another(mention: ActorMention, group_tokens: set[int], doc) -> bool:
    """"le Groupe de soutien à l'islam et aux musulmans (JNIM), la branche sahélienne
    d'Al-Qaïda", "JNIM, al Qaeda's Sahel affiliate": a group named inside an apposition to
    another group only describes it; "the group" later means the one described."""
    own = set(range(mention.start, mention.end))
    node = doc[mention.start]
    if any(doc[i].head.i not in own and lemma_of(doc[i].head) in _PARENT_OF_NOUNS
           for i in own):
        return True  # the apposition's parse is often broken: its noun says enough
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ == "appos" and node.head.i in group_tokens - own:
            return True
        node = node.head
    return False


def _last_group(mentions: list[ActorMention], before: int, doc) -> Actor | None:
    """The armed group named last before token `before`, not counting the parent
    organisation named in another group's description."""
    groups = [m for m in mentions if m.end <= before and m.actor.actor_type == "GROUP"]
    group_tokens = {i for m in groups for i in range(m.start, m.end)}
    heads = [m for m in groups if not _describes_another(m, group_tokens, doc)]
    chosen = heads or groups
    return chosen[-1].actor if chosen else None


def described_party(subject: Token | None, actors: SentenceActors, person: Actor | None,
                    mentions: list[ActorMention]) -> Actor | None:
    """The party a definite description subject refers to, or None. `person` is the
    person the previous sentences point to; groups are looked up in `mentions` before
    the sentence."""
    if subject is None:
        return None
    if lemma_of(subject) in _MEMBER_NOUNS and subject.pos_ == "NOUN":
        if any(c.lower_ in _POSSESSIVES for c in subject.children):
            # "le groupe jihadiste a annoncé ..., et ses combattants ont incendié": the
            # fighters of the armed group named last, in this sentence or before.
            return _last_group(mentions, subject.i, subject.doc)
        for child in subject.children:
            node = next((c for c in child.children if c.dep_ == "pobj"), child) \
                if child.dep_ == "prep" else child
            if child.dep_ in ("nmod", "prep") and _definite_head(node) in GROUP_NOUNS:
                return described_party(node, actors, person, mentions)
    head = _definite_head(subject)
    if head is None:
        return None
    named = actors.in_title_phrase(subject)
    if named is not None and named.actor_type == "PERSON":
        return None  # "the minister, Jean-Noël Barrot": the name is already there
    if head in OFFICE_NOUNS and person is not None and _compatible(person, named):
        return person
    if head in BODY_NOUNS and named is None and subject.tag_ != "NNS" and \
            not any(c.lower_ in _PLURAL_DETERMINERS for c in subject.children):
        # "L'ONG a déploré", "the agency said": the organisation named last before ("les
        # organisations de défense des droits humains" are others, unnamed).
        bodies = _bodies_within_reach(subject, mentions, ("ORGANIZATION",))
        return bodies[-1].actor if bodies else None
    if head in GROUP_NOUNS and named is None:
        if head in _BARE_GROUP_NOUNS and not any(
                m.actor.actor_type == "GROUP" for m in _bodies_within_reach(
                    subject, mentions, ("GROUP",))):
            # "according to the NGO Alarme Phone Sahara. The group accused Algeria": with no
            # armed group named in the last paragraph or two, "the group" is the body (a
            # rights or citizens' group) named last.
            bodies = _bodies_within_reach(subject, mentions, ("ORGANIZATION",))
            if bodies and subject.tag_ != "NNS" and not any(
                    c.lower_ in _PLURAL_DETERMINERS for c in subject.children):
                return bodies[-1].actor
        return _last_group(mentions, actors.sent.start, subject.doc)
    if head in NAMED_BODY_HEADS and named is None:
        return _body_named_with(head, subject, mentions)
    return None


def _body_named_with(head: str, subject: Token, mentions: list[ActorMention]) -> Actor | None:
    """The body named last before `subject` (within the previous paragraph or two) whose
    name holds `head` as a word: "urged the bank to cut rates" after "the South African
    Reserve Bank". None when no such body is named, or the description is plural or owned
    ("the bank's", "its council")."""
    if subject.tag_ in ("NNS", "NNPS") or subject.morph.get("Number") == ["Plur"] or \
            any(c.lower_ in _PLURAL_DETERMINERS | _POSSESSIVES for c in subject.children):
        return None
    word = f" {norm(head)} "

    def holds_word(mention: ActorMention) -> bool:
        return word in f" {norm(mention.actor.name)} {norm(mention.mention_text)} "

    bodies = _bodies_within_reach(subject, mentions, ("ORGANIZATION", "GROUP"))
    for mention in sorted(bodies, key=lambda m: m.start, reverse=True):
        if holds_word(mention):
            return mention.actor
    # Named further back: "the court" in a story that named one court, in its lead, five
    # paragraphs before. Only when the story so far named a single such body; with two
    # ("the Supreme Court", "the Constitutional Court") the description is no one's.
    earlier = {m.actor for m in mentions if m.end <= subject.i and
               m.actor.actor_type in ("ORGANIZATION", "GROUP") and holds_word(m)}
    return earlier.pop() if len(earlier) == 1 else None


def _bodies_within_reach(subject: Token, mentions: list[ActorMention],
                         types: tuple[str, ...]) -> list[ActorMention]:
    """Mentions of `types` that end before `subject` and start within the reach back."""
    return [m for m in mentions if m.end <= subject.i and
            m.start >= subject.i - _BODY_REACH and m.actor.actor_type in types]


# "the two leaders met", "les deux ministres ont signé", "both presidents": the pair named
# just before.
_PAIR_NOUNS = OFFICE_NOUNS | {"homme", "hommes", "man", "men", "dirigeants", "leaders",
                              "ministres", "ministers", "présidents", "presidents"}
_TWO = {"two", "deux", "both"}
_PAIR_REACH = 120  # tokens back: the previous paragraph at most


def _bare_two(subject: Token) -> bool:
    """"the two agreed", "les deux ont convenu": the number alone, with its article."""
    return subject.pos_ in ("NUM", "PRON") and subject.lower_ in ("two", "deux") and \
        any(c.dep_ == "det" and c.lower_ in ("the", "les") for c in subject.children)


def described_pair(subject: Token | None, mentions: list[ActorMention],
                   sent_start: int) -> list[Actor]:
    """The two people "the two leaders" refers to, in the order they were named, or [].
    They are named before the phrase, in the sentences before or earlier in its own ("spoke
    with Takaichi ... and the two leaders agreed", "met Cho, and the two agreed")."""
    if subject is None:
        return []
    if not _bare_two(subject):
        if subject.pos_ != "NOUN" or \
                (lemma_of(subject) not in _PAIR_NOUNS and subject.lower_ not in _PAIR_NOUNS):
            return []
        if not any(c.lower_ in _TWO and c.dep_ in ("nummod", "det", "predet", "amod")
                   for c in subject.children):
            return []
    recent: list[Actor] = []
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        if mention.end > subject.i or mention.start < sent_start - _PAIR_REACH:
            continue
        if mention.actor.actor_type == "PERSON" and mention.actor not in recent:
            recent.append(mention.actor)
        if len(recent) == 2:
            return recent[::-1]
    return []


# "the two sides", "les deux parties", "the two capitals": states, or bodies of no one state
# (the EU, the UN), not the firms or people named in between.
_PARTY_NOUNS = {"side", "sides", "party", "parties", "partie", "camp", "camps"}
# ... "the two countries" are never the two envoys.
_STATE_NOUNS = {"capital", "capitals", "capitale", "capitales", "country", "countries", "pays",
                "government", "governments", "gouvernement", "gouvernements"}
_SIDE_NOUNS = _PARTY_NOUNS | _STATE_NOUNS


def _side(actor: Actor) -> bool:
    return actor.actor_type == "COUNTRY" or (actor.actor_type == "ORGANIZATION" and
                                             actor.country_code is None)


_OBJECT_PRONOUNS = {"him", "her"}
_OBJECT_REACH = 80  # tokens back: this sentence and the one before


def pronoun_object_person(verb: Token, source: Actor | None,
                          mentions: list[ActorMention]) -> Actor | None:
    """"Orban ... has built his campaign on ... Trump endorsed him": the person named last
    before a "him"/"her" object, other than the one acting. English only: a French "le/la"
    before the verb is as often a thing as a person."""
    pronoun = next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                    and c.lower_ in _OBJECT_PRONOUNS and c.tag_ == "PRP"), None) or \
        _asked_clitic(verb)
    if pronoun is None:
        return None
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        if mention.end > pronoun.i or mention.start < pronoun.i - _OBJECT_REACH:
            continue
        if mention.actor.actor_type == "PERSON" and mention.actor != source:
            return mention.actor
    return None


# French object clitics. "le/la" alone is as often a thing, but one asked or accused of
# doing something ("l'a exhorté à cesser", "l'a accusé d'avoir menti") and "lui" ("lui a
# demandé de") stand for someone.
_SINGULAR_CLITICS = {"l'", "l’", "le", "la"}
_DATIVE_CLITICS = {"lui"}


def _asked_clitic(verb: Token) -> Token | None:
    """The clitic before a French verb that asks or accuses someone: "l'a exhorté à cesser
    les frappes", "lui a demandé de retirer ses troupes"."""
    infinitive = any(c.dep_ in ("xcomp", "advcl", "ccomp") and
                     "Inf" in c.morph.get("VerbForm") and
                     any(m.lower_ in ("à", "de", "d'", "d’") for m in c.children
                         if m.dep_ in ("mark", "case"))
                     for c in verb.children)
    for child in verb.children:
        if child.i > verb.i or child.pos_ != "PRON":
            continue
        if child.lower_ in _DATIVE_CLITICS and child.dep_ in ("iobj", "obj", "obl:arg"):
            return child
        if child.lower_ in _SINGULAR_CLITICS and child.dep_ == "obj" and infinitive:
            return child
    return None


def pronoun_object_of_conjunct(verb: Token, actors: SentenceActors) -> Actor | None:
    """"met Sudanese officials in Port Sudan and urged them to reopen the crossing": a
    "them" object of a conjoined verb is the first verb's object (Sudan), not a name in
    what it was urged to do."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or not any(
            c.dep_ == "dobj" and c.lower_ == "them" for c in verb.children):
        return None
    first_object = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return actors.of(first_object) if first_object is not None else None


# "seized the city", "ont pris la ville", "shelled the town": the place named before.
PLACE_NOUNS = {"city", "town", "village", "ville", "localité", "cité", "capital",
               "capitale", "port", "camp"}
_PLACE_REACH = 150
_PLACE_ACTS = {"COERCE", "ASSAULT"}


def described_place(verb: Token, event_type: str, mentions: list[ActorMention]) -> Actor | None:
    """The place a definite "the city"/"la ville" object of a seizure or a strike points back
    at: the place named last before it ("who have fled El Fasher since the RSF seized the
    city"). A country is no city: only LOCATION actors."""
    if event_type not in _PLACE_ACTS:
        return None
    place_noun = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "obl:arg")
                       and lemma_of(c) in PLACE_NOUNS and _definite_head(c)
                       and not any(g.dep_ in ("poss", "nmod", "prep", "amod", "compound")
                                   and g.pos_ in ("PROPN", "ADJ", "ADP") for g in c.children)),
                      None)
    if place_noun is None:
        return None
    places = [m for m in mentions if m.end <= place_noun.i and
              m.start >= place_noun.i - _PLACE_REACH and m.actor.actor_type == "LOCATION"]
    return places[-1].actor if places else None


# Cross-sentence links: who a pronoun subject is (moved from event_parties.py).
def persons_in(sent: Span, mentions: list[ActorMention]) -> list[Actor]:
    found: list[Actor] = []
    for m in mentions:
        if m.actor.actor_type == "PERSON" and sent.start <= m.start < sent.end \
                and m.actor not in found:
            found.append(m.actor)
    return found


def pronoun_antecedent(previous: list[list[Actor]]) -> Actor | None:
    """The person a pronoun subject refers to: in the closest of the last two sentences
    that names any, the person named first (wire copy opens a sentence with who acted:
    "Barrot a rencontré Zelensky et Sybiha. Il a annoncé ...")."""
    for persons in reversed(previous[-2:]):
        if persons:
            return persons[0]
    return None


# "recalled its ambassadors to the three European countries", "les deux pays": the countries
# named last, as many as the number says.
_COUNTRY_NOUNS = {"country", "countries", "power", "powers", "nation", "nations", "pays",
                  "puissance", "puissances", "capitale", "capitales", "capitals",
                  "governments", "gouvernements"}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "deux": 2, "trois": 3, "quatre": 4,
            "cinq": 5, "2": 2, "3": 3, "4": 4, "5": 5, "both": 2}
_COUNTRIES_REACH = 250
_COUNTRY_STEMS = ("countr", "power", "nation", "pays", "puissance", "capital", "govern",
                  "gouvern")
# "the three countries" (nummod), "both governments" (det/predet)
_COUNT_DEPS = ("nummod", "det", "predet", "preconj")


def _text_from(token: Token, length: int) -> str:
    """doc.text[token.idx:token.idx + length], read off the few tokens it covers: doc.text
    joins every token of the article again on each call (about 1 ms per article here)."""
    parts: list[str] = []
    size = 0
    for tok in token.doc[token.i:]:
        parts.append(tok.text_with_ws)
        size += len(tok.text_with_ws)
        if size >= length:
            break
    return "".join(parts)[:length]


def described_countries(verb: Token, source: Actor | None,
                        mentions: list[ActorMention]) -> list[Actor]:
    """The countries "the three European countries" below `verb` (not its subject) refers
    to: the last N distinct countries named before, other than the source; [] when fewer."""
    after = _text_from(verb, 300).lower()
    if not any(word in after for word in _COUNTRY_STEMS):
        return []  # a string test first: this runs for every verb left without a target
    # Not inside a verb joined to this one: "welcomed the judgment and urged both
    # governments to respect it" welcomed no government.
    joined = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              for t in c.subtree}
    noun = next((t for t in verb.subtree if t.i > verb.i and t.pos_ == "NOUN" and
                 t.i not in joined and
                 t.lower_ in _COUNTRY_NOUNS and t.dep_ not in ("nsubj", "nsubjpass")
                 and any(c.lower_ in _NUMBERS and c.dep_ in _COUNT_DEPS for c in t.children)),
                None)
    if noun is None:
        return []
    count = next(_NUMBERS[c.lower_] for c in noun.children if c.lower_ in _NUMBERS)
    named: list[Actor] = []
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        if mention.end > noun.i or mention.start < noun.i - _COUNTRIES_REACH:
            continue
        actor = mention.actor
        if actor.actor_type == "COUNTRY" and actor != source and actor not in named:
            named.append(actor)
        if len(named) == count:
            return named[::-1]
    return []


# "The WHO said it was concerned ... It urged countries", "Observers from the OSCE said ...
# They also criticised", "U.S. Africa Command said it had carried out airstrikes": a body or
# a state as "it"/"they". Persons are pronoun_antecedent's; these pronouns are read only
# when no person is.
_BODY_PRONOUNS = {"it", "they", "il", "elle", "ils", "elles"}
_SAYING_DEPS = {"ccomp", "conj", "parataxis"}


def _pronoun_subject(verb: Token) -> Token | None:
    token = verb
    for _ in range(3):
        for child in token.children:
            if child.dep_ in ("nsubjpass", "nsubj:pass"):
                return None  # "said it had been consulted": acted on, not acting
            if child.dep_ == "nsubj":
                return child if child.lower_ in _BODY_PRONOUNS and child.pos_ == "PRON" \
                    else None
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _subject_party(verb: Token, mentions_at: dict[int, ActorMention],
                   persons: bool) -> Actor | None:
    """The actor the subject phrase of `verb` names ("Observers from the OSCE" -> OSCE)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")),
                   None)
    if subject is None:
        return None
    for token in subject.subtree:
        mention = mentions_at.get(token.i)
        if mention is None or mention.actor.actor_type == "LOCATION":
            continue
        if mention.actor.actor_type == "PERSON" and not persons:
            continue
        return mention.actor
    return None


def _governing_subject(relative: Token, mentions_at: dict[int, ActorMention]) -> Actor | None:
    """The named subject of the verb whose object or phrase holds the noun a relative clause
    is on ("imposed sanctions on companies [that it accuses]" -> who imposed them)."""
    node = relative.head
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return _subject_party(node, mentions_at, persons=False)
    return None


def body_pronoun_antecedent(verb: Token, sent: Span,
                            mentions: list[ActorMention]) -> Actor | None:
    """The body or state an "it"/"they" subject of `verb` stands for: the named subject of
    the verb of saying the clause hangs on, else the named subject of the sentence before."""
    pronoun = _pronoun_subject(verb)
    if pronoun is None:
        return None
    doc = verb.doc
    mentions_at = {i: m for m in mentions
                   if m.end > sent.start - 80 and m.start < sent.end
                   for i in range(m.start, m.end)}
    node = pronoun.head
    if node.dep_ in ("relcl", "acl:relcl") and pronoun.lower_ in ("it", "they"):
        # "imposed sanctions on 17 companies that it accuses of supplying drones": the body
        # acting in the clause the relative hangs on, not a name inside the noun phrase.
        party = _governing_subject(node, mentions_at)
        if party is not None:
            return party
    for _ in range(3):  # "U.S. Africa Command said it had carried out ..."
        if node.dep_ not in _SAYING_DEPS or node.head.i == node.i:
            break
        node = node.head
        party = _subject_party(node, mentions_at, persons=True)
        if party is not None:
            return party
    if node.i != node.head.i or sent.start == 0 or pronoun.i - sent.start > 3:
        return None  # only a pronoun opening its own sentence looks back
    previous = doc[sent.start - 1].sent
    return _subject_party(previous.root, mentions_at, persons=False)


# "Its troops then shelled", "Their jets struck", "Ses soldats ont riposté": a state's or a
# body's own forces, opening the sentence, owned by the body or state the sentence before
# told as acting or speaking.
_FORCE_NOUNS = {"troops", "forces", "force", "army", "soldiers", "navy", "jets", "warplanes",
                "drones", "fighters", "police", "units", "artillery", "gunboats", "ships",
                "troupes", "soldats", "armée", "avions", "militaires", "navires", "unités",
                "policiers"}
_OWNER_WORDS = {"its", "their", "ses", "leurs", "sa", "son"}


def owned_forces(subject: Token | None, sent: Span,
                 mentions: list[ActorMention]) -> Actor | None:
    """The body or state whose forces "Its troops" opening `sent` are: the named subject of
    the sentence before (not a person: "his troops" are the people's own, read elsewhere)."""
    if subject is None or subject.lower_ not in _FORCE_NOUNS or sent.start == 0 or \
            subject.i - sent.start > 2 or \
            not any(c.lower_ in _OWNER_WORDS and c.i < subject.i for c in subject.children):
        return None
    mentions_at = {i: m for m in mentions if m.end > sent.start - 80 and m.start < sent.start
                   for i in range(m.start, m.end)}
    previous = subject.doc[sent.start - 1].sent
    return _subject_party(previous.root, mentions_at, persons=False)


def _distinct(actors: list[Actor]) -> list[Actor]:
    return [a for i, a in enumerate(actors) if a not in actors[:i]]


def described_sides(subject: Token | None, mentions: list[ActorMention],
                    sent_start: int) -> list[Actor]:
    """The two parties "the two sides", "les deux parties", "the two capitals" refers to:
    the first two states or bodies of the sentence before, else the two people it named first
    (envoys who negotiated), else the last two states or bodies named within a paragraph."""
    if subject is None or subject.pos_ != "NOUN" or \
            not {lemma_of(subject), subject.lower_} & _SIDE_NOUNS or \
            not any(c.lower_ in _TWO and c.dep_ in ("nummod", "det", "predet", "amod")
                    for c in subject.children):
        return []
    doc = subject.doc
    previous_start = doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
    before = sorted((m for m in mentions if m.end <= sent_start and
                     m.start >= sent_start - _PAIR_REACH), key=lambda m: m.start)
    last = [m.actor for m in before if m.start >= previous_start]
    sides = _distinct([a for a in last if _side(a)])
    if len(sides) >= 2:
        return sides[:2]  # "L'UE et la Corée du Sud ont signé ..., après le Japon"
    persons = _distinct([a for a in last if a.actor_type == "PERSON"])
    if len(persons) >= 2 and {lemma_of(subject), subject.lower_} & _PARTY_NOUNS:
        return persons[:2]
    sides = _distinct([m.actor for m in reversed(before) if _side(m.actor)])
    return sides[:2][::-1] if len(sides) >= 2 else []
