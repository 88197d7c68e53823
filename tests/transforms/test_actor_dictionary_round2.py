"""Second round of dictionary breadth: armed groups, militias, cartels and gangs, companies
often in the news, international bodies and NGOs with their French names, and officials
of international bodies, central banks, armed forces and parliaments, added from knowledge
of how the press names them rather than from any evaluation text. The sentences are
written for these tests."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import country_by_name


@pytest.mark.parametrize("lang,text,name,country", [
    # Africa
    ("en", "The Ogaden National Liberation Front accused the army of burning villages.",
     "Ogaden National Liberation Front", "ETH"),
    ("fr", "Le FPRC a revendiqué l'attaque contre la base de Ndélé.",
     "Popular Front for the Renaissance of the Central African Republic", "CAF"),
    ("fr", "Des miliciens Mobondo ont tué six villageois dans le territoire de Kwamouth.",
     "Mobondo", "COD"),
    ("en", "Members of the Civilian Joint Task Force helped soldiers repel the raid.",
     "Civilian Joint Task Force", "NGA"),
    # Middle East
    ("fr", "Les Unités de protection de la femme ont rejoint la nouvelle armée.",
     "Women's Protection Units", "SYR"),
    ("en", "Fighters of the Sultan Murad Division were accused of looting houses.",
     "Sultan Murad Division", "SYR"),
    ("fr", "Le Parti démocratique du Kurdistan d'Iran a dénoncé les frappes de drones.",
     "Democratic Party of Iranian Kurdistan", "IRN"),
    ("en", "Saraya al-Salam deployed its men around the shrine.", "Saraya al-Salam", "IRQ"),
    # Asia
    ("en", "The Restoration Council of Shan State denied that it had seized the town.",
     "Restoration Council of Shan State", "MMR"),
    ("fr", "L'armée a accusé Fitna al-Khawarij d'avoir tendu l'embuscade.",
     "Fitna al-Khawarij", "PAK"),
    ("en", "Arambai Tenggol volunteers handed over their weapons on Thursday.",
     "Arambai Tenggol", "IND"),
    ("en", "The National Democratic Front of the Philippines rejected the offer of talks.",
     "National Democratic Front of the Philippines", "PHL"),
    # the Americas
    ("fr", "Le cartel de Juárez a été désigné comme organisation terroriste.",
     "Juárez Cartel", "MEX"),
    ("en", "Los Viagras gunmen set up roadblocks outside Apatzingán.", "Los Viagras", "MEX"),
    ("fr", "Les Chone Killers se disputent le port avec Los Lobos.", "Chone Killers", "ECU"),
    ("en", "The Kraze Baryè gang attacked the hospital overnight.", "Kraze Baryè", "HTI"),
    ("fr", "Le Clan del Golfo, qui se fait appeler Ejército Gaitanista de Colombia, a rejeté "
           "l'accusation.", "Clan del Golfo", "COL"),
    # Europe and cyberspace
    ("en", "Police said the Foxtrot network had recruited teenagers for the shootings.",
     "Foxtrot network", "SWE"),
    ("fr", "La Cosa Nostra a perdu plusieurs chefs lors du coup de filet.", "Cosa Nostra", "ITA"),
    ("en", "Microsoft said Star Blizzard had targeted former officials.", "Star Blizzard", "RUS"),
    ("en", "Investigators blamed Mustang Panda for the intrusion.", "Mustang Panda", "CHN"),
])
def test_armed_groups_cartels_and_gangs_are_known_with_their_country(models, lang, text, name,
                                                                     country):
    found = country_by_name(models[lang], text, lang)
    assert name in found
    assert found[name] == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("en", "Enbridge said the pipeline would restart on Monday.", "Enbridge", "CAN"),
    ("fr", "Le groupe Tatneft a suspendu ses livraisons.", "Tatneft", "RUS"),
    ("en", "SLB and Baker Hughes both reported higher profits.", "Baker Hughes", "USA"),
    ("en", "Kyivstar restored service after the cyberattack.", "Kyivstar", "UKR"),
    ("fr", "Fire Point affirme produire des missiles de croisière.", "Fire Point", "UKR"),
    ("en", "Rocket Lab launched two satellites from New Zealand.", "Rocket Lab", "USA"),
    ("fr", "Selon Bank Hapoalim, les dépôts ont augmenté.", "Bank Hapoalim", "ISR"),
    ("en", "KKR and Blackstone bid for the data-centre operator.", "KKR", "USA"),
    ("fr", "Le laboratoire BioNTech a annoncé un nouvel essai clinique.", "BioNTech", "DEU"),
    ("en", "Peugeot will build the new model in Morocco.", "Peugeot", "FRA"),
    ("fr", "Lockheed a livré de nouveaux avions à la Pologne.", "Lockheed Martin", "USA"),
    ("en", "The video was removed from YouTube after complaints.", "YouTube", "USA"),
])
def test_companies_are_known_with_their_seat(models, lang, text, name, country):
    assert country_by_name(models[lang], text, lang).get(name) == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("fr", "Le Conseil des droits humains a ouvert une enquête sur les exécutions.",
     "UN Human Rights Council", None),
    ("fr", "Selon le BCAH, 300 000 personnes ont fui les combats.", "OCHA", None),
    ("fr", "Le Fonds international de développement agricole a financé le projet.",
     "International Fund for Agricultural Development", None),
    ("fr", "La Cour de justice de l'UE a annulé la décision de la Commission.",
     "Court of Justice of the European Union", None),
    ("fr", "Le Comité international olympique a suspendu le comité national.",
     "International Olympic Committee", None),
    ("en", "ECOSOC elected five new members on Tuesday.", "UN Economic and Social Council", None),
    ("fr", "La Commission de Venise a critiqué la réforme judiciaire.", "Venice Commission", None),
    ("en", "ODIHR observers said the vote was competitive but marred by pressure.", "ODIHR", None),
    ("fr", "La Commission du bassin du lac Tchad a réuni ses ministres.",
     "Lake Chad Basin Commission", None),
    ("en", "The Gas Exporting Countries Forum met in Algiers.", "Gas Exporting Countries Forum",
     None),
    ("fr", "Le CERN a présenté son futur collisionneur.", "CERN", None),
    ("en", "The Bureau of Industry and Security added 12 Chinese firms to its list.",
     "Bureau of Industry and Security", "USA"),
    # NGOs and research centres
    ("fr", "L'ONG israélienne Breaking the Silence a publié des témoignages de soldats.",
     "Breaking the Silence", "ISR"),
    ("en", "Al-Haq said the demolitions breached international law.", "Al-Haq", "PSE"),
    ("en", "Mwatana for Human Rights documented the strike on the market.",
     "Mwatana for Human Rights", "YEM"),
    ("fr", "La communauté de Sant'Egidio a accueilli les pourparlers.",
     "Community of Sant'Egidio", "ITA"),
    ("en", "World Central Kitchen paused its operations after the strike.",
     "World Central Kitchen", "USA"),
    ("fr", "Le Centre Carter a déployé des observateurs.", "Carter Center", "USA"),
])
def test_international_bodies_and_ngos_are_known_in_both_languages(models, lang, text, name,
                                                                  country):
    found = country_by_name(models[lang], text, lang)
    assert name in found
    assert found[name] == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("en", "Louise Mushikiwabo opened the Francophonie summit.", "Louise Mushikiwabo", "RWA"),
    ("fr", "Le secrétaire général Albert Ramdin a appelé au dialogue au Venezuela.",
     "Albert Ramdin", "SUR"),
    ("en", "Alexus Grynkewich told lawmakers that Russia was rebuilding its forces.",
     "Alexus Grynkewich", "USA"),
    ("fr", "Jan Egeland a décrit une situation catastrophique à Gaza.", "Jan Egeland", "NOR"),
    ("en", "Governor Tiff Macklem said rates would stay on hold.", "Tiff Macklem", "CAN"),
    ("fr", "Le gouverneur Abdellatif Jouahri a maintenu le taux directeur.",
     "Abdellatif Jouahri", "MAR"),
    ("en", "Lesetja Kganyago warned that inflation risks remained.", "Lesetja Kganyago", "ZAF"),
    ("fr", "Isabel Schnabel juge qu'une nouvelle baisse des taux n'est pas nécessaire.",
     "Isabel Schnabel", "DEU"),
    ("en", "Admiral Samuel Paparo said the drills were the largest yet.", "Samuel Paparo", "USA"),
    ("fr", "Le général Shams al-Din Kabbashi a visité le front d'El-Obeid.",
     "Shams al-Din Kabbashi", "SDN"),
    ("en", "Godswill Akpabio adjourned the Senate until next week.", "Godswill Akpabio", "NGA"),
    ("fr", "Le président de la Knesset, Amir Ohana, a reçu la délégation.", "Amir Ohana", "ISR"),
    ("en", "Speaker Lindsay Hoyle granted an urgent question.", "Lindsay Hoyle", "GBR"),
    ("fr", "L'ambassadeur israélien Danny Danon a quitté la salle.", "Danny Danon", "ISR"),
    ("en", "Valerii Zaluzhnyi has not ruled out running for president.", "Valerii Zaluzhnyi",
     "UKR"),
    ("fr", "L'ancien président Ebrahim Raïssi est mort dans un accident d'hélicoptère.",
     "Ebrahim Raisi", "IRN"),
])
def test_officials_of_banks_armies_parliaments_and_bodies_are_known(models, lang, text, name,
                                                                   country):
    found = country_by_name(models[lang], text, lang)
    assert name in found
    assert found[name] == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("fr", "Selon le quotidien Haaretz, l'armée a ouvert une enquête.", "Haaretz", "ISR"),
    ("en", "Kommersant reported that the talks had stalled.", "Kommersant", "RUS"),
    ("fr", "Interrogé par Radio Okapi, le gouverneur a démenti.", "Radio Okapi", "COD"),
    ("en", "The South China Morning Post said the meeting was cancelled.",
     "South China Morning Post", "HKG"),
    ("fr", "D'après El País, Madrid prépare un nouveau plan.", "El País", "ESP"),
])
def test_news_media_are_known_with_their_country(models, lang, text, name, country):
    assert country_by_name(models[lang], text, lang).get(name) == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("en", "Governor Kathy Hochul signed the bill on Friday.", "Kathy Hochul", "USA"),
    ("fr", "Le sénateur Jim Risch a salué l'accord.", "Jim Risch", "USA"),
    ("en", "Jens Spahn said the coalition would hold.", "Jens Spahn", "DEU"),
    ("fr", "Mateusz Morawiecki a accusé le gouvernement de céder à Bruxelles.",
     "Mateusz Morawiecki", "POL"),
    ("en", "Xavier Bettel met his Belgian counterpart in Luxembourg.", "Xavier Bettel", "LUX"),
])
def test_politicians_of_north_america_and_europe_are_known(models, lang, text, name, country):
    assert country_by_name(models[lang], text, lang).get(name) == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("en", "Bello Turji's fighters abducted dozens of villagers in Zamfara.", "Bello Turji", "NGA"),
    ("fr", "Gibril Ibrahim a présenté le budget à Port-Soudan.", "Gibril Ibrahim", "SDN"),
    ("en", "Governor Babajide Sanwo-Olu ordered an inquiry into the collapse.",
     "Babajide Sanwo-Olu", "NGA"),
    ("en", "Qantas cancelled flights after the ash cloud spread.", "Qantas", "AUS"),
    ("fr", "La compagnie El Al a suspendu ses vols vers l'Inde.", "El Al", "ISR"),
    ("en", "Jeju Air said the crash investigation would take months.", "Jeju Air", "KOR"),
    ("fr", "Un avion d'Azerbaijan Airlines s'est écrasé près d'Aktaou.", "Azerbaijan Airlines",
     "AZE"),
    ("en", "The Kinahan cartel was hit by new sanctions.", "Kinahan cartel", "IRL"),
    ("fr", "Le Conseil militaire de Soueïda a rejeté l'accord.", "Suwayda Military Council", "SYR"),
])
def test_regional_figures_airlines_and_more_groups_are_known(models, lang, text, name, country):
    assert country_by_name(models[lang], text, lang).get(name) == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("fr", "Le candidat Iván Cepeda a promis de poursuivre la paix totale.", "Iván Cepeda", "COL"),
    ("en", "Premier François Legault announced his resignation.", "François Legault", "CAN"),
    ("fr", "Jorge Rodríguez a convoqué une session extraordinaire.", "Jorge Rodríguez", "VEN"),
    ("en", "Ali Akbar Velayati warned against any deal on the missiles.", "Ali Akbar Velayati",
     "IRN"),
    ("fr", "Qais al-Khazali a appelé ses partisans au calme.", "Qais al-Khazali", "IRQ"),
    ("en", "Jibril Rajoub said Fatah would not attend.", "Jibril Rajoub", "PSE"),
    ("fr", "Le ministre Shlomo Karhi a déposé le projet de loi.", "Shlomo Karhi", "ISR"),
    ("en", "Tareq Saleh's forces repelled the attack near Mocha.", "Tareq Saleh", "YEM"),
])
def test_figures_of_the_americas_and_the_middle_east_are_known(models, lang, text, name,
                                                              country):
    assert country_by_name(models[lang], text, lang).get(name) == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("fr", "Tatiana Moskalkova a annoncé un nouvel échange de prisonniers.", "Tatiana Moskalkova",
     "RUS"),
    ("en", "Apti Alaudinov said his men had entered the village.", "Apti Alaudinov", "RUS"),
    ("fr", "Mikhaïl Khodorkovski a appelé à boycotter le scrutin.", "Mikhail Khodorkovsky", "RUS"),
    ("en", "Governor Oleh Kiper said two people were killed in Odesa.", "Oleh Kiper", "UKR"),
    ("fr", "Le vice-Premier ministre Taras Kachka a mené les négociations à Bruxelles.",
     "Taras Kachka", "UKR"),
])
def test_russian_and_ukrainian_officials_are_known(models, lang, text, name, country):
    assert country_by_name(models[lang], text, lang).get(name) == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("fr", "La Cour interaméricaine des droits de l'homme a condamné l'État.",
     "Inter-American Court of Human Rights", None),
    ("en", "SAMIDRC troops began leaving Goma on Tuesday.", "SAMIDRC", None),
    ("fr", "Le Parlement arabe a condamné l'attaque.", "Arab Parliament", None),
    ("en", "The OHADA court ruled in favour of the investor.", "OHADA", None),
])
def test_more_regional_bodies_are_known(models, lang, text, name, country):
    assert country_by_name(models[lang], text, lang).get(name) == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("en", "Ken McCallum said MI5 had disrupted 20 plots.", "Ken McCallum", "GBR"),
    ("fr", "Le patron de l'ASIO, Mike Burgess, a mis en garde contre l'espionnage.", "Mike Burgess",
     "AUS"),
    ("en", "Abdellatif Hammouchi received the FBI delegation in Rabat.", "Abdellatif Hammouchi",
     "MAR"),
    ("fr", "Todd Blanche a rencontré l'ancienne associée d'Epstein.", "Todd Blanche", "USA"),
])
def test_intelligence_and_security_chiefs_are_known(models, lang, text, name, country):
    assert country_by_name(models[lang], text, lang).get(name) == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("en", "LONGi and Trina Solar cut prices again.", "Trina Solar", "CHN"),
    ("fr", "Le groupe Hindalco a racheté l'usine.", "Hindalco", "IND"),
    ("en", "Emaar said sales rose in the first quarter.", "Emaar", "ARE"),
    ("fr", "L'Entreprise générale du cobalt achètera la production artisanale.",
     "Entreprise générale du cobalt", "COD"),
    ("en", "Banque Misr raised its deposit rates.", "Banque Misr", "EGY"),
])
def test_more_companies_are_known_with_their_seat(models, lang, text, name, country):
    assert country_by_name(models[lang], text, lang).get(name) == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("fr", "Le général Horta N'Tam a prêté serment à Bissau.", "Horta N'Tam", "GNB"),
    ("en", "Marc Ravalomanana called for a national dialogue.", "Marc Ravalomanana", "MDG"),
    ("fr", "L'ancien Premier ministre Moussa Mara a été condamné.", "Moussa Mara", "MLI"),
    ("en", "Blaise Compaoré returned to Ouagadougou for the funeral.", "Blaise Compaoré", "BFA"),
])
def test_francophone_and_lusophone_african_figures_are_known(models, lang, text, name, country):
    assert country_by_name(models[lang], text, lang).get(name) == country


@pytest.mark.parametrize("lang,text,name,country", [
    ("fr", "La Nasa a reporté le lancement de sa mission lunaire.", "NASA", "USA"),
    ("en", "The NTSB said the pilots had been warned twice.", "National Transportation Safety Board",
     "USA"),
    ("fr", "La FAA a cloué au sol les appareils concernés.", "Federal Aviation Administration",
     "USA"),
    ("en", "HMRC opened an inquiry into the payments.", "HMRC", "GBR"),
])
def test_us_and_uk_agencies_are_known(models, lang, text, name, country):
    assert country_by_name(models[lang], text, lang).get(name) == country
