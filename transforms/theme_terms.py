"""The theme taxonomy (``data/taxonomy.yaml``) and the token trie its terms are matched with.

Every term is split with spaCy's tokenizer for its language and put in a token
trie (one per language, built once and cached). A term token matches a document
token when it equals, after lowercasing and removing accents, one of the token's
keys (``token_keys``: its text, its lemma, its text without a final plural s/x, and
in French the masculine of a feminine participle or adjective).
spaCy's PhraseMatcher compares a single attribute, so it cannot do this "surface
or lemma, accent-insensitive" match; the trie walk costs a few dict look-ups per
token, far below the cost of the spaCy pipeline.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import spacy
import yaml
from spacy.symbols import AUX, NOUN, PROPN, VERB

from transforms.accents import AUXILIARIES, copy_lost_accents, stands_between

TAXONOMY_FILE = Path(__file__).parent / "data" / "taxonomy.yaml"
LANGUAGES = ("en", "fr")
STOP = "_STOP"  # pseudo theme code of the stop phrases


@dataclass(frozen=True)
class Theme:
    code: str
    label: str  # English
    label_fr: str
    terms_en: dict[str, int]  # term -> weight 1..3; do not mutate (cached)
    terms_fr: dict[str, int]

    def terms(self, lang: str) -> dict[str, int]:
        return self.terms_fr if lang == "fr" else self.terms_en


def _weighted_terms(groups: dict) -> dict[str, int]:
    terms: dict[str, int] = {}
    for weight, words in (groups or {}).items():
        for word in words or ():
            term = str(word).strip()
            # A term listed at two weights keeps the higher one.
            terms[term] = max(int(weight), terms.get(term, 0))
    return terms


# libyaml's loader reads the taxonomy in a third of the time of PyYAML's pure-Python one
# (~55 ms against ~155 ms, paid by every run before extraction starts); same result.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=1)
def _raw_taxonomy() -> dict:
    with TAXONOMY_FILE.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, Theme]:
    """Theme code -> Theme, read once from ``data/taxonomy.yaml``."""
    return {
        code: Theme(
            code=code,
            label=entry["label"],
            label_fr=entry["label_fr"],
            terms_en=_weighted_terms(entry.get("en")),
            terms_fr=_weighted_terms(entry.get("fr")),
        )
        for code, entry in _raw_taxonomy().items()
        if not code.startswith("_")
    }


def _stop_phrases(lang: str) -> list[str]:
    return list(_raw_taxonomy().get("_STOP_PHRASES", {}).get(lang, []))


@dataclass(frozen=True)
class SettingTerms:
    """A theme's terms that name the setting of another story, and the themes whose
    story they may tell (``_SETTING_TERMS`` in the taxonomy); ``beside``: other terms that
    name the setting of one more theme's story only (theme -> its terms)."""

    themes: frozenset[str]
    terms: frozenset[str]
    beside: dict[str, frozenset[str]] = field(default_factory=dict)

    def tell_only(self, terms: set[str], kept: set[str]) -> bool:
        """``terms`` (a theme's evidence) are all the setting of a kept theme's story."""
        return bool(kept & self.themes and terms <= self.terms) or any(
            theme in kept and terms <= setting for theme, setting in self.beside.items())


@lru_cache(maxsize=None)
def setting_terms(lang: str) -> dict[str, SettingTerms]:
    """Theme code -> its setting terms in ``lang``."""
    return {
        code: SettingTerms(themes=frozenset(entry.get("themes", ())),
                           terms=frozenset(str(term) for term in entry.get(lang, ())),
                           beside={theme: frozenset(str(term) for term in terms.get(lang, ()))
                                   for theme, terms in (entry.get("beside") or {}).items()})
        for code, entry in (_raw_taxonomy().get("_SETTING_TERMS") or {}).items()
    }


@lru_cache(maxsize=None)
def noun_only_terms(lang: str) -> dict[str, frozenset[str]]:
    """Theme code -> its one-word terms that count only as a noun in ``lang`` (``_NOUN_ONLY``):
    the lemma joins a verb or an adjective of another sense ("forced to flee" is no armed
    force, "a London-based firm" no base, "the quake struck" no strike, "le secrétaire
    général" no general)."""
    return {code: frozenset(str(term) for term in entry.get(lang, ()))
            for code, entry in (_raw_taxonomy().get("_NOUN_ONLY") or {}).items()}


