"""Full-length wire stories of our own, in the style of real feeds (terse, local
places, bodies named in French, machine-translation glue), as table-driven tests of
the actor classes: every listed actor is found with its type and country, and no
listed non-actor is."""
from __future__ import annotations

import pytest

from transforms.actors import find_actors

SUDAN_FR = """PORT-SOUDAN, 4 novembre (Vigie) - Les Forces de soutien rapide (FSR) ont pris dimanche la ville de Babanusa, dans l'Ouest-Kordofan, et pilonnent depuis lundi les faubourgs d'El-Obeid, capitale du Nord-Kordofan, ont indiqué des habitants et le Réseau des médecins soudanais.

"Les obus tombent sur le marché central depuis l'aube", a déclaré un infirmier de l'hôpital universitaire joint par telephone. Au moins 38 civils ont été tués en trois jours, selon le bureau de coordination des affaires humanitaires de l'ONU (OCHA), qui evoque 60.000 déplacés vers Kosti et le Nil Blanc.

L'armée soudanaise du general Abdel Fattah al-Burhan a affirmé avoir repoussé une attaque près de Bara et détruit douze véhicules. Son porte-parole, le general de brigadeNabil Abdallah, a accusé les Emirats arabes unis de livrer des drones aux paramilitaires via le Tchad, ce qu'Abou Dhabi dément.

Après la chute d'El-Fasher fin octobre, les FSR de Mohamed Hamdan Daglo, dit Hemedti, contrôlent l'ensemble des cinq capitales du Darfour. Dans le Sud-Kordofan, Kadugli et Dilling sont assiégées depuis des mois par les FSR et leurs alliés du SPLM-Nord d'Abdelaziz al-Hilu.

Le Programme alimentaire mondial (PAM) a suspendu ses convois vers El-Obeidmardi, faute de garanties de sécurité. Le chef des affaires humanitaires de l'ONUTom Fletcher a appelé "toutes les parties" à ouvrir un couloir, tandis que Médecins sans frontières dit avoir soigné 1.200 blessés en octobre à Tawila, dans le Nord-Darfour.

Selon l'ONG ACLED, les combats au Kordofan ont fait plus de 1.500 morts depuis septembre. L'organisation Sudan Conflict Observatory, financée par le département d'Etat américain, a publié des images satellites montrant des fosses communes près de Bara.

Le Quartet (Etats-Unis, Arabie saoudite, Egypte, Emirats) réclame une trêve humanitaire de trois mois. Le Caire a reçu mercredi le ministre soudanais des Affaires étrangères, tandis que l'envoyé américain Massad Boulos est attendu à Djeddah. L'Union africaine a suspendu le Soudan depuis le coup d'Etat de 2021.

A Genève, le Haut-Commissariat de l'ONU aux droits de l'homme a dénoncé des "exécutions sommaires" a Babanusa. Le Conseil de sécurité doit se réunir vendredi a la demande du Royaume-Uni, porte-plume sur le Soudan, a indiqué la missionbritannique a New York. La Russie, qui avait opposé son veto a une résolution en novembre 2024, n'a pas commenté."""

