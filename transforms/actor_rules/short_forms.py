"""Bare generic words that stand for a body named in full elsewhere in the article.

Wire copy names a body once and then shortens it: "l'Union" or "the Union" for the
European Union, "l'Alliance" for NATO, "the Commission" for the European Commission.
The short form is that body only when the article names it in full (or by acronym);
otherwise, like other lone institutional words ("la Bourse", "the Court",
"Programme" cut from a longer name, "Earth"), it is no actor at all.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from transforms.actor_rules.vocab import Candidate
from transforms.countries import norm
from transforms.records import Actor

# short form -> (the body it stands for, norm forms or exact acronyms naming it in full)
_SHORT_FORMS: dict[str, tuple[Actor, tuple[str, ...], tuple[str, ...]]] = {
    "union": (Actor("European Union", "ORGANIZATION", None),
              ("european union", "union europeenne", "europeen", "europeenne"), ("EU", "UE")),
    "alliance": (Actor("NATO", "ORGANIZATION", None),
                 ("alliance atlantique", "atlantic alliance", "north atlantic"),
                 ("NATO", "OTAN", "Otan", "Nato")),
    "commission": (Actor("European Commission", "ORGANIZATION", None),
                   ("european commission", "commission europeenne"), ()),
    # "the Emirates deny", "les Emirats": the country once the article names it in full
    "emirates": (Actor("United Arab Emirates", "COUNTRY", "ARE"),
                 ("united arab emirates", "emirats arabes unis"), ("UAE", "EAU")),
    "emirats": (Actor("United Arab Emirates", "COUNTRY", "ARE"),
                ("united arab emirates", "emirats arabes unis"), ("UAE", "EAU")),
}
# Lone capitalised words that are never a name by themselves.
GENERIC_WORDS = {"union", "alliance", "commission"} | {norm(w) for w in """
Bourse Earth Terre Programme Program Institut Institute Court Cour Society Council Conseil
Agency Agence Ministry Ministère Fund Fonds Office Bureau Group Groupe Organisation
Organization Authority Autorité Department
""".split()}
_DETERMINERS = {"the", "l'", "la", "le", "les", "l’", "this", "cette"}
_OPENING_QUOTES = {"«", '"', "“"}
# French adjectives that make another body of a generic word ("l'Union africaine", "la
# Commission électorale", "l'Alliance démocratique"); the tagger also calls verbs
# adjectives ("l'Union stagne"), so the ending decides.
_ADJECTIVE_ENDINGS = ("al", "ale", "ales", "aux", "ique", "iques", "ain", "aine", "aines",
                      "en", "enne", "ennes", "el", "elle", "elles", "aire", "aires", "ier",
                      "ière", "ières", "if", "ive", "ives", "é", "ée", "ées", "ois", "oise",
                      "ais", "aise", "ien", "ienne")


def _alone(doc: Doc, i: int) -> bool:
    """Not part of a longer name: "l'Union africaine", "Alliance des Etats du Sahel",
    "UN Environment Programme" are names of their own."""
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if before is not None and (before.text in {"'s", "’s"} or (
            before.text[:1].isupper() and not before.is_sent_start
            and before.lower_ not in _DETERMINERS)):
        return False  # "the Federal Prosecutor's Office"
    if before is not None and before.text in {"'", "’"} and i > 1 \
            and doc[i - 2].text[:1].isupper() and doc[i - 2].lower_.endswith("s"):
        return False  # "the Australian Workers' Union": a plural possessive in the name
    if after is None:
        return True
    if after.lower_ in {"de", "d'", "d’"}:
        verb = i + 3 if i + 3 < len(doc) and doc[i + 2].text in _OPENING_QUOTES else i + 2
        if verb < len(doc) and doc[verb].morph.get("VerbForm") == ["Inf"]:
            return True  # "a demandé à la Commission de (« )négocier": what it was asked
    return not (after.text[:1].isupper() or after.lower_ in {"of", "de", "des", "du", "d'", "for",
                                                             "pour", "on", "sur"}
                or (after.text.islower() and len(after.text) > 4
                    and after.text.endswith(_ADJECTIVE_ENDINGS)))


def generic_word_mask(doc: Doc, lower_keys: list[str], known: list[bool]) -> list[bool]:
    """Tokens that are a lone generic word ("la Bourse", "Earth is on course..."), outside
    the dictionary's names ("l'armée de Terre")."""
    return [not known[i] and tok.text[:1].isupper() and lower_keys[i] in GENERIC_WORDS
            and _alone(doc, i) for i, tok in enumerate(doc)]


