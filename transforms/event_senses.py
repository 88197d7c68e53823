"""Which sense of a verb is an act: welcoming, receiving, calling, returning and leaving
each tell an event in some of their uses only ("welcomed the decision" is SUPPORT,
"welcomed 8.7 million visitors" none, "welcomed European leaders" a meeting hosted;
"called Zelensky" a call, "called the move a provocation" an accusation, "what X called
a warning" nothing). Split from events.py.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.event_inflections import unaccented

# Taking in people by the number is hosting them, not support or a meeting.
_HOSTING_LEMMAS = {"welcome", "receive", "host", "accueillir", "recevoir", "héberger"}
_PEOPLE_TAKEN_IN = {"visitor", "refugee", "migrant", "tourist", "patient", "wounded",
                    "asylum-seeker", "seeker", "evacuee", "visiteur", "réfugié", "touriste",
                    "blessé", "demandeur", "déplacé", "exilé", "malade", "spectateur"}


_TAKEN_IN = {unaccented(w) for w in _PEOPLE_TAKEN_IN}


def naming_call(verb: Token) -> bool:
    """"called it a warning", "what X called a stern warning": call as naming, no phone call;
    "called off the summit with Putin": a cancellation, no call either."""
    return any(c.dep_ == "oprd" and c.pos_ != "PROPN" or
               c.dep_ == "dobj" and c.lower_ in ("what", "which", "whatever") or
               c.dep_ == "prt" and c.lower_ == "off"
               for c in verb.children) or _quoted_name(verb)


_QUOTES = {'"', "“", "«", "‘", "'"}


def _quoted_name(verb: Token) -> bool:
    """"called the vote "largely peaceful"", "called the two countries "Pacific neighbours"":
    the name given is quoted right after what is named (the parser often makes it a second
    object, or hangs it elsewhere), so the call is naming."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) > 1:
        return True
    if not objects:
        return False
    after = objects[0].right_edge.i + 1
    return after < len(verb.doc) and verb.doc[after].text in _QUOTES and \
        after + 1 < len(verb.doc) and verb.doc[after + 1].is_alpha


# Who is welcomed as a visitor: "a accueilli plusieurs dirigeants européens" is hosting.
_VISITOR_NOUNS = {"leader", "delegation", "counterpart", "president", "minister", "envoy",
                  "dirigeant", "délégation", "homologue", "président", "ministre", "émissaire",
                  "chef"}


# Counts the visitors come in: "une trentaine de chefs d'Etat", "dozens of leaders".
_HEADCOUNTS = {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine",
               "cinquantaine", "centaine", "millier", "dozen", "dozens", "score", "scores",
               "number", "host", "group", "nombre", "groupe"}


def welcomes_visitors(verb: Token) -> bool:
    """"welcomed several European leaders to Kyiv", "accueillait une trentaine de chefs
    d'Etat": hosting them, not support."""
    for c in verb.children:
        if c.dep_ not in ("obj", "dobj"):
            continue
        if c.lemma_.lower() in _VISITOR_NOUNS:
            return True
        if c.lemma_.lower() in _HEADCOUNTS and any(
                g.lemma_.lower() in _VISITOR_NOUNS for p in (c, *c.children)
                for g in p.children if g.dep_ in ("nmod", "pobj")):
            return True
    return False
# Receiving a sum, a share or supplies is being paid or helped, not a meeting: "the UN has
# received less than a quarter of the 4.2 billion dollars", "a reçu 300 millions d'euros",
# "aurait reçu de la Russie une assistance technique".
_SUMS = {"MONEY", "PERCENT", "QUANTITY"}
_SUM_NOUNS = {"quarter", "half", "third", "fraction", "share", "percent", "dollar", "euro",
              "fund", "funding", "money", "payment", "loan", "grant", "donation", "dose",
              "aid", "assistance", "help", "weapon", "equipment", "delivery",
              "quart", "moitié", "tiers", "part", "fonds", "financement", "paiement", "prêt",
              "don", "aide", "arme", "munition", "équipement", "livraison"}


