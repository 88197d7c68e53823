"""Breadth of the dictionary of bodies and officials: national bodies (central banks,
electoral commissions, disaster and weather agencies, security services, parties, state
companies), regional bodies and officials of about eighty countries, added from knowledge
of how the press names them rather than from any evaluation text. The sentences are
written for these tests."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import country_by_name


@pytest.mark.parametrize("lang,text,name,country", [
    # Africa
    ("fr", "La Banque nationale d'Éthiopie a laissé flotter le birr.",
     "National Bank of Ethiopia", "ETH"),
    ("en", "The Ghana Cocoa Board said farmers would be paid on time.", "Ghana Cocoa Board", "GHA"),
    ("en", "Petroci and its partners agreed to develop the offshore field together.",
     "Petroci", "CIV"),
    ("fr", "L'Autorité du bassin du Niger a convoqué une réunion d'urgence.",
     "Niger Basin Authority", None),
    ("en", "Afreximbank approved a loan for the new refinery.", "Afreximbank", None),
    ("fr", "La Sonangol a annoncé une hausse de sa production.", "Sonangol", "AGO"),
    ("en", "Inkatha Freedom Party leaders met in Durban on Sunday.", "Inkatha Freedom Party", "ZAF"),
    # Middle East, South and Central Asia
    ("en", "AFAD said rescue teams had pulled 40 people from the rubble.", "AFAD", "TUR"),
    ("fr", "L'Organisation de l'énergie atomique d'Iran a annoncé la reprise des travaux.",
     "Atomic Energy Organization of Iran", "IRN"),
    ("en", "The Independent High Electoral Commission announced the results late on Monday.",
     "Independent High Electoral Commission", "IRQ"),
    ("fr", "Le Conseil présidentiel de direction a limogé le gouverneur d'Aden.",
     "Presidential Leadership Council", "YEM"),
    ("en", "The India Meteorological Department issued a red alert for the coast.",
     "India Meteorological Department", "IND"),
    ("fr", "La Socar a signé un nouvel accord gazier mardi.", "SOCAR", "AZE"),
    # Latin America and the Caribbean
    ("fr", "Le Conseil présidentiel de transition a nommé un nouveau Premier ministre.",
     "Transitional Presidential Council", "HTI"),
    ("en", "The Panama Canal Authority said draught limits would be eased.",
     "Panama Canal Authority", "PAN"),
    ("fr", "Selon le Front sandiniste, la réforme sera votée jeudi.",
     "Sandinista National Liberation Front", "NIC"),
    ("en", "Petroecuador halted pumping after the spill.", "Petroecuador", "ECU"),
    ("fr", "Le Sebin a arrêté trois opposants, a dénoncé Foro Penal.", "SEBIN", "VEN"),
    # East and South-East Asia, the Pacific
    ("en", "Phivolcs raised the alert level as the NDRRMC reported 12 dead.", "PHIVOLCS", "PHL"),
    ("en", "Phivolcs raised the alert level as the NDRRMC reported 12 dead.", "NDRRMC", "PHL"),
    ("fr", "Le BMKG a averti d'un risque de tsunami, selon le Basarnas.", "BMKG", "IDN"),
    ("en", "The Japan Meteorological Agency warned of landslides on Sunday.",
     "Japan Meteorological Agency", "JPN"),
    ("fr", "Le Mainland Affairs Council a dénoncé les manoeuvres.", "Mainland Affairs Council",
     "TWN"),
    ("fr", "La WCPFC a fixé les quotas de thon pour trois ans.",
     "Western and Central Pacific Fisheries Commission", None),
    ("en", "The Mekong River Commission warned of low water levels.", "Mekong River Commission",
     None),
    # regional, fisheries and river-basin bodies, UN offices
    ("en", "The General Fisheries Commission for the Mediterranean said on Monday it would cut "
           "quotas.", "General Fisheries Commission for the Mediterranean", None),
    ("fr", "Le HALO Trust a déminé 40 hectares près de la frontière.", "HALO Trust", "GBR"),
    ("fr", "Selon le Service européen pour l'action extérieure, la mission sera prolongée.",
     "European External Action Service", None),
    ("en", "The Kuwait Fund pledged $50 million for the dam.",
     "Kuwait Fund for Arab Economic Development", "KWT"),
    ("en", "FEMA warned residents to leave before the storm.", "FEMA", "USA"),
    # armed groups
    ("fr", "Les rebelles de l'Armée du salut des Rohingyas de l'Arakan ont attaqué un poste.",
     "Arakan Rohingya Salvation Army", "MMR"),
    ("en", "The Moro National Liberation Front denied any involvement.",
     "Moro National Liberation Front", "PHL"),
    ("en", "Los Chapitos gunmen clashed with a rival faction on Sunday.", "Los Chapitos", "MEX"),
])
def test_national_and_regional_bodies_are_known_with_their_country(models, lang, text, name,
                                                                  country):
    found = country_by_name(models[lang], text, lang)
    assert name in found
    assert found[name] == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("fr", "Le gouverneur Olayemi Cardoso a défendu la politique monétaire devant les députés.",
     "Olayemi Cardoso", "NGA"),
    ("en", "Finance Minister John Mbadi told lawmakers the budget would be revised.",
     "John Mbadi", "KEN"),
    ("fr", "L'opposant Tundu Lissu a été inculpé de trahison.", "Tundu Lissu", "TZA"),
    ("en", "Laurent Gbagbo was barred from running in the election.", "Laurent Gbagbo", "CIV"),
    ("fr", "Riek Machar, premier vice-président, a été placé en résidence surveillée.",
     "Riek Machar", "SSD"),
    ("en", "Interior Minister Ali Yerlikaya told reporters that 12 suspects were held.",
     "Ali Yerlikaya", "TUR"),
    ("fr", "Le chef de la diplomatie jordanienne Ayman Safadi a reçu son homologue.",
     "Ayman Safadi", "JOR"),
    ("en", "Amir Khan Muttaqi met Mohsin Naqvi on Tuesday.", "Mohsin Naqvi", "PAK"),
    ("en", "Amir Khan Muttaqi met Mohsin Naqvi on Tuesday.", "Amir Khan Muttaqi", "AFG"),
    ("en", "Keiko Fujimori and Rafael López Aliaga both claimed victory.", "Rafael López Aliaga",
     "PER"),
    ("fr", "La ministre Patricia Bullrich a défendu le protocole.", "Patricia Bullrich", "ARG"),
    ("en", "Vivian Balakrishnan met Sihasak Phuangketkeow on Monday.", "Sihasak Phuangketkeow",
     "THA"),
    ("fr", "Le ministre Prak Sokhonn a reçu son homologue mardi.", "Prak Sokhonn", "KHM"),
    ("fr", "Cheng Li-wun a critiqué le budget de la défense.", "Cheng Li-wun", "TWN"),
    ("fr", "Pietro Parolin a rencontré Amina Mohammed à New York.", "Amina Mohammed", "NGA"),
    ("fr", "Pietro Parolin a rencontré Ahmed Aboul Gheit au Caire.", "Ahmed Aboul Gheit", "EGY"),
    ("en", "Joseph Beti Assomo signed the accord for Cameroon.", "Joseph Beti Assomo", "CMR"),
    ("fr", "Milorad Dodik a été reçu à Moscou.", "Milorad Dodik", "BIH"),
    ("en", "Jimmie Åkesson said the party would back the budget.", "Jimmie Åkesson", "SWE"),
    ("en", "Tom Homan said the deportations would continue.", "Tom Homan", "USA"),
    ("fr", "Tony Blair a participé au sommet sur Gaza.", "Tony Blair", "GBR"),
    ("fr", "Alexandre Novak a rencontré les producteurs de l'Opep+.", "Alexander Novak", "RUS"),
])
def test_officials_are_known_with_their_nationality(models, lang, text, name, country):
    found = country_by_name(models[lang], text, lang)
    assert name in found
    assert found[name] == country


@pytest.mark.parametrize("lang,text,wrong", [
    # a territory of North Kivu is not the former Botswanan president
    ("fr", "Les combats ont repris dans le territoire de Masisi, au Nord-Kivu.",
     "Mokgweetsi Masisi"),
    # a town of Mozambique is not the South African party leader
    ("en", "Displaced families reached Malema in northern Mozambique.", "Julius Malema"),
])
def test_a_short_form_that_is_also_a_place_is_not_the_person(models, lang, text, wrong):
    assert wrong not in country_by_name(models[lang], text, lang)


@pytest.mark.parametrize("lang,text,name,country", [
    ("en", "Khaled Mashal met mediators in Doha on Sunday.", "Khaled Mashal", "PSE"),
    ("fr", "Esmail Qaani a été aperçu à Bagdad.", "Esmail Qaani", "IRN"),
    ("fr", "Rached Ghannouchi a été condamné par contumace.", "Rached Ghannouchi", "TUN"),
])
def test_party_and_movement_figures_are_known(models, lang, text, name, country):
    assert country_by_name(models[lang], text, lang).get(name) == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("en", "Ma'aden signed a phosphate deal with its partners.", "Ma'aden", "SAU"),
    ("fr", "La Comibol a suspendu l'exploitation de la mine.", "Comibol", "BOL"),
    ("en", "Tanesco announced power cuts across the region.", "Tanesco", "TZA"),
])
def test_state_companies_are_known_with_their_seat(models, lang, text, name, country):
    assert country_by_name(models[lang], text, lang).get(name) == country
