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
    "en_chips": ('en', 'US widens AI chip curbs on China, Beijing vows response',
     """WASHINGTON, Jan 16 (Vigie) - The United States on Thursday widened its curbs on sales of advanced artificial intelligence chips to China, adding 25 Chinese companies to its entity list and capping the computing power that Nvidia and AMD may ship to most other countries without a licence, in the last major move of the outgoing administration against Beijing's tech ambitions.

The Commerce Department said the new rules would stop Chinese firms from obtaining restricted processors through subsidiaries in Singapore and Malaysia, where data centre construction has boomed over the past two years. Companies will need licences to sell more than 50,000 high-end graphics processors a year to buyers outside a group of 18 allies, including Japan, Taiwan and most of the European Union.

"These controls protect our national security, not our market share," Commerce Secretary Gina Raimondo told reporters. Nvidia said in a statement that the rule would "hand the global market to competitors" and would not make America safer. Its shares fell 3 percent in New York.

China's commerce ministry called the measures "a typical act of economic coercion" and said it would take "necessary measures" to defend its companies. Beijing has already banned exports of gallium, germanium and antimony to the United States since December, and has tightened checks on graphite shipments. China produces about 98 percent of the world's raw gallium, which is used in radar systems and fast-charging electronics, and prices in Rotterdam have almost doubled since the ban, traders said. European chipmakers say they have enough gallium for a few months and are looking for alternative suppliers in Japan and Canada.

Trade between the world's two largest economies has become a tit-for-tat exchange of restrictions. Washington raised tariffs on Chinese electric vehicles to 100 percent last year and is reviewing duties on older-generation chips, while Beijing has opened an anti-dumping investigation into U.S. analogue chips from Texas Instruments. The U.S. trade deficit with China narrowed to 270 billion dollars in 2024.

The Dutch government, under pressure from Washington, said on Wednesday it would also require licences for exports of some ASML immersion lithography machines that are used to make advanced semiconductors. ASML, the only maker of extreme ultraviolet machines, already needs a licence to ship them anywhere.

Analysts say Chinese firms have found ways around earlier controls. Huawei's Ascend processors, made by SMIC on an older process, power several Chinese language models, and DeepSeek said last week its latest model was trained on a cluster of Nvidia H800 chips bought before the 2023 restrictions. "The controls slow China down, they do not stop it," said a researcher at the Center for Strategic and International Studies.

President-elect Donald Trump, who takes office on Monday, has not said whether he will keep the rule, which gives companies 120 days to comply.
""",
     {'TRADE', 'TECHNOLOGY'}, {'DIPLOMACY', 'SANCTIONS', 'SUPPLY_CHAIN'}),
    "en_heglig": ('en', 'South Sudan oil exports halt after drone strikes on Heglig',
     """JUBA, Dec 3 (Vigie) - South Sudan's oil exports through Sudan came to a halt on Wednesday after drone strikes set fire to the central processing facility at Heglig, the latest blow to an economy that relies on crude for nine-tenths of its revenue.

The Rapid Support Forces paramilitary, which has been fighting Sudan's army since April 2023, said it had targeted the facility because army aircraft used a nearby airstrip. The army accused the RSF of attacking "the livelihood of two peoples". Engineers from China National Petroleum Corporation, which operates the field, were evacuated to Port Sudan, a company official said.

South Sudan had only resumed pumping through the 1,600 km pipeline to Port Sudan in January, after an 11-month shutdown caused by a rupture in a war zone. The country was producing about 150,000 barrels per day before the strikes, according to the petroleum ministry, and loses about 4 million dollars in oil revenue for each day without exports.

The shutdown deepens a financial crisis in Juba. Civil servants and soldiers have not been paid for seven months, the South Sudanese pound has lost half of its value against the dollar since June, and annual inflation reached 120 percent in October, according to the central bank. The International Monetary Fund said in its latest review that public debt stood at 57 percent of gross domestic product and that the government had borrowed heavily against future oil cargoes.

"Teachers are selling their furniture to buy food," said a headmaster in Wau, who asked not to be named. Prices of maize and sorghum in Juba markets have doubled since the start of the year, the World Food Programme said, and 7.7 million people, more than half of the population, face acute food insecurity.

Fighting in neighbouring Sudan has spread to the border region of West Kordofan in recent weeks. The RSF seized the town of Babanusa last month and its fighters have clashed with army units around El Obeid, while the army has carried out air strikes on RSF supply lines. The United Nations says the war has killed tens of thousands and uprooted 12 million people.

President Salva Kiir spoke by telephone with army chief Abdel Fattah al-Burhan and RSF leader Mohamed Hamdan Dagalo on Wednesday and proposed that South Sudanese troops protect the oil installations, his office said. Juba has tried to stay neutral in the war, which has cut its main export route.
""",
     {'ARMED_CONFLICT', 'ECONOMY', 'ENERGY'}, {'DIPLOMACY', 'HUMANITARIAN'}),
    "fr_georgie": ('fr', "Géorgie: des milliers de manifestants tentent de prendre le palais présidentiel le jour d'élections boycottées",
     """TBILISSI, 5 octobre (Vigie) - Des dizaines de milliers de manifestants ont tenté samedi soir de prendre d'assaut le palais presidentiel à Tbilissi, au jour des élections municipales boycottées par la principale opposition, et la police a riposté avec des canons à eau et du gaz lacrymogène, a constaté un journaliste de Vigie.

Le ministère de l'Intérieur a fait état de 21 policiers blessés et de cinq interpellations pour "tentative de renversement de l'ordre constitutionnel", un crime passible de neuf ans de prison. Le Premier ministre Irakli Kobakhidze a accusé les organisateurs, dont le chanteur d'opéra Paata Burtchouladze, d'avoir preparé un "coup d'Etat" avec le soutien de "services étrangers", promettant que "tous seront punis".

Le parti au pouvoir Rêve géorgien a revendiqué la victoire dans l'ensemble des 64 municipalités, dont la mairie de Tbilissi, avec plus de 80% des voix selon la commission électorale centrale. La participation n'a pas dépassé 41%, la plus basse depuis l'indépendance. La plupart des partis d'opposition, qui contestent le résultat des législatives d'octobre 2024 et refusent de siéger au Parlement, avaient appelé à ne pas voter. Les observateurs de l'OSCE n'ont pas été invités.

Le mouvement de contestation, qui dure depuis prés d'un an, avait été déclenché par la décision du gouvernement de geler les négociations d'adhésion à l'Union européenne. Depuis, les autorités ont adopté une loi sur les "agents de l'étranger" calquée sur la législation russe, augmenté les amendes pour blocage des routes et poursuivi plus de 60 manifestants, dont plusieurs ont été condamnés à des peines allant jusqu'a quatre ans et demi de prison.

Amnesty International a dénoncé des "arrestations arbitraires" et des mauvais traitements en garde à vue, et la défenseure des droits géorgienne a recensé plus de 300 cas de violences policières depuis novembre. La journaliste Mzia Amaglobeli, arrêtée lors d'une manifestation à Batoumi, purge une peine de deux ans, une condamnation que l'ONG Reporters sans frontières qualifie de "politique".

La présidente sortante Salomé Zourabichvili, qui ne reconnait pas la légitimité du gouvernement, a appelé les Géorgiens à "rester dans la rue pacifiquement". Bruxelles a suspendu en janvier l'exemption de visas pour les titulaires de passeports diplomatiques géorgiens et plusieurs Etats membres ont imposé des interdictions d'entrée à des responsables du Rêve géorgien.
""",
     {'ELECTIONS', 'HUMAN_RIGHTS', 'PROTEST'}, {'SANCTIONS', 'DIPLOMACY', 'CRIME'}),
    "fr_maroc": ('fr', "Maroc: trois morts dans les manifestations de la GenZ 212 pour la santé et l'éducation",
     """RABAT, 2 octobre (Vigie) - Trois personnes ont été tuées par balle mercredi soir à Lqliâa, près d'Agadir, lorsque les gendarmes ont ouvert le feu sur des manifestants qui tentaient selon les autorites de prendre d'assaut une brigade, au cinquième jour d'une mobilisation de jeunes Marocains qui reclament de meilleurs hopitaux et de meilleures écoles.

Le mouvement, baptisé "GenZ 212" et organisé sur la plateforme Discord, a rassemblé des milliers de jeunes dans une dizaine de villes, dont Rabat, Casablanca, Marrakech et Oujda. Si les premiers rassemblements étaient pacifiques, des voitures ont été incendiées et des commerces pillés mardi et mercredi à Inzegane et Aït Amira. Le ministère de l'Intérieur a fait état de 409 interpellations et de 263 membres des forces de l'ordre blessés.

La colère est partie de la mort de huit femmes en quelques semaines à l'hopital Hassan II d'Agadir apres des accouchements par cesarienne. Le ministre de la Santé, Amine Tahraoui, a suspendu la direction de l'établissement et ordonné une inspection. Le Maroc compte environ 7,7 médecins pour 10.000 habitants, loin du seuil de 23 recommandé par l'Organisation mondiale de la santé, et de nombreux patients des régions rurales doivent parcourir des centaines de kilometres pour consulter un specialiste. Les syndicats de médecins dénoncent des services d'urgence saturés et des pénuries de médicaments dans les hopitaux publics.

"On construit des stades en six mois mais il faut attendre un an pour une IRM", scandaient les manifestants à Rabat, en référence aux quelque 5 milliards de dollars investis dans les infrastructures de la Coupe d'Afrique des nations, prévue en décembre, et de la Coupe du monde 2030 que le royaume coorganise avec l'Espagne et le Portugal.

Le chef du gouvernement Aziz Akhannouch s'est dit "ouvert au dialogue" et a promis d'accélérer la construction de deux centres hospitaliers universitaires à Agadir et Laâyoune. L'Association marocaine des droits humains a de son coté demandé la libération des jeunes détenus et une enquête sur l'usage de la force par les gendarmes.

Le taux de chômage des 15-24 ans atteint 36% selon le Haut-Commissariat au plan, et pres d'un jeune sur quatre n'est ni en emploi ni en formation.
""",
     {'HEALTH', 'PROTEST'}, {'HUMAN_RIGHTS', 'ECONOMY'}),
    "fr_haiti": ('fr', 'Haïti: les gangs prennent Mirebalais, des milliers de déplacés',
     """PORT-AU-PRINCE, 3 avril (Vigie) - Des centaines de membres de la coalition de gangs Viv Ansanm ont pris le contrôle lundi de la ville de Mirebalais, dans le centre d'Haïti, apres avoir attaqué le commissariat et la prison civile, d'où plus de 500 détenus se sont evadés, ont indiqué la police nationaleet des habitants joints par téléphone.

Les assaillants ont incendié des maisons et l'hopital universitaire de Mirebalais, l'un des rares établissements du pays encore capable de pratiquer des opérations chirurgicales, a été évacué. Au moins 25 personnes ont été tuées, dont deux religieuses, selon un bilan provisoire des autorités locales. Le chef de gang Jimmy Chérizier, dit "Barbecue", a revendiqué l'attaque dans une vidéo publiée sur les réseaux sociaux.

Selon l'Organisation internationale pour les migrations (OIM), plus de 6.000 personnes ont fui Mirebalais et les villages voisins en deux jours, rejoignant pour beaucoup des sites de déplacés déjà surpeuplés à Hinche et à Port-au-Prince. Le nombre de déplacés internes en Haïti a dépassé 1,3 million, un record. "Les gens arrivent sans rien, beaucoup d'enfants ont perdu leurs parentsdans la fuite", a déclaré une responsable de l'UNICEF.

La situation humanitaire est catastrophique: prés de 5,7 millions d'Haïtiens, soit la moitié de la population, sont en situation d'insécurité alimentaire aigüe selon le Programme alimentaire mondial, et l'aéroport international de Port-au-Prince reste fermé aux vols commerciaux depuis novembre, apres que des balles ont touché trois avions. Les organisations humanitaires peinent à acheminer l'aide dans les zones controlées par les gangs, qui ranconnent les camions sur les routes nationales.

Les gangs controlent désormais environ 90% de la capitale, selon l'ONU. Ils financent leurs activités par les enlèvements contre rançon, l'extorsion et le trafic d'armes, dont la plupart arrivent par bateau depuis la Floride. Un rapport du Bureau des Nations unies contre la drogue et le crime (ONUDC) a documenté en 2024 la saisie de centaines de fusils d'assaut et de munitions destinés aux gangs, et les Etats-Unis ont inculpé plusieurs trafiquants d'armes à Miami.

La Mission multinationale d'appui à la sécurité (MMAS), dirigée par le Kenya et déployée depuis juin 2024, ne compte qu'environ 1.000 policiers sur les 2.500 prévus, faute de financement. Le Conseil de sécurité de l'ONU doit examiner ce mois-ci une proposition des Etats-Unis et du Panama de transformer la mission en une "force de répression des gangs" de 5.500 membres, dotée d'un bureau d'appui financé par les contributions obligatoires des Etats membres. "La police haïtienne et nos partenaires kényans font ce qu'ils peuvent, mais ils sont débordés", a reconnu le Premier ministre Alix Didier Fils-Aimé.

Le Conseil présidentiel de transition, dont le mandat expire le 7 février 2026, a promis d'organiser des élections avant cette date, un calendrier que la plupart des observateurs jugent irréaliste dans les conditions actuelles.
""",
     # DIPLOMACY acceptable: the Security Council weighing a U.S.-Panama proposal is one of
     # the guideline's diplomatic acts (eval/README.md), told in one sentence.
     {'MIGRATION', 'SECURITY_COOPERATION', 'HUMANITARIAN', 'CRIME'}, {'HEALTH', 'ARMED_CONFLICT', 'ELECTIONS', 'DIPLOMACY'}),
    "en_kashmir": ('en', 'India suspends Indus treaty, expels Pakistani advisers after Kashmir attack',
     """NEW DELHI, April 24 (Vigie) - India suspended a 65-year-old water-sharing treaty with Pakistan, closed the main land border crossing and expelled Pakistani military advisers on Wednesday, a day after gunmen killed 26 tourists in Indian Kashmir in the deadliest attack on civilians in the region in two decades.

The attackers opened fire on visitors in a meadow near the resort town of Pahalgam on Tuesday afternoon, singling out men and asking some of them their religion, survivors said. The Resistance Front, which Indian officials describe as a front for the Pakistan-based militant group Lashkar-e-Taiba, claimed responsibility in a social media post that it later withdrew. Police released sketches of three suspects, two of them Pakistani nationals, and offered a reward of 2 million rupees for information.

"We will identify, track and punish every terrorist and their backers," Prime Minister Narendra Modi told a rally in Bihar. Foreign Secretary Vikram Misri said India would hold the Indus Waters Treaty "in abeyance" until Pakistan "credibly and irrevocably abjures its support for cross-border terrorism", and that the strength of the two countries' high commissions would be cut to 30 staff from 55. Pakistani nationals in India were given 48 hours to leave.

Pakistan denied any involvement and called the suspension of the treaty, brokered by the World Bank in 1960, "an act of war" if India tried to stop or divert the flow of the Indus, Jhelum and Chenab rivers, on which about 80 percent of Pakistan's farmland depends. Islamabad closed its airspace to Indian airlines, suspended trade with India, including through third countries, and said it could hold in abeyance all bilateral agreements, including the 1972 Simla Agreement that set the Line of Control dividing Kashmir.

Troops on both sides exchanged small-arms fire across the Line of Control on Thursday night, the Indian army said, the first such incident in the area since a 2021 ceasefire. Pakistan's defence minister Khawaja Asif said his country's forces were on high alert and that an Indian military incursion was "imminent".

Both nuclear-armed neighbours claim Kashmir in full and rule it in part. India revoked the semi-autonomous status of its part of the Himalayan region in 2019 and split it into two federal territories, a move Pakistan calls illegal. More than 40,000 people have been killed since an armed insurgency against Indian rule began in 1989.

U.N. Secretary-General Antonio Guterres urged both governments to exercise "maximum restraint", and U.S. Secretary of State Marco Rubio spoke by telephone with Indian External Affairs Minister Subrahmanyam Jaishankar and Pakistani Prime Minister Shehbaz Sharif. Iran and Saudi Arabia offered to mediate.

Tourism, which brought more than 23 million visitors to Indian Kashmir last year and was held up by New Delhi as proof of normality in the region, came to a standstill, with hotels in Srinagar reporting mass cancellations.
""",
     {'TERRORISM', 'DIPLOMACY', 'TERRITORIAL_DISPUTE'}, {'TRADE', 'ARMED_CONFLICT', 'MILITARY'}),
    "en_aiact": ('en', 'EU AI rules take effect despite US pressure',
     """BRUSSELS, Aug 2 (Vigie) - The European Union's rules for general-purpose artificial intelligence models took effect on Saturday, requiring OpenAI, Google, Meta and other developers to publish summaries of the data used to train their systems and to show they respect copyright, despite a last-minute campaign by U.S. tech companies and the Trump administration to delay them.

Under the AI Act, the world's first comprehensive law on artificial intelligence, providers of the most powerful models must also assess and reduce "systemic risks", report serious incidents to the European AI Office and ensure adequate cybersecurity. Fines can reach 3 percent of global turnover once enforcement powers kick in next year. Most large developers have signed a voluntary code of practice drafted by independent experts; Meta refused, saying the code brought "legal uncertainty" and went beyond the law.

"Europe must not sleepwalk into regulating its own industry out of the race," said the chief executive of Mistral AI, the French start-up, which nevertheless signed the code. A group of 46 European company heads, including those of Airbus, ASML and Siemens, had asked the Commission in July to "stop the clock" for two years.

The rules have become a point of friction with Washington. Vice President JD Vance told a summit in Paris in February that "excessive regulation" of AI could kill a transformative industry, and U.S. officials have listed the AI Act, the Digital Services Act and the Digital Markets Act among the "non-tariff barriers" they want the EU to remove in trade negotiations. President Donald Trump has threatened to impose tariffs on countries that tax or regulate U.S. technology firms, and the EU-U.S. trade framework agreed in July left digital rules out of its text at Brussels' insistence.

Brussels is also pressing platforms to act against disinformation before several national elections. The Commission opened formal proceedings against TikTok in December over suspected failures to limit coordinated inauthentic behaviour during Romania's annulled presidential election, and is still investigating X over its handling of illegal content and the use of "blue checks" that it says deceive users. A preliminary finding against X could lead to a fine of up to 6 percent of its turnover.

Digital rights groups say the AI rules were weakened during negotiations. Biometric surveillance in public spaces remains allowed for police in cases such as searches for missing children and suspects of serious crimes, and the obligations for high-risk systems used in hiring, credit scoring and border control will not apply before August 2026.

The Commission said on Friday that it would publish guidance this autumn on how the rules apply to models released before August 2025, which have until 2027 to comply.
""",
     {'TECHNOLOGY', 'TRADE', 'DISINFORMATION'}, {'HUMAN_RIGHTS', 'CYBER', 'ELECTIONS'}),
    "en_blackout": ('en', 'Spain rules out cyberattack in Iberian blackout, searches for cause',
     """MADRID, April 29 (Vigie) - Spain's grid operator said on Tuesday it had ruled out a cyberattack as the cause of the blackout that cut power to almost all of Spain and Portugal for up to 18 hours, but could not yet say why 15 gigawatts of generation vanished from the system in five seconds.

Red Electrica said two disconnections of solar plants in the southwest had been followed by a fall in frequency that tripped the interconnection with France and then a cascade of shutdowns across the Iberian peninsula. By Tuesday morning 99.9 percent of demand had been restored, after gas-fired plants and hydroelectric dams in the north were used to rebuild the network step by step.

The outage stopped trains and metros, left thousands of people stranded in lifts and tunnels, shut down traffic lights and cash machines, and forced hospitals to switch to diesel generators. Seven deaths were linked to the blackout, including three members of a family in Galicia poisoned by fumes from a generator, police said.

Prime Minister Pedro Sanchez said there was no evidence of sabotage, and the National Cybersecurity Institute had found no sign of intrusion in the operator's control systems. "We will get to the bottom of this, and those responsible for any failure will answer for it," he told parliament. The High Court opened a preliminary investigation into whether the event could be a computer attack on critical infrastructure, a step judges described as routine.

The blackout revived a debate over the pace of Spain's energy transition. Solar and wind provided nearly 70 percent of electricity at the moment of the collapse, and some engineers say a grid dominated by renewables has less inertia to absorb sudden shocks than one built around the spinning turbines of gas, coal and nuclear plants. The conservative opposition called on the government to reverse its plan to close the country's seven nuclear reactors between 2027 and 2035. Sanchez rejected the argument, saying the network had been operating safely with high shares of renewable energy for years.

Spain and Portugal are also poorly connected to the rest of Europe: their interconnection capacity with France is about 3 percent of installed generation, far below the EU target of 15 percent. The European Commission said it would speed up work on a new undersea cable across the Bay of Biscay, due in 2028.

Business groups estimated the cost of the blackout at up to 1.6 billion euros, or about 0.1 percent of annual economic output.
""",
     {'ENERGY'}, {'CLIMATE', 'ECONOMY', 'CYBER'}),
    "fr_drone": ('fr', "Drone abattu: l'Algérie ferme son espace aérien au Mali, crise avec l'AES",
     """ALGER, 7 avril (Vigie) - L'Algérie a fermé lundi son espace aérien aux avions en provenance et à destination du Mali, en réponse à la décision de Bamako et de ses alliés de l'Alliance des Etats du Sahel (AES) de rappeler leurs ambassadeurs à Alger, dernière étape d'une crise provoquée par la destruction d'un drone militaire malien près de la frontiere.

Le ministère algérien de la Défense a affirmé que l'appareil, un drone turc Akinci, avait pénétré de deux kilometres dans l'espace aérien algérien dans la nuit du 31 mars au 1er avril près de Tinzaouatène, et qu'il avait été abattu après avoir adopté une "trajectoire offensive". Bamako assure au contraire que le drone s'est écrasé en territoire malien, à 9,5 kilomètres de la frontière, où il menait une mission de surveillance contre des "groupes terroristes", et accuse l'Algérie de "soutenir le terrorisme international".

Dans un communiqué commun, les gouvernements du Mali, du Burkina Faso et du Niger ont qualifié la destruction du drone d'"acte d'agression" visant toute la confédération et annoncé le rappel de leurs ambassadeurs pour consultations. Alger a répondu en rappelant ses propres ambassadeurs au Mali et au Niger et en reportant la prise de fonctions de son nouvel ambassadeur au Burkina, dénonçant des "allégations dénuées de fondement". Le Mali a en outre annoncé son retrait du comité d'état-major opérationnel conjoint, un mécanisme de coordination militaire créé en 2010 avec l'Algérie, la Mauritanie et le Niger.

La région de Tinzaouatène est le théâtre de combats répétés entre l'armée malienne, appuyée par les paramilitaires russes de l'Africa Corps, et les rebelles séparatistes touareg du Front de libération de l'Azawad (FLA). En juillet 2024, des dizaines de soldats maliens et de mercenaires de Wagner y avaient été tués dans une embuscade. Les frappes de drones de l'armée malienne ont fait plusieurs victimes civiles ces derniers mois, selon des ONG.

Les relations entre Alger et Bamako se sont dégradées depuis que la junte malienne a dénoncé en janvier 2024 l'accord de paix d'Alger de 2015, qui faisait de l'Algérie le principal médiateur dans le conflit du nord du Mali. L'Algérie, qui partage prés de 1.400 km de frontière avec le Mali, craint un afflux de réfugiés et un renforcement des groupes jihadistes dans la zone.

Le ministre algérien des Affaires étrangères, Ahmed Attaf, a appelé les pays de l'AES à "privilégier le dialogue".
""",
     {'MILITARY', 'DIPLOMACY'}, {'SECURITY_COOPERATION', 'TERRITORIAL_DISPUTE', 'TERRORISM', 'ARMED_CONFLICT'}),
    "en_telecom": ('en', 'Chinese hackers still inside US telecom networks, officials say',
     """WASHINGTON, Dec 4 (Vigie) - Chinese state-backed hackers who broke into at least eight U.S. telecommunications companies are still inside some networks and may have accessed the phone calls and text messages of senior political figures, U.S. officials said on Wednesday, urging Americans to use encrypted messaging apps.

The group, known as Salt Typhoon, exploited unpatched routers and switches to reach the systems that carriers use to handle court-authorised wiretap requests, the Federal Bureau of Investigation and the Cybersecurity and Infrastructure Security Agency said at a briefing. AT&T, Verizon and Lumen Technologies have confirmed intrusions. Officials said the hackers had stolen call records of a large number of customers, most of them in the Washington area, and recorded some calls of people involved in government or politics, including aides to both presidential campaigns.

"We cannot say with certainty that the adversary has been evicted," a senior CISA official told reporters. The agencies published guidance for network defenders on hardening equipment, logging and segmenting management traffic, and a senior FBI official said the investigation was "ongoing and extensive".

China's embassy in Washington rejected the accusations as "disinformation" and said the United States was itself "the biggest hacker empire in the world". Beijing has repeatedly denied sponsoring cyber espionage.

The breach has revived calls in Congress to replace Chinese-made network equipment in rural networks, a programme that is 3 billion dollars short of the money needed. Federal Communications Commission chair Jessica Rosenworcel said she would propose rules requiring carriers to certify each year that they have a cybersecurity risk management plan. Senators from both parties have asked the Commerce Department to consider banning the sale of routers made by TP-Link, a Chinese company whose devices were used in other hacking campaigns.

Salt Typhoon is one of several groups that U.S. agencies link to China's Ministry of State Security. Another, Volt Typhoon, was found last year to have planted malware in the computer systems of water utilities, ports and pipelines, which officials said could be used to disrupt critical infrastructure in a conflict over Taiwan. The Justice Department in March charged seven Chinese nationals over a separate 14-year hacking campaign against U.S. and foreign critics of Beijing, businesses and politicians.

Telecoms analysts say replacing compromised equipment could take years, and that carriers have little incentive to disclose the full extent of intrusions.
""",
     {'CYBER'}, {'TECHNOLOGY', 'CRIME', 'DISINFORMATION'}),
    "fr_iran": ('fr', 'Nucléaire: premiers échanges entre Washington et Téhéran à Mascate',
     """MASCATE, 12 avril (Vigie) - L'émissaire américain Steve Witkoff et le ministre iranien des Affaires étrangeres Abbas Araghchi ont eu samedi à Mascate leurs premiers échanges sur le programme nucléaire iranien depuis le retour de Donald Trump à la Maison Blanche, des discussions qualifiées de "constructives" par les deux parties, qui se retrouveront la semaine prochaine.

Les pourparlers, menés pour l'essentiel de maniere indirecte par l'intermédiaire du ministre omanais des Affaires étrangères, Badr Albusaidi, ont duré plus de deux heures et demie. Les deux hommes se sont brièvement parlé en personne à la fin de la rencontre, selon Téhéran. "Nous sommes très proches d'une base pour des négociations", a déclaré M. Araghchi à la télévision d'Etat.

Washington exige que l'Iran renonce à toute capacité de fabriquer une arme nucléaire. Selon l'Agence internationale de l'énergie atomique (AIEA), Téhéran dispose de quelque 275 kilogrammes d'uranium enrichi à 60%, un niveau proche des 90% nécessaires à une bombe, et suffisant pour environ six armes s'il était enrichi davantage. L'Iran assure que son programme est purement civil, mais limite depuis 2021 l'accès des inspecteurs de l'AIEA à ses sites, dont l'usine d'enrichissement de Fordo.

Donald Trump, qui avait retiré les Etats-Unis en 2018 de l'accord de Vienne de 2015, a menacé l'Iran de frappes militaires en cas d'échec et envoyé dans la région des bombardiers B-2 et un deuxieme porte-avions. Israël, qui a frappé des défenses aériennes iraniennes en octobre, n'exclut pas de viser les installations nucléaires.

La perspective d'un accord a fait bondir le rial, qui avait perdu plus de la moitié de sa valeur depuis l'été face au dollar. L'économie iranienne est étranglée par les sanctions américaines, renforcées en février par une politique de "pression maximale" visant à réduire à zéro ses exportations de pétrole, notamment vers la Chine, principal acheteur du brut iranien via une flotte de pétroliers sous pavillon de complaisance. Le Trésor américain a encore sanctionné jeudi des sociétés de négoce basées aux Emirats arabes unis.

Les Européens, signataires de l'accord de 2015, menacent de leur coté de déclencher avant octobre le mécanisme de "snapback" qui rétablirait les sanctions de l'ONU levées il y a dix ans.
""",
     {'SANCTIONS', 'NUCLEAR', 'DIPLOMACY'}, {'ENERGY', 'MILITARY', 'ECONOMY'}),
}


# Known misses, kept visible (none now: the AI Act story's trade paragraph, which
# shares its paragraph with the story's own technology vocabulary, is carried by its
# two strong trade terms since the s12 PAIR rule).
KNOWN_MISSES: set[str] = set()


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="known miss"))
    if name in KNOWN_MISSES else name for name in sorted(STORIES)])
def test_full_story_gets_its_themes_and_no_wrong_one(models, name):
    lang, title, text, required, acceptable = STORIES[name]
    found = {s.theme_code for s in score_themes(models[lang](text), lang, title=title)}
    assert required <= found, f"missing {sorted(required - found)}"
    assert found <= required | acceptable, f"wrong {sorted(found - required - acceptable)}"
