"""A theme told only with its setting terms (taxonomy _SETTING_TERMS) is another story's:
CRIME told with arrest, trial and prison when HUMAN_RIGHTS, PROTEST or TERRORISM is kept;
HEALTH told with hospitals and doctors when HUMANITARIAN, ARMED_CONFLICT or HUMAN_RIGHTS is kept;
TECHNOLOGY told with software, data and platforms when CYBER or DISINFORMATION is kept;
MILITARY told with the fighting forces (army, troops, soldiers, commanders) when ARMED_CONFLICT
or TERRORISM is kept; ARMED_CONFLICT told with raids and killings when CRIME is kept;
ELECTIONS told with voters and the register when CYBER is kept."""
import pytest

from transforms.records import ThemeScore
from transforms.theme_terms import setting_terms, taxonomy
from tests.transforms.evidence import evidence_of
from transforms.themes import _without_setting_only_themes, score_themes


def _evidence(terms):
    return evidence_of((term, 2, 1) for term in terms)


def _scores(*codes):
    return [ThemeScore(theme_code=code, score=5.0, hits=3) for code in codes]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_setting_term_is_a_term_of_its_theme(lang):
    assert set(setting_terms(lang)) == {"CRIME", "HEALTH", "TECHNOLOGY", "MILITARY",
                                       "ARMED_CONFLICT", "ELECTIONS", "ENERGY", "ECONOMY",
                                       "SUPPLY_CHAIN", "HUMAN_RIGHTS", "HUMANITARIAN", "PROTEST",
                                       "MIGRATION"}
    for code, setting in setting_terms(lang).items():
        assert setting.terms <= set(taxonomy()[code].terms(lang)), sorted(
            setting.terms - set(taxonomy()[code].terms(lang)))
        assert setting.themes <= set(taxonomy())
        for theme, terms in setting.beside.items():
            assert theme in taxonomy() and terms, theme
            assert terms <= set(taxonomy()[code].terms(lang)), sorted(
                terms - set(taxonomy()[code].terms(lang)))


def test_prosecution_of_jailed_journalists_is_not_crime():
    evidence = {"CRIME": _evidence(["jailed", "sentenced", "prison", "charged with", "lawyer"])}
    kept = _without_setting_only_themes(_scores("HUMAN_RIGHTS", "CRIME"), evidence, "en")
    assert [s.theme_code for s in kept] == ["HUMAN_RIGHTS"]


def test_an_offence_named_keeps_crime():
    evidence = {"CRIME": _evidence(["jailed", "sentenced", "prison", "corruption"])}
    kept = _without_setting_only_themes(_scores("HUMAN_RIGHTS", "CRIME"), evidence, "en")
    assert {s.theme_code for s in kept} == {"HUMAN_RIGHTS", "CRIME"}


def test_a_trial_story_of_its_own_keeps_crime():
    evidence = {"CRIME": _evidence(["procès", "tribunal correctionnel", "peine de prison"])}
    kept = _without_setting_only_themes(_scores("CRIME", "ECONOMY"), evidence, "fr")
    assert {s.theme_code for s in kept} == {"CRIME", "ECONOMY"}


STORY = """TBILISI, Aug 6 (Vigie) - A court in the Georgian city of Batumi on Wednesday sentenced journalist Mzia Amaglobeli to two years in prison, a verdict that rights groups called a blow to press freedom in a country where the ruling party has cracked down on dissent.

Amaglobeli, founder of the independent outlets Batumelebi and Netgazeti, was arrested in January during a protest and charged with assaulting a police chief, an offence that carried up to seven years in jail. Her lawyers said the trial had been unfair and that they would appeal.

Amnesty International and Human Rights Watch said the case was politically motivated and part of a wider crackdown on independent media and civil society, and called for her immediate release. Reporters Without Borders said at least a dozen journalists had been detained or beaten while covering the protests since November.

Thousands of demonstrators have rallied in Tbilisi every night since the government suspended EU accession talks, and riot police have used water cannon and tear gas to disperse them. Parliament has passed laws raising fines for blocking roads.

The European Union said the sentence was "deeply worrying" and urged Georgia to respect media freedom.
"""


