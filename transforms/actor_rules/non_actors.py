"""Names that are never actors: operations, exercises, ships, weapons and products."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from transforms.actor_rules.document_acronyms import document_acronym_spans
from transforms.actor_rules.vocab import ACTING_NOUNS, is_glued
from transforms.countries import ADJECTIVE_INDEX, NAME_INDEX, norm
from transforms.datelines import MONTH_WORDS, credit_span
from transforms.gazetteer import place_country


# --- operations, exercises and ships: named, but never actors ------------------

# A name right after these is a ship, whatever it contains ("USS Gerald R. Ford",
# "le porte-avions Charles-de-Gaulle", "the submarine Kursk").
_SHIP_CUES = {norm(w) for w in """
USS HMS INS HMAS HMCS ROKS BRP KRI TCG HMNZS USNS RFS JS PNS FGS HNLMS HDMS ORP NRP ESPS
MV MT KM KMP porte-avions porte-hélicoptères frégate destroyer
sous-marin corvette frigate submarine
""".split()}
# Hull prefixes that are common words in lower case: Indonesia's "KM"/"KMP" ferries
# ("the KM Sinar Buton"), never "km" of a distance.
_UPPER_ONLY_CUES = {"km", "kmp"}
# A name after these is an operation or exercise ("opération Barkhane", "exercise
# Steadfast Defender", "manœuvres militaires annuelles Freedom Shield"), unless that
# name is itself a known actor ("the operation Hamas launched").
_OPERATION_CUES = {norm(w) for w in """
operation opération exercise exercice exercices manœuvres manoeuvres maneuvers
manoeuvre manœuvre navire ship vessel tanker pétrolier carrier cutter trawler chalutier
""".split()}
# ...and before these ("Freedom Shield military drills", "the Barkhane operation"); a
# pipeline or refinery is named like one ("the Druzhba pipeline", "the Olmeca refinery"):
# the works, not a place or a body, unless its name is a known actor ("the Lukoil
# refinery", "the Kirkuk oil pipeline").
_OPERATION_TAILS = {norm(w) for w in """
operation operations exercise exercises drill drills maneuvers manoeuvres wargames
war-games pipeline pipelines refinery plant plants dam
""".split()}
_WORKS_TAILS = {"pipeline", "pipelines", "refinery", "plant", "plants", "dam"}
# Works named after their town or their owner as often as by a name of their own: the
# town ("the Bushehr power plant", "the Kuantan plant") and the company ("the Narmada
# Agrochem plant", NER's organisation) are actors; only a name that is neither is the
# works' own ("the Fukushima Daiichi plant", "the Kambarata-1 dam").
_OWN_NAME_TAILS = {"plant", "plants", "dam"}
# French names the works first: "l'oléoduc Kirkouk-Ceyhan", "la centrale Antonio Guiteras",
# "le gazoduc TurkStream"; with "de" it names the town or the owner ("la centrale de
# Maiduguri", "la raffinerie de Lukoil"), which stay.
_WORKS_CUES = {norm(w) for w in """
oléoduc oléoducs gazoduc gazoducs centrale raffinerie barrage pipeline
""".split()}


def _town_of_the_sentence(doc: Doc, start: int, end: int, lower_keys: list[str]) -> bool:
    """A town the gazetteer places in a country its sentence names ("Iraq ... the Kirkuk
    oil pipeline"), not a namesake somewhere else ("Slovakia ... the Druzhba pipeline",
    Druzhba being a town in Uzbekistan too)."""
    code = place_country(doc[start:end].text)
    if code is None:
        return False
    sent = doc[start].sent
    return any(NAME_INDEX.get(lower_keys[k]) == code or ADJECTIVE_INDEX.get(lower_keys[k]) == code
               for k in range(sent.start, sent.end) if not start <= k < end)
# Lowercase words allowed between a cue and the name: "manœuvres militaires annuelles X",
# "X joint military drills".
_CUE_FILLERS = {norm(w) for w in """
nuclear power hydropower hydroelectric coal-fired coal thermal
militaire militaires annuel annuelle annuels annuelles naval navale navals navales
conjoint conjointe conjoints conjointes aérien aérienne aériens aériennes baptisé baptisée
baptisés baptisées nommé nommée américain military annual naval joint air live-fire
large-scale multinational aircraft gas oil crude humanitaire humanitaires humanitarian
rescue research scientifique scientific
""".split()}


# French nouns of purpose after a ship or operation: "le navire de sauvetage X", "une
# opération de secours baptisée « X »".
_OF_PURPOSE = {"de", "d'", "d’"}


def _filler_after_cue(doc: Doc, lower_keys: list[str], j: int) -> int:
    """How many lowercase words at doc[j] stand between a ship or operation cue and its
    name: the fillers above, any adjective the tagger reads ("le navire humanitaire X"),
    or a French noun of purpose ("de secours"); 0 when none."""
    tok = doc[j]
    if not tok.text.islower():
        return 0
    if lower_keys[j] in _CUE_FILLERS or tok.pos_ == "ADJ" and tok.is_alpha:
        return 1
    if tok.lower_ in _OF_PURPOSE and j + 1 < len(doc) and doc[j + 1].text.islower() \
            and doc[j + 1].is_alpha and doc[j + 1].pos_ == "NOUN":
        return 2
    return 0


def _name_token(tok: Token) -> bool:
    """Capitalised words, initials and name glue inside a ship or operation name."""
    return tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text in {"-", "of", "de"}


def _name_breaks(doc: Doc, i: int) -> bool:
    """A sentence starts at doc[i], unless the parser only split around an initial
    ("Gerald R. Ford": "R." is no full stop)."""
    def initial(k: int) -> bool:
        text = doc[k].text if 0 <= k < len(doc) else ""
        return len(text) == 2 and text[0].isupper() and text[1] == "."
    return doc[i].is_sent_start and not (initial(i) or initial(i - 1))


def non_actor_names(doc: Doc, lower_keys: list[str], known: list[bool]) -> list[bool]:
    """Token mask of operation, exercise and ship names (eval/README.md: not actors).

    `known` marks tokens of dictionary actors, which stop a name read backwards from a
    tail word ("NATO exercise", "US drills") and exempt a name after a generic cue.
    """
    blocked = [False] * len(doc)
    named: set[tuple[str, ...]] = set()  # ship and operation names read after their cue
    for i, tok in enumerate(doc):
        key = lower_keys[i]
        strict = key in _SHIP_CUES and (tok.text.isupper() or tok.text.islower()
                                        or key in {"porte-avions", "porte-helicopteres"}) \
            and not (key in _UPPER_ONLY_CUES and not tok.text.isupper())  # "à 30 km de X"
        if strict or key in _OPERATION_CUES:
            j = i + 1
            while j < len(doc) and (step := _filler_after_cue(doc, lower_keys, j)):
                j += step
            quoted = key in _OPERATION_CUES and j < len(doc) and doc[j].text in _QUOTES
            if quoted:
                j += 1  # "l'opération « Paris sans voitures »": the name inside the quotes
            end = j
            # The small parsers start sentences inside names ("le BRP | Teresa Magbanua");
            # a real sentence start follows punctuation.
            while end < len(doc) and _name_token(doc[end]) \
                    and not (_name_breaks(doc, end) and doc[end - 1].is_punct
                             and not (quoted and end == j)):
                end += 1
            while end > j and not doc[end - 1].text[:1].isalnum():
                end -= 1
            if end == j or (not strict and not quoted and known[j] and all(known[j:end])):
                continue
            # "Operation Eastern Sentry"; a hull prefix ("BRP", "USS") goes with its ship.
            first = i if tok.text[:1].isupper() and (not strict or tok.text.isupper()) else j
            blocked[first:end] = [True] * (end - first)
            named.add(tuple(lower_keys[j:end]))
        elif key in _OPERATION_TAILS and (tok.text.islower() or key not in _WORKS_TAILS):
            k = i - 1
            while k >= 0 and lower_keys[k] in _CUE_FILLERS and doc[k].text.islower():
                k -= 1
            start = k + 1
            while start > tok.sent.start and doc[start - 1].text[:1].isupper() \
                    and not known[start - 1] and not doc[start - 1].is_stop \
                    and lower_keys[start - 1] not in ADJECTIVE_INDEX:
                start -= 1
            if key in _WORKS_TAILS and start <= k and _town_of_the_sentence(doc, start, k + 1,
                                                                              lower_keys):
                continue  # "the Kirkuk oil pipeline" in a sentence naming Iraq: the city
            if key in _OWN_NAME_TAILS and start <= k \
                    and _town_or_owner(doc, start, k + 1, lower_keys):
                continue
            blocked[start:k + 1] = [True] * (k + 1 - start)
            if key in _WORKS_TAILS and start <= k:
                named.add(tuple(lower_keys[start:k + 1]))  # "the 77-kilometre Balticconnector"
    for start, end in _works_after_cue(doc, lower_keys, known):
        blocked[start:end] = [True] * (end - start)
        named.add(tuple(lower_keys[start:end]))
    for start, end in _weapons_before_modifiers(doc, lower_keys, known):
        blocked[start:end] = [True] * (end - start)  # "the Typhon medium-range missile system"
    for start, end in _named_again(doc, lower_keys, named):
        blocked[start:end] = [True] * (end - start)  # "le navire Ocean Viking ... l'Ocean Viking"
    for start, end in _other_non_actors(doc, lower_keys, known):
        blocked[start:end] = [True] * (end - start)
    for start, end in document_acronym_spans(doc, lower_keys, known):
        blocked[start:end] = [True] * (end - start)  # "accord de partenariat ... (CEPA)"
    for match in _MATCH_RESULT.finditer(doc.text):
        for group in (1, 2):
            name = match.group(group)
            if place_country(name) or norm(name) in NAME_INDEX:
                span = doc.char_span(match.start(group), match.end(group),
                                     alignment_mode="expand")
                if span is not None:
                    blocked[span.start:span.end] = [True] * (span.end - span.start)
    for match in _KICKER.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            blocked[span.start:span.end] = [True] * (span.end - span.start)
    for match in _FURNITURE_LINE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            blocked[span.start:span.end] = [True] * (span.end - span.start)
    for match in _NAMED_NON_ACTORS.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            blocked[span.start:span.end] = [True] * (span.end - span.start)
    return blocked


def _town_or_owner(doc: Doc, start: int, end: int, lower_keys: list[str]) -> bool:
    """The words before a works' noun name a town or a company: NER reads them as an
    organisation there or wherever else the text writes them ("the Narmada Agrochem
    plant" of a story that names the firm again)."""
    if place_country(doc[start:end].text) is not None:
        return True
    words, n = lower_keys[start:end], end - start
    return any(lower_keys[k:k + n] == words and all(doc[m].ent_type_ == "ORG"
                                                     for m in range(k, k + n))
               for k in range(len(doc) - n + 1))


def _works_after_cue(doc: Doc, lower_keys: list[str], known: list[bool]):
    """(start, end) of a works' own name right after its French noun and adjectives
    ("l'oléoduc Kirkouk-Ceyhan", "la centrale thermique Antonio Guiteras"): capitalised
    words, not a known actor nor a place."""
    if doc.lang_ != "fr":
        return
    for i, tok in enumerate(doc):
        if lower_keys[i] not in _WORKS_CUES or not tok.text.islower():
            continue
        j = i + 1
        while j < len(doc) and doc[j].text.islower() and doc[j].pos_ == "ADJ":
            j += 1  # "la centrale nucléaire X"
        end = j
        while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text == "-"
                                  and end > j) and not _name_breaks(doc, end):
            end += 1
        while end > j and not doc[end - 1].text[:1].isalnum():
            end -= 1
        if end == j or any(known[j:end]) or place_country(doc[j:end].text):
            continue
        yield j, end