@lru_cache(maxsize=None)
def lone_terms(lang: str) -> dict[str, frozenset[str]]:
    """Theme code -> its terms that never make it alone, in ``lang`` (``_NOT_ALONE``)."""
    return {code: frozenset(str(term) for term in entry.get(lang, ()))
            for code, entry in (_raw_taxonomy().get("_NOT_ALONE") or {}).items()}


@cache
def named_once_terms(lang: str) -> frozenset[str]:
    """The terms of ``lang`` that name a body (``_NAMED_ONCE``): each counts once per story."""
    return frozenset(str(term) for term in
                     ((_raw_taxonomy().get("_NAMED_ONCE") or {}).get(lang) or ()))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, accents removed, typographic apostrophe made plain."""
    text = text.lower().replace("\u2019", "'")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# In French the accent of a final "é" tells a participle or a noun in -é from a noun in -e:
# folded away, "frappée par la crise" matched the war's "frappe", "une société basée à
# Genève" the army's "base", "grevé de dettes" the strike's "grève", "une usine visée"
# nothing yet but could. So a French word keeps a final "é" (-é, -ée, -és, -ées) when
# folded for matching (``fold_word``), in the taxonomy's terms as in the copy; a word
# written without any accent (hurried copy, "blesses", "deplacee") may still be either.
_FINAL_E = re.compile(r"(?<=\w\w)é(e?s?)$")  # "né", "née" are too short to mistake


def fold_word(text: str, lang: str) -> str:
    """``fold`` of one word, keeping a French final "é" (see above)."""
    if lang != "fr":
        return fold(text)
    lowered = text.lower().replace("\u2019", "'")
    final = _FINAL_E.search(lowered)
    if not final:
        return fold(text)
    return fold(lowered[:final.start()]) + "é" + final.group(1)


# French feminine endings of participles and adjectives and the masculine the taxonomy
# lists: "condamnée à" -> "condamné à", "mise en examen" -> "mis en examen", "reconnue
# coupable" -> "reconnu coupable", "populations déplacées" -> "déplacé". spaCy's French
# lemma of these is the infinitive ("condamner"), which the terms do not use.
_FEMININE_ENDINGS = (("ée", "é"), ("ee", "e"), ("ue", "u"), ("ise", "is"))


# French words in their own right without the accent, which copy writes as such: "la marche
# blanche" is no "marché", "le port traite 3 millions de conteneurs" no "traité", "une arme"
# no "armé". (spaCy tags "traite" a noun there, so the verb test alone misses it.)
_WORDS_WITHOUT_ACCENT = frozenset({"marche", "traite", "arme", "porte", "tire", "mine", "presse",
                                   "cote", "rue", "sale", "pare", "passe", "pense", "ferme"})
# The final "e" that copy without accents writes for "é": "blesses", "armees", "deplacee".
_UNACCENTED_FINAL = re.compile(r"(?<=\w\w)e(e?s?)$")
_PARTICIPLE = re.compile(r"(?<=[a-zà-ÿ]{3})ée?s?$")


# ...except the participles of verbs that say what their noun says: "financé par un prêt"
# is finance, "taxé" a tax, "voté" a vote, "visité" a visit (dev2 fr-e07 lost ECONOMY when
# "financé" stopped matching "finance").
_SAME_SENSE_PARTICIPLES = frozenset({"finance", "taxe", "vote", "visite", "rencontre",
                                     "retraite", "censure"})


def same_sense_noun(text: str, lang: str) -> str | None:
    """The noun a French participle in -é says ("financées" -> "finance"), if listed above."""
    if lang != "fr" or not fold_word(text, lang).endswith(("é", "ée", "és", "ées")):
        return None
    plain = fold(text)
    noun = plain[:-1] if plain.endswith("s") else plain
    noun = noun[:-1] if noun.endswith("ee") else noun
    return noun if noun in _SAME_SENSE_PARTICIPLES else None


# British and American spellings of one word are one term: a term the taxonomy writes one way
# ("labour union", "World Food Programme", "unauthorised rally", "most-favoured nation") is
# the same term in copy that spells it the other way ("labor union", "World Food Program").
# The trie holds each English term in both spellings (``other_spellings``); the copy's words
# are matched as written, so a term listed in both spellings is reported in the copy's.
_UK_US_WORDS = (("defence", "defense"), ("offence", "offense"), ("licence", "license"),
                ("pretence", "pretense"), ("centre", "center"), ("theatre", "theater"),
                ("programme", "program"), ("metre", "meter"), ("litre", "liter"),
                ("fibre", "fiber"), ("calibre", "caliber"), ("tyre", "tire"),
                ("manoeuvr", "maneuver"), ("diarrhoea", "diarrhea"), ("paediatric", "pediatric"),
                ("haemorrhag", "hemorrhag"), ("anaemi", "anemi"), ("leukaemi", "leukemi"),
                ("aluminium", "aluminum"), ("sulphur", "sulfur"), ("catalogue", "catalog"),
                ("ageing", "aging"), ("judgement", "judgment"),
                # -our words (not "tour", "hour", "four", "pour", "your", "flour")
                ("labour", "labor"), ("favour", "favor"), ("honour", "honor"),
                ("harbour", "harbor"), ("neighbour", "neighbor"), ("rumour", "rumor"),
                ("armour", "armor"), ("behaviour", "behavior"), ("colour", "color"),
                ("tumour", "tumor"), ("endeavour", "endeavor"), ("vigour", "vigor"))
# Each ending both ways: British to American, then back.
_UK_US_ENDINGS = (
    # mobilised, organisation, criticising; analysed, paralyse
    (re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{3})iz(e|es|ed|ing|ation|ations)$"), r"is\1"),
    (re.compile(r"(?<=[a-z]{3})ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{3})yz(e|es|ed|ing)$"), r"ys\1"),
    # travelled, fuelled, labelled, cancelling
    (re.compile(r"(?<=[a-z]{3}[ae])ll(ed|ing)$"), r"l\1"),
    (re.compile(r"(?<=[a-z]{3}[ae])l(ed|ing)$"), r"ll\1"),
)


def other_spellings(word: str) -> set[str]:
    """The British and American spellings of a folded English word, but itself."""
    spellings = set()
    for british, american in _UK_US_WORDS:
        for one, other in ((british, american), (american, british)):
            if word.startswith(one):
                spellings.add(other + word[len(one):])
    for pattern, replacement in _UK_US_ENDINGS:
        spellings.add(pattern.sub(replacement, word))
    spellings.discard(word)
    return spellings


def token_keys(text: str, lemma: str, lang: str = "en",
               unaccented_copy: bool = True) -> tuple[str, ...]:
    """Match keys of a token. ``unaccented_copy``: an unaccented French word may be its
    accented twin, as copy that drops accents writes it (not said of verbs)."""
    surface = fold_word(text, lang)
    keys = {surface, fold_word(lemma, lang)}
    if noun := same_sense_noun(text, lang):
        keys.add(noun)
    if len(surface) > 3 and surface[-1] in "sx":
        keys.add(surface[:-1])
    if lang == "fr":
        # The -aux plural of an -al word ("hôpitaux", "généraux", "antigouvernementaux"): the
        # small model's lemma of a word it does not know keeps the "au" ("médicau").
        if len(surface) > 5 and surface.endswith("aux"):
            keys.add(surface[:-3] + "al")
        singular = surface[:-1] if surface.endswith("s") else surface
        for ending, masculine in _FEMININE_ENDINGS:
            if singular.endswith(ending) and len(singular) > len(ending):
                keys.add(singular[: -len(ending)] + masculine)
        if unaccented_copy and surface == text.lower().replace("\u2019", "'") \
                and singular not in _WORDS_WITHOUT_ACCENT:
            # No accent written at all: "blesses", "deplacee" may be "blessés", "déplacée".
            keys |= {_UNACCENTED_FINAL.sub("é\\1", key) for key in tuple(keys)
                     if len(key) > 3 and _UNACCENTED_FINAL.search(key)}
        # A past participle the lemmatizer tagged as an adjective keeps its form
        # ("expulsé", "bombardés", "sanctionnée"): its -er infinitive is the term's.
        lowered = text.lower()
        participle = _PARTICIPLE.search(lowered) if "é" in lowered else None
        if participle:
            keys.add(fold(lowered[: participle.start()]) + "er")
    if (kind := word_class(surface, lang)) != surface:
        keys.add(kind)
    keys.discard("")
    return tuple(keys)


# French terms name people's homes, land and envoys with one possessive where copy uses
# another: "fuir leur maison" is told "a dû fuir sa maison", "chasser de chez eux" "chassées de
# chez elles", "rappeler son ambassadeur" "ont rappelé leurs ambassadeurs". In the trie and in
# the copy such a word is its class. After "de", an article is of the possessives' class too:
# "tracé de la frontière" is told "le tracé de leur frontière", "partie de son territoire"
# "partie du territoire". (Elsewhere an article is itself: "rétablir les relations" is no
# "rétablir leurs relations diplomatiques", which the longer term tells.)
_WORD_CLASSES = {"fr": {**dict.fromkeys(("son", "sa", "ses", "leur", "leurs"), "<son>"),
                        **dict.fromkeys(("eux", "elles", "elle", "lui"), "<eux>")}}
_ARTICLES_AFTER = {"fr": (frozenset({"le", "la", "les", "l'"}), frozenset({"de", "d'"}), "<son>")}


def word_class(key: str, lang: str) -> str:
    """The class a folded word stands for in a term (above), or the word itself."""
    return _WORD_CLASSES.get(lang, {}).get(key, key)


def article_class(key: str, previous: str | None, lang: str) -> str | None:
    """The class of an article after "de" (above), or None."""
    articles, after, kind = _ARTICLES_AFTER.get(lang, (frozenset(), frozenset(), ""))
    return kind if key in articles and previous in after else None


def term_classes(keys: list[str], lang: str) -> list[str]:
    """A term's folded words, each as its class (above)."""
    return [article_class(key, keys[at - 1] if at else None, lang) or word_class(key, lang)
            for at, key in enumerate(keys)]