def short_form_candidates(doc: Doc, lower_keys: list[str], taken: list[bool]) -> list[Candidate]:
    """"l'Union" -> European Union, "l'Alliance" -> NATO, "the Commission" -> European
    Commission, when a determiner introduces them and the article names the body."""
    found: list[Candidate] = []
    text_norm, words = None, set()
    for i, tok in enumerate(doc):
        entry = _SHORT_FORMS.get(lower_keys[i])
        if entry is None or taken[i] or not tok.text[:1].isupper() or i == 0 \
                or doc[i - 1].lower_ not in _DETERMINERS or not _alone(doc, i):
            continue
        actor, full_names, acronyms = entry
        if text_norm is None:  # once per article, and only when a short form occurs
            text_norm = norm(doc.text)
            words = {t.text for t in doc}
        if any(name in text_norm for name in full_names) or any(a in words for a in acronyms):
            found.append(Candidate(actor, i, i + 1, tok.idx, tok.idx + len(tok.text), tok.text,
                                   "dict"))
    return found


def body_short_forms(chosen: list[Candidate]) -> list[Candidate]:
    """"Recent polls put the Progressive Party at 45%" after "his Serbian Progressive
    Party": an unknown body whose two or more words end the name of one body the article
    names is that body, not a second one."""
    bodies = {c.actor.name: c.actor for c in chosen
              if c.actor.actor_type in ("ORGANIZATION", "GROUP") and c.source != "ner"}
    out = []
    for cand in chosen:
        words = cand.text.split()
        if cand.source == "ner" and cand.actor.actor_type == "ORGANIZATION" and len(words) >= 2:
            tail = " " + norm(cand.text)
            longer = [a for name, a in bodies.items()
                      if len(name) > len(cand.text) and (" " + norm(name)).endswith(tail)]
            if len(longer) == 1:
                cand = replace(cand, actor=longer[0])
        out.append(cand)
    return out


# Lone generic words that may stand for one body the article named in full: "the Court"
# after "the International Court of Justice", "le Conseil" after "le Conseil national
# électoral", "the Bank" after "the South African Reserve Bank".
_BODY_WORDS = {norm(w) for w in """
Court Cour Council Conseil Agency Agence Ministry Ministère Fund Fonds Office Bureau
Authority Autorité Department Institute Institut Commission Bank Banque Tribunal Committee
Comité Assembly Assemblée Parliament Parlement Senate Sénat
""".split()}


def named_body_short_forms(doc: Doc, lower_keys: list[str], taken: list[bool],
                           chosen: list[Candidate]) -> list[Candidate]:
    """A lone generic word with a determiner, the same word as in the name of exactly one
    body the article named before it, is that body: "The Court ruled" after "the
    International Court of Justice". With no such body, or two ("the Council" after both
    the UN Security Council and the European Council), it stays no actor."""
    bodies = [c for c in chosen if c.actor.actor_type in ("ORGANIZATION", "GROUP")
              and c.end - c.start > 1 and c.source != "glue"]
    if not bodies:
        return []
    found: list[Candidate] = []
    for i, tok in enumerate(doc):
        word = lower_keys[i]
        if word not in _BODY_WORDS or taken[i] or not tok.text[:1].isupper() or i == 0 \
                or doc[i - 1].lower_ not in _DETERMINERS or not _alone(doc, i):
            continue
        named = {c.actor for c in bodies if c.end <= i and (
            f" {word} " in f" {norm(c.text)} " or f" {word} " in f" {norm(c.actor.name)} ")}
        if len(named) == 1:
            found.append(Candidate(named.pop(), i, i + 1, tok.idx, tok.idx + len(tok.text),
                                   tok.text, "dict"))
    return found


