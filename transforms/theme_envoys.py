"""An envoy summoned, recalled or expelled, read on the parse: a diplomatic row told in acts
("Paris summoned Russia's ambassador", "the Chinese envoy was summoned", "Yaoundé a convoqué
le diplomate", "Madagascar a rappelé son représentant", "expulsé deux diplomates").

The taxonomy lists the usual phrases ("summon the ambassador", "convoquer l'ambassadeur"),
which match only in that order and with that article; copy puts a possessive, a nationality,
a title or the passive between the verb and the envoy. Read together on spaCy's parse -- the
envoy noun is the object of the verb, or its subject in the passive -- they are the strong
DIPLOMACY hit the phrase is (eval/README.md "Themes": a government summoning another state's
envoy is a diplomatic row). One hit per sentence.
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.theme_terms import fold

THEME = "DIPLOMACY"
TERM = {"en": "summon the ambassador", "fr": "convoquer l'ambassadeur"}
WEIGHT = 3
# Lemmas (folded) of the verbs of a row with an envoy.
ACTS = {
    "en": frozenset({"summon", "recall", "expel"}),
    "fr": frozenset({"convoquer", "rappeler", "expulser"}),
}
# Lemmas (folded) of the envoys; the surface is tried too (the small models' lemmas of
# "ambassadrice", "chargée" or unaccented copy are often other words).
ENVOYS = {
    "en": frozenset({"ambassador", "envoy", "diplomat", "charge", "consul", "emissary",
                     "attache"}),
    "fr": frozenset({"ambassadeur", "ambassadrice", "diplomate", "charge", "chargee", "consul",
                     "emissaire", "envoye"}),
}
# A state recalls its representative to a body ("a rappelé son représentant auprès de l'UA");
# a judge or a firm summons any representative.
RECALLED_ONLY = {"en": frozenset(), "fr": frozenset({"representant"})}
RECALL = {"en": "recall", "fr": "rappeler"}
# The envoy's role: object of the act, or subject of its passive.
_OBJECTS = frozenset({"dobj", "obj"})
_ROLES = _OBJECTS | frozenset({"nsubjpass", "nsubj:pass"})
# "Recall" is also a verb of speech, whose subject French copy puts after a quote ("« Le retour
# doit être volontaire », a rappelé le représentant du HCR"), where the parse reads an object:
# a state recalls ITS envoy ("a rappelé son ambassadeur", "recalled its envoy"), or the envoy
# is recalled (the passive).
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "its", "their", "his", "her"})


def _envoy(token, lang: str, recalled: bool) -> bool:
    envoys = ENVOYS[lang] | RECALLED_ONLY[lang] if recalled else ENVOYS[lang]
    return any(form in envoys for form in (fold(token.lemma_), fold(token.text),
                                           fold(token.text).rstrip("s")))


def _act(token, lang: str) -> str | None:
    """The act a verb tells, by its lemma or, when the small model misreads a participle
    ("rappelé" -> "rappeler" but "expulsé" tagged an adverb), its stem."""
    lemma, text = fold(token.lemma_), fold(token.text)
    for act in ACTS[lang]:
        if lemma == act or text.startswith(act[:-2] if lang == "fr" else act):
            return act
    return None


def envoy_tokens(doc: Doc, lang: str) -> list[int]:
    """Indices of envoys summoned, recalled or expelled in ``doc``: one per sentence at most."""
    acts = ACTS.get(lang)
    if not acts:
        return []
    found: list[int] = []
    told: set[int] = set()
    for token in doc:
        # The role, not the tag: the small French model tags "representant" a verb.
        if token.dep_ not in _ROLES or token.head.i == token.i:
            continue
        act = _act(token.head, lang)
        recalled = act == RECALL[lang]
        if act is None or not _envoy(token, lang, recalled):
            continue
        if recalled and token.dep_ in _OBJECTS and not any(
                fold(child.text) in _POSSESSIVES for child in token.children):
            continue  # "« ... », a rappelé le représentant du HCR": who spoke, not a recall
        sentence = token.sent.start
        if sentence not in told:
            found.append(token.i)
            told.add(sentence)
    return found