# A trie node: token key -> child node; the key None holds the node's payload,
# a list of (theme code, weight, term) for the terms that end there.
Trie = dict


@lru_cache(maxsize=None)
def term_tokenizer(lang: str):
    # Building a blank pipeline costs ~60 ms (its tokenizer exceptions): once per language.
    return spacy.blank(lang).tokenizer


@lru_cache(maxsize=None)
def term_trie(lang: str) -> Trie:
    split = term_tokenizer(lang)
    root: Trie = {}

    def add(term: str, code: str, weight: int, spelling: str | None = None) -> None:
        keys = term_classes([fold_word(t.text, lang) for t in split(spelling or term)
                             if not t.is_space], lang)
        if not keys:
            return
        node = root
        for key in keys:
            node = node.setdefault(key, {})
        entries = node.setdefault(None, [])
        if code == STOP and entries:
            # A stop phrase spelled as a term is that term ("offensive commerciale" stops the
            # war's "offensive", "strike ballot" the vote's "ballot"): the longest match already
            # keeps the shorter term out, and a stop there would cancel the term as well.
            return
        if spelling is None or all(entry[0] != code for entry in entries):
            entries.append((code, weight, term))

    for code, theme in taxonomy().items():
        for term, weight in theme.terms(lang).items():
            add(term, code, weight)
    # A British term in American spelling and the other way round (other_spellings); a term
    # the taxonomy lists in both keeps its own.
    if lang == "en":
        for code, theme in taxonomy().items():
            for term, weight in theme.terms(lang).items():
                words = [fold_word(t.text, lang) for t in split(term) if not t.is_space]
                for at, word in enumerate(words):
                    for other in other_spellings(word):
                        add(term, code, weight,
                            spelling=" ".join(words[:at] + [other] + words[at + 1:]))
    # Machine translation and hurried copy drop hyphens ("cessez le feu", "cease fire"):
    # the spaced spelling is the same term, unless the taxonomy lists it itself.
    for code, theme in taxonomy().items():
        for term, weight in theme.terms(lang).items():
            if "-" in term:
                add(term, code, weight, spelling=term.replace("-", " "))
    # A term written in the plural ("joint drills", "groupes armés", "droits de douane")
    # is the same term in the singular ("a joint drill", "droit de douane"); a document
    # plural already matches a singular term (token_keys strips the s).
    for code, theme in taxonomy().items():
        for term, weight in theme.terms(lang).items():
            singular = singular_term(term)
            if singular != term:
                add(term, code, weight, spelling=singular)
    # Copy hyphenates a two-word term ("bas-carbone", "haute-tension", "haut-commandement"),
    # which the tokenizer keeps as one token: the joined spelling is the same term.
    for code, theme in taxonomy().items():
        for term, weight in theme.terms(lang).items():
            words = term.split(" ")
            if len(words) == 2 and all(word[:1].isalpha() for word in words):
                add(term, code, weight, spelling="-".join(words))
    # Copy that lost its accents writes a French phrase plainly ("groupes armes", "soldats ont
    # ete tues", "forces de securite"): a phrase of two words or more is the same term spelled
    # so. (One word alone may be another word: "arme" is no "armé", theme_terms above.)
    if lang == "fr":
        for code, theme in taxonomy().items():
            for term, weight in theme.terms(lang).items():
                for spelling in {term, singular_term(term)}:
                    if " " in spelling and fold(spelling) != spelling.lower():
                        add(term, code, weight, spelling=fold(spelling))
    for phrase in _stop_phrases(lang):
        add(phrase, STOP, 0)
        if lang == "fr" and " " in phrase and fold(phrase) != phrase.lower():
            add(phrase, STOP, 0, spelling=fold(phrase))
    if lang in FOREIGN_PHRASE_LANGUAGES:
        _add_english_phrases(root)
    return root


