"""An arms purchase told in a phrase: a contract, an order, a sale or a purchase whose object
is military hardware ("signed a $3.6 billion contract ... for two submarines", "la vente
d'hélicoptères militaires", "Hanoi has bought most of its military equipment from Russia"),
and arms made ("Russia now produces more than 2,500 drones a month", "fabriquer des obus").

The defence industry's own words ("arms deal", "defence contractor") are in the taxonomy;
a procurement story often names neither, only the buying word and the hardware, each of
which alone says little ("contract" is any firm's, "submarines" any navy's). Read together
on spaCy's parse -- the hardware noun hangs, within a few heads, on the buying word -- they
are a DEFENSE_INDUSTRY hit (transforms/themes.py).
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.theme_terms import fold

THEME = "DEFENSE_INDUSTRY"
TERM = {"en": "arms purchase", "fr": "achat d'armement"}
WEIGHT = 3
# Lemmas (folded) of the words of buying and selling.
BUYING = {
    "en": frozenset({"contract", "deal", "order", "purchase", "buy", "acquire", "acquisition",
                     "sale", "sell", "procure", "procurement",
                     "produce", "manufacture", "assemble", "build"}),
    "fr": frozenset({"contrat", "commande", "achat", "acheter", "acquerir", "acquisition",
                     "vente", "vendre", "produire", "fabriquer", "assembler", "construire"}),
}
# ...that buy only as nouns: the verbs command ("ordered an investigation by his fighters",
# "the destroyer had been ordered to move"; "commander des troupes").
NOUN_ONLY = frozenset({"order", "commande"})
# Lemmas (folded) of military hardware ("fighter" is a combatant as often as a jet: "fighter
# jet" below).
HARDWARE = {
    "en": frozenset({"submarine", "frigate", "corvette", "warship", "destroyer", "warplane",
                     "helicopter", "tank", "howitzer", "munition", "ammunition",
                     "weapon", "armament", "missile", "interceptor", "drone", "rifle"}),
    "fr": frozenset({"sous-marin", "fregate", "corvette", "chasseur", "helicoptere", "char",
                     "obusier", "obus", "munition", "arme", "armement", "missile", "intercepteur",
                     "drone", "fusil", "blinde", "patrouilleur"}),
}
# ...and hardware named by two words, the noun and its qualifier (folded lemmas).
QUALIFIED = {
    "en": {"equipment": frozenset({"military", "defence", "defense"}),
           "aircraft": frozenset({"military", "combat"}),
           "jet": frozenset({"fighter", "combat"}),
           "vehicle": frozenset({"armoured", "armored"}),
           "system": frozenset({"missile", "air-defence", "air-defense"}),
           "shell": frozenset({"artillery", "155mm", "howitzer"})},
    "fr": {"equipement": frozenset({"militaire"}),
           "avion": frozenset({"combat", "militaire"}),
           "vehicule": frozenset({"blinde"}),
           "navire": frozenset({"guerre"})},
}
HEADS = 4  # how far up the parse the buying word may be (prepositions count as a step)


# A bomb of a nuclear programme ("could build a nuclear weapon", "fabriquer l'arme atomique")
# is NUCLEAR's story, not an industry's.
NUCLEAR = frozenset({"nuclear", "nucleaire", "atomique", "atomic"})


# Words before a hardware noun that make it civilian: a water or fuel tank, a think tank, a
# delivery or camera drone, a rescue helicopter ("build water tanks in the camps").
CIVILIAN = frozenset({"water", "fuel", "oil", "gas", "storage", "septic", "fish", "think",
                      "delivery", "camera", "agricultural", "rescue", "medical", "ambulance",
                      "eau", "carburant", "reflexion", "livraison", "sauvetage"})


def _is_hardware(token, lang: str) -> bool:
    if any(fold(child.lemma_) in NUCLEAR or fold(child.text) in NUCLEAR
           for child in token.children):
        return False
    if any(fold(child.lemma_) in CIVILIAN or fold(child.text) in CIVILIAN
           for child in token.children if child.dep_ in _MODIFIERS):
        return False
    lemma = fold(token.lemma_)
    if lemma in HARDWARE[lang] or fold(token.text) in HARDWARE[lang]:  # "obus": lemma "obu"
        return True
    qualifiers = QUALIFIED[lang].get(lemma)
    return bool(qualifiers) and any(fold(child.lemma_) in qualifiers for child in token.subtree)


def purchase_tokens(doc: Doc, lang: str) -> list[int]:
    """Indices of hardware nouns bought or sold in ``doc``: one per sentence at most."""
    buying = BUYING.get(lang)
    if not buying:
        return []
    found: list[int] = []
    told: set[int] = set()
    for token in doc:
        if (token.pos_ not in ("NOUN", "PROPN") and token.dep_ not in _NOMINAL) \
                or not _is_hardware(token, lang):
            continue
        sentence = token.sent.start
        if sentence in told:
            continue
        head, steps = token, 0
        while head.head.i != head.i and steps < HEADS:
            head, steps = head.head, steps + 1
            if _buys(head, buying) or (head.pos_ == "VERB" and any(
                    child.dep_ in _OBJECTS and _buys(child, buying) for child in head.children)):
                found.append(token.i)
                told.add(sentence)
                break
    return found


# How a qualifier hangs on its noun: "water tanks" (compound), "camera drones", "réservoirs
# d'eau" / "drones de livraison" (nmod), "hélicoptère médical" (amod).
_MODIFIERS = frozenset({"compound", "amod", "nmod", "nmod:poss", "npadvmod"})
# Roles of a noun, for a plural the tagger reads as a verb ("produces 300 attack drones").
_NOMINAL = frozenset({"dobj", "obj", "pobj", "nsubj", "nsubjpass", "conj", "appos"})
# A verb whose object is the buying word ("signed a contract with a Swedish yard for three
# frigates", where the parse hangs the frigates on the yard): the hardware is what it buys.
_OBJECTS = frozenset({"dobj", "obj"})


def _buys(token, buying: frozenset[str]) -> bool:
    lemma = fold(token.lemma_)
    return lemma in buying and (lemma not in NOUN_ONLY or token.pos_ == "NOUN")
