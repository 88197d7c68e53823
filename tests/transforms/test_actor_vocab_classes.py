"""Whole classes of actors the data files hold (organisations.json, people.json,
places_overlay.json): central banks, rights commissions, pollsters, industry bodies,
unions, exchanges, French exonyms; and two full wire stories written for these tests."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def actors(nlp, text, lang):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), lang)}


def nlp_for(lang, nlp_fr, nlp_en):
    return nlp_fr if lang == "fr" else nlp_en


@pytest.mark.parametrize("lang,text,actor", [
    ("en", "Inflation stayed above the target of the National Bank of Hungary.",
     ("National Bank of Hungary", "ORGANIZATION", "HUN")),
    ("en", "The Kenya National Commission on Human Rights counted 31 dead.",
     ("Kenya National Commission on Human Rights", "ORGANIZATION", "KEN")),
    ("en", "The remark drew criticism from the Law Society of Kenya.",
     ("Law Society of Kenya", "ORGANIZATION", "KEN")),
    ("en", "The government-aligned Nezopont institute gave Fidesz a lead.",
     ("Nezopont", "ORGANIZATION", "HUN")),
    ("en", "The Society of Motor Manufacturers and Traders said output fell.",
     ("Society of Motor Manufacturers and Traders", "ORGANIZATION", "GBR")),
    ("fr", "Guillaume Faury, le président du Gifas, a appelé à des commandes fermes.",
     ("Gifas", "ORGANIZATION", "FRA")),
    ("fr", "Les organisateurs, réunis sous la bannière du Copa-Cogeca, revendiquent 10.000 "
           "participants.", ("Copa-Cogeca", "ORGANIZATION", None)),
    ("fr", "Selon l'Office des Nations unies contre la drogue et le crime, la production a "
           "augmenté.", ("United Nations Office on Drugs and Crime", "ORGANIZATION", None)),
    ("fr", "L'action Wingtech a perdu 10 % à la Bourse de Shanghai.",
     ("Shanghai Stock Exchange", "ORGANIZATION", "CHN")),
    ("en", "A video circulated widely on Facebook last week.", ("Facebook", "ORGANIZATION", "USA")),
    ("fr", "Le ministre de la Santé Roger Kamba a annoncé 16 décès.",
     ("Roger Kamba", "PERSON", "COD")),
    ("fr", "Le JNIM, dirigé par le Malien Iyad Ag Ghaly, a revendiqué l'attaque.",
     ("Iyad Ag Ghaly", "PERSON", "MLI")),
    # French exonyms get the English name and the right country
    ("fr", "Une usine de puces à Nimègue a cessé de livrer.", ("Nijmegen", "LOCATION", "NLD")),
    ("fr", "Les navires patrouillent au large de Luçon.", ("Luzon", "LOCATION", "PHL")),
    ("fr", "La cocaïne arrive par Anvers, Rotterdam et Algésiras.",
     ("Algeciras", "LOCATION", "ESP")),
    ("fr", "Les paramilitaires ont pris El Facher jeudi.", ("El Fasher", "LOCATION", "SDN")),
    ("fr", "Le sommet s'est tenu à Bâle.", ("Basel", "LOCATION", "CHE")),
])
def test_class_members_are_found(nlp_fr, nlp_en, lang, text, actor):
    assert actor in actors(nlp_for(lang, nlp_fr, nlp_en), text, lang)


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Meta said it would appeal the fine.", "Facebook"),  # the owner is not the platform
    ("en", "Leaders urged the parties to unite behind the plan.", "Unite"),  # a verb
    ("fr", "Les deux pays ont signé un accord à Luçon, en Vendée.", "Lucon"),  # English name only
])
def test_look_alikes_are_not_class_members(nlp_fr, nlp_en, lang, text, name):
    assert name not in {a[0] for a in actors(nlp_for(lang, nlp_fr, nlp_en), text, lang)}


EN_STORY = """NAIROBI, July 8 (Vigie) - At least 31 people were killed in protests across Kenya on Monday, the Kenya National Commission on Human Rights said, as police fired live rounds and tear gas at crowds marking the anniversary of the 1990 Saba Saba rally.

Interior Minister Kipchumba Murkomen defended the police, saying officers had faced "armed criminals" who attacked police stations in Nairobi and Kiambu. The Law Society of Kenya said it would go to court to challenge what it called an unlawful shoot-to-kill order.

The unrest comes as the cost of living soars. The Central Bank of Kenya held its key rate last month, and the Treasury is negotiating a new programme with the International Monetary Fund after President William Ruto withdrew a finance bill last year.

Western embassies, including those of the United States and Britain, called on both sides to show restraint. Amnesty International said security forces must be held to account.

Opposition politician Rigathi Gachagua accused the government of "hiring goons" to disrupt peaceful marches, a charge Murkomen rejected. On Nov 4 the protesters plan to march again, organisers said on X."""

FR_STORY = """BERLIN, 28 oct. (Vigie) - Plusieurs constructeurs automobiles allemands ont prévenu mardi qu'ils pourraient réduire leur production dès la semaine prochaine faute de puces, après le blocage des exportations de Nexperia par Pékin.

La Fédération allemande de l'automobile VDA a appelé Berlin et Bruxelles à négocier rapidement. L'usine de Nexperia à Nimègue, aux Pays-Bas, ne reçoit plus les composants assemblés en Chine, selon un analyste du cabinet S&P Global Mobility.

Le plan européen sur les puces, qui visait à porter à 20 % la part de l'Union européenne dans la production mondiale d'ici 2030, est jugé insuffisant par la Cour des comptes européenne. « La part de l'Union stagne », estime un économiste de l'institut Ifo.

