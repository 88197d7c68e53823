"""Full-length wire stories written for the theme rules (300-400 words, one or two
secondary threads told in a paragraph each, French copy with missing accents), never
used to tune them before they were written: each must get its annotated themes
(eval/README.md "Themes") and nothing outside the acceptable ones."""
import pytest

from transforms.themes import score_themes


# (lang, title, text, themes that must be found, themes also acceptable)
STORIES = {
    "en_peru": ('en', "Peru declares emergency in Lima as extortion killings spark drivers' protest",
     """LIMA, Oct 9 (Vigie) - Thousands of bus drivers and street vendors marched on Peru's Congress on Thursday after a wave of extortion killings, as the government declared a 30-day state of emergency in Lima and sent soldiers to patrol the capital's transport hubs alongside the police.

Transport unions said at least 47 drivers had been shot dead this year by gangs demanding weekly payments of up to 100 soles per bus, and most companies on the city's northern routes kept their fleets in the depots for a second day. Riot police fired tear gas when protesters tried to break through barriers outside the legislature, and the ombudsman's office said one man, a 32-year-old rapper, died of a gunshot wound during the clashes.

"We go to work not knowing if we will come home," said Miguel Palomino, who has driven a minibus on the Comas route for eleven years. "They call you, they send a photo of your children, and if you do not pay they kill you."

Prosecutors say the extortion rackets are run from prisons by gangs such as Los Injertos del Cono Norte and by cells of the Venezuelan Tren de Aragua, which collect payments through mobile money apps. Police arrested 214 suspects in September, but judges released most of them within days for lack of evidence, the interior ministry said. The country's chief prosecutor has opened an investigation into officers accused of selling drivers' phone numbers to the gangs.

Interim President Jose Jeri, who took office last week after Congress removed Dina Boluarte, promised a "war on crime" and said he would ask lawmakers for powers to build two maximum-security prisons. Critics say earlier emergency decrees, renewed since 2023 in several districts of Lima, did little to cut the number of homicides, which reached a record 2,057 last year.

The unrest comes six months before a general election in which crime has become voters' main concern. More than 30 parties have registered candidates for the April 12 presidential vote, and the latest Ipsos poll puts no contender above 10 percent, with former Lima mayor Rafael Lopez Aliaga narrowly ahead.

Bus companies said the two-day stoppage had cost the sector about 20 million soles, and the Lima chamber of commerce urged the government to restore services quickly.
""",
     {'CRIME', 'ELECTIONS', 'PROTEST'}, {'ECONOMY'}),
    "en_dhaka": ('en', 'Bangladesh rations factory power as heatwave and gas shortage bite',
     """DHAKA, April 28 (Vigie) - Bangladesh ordered garment factories outside the capital to close for two afternoons a week from Monday as a heatwave pushed electricity demand to a record and a shortage of imported gas left a quarter of the country's power plants idle.

The state-run Power Development Board said demand peaked at 17,300 megawatts on Sunday, against available generation of about 14,500 megawatts, forcing rolling power cuts of up to ten hours a day in rural districts. Petrobangla, the state energy company, said it could buy only two spot cargoes of liquefied natural gas in April because of unpaid bills to suppliers, and that output from the Bibiyana gas field was falling.

Temperatures have topped 40 degrees Celsius in Jessore and Chuadanga for nine consecutive days, the longest hot spell since records began in 1948, the meteorological department said. Schools have been shut since last week. Scientists at the World Weather Attribution group said last year that such heatwaves in South Asia had become about 30 times more likely because of climate change, and Bangladesh, with most of its land less than ten metres above sea level, is among the countries most exposed to rising seas and stronger cyclones.

Factory owners said the closures would cut output at the worst moment. Garments account for more than 80 percent of the country's exports, and buyers in Europe and the United States are placing orders for the autumn season. "Every lost shift is a shipment that misses its vessel," said the president of the Bangladesh Garment Manufacturers and Exporters Association.

Economists say the energy squeeze adds to a dollar shortage that has weighed on growth since 2022. The central bank has kept its policy rate at 10 percent to fight inflation, which was 9.4 percent in March, and the International Monetary Fund has delayed the next tranche of a 4.7 billion dollar loan while it reviews the government's exchange rate and revenue plans.

The interim government of Muhammad Yunus has promised to clear 1.2 billion dollars in arrears to power producers, including India's Adani Power, by June.
""",
     {'ENERGY', 'CLIMATE', 'ECONOMY'}, {'TRADE'}),
    "fr_tunisie": ('fr', 'Tunisie: des centaines de migrants conduits vers les frontières, les ONG dénoncent des expulsions collectives',
     """TUNIS, 14 mars (Vigie) - Les autorités tunisiennes ont démantelé cette semaine plusieurs campements de migrants subsahariens dans les oliveraies d'El Amra et de Jebeniana, au nord de Sfax, et ont conduit des centaines de personnes vers les frontières algérienne et libyenne, selon des ONG et des témoignages recueillis par Vigie.

Selon le Forum tunisien pour les droits économiques et sociaux (FTDES), au moins 600 personnes, dont des femmes enceintes et des enfants, ont été embarquées dans des bus de la Garde nationale mardi et mercredi. Plusieurs d'entre elles disent avoir été abandonnées dans le désert sans eau ni nourriture. "Ils ont pris nos téléphones et nous ont laissés près de la frontière", a raconté par message vocal un Guinéen de 24 ans joint depuis la localité libyenne d'Al-Assah.

Human Rights Watch et Amnesty International ont dénoncé des expulsions collectives contraires au droit international et réclamé une enquête indépendante sur des cas de violences et de violences sexuelles signalés lors des interpellations. Le porte-parole de la Garde nationale, Houssemeddine Jebabli, a démenti tout mauvais traitement, affirmant que les opérations visaient des "campements illégaux" et que les personnes transférées avaient accepté un retour volontaire.

La région de Sfax est depuis 2023 le principal point de départ des embarcations vers l'île italienne de Lampedusa. Le nombre d'arrivées en Italie depuis la Tunisie a chuté de près de 80% en 2024, selon le ministère italien de l'Intérieur, après la signature d'un protocole d'accord entre Tunis et l'Union européenne prévoyant 105 millions d'euros pour la gestion des frontières et la lutte contre les passeurs. Plus de 7.000 migrants ont été rapatriés dans leur pays l'an dernier avec l'aide de l'Organisation internationale pour les migrations.

Le Parlement européen a demandé en janvier à la Commission de suspendre les versements tant que les garanties sur le respect des droits fondamentaux ne seraient pas respectées. Bruxelles assure que les fonds ne financent pas les transferts vers les frontières.

Le président Kaïs Saïed a de nouveau dénoncé jeudi "un complot visant à changer la composition démographique" du pays, des propos déjà condamnés par l'Union africaine en 2023.
""",
     {'HUMAN_RIGHTS', 'MIGRATION'}, {'HUMANITARIAN', 'DIPLOMACY'}),
    "fr_baltique": ('fr', "Baltique: la Finlande arraisonne un pétrolier de la flotte fantôme après la rupture d'un câble",
     """HELSINKI, 27 decembre (Vigie) - La garde-côtes finlandaise a arraisonné jeudi soir le petrolier Eagle S, soupçonné d'avoir endommagé avec son ancre le cable electrique Estlink 2 qui relie la Finlande à l'Estonie, ainsi que quatre cables de télécommunications au fond du golfe de Finlande, a annoncé la police finlandaise.

Le navire, battant pavillon des iles Cook, transportait 35.000 tonnes d'essence chargées dans le port russe d'Oust-Louga. Selon les douanes finlandaises, il fait partie de la flotte fantome utilisée par Moscou pour exporter son petrole malgré le plafonnement des prix imposé par le G7 et les sanctions européennes. "Les dommages sont compatibles avec une ancre trainée sur plusieurs dizaines de kilometres", a déclaré le chef de l'enquête, Robin Lardot, précisant que l'équipage etait entendu pour "sabotage aggravé".

La coupure de l'Estlink 2 prive la Finlande et l'Estonie d'environ 650 mégawatts de capacité d'échange, au moment ou la demande d'électricité atteint son pic hivernal. Le gestionnaire de reseau estonien Elering a assuré que l'approvisionnement n'était pas menacé mais que les prix de gros pourraient augmenter.

Les pays riverains de la Baltique ont demandé à l'OTAN de renforcer sa présence. Le secrétaire général de l'OTAN, Mark Rutte, a annoncé vendredi que l'Alliance allait deployer des frégates, des avions de patrouille maritime et des drones navals dans le cadre d'une nouvelle mission baptisée "Baltic Sentry", en coordination avec la Force expéditionnaire conjointe menée par le Royaume-Uni. "Toute attaque contre nos infrastructures critiques recevra une réponse ferme", a-t-il déclaré.

L'Union européenne prépare de son cote un nouveau paquet de sanctions visant une cinquantaine de navires de la flotte fantôme, et plusieurs Etats veulent pouvoir contrôler en mer les pétroliers sans assurance valable. Le Kremlin a rejeté toute implication, qualifiant les accusations de "russophobie".

Depuis novembre 2023, au moins onze cables et gazoducs ont été endommagés en mer Baltique, dont le gazoduc Balticconnector entre la Finlande et l'Estonie.
""",
     {'ENERGY', 'SECURITY_COOPERATION', 'SANCTIONS'}, {'CRIME', 'MILITARY'}),
}


@pytest.fixture(scope="module")
def nlp(nlp_fr, nlp_en):
    return {"fr": nlp_fr, "en": nlp_en}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_full_story_gets_its_themes_and_no_wrong_one(nlp, name):
    lang, title, text, required, acceptable = STORIES[name]
    found = {s.theme_code for s in score_themes(nlp[lang](text), lang, title=title)}
    assert required <= found, f"missing {sorted(required - found)}"
    assert found <= required | acceptable, f"wrong {sorted(found - required - acceptable)}"
