"""A thread (a theme spread over a long story's paragraphs) told mostly with the theme's
weak words is no thread (transforms/theme_threads.py): the army and soldiers of a flood
rescue are the setting of a humanitarian story; a frigate, a battalion and their
deployment are a military thread of it. Shorter stories keep the thread rule as it was."""
import pytest

from tests.transforms.evidence import evidence_of
from transforms.theme_layout import word_count
from transforms.theme_threads import (LONG_THREAD_WORDS, WEAK_THREAD_SHARE, is_weak_scenery,
                                      told_with_weak_words)
from transforms.themes import (RECURRING_PARAGRAPHS, TERM_REPEAT_CAP, _is_a_thread,
                               score_themes, theme_evidence)

# A 300-word flood story: the army's rescue told with army, soldiers, troops and "military".
FLOOD = {
    "en": """MANILA, Nov 20 (Vigie) - Floods caused by Typhoon Kalmaegi have killed at least 114 people in the central Philippines and forced more than 400,000 from their homes, disaster officials said on Thursday, as rescuers reached villages cut off for three days.

The army sent soldiers, led by a regional commander, and military trucks to the worst-hit towns of Cebu province, where water rose to the roofs of houses within an hour on Tuesday night. Residents said they had climbed onto rooftops and waited for boats as the current swept away cars and livestock.

The national disaster agency said 1,200 evacuation centres were open and that food, drinking water and hygiene kits were being shipped from Manila. Military helicopters dropped food on hilltop villages. Many roads remain blocked by mudslides, and power was still out in much of the island.

"We lost everything, the house, the rice, the pigs," said Maria Labra, 52, who spent the night in a school with her five grandchildren. Aid groups warned that diarrhoea and dengue could spread in crowded shelters.

A military spokesman said troops had rescued 3,000 people by Wednesday evening and that the army would keep soldiers in the province until the roads reopened. President Ferdinand Marcos Jr. declared a state of calamity and promised cash grants to families who lost their homes.

Scientists say warmer seas are making typhoons wetter and more intense. The Philippines is hit by about 20 storms a year, and Kalmaegi was the 13th this season; weather officials said another storm could form east of the archipelago next week, and asked residents of coastal villages to be ready to leave again.

Local officials in Cebu said many of the flooded districts had been built over old riverbeds and drainage canals, and that quarrying upstream had worsened the floods.
""",
    "fr": """MANILLE, 20 novembre (Vigie) - Les inondations provoquées par le typhon Kalmaegi ont fait au moins 114 morts dans le centre des Philippines et chassé plus de 400 000 personnes de chez elles, ont indiqué jeudi les autorités, alors que les secours atteignaient des villages coupés du monde depuis trois jours.

L'armée a envoyé des soldats, sous les ordres d'un commandant régional, et des camions militaires dans les villes les plus touchées de la province de Cebu, où l'eau est montée jusqu'aux toits des maisons en une heure mardi soir. Des habitants ont raconté avoir attendu des bateaux sur les toits pendant que le courant emportait voitures et bétail.

L'agence nationale de gestion des catastrophes a indiqué que 1 200 centres d'évacuation étaient ouverts et que des vivres, de l'eau potable et des kits d'hygiène étaient acheminés depuis Manille. Des hélicoptères militaires de l'armée de l'air ont largué de la nourriture sur des villages perchés. De nombreuses routes restent coupées par des coulées de boue et l'électricité n'est pas revenue dans une grande partie de l'île.

« Nous avons tout perdu, la maison, le riz, les cochons », a dit Maria Labra, 52 ans, qui a passé la nuit dans une école avec ses cinq petits-enfants. Des ONG ont averti que la diarrhée et la dengue pourraient se propager dans les abris surpeuplés.

Un porte-parole militaire a déclaré que les troupes avaient secouru 3 000 personnes mercredi soir et que l'armée garderait des soldats dans la province jusqu'à la réouverture des routes. Le président Ferdinand Marcos Jr. a décrété l'état de calamité et promis des aides en espèces aux familles sinistrées.

Selon les scientifiques, le réchauffement des mers rend les typhons plus pluvieux et plus intenses. Les Philippines sont frappées par une vingtaine de tempêtes par an et Kalmaegi était la treizième de la saison ; les services météorologiques ont averti qu'une autre tempête pourrait se former à l'est de l'archipel la semaine prochaine.

Des responsables locaux de Cebu ont expliqué que de nombreux quartiers inondés avaient été construits sur d'anciens lits de rivière et que l'extraction de sable en amont avait aggravé les crues.
""",
}
# Eight paragraphs more of the same story (no military word): a 700-800-word article.
MORE = {
    "en": """
In Talisay, a fishing town south of Cebu City, the main street was still covered in a layer of brown mud on Thursday. Shopkeepers shovelled it out of their stores while children searched the debris for schoolbooks and toys. The town hall was turned into a kitchen where volunteers cooked rice and fish for several thousand people twice a day.

"The river came through the back of the house like a wall," said Joel Dizon, a 38-year-old tricycle driver, pointing at the line the water had left on his kitchen wall, well above his head. He said his family had lost their fridge, their beds and the motorbike he used to earn a living.

Schools across the province will stay closed until at least next Monday, the education department said, as many of them are being used as shelters. Teachers said they feared that thousands of pupils had lost their uniforms and books, and that some families would not be able to send children back for weeks.

Farmers in the lowlands said most of the rice that was due to be harvested this month was under water. The agriculture department estimated the damage to crops and fishing boats at 1.2 billion pesos and said seeds would be handed out to farmers once the fields dried.

The provincial governor said the storm had dumped more than a month's worth of rain on the island in less than a day. Rivers that had been narrowed by houses and roads broke their banks within minutes, and several bridges were swept away, leaving mountain villages reachable only on foot.

Church groups and local businesses collected clothes, blankets and bottled water in Manila and in Davao, and airlines offered to carry donations free of charge. Several foreign governments offered help, and the United Nations said its agencies stood ready to support the authorities if asked.

Officials said the death toll could still rise, as 127 people were reported missing, most of them in the mountain towns of Compostela and Liloan. Rescuers with dogs were searching the mud for survivors, and families waited at the edge of the debris for news of their relatives.

The Philippine weather agency said the storm had left the country on Wednesday evening and was moving west across the South China Sea toward Vietnam, where authorities began moving people away from the coast on Thursday and closed schools and ports in four provinces.
""",
    "fr": """
À Talisay, ville de pêcheurs au sud de Cebu, la rue principale était encore couverte jeudi d'une couche de boue brune. Les commerçants la sortaient de leurs boutiques à la pelle tandis que des enfants cherchaient leurs cahiers et leurs jouets dans les débris. La mairie a été transformée en cuisine où des bénévoles préparent deux fois par jour du riz et du poisson pour plusieurs milliers de personnes.

« La rivière est entrée par l'arrière de la maison comme un mur », a raconté Joel Dizon, chauffeur de tricycle de 38 ans, en montrant la trace laissée par l'eau sur le mur de sa cuisine, bien au-dessus de sa tête. Sa famille a perdu son réfrigérateur, ses lits et la moto qui lui permettait de gagner sa vie.

Les écoles de la province resteront fermées au moins jusqu'à lundi prochain, a indiqué le ministère de l'Éducation, nombre d'entre elles servant d'abris. Des enseignants craignent que des milliers d'élèves aient perdu uniformes et livres, et que certaines familles ne puissent pas renvoyer leurs enfants en classe avant des semaines.

Dans les plaines, les agriculteurs ont expliqué que l'essentiel du riz qui devait être récolté ce mois-ci était sous l'eau. Le ministère de l'Agriculture a chiffré les dégâts sur les cultures et les bateaux de pêche à 1,2 milliard de pesos et promis de distribuer des semences une fois les champs secs.

Selon le gouverneur de la province, la tempête a déversé sur l'île en moins d'une journée plus d'un mois de pluie. Des rivières rétrécies par les maisons et les routes sont sorties de leur lit en quelques minutes, et plusieurs ponts ont été emportés, laissant des villages de montagne accessibles seulement à pied.

Des paroisses et des entreprises locales ont collecté vêtements, couvertures et bouteilles d'eau à Manille et à Davao, et des compagnies aériennes ont proposé de transporter gratuitement les dons. Plusieurs gouvernements étrangers ont proposé leur aide et les Nations unies ont indiqué que leurs agences se tenaient prêtes à appuyer les autorités si elles le demandaient.

Le bilan pourrait encore s'alourdir, 127 personnes étant portées disparues, pour la plupart dans les villes de montagne de Compostela et Liloan. Des sauveteurs accompagnés de chiens fouillaient la boue à la recherche de survivants, et des familles attendaient au bord des décombres des nouvelles de leurs proches.

L'agence météorologique a indiqué que la tempête avait quitté le pays mercredi soir et se dirigeait vers l'ouest au-dessus de la mer de Chine méridionale, en direction du Vietnam, où les autorités ont commencé jeudi à éloigner les habitants des côtes.
""",
}
# The rescue told with the theme's specific words: a frigate, a battalion, their deployment.
SPECIFIC = {
    "en": [("The army sent soldiers, led", "The navy sent a frigate, led"),
           ("and military trucks to", "and the military an engineering battalion to"),
           ("the army would keep soldiers in the province",
            "the deployment of the battalion and a brigade would last")],
    "fr": [("L'armée a envoyé des soldats, sous", "La marine a envoyé une frégate, sous"),
           ("et des camions militaires dans", "et l'armée un bataillon du génie dans"),
           ("l'armée garderait des soldats dans la province",
            "le déploiement du bataillon et d'une brigade se poursuivrait")],
}
LONG = LONG_THREAD_WORDS


