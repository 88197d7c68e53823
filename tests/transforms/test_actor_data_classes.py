"""Whole classes of actors added to the data files (organisations.json, people.json,
places_overlay.json): listed companies of the main European, US and Asian indices,
national bodies of France, Germany, the UK, Italy and Spain, European parties, armed
forces by name, NGOs, French exonyms of European cities, French transliterations of
Russian names; and two full wire stories written for these tests."""
from __future__ import annotations

import json

import pycountry
import pytest

from transforms.actors import find_actors
from transforms.countries import DATA_DIR, norm, strip_article


def actors(nlp, text, lang):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), lang)}


def names(nlp, text, lang):
    return {m.actor.name for m in find_actors(nlp(text), lang)}


def nlp_for(lang, nlp_fr, nlp_en):
    return nlp_fr if lang == "fr" else nlp_en


ORG = "ORGANIZATION"


@pytest.mark.parametrize("lang,text,actor", [
    # listed companies: the seat's country
    ("fr", "L'équipementier Valeo a prévenu jeudi que ses usines pourraient s'arrêter.",
     ("Valeo", ORG, "FRA")),
    ("fr", "Le fabricant grenoblois de plaquettes Soitec a revu ses prévisions à la baisse.",
     ("Soitec", ORG, "FRA")),
    ("en", "Shares in Commerzbank rose after UniCredit raised its stake to 29%.",
     ("UniCredit", ORG, "ITA")),
    ("en", "ING and ABN Amro said they would stop financing new oil fields.", ("ING", ORG, "NLD")),
    ("en", "Iberdrola and Enel bid for the offshore wind licences.", ("Iberdrola", ORG, "ESP")),
    ("en", "Nippon Steel completed its takeover of U.S. Steel in June.",
     ("Nippon Steel", ORG, "JPN")),
    ("en", "Wingtech Technology said it would challenge the Dutch order in court.",
     ("Wingtech Technology", ORG, "CHN")),
    ("fr", "Le chimiste tchèque Explosia a doublé sa production de poudre.",
     ("Explosia", ORG, "CZE")),
    ("en", "Russian assets held at Euroclear in Brussels produced 3 billion euros of interest.",
     ("Euroclear", ORG, "BEL")),
    ("en", "Larsen & Toubro and Bharat Electronics won the radar contract.",
     ("Larsen & Toubro", ORG, "IND")),
    ("fr", "Les chercheurs du CEA-Leti ont présenté une puce gravée en 10 nanomètres.",
     ("CEA-Leti", ORG, "FRA")),
    # national bodies, with their acronyms
    ("fr", "La DGA a notifié mardi la commande de 42 canons Caesar.",
     ("Direction générale de l'armement", ORG, "FRA")),
    ("fr", "La Fédération hospitalière de France a dénoncé un budget insuffisant.",
     ("Fédération hospitalière de France", ORG, "FRA")),
    ("fr", "Selon la FFB, les mises en chantier ont reculé de 8 %.",
     ("Fédération française du bâtiment", ORG, "FRA")),
    ("en", "Germany's Federal Criminal Police Office (BKA) led the raids.",
     ("Federal Criminal Police Office", ORG, "DEU")),
    ("fr", "Le Bundeskriminalamt a perquisitionné quatre appartements.",
     ("Federal Criminal Police Office", ORG, "DEU")),
    ("en", "The German Hospital Federation said 40 clinics had been hit.",
     ("German Hospital Federation", ORG, "DEU")),
    ("en", "The BfV warned of Russian sabotage against rail lines.",
     ("Federal Office for the Protection of the Constitution", ORG, "DEU")),
    ("en", "The Competition and Markets Authority opened an inquiry into the merger.",
     ("Competition and Markets Authority", ORG, "GBR")),
    ("fr", "La Guardia di Finanza a saisi 12 millions d'euros.",
     ("Guardia di Finanza", ORG, "ITA")),
    ("en", "The Audiencia Nacional summoned the former minister.", ("Audiencia Nacional", ORG, "ESP")),
    # parties: full English name, native names and acronyms as aliases
    ("en", "Sandu's PAS won 50.2% of the vote.",
     ("Party of Action and Solidarity", ORG, "MDA")),
    ("fr", "Le Parti Action et Solidarité de Maia Sandu a conservé sa majorité.",
     ("Party of Action and Solidarity", ORG, "MDA")),
    ("en", "The United National Movement boycotted the vote.",
     ("United National Movement", ORG, "GEO")),
    ("en", "The Serbian Progressive Party called early elections.",
     ("Serbian Progressive Party", ORG, "SRB")),
    ("fr", "Les Démocrates de Suède ont salué la décision.", ("Sweden Democrats", ORG, "SWE")),
    ("en", "The FDP left the coalition in November.", ("Free Democratic Party", ORG, "DEU")),
    # armed forces by name
    ("fr", "Les Forces armées maliennes (FAMa) ont repris la localité.",
     ("Malian Armed Forces", ORG, "MLI")),
    ("en", "FAMa soldiers escorted the fuel convoy.", ("Malian Armed Forces", ORG, "MLI")),
    ("en", "The ZSU General Staff reported 160 clashes.", ("Ukrainian Armed Forces", ORG, "UKR")),
    ("fr", "Tsahal a frappé plusieurs cibles au Liban.", ("Israel Defense Forces", ORG, "ISR")),
    ("en", "The Tatmadaw bombed a school in Sagaing.", ("Myanmar Armed Forces", ORG, "MMR")),
    # NGOs: national ones with their country, international ones without
    ("en", "Greenpeace Nordic and Natur og Ungdom brought the case.",
     ("Natur og Ungdom", ORG, "NOR")),
    ("en", "Greenpeace Nordic said it would appeal.", ("Greenpeace Nordic", ORG, "SWE")),
    ("en", "The IFRC appealed for 40 million francs.",
     ("International Federation of Red Cross and Red Crescent Societies", ORG, None)),
    # French exonyms and spellings of European cities
    ("fr", "Le constructeur a suspendu son projet d'usine à Magdebourg.",
     ("Magdeburg", "LOCATION", "DEU")),
    ("fr", "Les grévistes ont manifesté à Bologne et à Palerme.", ("Palermo", "LOCATION", "ITA")),
    ("fr", "Le ferry a accosté à Majorque.", ("Majorca", "LOCATION", "ESP")),
    ("fr", "Le sommet se tiendra à La Valette.", ("Valletta", "LOCATION", "MLT")),
    ("en", "The trial opened in Muenchen on Monday.", ("Munich", "LOCATION", "DEU")),
    # people: French transliterations of Russian names, heads of international bodies
    ("fr", "Le chef présumé de LockBit, Dmitri Khorochev, est visé par des sanctions.",
     ("Dmitry Khoroshev", "PERSON", "RUS")),
    ("en", "FIFA President Gianni Infantino met Trump.", ("Gianni Infantino", "PERSON", "CHE")),
])
def test_class_members_are_found(nlp_fr, nlp_en, lang, text, actor):
    assert actor in actors(nlp_for(lang, nlp_fr, nlp_en), text, lang)


