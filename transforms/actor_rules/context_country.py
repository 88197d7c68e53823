"""Country of unknown actors the text names without a nationality.

Wire copy introduces local people and bodies with no demonym ("Igor Dodon",
"Jeunes Agriculteurs", "Insee", "Jay Tarriela") because the story already says
where it happens. An actor found by NER with no country takes:

1. the only country named in its own sentence ("...called on the junta to free
   Alpha Condé" after "suspended Guinea"), else
2. the article's dominant country, when one clearly leads the mentions (at least
   three, and twice the next), else
3. the country of the city the story was filed from ("OSLO, Oct 3 (Reuters) -"), when
   the article names it at least half as often as the country it names most: a story
   filed from Mexico City on remittances names the United States more often, yet its
   local people and bodies are Mexico's; else stays NULL.

French copy names the bodies of the state it is about bare ("la Chambre", "le Conseil
d'Etat", "l'Assemblée nationale" in a story on Belgium or Cameroon): they take the
state that clearly leads the article, France's body otherwise (_bodies_of_the_story).
"Les Vingt-Sept" are the European Union; a bare state body after the one body of its kind
named in full is that body; "the House" in a story on the United States is its House of
Representatives. A bare "l'armée"/"the army" is left unnamed, as the annotators do.

Short names two states share ("Congo") follow the article's other actors the
same way (resolve_shared_names). Dictionary actors are otherwise never touched:
their NULL is deliberate (international organisations, seas, disputed areas), and
names that look international ("International Crisis Group", "Union africaine")
stay NULL too.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from transforms.actor_rules.vocab import Candidate, PLACE_PREPOSITIONS
from transforms.datelines import datelines
from transforms.records import Actor
from transforms.countries import ADJECTIVE_INDEX, NAME_INDEX, country_for, country_name, norm
from transforms.gazetteer import is_city, place_countries

_INTERNATIONAL_WORDS = {norm(w) for w in """
international internationale internationales internationaux global globale world
mondial mondiale united nations unies un european européen européenne africa
african africaine arab arabe islamic islamique amnesty watch crisis
forum
""".split()}
_FILLED_TYPES = {"PERSON", "ORGANIZATION", "GROUP", "LOCATION"}
# Dictionary bodies every state has, kept with a NULL country in organisations.json so
# that the article names the state ("la Cour suprême" in a story on Guinea), as an
# unknown NER body would be.
STATE_BODIES = {"Supreme Court", "Constitutional Court", "Election Commission",
                "High Court of Justice", "High Court", "Federal High Court",
                "National Cyber Security Centre"}
# French chambers whose canonical names are the bare English words: in French copy "le Sénat"
# is France's, in English copy "the Senate" is the story's country's (the US Senate, the
# Philippine Senate, Pakistan's National Assembly), so it is read like a state body there.
_BARE_ENGLISH_CHAMBERS = {norm(name) for name in ("Senate", "National Assembly")}
_MIN_LEAD = 3

# French copy names the bodies of the state it is about bare ("la Chambre", "le Conseil
# d'Etat", "l'Assemblée nationale" in a story on Belgium or Cameroon); with no other
# state leading the article they are France's, as the dictionary has them. Kind of body
# by the bare words of the mention.
_FRENCH_BARE_BODIES = {
    "assemblee nationale": "National Assembly", "l'assemblee nationale": "National Assembly",
    "senat": "Senate", "le senat": "Senate",
    "conseil constitutionnel": "Constitutional Council",
    "conseil d'etat": "Council of State", "conseil d etat": "Council of State",
    "chambre": "Chamber", "la chambre": "Chamber", "chambre des representants": "Chamber",
    "chambre des deputes": "Chamber of Deputies",
    "congres": "Congress", "le congres": "Congress",
}
# A state's own entry in organisations.json for a kind of body; other states keep the
# bare canonical name with their country ("Council of State" for Greece).
_OWN_BODIES = {
    ("Chamber", "BEL"): "Chamber of Representatives",
    ("Chamber", "USA"): "House of Representatives",
    # the lower houses English calls the House of Representatives too (_HOUSE_STATES)
    ("Chamber", "JPN"): "House of Representatives",
    ("Chamber", "PHL"): "House of Representatives",
    ("Chamber", "AUS"): "House of Representatives",
    ("Chamber", "NZL"): "House of Representatives",
    ("Chamber", "NGA"): "House of Representatives",
    ("Congress", "USA"): "Congress",
    ("Congress", "NCL"): "Congress of New Caledonia",
    ("Congress", "ESP"): "Congress of Deputies",
    ("National Assembly", "DZA"): "People's National Assembly",
    ("National Assembly", "TUR"): "Turkish Grand National Assembly",
    ("National Assembly", "TUN"): "Assembly of the Representatives of the People",
    ("Senate", "USA"): "Senate",
}
# France and the territories whose parliament is France's (New Caledonia's story is told
# with the Assemblée nationale and Sénat in Paris).
_FRANCE = {"FRA", "NCL", "PYF", "WLF", "GLP", "MTQ", "GUF", "REU", "MYT", "SPM", "BLM", "MAF",
           "ATF"}
# Kinds with no bare name of their own: the story's state's entry or no actor.
_ONLY_OWN = {"Chamber"}


# Fields a national school or think tank studies: "S. Rajaratnam School of International
# Studies", "Institute of International Affairs" are their state's, not world bodies.
_INTERNATIONAL_FIELDS = {"studies", "affairs", "relations", "economics", "politics", "trade",
                         "etudes", "affaires"}  # "Court of International Trade" is the US's


# Waters named by these words are no state's, whatever the story is about (eval/README.md:
# seas null): "the Flores Sea", "the Bali Strait", "la mer de Flores", "le détroit de Luzon".
_SEA_HEADS = {"sea", "ocean", "strait", "straits", "channel"}
_SEA_HEADS_FIRST = {"mer", "ocean", "detroit", "strait", "sea"}


def _at_sea(name: str) -> bool:
    """A sea, an ocean, a strait or a channel, by the word that heads its name."""
    words = [norm(w) for w in name.split()]
    return len(words) >= 2 and (words[-1] in _SEA_HEADS or words[0] in _SEA_HEADS_FIRST
                                and words[1] in {"of", "de", "du", "d'", "des"})


def _looks_international(name: str) -> bool:
    words = [norm(w) for w in name.split()]
    return any(w in _INTERNATIONAL_WORDS and not (
        w.startswith("internationa") and k + 1 < len(words)
        and words[k + 1] in _INTERNATIONAL_FIELDS) for k, w in enumerate(words))


# Short names two states share ("Congo", "Congolese", "congolais"): the article's
# other actors decide. Each key is the code the dictionary gives, the value the
# other state it may mean.
_SHARED_NAMES = {"COG": ("COD", {norm(w) for w in """
Congo Congolese congolais congolaise congolaises Congolais""".split()})}


def resolve_shared_names(chosen: list[Candidate], english: bool = False) -> list[Candidate]:
    """"Congo's army fought M23 near Goma": the DRC, since the article's other actors
    are Congolese-Kinshasa ones and none is from Brazzaville. English copy goes further:
    its bare "Congo" and "Congolese" are the DRC's (the wires write "Republic of Congo" or
    "Congo Republic" for Brazzaville), so only an actor of Brazzaville keeps them there;
    French copy names the DRC "RDC" and may mean Brazzaville by "le Congo"."""
    out = list(chosen)
    for code, (other, forms) in _SHARED_NAMES.items():
        shared = [k for k, c in enumerate(out) if c.actor.country_code == code
                  and norm(c.text) in forms]
        rest = [c.actor.country_code for k, c in enumerate(out) if k not in shared]
        if not shared or code in rest or other not in rest and not english:
            continue
        for k in shared:
            actor = out[k].actor
            name = country_name(other) if actor.actor_type == "COUNTRY" else actor.name
            out[k] = replace(out[k], actor=replace(actor, name=name, country_code=other))
    return out


# Regions named by compass words only: "le Sud-Ouest", "le Nord-Est du pays", "the
# North-West", "Centre-Nord". The gazetteer gives each one country (Burkina Faso's
# Sud-Ouest, Haiti's Nord-Est), but copy names its own country's regions this way: a
# French wildfire story's "Sud-Ouest" is no place in Burkina Faso.
_COMPASS_WORDS = {"nord", "sud", "est", "ouest", "north", "south", "east", "west", "centre",
                  "center", "central", "northeast", "northwest", "southeast", "southwest",
                  "north-east", "north-west", "south-east", "south-west"}


def _compass_only(text: str) -> bool:
    words = norm(text).replace("-", " ").split()
    return len(words) >= 1 and all(w in _COMPASS_WORDS for w in words) and (
        len(words) >= 2 or words[0] in {"northeast", "northwest", "southeast", "southwest"})


def compass_only_regions(chosen: list[Candidate]) -> list[Candidate]:
    """Drop a compass-only region unless the article names its country elsewhere
    (Haiti's "Nord-Est" in a story on Haiti stays)."""
    codes = Counter(c.actor.country_code for c in chosen
                    if c.actor.country_code and not _compass_only(c.text))
    return [c for c in chosen if not (c.actor.actor_type == "LOCATION" and _compass_only(c.text)
                                      and not codes[c.actor.country_code])]


def prefer_article_homonyms(chosen: list[Candidate]) -> list[Candidate]:
    """A town found outside the dictionary whose name several countries share takes
    the one the article is about: "Pokrovsk" is Ukrainian in a story on Ukraine,
    Russian in one on Yakutia."""
    out = list(chosen)
    for k, cand in enumerate(chosen):
        actor = cand.actor
        if actor.actor_type != "LOCATION" or cand.source not in ("place", "ner") \
                or not actor.country_code:
            continue
        others = place_countries(cand.text)[1:]
        if not others:
            continue
        mentioned = Counter(c.actor.country_code for c in chosen if c is not cand
                            and c.actor.actor_type in ("COUNTRY", "LOCATION")
                            and c.actor.country_code)
        best = max(others, key=lambda code: mentioned[code])
        # the default stands unless the article is plainly about the other state
        # ("Punjab" among Lahore, Multan and Pakistan, with India named once); a city of
        # 100,000+ needs two mentions of the other state, not one: "flights to Brisbane"
        # in a story filed from New York is still Australia's, not a Californian town's
        least = 2 if is_city(cand.text) else 1
        if mentioned[best] >= least and mentioned[best] >= 2 * mentioned[actor.country_code] + 1:
            out[k] = replace(cand, actor=replace(actor, country_code=best))
    return out


def sentence_homonyms(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A town several countries share whose own sentence names one of them as a country
    takes that one, whatever the article is about: "Le Kenya a déployé des équipes aux
    postes-frontières de Busia et de Malaba" in a story on Uganda names Kenya's towns."""
    out = list(chosen)
    for k, cand in enumerate(chosen):
        actor = cand.actor
        if actor.actor_type != "LOCATION" or cand.source not in ("place", "ner") \
                or not actor.country_code:
            continue
        shared = place_countries(cand.text)
        if len(shared) < 2:
            continue
        sent = doc[cand.start].sent
        named = {c.actor.country_code for c in chosen if c.actor.actor_type == "COUNTRY"
                 and sent.start <= c.start < sent.end} & set(shared)
        if len(named) == 1 and actor.country_code not in named:
            out[k] = replace(cand, actor=replace(actor, country_code=named.pop()))
    return out


# Romanised Korean names have a hyphenated given name after a one-syllable family name
# ("Lee Yong-bae", "Ahn Gyu-back"); wire copy names South Koreans far more often than
# North Koreans, who come with their country ("le dirigeant nord-coréen Kim Jong Un").
_KOREAN_NAME = re.compile(r"^(?:Kim|Lee|Yi|Park|Pak|Choi|Choe|Jung|Chung|Jeong|Kang|Cho|Jo|Yoon|"
                          r"Yun|Jang|Chang|Lim|Im|Han|Oh|Seo|Suh|Shin|Kwon|Hwang|Ahn|An|Song|Yoo|"
                          r"Yu|Hong|Jeon|Chun|Ko|Moon|Yang|Son|Bae|Baek|Heo|Nam|Noh|Roh|Ha|Kwak|"
                          r"Sung|Cha|Joo|Woo|Koo|Min|Ryu|Na|Jin|Ji|Chae|Won|Bang|Hyun|Yeo|Cheon)"
                          r" [A-Z][a-z]+-[a-z]+$")


def _name_country(name: str) -> str | None:
    return "KOR" if _KOREAN_NAME.match(name) else None


def _state_named_first(name: str) -> str | None:
    """The state whose name opens a body's own name ("Taiwan International Ports
    Corporation", "Kenya International Airports Authority"): "International" there says
    what the body does, not that no state owns it."""
    words = name.split()
    for n in (3, 2, 1):
        code = NAME_INDEX.get(norm(" ".join(words[:n]))) if len(words) > n else None
        if code:
            return code
    return None


def _places_with_country(chosen: list[Candidate]) -> list[Candidate]:
    return [c for c in chosen if c.actor.actor_type in ("COUNTRY", "LOCATION")
            and c.actor.country_code]


def fill_context_countries(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with unknown NER actors given the country their context names."""
    places = _places_with_country(chosen)
    counts = Counter(c.actor.country_code for c in places)
    ranked = counts.most_common(2)
    dominant = None
    if ranked and ranked[0][1] >= _MIN_LEAD \
            and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        dominant = ranked[0][0]
    if dominant:
        chosen = _namesakes_of_the_story(chosen, dominant)
        # The places that lend their country below are the namesakes as just read: "Crest"
        # in a story on Canada is Canada's, and so is "Crest chief executive X"
        places = _places_with_country(chosen)
    if doc.lang_ == "fr":
        chosen = _bodies_of_the_story(chosen + _bare_chambers(doc, chosen), dominant) \
            + _bare_national_bank(doc, chosen, dominant)
    chosen = _the_twenty_seven(doc, chosen)
    chosen = _named_in_full(chosen)
    chosen = [_central_commission(doc, c) for c in chosen]
    if doc.lang_ == "en" and dominant in _HOUSE_STATES:
        chosen = [_the_house(doc, c, dominant) for c in chosen]
    leader = ranked[0][0] if ranked and ranked[0][1] >= _MIN_LEAD \
        and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    # Unknown actors take a clear lead too: a story on Honduras names the United States
    # often (12 to 7), yet its candidates and parties are Honduras's.
    filler = dominant or (leader if ranked and len(ranked) > 1
                          and 2 * ranked[0][1] >= 3 * ranked[1][1] else None)
    # Where the story was filed decides last, for people and bodies only: a strait or a
    # range the story names ("Palk Strait", "Tian Shan") is often no one state's.
    filed_from = _dateline_country(doc, chosen)
    if filed_from is None or not ranked or 2 * counts[filed_from] < ranked[0][1]:
        filed_from = None
    if doc.lang_ == "en" and leader not in (None, "USA"):
        chosen = [_another_congress(doc, c, leader, places) for c in chosen]
    if filler:
        chosen = _namesakes_in_office(doc, chosen, filler, set(counts))
    out = []
    english = doc.lang_ == "en"
    for cand in chosen:
        actor = cand.actor
        if english and cand.source == "dict" and norm(actor.name) in _BARE_ENGLISH_CHAMBERS \
                and norm(cand.text) in _BARE_ENGLISH_CHAMBERS:
            actor = replace(actor, country_code=None)
            cand = replace(cand, actor=actor)
        state_body = cand.source == "dict" and (actor.name in STATE_BODIES
                                                or actor.name in _CENTRAL_NAMES
                                                or norm(actor.name) in _BARE_ENGLISH_CHAMBERS)
        if cand.source == "ner" and actor.actor_type == "ORGANIZATION" \
                and not actor.country_code and _looks_international(actor.name) \
                and (state := _state_named_first(actor.name)):
            actor = replace(actor, country_code=state)
            cand = replace(cand, actor=actor)
        if not (cand.source == "ner" or state_body) or actor.country_code \
                or actor.actor_type not in _FILLED_TYPES or _looks_international(actor.name) \
                or actor.actor_type == "LOCATION" and _at_sea(actor.name) \
                or _organ_of_an_international_body(doc, cand, chosen):
            out.append(cand)
            continue
        named = _name_country(actor.name) if actor.actor_type == "PERSON" else None
        if named:
            out.append(replace(cand, actor=replace(actor, country_code=named)))
            continue
        local = _local_office_country(doc, cand, places) \
            if actor.actor_type == "PERSON" else None
        if local:
            out.append(replace(cand, actor=replace(actor, country_code=local)))
            continue
        sent = doc[cand.start].sent
        quoted = _quoted_tokens(sent)
        in_sentence = {c.actor.country_code for c in places
                       if sent.start <= c.start < sent.end and c is not cand
                       and (c.start in quoted) <= (cand.start in quoted)}
        code = next(iter(in_sentence)) if len(in_sentence) == 1 \
            else filler or (filed_from if actor.actor_type != "LOCATION" else None)
        if actor.actor_type == "PERSON" and filler and code != filler \
                and _only_scenery(doc, places, sent, cand):
            # "le ministre de l'Economie, Luis Caputo, s'est entretenu à Washington" in a
            # story on Argentina: where a person went is not where they are from
            code = filler
        out.append(replace(cand, actor=replace(actor, country_code=code)) if code else cand)
    return out


# Offices of a town or a region. Their holder is of the place's state, whatever state the
# story is about: "the mayor of Kharkiv, X" in a story on Russia's strikes is Ukrainian,
# "le chef du gouvernement du Tamil Nadu, X" in a story on Sri Lanka is Indian.
_LOCAL_OFFICES = {norm(w) for w in """
mayor governor premier minister chief head leader president prefect administrator
maire gouverneur gouverneure préfet préfète ministre chef président présidente gouvernement
administrateur dirigeant
""".split()}
# Words between an office and its place: "of the region of", "de la région de".
_OFFICE_LINKS = {norm(w) for w in """
of the de du d' d’ la le l' l’ des region région province state état city ville town oblast
district county préfecture
""".split()}
_OF = {"of", "de", "du", "d'", "d’", "des"}
_AFTER_PLACE = {norm(w) for w in "region région province state oblast district county".split()}


def _local_office_country(doc: Doc, cand: Candidate, places: list[Candidate]) -> str | None:
    """The country of the town or region whose office the person holds, as the text names
    it around the name: "the mayor of Kharkiv, X", "le gouverneur de la région de
    Belgorod, X", "Kharkiv mayor X", "X, maire de Kharkiv". Countries are left to the
    title rules: only places (LOCATION) are read here."""
    local = [c for c in places if c.actor.actor_type == "LOCATION"]
    ends = {c.end: c for c in local}
    starts = {c.start: c for c in local}
    sent = doc[cand.start].sent

    def office_before(k: int) -> bool:
        """doc[k] ends a phrase "office of [the region of]" (walking back from k)."""
        crossed_of = False
        while k >= sent.start and cand.start - k < 9 and norm(doc[k].text) in _OFFICE_LINKS:
            crossed_of = crossed_of or doc[k].lower_ in _OF
            k -= 1
        return crossed_of and k >= sent.start and norm(doc[k].text) in _LOCAL_OFFICES

    # "the mayor of Kharkiv, X" / "le gouverneur de la région de Belgorod, X"
    k = cand.start - 1
    if k > sent.start and doc[k].text == ",":
        k -= 1
        if k > sent.start and norm(doc[k].text) in _AFTER_PLACE:
            k -= 1
        place = ends.get(k + 1)
        if place is not None and office_before(place.start - 1):
            return place.actor.country_code
    # "Kharkiv mayor X", "Belgorod region governor X", "Tamil Nadu Chief Minister X"
    k = cand.start - 1
    offices = 0
    while k > sent.start and offices < 2 and norm(doc[k].text) in _LOCAL_OFFICES:
        k -= 1
        offices += 1
    if offices and k > sent.start and norm(doc[k].text) in _AFTER_PLACE:
        k -= 1
    place = ends.get(k + 1) if offices else None
    if place is not None and norm(doc[cand.start - 1].text) not in {"minister", "ministre",
                                                                    "president", "président"}:
        return place.actor.country_code
    if place is not None and offices == 2:
        return place.actor.country_code  # "Chief Minister", "Deputy Mayor"
    # "X, the mayor of Kharkiv" / "X, maire de Kharkiv"
    k = cand.end
    if k < sent.end and doc[k].text == ",":
        k += 1
        if k < sent.end and doc[k].lower_ in {"the", "le", "la", "l'", "l’"}:
            k += 1
        if k < sent.end and norm(doc[k].text) in _LOCAL_OFFICES:
            k += 1
            crossed_of = False
            while k < sent.end and k - cand.end < 9 and norm(doc[k].text) in _OFFICE_LINKS \
                    and k not in starts:
                crossed_of = crossed_of or doc[k].lower_ in _OF
                k += 1
            place = starts.get(k)
            if crossed_of and place is not None:
                return place.actor.country_code
    return None


_OPENING_QUOTES = {"«", "“"}
_CLOSING_QUOTES = {"»", "”"}


def _quoted_tokens(sent) -> set[int]:
    """Indexes of the tokens inside quotation marks in a sentence: what a speaker says of
    other states (« pour nous ce sont les Russes », résume X) names no country of theirs.
    Straight quotes open and close in turn; a closing mark with no opening one in the
    sentence closes a quote opened before it (the parser often cuts after « )."""
    inside, out, straight = False, set(), False
    for tok in sent:
        if tok.text in _OPENING_QUOTES or tok.text == '"' and not straight and not inside:
            inside = True
            straight = tok.text == '"'
            continue
        if tok.text in _CLOSING_QUOTES or tok.text == '"' and straight:
            if not inside:
                out.update(range(sent.start, tok.i))
            inside = straight = False
            continue
        if inside:
            out.add(tok.i)
    return out


def _namesakes_of_the_story(chosen: list[Candidate], dominant: str) -> list[Candidate]:
    """"Buka" and "Pori" in a story on Papua New Guinea are its towns, not Uzbekistan's
    and Finland's: a small place the gazetteer gives to a state the article names nowhere
    else, in a story one state clearly leads, is that state's namesake. Towns of 100,000+
    people, hand-kept places and the capitals and cities of countries.json keep their
    country ("Tanga" in a story on Uganda's pipeline is Tanzania's port)."""
    out = []
    for cand in chosen:
        actor = cand.actor
        code = actor.country_code
        if actor.actor_type == "LOCATION" and cand.source in ("place", "ner") and code \
                and code != dominant and not is_city(cand.text) and not country_for(cand.text) \
                and not any(c.actor.country_code == code and c.actor.name != actor.name
                            for c in chosen):
            cand = replace(cand, actor=replace(actor, country_code=dominant))
        out.append(cand)
    return out


def _dateline_country(doc: Doc, chosen: list[Candidate]) -> str | None:
    """The country of the one city the first dateline names ("NASSAU, Dec 9 -", "KYIV,
    Ukraine (AP) —"), as the rules before read it; None for "WASHINGTON/BISHKEK"."""
    lines = datelines(doc)
    if not lines:
        return None
    line = lines[0]
    start, end = line.region or line.city
    if any(doc[k].text == "/" for k in range(*line.city)):
        return None
    codes = {c.actor.country_code for c in chosen if start <= c.start < end
             and c.actor.actor_type in ("COUNTRY", "LOCATION") and c.actor.country_code}
    return codes.pop() if len(codes) == 1 else None


def _organ_of_an_international_body(doc: Doc, cand: Candidate,
                                    chosen: list[Candidate]) -> bool:
    """"the WTO's Appellate Body", "l'organe d'appel de l'OMC": a body an international
    organisation owns has no state, whatever the story's (its people keep theirs)."""
    if cand.actor.actor_type == "PERSON":
        return False
    k = cand.start - 1
    if k >= 1 and doc[k].lower_ in {"'s", "’s", "'"}:
        owner = next((c for c in chosen if c.end == k), None)
    elif cand.end + 1 < len(doc) and doc[cand.end].lower_ in {"of", "de", "du", "des"}:
        j = cand.end + 1
        while j < len(doc) and doc[j].lower_ in {"the", "la", "le", "l'", "l’"}:
            j += 1
        owner = next((c for c in chosen if c.start == j), None)
    else:
        return False
    return owner is not None and owner.source == "dict" \
        and owner.actor.actor_type == "ORGANIZATION" and owner.actor.country_code is None


def _namesakes_in_office(doc: Doc, chosen: list[Candidate], filler: str,
                         named_states: set[str]) -> list[Candidate]:
    """"Defence Minister Pedro Sanchez told reporters" in a story on Colombia is Colombia's
    minister, not Spain's prime minister of the same name: a known person given a
    minister's title their entry does not hold, in a story led by another state that never
    names theirs, takes the story's state."""
    from transforms.actor_rules.titles import title_before  # titles imports the dictionary

    lower_keys = [norm(t.text) for t in doc]
    out = []
    for cand in chosen:
        actor = cand.actor
        if cand.source == "dict" and actor.actor_type == "PERSON" and actor.country_code \
                and actor.country_code != filler and actor.country_code not in named_states:
            role, code = title_before(doc, cand.start, lower_keys)
            said = " ".join(lower_keys[max(0, cand.start - 3):cand.start])
            if role and code is None and "minister" in said \
                    and not any(w in norm(actor.role or "") for w in said.split()
                                if w not in {"minister", "the", "of", "and"}):
                cand = replace(cand, actor=replace(actor, country_code=filler, role=role))
        out.append(cand)
    return out


def _only_scenery(doc: Doc, places: list[Candidate], sent, cand: Candidate) -> bool:
    """The sentence's places with a code are all places after a place preposition."""
    found = [c for c in places if sent.start <= c.start < sent.end and c is not cand]
    return bool(found) and all(c.actor.actor_type == "LOCATION" and c.start > 0
                               and norm(doc[c.start - 1].text) in PLACE_PREPOSITIONS
                               for c in found)


# Central banks French copy names bare ("la Banque nationale a revu sa prévision") in a
# story on their state.
_NATIONAL_BANKS = {code: Actor(name, "ORGANIZATION", code) for code, name in (
    ("BEL", "National Bank of Belgium"), ("CHE", "Swiss National Bank"),
    ("UKR", "National Bank of Ukraine"), ("POL", "National Bank of Poland"),
    ("SRB", "National Bank of Serbia"), ("MDA", "National Bank of Moldova"),
    ("ROU", "National Bank of Romania"), ("BGR", "Bulgarian National Bank"),
    ("GEO", "National Bank of Georgia"), ("HUN", "National Bank of Hungary"),
    ("CZE", "Czech National Bank"))}


def _bare_national_bank(doc: Doc, chosen: list[Candidate],
                        dominant: str | None) -> list[Candidate]:
    """"la Banque nationale" with nothing after it, in a story a state with one leads."""
    bank = _NATIONAL_BANKS.get(dominant)
    if bank is None:
        return []
    taken = {k for c in chosen for k in range(c.start, c.end)}
    found = []
    for i in range(1, len(doc) - 1):
        if doc[i].text != "Banque" or doc[i + 1].lower_ != "nationale" \
                or taken.intersection((i, i + 1)) or doc[i - 1].lower_ not in {"la", "de", "par"}:
            continue
        nxt = doc[i + 2] if i + 2 < len(doc) else None
        if nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ in {"de", "du", "d'", "d’"}
                                or norm(nxt.text) in ADJECTIVE_INDEX):
            continue  # "la Banque nationale de Pologne", "la Banque nationale suisse"
        span = doc[i:i + 2]
        found.append(Candidate(bank, i, i + 2, span.start_char, span.end_char, span.text,
                               "dict"))
    return found


def _bare_chambers(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """"voté à la Chambre", "la Chambre des représentants": a chamber no rule took, to be
    the story's state's (or dropped by _bodies_of_the_story)."""
    taken = {k for c in chosen for k in range(c.start, c.end)}
    found = []
    for i, tok in enumerate(doc):
        if tok.text != "Chambre" or i == 0 or i in taken or doc[i - 1].lower_ != "la":
            continue
        end = i + 1
        if i + 2 < len(doc) and doc[i + 1].lower_ == "des" \
                and norm(doc[i + 2].text) in ("representants", "deputes"):
            end = i + 3  # "la Chambre des députés" of Argentina, Italy, Brazil...
        elif end < len(doc) and (doc[end].text[:1].isupper()
                                 or doc[end].lower_ in {"de", "des", "du", "d'", "d’", "haute",
                                                        "basse"}):
            continue  # "la Chambre de commerce", "la Chambre haute"
        if taken.intersection(range(i, end)):
            continue
        span = doc[i:end]
        found.append(Candidate(Actor(span.text, "ORGANIZATION", None), i, end, span.start_char,
                               span.end_char, span.text, "ner"))
    return found


def _bodies_of_the_story(chosen: list[Candidate], dominant: str | None) -> list[Candidate]:
    """French copy: "la Chambre", "le Conseil d'Etat", "l'Assemblée nationale" named bare
    in a story another state leads are that state's bodies ("Chamber of Representatives"
    in a Belgian story, "Constitutional Council" of Cameroon); France's otherwise. A bare
    "la Chambre" no state's entry claims is no actor."""
    out = []
    for cand in chosen:
        kind = _FRENCH_BARE_BODIES.get(norm(cand.text))
        actor = cand.actor
        if kind is None or actor.actor_type not in ("ORGANIZATION", "LOCATION") \
                or (cand.source == "dict" and actor.country_code not in (None, "FRA")):
            out.append(cand)
            continue
        if dominant is None or dominant in _FRANCE and dominant != "FRA" and kind != "Congress":
            if kind in _ONLY_OWN and cand.source != "dict":
                continue  # "la Chambre" with no state: no actor ("La Chambre" is no town)
            out.append(cand)
            continue
        if dominant == "FRA":
            if kind in _ONLY_OWN and cand.source != "dict":
                continue
            out.append(cand)
            continue
        name = _OWN_BODIES.get((kind, dominant))
        if name is None and kind in _ONLY_OWN:
            continue
        out.append(replace(cand, actor=Actor(name or kind, "ORGANIZATION", dominant),
                           source="dict"))
    return out


_EU = Actor("European Union", "ORGANIZATION", None)
# "une réunion des Vingt-Sept", "les chefs d'Etat des Vingt-Sept" are their members met,
# not the Union acted on
_BEFORE_27 = {"les", "aux", "the"}
_MEMBERS_AFTER_27 = {("etats", "membres"), ("pays", "membres"), ("member", "states"),
                     ("member", "countries")}


def _the_twenty_seven(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """"Les Vingt-Sept ont adopté", "les 27 Etats membres", "the 27 member states", and
    "les 27 ont" in an article naming the European Union, are the European Union."""
    # NER reads "Vingt-Sept" as an unknown body too: the rule below names it
    chosen = [c for c in chosen if not (c.source == "ner" and norm(c.text) == "vingt-sept")]
    taken = {k for c in chosen for k in range(c.start, c.end)}
    eu_named = any(c.actor.name == _EU.name for c in chosen)
    found = []
    for i, tok in enumerate(doc):
        if i == 0 or i in taken or doc[i - 1].lower_ not in _BEFORE_27:
            continue
        end = None
        if norm(tok.text) == "vingt-sept" and tok.text[:1].isupper():
            end = i + 1
        elif tok.text == "27" and i + 2 < len(doc) \
                and (norm(doc[i + 1].text), norm(doc[i + 2].text)) in _MEMBERS_AFTER_27:
            end = i + 3
        elif tok.text == "27" and eu_named and i + 1 < len(doc) \
                and doc[i + 1].pos_ in ("AUX", "VERB"):
            start = i - 1
            found.append(Candidate(_EU, start, i + 1, doc[start].idx, tok.idx + len(tok.text),
                                   doc[start:i + 1].text, "dict"))
            continue
        if end is not None and not taken.intersection(range(i, end)):
            span = doc[i:end]
            found.append(Candidate(_EU, i, end, span.start_char, span.end_char, span.text,
                                   "dict"))
    return chosen + found if found else chosen


# "the Central Election Commission" (Georgia, Russia), "la Commission électorale centrale"
# (Moldova): the dictionary's generic "Election Commission" with the word it leaves out.
_CENTRAL_NAMES = {"Central Election Commission", "Central Electoral Commission"}


def _central_commission(doc: Doc, cand: Candidate) -> Candidate:
    if cand.source != "dict" or cand.actor.name != "Election Commission" \
            or cand.actor.country_code:
        return cand
    k = cand.start
    if k > 0 and doc[k - 1].text == "Central":
        span = doc[k - 1:cand.end]
        name = "Central Electoral Commission" if norm(cand.text).startswith("electoral") \
            else "Central Election Commission"
    elif cand.end < len(doc) and norm(doc[cand.end].text) == "centrale":
        span = doc[k:cand.end + 1]
        name = "Central Electoral Commission"
    else:
        return cand
    return replace(cand, actor=replace(cand.actor, name=name), start=span.start,
                   end=span.end, start_char=span.start_char, end_char=span.end_char,
                   text=span.text)


# States whose lower chamber the news calls "the House" (of Representatives).
_HOUSE_STATES = {"USA", "PHL", "AUS", "NZL", "NGA", "JPN"}


def _the_house(doc: Doc, cand: Candidate, dominant: str) -> Candidate:
    """"The House has not scheduled a vote" in a story on the United States: its House of
    Representatives ("House Speaker Mike Johnson" is a title, no body)."""
    k = cand.start
    if cand.text != "House" or k == 0 or doc[k - 1].lower_ != "the" \
            or (cand.end < len(doc) and doc[cand.end].text[:1].isupper()):
        return cand
    return replace(cand, actor=Actor("House of Representatives", "ORGANIZATION", dominant),
                   source="dict")


def _another_congress(doc: Doc, cand: Candidate, leader: str,
                      places: list[Candidate]) -> Candidate:
    """"a Congress where no party has a majority" in a story on Honduras is Honduras's
    Congress, not the United States' Congress the dictionary has for a bare "Congress",
    unless its sentence names the United States. `leader`: the country the article's
    places name most (more than any other, not necessarily twice as often)."""
    if cand.text != "Congress" or cand.actor.name != "Congress" or cand.actor.country_code != "USA":
        return cand
    sent = doc[cand.start].sent
    if any(c.actor.country_code == "USA" for c in places if sent.start <= c.start < sent.end):
        return cand
    return replace(cand, actor=Actor(_OWN_BODIES.get(("Congress", leader), "Congress"),
                                     "ORGANIZATION", leader))


def _named_in_full(chosen: list[Candidate]) -> list[Candidate]:
    """"the Election Commission's revision" after "the Election Commission of India": a
    state body named bare is the one body of its kind the article names in full."""
    out = list(chosen)
    for k, cand in enumerate(chosen):
        if cand.source != "dict" or cand.actor.name not in STATE_BODIES:
            continue
        prefix = cand.actor.name + " "
        longer = {c.actor for c in chosen if c.actor.name.startswith(prefix)
                  and c.actor.country_code}
        if len(longer) == 1:
            out[k] = replace(cand, actor=next(iter(longer)))
    return out
