"""A raid by the police: a search of premises, not an armed attack (English).

"Raid" is a word of war ("an overnight raid on the village killed 38 civilians") and of law
enforcement ("police raided 14 addresses", "arrested 41 people in raids against the network",
"immigration raids", "prosecutors raided the plant"). A reader tells the two apart by who raids
and what comes of it: police, officers, investigators, prosecutors or customs agents raid, and
suspects are arrested, detained or seized in the raids. Such a raid tells no ARMED_CONFLICT (the
arrests and the seizures tell the crime story in their own words). Read on the parse:

* the verb "raid" whose subject is one of the law's agents (POLICE), or
* a raid on premises searched ("raided three laboratories", "a raid on a warehouse"), or
* the noun "raid" named by them or by its purpose ("a police raid", "immigration raids", "drug
  raids"), told against a ring or a network ("raids against a smuggling network"), or as where an
  arrest or a seizure happened ("were detained in raids in six countries", "seized in the raids"), or
* "the raids", "these raids" after such a raid: the same raids, told again.

Gunmen, fighters or militants who raid a village, a camp or a compound still tell a war.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

THEME = "ARMED_CONFLICT"
# The law's agents (lemmas, lowercased), and the words naming a raid by its purpose.
POLICE = frozenset({"police", "policeman", "policemen", "officer", "agent", "investigator",
                    "prosecutor", "detective", "gendarme", "customs", "immigration", "anti-drug",
                    "narcotics"})
# What is done to people and goods in a police raid.
LAW_VERBS = frozenset({"arrest", "detain", "seize", "confiscate", "charge", "question"})
# A raid told against its target: a ring, a gang, a network.
TARGETS = frozenset({"network", "ring", "gang", "cartel", "syndicate"})
# Premises searched: a laboratory, a warehouse, an office (the raided object, or "raid on").
PREMISES = frozenset({"laboratory", "lab", "warehouse", "address", "office", "premises",
                      "workshop", "brothel", "casino"})
# Words that point back to raids told before ("the raids", "these raids").
_BACK = frozenset({"the", "these", "those", "such"})


def _agent(token: Token) -> bool:
    return token.lemma_.lower() in POLICE or token.lower_ in POLICE


def _premises(token: Token) -> bool:
    """``token`` (a raid verb or noun) names premises as what is raided."""
    objects = [child for child in token.children if child.dep_ == "dobj"]
    objects += [grand for child in token.children if child.dep_ == "prep" and child.lower_ == "on"
                for grand in child.children if grand.dep_ == "pobj"]
    return any(item.lemma_.lower() in PREMISES for item in objects)


def _police_raid(token: Token) -> bool:
    if _premises(token):
        return True
    if token.pos_ == "VERB":
        subjects = [child for child in token.children if child.dep_ in ("nsubj", "agent")]
        subjects += [grand for child in token.children if child.dep_ == "agent"
                     for grand in child.children if grand.dep_ == "pobj"]
        return any(_agent(subject) or any(_agent(part) for part in subject.children
                                          if part.dep_ == "compound")
                   for subject in subjects)
    if any(child.dep_ in ("compound", "amod", "nmod") and _agent(child) for child in token.children):
        return True
    if any(child.dep_ == "prep" and child.lower_ == "against"
           and any(grand.lemma_.lower() in TARGETS for grand in child.subtree)
           for child in token.children):
        return True
    head = token.head
    return (token.dep_ == "pobj" and head.lower_ in ("in", "during")
            and head.head.lemma_.lower() in LAW_VERBS)


def police_raids(doc: Doc, lang: str) -> set[int]:
    """Doc indices of the raid words of ``doc`` that tell a police raid."""
    if lang != "en":
        return set()
    found: set[int] = set()
    for token in doc:
        if token.lemma_.lower() != "raid":
            continue
        # "The raids bring to 14 the number of sites": the police raids told before.
        if _police_raid(token) or (found and token.pos_ == "NOUN" and any(
                child.dep_ == "det" and child.lower_ in _BACK for child in token.children)):
            found.add(token.i)
    return found