@pytest.mark.parametrize("lang,text,name", [
    # common words that are also brand names were left out on purpose
    ("en", "Total exports rose 4% in March.", "Total"),
    ("en", "Delta flooding displaced 20,000 people.", "Delta"),
    ("en", "Continental Europe imports less gas.", "Continental"),
    ("en", "The Ministry of Defence in Kyiv said ...", "Ministry of Defence"),
    # an acronym matches only in capitals
    ("fr", "Il ne faut pas céder, a-t-il dit.", "Party of Action and Solidarity"),
    ("en", "He said the ing form of the verb was wrong.", "ING"),
    # Reuters-style spellings without umlauts stay as written (not mapped to an umlaut form)
    ("en", "The company is based in Duesseldorf.", "Düsseldorf"),
    # a surname shared with a place is not the person without a first name
    ("en", "Coventry City won 2-0.", "Kirsty Coventry"),
])
def test_common_words_are_not_these_actors(nlp_fr, nlp_en, lang, text, name):
    assert name not in names(nlp_for(lang, nlp_fr, nlp_en), text, lang)


def _load(name):
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def test_no_alias_names_two_organisations():
    owner: dict[str, str] = {}
    clashes = []
    for org in _load("organisations.json")["organisations"]:
        for alias in {org["name"], *org["aliases"]}:
            key = norm(strip_article(alias))
            if owner.setdefault(key, org["name"]) != org["name"] and not org.get("context"):
                clashes.append((alias, owner[key], org["name"]))
    assert clashes == []


def test_countries_are_alpha3_or_null():
    for org in _load("organisations.json")["organisations"]:
        code = org["country"]
        assert code is None or code == "XKX" or pycountry.countries.get(alpha_3=code), org["name"]