SUDAN_FR_ACTORS = [
    ("Port Sudan", "LOCATION", "SDN"), ("Rapid Support Forces", "GROUP", "SDN"),
    ("Babanusa", "LOCATION", "SDN"), ("West Kordofan", "LOCATION", "SDN"),
    ("El Obeid", "LOCATION", "SDN"), ("North Kordofan", "LOCATION", "SDN"),
    ("Sudan Doctors Network", "ORGANIZATION", "SDN"), ("United Nations", "ORGANIZATION", None),
    ("OCHA", "ORGANIZATION", None), ("Kosti", "LOCATION", "SDN"), ("White Nile", "LOCATION", "SDN"),
    ("Abdel Fattah al-Burhan", "PERSON", "SDN"), ("Bara", "LOCATION", "SDN"),
    ("Nabil Abdallah", "PERSON", "SDN"), ("United Arab Emirates", "COUNTRY", "ARE"),
    ("Chad", "COUNTRY", "TCD"), ("El Fasher", "LOCATION", "SDN"),
    ("Mohamed Hamdan Dagalo", "PERSON", "SDN"), ("Darfur", "LOCATION", "SDN"),
    ("South Kordofan", "LOCATION", "SDN"), ("Kadugli", "LOCATION", "SDN"),
    ("Dilling", "LOCATION", "SDN"), ("SPLM-N", "GROUP", "SDN"),
    ("Abdelaziz al-Hilu", "PERSON", "SDN"), ("World Food Programme", "ORGANIZATION", None),
    ("Tom Fletcher", "PERSON", "GBR"), ("Doctors Without Borders", "ORGANIZATION", None),
    ("Tawila", "LOCATION", "SDN"), ("North Darfur", "LOCATION", "SDN"),
    ("ACLED", "ORGANIZATION", "USA"), ("Kordofan", "LOCATION", "SDN"),
    ("State Department", "ORGANIZATION", "USA"), ("United States", "COUNTRY", "USA"),
    ("Saudi Arabia", "COUNTRY", "SAU"), ("Egypt", "COUNTRY", "EGY"),
    ("Massad Boulos", "PERSON", "USA"), ("Jeddah", "LOCATION", "SAU"),
    ("African Union", "ORGANIZATION", None), ("Geneva", "LOCATION", "CHE"),
    ("Office of the United Nations High Commissioner for Human Rights", "ORGANIZATION", None),
    ("UN Security Council", "ORGANIZATION", None), ("United Kingdom", "COUNTRY", "GBR"),
    ("Sudan", "COUNTRY", "SDN"), ("New York", "LOCATION", "USA"), ("Russia", "COUNTRY", "RUS"),
]
# duplicates under another spelling, glued debris, compass words alone
SUDAN_FR_NOT_ACTORS = ["Mohamed Hamdan Daglo", "El-Obeidmardi", "Ouest", "Nord", "Hemedti",
                       "ONUTom", "Quartet", "Nil Blanc"]


@pytest.fixture(scope="module")
def sudan_fr(nlp_fr):
    return {m.actor.name: (m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp_fr(SUDAN_FR), "fr")}


@pytest.mark.parametrize("name,kind,country", SUDAN_FR_ACTORS)
def test_sudan_fr_actor_is_found(sudan_fr, name, kind, country):
    assert sudan_fr.get(name) == (kind, country)


@pytest.mark.parametrize("name", SUDAN_FR_NOT_ACTORS)
def test_sudan_fr_non_actor_is_not_found(sudan_fr, name):
    assert name not in sudan_fr


def test_sudan_fr_body_named_after_a_country(sudan_fr):
    # the body's name runs over the country the dictionary took first
    assert sudan_fr.get("Sudan Conflict Observatory") == ("ORGANIZATION", "SDN")


