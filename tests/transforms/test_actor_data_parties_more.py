"""Parties, unions, employers, state bodies, armed forces and news agencies of the
countries French- and English-language news covers most (transforms/data/organisations.json),
with shared acronyms decided by the article (PS, PAP, PAM, CGT, PAS, Congress)."""
from __future__ import annotations

import pytest

from tests.transforms.mentions import country_by_name


@pytest.mark.parametrize("lang,text,name,code", [
    # Belgium
    ("fr", "Les chrétiens-démocrates du CD&V et les socialistes de Vooruit ont signé l'accord.",
     "CD&V", "BEL"),
    ("fr", "Les chrétiens-démocrates du CD&V et les socialistes de Vooruit ont signé l'accord.",
     "Vooruit", "BEL"),
    ("fr", "Les Engagés de Maxime Prévot ont rejoint la majorité.", "Les Engagés", "BEL"),
    ("fr", "Le PTB a appelé à amplifier la grève, comme Ecolo et Groen.", "PTB", "BEL"),
    ("en", "Open VLD lost half its seats in Flanders.", "Open VLD", "BEL"),
    ("fr", "La FGTB, la CSC et la CGSLB ont annoncé une nouvelle grève nationale.", "CGSLB", "BEL"),
    ("fr", "La FGTB, la CSC et la CGSLB ont annoncé une nouvelle grève nationale.", "FGTB", "BEL"),
    ("fr", "La Fédération des entreprises de Belgique a salué un accord équilibré.",
     "Federation of Belgian Enterprises", "BEL"),
    ("fr", "La Banque nationale de Belgique prévoit une croissance de 1 %.",
     "National Bank of Belgium", "BEL"),
    ("fr", "Les trains de la SNCB sont restés à quai et le métro de la STIB était fermé.", "SNCB", "BEL"),
    # Switzerland
    ("fr", "L'UDC a lancé une initiative contre l'immigration, que le PLR combat.",
     "Swiss People's Party", "CHE"),
    ("fr", "Le Conseil fédéral suisse a adopté les sanctions européennes.",
     "Swiss Federal Council", "CHE"),
    # New Caledonia
    ("fr", "Le FLNKS a rejeté l'accord de Bougival, que les Loyalistes soutiennent.", "FLNKS", "NCL"),
    ("fr", "Le Congrès de la Nouvelle-Calédonie doit voter le texte jeudi.",
     "Congress of New Caledonia", "NCL"),
    ("fr", "Des militants de la CCAT ont été placés en détention provisoire à Nouméa.", "CCAT", "NCL"),
    # Tunisia
    ("fr", "Le Front de salut national a dénoncé un procès politique à Tunis.",
     "National Salvation Front", "TUN"),
    ("fr", "L'UGTT a appelé à une grève générale, soutenue par le SNJT.", "UGTT", "TUN"),
    ("fr", "L'Assemblée des représentants du peuple a adopté la loi de finances.",
     "Assembly of the Representatives of the People", "TUN"),
    ("en", "The Free Destourian Party said its leader had been jailed for two years.",
     "Free Destourian Party", "TUN"),
    # Moldova, Poland, agencies
    ("en", "Alternativa and Our Party crossed the threshold, while Sandu's party kept its majority.",
     "Our Party", "MDA"),
    ("fr", "Le bloc Alternativa a contesté les résultats.", "Alternativa", "MDA"),
    ("fr", "CERT Polska a signalé une attaque contre des stations d'épuration.", "CERT Polska", "POL"),
    ("en", "Italy's foreign minister told ANSA the talks would resume.", "ANSA", "ITA"),
    # India
    ("en", "The RJD and the Congress trailed the NDA in Bihar, where the BJP led in 90 seats.",
     "Rashtriya Janata Dal", "IND"),
    ("en", "Nitish Kumar's JD(U) won 85 seats, the Election Commission of India said.",
     "Janata Dal (United)", "IND"),
    ("en", "Nitish Kumar's JD(U) won 85 seats, the Election Commission of India said.",
     "Election Commission of India", "IND"),
    ("en", "The Aam Aadmi Party lost Delhi after a decade in power.", "Aam Aadmi Party", "IND"),
    ("en", "The Trinamool Congress swept West Bengal.", "Trinamool Congress", "IND"),
    # Sahel, West and Central Africa, Great Lakes, Horn
    ("fr", "La Minusma a achevé son retrait du Mali en décembre 2023.", "MINUSMA", None),
    ("en", "AUSSOM troops repelled the attack in Hiraan.", "AUSSOM", None),
    ("fr", "Le CNSP a prolongé la transition de cinq ans à Niamey.", "CNSP", "NER"),
    ("fr", "Le PPA-CI de Laurent Gbagbo a appelé au boycott du scrutin.", "PPA-CI", "CIV"),
    ("fr", "Le Mouvement pour la renaissance du Cameroun a contesté les résultats à Yaoundé.",
     "Mouvement pour la renaissance du Cameroun", "CMR"),
    ("en", "The Independent National Electoral Commission said the vote would go ahead in Anambra.",
     "Independent National Electoral Commission", "NGA"),
    ("fr", "Le CTRI a remis le pouvoir aux civils à Libreville.", "CTRI", "GAB"),
    ("fr", "Des soldats des FACA ont été tués près de la frontière tchadienne.", "FACA", "CAF"),
    ("fr", "Le Front patriotique rwandais a salué l'accord de Washington.", "Rwandan Patriotic Front", "RWA"),
    ("fr", "Les Imbonerakure, la ligue des jeunes du CNDD-FDD, sont accusés d'exactions.",
     "CNDD-FDD", "BDI"),
    ("en", "The SSPDF said it had retaken Nasir from the White Army.",
     "South Sudan People's Defence Forces", "SSD"),
    # Middle East
    ("en", "COGAT said 600 trucks had entered Gaza on Sunday.", "COGAT", "ISR"),
    ("en", "Yesh Atid and Yisrael Beiteinu voted against the budget.", "Yisrael Beiteinu", "ISR"),
    ("fr", "L'Autorité palestinienne a dénoncé la décision israélienne.", "Palestinian Authority", "PSE"),
    ("en", "The Kurdistan Regional Government paid public salaries late again.",
     "Kurdistan Regional Government", "IRQ"),
    ("fr", "Le Conseil des gardiens a invalidé plusieurs candidatures.", "Guardian Council", "IRN"),
    # Maghreb
    ("fr", "Le RNI d'Aziz Akhannouch a devancé le Parti de l'Istiqlal.",
     "National Rally of Independents", "MAR"),
    ("fr", "Bank Al-Maghrib a maintenu son taux directeur à 2,25 %.", "Bank Al-Maghrib", "MAR"),
    ("fr", "Le mouvement GenZ 212 a appelé à de nouvelles manifestations à Rabat.", "GenZ 212", "MAR"),
    ("fr", "Le Parlement algérien, l'Assemblée populaire nationale, a adopté la loi.",
     "People's National Assembly", "DZA"),
    # Canada
    ("en", "The Bloc Québécois and the NDP voted against Carney's budget in Ottawa.",
     "Bloc Québécois", "CAN"),
    ("fr", "La Gendarmerie royale du Canada a arrêté deux suspects.",
     "Royal Canadian Mounted Police", "CAN"),
    # Eastern Europe, Latin America, Southeast Asia
    ("en", "The PRI and the PAN accused Morena of packing the courts.",
     "Institutional Revolutionary Party", "MEX"),
    ("fr", "Le PSUV de Nicolas Maduro a revendiqué la victoire.", "PSUV", "VEN"),
    ("en", "The TNI deployed 2,000 soldiers to Papua.", "Indonesian National Armed Forces", "IDN"),
    ("en", "Polska 2050 and the PSL backed Tusk's government.", "Poland 2050", "POL"),
    # armies by proper name or acronym (a demonym on "forces" stays the country)
    ("fr", "Les Forces armées guinéennes ont été déployées à la frontière.", "Guinean Armed Forces", "GIN"),
    ("en", "SNA troops and AUSSOM forces retook Moqokori in Hiraan, Somalia.", "Somali National Army", "SOM"),
    ("en", "The LAF deployed south of the Litani.", "Lebanese Armed Forces", "LBN"),
    ("fr", "Les Forces de mobilisation populaire ont démenti toute implication.",
     "Popular Mobilization Forces", "IRQ"),
    ("en", "The Awami National Party condemned the attack in Peshawar.", "Awami National Party", "PAK"),
    ("fr", "La coalition Tasis a formé un gouvernement parallèle à Nyala.", "Tasis", "SDN"),
    ("en", "The UPND's Hakainde Hichilema is seeking a second term.",
     "United Party for National Development", "ZMB"),
    ("en", "The Radical Civic Union split over Milei's budget.", "Radical Civic Union", "ARG"),
    ("en", "Motorists for Themselves joined Babiš's coalition with the SPD.",
     "Motorists for Themselves", "CZE"),
    # news agencies, central banks, militias (2024-2026)
    ("fr", "Selon l'Agence nigérienne de presse (ANP), douze soldats ont été tués près de Tillabéri.",
     "Agence nigérienne de presse", "NER"),
    ("en", "The minister told Lusa the flights would resume.", "Lusa", "PRT"),
    ("en", "Bank Negara Malaysia held its policy rate at 2.75%.", "Bank Negara Malaysia", "MYS"),
    ("fr", "Des chasseurs dozos ont été accusés d'exécutions sommaires.", "Dozo", None),
    ("fr", "Les unités du CAPSAT ont rejoint les manifestants à Antananarivo.", "CAPSAT", "MDG"),
    ("en", "The Tariq Ben Ziyad Brigade controls the crossing.", "Tariq Ben Ziyad Brigade", "LBY"),
    ("en", "The BSF said it had shot down a drone near Amritsar in India's Punjab.",
     "Border Security Force", "IND"),
    # unions, employers, courts, police and armed groups named on their own
    ("fr", "L'UMT et la CGEM ont signé un accord sur le salaire minimum à Rabat.", "CGEM", "MAR"),
    ("en", "The Nigeria Labour Congress called off the strike.", "Nigeria Labour Congress", "NGA"),
    ("en", "The Histadrut declared a general strike.", "Histadrut", "ISR"),
    ("en", "The Islamabad High Court granted him bail.", "Islamabad High Court", "PAK"),
    ("en", "Supporters of the TLP clashed with police near Lahore.", "Tehreek-e-Labbaik Pakistan", "PAK"),
    ("en", "The Philippine National Police arrested the former president's aide.",
     "Philippine National Police", "PHL"),
    ("fr", "La Force multinationale mixte a repoussé une attaque de l'Iswap près du lac Tchad.",
     "Multinational Joint Task Force", None),
    ("fr", "La FIDH et l'OMCT ont dénoncé la condamnation de l'avocat.", "FIDH", None),
])
def test_a_national_body_gives_its_country(models, lang, text, name, code):
    assert country_by_name(models[lang], text, lang).get(name, "missing") == code