def _weapons_before_modifiers(doc: Doc, lower_keys: list[str], known: list[bool]):
    """Capitalised names before lowercase weapon modifiers and a class noun ("NMESIS mobile
    missile launchers", "the U.S. Typhon medium-range missile system"): the weapon's name,
    whatever rule would read it (a body named after "U.S."). A dictionary actor, a demonym
    or a stop word ends the name ("Rheinmetall air-defence systems" keeps the maker)."""
    if doc.lang_ != "en":
        return  # French names the class first ("le système Typhon"): ner.is_equipment
    for i, tok in enumerate(doc):
        if not (tok.text[:1].isupper() and tok.is_alpha) or known[i] \
                or (i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
            continue
        k = i + 1
        while k < len(doc) and k - i <= 8 and (_hyphen_inside(doc, k) or (
                doc[k].text.islower() and lower_keys[k] in _EQUIPMENT_MODIFIERS)):
            k += 1
        if k == i + 1 or k >= len(doc) or not doc[k].text.islower() \
                or lower_keys[k] not in _EQUIPMENT_NOUNS:
            continue
        start = i
        while start > tok.sent.start and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].is_alpha and not known[start - 1] \
                and not doc[start - 1].is_stop and lower_keys[start - 1] not in ADJECTIVE_INDEX:
            start -= 1
        name = doc[start:i + 1].text
        if lower_keys[i] in ADJECTIVE_INDEX or norm(name) in NAME_INDEX or place_country(name):
            continue  # "North Korea ballistic missiles", "Chinese mobile launchers"
        yield start, i + 1