HOSPITAL_FR = """LYON, 18 février (Vigie) - Les Hospices civils de Lyon (HCL) fonctionnent en mode dégradé depuis dimanche après une cyberattaque par rançongiciel revendiquée par le groupe Qilin, qui affirme avoir dérobé 400 gigaoctets de données de patients.

Le Samu du Rhône a réorienté une partie des urgences vers les cliniques privées et vers le CHU de Saint-Etienne, a indiqué l'Agence régionale de santé (ARS) Auvergne-Rhône-Alpes. Les consultations ont été reportées dans trois établissements, dont l'hôpital Edouard-Herriot.

Le parquet de Paris, via sa section de lutte contre la cybercriminalité, a ouvert une enquête pour "extorsion en bande organisée" et confié les investigations à l'Office anti-cybercriminalité (OFAC). L'Agence nationale de la sécurité des systèmes d'information (Anssi) a dépêché une équipe sur place.

"Nous ne paierons pas", a déclaré le directeur général des HCL, Raymond Le Moign, lors d'un point presse. La ministre de la Santé, Stéphanie Rist, a promis le soutien de l'Etat, tandis que le maire de Lyon, Grégory Doucet, a dénoncé une "attaque contre le service public".

Selon la société de cybersécurité Sekoia, Qilin a revendiqué plus de 80 attaques contre des hôpitaux depuis 2024, dont celle du prestataire britannique Synnovis à Londres. Le chercheur Damien Bancal, du site Zataz, estime que le groupe recrute des affiliés russophones.

La Fédération hospitalière de France (FHF) réclame depuis deux ans un plan de 1,5 milliard d'euros pour la sécurité informatique des hôpitaux. "On demande des pare-feu, on reçoit des circulaires", a réagi le syndicat Samu-Urgences de France, dont le président Marc Noizet appelle à recruter des ingénieurs titulaires.

Les assureurs se montrent de plus en plus réticents à couvrir le risque: le courtier Howden estime que les primes cyber des établissements de santé ont doublé en trois ans, et l'assureur public Relyens, premier assureur des hôpitaux français, a durci ses conditions.

En 2023, l'attaque contre le centre hospitalier d'Armentières avait déjà paralysé l'établissement pendant un mois. La Commission nationale de l'informatique et des libertés (Cnil) doit être notifiée sous 72 heures de toute fuite de données personnelles; elle a reçu 41 notifications d'hôpitaux en 2025, selon son rapport annuel publié mercredi à Paris."""

# French public bodies named in French, hospital groups, a prosecutor's office written as
# its city (the annotation guidelines' convention), a broker and a data firm
HOSPITAL_FR_ACTORS = [
    ('Lyon', 'LOCATION', 'FRA'),
    ('Hospices Civils de Lyon', 'ORGANIZATION', 'FRA'),
    ('Qilin', 'GROUP', None),
    ('Samu', 'ORGANIZATION', 'FRA'),
    ('Saint-Etienne', 'LOCATION', 'FRA'),
    ('Agence régionale de santé', 'ORGANIZATION', 'FRA'),
    ('Auvergne-Rhône-Alpes', 'LOCATION', 'FRA'),
    ('Paris', 'LOCATION', 'FRA'),
    ('Office anti-cybercriminalité', 'ORGANIZATION', 'FRA'),
    ('ANSSI', 'ORGANIZATION', 'FRA'),
    ('Raymond Le Moign', 'PERSON', 'FRA'),
    ('Stéphanie Rist', 'PERSON', 'FRA'),
    ('Grégory Doucet', 'PERSON', 'FRA'),
    ('Sekoia', 'ORGANIZATION', 'FRA'),
    ('Synnovis', 'ORGANIZATION', 'GBR'),
    ('London', 'LOCATION', 'GBR'),
    ('Damien Bancal', 'PERSON', 'FRA'),
    ('Fédération hospitalière de France', 'ORGANIZATION', 'FRA'),
    ('Samu-Urgences de France', 'ORGANIZATION', 'FRA'),
    ('Marc Noizet', 'PERSON', 'FRA'),
    ('Howden', 'ORGANIZATION', 'GBR'),
    ('Relyens', 'ORGANIZATION', 'FRA'),
    ('Armentières', 'LOCATION', 'FRA'),
    ('CNIL', 'ORGANIZATION', 'FRA'),
]
HOSPITAL_FR_NOT_ACTORS = ["HCL", "OFAC", "Samu du Rhône", "Samu-Urgences", "Parquet de Paris",
                          "Rhône", "Edouard-Herriot"]


@pytest.fixture(scope="module")
def hospital_fr(nlp_fr):
    return {m.actor.name: (m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp_fr(HOSPITAL_FR), "fr")}


@pytest.mark.parametrize("name,kind,country", HOSPITAL_FR_ACTORS)
def test_hospital_fr_actor_is_found(hospital_fr, name, kind, country):
    assert hospital_fr.get(name) == (kind, country)


@pytest.mark.parametrize("name", HOSPITAL_FR_NOT_ACTORS)
def test_hospital_fr_non_actor_is_not_found(hospital_fr, name):
    assert name not in hospital_fr


