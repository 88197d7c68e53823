"""French wire stories written for the s12 recall round (120-270 words, machine-translation
glue and missing accents as in real feeds): each has one main topic and one secondary thread
of two or three sentences, which must be found, and no theme outside the acceptable ones."""
import pytest

from transforms.themes import score_themes

STORIES = {
    "fr_allemagne": ("L'Allemagne adopte un budget record pour la défense, la dette s'envole",
     """BERLIN, 10 septembre (Vigie) - Le gouvernement allemand a adopté mercredi un projet de budget pour 2026 qui porte les dépenses militaires à 108 milliards d'euros,en incluant le fonds spécial pour la Bundeswehr, un niveau sans précédent depuis la réunification. Le ministre de la Défense Boris Pistorius a déclaré que l'armée devait être « apte à la guerre » d'ici 2029.

Le texte prévoit l'achat de nouveaux chars Leopard 2, de frégates, de munitions et de systèmes de défense aérienne, ainsi que le recrutement de plusieurs dizaines de milliers de soldats. Un projet de loi sur un nouveau service militaire volontaire doit être examiné par le Bundestag à l'automne.

Pour financer cet effort, la coalition du chancelier Friedrich Merz a assoupli au printemps le frein à l'endettement inscrit dans la Constitution. Le ministère des Finances prévoit un nouvel endettement net de 89 milliards d'euros l'an prochain, et le déficit public devrait dépasser 3 % du produit intérieur brut. La Bundesbank a mis en garde contre une hausse durable de la charge de la dette, alors que l'économie allemande, en récession pendant deux ans, ne devrait croître que de 0,2 % cette année.

L'opposition des Verts a dénoncé un budget qui sacrifie les investissements dans le climat. Le texte doit être voté définitivement en novembre.
""",
     ['ECONOMY', 'MILITARY'], ['CLIMATE', 'DEFENSE_INDUSTRY']),
    "fr_bresil": ("Brésil: l'inflation recule, la banque centrale maintient son taux à 15 %",
     """BRASILIA, 5 novembre (Vigie) - La banque centrale du Brésil a maintenu mercredi son taux directeur Selic à 15 %, son plus haut niveau depuis près de vingt ans,tout en relevant que l'inflation ralentissait plus vite que prévu. Les prix à la consommation ont augmenté de 4,7 % sur douze mois en octobre, contre 5,2 % en septembre, selon l'institut de statistique IBGE.

Le comité de politique monétaire a estimé que la croissance économique ralentissait « de manière ordonnée » et que le marché du travail restait solide, avec un taux de chômage au plus bas historique de 5,6 %. Les économistes interrogés par la banque centrale prévoient une première baisse des taux en janvier.

Les exportateurs brésiliens restent pénalisés par la surtaxe de 50 % imposée en août par Washington sur une partie des produits brésiliens, notamment le café et la viande bovine. Les ventes de café aux Etats-Unis ont chuté de moitié depuis l'été, et Brasilia a saisi l'Organisation mondiale du commerce, tout en négociant des exemptions avec l'administration américaine.

Le real s'échangeait à 5,35 pour un dollar mercredi soir.
""",
     ['ECONOMY', 'TRADE'], []),
    "fr_fasher": ("Soudan: les FSR s'emparent d'El-Fasher, des dizaines de milliers de civils en fuite",
     """KHARTOUM, 28 octobre (Vigie) - Les Forces de soutien rapide (FSR) ont annoncé dimanche avoir pris le contrôle du quartier général de la 6e division de l'armée soudanaise à El-Fasher, dernier grand bastion de l'armée dans la région du Darfour,après dix-huit mois de siège. Le chef de l'armée, le général Abdel Fattah al-Burhane, a reconnu un « retrait » de ses troupes vers « des positions plus sûres ».

Selon des témoins joints par téléphone, les combattants paramilitaires ont mené des exécutions sommaires dans plusieurs quartiers et à l'hopital saoudien, le dernier encore en service dans la ville. Le Laboratoire de recherche humanitaire de l'université Yale a affirmé que des images satellites montraient des traces compatibles avec des tueries de masse.

L'Organisation internationale pour les migrations (OIM) indique que plus de 36 000 personnes ont fui la ville en trois jours,la plupart à pied vers Tawila, à 60 kilomètres à l'ouest, où s'entassent déjà plusieurs centaines de milliers de déplacés. D'autres ont franchi la frontière vers le Tchad, selon le HCR.

Les agences de l'ONU préviennent que les stocks de nourriture sont épuisés à Tawila. Le Programme alimentaire mondial (PAM) dit n'avoir pu acheminer aucun convoi vers El-Fasher depuis plus d'un an, et la famine a été confirmée dans la ville l'an dernier.

Le secrétaire général de l'ONU, Antonio Guterres, a appelé à un cessez-le-feu immédiat. La guerre, qui oppose depuis avril 2023 l'armée aux FSR du général Mohamed Hamdane Daglo, a fait des dizaines de milliers de morts.
""",
     ['ARMED_CONFLICT', 'HUMANITARIAN', 'MIGRATION'], ['HUMAN_RIGHTS', 'MILITARY']),
    "fr_georgie": ('Géorgie: nouvelle nuit de manifestations à Tbilissi, des journalistes emprisonnés',
     """TBILISSI, 5 octobre (Vigie) - Des dizaines de milliers de manifestants pro-européens se sont rassemblés samedi soir devant le Parlement géorgien,à l'appel de l'opposition, le jour des élections municipales boycottées par la plupart des partis d'opposition. La police anti-émeute a fait usage de canons à eau et de gaz poivre lorsqu'un groupe a tenté de pénétrer dans le palais présidentiel. Le ministère de l'Intérieur a annoncé l'interpellation de cinq organisateurs.

Le mouvement de protestation dure depuis près d'un an, depuis la décision du parti au pouvoir, le Rêve géorgien, de suspendre les négociations d'adhésion à l'Union européenne.

Les organisations de défense des droits humains dénoncent une répression croissante. La journaliste Mzia Amaglobeli, fondatrice de deux médias indépendants, a été condamnée en août à deux ans de prison, et Amnesty International estime que plus de 60 opposants sont détenus pour des raisons politiques. Une loi sur les « agents étrangers » contraint depuis juin les ONG financées de l'étranger à s'enregistrer.

Le Royaume-Uni et les Etats-Unis ont imposé des sanctions à plusieurs responsables du ministère de l'Intérieur, dont le gel de leurs avoirs et une interdiction de voyager, et les pays baltes ont interdit l'entrée sur leur territoire à des dirigeants du Rêve géorgien. Le Premier ministre Irakli Kobakhidze a accusé l'Occident de vouloir organiser une « révolution ».
""",
     ['HUMAN_RIGHTS', 'PROTEST', 'SANCTIONS'], ['CRIME', 'DIPLOMACY', 'ELECTIONS']),
    "fr_ia_ue": ("L'UE reporte une partie de sa loi sur l'IA sous la pression des Etats-Unis",
     """BRUXELLES, 19 novembre (Vigie) - La Commission européenne a proposé mercredi de reporter d'un an l'application des règles les plus strictes de sa loi sur l'intelligence artificielle (AI Act) pour les systèmes « à haut risque », dans le cadre d'un paquet de simplification numérique qui assouplit aussi certaines règles sur les données personnelles.

Les entreprises du secteur, de Mistral AI à SAP, réclamaient ce délai, faisant valoir que les normes techniques n'étaient pas prêtes. Les défenseurs de la vie privée dénoncent un recul majeur.

Le report intervient après des mois de pressions de l'administration Trump, qui accuse les règles numériques européennes de discriminer les géants américains de la tech et a menacé de représailles commerciales, dont des droits de douane. Le commissaire au Commerce, Maros Sefcovic, s'est rendu à Washington la semaine dernière pour des discussions avec son homologue Howard Lutnick sur la mise en œuvre de l'accord commercial conclu cet été.
""",
     ['DIPLOMACY', 'TECHNOLOGY', 'TRADE'], ['ECONOMY', 'HUMAN_RIGHTS']),
    "fr_jlr": ("Cyberattaque: Jaguar Land Rover prolonge l'arrêt de ses usines, Londres garantit un prêt",
     """LONDRES, 29 septembre (Vigie) - Le constructeur automobile britannique Jaguar Land Rover (JLR) a annoncé lundi que ses usines resteraient fermées au moins jusqu'au 1er octobre,un mois après la cyberattaque qui a paralysé ses systèmes informatiques et interrompu la production dans ses sites de Solihull, Halewood et Wolverhampton.

Un groupe de pirates se présentant sous le nom de « Scattered Lapsus$ Hunters » a revendiqué l'attaque sur Telegram. Le Centre national de cybersécurité (NCSC) et l'Agence nationale de lutte contre la criminalité enquêtent, et l'entreprise a indiqué que certaines données avaient pu être dérobées.

Le gouvernement britannique a annoncé dimanche qu'il garantirait un prêt de 1,5 milliard de livres au groupe, propriété de l'indien Tata Motors, afin de soutenir ses fournisseurs. Plusieurs centaines de petites entreprises de la chaîne d'approvisionnement ont mis leurs salariés au chômage partiel, et les syndicats redoutent des licenciements. Selon des analystes, l'arrêt coûte environ 50 millions de livres par semaine au constructeur et pourrait peser sur la croissance du PIB britannique au troisième trimestre.
""",
     ['CYBER', 'ECONOMY', 'SUPPLY_CHAIN'], ['CRIME', 'TECHNOLOGY']),
    "fr_mali_carburant": ('Mali: le blocus jihadiste prive Bamako de carburant, les ecoles fermees',
     """BAMAKO, 27 octobre (Vigie) - Les autorités maliennes ont prolongé lundi de deux semaines la fermeture des écoles et des universités,faute de carburant, alors que le blocus imposé depuis septembre par le Groupe de soutien à l'islam et aux musulmans (JNIM), affilié à al-Qaïda, étrangle la capitale.

Les jihadistes attaquent les convois de camions-citernes sur les axes reliant Bamako au Sénégal et à la Côte d'Ivoire, et ont incendié plus d'une centaine de véhicules. Les files d'attente s'allongent devant les stations-service et le prix de l'essence a triplé au marché noir. Les coupures d'électricité se multiplient, la société nationale d'énergie dépendant des centrales thermiques au fioul.

Les hôpitaux fonctionnent au ralenti et le Programme alimentaire mondial s'inquiète pour l'approvisionnement des marchés en vivres. Plusieurs ambassades, dont celles des Etats-Unis et du Royaume-Uni, ont demandé à leurs ressortissants de quitter le pays.
""",
     ['ENERGY', 'HUMANITARIAN', 'TERRORISM'], ['ARMED_CONFLICT', 'DIPLOMACY', 'ECONOMY']),
    "fr_niger_uranium": ('Niger: la junte met en vente l\'uranium de la Somair, Orano dénonce un "vol"',
     """NIAMEY, 2 décembre (Vigie) - Le chef de la junte nigérienne, le général Abdourahamane Tiani, a annoncé dimanche la mise en vente sur le marché international de l'uranium produit par la Société des mines de l'Aïr (Somair), nationalisée en juin après le départ du groupe français Orano. Environ 1 500 tonnes de concentré d'uranium sont stockées sur le site d'Arlit,selon des sources minières.

Orano, détenu par l'Etat français, a dénoncé une « appropriation illégale » de ses stocks et a engagé une procédure d'arbitrage devant le Centre international pour le règlement des différends relatifs aux investissements (CIRDI), qui avait ordonné en septembre que l'uranium ne soit pas vendu. Le groupe a déposé une plainte pour vol auprès de la justice française.

Le Niger fournissait environ 15 % de l'uranium importé par l'Union européenne pour ses centrales nucléaires. Plusieurs pays, dont la Russie et l'Iran, auraient manifesté leur intérêt, ce que Niamey n'a pas confirmé. L'Agence internationale de l'énergie atomique a indiqué suivre la situation.

Les prix de l'uranium ont progressé de 8 % en un mois sur le marché spot, selon des courtiers, qui citent les incertitudes sur l'approvisionnement des réacteurs européens.
""",
     ['ENERGY', 'NUCLEAR'], ['CRIME', 'ECONOMY', 'SUPPLY_CHAIN']),
    "fr_nigeria": ('Nigeria: plus de 300 élèves enlevés dans une école catholique du Niger',
     """ABUJA, 22 novembre (Vigie) - Des hommes armés ont enlevé vendredi plus de 300 élèves et douze enseignants dans un internat catholique de Papiri,dans l'Etat du Niger, au centre du Nigeria, a annoncé l'Association chrétienne du Nigeria (CAN). Il s'agit de l'un des pires enlèvements de masse depuis celui de Chibok en 2014.

Les ravisseurs, arrivés à moto vers deux heures du matin, ont emmené les enfants vers la forêt voisine. La police a déployé des unités tactiques et des chasseurs locaux pour les retrouver, et le gouverneur de l'Etat a ordonné la fermeture de toutes les écoles de la région. Une cinquantaine d'élèves ont réussi à s'échapper, selon l'évêque du diocèse.

Les enlèvements contre rançon sont devenus une industrie lucrative pour les bandes criminelles du nord-ouest et du centre du pays, et les familles sont souvent contraintes de payer pour obtenir la libération de leurs proches.

L'affaire intervient alors que Washington accuse Abuja de ne pas protéger les chrétiens. Donald Trump a menacé d'interrompre l'aide américaine et a évoqué une possible intervention militaire,et le Nigeria a dépêché son conseiller à la sécurité nationale à Washington pour des entretiens. Le ministre nigérian des Affaires étrangères a rejeté des accusations « infondées » et plaidé pour le dialogue avec les Etats-Unis.
""",
     ['CRIME', 'DIPLOMACY'], ['HUMAN_RIGHTS', 'MILITARY']),
    "fr_ormuz": ("Ormuz: l'Iran saisit un pétrolier, les cours du brut bondissent",
     """DUBAI, 14 novembre (Vigie) - Les Gardiens de la révolution iraniens ont saisi vendredi un pétrolier battant pavillon des îles Marshall dans le détroit d'Ormuz,l'accusant de transporter une cargaison non autorisée, a rapporté l'agence Tasnim. Le navire, qui se dirigeait vers Singapour, a été escorté vers les eaux territoriales iraniennes.

La marine américaine a indiqué avoir dépêché un destroyer et des avions de patrouille dans la zone, et a accusé Téhéran de violer le droit de la navigation dans les eaux internationales. L'Iran revendique aussi trois îles du Golfe contrôlées par les Emirats.

Les cours du pétrole ont bondi de 3 % après l'annonce, le Brent atteignant 68 dollars le baril. Près d'un cinquième de la production mondiale de brut transite par le détroit, et les assureurs maritimes ont relevé leurs primes pour les navires qui s'y aventurent. Les exportations de gaz naturel liquéfié du Qatar empruntent la même route.
""",
     ['ENERGY', 'MILITARY', 'TERRITORIAL_DISPUTE'], ['ARMED_CONFLICT', 'SECURITY_COOPERATION']),
    "fr_pakistan": ('Pakistan: les pluies de mousson font plus de 800 morts, la dengue se propage',
     """ISLAMABAD, 2 septembre (Vigie) - Les inondations provoquées par des pluies de mousson exceptionnelles ont fait plus de 800 morts au Pakistan depuis fin juin, selon l'Autorité nationale de gestion des catastrophes (NDMA),et plus de deux millions de personnes ont été évacuées dans la province du Pendjab, où les rivières Ravi, Sutlej et Chenab sont sorties de leur lit.

Des villages entiers ont été submergés et l'armée a déployé des bateaux pour secourir les habitants bloqués sur les toits. Les organisations humanitaires réclament une aide d'urgence pour les familles sinistrées, qui manquent d'eau potable et de nourriture dans les camps.

Les autorités sanitaires signalent une forte hausse des cas de dengue et de diarrhée aiguë dans les zones inondées. Le ministère de la Santé a recensé plus de 12 000 cas de paludisme en une semaine dans le Sindh et a envoyé des équipes médicales mobiles, tandis que l'OMS met en garde contre un risque d'épidémie de choléra.

Le Pakistan, responsable de moins de 1 % des émissions mondiales de gaz à effet de serre, figure parmi les pays les plus exposés au changement climatique. Les scientifiques estiment que le réchauffement rend les épisodes de pluies extrêmes plus fréquents dans la région.
""",
     ['CLIMATE', 'HEALTH', 'HUMANITARIAN'], ['MIGRATION', 'MILITARY']),
    "fr_pologne": ('Drones russes au-dessus de la Pologne: l\'OTAN lance l\'opération "Sentinelle orientale"',
     """VARSOVIE, 12 septembre (Vigie) - L'Otan a lancé vendredi l'opération « Sentinelle orientale » pour renforcer la défense de son flanc est, deux jours après l'intrusion d'une vingtaine de drones russes dans l'espace aérien polonais. Des avions de combat néerlandais F-35, des chasseurs polonais et un avion radar italien avaient abattu plusieurs appareils dans la nuit de mardi à mercredi.

La Pologne a invoqué l'article 4 du traité de l'Atlantique nord, qui prévoit des consultations entre alliés lorsque l'un d'eux s'estime menacé. Le secrétaire général Mark Rutte a annoncé que le Danemark, la France, le Royaume-Uni et l'Allemagne enverraient des moyens supplémentaires,et Varsovie a déployé 40 000 soldats le long de sa frontière orientale.

Le même nuit, la Russie a lancé plus de 400 drones et une quarantaine de missiles contre l'Ukraine, visant notamment la région de Jytomyr et l'ouest du pays, selon l'armée de l'air ukrainienne. Les frappes ont tué au moins quatre personnes et endommagé des infrastructures énergétiques.

Moscou a démenti avoir visé la Pologne, affirmant que ses appareils ne pouvaient pas atteindre son territoire. Le Bélarus a indiqué avoir détecté des drones « égarés » à cause du brouillage électronique.
""",
     ['ARMED_CONFLICT', 'MILITARY', 'SECURITY_COOPERATION'], ['DIPLOMACY']),
    "fr_tchad_cholera": ('Tchad: le cholera gagne les camps de refugies soudanais',
     """ADRE, 3 septembre (Vigie) - Une épidémie de choléra s'est propagée à six camps de réfugiés de l'est du Tchad, faisant au moins 84 morts depuis juillet,selon le ministère de la Santé, qui a recensé plus de 1 700 cas suspects dans la province du Ouaddaï.

Médecins sans frontières a ouvert 200 lits supplémentaires à Adré et l'Organisation mondiale de la santé a expédié 400 000 doses de vaccin oral. Les soignants manquent toutefois de sels de réhydratation et de chlore.

Plus de 850 000 Soudanais ont franchi la frontière depuis avril 2023 pour échapper à la guerre, selon le HCR, et plusieurs milliers arrivent encore chaque semaine. Beaucoup dorment sous des bâches en attendant d'être enregistrés.
""",
     ['HEALTH', 'HUMANITARIAN', 'MIGRATION'], ['ARMED_CONFLICT']),
    "fr_terresrares": ("Terres rares: Pékin durcit ses contrôles à l'exportation avant la rencontre Xi-Trump",
     """PEKIN, 9 octobre (Vigie) - La Chine a annoncé jeudi de nouvelles restrictions à l'exportation sur les terres rares et les technologies permettant de les raffiner,qui s'appliqueront désormais aux produits fabriqués à l'étranger contenant même une faible proportion de matériaux chinois. Le ministère du Commerce a justifié ces mesures par des raisons de « sécurité nationale ».

La Chine assure environ 70 % de l'extraction mondiale de terres rares et près de 90 % de leur transformation. Les constructeurs automobiles européens et les fabricants de semi-conducteurs redoutent de nouvelles pénuries d'aimants, après les ruptures d'approvisionnement du printemps qui avaient contraint plusieurs usines à suspendre leur production.

Donald Trump a réagi en menaçant d'imposer des droits de douane supplémentaires de 100 % sur les importations chinoises à partir du 1er novembre. Les marchés asiatiques ont reculé vendredi.

Les deux dirigeants doivent pourtant se rencontrer à la fin du mois en marge du sommet de l'APEC en Corée du Sud. Le ministre chinois des Affaires étrangères Wang Yi s'est entretenu par téléphone avec le secrétaire d'Etat Marco Rubio, et les deux parties ont dit vouloir préserver le dialogue. Des négociateurs des deux pays doivent se retrouver à Kuala Lumpur pour préparer le sommet.
""",
     ['DIPLOMACY', 'SUPPLY_CHAIN', 'TRADE'], ['ECONOMY', 'SANCTIONS', 'TECHNOLOGY']),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_french_story_gets_its_secondary_thread_and_no_wrong_theme(nlp_fr, name):
    title, text, required, acceptable = STORIES[name]
    found = {s.theme_code for s in score_themes(nlp_fr(text), "fr", title=title)}
    assert set(required) <= found, f"missing {sorted(set(required) - found)}"
    assert found <= set(required) | set(acceptable), f"wrong {sorted(found - set(required) - set(acceptable))}"