def _named_again(doc: Doc, lower_keys: list[str], named: set[tuple[str, ...]]):
    """Later and earlier mentions of a ship or operation the story named after its cue,
    written bare ("l'équipage de l'Ocean Viking"): the same capitalised words, whole."""
    for name in named:
        n = len(name)
        for k in range(len(doc) - n + 1):
            if tuple(lower_keys[k:k + n]) == name and doc[k].text[:1].isupper() \
                    and not (k + n < len(doc) and doc[k + n].text[:1].isupper()) \
                    and not (k > 0 and doc[k - 1].text[:1].isupper()
                             and doc[k - 1].is_alpha and not doc[k - 1].is_sent_start):
                yield k, k + n


# Lines a web page puts around the story whose names are the page's, not the story's:
# tag lists ("Mots-clés : Russie, Ukraine, OTAN", "Tags: Sweden, NATO"), prompts to follow
# or download ("Suivez-nous sur Instagram", "Follow us on Twitter", "Download the app on the
# App Store or Google Play"), breadcrumbs and menus ("Accueil > International > Afrique",
# "Home | World | Africa", "Menu Rechercher Se connecter"), rows of share buttons ("Partager sur Facebook Partager sur
# X", "Share on WhatsApp Share on Facebook"), and an outlet's byline with an agency ("Par Le Monde avec
# AFP"). A whole line, from its first word to its end.
_FURNITURE_LINE = re.compile(
    r"(?m)^[ \t]*(?:"
    r"(?:Mots[- ]cl[ée]s|Tags?|Topics?|Keywords?|Sujets?|Th[èe]mes|Related topics)\s*:"
    r"|(?:Suivez|Retrouvez)[- ]nous\b|Follow us\b|(?:Download|Get) (?:the|our) app\b"
    r"|T[ée]l[ée]chargez (?:l'application|notre application)\b"
    r"|(?:Accueil|Home)\s*[>|›/»]|Menu\b(?=[^\n]{0,60}$)"
    r"|(?:Partager|Share)(?: sur| on| via)? (?:Facebook|X|Twitter|WhatsApp|LinkedIn|Bluesky"
    r"|Messenger|Telegram|Email|E-mail)\b"
    r"|(?:Par|By) [^\n]{1,60}? (?:avec|with) (?:l'|l’)?(?:AFP|Reuters|AP)\s*$"
    r")[^\n]*")


# A match result between two teams named by their town: "Dallas lost to Denver", "Chelsea
# drew with Arsenal", "Lille a fait match nul face à Monaco". Only names that are places
# are masked ("Harris lost to Trump" names people, who stay actors).
_TEAM = r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)"
_MATCH_RESULT = re.compile(
    _TEAM + r" (?:lost to|drew with|tied with|(?:a|ont) fait match nul (?:face à|contre|avec)"
    r"|s'est inclinée? (?:face à|contre|devant)|a été battue? par) " + _TEAM)


# The kicker in capitals that opens a headline or a lead, before a full stop, a colon, a
# bar or a dash: "DIRECT. Guerre au Proche-Orient", "ANALYSIS-Why China's exports",
# "EXCLUSIVE: Pentagon weighs", "UPDATE 2-Oil rises". The word names the format, no actor.
_KICKER = re.compile(
    r"(?m)^[ \t]*(?:EN DIRECT|DIRECT|LIVE(?: UPDATES)?|VID[ÉE]OS?|PHOTOS?|ENQU[ÊE]TE|ENTRETIEN"
    r"|INTERVIEW|ANALYSE|ANALYSIS|EXCLUSIF|EXCLUSIVE|R[ÉE]CIT|REPORTAGE|D[ÉE]CRYPTAGE|TRIBUNE"
    r"|OPINION|EXPLAINER|FACTBOX|UPDATE(?: \d+)?|BREAKING(?: NEWS)?|T[ÉE]MOIGNAGES?"
    r"|INFOGRAPHIE|CHRONIQUE|[ÉE]DITO|EDITORIAL|FACT CHECK|CORRECTION|PORTRAIT|INFO)"
    r"(?=\s*[.:|\-–—])")


# Named things news copy mentions that never act, written from what the press repeats
# (not from any article): weather patterns, feasts and days, wars, contests and awards,
# programmes and slogans, shows, planes; a company's board; a letter's "Cher lecteur"
# (Cher is a département); a feast named "la Saint-X" (a town is "à Saint-X"); the film
# awards "les César". Each holds a place's, a country's or a person's
# name ("Miss France", "Grand Prix de Monaco", "Yom Kippur War") or looks like a body to
# the models ("Eurovision Song Contest", "Big Tech"). Matched in the text, then masked.
_NAMED_NON_ACTORS = re.compile(r"\b(?:" + "|".join(line.strip() for line in r"""
El Ni[ñn]o|La Ni[ñn]a
(?:Eid|A[ïi]d)[ -](?:al|el|ul)[ -](?:Fitr|Adha|K[ée]bir|Seghir|Sghir)
Yom Kippur(?: War)?|guerre du Kippour|Kippour
(?:Six-Day|Cold|Korean|Vietnam|Iran-Iraq|Crimean|Falklands) War
guerre des Six Jours|World War (?:I|II|One|Two)
Hanukkah|Diwali|Thanksgiving|Lunar New Year|Nouvel An chinois
International Women's Day|International Workers' Day
World (?:AIDS|Aids|Health|Water|Environment|Press Freedom|Refugee|Food) Day
Journ[ée]e (?:mondiale|internationale) [a-zà-ÿ' -]+
Eurovision(?: Song Contest)?|Miss (?:France|Universe|World|Univers|Monde|Italia)
(?:[A-Z][\w-]+ )?Grand[ -]Prix(?: (?:de|du|d'|of) [A-Z][\w-]+)?
Oscars|Grammys|Golden Globes?|Emmys|Baftas|BAFTAs|Ballon d'Or|Palme d'[Oo]r
Big (?:Tech|Pharma|Oil)|Uncle Sam|Oncle Sam|Mother Nature|Vieux Continent|Iron Lady
Dame de fer|All[aâ]h?(?:ou|u) Akbar|Liberation Day|Sp(?:ou|u)tnik V|Black Hawks?
(?:Shangri-La|Raisina|Manama) Dialogue
Board of (?:Directors|Trustees)|Ch[eè]re?s? (?:lect|abonn|ami|internaute)\w*
(?<=\b[Ll]a )Saint-[A-Z][\w-]+|(?:(?<=\b[Ll]es )|(?<=\baux ))C[ée]sar
Belt and Road(?: Initiative)?|Black Sea Grain (?:Initiative|Deal|deal)
Vision 20[3-9]0|Agenda 20[3-9]\d|Project 2025
Squid Game|Game of Thrones|Holocaust|Shoah|Nakba|Brexit|Super Bowl|Roland-Garros
Dow Jones(?: Industrial Average)?|S&P 500|FTSE 100|CAC 40|Nikkei(?: 225)?|Hang Seng
Nasdaq Composite|(?:Euro )?Stoxx(?: 50| 600)?
Santa Claus|P[èe]re No[ëe]l|Air Force One|Marine One
""".strip().split("\n")) + r")\b")