@pytest.mark.parametrize("lang,text,name,other", [
    # an acronym two entries share follows the article's country
    ("fr", "En Belgique, le PS de Paul Magnette a quitté la table des négociations, "
           "en Wallonie comme en Flandre.", "PS", "Socialist Party"),
    ("fr", "À l'Assemblée nationale, le PS d'Olivier Faure a voté contre le budget de Matignon.",
     "Socialist Party", "PS"),
    ("fr", "Selon l'agence polonaise PAP, Varsovie a fermé un consulat russe en Pologne.",
     "PAP", "People's Action Party"),
    ("en", "In Singapore, the PAP won 65.6% of the vote, Singapore's election department said.",
     "People's Action Party", "PAP"),
    ("fr", "Au Maroc, le PAM, allié du RNI au gouvernement, a désigné sa candidate à Rabat.",
     "Authenticity and Modernity Party", "World Food Programme"),
    ("fr", "Le PAM a suspendu ses distributions d'aide alimentaire faute de fonds, "
           "alerte l'agence humanitaire de l'ONU.", "World Food Programme",
     "Authenticity and Modernity Party"),
    ("fr", "En Argentine, la CGT a lancé une grève générale contre Javier Milei à Buenos Aires.",
     "General Confederation of Labour (Argentina)", "CGT"),
    ("fr", "En France, la CGT de Sophie Binet appelle à manifester contre Matignon.",
     "CGT", "General Confederation of Labour (Argentina)"),
    ("en", "In Malaysia, PAS won Kelantan again, while Anwar's coalition held Kuala Lumpur.",
     "Malaysian Islamic Party", "Party of Action and Solidarity"),
    ("en", "In Moldova, PAS kept its majority in Chisinau, Sandu said.",
     "Party of Action and Solidarity", "Malaysian Islamic Party"),
    ("en", "In India, Congress leader Rahul Gandhi accused Modi's BJP of vote theft in Bihar.",
     "Indian National Congress", "Congress"),
    ("en", "Congress must approve the deal, Trump told Republicans at the White House.",
     "Congress", "Indian National Congress"),
    ("en", "In Malawi, the DPP of Peter Mutharika won the presidency, Lilongwe officials said.",
     "Democratic Progressive Party of Malawi", "Democratic Progressive Party"),
    ("en", "In Taiwan, the DPP of Lai Ching-te lost the recall vote, the Taipei commission said.",
     "Democratic Progressive Party", "Democratic Progressive Party of Malawi"),
    ("en", "In Australia, AAP reported that Albanese would visit Sydney, an Australian official said.",
     "Australian Associated Press", "Aam Aadmi Party"),
    ("en", "In India, the AAP lost Delhi to Modi's BJP.", "Aam Aadmi Party",
     "Australian Associated Press"),
])
def test_shared_acronyms_follow_the_article(models, lang, text, name, other):
    names = country_by_name(models[lang], text, lang)
    assert name in names and other not in names