def test_a_jailed_journalist_story_is_rights_not_crime(nlp_en):
    codes = {s.theme_code for s in score_themes(nlp_en(STORY), "en")}
    assert "HUMAN_RIGHTS" in codes and "CRIME" not in codes


def test_the_same_court_words_with_an_offence_named_stay_crime(nlp_en):
    story = STORY.replace("charged with assaulting a police chief",
                          "charged with money laundering and bribery of a police chief")
    assert "CRIME" in {s.theme_code for s in score_themes(nlp_en(story), "en")}


def test_hospitals_short_of_fuel_in_an_aid_story_are_not_health():
    evidence = {"HEALTH": _evidence(["hôpital", "médecin", "médicament", "vaccin"])}
    kept = _without_setting_only_themes(_scores("HUMANITARIAN", "HEALTH"), evidence, "fr")
    assert [s.theme_code for s in kept] == ["HUMANITARIAN"]


def test_a_disease_named_keeps_health():
    evidence = {"HEALTH": _evidence(["hospital", "patient", "cholera"])}
    kept = _without_setting_only_themes(_scores("HUMANITARIAN", "HEALTH"), evidence, "en")
    assert {s.theme_code for s in kept} == {"HUMANITARIAN", "HEALTH"}


def test_a_hospital_story_of_its_own_keeps_health():
    evidence = {"HEALTH": _evidence(["hospital", "nurse", "patient", "waiting lists"])}
    kept = _without_setting_only_themes(_scores("HEALTH", "ECONOMY"), evidence, "en")
    assert {s.theme_code for s in kept} == {"HEALTH", "ECONOMY"}


def test_jailed_opponents_in_french_are_not_crime():
    # "incarcérés" is the French copy's "jailed": the setting of a rights story.
    evidence = {"CRIME": _evidence(["incarcérer", "condamner", "peine", "prison", "garde à vue"])}
    kept = _without_setting_only_themes(_scores("HUMAN_RIGHTS", "CRIME"), evidence, "fr")
    assert [s.theme_code for s in kept] == ["HUMAN_RIGHTS"]


def test_the_authorities_words_for_protesters_are_not_crime():
    # A crackdown: "criminals who infiltrated peaceful protests", "paying gangs", abductions.
    evidence = {"CRIME": _evidence(["police", "arrest", "criminal", "gang", "abducted", "court"])}
    kept = _without_setting_only_themes(_scores("PROTEST", "CRIME"), evidence, "en")
    assert [s.theme_code for s in kept] == ["PROTEST"]
    evidence = {"CRIME": _evidence(["police", "crime", "gang", "avocat"])}
    kept = _without_setting_only_themes(_scores("HUMAN_RIGHTS", "CRIME"), evidence, "fr")
    assert [s.theme_code for s in kept] == ["HUMAN_RIGHTS"]


def test_gang_violence_named_keeps_crime():
    evidence = {"CRIME": _evidence(["police", "gang", "gang violence", "arrest"])}
    kept = _without_setting_only_themes(_scores("PROTEST", "CRIME"), evidence, "en")
    assert {s.theme_code for s in kept} == {"PROTEST", "CRIME"}


def test_the_tools_of_a_cyber_attack_are_not_technology():
    evidence = {"TECHNOLOGY": _evidence(["software", "data", "technology companies"])}
    kept = _without_setting_only_themes(_scores("CYBER", "TECHNOLOGY"), evidence, "en")
    assert [s.theme_code for s in kept] == ["CYBER"]


def test_chips_keep_technology_beside_cyber():
    evidence = {"TECHNOLOGY": _evidence(["logiciel", "données", "semi-conducteur"])}
    kept = _without_setting_only_themes(_scores("CYBER", "TECHNOLOGY"), evidence, "fr")
    assert {s.theme_code for s in kept} == {"CYBER", "TECHNOLOGY"}


