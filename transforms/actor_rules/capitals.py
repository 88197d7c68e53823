"""Capitals: the place a story is filed from or the government it stands for.

A capital used for its government is the country ("Beijing said", "selon Séoul",
"talks between Washington and Tehran"); a capital as scenery stays a place ("in
Tokyo", "A Bruxelles, Berlin et Londres", "the army controls Khartoum", a dateline).
"""
from __future__ import annotations

from spacy.tokens import Doc

from transforms.actor_rules.vocab import PLACE_PREPOSITIONS, STANCE_NOUNS, first_conjunct
from transforms.countries import CAPITAL_INDEX, CITY_INDEX, NAME_INDEX, norm
from transforms.datelines import filed_from
from transforms.gazetteer import place_country


def capital_as_place(doc: Doc, start: int) -> bool:
    """"à Séoul", "in Tokyo", "expelled from Moscow": the city is a place.

    Anywhere else ("Beijing said", "criticised Pékin", "talks with Kyiv", "selon
    Séoul", "pressure from Washington") a capital stands for its government.
    """
    if filed_from(doc, start):
        return True  # "MANILA, April 15 (Vigie) -": the city the story was filed from
    tok = first_conjunct(doc[start])  # "hit Gaza City and Kuwait City"
    if tok.dep_ in {"dobj", "obj"} and tok.head.lemma_.lower() in TERRITORY_VERBS:
        return True  # "the army controls Khartoum", "les FSR ont pris El Facher"
    if _names_a_facility(doc, start) or _listed_with_a_town(doc, start):
        return True  # "Copenhagen and Oslo airports", "Munich and Brussels"
    k = start - 1
    while k >= 0 and doc[k].lower_ in {"the", "le", "la", "l'", "l’"}:
        k -= 1
    if k < 0:
        return False
    prev = norm(doc[k].text)
    if prev in {",", "et", "and"}:
        # "A Bruxelles, Berlin et Londres": a list after a place preposition is places.
        j = k
        while j > 0 and (doc[j].text in {",", "et", "and"} or doc[j].text[:1].isupper()):
            j -= 1
        return j < k and doc[j + 1].text[:1].isupper() and _before_place(doc, j)
    return _before_place(doc, k)


def _before_place(doc: Doc, k: int) -> bool:
    """doc[k], the word before a capital (or before a list of them), makes it a place."""
    prev = norm(doc[k].text)
    if prev in _ALIGNMENT_PREPOSITIONS and _aligned_by(doc, k):
        return False  # "le rapprocher de Moscou", "inféodé à Pékin": its government
    if prev in {"entre", "between"}:
        # "talks between Washington and Tehran" are governments; "the road between
        # Kyiv and Odesa", "vols entre Paris et Alger" join places.
        return (k > 0 and norm(doc[k - 1].text) in _ROUTE_NOUNS) or not _two_capitals(doc, k + 1) \
            and _other_side_is_place(doc, k + 1)
    if prev in {"de", "d'", "from", "du"}:
        # "pressions de Washington" is the government; "journaliste de Moscou" a place.
        if k == 0:
            return True
        j = _noun_before_coordination(doc, k - 1)
        while j > 0 and doc[j].pos_ == "ADJ" and doc[j].text.islower():
            j -= 1  # "les recettes pétrolières de Moscou"
        if doc[j].pos_ in ("VERB", "AUX") and norm(doc[j].lemma_) in _ASKING_VERBS:
            return False  # "avait obtenu de Washington une exemption", "exige de Dakar"
        return norm(doc[j].text) not in STANCE_NOUNS
    if prev in _TO and _given_to(doc, k):
        return False  # "envoie des obus à Moscou", "arms deliveries to Kyiv": the recipient
    if prev in {"pour", "for"} and k > 0 and (norm(doc[k - 1].lemma_) in _DEPARTURES
                                              or norm(doc[k - 1].text) in _DEPARTURES):
        return True  # "avant de s'envoler pour Berlin", "left for Beijing": where one goes
    if prev == "on" and k > 0 and (norm(doc[k - 1].lemma_) in _BEARING_ON
                                   or norm(doc[k - 1].text) in _BEARING_ON):
        return False  # "called on Beijing to lift", "sanctions on Moscow": its government
    return prev in PLACE_PREPOSITIONS


