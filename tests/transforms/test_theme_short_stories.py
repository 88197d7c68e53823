"""Short wire stories (220-270 words, the length of most real feed items), written for
these tests and annotated by the eval/README.md rules: the main topic plus every thread
told in a paragraph of its own. French ones carry machine-translation glue
("cyberattaquecontre", "salué\"l'un", "Mirebalais,dans"). Each must get its themes and no theme outside the acceptable set."""
import pytest

from transforms.themes import score_themes

# name -> (lang, headline, body, required themes, also acceptable)
STORIES = {
    "fr_floods": ("fr", 'Nigeria : au moins 200 morts dans les inondations de Mokwa, des milliers de sans-abri',
     """ABUJA, 1er juin (Vigie) - Le bilan des inondations qui ont ravagé jeudi la ville marchande de Mokwa, dans l'Etat du Niger au centre du Nigeria, s'est alourdi à plus de 200 morts, ont annoncé dimanche les autorités locales, alors que les secouristes continuent de fouiller la boue à la recherche de plus de 500 disparus.

Des pluies torrentielles tombées pendant la nuit ont provoqué la rupture d'un barrage en amont, et une vague d'eau a emporté en quelques minutes des centaines de maisons le long de la rivière. "Nous avons tout perdu, la maison, les enfants de mon frère", a raconté un commerçant joint par téléphone.

Selon l'Agence nationale de gestion des urgences (NEMA), plus de 3 000 personnes ont été chassées de leurs foyers et sont hébergées dans des écoles et des bâtiments publics. Les agences humanitaires redoutent une épidémie de choléra, l'eau potable manquant dans les camps de fortune, et la Croix-Rouge a lancé un appel aux dons pour fournir de la nourriture et des tentes.

Les services météorologiques avaient averti en mai que la saison des pluies serait plus intense que la normale dans une vingtaine d'Etats. Des scientifiques estiment que le réchauffement climatique rend les épisodes de pluies extrêmes plus fréquents en Afrique de l'Ouest, où les inondations de 2024 avaient déjà fait plus de 1 200 morts et déplacé 1,2 million de personnes.

Le président Bola Tinubu a ordonné le déploiement de l'armée pour aider aux secours et promis une aide d'urgence aux sinistrés.
""",
     ['CLIMATE', 'HUMANITARIAN'], ['MIGRATION']),
    "fr_cyber": ("fr", 'Cyberattaque contre Collins Aerospace : les aéroports de Bruxelles, Berlin et Londres toujours perturbés',
     """BRUXELLES, 22 septembre (Vigie) - Les passagers de plusieurs grands aéroports européens subissaient lundi encore des retards et des annulations, trois jours après une cyberattaquecontre le prestataire américain Collins Aerospace, dont le logiciel d'enregistrement MUSE est utilisé par de nombreuses compagnies aériennes.

L'aéroport de Bruxelles a demandé aux compagnies d'annuler près de la moitié de leurs vols de lundi, l'enregistrement et l'embarquement devant être faits à la main. A Berlin-Brandebourg et à Heathrow, les files d'attente se sont allongées tout le week-end, selon les exploitants.

L'Agence de l'Union européenne pour la cybersécurité (ENISA) a confirmé mardi qu'il s'agissait d'un rançongiciel, sans identifier les auteurs. RTX, la maison mère de Collins Aerospace, a indiqué travailler à restaurer ses systèmes informatiques et n'avoir "aucune preuve" d'une fuite de données des passagers.

La police britannique a annoncé mercredi l'arrestation dans le West Sussex d'un homme d'une quarantaine d'années soupçonné d'être impliqué dans l'attaque, avant de le remettre en liberté sous caution. L'enquête se poursuit, a précisé la National Crime Agency.

Les spécialistes rappellent que les aéroports dépendent d'un petit nombre de fournisseurs de logiciels, ce qui les rend vulnérables. La Commission européenne a souligné que la directive NIS2 sur la sécurité des réseaux, que plusieurs Etats membres n'ont pas encore transposée, impose aux opérateurs d'infrastructures critiques de notifier les incidents en 24 heures.
""",
     ['CYBER'], ['CRIME', 'SUPPLY_CHAIN', 'TECHNOLOGY']),
    "fr_argentina": ("fr", 'Argentine : grève générale et manifestations massives contre la réforme du travail de Milei',
     """BUENOS AIRES, 10 avril (Vigie) - Des centaines de milliers d'Argentins ont défilé jeudi dans les rues de Buenos Aires et des grandes villes à l'appel de la CGT, la principale centrale syndicale, lors d'une grève générale de 24 heures contre la réforme du travail et les coupes budgétaires du président Javier Milei, la troisième depuis son arrivée au pouvoir.

Les transports en commun étaient quasiment à l'arrêt, les banques et de nombreux commerces fermés, et la plupart des vols annulés. Devant le Congrès, les manifestants brandissaient des pancartes "La patrie n'est pas à vendre" et scandaient des slogans contre le gouvernement. La police a fait usage de gaz lacrymogène pour disperser un groupe qui tentait de forcer un cordon, et une vingtaine de personnes ont été interpellées.

Le gouvernement a dénoncé une grève "politique" et affirmé qu'elle coûterait plus de 500 millions de dollars à l'économie. La réforme prévoit d'allonger la période d'essai, de faciliter les licenciements et de limiter le droit de grève dans les secteurs jugés essentiels.

Milei, qui a ramené l'inflation mensuelle sous les 3 %, défend une politique d'austérité qui a permis à l'Etat de dégager un excédent budgétaire pour la première fois depuis 2010, mais la pauvreté touche encore plus d'un tiers de la population et la consommation reste en berne. Le Fonds monétaire international, qui vient d'accorder un nouveau prêt de 20 milliards de dollars, a salué les réformes.
""",
     ['ECONOMY', 'PROTEST'], []),
    "en_drones": ("en", 'Denmark closes airports after drone sightings, calls it hybrid attack',
     """COPENHAGEN, Sept 25 (Vigie) - Denmark closed Aalborg airport for several hours overnight after drones were spotted over it, the second such incident in a week, and Prime Minister Mette Frederiksen said the country was facing a "hybrid attack" by a professional actor.

Police said the drones had flown with their lights on over the airport, which is also used by the military, and over several air bases in Jutland, including Skrydstrup, home to Denmark's F-16 and F-35 fighter jets. No drones were shot down and nobody has been arrested. Copenhagen airport was shut for four hours on Monday after similar sightings.

Defence Minister Troels Lund Poulsen said the armed forces would acquire new capabilities to detect and neutralise drones, and that Denmark would consider invoking NATO's Article 4, which allows allies to request consultations when their security is threatened. Frederiksen said she could not rule out Russian involvement; the Kremlin denied any role.

NATO said it was in close contact with Copenhagen and that its new Eastern Sentry mission, launched after Russian drones entered Polish airspace this month, would help allies protect their skies. Sweden and Germany offered to send counter-drone systems and radars, and the European Commission proposed a "drone wall" along the bloc's eastern border.

Denmark will host EU leaders next week for an informal summit in Copenhagen, where security is expected to dominate the agenda.
""",
     ['MILITARY', 'SECURITY_COOPERATION'], ['DIPLOMACY']),
    "en_marburg": ("en", 'Ethiopia confirms first Marburg virus outbreak, WHO sends experts',
     """ADDIS ABABA, Nov 15 (Vigie) - Ethiopia has confirmed an outbreak of Marburg virus disease in the southern town of Jinka, the first in the country's history, with nine cases including several deaths, the health ministry said on Saturday.

The World Health Organization said it was sending a team of experts and supplies to support the response, including isolation units, protective equipment and testing kits. "We are working closely with the Ethiopian authorities to contain the outbreak as quickly as possible," WHO Director-General Tedros Adhanom Ghebreyesus, himself Ethiopian, said on X.

Marburg is a highly infectious haemorrhagic fever from the same family as Ebola, with a fatality rate of up to 88 percent. It spreads through contact with the bodily fluids of infected people and there is no approved vaccine or treatment, although candidate vaccines have been used in trials in Rwanda.

Health officials have traced more than 200 contacts of the confirmed patients and set up screening points on roads leading out of Jinka, a market town near the border with South Sudan and Kenya. Neighbouring countries have stepped up checks at border crossings.

The outbreak comes as Ethiopia's health system is under strain after cuts in U.S. foreign aid, which funded a large part of the country's disease surveillance and HIV programmes. The Africa Centres for Disease Control and Prevention said it would release emergency funds and deploy epidemiologists.
""",
     ['HEALTH'], ['HUMANITARIAN']),
    "en_chile": ("en", "Chile's Kast wins presidency on promises of crime crackdown and mass deportations",
     """SANTIAGO, Dec 14 (Vigie) - Far-right candidate Jose Antonio Kast won Chile's presidential runoff on Sunday with about 58 percent of the vote, defeating communist Jeannette Jara after a campaign dominated by fears over crime and irregular immigration.

Jara conceded defeat shortly after the electoral service published results from more than 90 percent of polling stations. Turnout was high under Chile's compulsory voting rules, reinstated in 2022. Kast, who lost the 2021 runoff to outgoing President Gabriel Boric, will take office on March 11.

Kast has promised to build a ditch and fences along the northern border with Bolivia and Peru, to expel some 330,000 undocumented migrants, most of them Venezuelans, and to give the armed forces a role in fighting organised crime. Homicides have risen sharply over the past decade, and the Venezuelan gang Tren de Aragua has been linked to kidnappings, extortion and contract killings in Santiago.

"Chile will be free of crime, of anguish and of fear," Kast told supporters who filled the streets of the capital waving flags.

Investors welcomed the result: the peso rose and Santiago stocks hit a record high on Monday on expectations of lower taxes and lighter regulation for mining companies. Kast will however have to negotiate with a divided Congress, where his party lacks a majority.
""",
     ['CRIME', 'ELECTIONS', 'MIGRATION'], ['ECONOMY']),
    "fr_gaza": ("fr", "Gaza : l'aide humanitaire entre au compte-gouttes malgré le cessez-le-feu, selon l'ONU",
     """GENEVE, 4 novembre (Vigie) - L'aide humanitaire continue d'entrer au compte-gouttes dans la bande de Gaza près d'un mois apres l'entrée en vigueur du cessez-le-feu, a déploré mardi le Bureau de la coordination des affaires humanitaires des Nations unies (OCHA), qui réclame l'ouverture de tous les points de passage.

Selon l'OCHA, environ 150 camions par jour franchissent actuellement la frontière, loin des 600 prévus par l'accord. Les agences de l'ONU disent manquer de tentes, de couvertures et de médicaments avant l'hiver, alors que la plupart des 2,1 millions d'habitants vivent dans des abris de fortune. Le Programme alimentaire mondial a indiqué que la famine avait reculé dans le nord mais que la malnutrition restait "alarmante" chez les enfants.

La trêve reste fragile. L'armée israélienne a mené dimanche des frappes aériennes à Khan Younès après la mort d'un soldat, tuant au moins 30 Palestiniens selon la défense civile, et le Hamas a accusé Israel de violer l'accord. Israel reproche de son côté au mouvement islamiste de tarder à restituer les corps des otages décédés.

Au Caire, des médiateurs égyptiens, qataris et américains poursuivaient les négociations sur la deuxieme phase du plan, qui prévoit le désarmement du Hamas et le déploiement d'une force internationale de stabilisation. Washington a soumis un projet de résolution au Conseil de sécurité pour donner un mandat à cette force, a indiqué un diplomate.
""",
     ['ARMED_CONFLICT', 'DIPLOMACY', 'HUMANITARIAN'], []),
    "fr_sanctions": ("fr", "L'UE adopte son 19e paquet de sanctions contre la Russie, le GNL russe interdit dès 2027",
     """BRUXELLES, 23 octobre (Vigie) - Les Vingt-Sept ont adopté jeudi un 19e paquet de sanctions contre la Russie, qui interdit les importations de gaz naturel liquéfié (GNL) russe à partir de janvier 2027 et vise près de 120 navires supplémentaires de la flotte fantôme utilisée par Moscou pour contourner le plafonnement du prix du pétrole.

Le paquet, bloqué pendant plusieurs semaines par la Slovaquie, qui réclamait des garanties sur les prix de l'énergie, comprend aussi le gel des avoirs de plusieurs banques et raffineries en Chine et en Inde accusées d'aider l'effort de guerre russe, ainsi que des restrictions aux déplacements des diplomates russes dans l'espace Schengen.

Le GNL russe représentait encore environ 15 % des importations de gaz de l'UE l'an dernier, principalement vers la Belgique, la France et l'Espagne. Les importateurs devront résilier leurs contrats de long terme d'ici fin 2026, et la Commission assure que l'approvisionnement est garanti grâce aux livraisons croissantes des Etats-Unis et du Qatar. Les prix du gaz sur le marché TTF d'Amsterdam sont restés stables après l'annonce.

La cheffe de la diplomatie européenne Kaja Kallas a salué"l'un des paquets les plus sévères à ce jour". Moscou a dénoncé des mesures "illégales" et affirmé qu'elles se retourneraient contre les consommateurs européens.
""",
     ['ENERGY', 'SANCTIONS'], ['TRADE']),
    "fr_nexperia": ("fr", 'Nexperia : les constructeurs automobiles européens craignent des arrêts de production faute de puces',
     """BERLIN, 29 octobre (Vigie) - Les constructeurs automobiles européens ont averti mercredi que leurs usines pourraient s'arrêter d'ici quelques jours faute de semi-conducteurs, après que Pékin a interdit l'exportation des puces produites en Chine par Nexperia, un fabricant néerlandais contrôlé par le groupe chinois Wingtech.

L'association des constructeurs européens (ACEA) a indiqué que les stocks de composants de nombreux équipementiers ne couvraient plus que quelques jours. Volkswagen a dit examiner des mesures de chômage partiel sur son site de Wolfsburg, et Bosch a réduit la production de plusieurs lignes. Nexperia fournit des puces simples mais indispensables, utilisées dans les systèmes électroniques des voitures, et une grande partie de sa production est assemblée dans son usine de Dongguan.

La crise a commencé lorsque le gouvernement néerlandais a pris le contrôle de l'entreprise fin septembre en invoquant une loi sur la disponibilité des biens, craignant un transfert de technologies vers la Chine. Pékin a répliqué par des restrictions à l'exportation.

Le ministre néerlandais de l'Economie, Vincent Karremans, a dit être en contact avec ses homologues chinois pour trouver une solution, et la Commission européenne a appelé Pékin à lever rapidement ces mesures qui menacent les chaînes d'approvisionnement du secteur.
""",
     ['SUPPLY_CHAIN', 'TECHNOLOGY', 'TRADE'], []),
    "fr_cameroun": ("fr", "Cameroun : Paul Biya proclamé vainqueur, l'opposition dénonce des fraudes et appelle à manifester",
     """YAOUNDE, 27 octobre (Vigie) - Le Conseil constitutionnel du Cameroun a proclamé lundi la réélection de Paul Biya, 92 ans, pour un huitième mandat avec 53,7 % des voix, contre 35,2 % à l'ancien ministre Issa Tchiroma Bakary, qui revendique la victoire et dénonce des fraudes massives.

Selon les résultats officiels, le taux de participation à l'élection présidentielle du 12 octobre s'est élevé à 57,7 %. L'opposition affirme que ses propres décomptes, établis à partir des procès-verbaux des bureaux de vote, donnent M. Tchiroma largement en tête, et a demandé la publication des résultats bureau par bureau.

Dès l'annonce, des manifestants sont descendus dans la rue à Douala, à Garoua et dans plusieurs villes du nord, dressant des barricades et incendiant des pneus. Les forces de l'ordre ont tiré à balles réelles et à gaz lacrymogène; au moins quatre personnes ont été tuées, selon des sources hospitalières et l'opposition. Amnesty International a dénoncé des arrestations arbitraires de militants et des coupures d'internet, et réclamé une enquête indépendante.

M. Biya, au pouvoir depuis 1982, n'est apparu qu'une seule fois en campagne. L'Union africaine a appelé "toutes les parties à la retenue".
""",
     ['ELECTIONS', 'PROTEST'], ['HUMAN_RIGHTS']),
    "en_ukraine_power": ("en", 'Russian strikes knock out power across Ukraine as winter approaches',
     """KYIV, Oct 30 (Vigie) - Russia launched one of its largest attacks of the war on Ukraine's energy system overnight, firing more than 650 drones and 50 missiles at power plants and substations and plunging large parts of the country into darkness, Ukrainian officials said on Thursday.

Energy Minister Svitlana Hrynchuk said thermal and hydroelectric power stations had been hit in at least seven regions, and grid operator Ukrenergo imposed rolling blackouts of up to 16 hours a day in Kyiv, Kharkiv and Zaporizhzhia. State energy company Centrenergo said its generation had been reduced to zero.

The air force said it had shot down 600 drones and 30 missiles. At least seven people were killed, including a child, and dozens were wounded. President Volodymyr Zelenskiy urged Western allies to speed up deliveries of Patriot air defence systems and said Ukraine would keep striking Russian refineries in response.

Ukraine has lost more than half of its gas production capacity after strikes in October and will need to import around 4.5 billion cubic metres of gas this winter, officials estimate. The European Union and the European Bank for Reconstruction and Development have pledged loans to pay for the imports.

Humanitarian groups warned that millions of people could face winter without heating, water or electricity.
""",
     ['ARMED_CONFLICT', 'ENERGY'], ['HUMANITARIAN', 'MILITARY']),
    "en_uk_asylum": ("en", 'Britain to make refugee status temporary in sweeping asylum overhaul',
     """LONDON, Nov 17 (Vigie) - Britain will make refugee status temporary and subject to review every 30 months, and will make migrants wait 20 years before they can apply for permanent settlement, Home Secretary Shabana Mahmood said on Monday, announcing the biggest overhaul of the asylum system in decades.

The plans, modelled on Denmark's strict regime, are designed to reduce the number of people crossing the Channel in small boats, which reached more than 39,000 this year. The government will also scrap the legal duty to provide housing and financial support to some asylum seekers and will seek to deport families whose claims have been rejected.

Mahmood told parliament that illegal migration was "tearing our country apart" and said the changes would remove the incentives that draw migrants to Britain rather than to other European countries. The government also wants to narrow how courts interpret the right to family life under the European Convention on Human Rights, which it says has been used to block deportations.

Refugee charities and the United Nations refugee agency criticised the plans, saying they would leave people in limbo for years and would not deter those fleeing war and persecution. Some Labour lawmakers said they would oppose parts of the package.

The reforms come as the anti-immigration Reform UK party leads national opinion polls.
""",
     ['MIGRATION'], ['HUMAN_RIGHTS']),
    "fr_haiti": ("fr", "Haïti : les gangs de Viv Ansanm prennent le contrôle de Mirebalais, des milliers d'habitants en fuite",
     """PORT-AU-PRINCE, 1er avril (Vigie) - Des membres de la coalition de gangs Viv Ansanm ont pris le contrôle lundi de la ville de Mirebalais,dans le centre d'Haïti,après avoir attaqué le commissariat et libéré plus de 500 détenus de la prison civile,a indiqué la police nationale.

Selon l'Organisation internationale pour les migrations (OIM),plus de 5 000 personnes ont fui la ville en direction de Saut-d'Eau et de Lascahobas, portant à plus d'un million le nombre de déplacés internes dans le pays. Beaucoup dorment dans des écoles et des églises,sans eau ni nourriture.

La Police nationale d'Haïti,appuyée par la mission multinationale menée par le Kenya,dit mener des opérations pour reprendre la ville,mais ses effectifs restent largement insuffisants. Le Conseil présidentiel de transition a dénoncé une "attaque contre la nation" et appelé la communauté internationale à accélérer le déploiement de la nouvelle Force de répression des gangs autorisée par l'ONU.

Les gangs, accusés de meurtres,d'enlèvements et de violences sexuelles, contrôlent environ 90 % de la capitale. Le Bureau intégré des Nations unies en Haïti a recensé plus de 4 200 homicides depuis janvier.

Washington a désigné Viv Ansanm comme organisation terroriste étrangère en mai.
""",
     ['CRIME', 'MIGRATION'], ['ARMED_CONFLICT', 'HUMANITARIAN', 'SECURITY_COOPERATION', 'TERRORISM']),
    "fr_madagascar": ("fr", 'Madagascar : un colonel prend le pouvoir après des semaines de manifestations de la jeunesse',
     """ANTANANARIVO, 14 octobre (Vigie) - Le colonel Michael Randrianirina, chef d'une unité d'élite de l'armée malgache,a annoncé mardi que les militaires prenaient le pouvoir,quelques heures après la destitution du président Andry Rajoelina par l'Assemblée nationale,au terme de trois semaines de manifestations menées par la génération Z.

"Nous prenons le pouvoir", a déclaré l'officier devant le palais présidentiel,annonçant la suspension de plusieurs institutions et la mise en place d'un comité militaire chargé de diriger le pays pendant deux ans avant l'organisation d'élections.

Le mouvement de contestation,parti fin septembre de coupures d'eau et d'électricité à répétition dans la capitale, s'était transformé en une fronde contre la corruption et le chef de l'Etat. Au moins 22 personnes ont été tuées lors de la répression des manifestations selon l'ONU, qui a dénoncé un usage excessif de la force.

M. Rajoelina,qui a quitté le pays à bord d'un avion militaire français selon plusieurs médias,a dénoncé une "tentative de coup d'Etat". L'Union africaine a suspendu Madagascar de ses instances,et la France a appelé au "respect de l'ordre constitutionnel".
""",
     ['MILITARY', 'PROTEST'], ['HUMAN_RIGHTS']),
    "en_taiwan": ("en", 'China stages large-scale drills around Taiwan, simulates blockade of ports',
     """TAIPEI, Dec 29 (Vigie) - China's military launched large-scale drills around Taiwan on Monday, deploying warships, fighter jets and coast guard vessels to rehearse a blockade of the island's main ports, in what Beijing called a "stern warning" to separatist forces.

The Eastern Theater Command said the exercise, code-named "Justice Mission 2025", involved live-fire drills in five zones around the island and tested the ability to seize control of key areas. Taiwan's defence ministry said it had detected 89 Chinese military aircraft and 28 navy and coast guard ships on Monday, and had put its forces on alert.

Beijing considers Taiwan its own territory and has never ruled out the use of force to bring it under its control. Taiwan's President Lai Ching-te rejects Beijing's sovereignty claims and says only the island's people can decide their future.

The drills came days after Washington approved an $11 billion arms package for Taiwan, the largest ever, including HIMARS rocket launchers and anti-tank missiles. China's foreign ministry said the sale seriously violated its sovereignty.

Japan's Prime Minister Sanae Takaichi, whose remarks on a possible Japanese response to an attack on Taiwan angered Beijing last month, said Tokyo was following the situation closely.
""",
     ['MILITARY', 'TERRITORIAL_DISPUTE'], ['DEFENSE_INDUSTRY', 'DIPLOMACY', 'SECURITY_COOPERATION']),
    "en_boats": ("en", 'U.S. strike on suspected drug boat in Pacific kills four, military says',
     """WASHINGTON, Oct 22 (Vigie) - The U.S. military struck a vessel it said was carrying drugs in the eastern Pacific on Tuesday, killing four people, Defense Secretary Pete Hegseth said, extending a campaign against alleged narco-traffickers that has killed more than 30 people since September.

Hegseth said in a post on X that the boat was operated by a "designated terrorist organization" and was smuggling narcotics along a known trafficking route, but did not name the group or provide evidence. It was the first such strike in the Pacific; the previous eight targeted boats in the Caribbean, mostly off Venezuela.

The administration says the United States is in a "non-international armed conflict" with drug cartels, which it has designated as terrorist organizations. Legal experts and Democratic lawmakers say the strikes amount to extrajudicial killings and have demanded that the Pentagon release its legal justification.

Colombia's President Gustavo Petro said one of the victims of an earlier strike was a Colombian fisherman, and recalled his ambassador to Washington. Venezuela has mobilised troops along its coast, accusing Washington of preparing an invasion.

The U.S. has deployed eight warships, a submarine and F-35 jets to the region.
""",
     ['CRIME', 'MILITARY'], ['ARMED_CONFLICT', 'HUMAN_RIGHTS', 'TERRORISM']),
    "en_indiapak": ("en", 'India and Pakistan agree ceasefire after four days of missile and drone strikes',
     """NEW DELHI, May 10 (Vigie) - India and Pakistan agreed on Saturday to a full and immediate ceasefire after four days of the worst fighting between the nuclear-armed neighbours in decades, following talks brokered by the United States, officials from both sides said.

The two armies had exchanged missile, drone and artillery fire since Wednesday, when India struck what it called terrorist infrastructure in Pakistan and Pakistani Kashmir in response to the killing of 26 tourists in Pahalgam last month. Pakistan said at least 40 civilians had been killed; India reported 15 civilian deaths from shelling along the Line of Control.

Pakistan's military said it had shot down five Indian jets, a claim India did not confirm. Both sides accused each other of targeting air bases overnight before the truce was announced.

U.S. Secretary of State Marco Rubio said he and Vice President JD Vance had spoken with the prime ministers and army chiefs of both countries over the previous 48 hours. The foreign ministries in New Delhi and Islamabad said military commanders would speak again on Monday.

India has held the Indus Waters Treaty in abeyance since the Pahalgam attack, and Pakistan has closed its airspace to Indian airlines.
""",
     ['ARMED_CONFLICT', 'DIPLOMACY', 'MILITARY'], ['NUCLEAR', 'TERRITORIAL_DISPUTE', 'TERRORISM']),
    "en_syria": ("en", 'EU lifts economic sanctions on Syria to help reconstruction',
     """BRUSSELS, May 20 (Vigie) - European Union foreign ministers agreed on Tuesday to lift the bloc's remaining economic sanctions on Syria, a week after U.S. President Donald Trump announced a similar move, in a bid to help the country rebuild after 14 years of civil war.

The decision ends restrictions on Syrian banks, oil imports and investment, but keeps sanctions on individuals linked to the ousted government of Bashar al-Assad, as well as an arms embargo and measures related to chemical weapons. EU foreign policy chief Kaja Kallas said the bloc wanted "to help the Syrian people rebuild a new, inclusive and peaceful Syria".

The World Bank estimates reconstruction will cost more than $250 billion. Syria's economy shrank by more than half during the war, and about 90 percent of the population lives in poverty, according to the United Nations.

Interim President Ahmed al-Sharaa has pressed Western governments to ease the sanctions, saying they block investment and the return of millions of refugees. More than 500,000 Syrians have returned from abroad since December, the U.N. refugee agency says.

Rights groups urged the EU to tie the easing to accountability for the killing of hundreds of Alawite civilians in coastal areas in March.
""",
     ['ECONOMY', 'SANCTIONS'], ['HUMAN_RIGHTS', 'MIGRATION']),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_short_story_gets_its_themes_and_no_wrong_one(models, name):
    lang, title, text, required, acceptable = STORIES[name]
    found = {s.theme_code for s in score_themes(models[lang](text), lang, title=title)}
    assert set(required) <= found, f"missing {sorted(set(required) - found)}"
    assert found <= set(required) | set(acceptable), f"wrong {sorted(found - set(required) - set(acceptable))}"