def test_the_armies_fighting_a_war_are_not_military():
    # Troops exchanging fire, soldiers killed, the general staff and air defence reporting.
    evidence = {"MILITARY": _evidence(["troop", "army", "soldier", "armed forces", "general staff",
                                       "air defense"])}
    kept = _without_setting_only_themes(_scores("ARMED_CONFLICT", "MILITARY"), evidence, "en")
    assert [s.theme_code for s in kept] == ["ARMED_CONFLICT"]
    evidence = {"MILITARY": _evidence(["soldier", "army", "military", "air base", "coup"])}
    kept = _without_setting_only_themes(_scores("TERRORISM", "MILITARY"), evidence, "en")
    assert [s.theme_code for s in kept] == ["TERRORISM"]
    evidence = {"MILITARY": _evidence(["armée", "soldat", "forces armées", "état-major"])}
    kept = _without_setting_only_themes(_scores("TERRORISM", "MILITARY"), evidence, "fr")
    assert [s.theme_code for s in kept] == ["TERRORISM"]


@pytest.mark.parametrize("lang, terms", [
    ("en", ["troop", "army", "deployment", "live-fire drills"]),
    ("en", ["soldier", "army", "tank", "artillery"]),
    ("fr", ["armée", "soldat", "tentative de coup d'État", "caserne"]),
    ("fr", ["armée", "troupe", "FAMa"]),
    # a military drone shot down is an incident of the forces, whatever war goes on nearby
    ("fr", ["drone", "militaire", "ministère de la Défense", "armée"]),
])
def test_forces_as_a_topic_keep_military_beside_a_war(lang, terms):
    evidence = {"MILITARY": _evidence(terms)}
    kept = _without_setting_only_themes(_scores("ARMED_CONFLICT", "MILITARY"), evidence, lang)
    assert {s.theme_code for s in kept} == {"ARMED_CONFLICT", "MILITARY"}


def test_the_forces_words_keep_military_without_a_war():
    evidence = {"MILITARY": _evidence(["troop", "army", "soldier", "commander"])}
    kept = _without_setting_only_themes(_scores("MILITARY", "DIPLOMACY"), evidence, "en")
    assert {s.theme_code for s in kept} == {"MILITARY", "DIPLOMACY"}


def test_boat_arrivals_treated_for_dehydration_are_not_health():
    evidence = {"HEALTH": _evidence(["medical", "care", "dehydration", "infection"])}
    kept = _without_setting_only_themes(_scores("HUMANITARIAN", "HEALTH"), evidence, "en")
    assert [s.theme_code for s in kept] == ["HUMANITARIAN"]
    evidence = {"HEALTH": _evidence(["médical", "déshydratation", "choléra"])}
    kept = _without_setting_only_themes(_scores("HUMANITARIAN", "HEALTH"), evidence, "fr")
    assert {s.theme_code for s in kept} == {"HUMANITARIAN", "HEALTH"}


def test_police_raids_on_a_drug_network_are_not_armed_conflict():
    evidence = {"ARMED_CONFLICT": _evidence(["raid", "killed"])}
    kept = _without_setting_only_themes(_scores("CRIME", "ARMED_CONFLICT"), evidence, "en")
    assert [s.theme_code for s in kept] == ["CRIME"]
    # armed groups named: the gangs' war is told, not only their raids
    evidence = {"ARMED_CONFLICT": _evidence(["attaque", "tuer", "groupes armés"])}
    kept = _without_setting_only_themes(_scores("CRIME", "ARMED_CONFLICT"), evidence, "fr")
    assert {s.theme_code for s in kept} == {"CRIME", "ARMED_CONFLICT"}
    # without a crime story, raids and killings stay the war's words
    evidence = {"ARMED_CONFLICT": _evidence(["raid", "killed", "attack"])}
    kept = _without_setting_only_themes(_scores("ARMED_CONFLICT", "TERRORISM"), evidence, "en")
    assert {s.theme_code for s in kept} == {"ARMED_CONFLICT", "TERRORISM"}