# Machine translation leaves English phrases in French copy ("selon des security sources",
# "le ministère du Trade", "l'Indo-Pacific Four"): French documents also match the English
# phrases of two or more words weighing 2+, and the English stop phrases. Single English
# words are left out: many are French words too ("front", "raid", "police", "crise").
FOREIGN_PHRASE_LANGUAGES = ("fr",)
FOREIGN_PHRASE_MIN_WEIGHT = 2


# An English phrase opening on a word that is a French article once folded ("UN sanctions"):
# in French copy it would read "des sanctions" (spaCy's French lemma of "des" is "un").
_FRENCH_ARTICLES = frozenset({"un", "une", "des", "le", "la", "les", "de", "du"})


def _add_english_phrases(root: Trie) -> None:
    split = term_tokenizer("en")

    def add(term: str, code: str, weight: int) -> None:
        keys = [fold(t.text) for t in split(term) if not t.is_space]
        if len(keys) < 2 or keys[0] in _FRENCH_ARTICLES:
            return
        node = root
        for key in keys:
            node = node.setdefault(key, {})
        entries = node.setdefault(None, [])
        if all(entry[0] != code for entry in entries):  # a French term there wins
            entries.append((code, weight, term))

    for code, theme in taxonomy().items():
        for term, weight in theme.terms("en").items():
            if weight >= FOREIGN_PHRASE_MIN_WEIGHT:
                add(term, code, weight)
    for phrase in _stop_phrases("en"):
        add(phrase, STOP, 0)


