"""Short wire stories (220-270 words, the length of most real feed items), written for
these tests and annotated by the eval/README.md rules: the main topic plus every thread
told in a paragraph of its own. French ones carry machine-translation glue
("cyberattaquecontre"). Each must get its themes and no theme outside the acceptable set."""
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
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_short_story_gets_its_themes_and_no_wrong_one(models, name):
    lang, title, text, required, acceptable = STORIES[name]
    found = {s.theme_code for s in score_themes(models[lang](text), lang, title=title)}
    assert set(required) <= found, f"missing {sorted(set(required) - found)}"
    assert found <= set(required) | set(acceptable), f"wrong {sorted(found - set(required) - set(acceptable))}"