def hosting_people(verb: Token, lemma: str) -> bool:
    """Hosting people by the number ("welcomed 8.7 million visitors"), or receiving a sum."""
    objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    if lemma in ("receive", "recevoir") and any(
            t.ent_type_ in _SUMS or t.lemma_.lower() in _SUM_NOUNS
            for o in objects for t in (o, *o.children)):
        return True
    # "8,7 millions de visiteurs", "un nombre record de touristes", "plus de 850.000
    # refugiés": the people counted hang below the number's noun.
    counted, level = [], objects
    for _ in range(3):  # "l'an dernier plus de deux millions de touristes" hangs it deeper
        level = [g for c in level for g in c.children if g.dep_ in ("nmod", "prep", "pobj")]
        counted += level
    return lemma in _HOSTING_LEMMAS and any(
        c.lemma_.lower() in _PEOPLE_TAKEN_IN or unaccented(c.lower_.rstrip("s")) in _TAKEN_IN
        for c in (*objects, *counted))  # the tagger reads "réfugiés" as a verb at times


_FORCES = {"troop", "force", "soldier", "army", "unit", "fighter", "militant", "rebel",
           "contingent", "battalion", "brigade", "mission", "personnel"}


_TRIP_NOUNS = {"trip", "visit", "tour", "journey", "summit", "meeting", "talks", "stopover",
               "holiday", "vacation", "stay", "conference"}


_RENDRE_IDIOMS = {"compte", "hommage", "public", "publique", "publics", "publiques", "justice",
                  "service", "possible", "responsable", "grâce", "coup", "visite", "âme",
                  "verdict", "décision", "avis", "arrêt", "rapport", "copie", "difficile",
                  "impossible", "obligatoire", "caduc", "caduque"}


# Leaving a party, a post or a firm is no pull-back of forces.
_POSTS = {"party", "post", "office", "job", "company", "firm", "race", "campaign", "club",
          "parti", "poste", "fonction", "fonctions", "entreprise", "société", "course",
          "campagne", "gouvernement", "government", "cabinet", "ministère", "ministry"}


# Where forces or people pull out of: "left the country", "leaving the base".
_PLACE_NOUNS = {"country", "territory", "base", "city", "town", "capital", "region", "area",
                "zone", "province", "district", "village", "camp", "port", "island", "border",
                "position", "positions", "outpost", "garrison", "compound", "embassy",
                "soil", "airspace", "waters", "enclave", "strip", "bank", "valley", "front"}
_PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


_PLACE_ACTORS = {"COUNTRY", "LOCATION"}


def _place(noun: Token, actor_types: dict[int, str]) -> bool:
    """A country or a place named (by the actors found, else by the tagger), or a place noun;
    a name the actors found to be a body or a person is none ("the Socialist Party")."""
    named = actor_types.get(noun.i)
    if named is not None:
        return named in _PLACE_ACTORS
    return noun.lemma_.lower() in _PLACE_NOUNS or noun.ent_type_ in _PLACE_ENTITIES or \
        noun.pos_ == "PROPN"


_VESSELS = {"ship", "boat", "vessel", "tanker", "freighter", "ferry", "plane", "aircraft",
            "jet", "flight", "truck", "convoy", "bus", "train", "navire", "bateau", "pétrolier",
            "cargo", "avion", "vol", "camion", "convoi"}


