"""A crowd counted and gathered: a protest told by its turnout, read on the parse.

French copy tells a demonstration by the crowd's size and what it did, often without the
taxonomy's protest words: "Plusieurs centaines de partisans se sont rassemblés devant le
siège", "L'association a rassemblé jeudi plusieurs centaines de personnes devant le palais",
"Des centaines d'habitants ont marché dans les rues", "Quelque 5 000 personnes ont défilé".
The verb alone ("se rassembler", "manifester") is a specific word and often the paragraph's
only one, so a one-paragraph protest in a 300-500-word story fell under the length bar, or
its sentence read as a context line. A crowd -- hundreds, thousands, a crowd, a counted
number of people -- that is the subject or the object of a verb of gathering or marching is
the strong evidence the phrase "descendre dans la rue" is.

Readable sets: the construction is in 4 French stories (dev28, dev32, dev40, dev44) whose
annotators tagged PROTEST and the extractor missed it.

English copy tells it the same way ("Several hundred of them rallied outside the governorate",
"About 5,000 farmers protested outside parliament", "Tens of thousands marched on the palace"):
a crowd -- hundreds, thousands, a crowd, a counted number of people -- that is the
subject of a verb of protest (rally, march, demonstrate, protest, picket) is the strong phrase
"mass demonstration". Not "gather", which a funeral or a festival crowd does too, and not a crowd
of troops or migrants, who march to a front or a border (fortieth session). Not "dozens" either:
fewer than the CROWD_SIZE a number must reach, a handful of activists outside an embassy
("Dozens of activists rallied outside the embassy", one line of a whaling story) is no mass
demonstration (forty-first session; all readable sets: one wrong PROTEST, no annotated one).
"""
from __future__ import annotations

from spacy.symbols import NUM
from spacy.tokens import Doc, Token

from transforms.theme_terms import fold

THEME = "PROTEST"
WEIGHT = 3
TERM = {"fr": "mobilisation de masse", "en": "mass demonstration"}
# Nouns that count a crowd ("des centaines de", "des milliers de", "une foule de").
_CROWD_NOUNS_FR = frozenset({"centaine", "millier", "foule", "dizaine"})
# People counted by a number ("5 000 personnes", "2 000 manifestants").
_PEOPLE_FR = frozenset({"personne", "manifestant", "partisan", "habitant", "militant",
                        "etudiant", "ouvrier", "salarie", "agriculteur", "citoyen", "femme",
                        "jeune", "opposant", "syndicaliste", "enseignant", "medecin"})
# A counted crowd: at least this many people, in figures or in words.
CROWD_SIZE = 100
_LARGE_NUMBER_WORDS_FR = frozenset({"cent", "cents", "mille"})
# Verbs a crowd gathers or demonstrates with, wherever it does it.
_GATHERING_FR = frozenset({"rassembler", "manifester", "defiler", "protester"})
# Verbs of going that tell a demonstration only with the street ("marché dans les rues",
# "sont descendus dans la rue"): a crowd that walks to a border is no march.
_STREET_VERBS_FR = frozenset({"marcher", "descendre"})
_STREET_FR = frozenset({"rue", "rues"})
# Dependency steps from the crowd up to its verb: the small model hangs an object on a
# weekday it reads as a verb ("a rassemblé jeudi plusieurs centaines de personnes").
_STEPS = 2
_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "xcomp", "nmod"})


# English: the crowd nouns, the counted marchers who tell no protest, the verbs of protest.
_CROWD_NOUNS_EN = frozenset({"hundred", "thousand", "crowd"})
_LARGE_NUMBER_WORDS_EN = frozenset({"hundred", "hundreds", "thousand", "thousands", "million",
                                    "millions"})
_NOT_PROTESTERS_EN = frozenset({"troop", "soldier", "migrant", "refugee", "fighter", "police",
                                "officer", "pilgrim", "tourist", "share", "stock"})
_PROTESTING_EN = frozenset({"rally", "march", "demonstrate", "protest", "picket"})


def _lemma(token: Token) -> str:
    return fold(token.lemma_ or token.text)


def _is_crowd(token: Token) -> bool:
    lemma = _lemma(token)
    if lemma in _CROWD_NOUNS_FR:
        return True
    # "trois personnes" are no crowd
    return lemma in _PEOPLE_FR and _counted(token, _LARGE_NUMBER_WORDS_FR, ".")


def _gathers(verb: Token) -> bool:
    lemma = _lemma(verb)
    if lemma in _GATHERING_FR:
        return True
    return lemma in _STREET_VERBS_FR and any(
        fold(child.text) in _STREET_FR for child in verb.children)


def _counted(token: Token, large_words: frozenset[str], separators: str) -> bool:
    """``token`` counted by a number of at least CROWD_SIZE, in figures (thousands split by
    `separators`: "5.000", "5,000") or in words. The model tags "5 000" as determiners as
    often as numerals: the number is read by its form, all its parts ("5", "000") together."""
    def bare(text: str) -> str:
        for separator in separators:
            text = text.replace(separator, "")
        return text

    parts = [child for child in token.children
             if child.i < token.i and (child.pos == NUM or child.like_num)]
    digits = bare("".join(child.text for child in parts if bare(child.text).isdigit()))
    return (bool(digits) and int(digits) >= CROWD_SIZE) or any(
        fold(child.text) in large_words for child in parts)


def _english_crowd(token: Token) -> bool:
    """An English crowd ("hundreds of farmers", "a crowd", "5,000 workers") that is no crowd
    of troops or migrants."""
    lemma = _lemma(token)
    if lemma in _CROWD_NOUNS_EN:
        counted = [person for of in token.children if of.dep_ == "prep" and of.lower_ == "of"
                   for person in of.children if person.dep_ == "pobj"]
        return not any(_lemma(person) in _NOT_PROTESTERS_EN for person in counted)
    return (token.pos_ in ("NOUN", "PROPN") and lemma not in _NOT_PROTESTERS_EN
            and _counted(token, _LARGE_NUMBER_WORDS_EN, ".,"))


def _english_crowd_tokens(doc: Doc) -> list[int]:
    """Indices of the English crowds that are the subject of a verb of protest."""
    return [token.i for token in doc
            if token.dep_ == "nsubj" and token.pos_ in ("NOUN", "PROPN", "NUM")
            and token.head.pos_ == "VERB" and _lemma(token.head) in _PROTESTING_EN
            and _english_crowd(token)]


def crowd_tokens(doc: Doc, lang: str) -> list[int]:
    """Indices of the crowd nouns (or counted people) that gather or march in ``doc``."""
    if lang == "en":
        return _english_crowd_tokens(doc)
    if lang != "fr":
        return []
    found = []
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or not _is_crowd(token):
            continue
        # "une foule de plusieurs milliers": the crowd is told once, by its head noun.
        if token.dep_ == "nmod" and _is_crowd(token.head):
            continue
        node = token
        for _ in range(_STEPS):
            if node.dep_ not in _ARGUMENTS or node.head is node:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX") and _gathers(node):
                found.append(token.i)
                break
    return found