# --- dates, models, diseases, treaties, venues: capitalised, never actors ------------

# Month words of datelines and dates (datelines.MONTH_WORDS: "PORT SUDAN, Nov 4", "le 3
# févr."); the full names are also in gazetteer.NOT_PLACES. "Jan" or "May" are also first
# and last names, so a month word is only blocked next to a day number.
# Aircraft, missiles and tanks named by designation: "H-6", "J-20", "Su-35", "MiG-29",
# "F-16", "T-90M", "Tu-22M3", "S-400".
_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z0-9]{0,3}$")
# Model names of weapons and aircraft written without a cue noun ("livre trois Rafale
# par mois", "sent Leopards", "a Shahed hit").
_WEAPON_MODELS = {norm(w) for w in """
Rafale Rafales Mirage Gripen Eurofighter HIMARS ATACMS SCALP Taurus Tomahawk Tomahawks
Leopard Leopards Caesar Shahed Shaheds Geran Iskander Kinzhal
Kalibr Oreshnik Zircon Tsirkon Bayraktar Lancet Switchblade Reaper Patriot Patriots
NASAMS IRIS-T SAMP/T Neptune Flamingo Stinger Javelin Javelins
Burevestnik Sarmat Avangard Bulava Yars Hwasong KAAN
""".split()}
# Wire agencies credited for a photo or a text: "(Photo AFP)", "(EUNAVFOR via AP)",
# "avec AFP". Named in the story ("told The Associated Press", "interrogés par l'AFP")
# they are actors.
_AGENCIES = {"AFP", "AP", "Reuters", "REUTERS", "EPA", "Xinhua", "ANP", "Belga", "dpa", "DPA"}
_CREDIT_CUES = {"photo", "photos", "via", "avec", "/", "©", "credit", "crédit", "source"}
# Photo agencies and picture desks a credit names beside the photographer, with a slash:
# "(Reuters/John Smith)", "Photo : AFP / Getty Images", "(Martin Leblanc / Hans Lucas)",
# "Anna Kowalska/AP". Both sides of that slash are the credit, no actor (web pages carry
# a credit under every picture; a name there is never a party to the story).
_PHOTO_AGENCIES = {norm(w) for w in """
AFP AP Reuters EPA EPA-EFE EFE Xinhua ANP Belga dpa ANSA Kyodo Yonhap Sputnik TASS Anadolu
Getty Bloomberg Sipa MaxPPP Abaca Shutterstock Alamy NurPhoto SOPA Zuma Pool Keystone
Lucas Hans AFPTV Imago Panos Magnum Polaris Redux LightRocket iStock
""".split()}
# Weapon nouns after a model's name, with up to two lowercase words between ("the
# Poseidon underwater drone", "the Burevestnik cruise missile"), or before it in French
# ("avions de combat KAAN", "le missile Sarmat"): the name is the weapon's.
_WEAPON_NOUNS = {norm(w) for w in """
missile missiles drone drones torpedo torpedoes jet jets fighter fighters bomber bombers
rocket rockets warhead warheads submarine submarines tank tanks howitzer howitzers
interceptor interceptors
torpille torpilles chasseur chasseurs bombardier bombardiers roquette roquettes sous-marin
sous-marins char chars obusier obusiers intercepteur intercepteurs
""".split()}
_WEAPON_MODIFIERS = {norm(w) for w in """
underwater cruise ballistic hypersonic nuclear nuclear-powered nuclear-capable
intercontinental stealth fighter combat attack kamikaze suicide unmanned anti-ship
long-range short-range medium-range supersonic strategic tactical multirole
""".split()}
# Diseases and pathogens, and a strain's name before or after its cue ("the Zaire
# strain", "la souche Zaïre du virus"): the name of a place or country, but no actor.
_DISEASES = {norm(w) for w in """
Ebola COVID-19 COVID Covid Covid-19 SARS-CoV-2 mpox Mpox Marburg H5N1 MERS SRAS SARS
Omicron dengue Zika choléra cholera
""".split()}
# Acronyms of common nouns that the NER model tags as organisations ("attaques DDoS",
# "LNG exports", "la TVA"): terms, never actors. Compared as written: "dos" is a name
# particle and "aids" a word.
# Oil price benchmarks: "Brent crude", "at a discount to Brent", "WTI", "West Texas
# Intermediate", "Urals crude". Brent is also a London borough, which international copy
# rarely names; "Urals" names a region too, so it is blocked only before an oil word.
_OIL_BENCHMARKS = {"brent", "wti"}
_OIL_WORDS = {"crude", "oil", "blend", "futures", "brut", "petrole"}
_TERM_ACRONYMS = set("""
DDoS GPS VPN SMS IoT 5G 4G LNG GNL LPG GPL GDP PIB GNP PNB VAT TVA CO2 GMO OGM SME PME
IPO ETF CEO PDG CFO SUV TGV PDF USB HIV VIH AIDS SIDA GMT UTC BST CET CEST EST EDT PST
TNT AI IA AGI LLM UAV UAVs IED IEDs EEI RPG NGO NGOs ONG ONGs ESG EV EVs ICU VIP VIPs
SMIC ODD SDG SDGs CAN GHG GES QR API FTSE DAX PTSD UFO FAQ
MW GW kW MWh GWh TWh kWh bpd
""".split())  # from "TNT": weapons, tech, welfare and market words the press writes in capitals
# Trade and arms treaties the press names by their acronyms, in both languages ("the USMCA
# review", "l'ACEUM", "le TNP"): treaties are no actors (eval/README.md).
_TREATY_ACRONYMS = set("""
USMCA CUSMA ACEUM T-MEC NAFTA ALENA RCEP CPTPP PTPGP TPP TTIP CETA AECG JCPOA NPT TNP
""".split())
# Currencies written with a capital, as business copy and machine translation do ("fell
# against the Yen", "le Dollar a reculé", "the Naira"): money, never an actor. Not "Real"
# or "Rand", which are names too ("Real Madrid", "Ayn Rand"), nor "Euro" before a year
# ("Euro 2028", the football tournament, is no actor either, but "Euro" alone is masked).
_CURRENCIES = {norm(w) for w in """
Yen Yuan Renminbi Dollar Dollars Rupee Rupees Naira Rupiah Ringgit Baht Peso Pesos Dinar
Dinars Dirham Dirhams Riyal Rial Lira Shekel Shekels Hryvnia Rouble Roubles Ruble Rubles
Zloty Forint Kwacha Cedi Shilling Shillings Birr Bitcoin Euro Euros
""".split()}
# A team named by its city: the city before or after a match score ("beat Boston 110-98",
# "Nantes 2-0", "face à Lyon, 3-1") is a club, and the city no actor there.
_SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")
# One word gluing two or more letters to a digit, or digits to a letter ("NIS2", "COP30",
# "A400M", "Su57", "IP4"): laws, conferences, standards, models, or machine translation's
# debris. Known names ("NoName057(16)", "MI6") are in the dictionary and stay; glued
# words ("Kishida2022") are left to the glue splitter, which keeps their known parts.
# debris.py drops or repairs any name of this shape that survives to the end.
ALPHANUMERIC = re.compile(r"[^\W\d_]{2,}\d|\d{2,}[^\W\d_]")
_STRAIN_AFTER = {"strain", "strains", "variant", "variants", "virus", "ebolavirus"}
_STRAIN_BEFORE = {"souche", "souches", "variant", "variants", "strain", "virus"}  # "virus Soudan"
# "Paris Agreement", "the Minsk accords", "accord de Paris", "traité de Lisbonne",
# "Treaty of Rome", "protocole de Kyoto", "Normandy format", "Astana process", "the Security
# and Defence Partnership", "Trans-Pacific Partnership" (a body is "Partnership for X"): the
# place names a treaty or a format of talks, not an actor (eval/README.md).
_TREATY_TAILS = {norm(w) for w in """
Agreement Agreements Accord Accords Protocol Treaty Convention Conventions Format Process
Partnership
""".split()}
_TREATY_LEADS = {norm(w) for w in """
accord accords traité traités protocole protocoles convention conventions format processus
agreement treaty protocol convention
""".split()}
# Venues named after people or places: "l'hôpital Gabriel Touré", "Stade de France".
_VENUE_LEADS = {norm(w) for w in """
hôpital hopital hospital clinique clinic stade stadium rue avenue boulevard prison lycée
école collège musée museum
cathédrale basilique église mémorial monument cathedral basilica
""".split()}
# "rue de Rivoli", "boulevard du Montparnasse": a street's lead word, then "de", then its
# name. Only streets: "l'hôpital de Cannes", "la prison de Kuje" name the town.
_STREET_LEADS = {norm(w) for w in "rue avenue boulevard allée impasse".split()}
_VENUE_LINKS = {"de", "du", "des"}
_VENUE_TAILS = {norm(w) for w in """
Hospital Stadium Street Avenue Prison Museum Memorial Cathedral Basilica Monument
""".split()}
# Storms and prizes carry names but never act: "Cyclone Freddy", "l'ouragan Melissa",
# "the Sakharov Prize", "le prix Sakharov".
_NAMED_THING_LEADS = {norm(w) for w in """
cyclone hurricane typhoon storm ouragan typhon tempête prix prize""".split()}
# Laws are named after people and places too: "la loi César", "le décret Crémieux",
# "the Caesar Act", "la loi Magnitsky" (eval/README.md: treaties and laws are no actors).
_LAW_LEADS = {norm(w) for w in "loi lois décret décrets ordonnance law".split()}
# A nickname after a person's name is that person, not another actor: "Oumar Sylla, dit
# Foniké Menguè", "Jimmy Chérizier, alias « Barbecue »". Known aliases stay (the
# dictionary links them to the person).
_NICKNAME_CUES = {norm(w) for w in "dit dite surnommé surnommée alias aka".split()}
_QUOTES = {"«", "»", '"', "“", "”", "'"}
_LAW_TAILS = {norm(w) for w in "Act Acts".split()}
# French phrases whose capitalised word is a town's or saint's name but no actor: a
# minister's title ("le garde des Sceaux"), food and feasts ("coquilles Saint-Jacques",
# "la Saint-Sylvestre"), a market ("le Grand bazar de Téhéran"), idioms named after a
# person or town ("des cocktails Molotov", "le talon d'Achille"); elisions are their own
# token ("d' achille"). Token keys as written
# in lower_keys; the whole phrase is masked.
_FIXED_PHRASES = [tuple(norm(w) for w in phrase.split()) for phrase in """
garde des sceaux|gardes des sceaux|coquilles saint-jacques|coquille saint-jacques|
noix de saint-jacques|choux de bruxelles|chou de bruxelles|brussels sprouts|eau de cologne|
grand bazar|grand bazaar|saint-sylvestre|saint-valentin|nouvel an|
tour de france|champions league|ligue des champions|europa league|coupe du monde|
coupe d'afrique des nations|africa cup of nations|jeux olympiques|olympic games|
cocktail molotov|cocktails molotov|molotov cocktail|molotov cocktails|talon d' achille|
achilles heel|achilles ' heel
""".replace("\n", "").split("|")]
_FIXED_FIRST_WORDS = {phrase[0] for phrase in _FIXED_PHRASES}
_PRIZE_TAILS = {norm(w) for w in "Prize Award Awards Medal".split()}