def _bound_for(verb: Token) -> bool:
    """The departure names where it is bound: "left for Canada", "leaves for the summit",
    "est parti de Kyiv pour Varsovie". Setting off on a trip is no pull-out."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in _TRIP_NOUNS)
                for c in child.children):
            return True  # not "left Mali for good"
        if child.dep_.startswith(("obl", "nmod")) and \
                any(c.dep_ == "case" and c.lower_ == "pour" for c in child.children) and \
                child.pos_ == "PROPN":
            return True
    return False


def withdrawal(verb: Token, lemma: str, actor_types: dict[int, str] | None = None) -> bool:
    """"leave" and "return" are withdrawals only as moves of forces or from a place, not
    "Trump returned to the White House", "Fidesz returned to power", "returning migrants"
    (sent back, not pulling out) or "leaving the budget stretched", "has left clinics
    without drugs" (a result)."""
    if lemma == "return":
        movers = [c for c in verb.children if c.dep_ in ("nsubj", "dobj", "nsubjpass")]
        origins = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                   for o in c.children if o.dep_ == "pobj"]
        if any(o.lemma_.lower() in _TRIP_NOUNS for o in origins):
            return False  # "Lai returned from a trip to Paraguay": back home, no pull-out
        return bool(origins) or any(c.lemma_.lower() in _FORCES for c in movers)
    if lemma == "rendre":
        # "rendre compte", "rendre hommage", "rendre public", "rendre justice": an idiom,
        # not handing back ("a rendu les territoires occupés").
        # The word right after counts too: "que l'Iran rende compte" is parsed with "rende"
        # as an adjective on "compte".
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        return not (after is not None and after.lower_ in _RENDRE_IDIOMS) and not any(
            c.lemma_.lower() in _RENDRE_IDIOMS or c.lower_ in _RENDRE_IDIOMS
            for c in verb.children if c.dep_ in ("obj", "xcomp", "amod", "obl:arg", "obl:mod",
                                                 "advmod", "acomp"))
    if lemma in ("leave", "quitter") and any(
            c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in _POSTS or c.lower_ in _POSTS)
            for c in verb.children):
        return False  # "who left the Socialist party in 2022", "a quitté ses fonctions"
    if lemma in ("leave", "quitter") and any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.lemma_.lower() in _VESSELS
            for c in verb.children):
        return False  # "the boat had left Zuwara", "le navire a quitté le port": a voyage
    if lemma in ("leave", "quitter") and _bound_for(verb):
        return False  # "hours after Lee left for Canada", "a quitté Kyiv pour Varsovie": a trip
    if lemma == "leave":
        if any(c.dep_ in ("oprd", "ccomp", "acomp", "xcomp") for c in verb.children):
            return False  # "leaving the budget stretched"
        left = [c for c in verb.children if c.dep_ == "dobj"]
        if left and not any(_place(c, actor_types or {}) for c in left):
            # "left the tracks", "left 4.4 million people short of food", "left the Citizens
            # Coalition he had founded", "left the future of its base in doubt": what is left
            # is no country, town or base, so no one pulled out of anywhere.
            return False
        return not any(p.dep_ == "prep" and p.lower_ == "without"
                       for c in verb.children if c.dep_ == "dobj" for p in c.children) and \
            not any(c.dep_ == "prep" and c.lower_ == "without" for c in verb.children)
    return True


# Giving that is no gift: "l'alerte avait été donnée par Alarm Phone", "gave an interview",
# "a donné le coup d'envoi", "gave no details".
_GIVING_LEMMAS = {"give", "donner"}
_NOT_GIFTS = {"alert", "alarm", "interview", "speech", "detail", "details", "figure", "account",
              "impression", "example", "reason", "signal", "address", "briefing", "warning",
              "order", "orders", "priority", "alerte", "alarme", "entretien", "discours", "détail", "détails", "chiffre", "bilan", "exemple", "raison", "coup",
              "ordre", "ordres", "priorité", "rendez-vous", "conférence", "explication",
              "explications", "précision", "précisions", "nouvelle", "nouvelles", "avis",
              "impulsion", "suite", "lieu", "tort",
              # a deadline is no gift: "a donné 48 heures aux agents pour quitter le pays"
              "hour", "hours", "day", "days", "week", "weeks", "heure", "heures", "jour",
              "jours", "semaine", "semaines", "délai", "deadline", "ultimatum"}


# A licence or a permit is a right to work a mine or a field, not help: "Greenland granted two
# new mining licences", "a accordé un permis d'exploitation à une société chinoise".
_GRANTING_LEMMAS = {"give", "grant", "issue", "award", "donner", "accorder", "octroyer",
                    "délivrer", "attribuer"}
_PERMITS = {"licence", "license", "licences", "licenses", "permit", "permits", "concession",
            "concessions", "permis", "autorisation", "autorisations"}


def idle_giving(verb: Token, lemma: str) -> bool:
    """"gave an interview", "l'alerte a été donnée", "granted a licence": what is given is
    no aid."""
    return lemma in _GIVING_LEMMAS and _object_in(verb, _NOT_GIFTS) or \
        lemma in _GRANTING_LEMMAS and _object_in(verb, _PERMITS)


# Supplying a share of a market is trade, no aid: "Mexico supplies about two-thirds of the
# tomatoes sold in the US", "a plant that supplies much of the region", "la Russie fournissait
# 45 % du gaz consommé dans l'Union".
_SUPPLYING_LEMMAS = {"supply", "provide", "deliver", "fournir", "livrer", "approvisionner"}
_SHARES = {"third", "thirds", "half", "quarter", "quarters", "much", "most", "share", "part",
           "percent", "%", "bulk", "majority", "fraction", "proportion", "tiers", "moitié",
           "quart", "quarts", "majorité", "essentiel", "plupart"}


def supplied_share(verb: Token, lemma: str) -> bool:
    return lemma in _SUPPLYING_LEMMAS and _object_in(verb, _SHARES)


