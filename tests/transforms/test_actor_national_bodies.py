"""National Red Cross / Red Crescent societies (dictionary.national_society), the generic
head of a party or group name written lowercase (dictionary._generic_head_before_a_name),
and parties and armed groups of 2024-2026 with their French names (organisations.json)."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors


def found(nlp, text, lang):
    return {(m.actor.name, m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp(text), lang)}


ICRC = ("International Committee of the Red Cross", "ORGANIZATION", None)


@pytest.mark.parametrize("lang,text,society", [
    ("fr", "Des volontaires de la Croix-Rouge thaïlandaise ont installé un camp à la frontière.",
     ("Thai Red Cross", "ORGANIZATION", "THA")),
    ("fr", "Le Croissant-Rouge palestinien a perdu le contact avec ses équipes à Khan Younès.",
     ("Palestinian Red Crescent", "ORGANIZATION", "PSE")),
    ("fr", "Selon le Croissant-Rouge du Soudan, les convois sont bloqués depuis dimanche.",
     ("Sudanese Red Crescent", "ORGANIZATION", "SDN")),
    ("en", "Turkish Red Crescent teams reached the flooded villages on Monday.",
     ("Turkish Red Crescent", "ORGANIZATION", "TUR")),
    ("en", "The Ukrainian Red Cross said it had evacuated forty people from Kherson.",
     ("Ukrainian Red Cross", "ORGANIZATION", "UKR")),
])
def test_an_emblem_with_a_country_is_the_national_society(models, lang, text, society):
    actors = found(models[lang], text, lang)
    assert society in actors
    assert ICRC not in actors


@pytest.mark.parametrize("lang,text", [
    ("fr", "La Croix-Rouge a pu visiter les détenus de la prison centrale."),
    ("fr", "La Croix-Rouge internationale a demandé un accès sans entrave aux blessés."),
    ("en", "The Red Cross said it had visited the prisoners on Tuesday."),
])
def test_a_bare_emblem_stays_the_icrc(models, lang, text):
    assert ICRC in found(models[lang], text, lang)


@pytest.mark.parametrize("text,actor", [
    ("La ligue Awami, dissoute en mai, ne présentera aucun candidat.",
     ("Awami League", "ORGANIZATION", "BGD")),
    ("Les affrontements entre l'armée d'Arakan et les soldats ont repris dans l'Etat Rakhine.",
     ("Arakan Army", "GROUP", "MMR")),
    ("Washington a désigné le cartel des Soleils comme organisation terroriste.",
     ("Cartel de los Soles", "GROUP", "VEN")),
])
def test_a_name_with_its_generic_head_lowercase(nlp_fr, text, actor):
    assert actor in found(nlp_fr, text, "fr")


@pytest.mark.parametrize("text", [
    "Un parti nationaliste a remporté la majorité des sièges.",
    "La ligue de football a suspendu le championnat.",
    "Un cartel local contrôle le port depuis des années.",
])
def test_a_generic_head_alone_is_no_actor(nlp_fr, text):
    assert not {a for a in found(nlp_fr, text, "fr") if a[1] in {"ORGANIZATION", "GROUP"}}


@pytest.mark.parametrize("lang,text,actor", [
    ("fr", "Le Parti nationaliste du Bangladesh (BNP) a désigné ses candidats à Dacca.",
     ("Bangladesh Nationalist Party", "ORGANIZATION", "BGD")),
    ("fr", "Le parti islamiste Jamaat-e-Islami a appelé à manifester vendredi.",
     ("Jamaat-e-Islami", "ORGANIZATION", "BGD")),
    ("fr", "Le Parti national des citoyens, né du soulèvement étudiant, fait campagne au "
     "Bangladesh.", ("National Citizen Party", "ORGANIZATION", "BGD")),
    ("en", "The National Citizen Party said it would contest all 300 seats in Bangladesh.",
     ("National Citizen Party", "ORGANIZATION", "BGD")),
    ("en", "Kosovo's Vetevendosje won the most votes but fell short of a majority.",
     ("Vetevendosje", "ORGANIZATION", "XKX")),
    ("fr", "Le Mouvement de résistance nationale de Yoweri Museveni revendique la victoire.",
     ("National Resistance Movement", "ORGANIZATION", "UGA")),
    ("en", "The Cartel de los Soles was designated a terrorist group by Washington.",
     ("Cartel de los Soles", "GROUP", "VEN")),
    ("fr", "Tarique Rahman est rentré à Dacca après dix-sept ans d'exil.",
     ("Tarique Rahman", "PERSON", "BGD")),
])
def test_parties_groups_and_leaders_of_recent_elections(models, lang, text, actor):
    assert actor in found(models[lang], text, lang)


def test_bnp_alone_is_the_bank_in_a_banking_story(nlp_fr):
    text = "La BNP a annoncé une hausse de ses bénéfices, portée par sa banque de détail."
    assert ("BNP Paribas", "ORGANIZATION", "FRA") in found(nlp_fr, text, "fr")


def test_bnp_alone_is_the_party_in_a_bangladesh_story(nlp_fr):
    text = "A Dacca, le BNP a promis des élections libres au Bangladesh."
    assert ("Bangladesh Nationalist Party", "ORGANIZATION", "BGD") in found(nlp_fr, text, "fr")


@pytest.mark.parametrize("text,body", [
    # the data lists "US Africa Command"; wire copy writes "U.S."
    ("The U.S. Africa Command said it struck al-Shabaab fighters in Somalia.",
     ("US Africa Command", "ORGANIZATION", "USA")),
    ("The U.S. Commerce Department added 40 Chinese firms to its list.",
     ("Commerce Department", "ORGANIZATION", "USA")),
    ("The U.S. Congress passed the aid bill on Friday.",
     ("Congress", "ORGANIZATION", "USA")),
])
def test_a_us_body_written_with_periods_is_the_listed_body(models, text, body):
    assert body in found(models["en"], text, "en")