def test_stolen_voter_data_is_no_election_story():
    evidence = {"ELECTIONS": _evidence(["electoral", "voter", "opposition"])}
    kept = _without_setting_only_themes(_scores("CYBER", "ELECTIONS"), evidence, "en")
    assert [s.theme_code for s in kept] == ["CYBER"]
    evidence = {"ELECTIONS": _evidence(["électeur", "liste électorale", "scrutin"])}
    kept = _without_setting_only_themes(_scores("CYBER", "ELECTIONS"), evidence, "fr")
    assert {s.theme_code for s in kept} == {"CYBER", "ELECTIONS"}


def test_the_tanks_a_plant_builds_are_not_military():
    # "Le premier char K2PL assemblé en Pologne ... munitions ... le ministre de la Défense"
    evidence = {"MILITARY": _evidence(["char", "munition", "missile", "ministre de la Défense", "base"])}
    kept = _without_setting_only_themes(_scores("DEFENSE_INDUSTRY", "MILITARY"), evidence, "fr")
    assert [s.theme_code for s in kept] == ["DEFENSE_INDUSTRY"]


@pytest.mark.parametrize("terms", [
    ["tank", "ammunition", "troop", "army"],         # the forces that get them
    ["ammunition", "defence spending", "air defence"],  # the spending target is the topic
])
def test_the_forces_or_their_spending_keep_military_beside_the_industry(terms):
    evidence = {"MILITARY": _evidence(terms)}
    kept = _without_setting_only_themes(_scores("DEFENSE_INDUSTRY", "MILITARY"), evidence, "en")
    assert {s.theme_code for s in kept} == {"DEFENSE_INDUSTRY", "MILITARY"}


def test_the_goods_of_the_industry_keep_military_without_it():
    evidence = {"MILITARY": _evidence(["tank", "ammunition", "missile"])}
    kept = _without_setting_only_themes(_scores("MILITARY", "TRADE"), evidence, "en")
    assert {s.theme_code for s in kept} == {"MILITARY", "TRADE"}


def test_the_bombed_sites_of_an_inspection_story_are_not_armed_conflict():
    # "l'AIEA réclame l'accès aux sites bombardés ... depuis la guerre de juin"
    evidence = {"ARMED_CONFLICT": _evidence(["bombarder", "frappe", "frappes israéliennes", "guerre"])}
    kept = _without_setting_only_themes(_scores("NUCLEAR", "ARMED_CONFLICT"), evidence, "fr")
    assert [s.theme_code for s in kept] == ["NUCLEAR"]


def test_strikes_told_keep_armed_conflict_beside_nuclear():
    evidence = {"ARMED_CONFLICT": _evidence(["air strike", "killed", "attack", "strike"])}
    kept = _without_setting_only_themes(_scores("NUCLEAR", "ARMED_CONFLICT"), evidence, "en")
    assert {s.theme_code for s in kept} == {"NUCLEAR", "ARMED_CONFLICT"}


def test_a_nuclear_plants_own_power_line_is_not_energy():
    # Zaporizhzhia: "off-site power was restored ... diesel generators ... the grid"
    evidence = {"ENERGY": _evidence(["power", "diesel", "blackout", "grid", "nuclear power plant"])}
    kept = _without_setting_only_themes(_scores("NUCLEAR", "ENERGY"), evidence, "en")
    assert [s.theme_code for s in kept] == ["NUCLEAR"]
    # energy policy told: a nuclear build-out is an energy story too
    evidence = {"ENERGY": _evidence(["nuclear power plant", "energy policy", "power"])}
    kept = _without_setting_only_themes(_scores("NUCLEAR", "ENERGY"), evidence, "en")
    assert {s.theme_code for s in kept} == {"NUCLEAR", "ENERGY"}