# A lowercase word of 4+ letters with a plural s, or x after -au/-eu/-ou ("réseaux"); not
# -ss, -us, -is, -ws ("access", "status", "crisis", "news") nor -ex/-ox ("annex", "infox").
# Capitalised names ("Houthis", "Africa Corps") keep theirs.
_PLURAL_WORD = re.compile(r"(?<![\w-])([a-zà-ÿ][a-zà-ÿ]{2,}[^\W\dsuiw_])s(?![\w-])"
                          r"|(?<![\w-])([a-zà-ÿ]{2,}[aeo]u)x(?![\w-])")
# Plural words whose singular is another word: "rights" is not "right" (far-right, the right
# to), "goods" not "good", "droits" not "droit" (law), "vivres" (food) not "vivre" (to live),
# "législatives" (the elections) not "législative" (a bill), "humanitaires" (aid workers,
# weight 3) not the adjective "humanitaire" (weight 2).
_PLURAL_ONLY = frozenset({"rights", "goods", "customs", "relations", "droits", "vivres",
                          "législatives", "municipales", "humanitaires", "secours", "procès",
                          # the singular is an attitude, a tone, a ploy, a job, a term of
                          # office, a figure of speech ("hostility towards", "a political
                          # manoeuvre", "renewable once", "semer le trouble", "a symptom of
                          # the malaise", "beating expectations", "drug abuse", "in
                          # consultation with unions")
                          "hostilities", "hostilités", "belligerents", "renewables", "troubles",
                          "beatings", "abuses", "symptoms", "consultations", "jobs",
                          "manoeuvres", "maneuvers", "manœuvres"})