REDSEA_EN = """LONDON, March 12 (Vigie) - War-risk insurance premiums for ships crossing the southern Red Sea have doubled in a week after Houthi forces struck a Liberian-flagged bulk carrier off Hodeidah, brokers and shipping data firms said on Thursday.

Underwriters in the Lloyd's market now quote about 1 percent of a vessel's value for a single transit, up from 0.5 percent, according to broker Marsh McLennan. The Joint War Committee, which advises London insurers, added waters off Eritrea to its listed areas on Monday.

The Magic Seas, operated by Greek firm Allseas Marine, was hit by two missiles and a drone boat about 50 nautical miles southwest of Hodeidah, the UK Maritime Trade Operations (UKMTO) centre said. Its 22 crew were rescued by a passing container ship and taken to Djibouti, British security firm Ambrey said. The Iran-aligned group claimed the attack in a televised statement by its military spokesman Yahya Saree.

Traffic through the Bab el-Mandeb strait fell 18 percent in the week to Sunday, according to ship-tracking data from Kpler and Windward. Danish carrier Maersk and Germany's Hapag-Lloyd said they would keep routing container ships around the Cape of Good Hope, adding 10 to 14 days to Asia-Europe voyages.

Egypt's Suez Canal Authority said revenue fell to $4 billion last year from $10.25 billion in 2023. Its chairman Osama Rabie told reporters in Ismailia that the waterway would offer discounts of up to 15 percent to large container ships that return.

The European Union's naval mission Aspides, led from Larissa in Greece, has escorted more than 600 vessels since February 2024 but has no mandate to strike targets on land. France and Italy have each sent a frigate. The United States and Britain carried out strikes on Houthi positions near Sanaa last year.

"Every week without a deal adds a few dollars to a barrel of crude and a few hundred to a container," said Lars Jensen, chief executive of Copenhagen consultancy Vespucci Maritime. Analysts at Drewry put the average spot rate from Shanghai to Rotterdam at $3,900 per 40-foot container on Thursday, up 11 percent in a month.

Yemen's internationally recognised government, based in Aden, accused Tehran of supplying the missiles. Iran's foreign ministry denied the charge. Oman, which has mediated between Washington and the Houthis, called for restraint."""

# brokers, data and security firms with the demonym before the class noun, a market
# named for its city, a capital between it and an armed group (the government)
REDSEA_EN_ACTORS = [
    ('London', 'LOCATION', 'GBR'),
    ('Red Sea', 'LOCATION', None),
    ('Houthis', 'GROUP', 'YEM'),
    ('Hodeidah', 'LOCATION', 'YEM'),
    ("Lloyd's of London", 'ORGANIZATION', 'GBR'),
    ('Marsh McLennan', 'ORGANIZATION', 'USA'),
    # the Lloyd's market's committee in London, a story filed from London: British (was
    # None before the filing city gave unknown bodies a country, session 28)
    ('Joint War Committee', 'ORGANIZATION', 'GBR'),
    ('United Kingdom', 'COUNTRY', 'GBR'),
    ('Eritrea', 'COUNTRY', 'ERI'),
    ('Greece', 'COUNTRY', 'GRC'),
    ('Allseas Marine', 'ORGANIZATION', 'GRC'),
    ('United Kingdom Maritime Trade Operations', 'ORGANIZATION', 'GBR'),
    ('Djibouti', 'COUNTRY', 'DJI'),
    ('Ambrey', 'ORGANIZATION', 'GBR'),
    ('Iran', 'COUNTRY', 'IRN'),
    ('Yahya Saree', 'PERSON', 'YEM'),
    ('Bab el-Mandeb', 'LOCATION', None),
    ('Kpler', 'ORGANIZATION', 'FRA'),
    ('Windward', 'ORGANIZATION', 'ISR'),
    ('Maersk', 'ORGANIZATION', 'DNK'),
    ('Germany', 'COUNTRY', 'DEU'),
    ('Hapag-Lloyd', 'ORGANIZATION', 'DEU'),
    ('Cape of Good Hope', 'LOCATION', 'ZAF'),
    ('Egypt', 'COUNTRY', 'EGY'),
    ('Suez Canal Authority', 'ORGANIZATION', 'EGY'),
    ('Osama Rabie', 'PERSON', 'EGY'),
    ('Ismailia', 'LOCATION', 'EGY'),
    ('European Union', 'ORGANIZATION', None),
    ('Larissa', 'LOCATION', 'GRC'),
    ('France', 'COUNTRY', 'FRA'),
    ('Italy', 'COUNTRY', 'ITA'),
    ('United States', 'COUNTRY', 'USA'),
    ('Sanaa', 'LOCATION', 'YEM'),
    ('Lars Jensen', 'PERSON', 'DNK'),
    ('Denmark', 'COUNTRY', 'DNK'),
    ('Vespucci Maritime', 'ORGANIZATION', 'DNK'),
    ('Drewry', 'ORGANIZATION', 'GBR'),
    ('Shanghai', 'LOCATION', 'CHN'),
    ('Rotterdam', 'LOCATION', 'NLD'),
    ('Yemen', 'COUNTRY', 'YEM'),
    ('Aden', 'LOCATION', 'YEM'),
    ('Oman', 'COUNTRY', 'OMN'),
]
# ships, naval operations, venues and compound place words are no actors
REDSEA_EN_NOT_ACTORS = ["Magic Seas", "Aspides", "Asia", "Europe", "Lloyd's market", "Houthi",
                        "Washington", "Copenhagen consultancy"]


