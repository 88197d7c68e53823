"""How far an event verb reaches for its target: not into a clause of its own.

Split from transforms/event_parties.py (the fallback that takes the first actor after
the trigger). Full-length wire sentences chain clauses: "plaide pour un fonds commun,
une idée à laquelle l'Allemagne reste réticente", "called for a road map, but his
government has faced criticism for authorising Petrobras", "a réclamé un financement
d'urgence: le plan d'aide pour le Soudan n'est financé qu'à 25 %". An actor in a
relative clause, or in a clause with a subject of its own, is that clause's party, not
the party acted on by the trigger. Who reports the event ("selon le parquet (Pnaco)",
"according to the Kenya National Commission on Human Rights") is no party at all, nor
is whom an infinitive of purpose names ("hosted leaders to discuss aid for Moldova") or a
side clause after a comma ("..., saying", "..., tandis que", "..., despite").
"""
from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj", "csubj:pass", "expl", "expl:subj"}
# Clause links below a trigger; a relative clause is always another clause, the others
# only when they have a subject of their own ("accused Kyiv of shelling Donetsk" has none).
_RELATIVE = {"relcl", "acl:relcl"}
_CLAUSES = {"advcl", "ccomp", "parataxis", "conj", "csubj", "acl"}
_INFORMANT_CASES = {"selon", "d'après", "d’après", "according"}
_CLAUSE_TOP = _RELATIVE | _CLAUSES | {"ROOT", "xcomp"}


# "executed a man accused of spying for Israel": what a person is suspected of is no act on
# the parties named in it.
_SUSPECTED = {"accuse", "suspect", "allege", "accuser", "soupçonner", "suspecter", "accusé",
              "soupçonné", "suspecté", "présumé"}


def _own_clause(node: Token) -> bool:
    if node.dep_ in _RELATIVE or node.dep_ == "acl" and node.lemma_.lower() in _SUSPECTED:
        return True
    return node.dep_ in _CLAUSES and node.pos_ in ("VERB", "AUX") and \
        any(c.dep_ in _SUBJECTS for c in node.children)


def in_side_clause(token: Token, trigger: Token, complements: bool = True) -> bool:
    """`token` sits below `trigger` inside a relative clause or a clause with its own
    subject. Tokens not below the trigger are not judged here (False). Without
    `complements`, only relative clauses and asides count: a request or a threat acts on
    the subject of its complement ("demanded that Israel withdraw", "a exigé qu'Israël se
    retire")."""
    node, boundary = token, False
    for _ in range(40):  # a parse is a tree; the bound only guards against bad input
        if node.i == trigger.i:
            return boundary
        if not complements:
            boundary = boundary or node.dep_ in _RELATIVE | {"parataxis"}
        elif node.dep_ in _SUBJECTS and node.head.i != trigger.i or _own_clause(node):
            boundary = True  # the subject of another verb, or a clause of its own
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def informant(token: Token, strict: bool = False) -> bool:
    """"selon le parquet national anticriminalité organisée (Pnaco)", "according to
    police": the actor names who reports, wherever the parser hung the name inside that
    phrase. Unless `strict` (looking for a target), an informant that acts in its own
    relative clause is kept for that clause."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.dep_ in _CLAUSE_TOP or node.head.i == node.i:
            return False  # the clause's verb: "according to" hung on it qualifies it all
        if node.dep_ == "conj" and _after_comma(node) and _subjectless_root(node):
            # "Selon une source proche du dossier, la directrice du FMI, Kristalina
            # Georgieva, avait reçu": the sentence's subject hung on the attribution.
            return False
        if node.lower_ in _INFORMANT_CASES or any(
                c.dep_ in ("case", "prep") and c.lower_ in _INFORMANT_CASES
                for c in node.children):
            # "selon la police belge, qui a fait usage de canons à eau": the informant also
            # acts, in its relative clause, and must stay findable there.
            return strict or not any(c.dep_ in _RELATIVE for c in node.children)
        node = node.head
    return False


def _after_comma(token: Token) -> bool:
    first = next((t for t in token.subtree if not t.is_punct), token)
    return first.i > 0 and token.doc[first.i - 1].text == ","


def _subjectless_root(token: Token) -> bool:
    root = token.sent.root
    return root.pos_ in ("VERB", "AUX") and root.i > token.i and \
        not any(c.dep_ in _SUBJECTS for c in root.children)


# "hosted European leaders to discuss guarantees for Ukraine", "a lancé un appel pour lutter
# contre le choléra au Soudan": what an act is for names no one it acted on.
_PURPOSE_MARKS = {"to", "pour", "afin", "in order"}
_PURPOSE_DEPS = {"advcl", "xcomp", "acl", "ccomp", "relcl", "acl:relcl"}


def purpose_infinitive(verb: Token) -> bool:
    """"to discuss", "pour lutter", "afin de": an infinitive clause of purpose."""
    return verb.dep_ in _PURPOSE_DEPS and verb.pos_ in ("VERB", "AUX") and \
        ("Inf" in verb.morph.get("VerbForm") or verb.tag_ == "VB") and any(
            c.lower_ in _PURPOSE_MARKS and c.dep_ in ("mark", "aux", "case")
            for c in verb.children)


def in_purpose_clause(token: Token, trigger: Token) -> bool:
    """`token` sits below `trigger` in an infinitive of purpose, and is not its subject
    ("for Russia to withdraw")."""
    node = token
    for _ in range(40):  # a parse is a tree; the bound only guards against bad input
        if node.i == trigger.i or node.head.i == node.i:
            return False
        if purpose_infinitive(node) and not (token.dep_ in _SUBJECTS and
                                             token.head.i == node.i):
            return any(t.i == trigger.i for t in node.ancestors)
        node = node.head
    return False


# A comma then one of these opens a clause of contrast or concession: its actors are no
# party to the verb before it.
CONTRAST_OPENERS = {"tandis", "alors", "malgré", "whereas", "while", "despite", "although",
                    "though", "bien", "même"}
# Not "but"/"mais": "his application had been rejected, but he could not be deported
# because of the situation in Syria" then loses its only party and the event (dev).


def side_clause_start(doc, i: int) -> bool:
    """A comma then a present participle ("..., estimant que", "..., saying") or a word of
    contrast ("..., tandis que", "..., despite"): a side clause whose actors are not the
    ones acted on."""
    token = doc[i]
    if i == 0 or doc[i - 1].text not in (",", ";"):
        return False
    if token.lower_ in CONTRAST_OPENERS:
        return True  # "..., tandis que le M23 a attaqué", "..., malgré l'interdiction"
    if token.lower_ == "with" and any(c.tag_ == "VBG" and any(g.dep_ in ("nsubj", "nsubjpass")
                                                              for g in c.children)
                                      for c in token.children):
        # "..., with spokesman Dmitry Peskov accusing the alliance of": an absolute clause,
        # its own act by its own subject, who is not the one acted on.
        return True
    return token.tag_ == "VBG" or ("Part" in token.morph.get("VerbForm")
                                   and "Pres" in token.morph.get("Tense"))