def _capitalised_run(doc: Doc, start: int, step: int, limit: int = 4) -> int:
    """Index one past the run of capitalised name words from `start` in direction `step`."""
    k = start
    while 0 <= k < len(doc) and abs(k - start) < limit and (
            doc[k].text[:1].isupper() or (doc[k].lower_ in {"de", "du", "of"}
                                          and 0 <= k + step < len(doc)
                                          and doc[k + step].text[:1].isupper())):
        k += step
    return k


# Words before a lone capital letter that make it the platform X ("posted on X").
_LETTER_NAME_CUES = {"on", "sur", "platform", "plateforme", "network", "réseau", "reseau",
                     "social", "site", "via"}
# A region or sea name before these is an adjective: "the Baltic states", "Pacific island
# nations", "Gulf countries".
_GROUP_OF_COUNTRIES = {"states", "island", "islands", "nations", "countries", "governments",
                       "republics", "capitals", "monarchies", "neighbours", "neighbors"}


# Seas and oceans the press names by one word. Before a common noun the word qualifies
# it ("the Atlantic route", "Gulf voyages", "Atlantic hurricanes", "Mexico's Gulf coast"),
# like "Asia-Europe voyages" (eval/README.md: a compound modifier is no place); before
# people or bodies it stands for the region's states, as a demonym does ("courts Gulf
# suppliers").
_BARE_SEAS = {"atlantic", "pacific", "gulf", "arctic", "mediterranean", "baltic", "caribbean"}