def shipping_trade(verb: Token) -> bool:
    """"began shipping last year", "a sentence for shipping machine parts to Iran",
    "urged shipping companies": "shipping" with no auxiliary of its own is the trade, or
    a deed told as a charge, not a delivery of aid ("was shipping food to Gaza" stays)."""
    return verb.lower_ == "shipping" and not any(c.dep_.startswith("aux") for c in verb.children)


# Verbs whose object says they are no act: "released a statement", "offered condolences",
# "a livré sa version des faits", "a reçu ses premiers Rafale", "delivered a speech".
# Releasing prisoners, offering talks, delivering aid and receiving envoys stay events.
_IDLE_OBJECTS = {
    "release": {"statement", "report", "video", "footage", "image", "photo", "photograph",
                "picture", "figure", "data", "detail", "list", "result", "finding",
                "recording", "audio", "document", "transcript", "book", "album", "film",
                "guidance", "forecast", "update", "map", "analysis", "study", "survey", "poll",
                "letter", "communique", "communiqué", "record", "clip", "version", "readout",
                "estimate", "statistic", "account", "note", "memo", "text"},
    "offer": {"condolence", "condolences", "sympathy", "sympathies", "prayer", "prayers",
              "thought", "thoughts", "explanation", "detail", "details", "glimpse", "insight",
              "view", "opinion", "comment", "assessment"},
    "offrir": {"condoléance", "condoléances", "sympathie", "aperçu", "explication"},
    "livrer": {"version", "analyse", "témoignage", "récit", "détail", "détails", "chiffre",
               "chiffres", "bilan", "explication", "conclusion", "conclusions", "secret",
               "sentiment", "lecture", "vision", "regard", "interprétation"},
    "deliver": {"speech", "address", "remark", "remarks", "lecture", "sermon", "keynote",
                "statement", "briefing", "eulogy", "message", "result", "results"},
    "receive": {"letter", "message", "invitation", "award", "prize", "medal", "honour", "honor",
                "jet", "aircraft", "plane", "fighter", "delivery", "shipment", "vaccine", "dose",
                "weapon", "missile", "tank", "equipment", "report", "complaint", "request",
                "approval", "nomination", "diagnosis", "treatment", "care",
                "degree", "doctorate", "vote", "votes", "support", "backing", "visa",
                "application", "bid", "offer", "proposal", "inquiry", "inquiries", "query",
                "queries"},
    # Meeting a condition, a need or a deadline is no meeting: "the loan met the IMF's
    # conditions", "to meet rising demand", "a rencontré des difficultés".
    "meet": {"condition", "conditions", "demand", "demands", "need", "needs", "target",
             "targets", "requirement", "requirements", "criterion", "criteria", "standard",
             "standards", "deadline", "obligation", "obligations", "expectation",
             "expectations", "goal", "goals", "cost", "costs", "threshold", "quota",
             "commitment", "commitments", "payment", "payments", "benchmark", "challenge",
             "challenges", "fate", "death", "resistance", "opposition", "criticism",
             "approval", "objective", "objectives", "shortfall", "bill", "bills"},
    "rencontrer": {"difficulté", "difficultés", "problème", "problèmes", "succès",
                   "obstacle", "obstacles", "résistance", "écho", "besoin", "besoins"},
    # Sending words is no aid: "sent a diplomatic note", "a envoyé une lettre".
    "send": {"note", "letter", "message", "signal", "invitation", "reply", "response",
             "notice", "email", "text", "questionnaire", "summons", "complaint"},
    "envoyer": {"note", "lettre", "message", "signal", "invitation", "réponse", "courrier",
                "plainte", "questionnaire"},
    # Freeing money or room is no release of anyone: "a step that frees emergency funds".
    "free": {"fund", "funds", "funding", "money", "cash", "resource", "resources", "space",
             "capacity", "budget", "reserve", "reserves", "land", "time"},
    # Declaring a disaster or mourning is no coercion: "a décrété l'état de catastrophe
    # naturelle", "declared a state of calamity", "a décrété trois jours de deuil".
    "décréter": {"deuil"},
    "declare": {"mourning", "calamity", "disaster"},
    # Hosting a base or a seat is housing it, no meeting: "Kyrgyzstan, which hosts a
    # Russian air base", "the city hosts the bank's headquarters".
    "host": {"base", "bases", "headquarters", "seat", "plant", "facility", "facilities",
             "factory", "mine", "mines", "refinery", "reactor", "station", "garrison",
             "population", "community", "diaspora", "museum", "office", "offices"},
    "recevoir": {"lettre", "message", "invitation", "prix", "distinction", "médaille",
                 "avion", "chasseur", "rafale", "livraison", "cargaison", "vaccin", "dose",
                 "arme", "missile", "char", "équipement", "rapport", "plainte", "demande",
                 "feu", "aval", "soutien", "appui", "nomination", "traitement", "soin",
                 "soins", "visa", "diplôme", "voix", "candidature", "offre", "proposition",
                 "exemplaire"},
    # Fighting a disease, a fire or a scourge is no attack on anyone: "has been fighting a
    # dengue outbreak", "combat les incendies", "fought the blaze for hours".
    "fight": {"outbreak", "epidemic", "disease", "fire", "fires", "blaze", "wildfire",
              "wildfires", "corruption", "poverty", "inflation", "virus", "pandemic", "flood",
              "floods", "drought", "cancer", "addiction", "disinformation", "misinformation",
              "hunger", "famine", "malaria", "cholera", "dengue", "infection", "infections",
              "unemployment", "locust", "locusts", "pollution", "pest", "pests"},
    "combattre": {"épidémie", "maladie", "incendie", "incendies", "feu", "feux", "corruption",
                  "pauvreté", "inflation", "virus", "pandémie", "sécheresse", "faim", "famine",
                  "paludisme", "choléra", "dengue", "infection", "chômage", "criquet",
                  "criquets", "pollution", "désinformation", "fléau"},
    # Settling a position or a date is deciding, no arrest: "le Conseil avait arrêté sa
    # position", "l'Italie n'a pas encore arrêté sa décision", "arrêter le calendrier".
    "arrêter": {"position", "positions", "décision", "date", "dates", "liste", "calendrier",
                "plan", "stratégie", "programme", "texte", "choix", "modalité", "modalités",
                "principe", "principes", "montant", "dispositif", "trajectoire", "cadre",
                "budget", "orientation", "orientations", "priorité", "priorités", "feuille",
                "mandat", "ligne", "formule", "composition", "tracé", "chiffre"},
    # Pausing a sitting is running a meeting, no sanction on anyone: "the chair suspended
    # the closing plenary", "le président a suspendu la séance".
    "suspend": {"plenary", "session", "sitting", "hearing", "debate", "proceedings",
                "meeting"},
    "suspendre": {"séance", "plénière", "audience", "débat", "débats", "session", "travaux",
                  "réunion"},
}