def singular_term(term: str) -> str:
    """``term`` with its lowercase plural words made singular ("casualties" -> "casualty")."""
    def singular(match: re.Match) -> str:
        word = match.group(0)
        if word in _PLURAL_ONLY:
            return word
        if match.group(2):
            return match.group(2)
        return match.group(1)[:-2] + "y" if word.endswith("ies") else match.group(1)
    return _PLURAL_WORD.sub(singular, term)


def longest_match(trie: Trie, keys: list[tuple[str, ...]], start: int,
                   skippable: list[bool] | None = None):
    """(length, payload) of the longest term starting at ``start``, or (0, None).

    ``skippable[i]`` says token ``i`` may be jumped over, once per term, inside
    a term (a French post-noun adjective).
    """
    best = (0, None)
    # Most tokens start no term: one look-up settles them (a gap is never first).
    if start < len(keys) and not any(key in trie for key in keys[start]):
        return best
    # (node, gap already used) pairs still alive after ``position`` tokens.
    frontier = [(trie, False)]
    position = start
    while frontier and position < len(keys):
        matched = [(child, gap) for node, gap in frontier for key in keys[position]
                   if (child := node.get(key)) is not None]
        skipped = []
        if skippable and skippable[position] and position > start:
            skipped = [(node, True) for node, gap in frontier if not gap]
        position += 1
        frontier = matched + skipped
        # Only a node reached by a real token ends a term. Spellings of one
        # term ("exercice militaire", "exercices militaires", or "fighting"
        # and "fight" via the lemma) can end together: keep one entry per
        # theme, the heaviest, so the result does not depend on set order.
        payloads: dict[str, tuple[str, int, str]] = {}
        for node, _ in matched:
            for code, weight, term in node.get(None, ()):
                if code not in payloads or (weight, term) > payloads[code][1:]:
                    payloads[code] = (code, weight, term)
        if payloads:
            best = (position - start, list(payloads.values()))
    return best


# Machine translation glues words together. Inside one token: a lowercase run of 3+
# letters followed by a capital ("l'allianceOTAN", "sécuritéRutte"), or a four-digit
# year on either side of a word ("2022cyberattaque", "sanctions2025"; "IP4" and "F-35"
# keep their digits).
_GLUED = re.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Ý])|(?<=\b\d{4})(?=[A-Za-zÀ-ÿ]{3})"
                    r"|(?<=[A-Za-zÀ-ÿ]{3})(?=\d{4}\b)")
# ...an acronym with a lowercase word stuck on ("l'OTANmardi", "l'ONUjeudi"), split
# where the acronym is a term ("OTANMark" is left alone: see the s12 log),
_GLUED_ACRONYM = re.compile(r"^(?P<caps>[A-ZÀ-Ý]{2,})(?P<rest>[a-zà-ÿ]{3,})$")
# ...or words joined by a semicolon, a bracket, a guillemet or a comma ("migrants;la",
# "réfugiés(HCR", "MSDF)il", "sanctions»,a"), or by a full stop before a capitalised word
# after an acronym ("RFI.Plusieurs", "HCR.Les"), which the tokenizers leave inside one token.
_GLUED_PUNCT = re.compile(r"(?<=\w)(?=[;()«»,]+\w)|(?<=[;()«»,])(?=\w)"
                          r"|(?<=[A-Z]{2})(?=\.[A-ZÀ-Ý][a-zà-ÿ])|(?<=[A-Z]{2}\.)(?=[A-ZÀ-Ý][a-zà-ÿ])")