@pytest.fixture(scope="module")
def redsea_en(nlp_en):
    return {m.actor.name: (m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp_en(REDSEA_EN), "en")}


@pytest.mark.parametrize("name,kind,country", REDSEA_EN_ACTORS)
def test_redsea_en_actor_is_found(redsea_en, name, kind, country):
    assert redsea_en.get(name) == (kind, country)


@pytest.mark.parametrize("name", REDSEA_EN_NOT_ACTORS)
def test_redsea_en_non_actor_is_not_found(redsea_en, name):
    assert name not in redsea_en


BUDGET_FR = """PARIS, 9 octobre (Vigie) - L'agence de notation Fitch a abaissé vendredi soir la note de la France a A+, estimant que le gouvernement de Sébastien Lecornu "ne dispose pas d'une majorité pour réduire le déficit", une décision qui a fait bondir lundi l'écart de taux avec l'Allemagne a son plus haut niveau depuis 2012.

Le ministre de l'Economie Roland Lescure a "pris acte" de la décision et assuré que Paris tiendrait son objectif de 5,4% du PIB cette année. Le gouverneur de la Banque de FranceFrançois Villeroy de Galhau a jugé "urgent" un accord budgétaire au Parlement, tandis que le Haut Conseil des finances publiques (HCFP) a qualifié les prévisions de croissance de Bercy d'"optimistes".

Sur les marchés, le taux a dix ans a atteint 3,58% en séance. "Les investisseurs exigent désormais plus pour prêter a Paris qu'a Madrid ou a Lisbonne", a souligné l'économiste en chef de la banque allemande Berenberg, Holger Schmieding. Selon le courtier Tradition, les banques françaises BNP Paribas, Société généraleet Crédit agricole ont reculé de 3% a 5% a la Bourse de Paris.

A l'Assemblée nationale, la rapporteuse générale du budgetSophie Dumont a déposé un amendement qui rétablit la taxe sur les holdings. Le député LFI Eric Coquerel, président de la commission des finances, a dénoncé "une austérité imposée par les agences". Le Rassemblement national, par la voix de son vice-président Sébastien Chenu, réclame une dissolution.

Le think tank Institut Montaigne et l'Observatoire français des conjonctures économiques (OFCE) chiffrent a 40 milliards d'euros l'effort nécessaire en 2026. L'institut Rexecode, proche du patronat, estime que la hausse des taux coûtera 6 milliards d'euros de charge d'intérêts supplémentaire d'ici 2027. Le Medef et la CPME ont appelé les partis a "ne pas ajouter de la crise a la crise".

A Bruxelles, la Commission européenne a rappelé que la France reste sous procédure pour déficit excessif. Le commissaire a l'Economie Valdis Dombrovskis doit recevoir le ministre mardi. L'agence S&P Global doit publier sa propre évaluation le 28 novembre, et Moody's le 24 octobre.

Le président Emmanuel Macron, en visite a Berlin, a appelé "toutes les forces politiques a la responsabilité", après un entretien avec le chancelier Friedrich Merz. La Banque centrale européenne (BCE) n'a pas commenté."""