# Passing a law at home is no agreement with anyone: "the Chamber approved a bill
# regulating AI", "Zimbabweans have approved a constitutional amendment", "le Parlement a
# approuvé le budget". (Ratifying a treaty, approving a deal or a loan stay acts.)
_APPROVING_LEMMAS = {"approve", "approuver", "entériner"}
# (Not "text": "les ministres de l'UE ont approuvé le texte de la Commission" is states
# agreeing among themselves.)
_LAWS = {"bill", "bills", "law", "laws", "amendment", "amendments", "budget", "constitution",
         "legislation", "reform", "reforms", "decree", "ordinance", "motion",
         "projet", "loi", "lois", "amendement", "amendements", "réforme", "décret", "révision", "ordonnance", "code"}


def passed_law(verb: Token, lemma: str) -> bool:
    return lemma in _APPROVING_LEMMAS and _object_in(verb, _LAWS)


def idle_object(verb: Token, lemma: str) -> bool:
    """The verb's object tells a sense that is no act (see _IDLE_OBJECTS)."""
    idle = _IDLE_OBJECTS.get(lemma)
    return bool(idle) and _object_in(verb, idle) or _attending(verb, lemma) or \
        _to_the_scene(verb, lemma) or _disaster_declared(verb, lemma) or \
        _drawn_not_fired(verb, lemma) or _contest_not_fight(verb, lemma)


# Candidates and bids face each other in a race, not a fight: "Deux candidatures
# s'affrontaient", "the two candidates clashed in a televised debate".
_FACING_LEMMAS = {"affronter", "s'affronter", "clash", "face"}
_CONTESTANTS = {"candidature", "candidat", "candidate", "liste", "équipe", "camp", "thèse",
                "vision", "projet", "programme", "motion", "candidacy", "bid", "team",
                "contender", "rival", "nominee", "finaliste", "finalist", "club", "joueur",
                "player", "candidates", "candidatures"}


def _contest_not_fight(verb: Token, lemma: str) -> bool:
    return lemma in _FACING_LEMMAS and any(
        c.dep_ in ("nsubj", "nsubj:pass") and (c.lemma_.lower() in _CONTESTANTS or
                                               c.lower_ in _CONTESTANTS)
        for c in verb.children)