Les marchés restent nerveux : l'action Wingtech a perdu 10 % à la Bourse de Shanghai. Washington, qui avait placé Wingtech sur sa liste noire en décembre, n'a pas commenté. Le ministre néerlandais de l'Economie a dit suivre la situation « heure par heure »."""


def test_no_company_named_like_a_river():
    from transforms.actor_rules.dictionary import GAZETTEER
    assert "amazon" not in GAZETTEER  # "the Amazon city of Belem"; the company is Amazon.com


def test_english_wire_story(nlp_en):
    found = actors(nlp_en, EN_STORY, "en")
    names = {a[0] for a in found}
    for actor in [("Kenya", "COUNTRY", "KEN"),
                  ("Kenya National Commission on Human Rights", "ORGANIZATION", "KEN"),
                  ("Law Society of Kenya", "ORGANIZATION", "KEN"),
                  ("Kipchumba Murkomen", "PERSON", "KEN"),
                  ("Central Bank of Kenya", "ORGANIZATION", "KEN"),
                  ("International Monetary Fund", "ORGANIZATION", None),
                  ("William Ruto", "PERSON", "KEN"), ("Rigathi Gachagua", "PERSON", "KEN"),
                  ("Amnesty International", "ORGANIZATION", None)]:
        assert actor in found, actor
    assert not {"Nov", "Law Society", "X"} & names


def test_french_wire_story(nlp_fr):
    found = actors(nlp_fr, FR_STORY, "fr")
    names = {a[0] for a in found}
    for actor in [("Nijmegen", "LOCATION", "NLD"), ("S&P Global Mobility", "ORGANIZATION", "USA"),
                  ("European Union", "ORGANIZATION", None),
                  ("European Court of Auditors", "ORGANIZATION", None),
                  ("Shanghai Stock Exchange", "ORGANIZATION", "CHN"),
                  ("China", "COUNTRY", "CHN"), ("United States", "COUNTRY", "USA")]:
        assert actor in found, actor
    assert not {"oct.", "Union", "Bourse", "Nimègue", "Shanghai", "Cour des comptes"} & names


@pytest.mark.parametrize("lang,text,actor", [
    ("en", "The Balochistan Liberation Army claimed the attack on the train.",
     ("Balochistan Liberation Army", "GROUP", "PAK")),
    ("fr", "La katiba Macina a revendiqué l'embuscade près de Mopti.",
     ("Katiba Macina", "GROUP", "MLI")),
    ("en", "Microsoft blamed Salt Typhoon for the breach.", ("Salt Typhoon", "GROUP", "CHN")),
    ("en", "The Qilin gang posted the stolen files.", ("Qilin", "GROUP", None)),
])
def test_armed_and_cyber_groups(nlp_fr, nlp_en, lang, text, actor):
    assert actor in actors(nlp_for(lang, nlp_fr, nlp_en), text, lang)


def test_no_two_entries_share_a_canonical_name():
    import json
    from collections import Counter
    from transforms.countries import DATA_DIR
    orgs = json.loads((DATA_DIR / "organisations.json").read_text(encoding="utf-8"))
    people = json.loads((DATA_DIR / "people.json").read_text(encoding="utf-8"))
    for names in ([o["name"] for o in orgs["organisations"]], [p["name"] for p in people["people"]]):
        assert [n for n, k in Counter(names).items() if k > 1] == []


@pytest.mark.parametrize("lang,text,actor", [
    # a compass word grows a known place into the province the gazetteer knows
    ("en", "A cholera outbreak in Sudan's North Darfur state is spreading.",
     ("North Darfur", "LOCATION", "SDN")),
    ("en", "Fighting moved to South Kordofan last month.", ("South Kordofan", "LOCATION", "SDN")),
    # the AU body is not the UN one
    ("en", "The African Union's Peace and Security Council meets in Addis Ababa.",
     ("AU Peace and Security Council", "ORGANIZATION", None)),
    ("en", "Donors cut funding, the Famine Early Warning Systems Network said.",
     ("Famine Early Warning Systems Network", "ORGANIZATION", None)),
])
def test_compass_provinces_and_regional_bodies(nlp_fr, nlp_en, lang, text, actor):
    assert actor in actors(nlp_for(lang, nlp_fr, nlp_en), text, lang)


@pytest.mark.parametrize("lang,text,name", [
    # a compass word that is no part of a province name stays out
    ("en", "North Korea fired a missile, Seoul said.", "North Seoul"),
    ("en", "Aid reached Darfur on Monday, the WFP said.", "North Darfur"),
    ("en", "The African Union's Peace and Security Council meets on Friday.", "UN Security Council"),
])
def test_compass_and_council_look_alikes(nlp_fr, nlp_en, lang, text, name):
    assert name not in {a[0] for a in actors(nlp_for(lang, nlp_fr, nlp_en), text, lang)}


@pytest.mark.parametrize("lang,text,actor", [
    ("fr", "Des bombardements sur Gaza-ville ont tué 35 personnes.", ("Gaza City", "LOCATION", "PSE")),
    ("en", "Israeli tanks pushed into Gaza City on Monday.", ("Gaza City", "LOCATION", "PSE")),
    ("fr", "Selon la Défense civile de Gaza, 35 personnes ont été tuées.",
     ("Palestinian Civil Defence", "ORGANIZATION", "PSE")),
])
def test_city_names_grown_from_a_known_place(nlp_fr, nlp_en, lang, text, actor):
    assert actor in actors(nlp_for(lang, nlp_fr, nlp_en), text, lang)


def test_place_without_city_word_is_not_grown(nlp_en):
    found = actors(nlp_en, "Aid trucks entered Gaza on Monday, the UN said.", "en")
    assert ("Gaza", "LOCATION", "PSE") in found and "Gaza City" not in {a[0] for a in found}