# Words a company's name adds to its own one-word name, which copy drops after the first
# mention: "KoBold Metals ... KoBold", "Lynas Rare Earths ... Lynas", "CMOC Group ... CMOC".
_FIRM_SUFFIXES = {norm(w) for w in """
Metals Metal Mining Minerals Resources Group Holdings Holding Technology Technologies
Electronics Energy Energies Corp Corporation Inc Ltd Limited Co Company Industries Motors
Petroleum Oil Gas Steel Polymers Chemicals Pharmaceuticals Pharma Systems Services Health
Hospital Hospitals Rare Earths Airlines Airways Shipping Logistics Telecom Communications
Solar Power Semiconductor Semiconductors Automotive Auto
""".split()}
_FIRM_SOURCES = {"ner", "place", "dict"}


def firm_short_forms(chosen: list[Candidate]) -> list[Candidate]:
    """A lone word that opens the name of exactly one company the article names in full,
    whose other words only say what kind of firm it is, is that company: "KoBold" after
    "KoBold Metals", "Eastlake" after "Eastlake Health Services" (not a town of Eastlake).
    A body with a name of its own after the word stays apart ("Gazprom" and "Gazprom Neft",
    "Airbus" and "Airbus Defence and Space"), and so do a group and its arms maker ("Hanwha"
    and "Hanwha Aerospace"): the defence words are no suffix."""
    firms: dict[str, list] = {}
    for c in chosen:
        words = c.actor.name.split()
        if c.actor.actor_type == "ORGANIZATION" and len(words) >= 2 \
                and all(norm(w) in _FIRM_SUFFIXES for w in words[1:]):
            found = firms.setdefault(norm(words[0]), [])
            if c.actor not in found:
                found.append(c.actor)
    if not firms:
        return chosen
    out = []
    for c in chosen:
        longer = firms.get(norm(c.text), [])
        if c.end - c.start == 1 and len(longer) == 1 and c.actor != longer[0] \
                and c.source in _FIRM_SOURCES \
                and (c.actor.actor_type == "ORGANIZATION"
                     or c.actor.actor_type == "LOCATION" and c.source != "dict"):
            c = replace(c, actor=longer[0])
        out.append(c)
    return out


_OF = {"de", "du", "des", "d'"}


def place_words_of_bodies(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A place written with the head noun of a body the article names in full, whose name
    holds that place, is the body's short form, not the place: "the Jalisco cartel" after
    "the Jalisco New Generation Cartel", "the Kurdistan government" after "the Kurdistan
    Regional Government", "le cartel de Sinaloa" after "le cartel de Sinaloa-Nord". English
    puts the head noun after the place, French before it with "de"."""
    bodies = [c.actor for c in chosen if c.actor.actor_type in ("ORGANIZATION", "GROUP")
              and c.end - c.start > 2]
    if not bodies:
        return chosen
    out = []
    for cand in chosen:
        if cand.actor.actor_type == "LOCATION":
            body = _body_of_place_words(doc, cand, bodies)
            if body is not None:
                cand = replace(cand, actor=body)
        out.append(cand)
    return out


def _body_of_place_words(doc: Doc, cand: Candidate, bodies: list[Actor]) -> Actor | None:
    place = norm(cand.text).split()
    head = None
    if doc.lang_ == "en" and cand.end < len(doc) and doc[cand.end].text.islower():
        head = norm(doc[cand.end].text)  # "the Jalisco cartel"
    elif doc.lang_ == "fr" and cand.start >= 2 and doc[cand.start - 1].lower_ in _OF \
            and doc[cand.start - 2].text.islower():
        head = norm(doc[cand.start - 2].text)  # "le cartel de Jalisco"
    if head is None or not doc[cand.end if doc.lang_ == "en" else cand.start - 2].is_alpha:
        return None
    found = []
    for body in bodies:
        words = norm(body.name).split()
        holds_place = any(words[k:k + len(place)] == place for k in range(len(words)))
        if holds_place and head in (words[0], words[-1]) and words != place:
            found.append(body)
    return found[0] if len(set(found)) == 1 else None