# What is fired: "ont tiré des roquettes", "tiré des coups de semonce", "tirait des gaz".
_PROJECTILES = {"missile", "roquette", "obus", "balle", "coup", "salve", "rafale", "projectile",
                "munition", "grenade", "gaz", "lacrymogène", "canon", "feu", "semonce",
                "boulet", "torpille", "drone", "bombe", "flèche", "pierre", "tir", "cartouche",
                "mortier", "engin", "missiles", "roquettes", "balles", "coups", "drones"}
_FROM_CASES = {"de", "du", "des", "d'", "d’"}
# "ont tiré six fois sur lui", "à plusieurs reprises", "ont tiré dimanche un missile"
_TIMES = {"fois", "reprise", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
          "dimanche", "soir", "matin", "nuit", "veille"}


def _drawn_not_fired(verb: Token, lemma: str) -> bool:
    """French "tirer" fires only projectiles ("ont tiré sur la foule", "tiré des roquettes");
    with anything else as its object, drawn from a source, or with the clitic "en" before its
    infinitive it draws, derives or rings: "l'Egypte tire du Nil 95 % de son eau", "tire la
    moitié de ses recettes du cuivre", "espèrent en tirer 300 millions de dollars", "a tiré la
    sonnette d'alarme", "tirer les conséquences"."""
    if lemma != "tirer" and not verb.lower_.startswith(("tire", "tiré", "tira")):
        return False  # (the tagger leaves "tire" as its own lemma)
    # (An argument with no preposition is an object the parse misread: "le Pérou tire près
    # de la moitié de ses recettes du cuivre", "moitié" as obl:arg.)
    acted_on = [c for c in verb.children if (c.dep_ in ("obj", "nsubj:pass") or
                c.dep_ == "obl:arg" and not any(k.dep_ == "case" for k in c.children))
                and c.lemma_.lower() not in _TIMES and c.ent_type_ not in ("DATE", "TIME")]
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        acted_on.append(verb.head)  # "les bénéfices tirés de la flambée des cours"
    if any(c.lemma_.lower() in _PROJECTILES or c.lower_ in _PROJECTILES for c in acted_on):
        return False  # "ont tiré dimanche/obj un missile/obj": the parse's second object
    if any(c.pos_ == "NOUN" for c in acted_on):
        return True
    drawn_from = any(c.dep_.startswith("obl") and any(
        k.dep_ == "case" and k.lower_ in _FROM_CASES for k in c.children) for c in verb.children)
    clitic_en = "Inf" in verb.morph.get("VerbForm") and any(
        c.lower_ == "en" and c.i == verb.i - 1 for c in verb.children)
    return drawn_from or clitic_en


_DECLARING = {"declare", "décréter", "proclamer", "declarer", "decreter"}
_DISASTERS = {"catastrophe", "calamité", "calamity", "disaster", "sinistre", "deuil",
              "mourning"}


def _disaster_declared(verb: Token, lemma: str) -> bool:
    """"a décrété l'état de catastrophe nationale", "declared a state of calamity": relief
    powers after a disaster, no one coerced."""
    if lemma not in _DECLARING:
        return False
    objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    return any(t.lemma_.lower() in _DISASTERS or t.lower_ in _DISASTERS
               for o in objects for t in o.subtree)


_SCENES = {"place", "lieux", "site"}


def _to_the_scene(verb: Token, lemma: str) -> bool:
    """"s'est rendu sur place", "sur les lieux": a leader going to the scene of a disaster
    meets no one named, no consultation."""
    if lemma != "rendre":
        return False
    words = [t.lower_ for t in verb.doc[verb.i + 1: verb.i + 5]]
    return any(w == "sur" and nxt in _SCENES or w == "sur" and nxt == "les" and
               after == "lieux" for w, nxt, after in zip(words, words[1:], words[2:] + [""]))


_TO_CASES = {"à", "au", "aux"}


def _attending(verb: Token, lemma: str) -> bool:
    """"assister à la cérémonie" is attending it, no help given ("assister les sinistrés")."""
    if lemma != "assister":
        return False
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return after is not None and after.lower_ in _TO_CASES or any(
        g.lower_ in _TO_CASES and g.dep_ == "case" for c in verb.children for g in c.children)


_QUANTITIES = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million",
               "millions", "number", "lot", "lots", "series", "flood", "wave", "handful",
               "couple", "centaine", "centaines", "millier", "milliers", "dizaine", "dizaines",
               "série", "vague", "flot", "multitude", "nombre"}