@pytest.mark.parametrize("lang,text,name", [
    # acronyms that mean other things in other copy were left out of the new entries
    ("fr", "Le PDG de Renault a présenté les résultats annuels.", "Parti démocratique gabonais"),
    ("en", "The loan carries an APR of 7 percent.", "Alliance pour la République"),
    ("en", "Rwanda's record will be reviewed at the UPR in Geneva.", "Union progressiste le Renouveau"),
    ("en", "CSIS said the strikes had cost Russia dearly.", "Canadian Security Intelligence Service"),
    ("fr", "Le sas de sécurité a été fermé.", "Freedom and Solidarity"),
    ("en", "OPM told federal agencies to list probationary employees.", "Free Papua Movement"),
    # generic phrases that name no one party: "les Démocrates" (US), sentence openers
    ("fr", "Les Démocrates ont dénoncé le shutdown à Washington.", "Les Démocrates"),
    ("en", "For Georgia, the vote was a test of the ruling party.", "Gakharia for Georgia"),
    ("en", "Left unchecked, the deficit will grow.", "Lewica"),
    ("fr", "Défi climatique : la COP s'ouvre à Belém.", "DéFI"),
    ("en", "Mehr als 100 Menschen, the German paper wrote.", "Mehr News Agency"),
    ("en", "FACT CHECK: the video is not from Gaza.", "Front for Change and Concord in Chad"),
])
def test_ambiguous_acronyms_stay_out(models, lang, text, name):
    assert name not in country_by_name(models[lang], text, lang)