# Platforms officials and armed groups make statements on: named as the medium of a
# statement ("Writing on X, he said", "the governor wrote on Telegram", "ont affirmé sur
# leur chaîne Telegram", "a dénoncé sur X") the platform takes no part in what is said.
# It stays an actor where it acts or hosts content ("fined X", "a video circulating on
# Telegram", "accounts on Telegram", "posted the video on X"). Annotators keep Facebook
# even as a medium ("a fustigé sur Facebook"), so it is not listed.
_STATEMENT_PLATFORMS = {"X", "Twitter", "Telegram", "Truth"}
_MEDIUM_NOUNS = {norm(w) for w in """
chaîne compte réseau messagerie plateforme page fil account channel platform feed
""".split()}
_STATEMENT_LEMMAS = {norm(w) for w in """
write say announce declare claim deny accuse reject warn tell add state insist
denounce condemn respond reply threaten vow pledge praise criticize criticise thank
congratulate confirm
écrire dire affirmer annoncer déclarer dénoncer revendiquer démentir accuser rejeter
assurer réagir condamner estimer indiquer préciser répondre menacer avertir
saluer remercier féliciter confirmer promettre critiquer fustiger
""".split()}


def _qualifies_a_thing(doc: Doc, i: int) -> bool:
    """doc[i] stands before a lowercase common noun of no people or bodies (English)."""
    if doc.lang_ != "en" or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    key = norm(nxt.text)
    acting = key in ACTING_NOUNS and (key != "coast" or (i + 2 < len(doc)
                                                         and doc[i + 2].lower_ == "guard"))
    return nxt.text.islower() and nxt.is_alpha and nxt.pos_ == "NOUN" and not acting


def _statement_medium_end(doc: Doc, i: int) -> int:
    """End of the platform's name at doc[i] when it is named as the medium of a
    statement: "on"/"sur" before it (across "le réseau", "leur chaîne"), and the verb its
    phrase hangs on, across one object ("a revendiqué l'attaque sur la messagerie
    Telegram"), is one of saying. 0 otherwise."""
    end = i + 1
    if doc[i].text == "Truth":
        if end >= len(doc) or doc[end].text != "Social":
            return 0
        end += 1
    k = i - 1
    while k > max(-1, i - 5) and (norm(doc[k].text) in _MEDIUM_NOUNS
                                  or doc[k].pos_ in ("DET", "ADJ")):
        k -= 1
    if k < 0 or doc[k].lower_ not in {"on", "sur"}:
        return 0
    head, objects = doc[i], 0
    for _ in range(6):
        if head.head is head:
            return 0
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return end if norm(head.lemma_) in _STATEMENT_LEMMAS else 0
        if head.pos_ == "ADP" or norm(head.text) in _MEDIUM_NOUNS or i <= head.i < end:
            continue  # "on", "sur la messagerie", "Truth Social"
        if head.dep_ not in ("obj", "dobj") or objects:
            return 0
        objects = 1  # "a revendiqué l'attaque sur ..."
    return 0


