"""Speech acts made by naming something with a word of condemnation: "New Delhi has called
the penalty "unfair"", "a qualifié le compromis de « budget de la honte »", "a jugé
« intolérable » que des civils soient affamés", "a term the UN branded a massacre". The
verb of naming (call, describe, brand, qualifier, juger ...) is no event by itself; with
a condemning word right after it, it is an accusation (eval/README.md: criticise,
condemn, denounce), or a rejection when what is condemned is a proposal ("jugeait
« inacceptable » tout accord"). Long articles report reactions this way far more often
than with "condemned". Split out of events.py.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.cameo import cameo_root_for
from transforms.event_inflections import unaccented
from transforms.event_triggers import Code, Trigger, lemma_of

_LABEL_VERBS = {"call", "describe", "brand", "label", "term", "dub", "deem",
                "qualifier", "juger", "traiter", "parler", "speak"}
# Verbs that name only through a preposition: "parle d'une « criminalisation du
# journalisme »", "spoke of a witch hunt" ("a parlé avec Kiev" names nothing).
_LABEL_THROUGH = {"parler": {"de", "d'", "d’", "du"}, "speak": {"of"}}
# Words that condemn what they name. Kept to judgements: "grave", "difficult", "historique"
# describe without condemning.
_CONDEMNING = {
    # en
    "unfair", "unjust", "unjustified", "unreasonable", "unacceptable", "intolerable",
    "illegal", "illegitimate", "unlawful", "shameful", "disgraceful", "disgrace",
    "outrageous", "scandalous", "absurd", "cowardly", "barbaric", "heinous", "criminal",
    "provocation", "provocative", "atrocity", "massacre", "genocide", "blackmail", "bullying",
    "hypocritical", "irresponsible", "reckless", "despicable", "abhorrent", "appalling",
    "unprovoked", "aggression", "terrorism", "terrorist", "piracy", "sham", "farce",
    "travesty", "betrayal", "discriminatory", "coercion", "coercive", "interference",
    # fr
    "injuste", "injustifie", "injustifiee", "inacceptable", "inadmissible",
    "illegale", "illegitime", "honte", "honteux", "honteuse", "scandale",
    "scandaleux", "scandaleuse", "absurde", "lache", "barbare", "criminel", "criminelle",
    "atrocite", "atrocites", "crime", "crimes", "chantage", "diktat", "parodie",
    "mascarade", "trahison", "traitre", "traitres", "ingerence", "agression", "piraterie",
    "irresponsable", "inique", "odieux", "odieuse", "abject", "abjecte", "ignoble",
    "inhumain", "inhumaine", "discriminatoire", "terroriste", "criminalisation",
    "acharnement", "persecution", "persecutions", "harcelement", "harassment",
    "criminalization", "regrettable", "deplorable",
}
# What is rejected, not accused, when condemned: "jugeait inacceptable tout accord".
_PROPOSALS = {"accord", "plan", "proposition", "offre", "projet", "deal", "proposal", "offer",
              "ultimatum", "demande", "request", "demand", "résolution", "resolution", "appel",
              "call", "appeal", "initiative", "suggestion", "idée", "idea"}
_STOPS = {"VERB", "AUX", "SCONJ"}
_WINDOW = 10

ACCUSE = Code("ACCUSE", cameo_root_for("ACCUSE"))
REJECT = Code("REJECT", cameo_root_for("REJECT"))


def _folded(token: Token) -> set[str]:
    return {unaccented(token.lower_), unaccented(lemma_of(token))}


def _condemning_word(verb: Token) -> Token | None:
    doc = verb.doc
    for word in doc[verb.i + 1: min(verb.i + 1 + _WINDOW, len(doc))]:
        if word.text in (".", ";", "?", "!"):
            return None
        if _folded(word) & _CONDEMNING:
            return word
        if word.pos_ in _STOPS and word.i > verb.i + 1 and not (word.tag_ in ("VBN", "JJ")):
            return None
    return None


# Present and imperfect forms of "parler", which the tagger often reads as nouns.
_PARLER = {"parle", "parlent", "parlait", "parlaient"}


def _label_lemma(token: Token) -> str | None:
    lemma = lemma_of(token)
    if lemma in _LABEL_VERBS:
        return lemma
    return "parler" if token.lower_ in _PARLER else None


def label_code(verb: Token) -> Code | None:
    """The speech act of naming with a condemning word, or None."""
    lemma = _label_lemma(verb)
    if lemma is None or (verb.pos_ not in ("VERB", "AUX") and verb.lower_ not in _PARLER):
        return None
    through = _LABEL_THROUGH.get(lemma)
    if through is not None and (verb.i + 1 >= len(verb.doc) or
                                verb.doc[verb.i + 1].lower_ not in through):
        return None
    word = _condemning_word(verb)
    if word is None:
        return None
    # What is named sits before the word or just after it ("inacceptable tout accord").
    named = [t for t in verb.doc[verb.i + 1: min(word.i + 4, len(verb.doc))]
             if t.pos_ in ("NOUN", "PROPN")]
    if any(lemma_of(t) in _PROPOSALS for t in named):
        return REJECT
    return ACCUSE


def label_triggers(sent: Span, triggers: list[Trigger]) -> list[Trigger]:
    """`triggers` with verbs of naming followed by a condemning word read as accusations:
    "has called/CONSULT the penalty unfair" is no call, and "qualifier" is in no lexicon."""
    by_index = {t.token.i: t for t in triggers}
    found: list[Trigger] = []
    for token in sent:
        if _label_lemma(token) is None:
            continue
        code = label_code(token)
        if code is None:
            continue
        previous = by_index.pop(token.i, None)
        if previous is not None and previous.companion is not None:
            by_index[token.i] = previous  # "called for", "called on": a phrase of its own
            continue
        found.append(Trigger(token, code, _label_lemma(token) or lemma_of(token)))
    return sorted([*by_index.values(), *found], key=lambda t: t.token.i)