def _weak_spread():
    return evidence_of([("army", 1, 1), ("soldier", 1, 1), ("commander", 1, 1), ("military", 2, 1),
                        ("army", 1, 3), ("military", 2, 3),
                        ("troop", 1, 5), ("soldier", 1, 5), ("military", 2, 5)])


def test_weak_words_weighing_half_of_a_long_story_thread_make_no_thread():
    spread = _weak_spread()
    assert spread.has_substance() and spread.strong_paragraphs() >= RECURRING_PARAGRAPHS
    assert told_with_weak_words(spread, TERM_REPEAT_CAP, LONG)
    # Another theme (a flood's HUMANITARIAN) is the story's top one.
    assert not _is_a_thread(spread, top_weighted=2 * spread.weighted, words=LONG)


def test_the_top_theme_told_with_weak_words_is_the_story_itself():
    # A long story on a company's debts: "company", "billion", "million" are its own words.
    spread = _weak_spread()
    assert told_with_weak_words(spread, TERM_REPEAT_CAP, LONG)
    assert not is_weak_scenery(spread, spread.weighted, TERM_REPEAT_CAP, LONG)
    assert _is_a_thread(spread, top_weighted=spread.weighted, words=LONG)


def test_the_same_thread_in_a_shorter_story_is_a_thread():
    spread = _weak_spread()
    assert not told_with_weak_words(spread, TERM_REPEAT_CAP, LONG - 1)
    assert _is_a_thread(spread, top_weighted=2 * spread.weighted, words=LONG - 1)