# ...or a term with a short word or weekday stuck on ("la guerrea repris", "les
# sanctionsmardi", "Chinaand Japan", "formuleà"): a head of 4+ letters that is a whole
# term, then one of these words -- the glues seen in feeds, not common word endings
# ("-les", "-est", "-is") that would cut real words.
_GLUED_TAIL = re.compile(
    r"^(?P<head>[^\W\d_]{4,})(?P<tail>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|contre|pour|dans|avec|sur"
    r"|par|selon|a|à|and|the|of|on|to|said)$", re.IGNORECASE)


def _is_whole_term(text: str, trie: "Trie", lang: str) -> bool:
    return any(None in trie.get(key, {}) for key in token_keys(text, text, lang))


def _glued_parts(text: str, own: tuple[str, ...], trie: "Trie", lang: str) -> list[str] | None:
    if any(key in trie for key in own):
        return None  # a known name or word ("TotalEnergies", "budget") is left whole
    # Most tokens are lowercase words, where only a glued tail can hide: the three
    # patterns below each need a capital, a digit or punctuation.
    if not (text.isalpha() and text.islower()):
        if _GLUED.search(text):
            return _GLUED.split(text)
        if _GLUED_PUNCT.search(text):
            return _GLUED_PUNCT.split(text)
        acronym = _GLUED_ACRONYM.match(text)
        if acronym:
            return [acronym["caps"], acronym["rest"]] \
                if _is_whole_term(acronym["caps"], trie, lang) else None
    tail = _GLUED_TAIL.match(text) if len(text) >= 6 else None
    if tail and _is_whole_term(tail["head"], trie, lang):
        return [tail["head"], tail["tail"]]
    return None


def document_keys(doc, trie: "Trie", lang: str) -> tuple[list[tuple[str, ...]], list[int]]:
    """Match keys per token of a spaCy Doc, and the doc token each key comes from. A glued
    token that starts no term is matched as its parts, so "renforcer l'allianceOTAN"
    still finds NATO."""
    keys: list[tuple[str, ...]] = []
    origin: list[int] = []
    stripped = lang == "fr" and unaccented_copy(doc.text)
    # Half of an article's tokens repeat an earlier (text, lemma) ("de", "la", ","): their
    # keys are worked out once per document, keyed on spaCy's string ids.
    known: dict[tuple[int, int, bool], list[tuple[str, ...]]] = {}
    for token in doc:
        # A verb written without accents is that verb: "le port traite 3 millions de
        # conteneurs" handles them, no "traité" (treaty); an unaccented noun or adjective
        # may be an accented one ("Forces armees", "insecurite alimentaire"). In copy that
        # lost all its accents, a verb may be too ("a negocie", "ont ete evacues").
        verb = token.pos in _VERBS
        token_id = (token.orth, token.lemma, verb)
        found = known.get(token_id)
        if found is None:
            found = known[token_id] = _keys_of(token.text, token.lemma_, trie, lang,
                                               stripped or not verb)
        if stripped and len(found) == 1 and (guessed := unaccented_infinitives(doc, token.i)
                                             + masculine_twin(doc, token.i)):
            found = [found[0] + guessed]
        if token.i and len(found) == 1 and (kind := article_class(
                fold(token.text), fold(doc[token.i - 1].text), lang)):
            found = [found[0] + (kind,)]
        keys.extend(found)
        origin.extend([token.i] * len(found))
    return keys, origin


# Copy that lost its accents (machine-translated feeds: "les habitants ont ete evacues", "le
# ministre a negocie", "a dementi"): the small French model neither knows these forms nor
# lemmatises them ("tues" -> "taire", "negocie" -> "negocie"), so the taxonomy's infinitives
# ("évacuer", "négocier", "démentir", "tuer") are missed. The parse reads such copy with its
# accents given back (transforms/accents.py); the words the restoration leaves bare are read
# here as their accented twins. Which copy lost its accents is told once, for the parse and
# for this matcher: accents.copy_lost_accents, on the text this matcher is given.