def _other_non_actors(doc: Doc, lower_keys: list[str], known: list[bool]):
    """(start, end) spans of dates, designations, weapons, diseases, treaties, venues."""
    n = len(doc)
    for i, tok in enumerate(doc):
        key = lower_keys[i].rstrip(".")
        text = tok.text
        if text == "(" and (credit := credit_span(doc, i)):
            yield credit  # "GENEVA, Oct 14 (Reuters) -": the wire credit, no actor
        elif text in _AGENCIES and i > 0 and lower_keys[i - 1] in _CREDIT_CUES:
            # a photo's credit: "(Photo AFP)", "(... via AP)"
            yield i, i + 1
        elif text == "/" and (credit := _photo_credit(doc, i, lower_keys)):
            yield credit  # "(Reuters/John Smith)", "Martin Leblanc / Hans Lucas"
        elif key == "via" and i + 1 < n and doc[i + 1].text[:1].isupper() \
                and lower_keys[i + 1] in _PHOTO_AGENCIES:
            yield i + 1, _capitalised_run(doc, i + 1, 1)  # "/AFP via Getty Images"
        elif text in _AGENCIES and i > 0 and doc[i - 1].text == "." \
                and (i + 1 == n or "\n" in tok.whitespace_ or doc[i + 1].is_space):
            yield i, i + 1  # a caption's last word: "..., le 1er mai. AFP"
        elif 2 <= len(text) <= 4 and text.isupper() and text.isalpha() \
                and text not in _CAPITALS_NAMES and doc.vocab[text.lower()].is_stop \
                and on_capitals_line(doc, i):
            yield i, i + 1  # "NOUS NE CÉDERONS PAS": a word of a crosshead, no party PAS
        elif text in {"SMIC", "Smic"} and doc.lang_ == "fr" and i > 0 \
                and lower_keys[i - 1] in {"le", "du", "au"}:
            yield i, i + 1  # "le Smic", "hausse du SMIC": the minimum wage, not the chipmaker
        elif text in {"#", "@"} and i + 1 < n and not tok.whitespace_:
            yield i, i + 2  # "#StandWithUkraine", "@WorldDesk": a hashtag or a handle
        elif text[:1] in {"#", "@"} and len(text) > 1:
            yield i, i + 1
        elif lower_keys[i] in _CURRENCIES and text[:1].isupper() and not known[i] \
                and not (i + 1 < n and (doc[i + 1].like_num or doc[i + 1].text[:1].isupper())):
            yield i, i + 1  # "the Yen", "le Dollar": money ("Euro 2028" is masked too)
        elif text[:1].isupper() and _before_score(doc, i + 1):
            yield _capitalised_run(doc, i, -1) + 1, i + 1  # "beat Boston 110-98"
        elif text in _STATEMENT_PLATFORMS and (end := _statement_medium_end(doc, i)):
            yield i, end  # "wrote on Telegram", "a dénoncé sur X": the medium, no actor
        elif len(text) == 1 and text.isupper() and not (
                i > 0 and lower_keys[i - 1] in _LETTER_NAME_CUES) \
                and not (i > 0 and lower_keys[i - 1] in {"gen", "generation"}
                         and doc[i - 1].text[:1].isupper()) \
                and not (known[i] and i + 1 < n and known[i + 1]):
            yield i, i + 1  # "rayons X", "plan B"; not the "N" of a known "N-VA"
        elif lower_keys[i] in _BARE_SEAS and text[:1].isupper() and _qualifies_a_thing(doc, i) \
                and not (i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start):
            yield i, i + 1  # "the Atlantic route", "Gulf voyages": no place is named
        elif text[:1].isupper() and not known[i] and i + 1 < n \
                and doc[i + 1].lower_ in _GROUP_OF_COUNTRIES and lower_keys[i] not in NAME_INDEX \
                and not (doc[i + 1].lower_ in {"island", "islands"} and doc[i + 1].text[:1].isupper()):
            yield i, i + 1  # "Pacific island nations"; "Thitu Island" is a place
        elif key in MONTH_WORDS and text[:1].isupper() and (
                (i + 1 < n and doc[i + 1].like_num) or (i > 0 and doc[i - 1].like_num)):
            yield i, i + 1
        elif _DESIGNATION.match(text) and not known[i]:
            yield i, i + 1
        elif i + 2 < n and not known[i] and not tok.whitespace_ \
                and not doc[i + 1].whitespace_ and _DESIGNATION.match(doc[i:i + 3].text):
            yield i, i + 3  # "H - 6" as the tokenizer split it (the span text last: it costs)
        elif text[:1].isupper() and not known[i] and (end := _weapon_name_end(doc, i, lower_keys)):
            yield i, end  # "the Poseidon underwater drone", "avions de combat KAAN"
        elif (lower_keys[i] in _WEAPON_MODELS or text in _TERM_ACRONYMS
              or text in _TREATY_ACRONYMS or ALPHANUMERIC.search(text) and not is_glued(text)) and not known[i]:
            yield i, i + 1
        elif not known[i] and (lower_keys[i] in _OIL_BENCHMARKS or (
                lower_keys[i] == "urals" and i + 1 < n and lower_keys[i + 1] in _OIL_WORDS)):
            yield i, i + 1  # "Brent crude", "Urals oil": a price, no actor
        elif key == "intermediate" and text[:1].isupper() and i > 1 \
                and lower_keys[i - 1] == "texas" and lower_keys[i - 2] == "west":
            yield i - 2, i + 1  # "West Texas Intermediate"
        elif lower_keys[i] in _DISEASES and not known[i] \
                and not (i + 1 < n and doc[i + 1].text[:1].isupper()):
            yield i, i + 1  # "Ebola", not the "Ebola River" it is named after
        elif key in _STRAIN_AFTER and i > 0 and doc[i - 1].text[:1].isupper():
            yield _capitalised_run(doc, i - 1, -1) + 1, i
        elif key in _STRAIN_BEFORE and i + 1 < n and doc[i + 1].text[:1].isupper():
            yield i + 1, _capitalised_run(doc, i + 1, 1)
        elif key in _TREATY_TAILS and text[:1].isupper() and i > 0 \
                and doc[i - 1].text[:1].isupper() and not (
                key == "partnership" and i + 1 < n and lower_keys[i + 1] in {"for", "of"}):
            yield _capitalised_run(doc, i - 1, -1) + 1, i + 1
        elif key in _TREATY_LEADS and i + 2 < n and lower_keys[i + 1] in {"de", "d'", "of"} \
                and doc[i + 2].text[:1].isupper():
            # "l'Accord de Paris" capitalised is the treaty's name, its lead word too
            yield i if text[:1].isupper() and not known[i] else i + 2, \
                _capitalised_run(doc, i + 2, 1)
        elif key in _VENUE_LEADS and i + 1 < n and doc[i + 1].text[:1].isupper() \
                and not known[i + 1]:
            yield i + 1, _capitalised_run(doc, i + 1, 1)
        elif key in _STREET_LEADS and text.islower() and i + 2 < n \
                and lower_keys[i + 1] in _VENUE_LINKS and doc[i + 2].text[:1].isupper() \
                and not known[i + 2]:
            yield i + 2, _capitalised_run(doc, i + 2, 1)  # "rue de Rivoli"
        elif key in {"airport", "aeroport"} and text.islower() and i > 0 \
                and doc[i - 1].text[:1].isupper() and not known[i - 1]:
            yield _capitalised_run(doc, i - 1, -1) + 1, i  # "the John F. Kennedy airport"
        elif key in _VENUE_TAILS and text[:1].isupper() and i > 0 \
                and doc[i - 1].text[:1].isupper() and not known[i - 1]:
            yield _capitalised_run(doc, i - 1, -1) + 1, i + 1
        elif key in _NAMED_THING_LEADS and i + 1 < n and doc[i + 1].text[:1].isupper() \
                and not known[i + 1]:
            yield i, _capitalised_run(doc, i + 1, 1)  # "Cyclone Freddy", "prix Sakharov"
        elif key in _LAW_LEADS and i + 1 < n and doc[i + 1].text[:1].isupper() \
                and not known[i + 1] and not (text[:1].isupper() and i > 0
                                              and doc[i - 1].text[:1].isupper()):
            # a capitalised "Law" inside a name is no law: "Division of Marine Law Enforcement"
            yield i + 1, _capitalised_run(doc, i + 1, 1)  # "la loi César"
        elif key in _LAW_TAILS and text[:1].isupper() and i > 0 \
                and doc[i - 1].text[:1].isupper() and not known[i - 1]:
            yield _capitalised_run(doc, i - 1, -1) + 1, i + 1  # "the Caesar Act"
        elif key in _NICKNAME_CUES and i > 1 and doc[i - 1].text == "," \
                and doc[i - 2].text[:1].isupper() and (start := _nickname_start(doc, i + 1)) \
                and not known[start]:
            yield start, _capitalised_run(doc, start, 1)
        elif key in _FIXED_FIRST_WORDS and (end := _fixed_phrase_end(lower_keys, i)):
            yield i, end
        elif text == "-" and 0 < i and i + 1 < n and lower_keys[i + 1] == "class" \
                and not doc[i - 1].whitespace_ and not tok.whitespace_ \
                and doc[i - 1].text[:1].isupper():
            # a ship's or a weapon's class: "the Guardian-class patrol boat", "an Arleigh
            # Burke-class destroyer" (eval/README.md: ships are no actors)
            yield _capitalised_run(doc, i - 1, -1) + 1, i + 2
        elif key in _PRIZE_TAILS and text[:1].isupper() and i > 0 \
                and doc[i - 1].text[:1].isupper() and not known[i - 1]:
            yield _capitalised_run(doc, i - 1, -1) + 1, i + 1  # "Sakharov Prize"


# Names that are function words too but stand for themselves in a headline in capitals
# ("US STRIKES", "WHO WARNS").
_CAPITALS_NAMES = {"US", "WHO"}


def on_capitals_line(doc: Doc, i: int) -> bool:
    """Token i is on a line of three or more words, all in capitals (a crosshead such as
    "INSPECTIONS, THE HARDEST PART", a headline, a quote set in capitals): every word there
    looks like an acronym, so spaCy reads names into it."""
    start = i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    end = i + 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and not doc[end].is_space:
        end += 1
    words = [t for t in doc[start:end] if t.is_alpha]
    return len(words) >= 3 and all(t.text.isupper() for t in words)