def test_specific_words_outweighing_the_weak_ones_make_a_thread():
    spread = evidence_of([("army", 1, 1), ("battalion", 2, 1), ("military", 2, 1), ("frigate", 2, 3),
                          ("military", 2, 3), ("troop", 1, 5), ("deployment", 2, 5)])
    assert not told_with_weak_words(spread, TERM_REPEAT_CAP, LONG)
    assert _is_a_thread(spread, top_weighted=2 * spread.weighted, words=LONG)


def test_a_weak_word_repeated_counts_only_as_its_weight_does():
    # "army" said ten times weighs TERM_REPEAT_CAP, as in the theme's weighted evidence.
    spread = evidence_of([("army", 1, p) for p in range(10)]
                         + [("military", 2, 1), ("battalion", 2, 3), ("frigate", 2, 5)])
    assert spread.weighted == 9 and not told_with_weak_words(spread, TERM_REPEAT_CAP, LONG)
    assert WEAK_THREAD_SHARE * spread.weighted > TERM_REPEAT_CAP


def _story(models, lang, name):
    text = FLOOD[lang] if name == "flood" else FLOOD[lang] + MORE[lang]
    if name == "long_flood_kept":
        for weak, specific in SPECIFIC[lang]:
            assert weak in text
            text = text.replace(weak, specific)
    doc = models[lang](text)
    return doc, {s.theme_code for s in score_themes(doc, lang)}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_army_and_soldiers_of_a_long_flood_story_are_no_military_thread(lang, models):
    doc, codes = _story(models, lang, "long_flood")
    assert word_count(doc) >= LONG_THREAD_WORDS
    military = theme_evidence(doc, lang)["MILITARY"]
    # The spread rule alone would keep it: specific hits in three paragraphs, substance.
    assert military.strong_paragraphs() >= RECURRING_PARAGRAPHS and military.has_substance()
    assert told_with_weak_words(military, TERM_REPEAT_CAP, word_count(doc))
    assert "HUMANITARIAN" in codes and "MILITARY" not in codes


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_frigate_and_a_battalion_deployed_are_a_military_thread(lang, models):
    doc, codes = _story(models, lang, "long_flood_kept")
    assert word_count(doc) >= LONG_THREAD_WORDS
    assert not told_with_weak_words(theme_evidence(doc, lang)["MILITARY"], TERM_REPEAT_CAP,
                                    word_count(doc))
    assert {"HUMANITARIAN", "MILITARY"} <= codes


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_rescue_told_in_a_300_word_story_keeps_its_military_thread(lang, models):
    # The same first seven paragraphs alone: a wire story tells a real secondary thread in a
    # few weak words, and the rule leaves it to the thread rule.
    doc, codes = _story(models, lang, "flood")
    assert word_count(doc) < LONG_THREAD_WORDS
    assert {"HUMANITARIAN", "MILITARY"} <= codes
