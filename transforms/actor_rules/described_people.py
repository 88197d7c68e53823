"""A name the text describes as someone in an apposition right after it is a person:
"Olivia Hartmann, a German national who...", "Deng Malual, un enseignant de 41 ans",
"Ioanna Papadaki, infirmière à Thessalonique", "Hadiza, 34 ans, mère de cinq enfants".

The small models often tag such names (people quoted once, with no office) as a
facility, a nationality or a miscellaneous name. An office in the apposition is the
title rules' business (titles.title_after); these are the nouns for people with no
office: kin, trades, and where they live or come from.
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.countries import ADJECTIVE_INDEX, norm

PERSON_NOUNS = {norm(w) for w in """
mother father son daughter wife husband brother sister widow widower grandmother grandfather
grandson granddaughter uncle aunt cousin nephew niece mother-of-two mother-of-three
teacher nurse farmer student resident fisherman fishermen trader vendor shopkeeper driver
worker engineer pharmacist midwife mechanic miner herder pastoralist refugee survivor
witness villager housewife pensioner retiree teenager schoolgirl schoolboy nun priest pastor
volunteer national citizen employee labourer laborer tailor carpenter electrician cook
mère père fils fille épouse mari frère sœur soeur veuve veuf grand-mère grand-père oncle
tante cousin cousine neveu nièce enseignant enseignante instituteur institutrice infirmier
infirmière agriculteur agricultrice cultivateur cultivatrice paysan paysanne étudiant
étudiante habitant habitante pêcheur commerçant commerçante vendeur vendeuse chauffeur
ouvrier ouvrière ingénieur ingénieure pharmacien pharmacienne sage-femme mécanicien
mécanicienne mineur éleveur éleveuse réfugié réfugiée rescapé rescapée survivant
survivante témoin villageois villageoise retraité retraitée bénévole religieuse prêtre
pasteur ressortissant ressortissante citoyen citoyenne employé employée salarié salariée
fonctionnaire riverain riveraine déplacé déplacée lycéen lycéenne couturière couturier
""".split()}

_ARTICLES = {"a", "an", "un", "une"}
_AGE_WORDS = {"ans", "an", "years", "year", "old"}
_MAX_DESCRIBING_WORDS = 5  # "a 41-year-old", "un jeune", "a German"


def described_as_someone(doc: Doc, end: int, lower_keys: list[str]) -> tuple[bool, str | None]:
    """(whether the words after the name at `end` are ", [age,] [a] [adjectives] <person
    noun>" or ", <age> ans,", the country of a demonym among the describing words or
    right after the noun: "a German national", "un agriculteur togolais")."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False, None
    k = end + 1
    if doc[k].like_num:  # ", 34 ans," / ", 41,"
        j = k + 1
        while j < len(doc) and doc[j].lower_ in _AGE_WORDS:
            j += 1
        if j < len(doc) and doc[j].text == "," and j > k + 1:
            return True, None  # "34 ans," is an age: a person's
        k = j + 1 if j < len(doc) and doc[j].text == "," else k
    if k < len(doc) and lower_keys[k] in _ARTICLES:
        k += 1
    stop = min(len(doc), k + _MAX_DESCRIBING_WORDS + 1)
    code = None
    while k < stop:
        tok = doc[k]
        if lower_keys[k] in PERSON_NOUNS and tok.text.islower():
            after = lower_keys[k + 1] if k + 1 < len(doc) else ""
            return True, code or ADJECTIVE_INDEX.get(after) if after else code
        describing = tok.like_num or tok.text == "-" or lower_keys[k] in _AGE_WORDS \
            or lower_keys[k] in ADJECTIVE_INDEX or (tok.pos_ == "ADJ" and tok.text.islower())
        if not describing:
            return False, None
        code = code or ADJECTIVE_INDEX.get(lower_keys[k])
        k += 1
    return False, None