@pytest.mark.parametrize("lang,text,name,code", [
    # heads of state and government of 2025-2026 (people.json)
    ("fr", "Le président de la Confédération Guy Parmelin a reçu son homologue à Berne.",
     "Guy Parmelin", "CHE"),
    ("fr", "La cheffe du gouvernement tunisien Sara Zaafrani Zenzri a présenté le budget.",
     "Sara Zaafrani Zenzri", "TUN"),
    ("en", "Prime Minister Harini Amarasuriya said the IMF review was on track.",
     "Harini Amarasuriya", "LKA"),
    ("fr", "Le Premier ministre égyptien Moustafa Madbouli a annoncé une hausse des prix du carburant.",
     "Mostafa Madbouly", "EGY"),
    ("en", "Taliban leader Hibatullah Akhundzada ordered the internet shutdown.",
     "Hibatullah Akhundzada", "AFG"),
])
def test_heads_of_government_are_known(models, lang, text, name, code):
    assert country_by_name(models[lang], text, lang).get(name, "missing") == code


# A long-article paragraph set written for these tests, with machine-translation noise
# (glued commas, a missing accent), dense in the classes above.
BELGIAN_STRIKE = """BRUXELLES - La FGTB,la CSC et la CGSLB ont appele mardi a une nouvelle journee de greve nationale contre le budget du gouvernement De Wever, que la Banque nationale de Belgique juge pourtant "indispensable".

Les socialistes flamands de Vooruit et les Engagés ont defendu l'accord, tandis que le PTB de Raoul Hedebouw et Ecolo ont denonce "un budget de la honte". Groen et Open VLD ont annonce qu'ils voteraient contre.

La Fédération des entreprises de Belgique a salue des mesures "courageuses",selon l'agence Belga. Les trains de la SNCB ne circuleront pas et le metro de la STIB sera ferme.

A Tunis,l'UGTT a exprime sa solidarite,tandis que le Front de salut national denoncait la repression des syndicats."""


def test_belgian_strike_story(nlp_fr):
    found_names = country_by_name(nlp_fr, BELGIAN_STRIKE, "fr")
    for name in ("FGTB", "CSC", "CGSLB", "National Bank of Belgium", "Vooruit", "Les Engagés",
                 "PTB", "Ecolo", "Groen", "Open VLD", "Federation of Belgian Enterprises",
                 "Belga", "SNCB", "STIB", "UGTT", "National Salvation Front"):
        assert name in found_names, name
    assert found_names["UGTT"] == "TUN" and found_names["FGTB"] == "BEL"