# Words before "on" whose object is a government: what one calls on, presses or imposes on it.
_BEARING_ON = {norm(w) for w in """
call called calling calls sanction sanctions pressure pressures embargo restrictions tariff
tariffs squeeze crackdown depend depends depended rely relies relied dependent dependence
reliant reliance
""".split()}


# Nouns a capital names the city's facility in ("Copenhagen and Oslo airports", "Kyiv metro"):
# the city, not its government.
_FACILITY_NOUNS = {norm(w) for w in """
airport airports port ports harbour harbor station stations metro subway suburbs outskirts
streets residents hospitals hospital city region
""".split()}


def _names_a_facility(doc: Doc, start: int) -> bool:
    """The capital (or a list of capitals) qualifies a facility noun after it."""
    k = start + 1
    while k < len(doc) and (doc[k].text[:1].isupper() or doc[k].lower_ in {"and", "et", ","}):
        k += 1
    return k < len(doc) and k - start <= 4 and norm(doc[k].text) in _FACILITY_NOUNS \
        and doc[k].text.islower() and doc[k - 1].text[:1].isupper()


def _listed_with_a_town(doc: Doc, start: int) -> bool:
    """"of Munich and Brussels", "Bergen, Oslo and Trondheim": a capital joined to a town that
    is no capital is one more place of the list."""
    sides = []
    if start >= 2 and doc[start - 1].lower_ in {"and", "et", ","}:
        sides.append(start - 2)
    if start + 2 < len(doc) and doc[start + 1].lower_ in {"and", "et", ","}:
        sides.append(start + 2)
    for j in sides:
        word = doc[j].text
        key = norm(word)
        if word[:1].isupper() and doc[j].ent_type_ in {"GPE", "LOC"} \
                and (key in CITY_INDEX or place_country(word)) \
                and key not in _CAPITAL_WORDS and key not in NAME_INDEX:
            return True
    return False


# What one obtains, demands or expects from a capital comes from its government.
_ASKING_VERBS = {norm(w) for w in "obtenir exiger réclamer attendre".split()}


# Words of leaving before "pour"/"for" and a destination ("s'envoler pour Berlin", "en
# route pour Kyiv", "departed for Moscow", "bound for Beijing").
_DEPARTURES = {norm(w) for w in """
envoler partir repartir décoller appareiller embarquer route départ direction
leave left depart departed bound head headed heading sail sailed fly flew
""".split()}


# Words of political alignment: a government is what a country moves towards or away
# from, depends on or submits to ("éloigner le pays de l'UE pour le rapprocher de
# Moscou", "s'affranchir de Washington", "inféodé à Pékin"), what one has leverage over or
# stands against ("son influence sur Moscou", "l'étau se resserre sur Moscou", "la
# dissuasion face à Pyongyang") and what one is asked about ("interrogé sur Pékin"). French
# only: English "closer to Kyiv" is as often a front line as a policy.
_ALIGNMENT_PREPOSITIONS = {"de", "d'", "du", "à", "a", "au", "sur"}
_ALIGNMENT_WORDS = {norm(w) for w in """
proche proches
rapprocher rapprochement éloigner éloignement distancer démarquer affranchir affranchissement
émanciper émancipation dépendance dépendant dépendante détacher détachement inféodé inféodée
inféodés inféodation soumis soumise soumission aligner alignement aligné alignée alignés
arrimer arrimage arrimé arrimée
influence pression pressions levier leviers resserrer interroger interrogé interrogée face
""".split()}


def _aligned_by(doc: Doc, k: int) -> bool:
    """doc[k] is the preposition: an alignment word just before it, or before its short
    object ("rapprocher le pays de Moscou")."""
    for j in range(k - 1, max(-1, k - 4), -1):
        tok = doc[j]
        if norm(tok.text) in _ALIGNMENT_WORDS or norm(tok.lemma_) in _ALIGNMENT_WORDS:
            return True
        if tok.pos_ not in {"DET", "NOUN", "PRON", "ADV"}:
            return False
    return False