def test_a_defence_contracts_billions_are_not_economy():
    evidence = {"ECONOMY": _evidence(["milliard", "PIB", "industrie", "entreprise", "million"])}
    kept = _without_setting_only_themes(_scores("DEFENSE_INDUSTRY", "ECONOMY"), evidence, "fr")
    assert [s.theme_code for s in kept] == ["DEFENSE_INDUSTRY"]
    evidence = {"ECONOMY": _evidence(["billion", "company", "jobs", "growth"])}
    kept = _without_setting_only_themes(_scores("DEFENSE_INDUSTRY", "ECONOMY"), evidence, "en")
    assert {s.theme_code for s in kept} == {"DEFENSE_INDUSTRY", "ECONOMY"}


def test_the_submarines_a_deal_sells_are_not_military():
    evidence = {"MILITARY": _evidence(["sous-marin", "porte-avions", "avion de combat", "marine",
                                       "militaire", "défense"])}
    kept = _without_setting_only_themes(_scores("DEFENSE_INDUSTRY", "MILITARY"), evidence, "fr")
    assert [s.theme_code for s in kept] == ["DEFENSE_INDUSTRY"]


def test_a_vaccine_stockpile_is_not_a_supply_chain_story():
    evidence = {"SUPPLY_CHAIN": _evidence(["stockpile", "supply", "production lines"])}
    kept = _without_setting_only_themes(_scores("HEALTH", "SUPPLY_CHAIN"), evidence, "en")
    assert [s.theme_code for s in kept] == ["HEALTH"]
    evidence = {"SUPPLY_CHAIN": _evidence(["pénurie", "stock", "chaînes de montage"])}
    kept = _without_setting_only_themes(_scores("HEALTH", "SUPPLY_CHAIN"), evidence, "fr")
    assert {s.theme_code for s in kept} == {"HEALTH", "SUPPLY_CHAIN"}


SHORT_STRIKE = """Israel launched air strikes on military sites across Syria early on Sunday, hitting depots near Damascus and Homs, in what officials called a pre-emptive operation.

Syrian state media reported that two senior army commanders and several soldiers had been killed. Air defences fired missiles at the incoming jets.

The United Nations envoy urged restraint and warned that the attacks could draw the region into a wider war."""


def test_a_short_text_keeps_a_theme_told_with_setting_terms(nlp_en):
    # ~70 words: the paragraph on the commanders killed is a third of the item, a real
    # secondary thread, as the thread rule leaves short texts alone.
    codes = {s.theme_code for s in score_themes(nlp_en(SHORT_STRIKE), "en",
                                                 title="Israeli strikes hit Syrian military sites")}
    assert {"ARMED_CONFLICT", "MILITARY"} <= codes


@pytest.mark.parametrize("lang, terms", [
    # a central bank warning on fuel costs and electricity tariffs: the cost of living
    ("en", ["fuel", "fuel prices", "electricity tariff", "energy regulator", "power cuts"]),
    ("fr", ["prix des carburants", "essence", "facture d'électricité"]),
])
def test_what_households_pay_for_fuel_is_an_economy_story(lang, terms):
    evidence = {"ENERGY": _evidence(terms)}
    kept = _without_setting_only_themes(_scores("ECONOMY", "ENERGY"), evidence, lang)
    assert [s.theme_code for s in kept] == ["ECONOMY"]


@pytest.mark.parametrize("lang, terms", [
    ("en", ["fuel prices", "refinery", "crude"]),
    ("fr", ["prix des carburants", "raffinerie", "pétrole brut"]),
])
def test_the_fuel_trade_keeps_energy_beside_the_economy(lang, terms):
    evidence = {"ENERGY": _evidence(terms)}
    kept = _without_setting_only_themes(_scores("ECONOMY", "ENERGY"), evidence, lang)
    assert {s.theme_code for s in kept} == {"ECONOMY", "ENERGY"}