# rating agencies, banks, think tanks, public bodies and people introduced by titles,
# some glued to the word before ("Banque de FranceFrançois", "du budgetSophie Dumont")
BUDGET_FR_ACTORS = [
    ('Paris', 'LOCATION', 'FRA'),
    ('Fitch Ratings', 'ORGANIZATION', 'USA'),
    ('France', 'COUNTRY', 'FRA'),
    ('Sébastien Lecornu', 'PERSON', 'FRA'),
    ('Germany', 'COUNTRY', 'DEU'),
    ('Roland Lescure', 'PERSON', 'FRA'),
    ('Banque de France', 'ORGANIZATION', 'FRA'),
    ('François Villeroy de Galhau', 'PERSON', 'FRA'),
    ('Haut Conseil des finances publiques', 'ORGANIZATION', 'FRA'),
    ('Bercy', 'ORGANIZATION', 'FRA'),
    ('Madrid', 'LOCATION', 'ESP'),
    ('Lisbon', 'LOCATION', 'PRT'),
    ('Berenberg', 'ORGANIZATION', 'DEU'),
    ('BNP Paribas', 'ORGANIZATION', 'FRA'),
    ('Crédit Agricole', 'ORGANIZATION', 'FRA'),
    ('National Assembly', 'ORGANIZATION', 'FRA'),
    ('Sophie Dumont', 'PERSON', 'FRA'),
    ('La France Insoumise', 'ORGANIZATION', 'FRA'),
    ('Eric Coquerel', 'PERSON', 'FRA'),
    ('Rassemblement National', 'ORGANIZATION', 'FRA'),
    ('Sébastien Chenu', 'PERSON', 'FRA'),
    ('Institut Montaigne', 'ORGANIZATION', 'FRA'),
    ('OFCE', 'ORGANIZATION', 'FRA'),
    ('Rexecode', 'ORGANIZATION', 'FRA'),
    ('Medef', 'ORGANIZATION', 'FRA'),
    ('CPME', 'ORGANIZATION', 'FRA'),
    ('Brussels', 'LOCATION', 'BEL'),
    ('European Commission', 'ORGANIZATION', None),
    ('Valdis Dombrovskis', 'PERSON', 'LVA'),
    ('S&P Global', 'ORGANIZATION', 'USA'),
    ("Moody's", 'ORGANIZATION', 'USA'),
    ('Emmanuel Macron', 'PERSON', 'FRA'),
    ('Berlin', 'LOCATION', 'DEU'),
    ('Friedrich Merz', 'PERSON', 'DEU'),
    ('European Central Bank', 'ORGANIZATION', None),
]
BUDGET_FR_NOT_ACTORS = ["Bourse", "FranceFrançois", "Banque", "Parlement", "HCFP"]


@pytest.fixture(scope="module")
def budget_fr(nlp_fr):
    return {m.actor.name: (m.actor.actor_type, m.actor.country_code)
            for m in find_actors(nlp_fr(BUDGET_FR), "fr")}


@pytest.mark.parametrize("name,kind,country", BUDGET_FR_ACTORS)
def test_budget_fr_actor_is_found(budget_fr, name, kind, country):
    assert budget_fr.get(name) == (kind, country)


@pytest.mark.parametrize("name", BUDGET_FR_NOT_ACTORS)
def test_budget_fr_non_actor_is_not_found(budget_fr, name):
    assert name not in budget_fr


def test_budget_fr_bank_glued_to_a_lowercase_word(budget_fr):
    assert "Société Générale" in budget_fr