def _object_in(verb: Token, words: set[str]) -> bool:
    """What the verb acts on (its object, the subject of its passive, or the noun its past
    participle describes: "an image released by the navy") is one of `words`, by lemma or
    as written."""
    acted_on = [c for c in verb.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and \
            (verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm")):
        acted_on.append(verb.head)
    # "received hundreds of calls", "a reçu des centaines de lettres": the thing counted.
    acted_on += [g for c in acted_on if c.lemma_.lower() in _QUANTITIES
                 for p in c.children if p.dep_ in ("prep", "nmod")
                 for g in ((p,) if p.dep_ == "nmod" else p.children) if g.dep_ in ("pobj", "nmod")]
    return any(c.lemma_.lower() in words or c.lower_ in words for c in acted_on)


# Holding or occupying told in the present or the imperfect is a state, not an act: "the
# five hills it still occupies", "les positions qu'il occupe toujours", "le PLD, qui détient
# 196 sièges", "l'Iran détenait 440 kilogrammes d'uranium". ("occupied the building",
# "a détenu", "sont détenus" stay acts.)
_HOLDING_LEMMAS = {"occupy", "occuper", "détenir"}


def held_state(verb: Token, lemma: str) -> bool:
    if lemma not in _HOLDING_LEMMAS and _lemma_of_adjective(verb) not in _HOLDING_LEMMAS:
        return False
    if verb.dep_ == "amod" and not any(c.dep_ in ("obl:agent", "agent") for c in verb.children):
        return True  # "the occupied West Bank", "en Cisjordanie occupée": a place's standing
    if lemma not in _HOLDING_LEMMAS or is_passive_form(verb):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.pos_ == "VERB" and bool({"Pres", "Imp"} & set(verb.morph.get("Tense"))) and \
        "Fin" in verb.morph.get("VerbForm") and \
        not any(c.dep_.startswith("aux") for c in verb.children)


def _lemma_of_adjective(token: Token) -> str:
    """An adjectival participle's verb: the French parser lemmatises "occupée" as "occupé"."""
    lemma = token.lemma_.lower()
    return lemma[:-1] + "er" if token.pos_ == "ADJ" and lemma.endswith("é") else lemma


def is_passive_form(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj:pass", "nsubjpass", "aux:pass", "auxpass")
               for c in verb.children)


# Declining to speak is no rejection: "declined to comment", "declined to say whether",
# "a refusé de dire". Refusing to give a figure or details stays one ("a refusé de chiffrer
# les économies": the gold codes it).
_REFUSING = {"decline", "refuse", "refuser", "décliner"}
_UNSAID = {"say", "comment", "confirm", "elaborate", "discuss", "answer", "respond",
           "speculate", "dire", "commenter", "confirmer", "exprimer", "répondre"}


def declined_to_speak(verb: Token, lemma: str) -> bool:
    return lemma in _REFUSING and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _UNSAID for c in verb.children)


# An act named as the subject of a judgement is a kind of act, not one that happened:
# '"Harassing a coast guard ship on a lawful patrol is unacceptable," she said', "Revoking
# a licence is legitimate if ...", "Frapper des civils est un crime de guerre".
def judged_act(verb: Token) -> bool:
    infinitive = "Inf" in verb.morph.get("VerbForm") and verb.pos_ == "VERB"
    # (the French parse labels an infinitive subject nsubj)
    if verb.dep_ not in ("csubj", "csubj:pass") and not (verb.dep_ == "nsubj" and infinitive):
        return False
    if verb.tag_ != "VBG" and not infinitive:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass", "poss") for c in verb.children)


# Allowing told of a thing, or by a clause with no one allowing, is no concession: "an
# agreement that allows each side's troops to train", "loopholes that allow ships to sail",
# "moved closer to Washington, allowing U.S. forces wider access", "accused cooperatives of
# allowing people back in". "Israel allowed aid trucks in" keeps its event.
_ALLOWING = {"allow", "autoriser"}


def enabling(verb: Token, lemma: str) -> bool:
    if lemma not in _ALLOWING:
        return False
    if verb.dep_ in ("relcl", "acl:relcl") and verb.head.pos_ == "NOUN":
        return True
    if verb.dep_ == "conj" and verb.head.dep_ in ("relcl", "acl:relcl") and \
            verb.head.head.pos_ == "NOUN" and not any(
                c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return True  # "a step that frees emergency funds and allows the government to"
    return verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)


# Approving a sum is lending or giving it: "le FMI a approuvé un programme de 390 millions de
# dollars", "the board approved $300 million in financing" (the lexicon's "approve loan"
# covers the loan named as such).
_APPROVING = {"approve", "approuver"}
_CURRENCY_WORDS = {"dollar", "dollars", "euro", "euros", "$", "€", "£", "yuan", "yen",
                   "franc", "francs", "pound", "pounds", "livre", "livres", "rupee", "rupees"}


def approved_sum(verb: Token, lemma: str) -> bool:
    if lemma not in _APPROVING:
        return False
    return any(c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and any(
        t.ent_type_ == "MONEY" or t.lower_ in _CURRENCY_WORDS for t in c.subtree)
        for c in verb.children)


# Pledging a sum is giving it (AID), not a deal: "New Zealand pledged Fiji NZ$2 million",
# "Washington has pledged $500 million in military financing", "la France a promis 50
# millions d'euros au Liban", "l'Australie s'est engagée à verser 500 millions de dollars".
_PLEDGING = {"pledge", "promise", "commit", "promettre", "engager"}
_PAYING = {"verser", "débloquer", "fournir", "donner", "allouer", "accorder", "apporter",
           "provide", "give", "contribute", "donate", "pay"}


def pledged_sum(verb: Token, lemma: str) -> bool:
    if lemma not in _PLEDGING:
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in _PAYING)]
    return any(c.dep_ in ("obj", "dobj") and any(
        t.ent_type_ == "MONEY" or t.lower_ in _CURRENCY_WORDS or
        any(sign in t.text for sign in "$€£") for t in c.subtree)  # "NZ$2 million"
        for v in verbs for c in v.children)