def _photo_credit(doc: Doc, i: int, lower_keys: list[str]) -> tuple[int, int] | None:
    """The credit around the slash at i when one side of it names a photo agency, or an
    agency it came "via" follows: "(Reuters/John Smith)", "AFP / Getty Images", "Martin
    Leblanc / Hans Lucas", "(Jane Roe/The Canadian Press via AP)"."""
    if i == 0 or i + 1 >= len(doc):
        return None
    start = _capitalised_run(doc, i - 1, -1) + 1
    end = _capitalised_run(doc, i + 1, 1)
    if start > i - 1 or end < i + 2:
        return None
    if end + 1 < len(doc) and lower_keys[end] == "via" and lower_keys[end + 1] in _PHOTO_AGENCIES:
        return start, end + 2  # "(Lars Hagberg/The Canadian Press via AP)": a picture desk's
    if not any(lower_keys[k] in _PHOTO_AGENCIES for k in range(start, end) if k != i):
        return None
    return start, end


def _before_score(doc: Doc, k: int) -> bool:
    """A match score starts at token k, after an optional comma: "2-0", "110 - 98"."""
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and _SCORE.match(doc[k].text):
        return True
    return k + 2 < len(doc) and doc[k].text.isdigit() and doc[k + 1].text in {"-", "–"} \
        and doc[k + 2].text.isdigit() and len(doc[k].text) <= 3 and len(doc[k + 2].text) <= 3 \
        and not doc[k].whitespace_ and not doc[k + 1].whitespace_


def _weapon_name_end(doc: Doc, i: int, lower_keys: list[str]) -> int:
    """One past a weapon's one-word model name at i, or 0: in English a weapon noun after
    it (at most three modifiers between) and a determiner before; in French a weapon noun
    (with "de combat") before it."""
    if not doc[i].is_alpha or i == 0 or doc[i - 1].text[:1].isupper():
        return 0
    if doc.lang_ == "en":
        k = i + 1
        while k < len(doc) and k - i <= 3 and doc[k].text.islower() \
                and lower_keys[k] in _WEAPON_MODIFIERS:
            k += 1
        if k < len(doc) and doc[k].text.islower() and lower_keys[k] in _WEAPON_NOUNS \
                and lower_keys[i - 1] in {"the", "a", "an", "its", "their"}:
            return i + 1
        return 0
    j = i - 1
    if j >= 2 and lower_keys[j] == "combat" and lower_keys[j - 1] in {"de", "d'"}:
        j -= 2
    if doc[j].text.islower() and lower_keys[j] in _WEAPON_NOUNS | {"avion", "avions"} \
            and not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
        return i + 1
    return 0


def _nickname_start(doc: Doc, k: int) -> int:
    """Index of the capitalised nickname at k, after an opening quote; 0 if none."""
    while k < len(doc) and doc[k].text in _QUOTES:
        k += 1
    return k if k < len(doc) and doc[k].text[:1].isupper() else 0


def _fixed_phrase_end(lower_keys: list[str], i: int) -> int:
    """One past the fixed phrase starting at token i, or 0."""
    for phrase in _FIXED_PHRASES:
        if tuple(lower_keys[i:i + len(phrase)]) == phrase:
            return i + len(phrase)
    return 0


# Weapons and products are named like organisations: "Patriot missiles", "missiles Patriot".
_EQUIPMENT_NOUNS = {norm(w) for w in """
missile missiles system systems battery batteries launcher launchers tank tanks jet jets
fighter fighters drone drones rocket rockets interceptor interceptors air-defence air-defense
helicopter helicopters aircraft howitzer howitzers rifle rifles vaccine vaccines phone phones
système systèmes batterie batteries lanceur lanceurs char chars chasseur chasseurs roquette
roquettes intercepteur intercepteurs hélicoptère hélicoptères avion avions obusier obusiers
fusil fusils vaccin vaccins
""".split()}


# Lowercase words a weapon's name may carry before its class noun ("NMESIS mobile missile
# launchers", "the Typhon medium-range missile system"): the name is still the weapon's.
_EQUIPMENT_MODIFIERS = _WEAPON_MODIFIERS | {norm(w) for w in """
mobile missile missiles rocket air-defence air-defense anti-aircraft anti-missile
surface-to-air ground-based land-based sea-based mid-range intermediate-range truck-mounted
self-propelled artillery launch
medium long short mid intermediate range air defence defense ground land sea based anti
aircraft surface to self propelled truck mounted
""".split()}
_EQUIPMENT_MODIFIERS_FR = {norm(w) for w in """
mobile mobiles antimissile antimissiles antiaérien antiaérienne antiaériens antiaériennes
balistique balistiques hypersonique hypersoniques sol-air lance-missiles lance-roquettes
autopropulsé autopropulsés américain américains
""".split()}


def _hyphen_inside(doc: Doc, k: int) -> bool:
    """A hyphen the English tokenizer split out of a compound ("medium - range")."""
    return doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_


def is_equipment(doc: Doc, start: int, end: int, lower_keys: list[str]) -> bool:
    after = lower_keys[end] if end < len(doc) else ""
    before = lower_keys[start - 1] if start > 0 else ""
    if after in _EQUIPMENT_NOUNS or before in _EQUIPMENT_NOUNS:
        return True
    # Up to three lowercase modifiers between the name and its class noun; a country or
    # a known place before them stays itself ("North Korea ballistic missile tests").
    k = end
    while k < len(doc) and k - end < 8 and (_hyphen_inside(doc, k) or (
            doc[k].text.islower() and lower_keys[k] in _EQUIPMENT_MODIFIERS)):
        k += 1
    j = start - 1  # French puts the class noun first: "les lanceurs mobiles NMESIS"
    while j >= 0 and start - j <= 3 and doc[j].text.islower() \
            and lower_keys[j] in _EQUIPMENT_MODIFIERS_FR:
        j -= 1
    after_modifiers = k > end and k < len(doc) and doc[k].text.islower() \
        and lower_keys[k] in _EQUIPMENT_NOUNS
    before_modifiers = j < start - 1 and j >= 0 and doc[j].text.islower() \
        and lower_keys[j] in _EQUIPMENT_NOUNS
    if not (after_modifiers or before_modifiers):
        return False
    text = doc[start:end].text
    return norm(text) not in NAME_INDEX and not place_country(text)


_LINE_ENDS = {".", "!", "?", ":", ";", "»", '"', "”", ")", "…"}


def opens_a_crosshead(doc: Doc, i: int) -> bool:
    """Token i opens a short line in sentence case with no closing punctuation, a crosshead
    ("Appels à la retenue", "Colère sur le port"): its capital is the line's, so a common
    word there reads as a name (a hamlet somewhere)."""
    if i > 0 and "\n" not in doc[i - 1].whitespace_ and not doc[i - 1].is_space:
        return False
    end = i + 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and not doc[end].is_space:
        end += 1
    words = [t for t in doc[i:end] if t.is_alpha]
    return 2 <= len(words) <= 7 and doc[end - 1].text not in _LINE_ENDS \
        and any(t.text.islower() for t in words[1:])