_TO = {"à", "a", "au", "to"}
_GIVING_WINDOW = 6
# What is sent, given, sold or addressed to a capital goes to its government ("des obus à
# Moscou", "a signal to Moscow", "l'aide à Kiev", "arms sales to Riyadh", "conveyed its
# concern to Beijing", "appealed to Tehran"); a person travels to the city.
_GIVING_WORDS = {norm(w) for w in """
envoyer livrer fournir vendre transférer adresser donner accorder octroyer remettre
promettre offrir expédier exporter céder
send deliver supply sell transfer give grant provide promise offer ship export pledge
aide aides assistance soutien livraison livraisons envoi envois message signal lettre
ultimatum
aid assistance support delivery deliveries shipment shipments message signal letter
demander réclamer exhorter reprocher proposer suggérer permettre
prêt prêts crédit crédits financement financements don dons loan loans credit grant grants
vente ventes sale sales arms weapons armes
transmettre appel appels inquiétude préoccupation préoccupations protestation plainte
convey conveyed appeal appealed appeals plea concern concerns protest complaint warning
""".split()}


def _given_to(doc: Doc, k: int) -> bool:
    """doc[k] is "à"/"to": a word of giving before it in its own phrase. Another verb
    ("un message publié à Caracas") or a journey ("sent two charter flights to Kabul")
    between them makes the capital a place again."""
    for j in range(k - 1, max(-1, k - 1 - _GIVING_WINDOW), -1):
        tok = doc[j]
        key = norm(tok.text)
        if tok.is_punct or key in _ROUTE_NOUNS:
            return False
        if key in _GIVING_WORDS or tok.lemma_.lower() in _GIVING_WORDS:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _two_capitals(doc: Doc, i: int) -> bool:
    """"entre Washington et Téhéran": both sides of the "and" are capitals (not "entre
    Jakarta et Bandung", a town)."""
    j = next((m for m in range(i + 1, min(len(doc) - 1, i + 5))
              if doc[m].lower_ in {"and", "et"}), None)
    return j is not None and norm(doc[i].text) in _CAPITAL_FIRST_WORDS \
        and norm(doc[j + 1].text) in _CAPITAL_FIRST_WORDS


def _other_side_is_place(doc: Doc, i: int) -> bool:
    """"between Kayes and Bamako": the other side is a town, so both are places;
    "between Washington and the Houthis": an actor, so the capital is its government."""
    j = next((m for m in range(i + 1, min(len(doc) - 1, i + 5))
              if doc[m].lower_ in {"and", "et"}), None)
    if j is None:
        return True
    k = j + 1
    while k < len(doc) - 1 and doc[k].lower_ in {"the", "le", "la", "les", "l'"}:
        k += 1
    word = doc[k].text
    if norm(word) in _PARTY_NOUNS:
        return False  # "un « deal » entre Paris et les rivaux de son client": a party
    return not word[:1].isupper() or bool(place_country(word)) or norm(word) in CITY_INDEX \
        or doc[k].ent_type_ in {"GPE", "LOC"} and norm(word) not in NAME_INDEX


_CAPITAL_FIRST_WORDS = {key.split()[0] for key in CAPITAL_INDEX}
_CAPITAL_WORDS = {word for key in CAPITAL_INDEX for word in key.split()}  # "Caire" of "Le Caire"
# People on the other side of "entre Paris et ...", "between Moscow and ...": parties to a
# dealing, so the capital is a government too.
_PARTY_NOUNS = {norm(w) for w in """
rivaux rival rivals adversaires adversaries opposants opponents rebelles rebels insurgés
insurgents militants talibans partisans alliés allies autorités authorities dirigeants leaders
""".split()}
# Verbs whose object is ground, not a government: "controls Khartoum", "a frappé Kyiv";
# and the city one travels to: "is due to visit Washington", "visitera Pékin".
TERRITORY_VERBS = {w.lower() for w in """
control capture take retake seize enter besiege encircle shell bomb strike hit attack
occupy reach flee leave evacuate surround overrun storm liberate visit
contrôler prendre reprendre saisir entrer assiéger encercler bombarder frapper pilonner
attaquer occuper atteindre fuir quitter évacuer cerner libérer viser visiter
""".split()}
# Nouns that join two places: "the road between Kyiv and Odesa".
_ROUTE_NOUNS = {norm(w) for w in """
road roads route routes highway railway rail train trains flight flights border frontier
corridor journey trip line axis vol vols liaison liaisons frontière axe trajet autoroute
ligne voyage chemin
""".split()}


def _noun_before_coordination(doc: Doc, k: int) -> int:
    """"sous l'égide de Washington et de Paris": Paris shares égide with Washington."""
    while k >= 3 and doc[k].lower_ in {"et", "and", "ou", "or", ","} \
            and doc[k - 1].text[:1].isupper() and norm(doc[k - 2].text) in {"de", "d'", "from"}:
        k -= 3
    return k