def approval_on_noun(verb: Token, lemma: str) -> bool:
    """"an electricity tariff increase approved by the regulator": a participle describing a
    thing already approved, no act of the sentence."""
    return lemma in _APPROVING and verb.dep_ in ("acl", "amod") and \
        (verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm")) and \
        verb.head.pos_ == "NOUN"


# Seizing an institution of a matter is asking it to act, not a seizure: "l'Egypte a saisi
# le Conseil de sécurité", "a saisi la Cour internationale de justice", "a saisi la justice".
_REFERRED_TO = {"conseil", "cour", "justice", "tribunal", "onu", "commission", "cpi", "cij",
                "médiateur", "parquet", "juge", "défenseur", "comité", "instance"}


def referral(verb: Token, lemma: str, names_body=lambda token: False) -> bool:
    """`names_body(token)`: the phrase names an organisation ("a saisi Interpol")."""
    if lemma != "saisir":
        return False
    return any(c.dep_ in ("obj", "dobj") and (c.lemma_.lower() in _REFERRED_TO or names_body(c))
               for c in verb.children)


# French "appeler" is a request when it has its "à" ("a appelé Israël à cesser", "appelle au
# calme") and a phone call when it has a person and nothing asked: "a appelé son homologue
# américain", "a appelé Donald Trump dimanche" (English "called Zelensky" is typed so already).
_CALLED_TITLES = {"homologue", "président", "présidente", "ministre", "dirigeant", "chef",
                  "premier", "chancelier", "roi", "émir", "prince"}
_ASKING_WORDS = {"à", "au", "aux", "pour", "afin"}


def _unaccented_to(word: Token) -> bool:
    """"a appele ses ministres a reduire les importations": copy typed without accents
    writes "à" as "a"; before an infinitive it is that "à", not the auxiliary."""
    if word.lower_ != "a" or word.i + 1 >= len(word.doc):
        return False
    after = word.doc[word.i + 1]
    if after.lower_ == "ne":  # "a ne pas céder"
        return True
    return "Inf" in after.morph.get("VerbForm") or (
        after.pos_ in ("VERB", "AUX") and after.lower_.endswith(("er", "ir", "re")))


def phone_call(verb: Token, lemma: str, names_person) -> bool:
    """Whether a bare French "appeler" calls someone (a person or a leader's title as its
    object, no "à"/"pour" anywhere after it in the clause); `names_person` tells whether a
    phrase names a person."""
    if lemma != "appeler":
        return False
    for word in verb.doc[verb.i + 1:verb.sent.end]:
        if word.text in (";", ":"):
            break
        if word.lower_ in _ASKING_WORDS or _unaccented_to(word):
            return False
    # The model often reads the person called as an xcomp noun ("a appelé Donald/xcomp Trump").
    return any((c.dep_ in ("obj", "dobj") or c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN"))
               and (names_person(c) or c.lemma_.lower() in _CALLED_TITLES)
               for c in verb.children)