def unaccented_copy(text: str) -> bool:
    """Whether a French ``text`` lost its accents (accents.copy_lost_accents)."""
    return copy_lost_accents(text)


# The infinitive a participle written without accents stands for: "evacues", "deployees",
# "appele" -> -er, "dementi" -> -ir, "detruits" -> -ire. A participle is known by its place:
# after an auxiliary ("ont ete tues", "a negocie", "se sont rassemblees"), or, in the
# plural or the feminine, after the noun it qualifies ("manifestants interpelles", "troupes
# deployees"). Elsewhere "-e" and "-es" words are mostly nouns ("les taxes", "n'importe"),
# whose infinitive is another term ("taxer", "importer").
_INFINITIVE_ENDINGS = ((re.compile(r"(?<=[a-z]{2})e(e?s?)$"), "er"),
                       (re.compile(r"(?<=[a-z]{3})i(e?s?)$"), "ir"),
                       (re.compile(r"(?<=[a-z]{3})it(e?s?)$"), "ire"))
# The auxiliaries, and the words that may stand between one and its participle, are the
# restoration's (accents.AUXILIARIES, accents.stands_between), with the negation's "ne".
_NEGATION = frozenset({"ne", "n'", "n’"})


def unaccented_infinitives(doc, i: int) -> tuple[str, ...]:
    """The infinitives token ``i`` of copy without accents may be the participle of."""
    text = doc[i].text.lower()
    if not text.isascii() or not text.isalpha() or len(text) < 3:
        return ()
    before = i - 1
    while before >= 0 and before >= i - 2 and (doc[before].lower_ in _NEGATION
                                                or stands_between(doc[before].lower_)):
        before -= 1
    after_auxiliary = before >= 0 and doc[before].lower_ in AUXILIARIES
    # A word in its own right without the accent ("porte", "ferme") is the participle only
    # after an auxiliary: "a porte plainte", "a ferme son ambassade".
    if not after_auxiliary and text.rstrip("s") in _WORDS_WITHOUT_ACCENT:
        return ()
    after_noun = (i > 0 and doc[i - 1].pos in _NOUN_TAGS
                  and text.endswith(("s", "ee", "ie", "ite")))
    if not (after_auxiliary or after_noun or text.endswith(("ee", "ees"))):
        return ()
    return infinitive_guesses(text)


# ...and a word in its own right without the accent is its accented masculine twin after a
# masculine determiner: "le marche du petrole" is "le marché", "la marche blanche" a march;
# "un traite de paix" is "un traité", "la traite des migrants" trafficking.
_MASCULINE_DETERMINERS = frozenset({"le", "du", "au", "un", "ce"})


def masculine_twin(doc, i: int) -> tuple[str, ...]:
    """The accented masculine noun token ``i`` of copy without accents stands for, if any."""
    text = doc[i].text.lower()
    if (i and text in _WORDS_WITHOUT_ACCENT and text.isascii()
            and doc[i - 1].lower_ in _MASCULINE_DETERMINERS):
        return (text[:-1] + "é",)
    return ()


def infinitive_guesses(text: str) -> tuple[str, ...]:
    """The infinitives an unaccented participle may be of ("negocie" -> "negocier")."""
    return tuple(pattern.sub(infinitive, text) for pattern, infinitive in _INFINITIVE_ENDINGS
                 if pattern.search(text))


_VERBS = frozenset({VERB, AUX})
_NOUN_TAGS = frozenset({NOUN, PROPN})


def _keys_of(text: str, lemma: str, trie: "Trie", lang: str,
             unaccented: bool = True) -> list[tuple[str, ...]]:
    """The match keys of one token: its own, or those of each part of a glued token."""
    own = token_keys(text, lemma, lang, unaccented)
    parts = _glued_parts(text, own, trie, lang)
    if parts and len(parts) > 1:
        return [token_keys(part, part, lang, unaccented) for part in parts]
    return [own]
