"""French vocabulary classes added for real (often machine-translated) wire copy, found
missing on eval/dev18: networks of smugglers taken apart (CRIME), displacement told with
the village or the region left (MIGRATION), land given up, recognised or frozen in a peace
plan (TERRITORIAL_DISPUTE), exports or imports stopped by a state (TRADE), conferences of
states and who conducts talks (DIPLOMACY), soldiers killed (ARMED_CONFLICT), and the
literal machine translations of English wire terms ("grève aérienne" for "airstrike",
"ministre étranger", "logiciel de rançon", "travailleurs de l'aide", "chercheurs d'asile");
then, from four more French stories written as a check: the EU's "drone wall"
(SECURITY_COOPERATION), dwellings left before a storm (MIGRATION), a state
calling land part of its territory (TERRITORIAL_DISPUTE), a peace plan proposed (DIPLOMACY), a slide into repression and its laws (HUMAN_RIGHTS), an
ally's troops based in another state (SECURITY_COOPERATION), what a crisis costs the economy
(ECONOMY), fighting on a border (ARMED_CONFLICT), parades and air drills (MILITARY), a
diplomatic row in acts: envoys expelled, recalled or summoned, missions closed (DIPLOMACY). Each class: its phrases are found as the
theme's terms (positive), and one passing phrase is not a theme (negative)."""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


@pytest.mark.parametrize("text, code, term", [
    ("Les réseaux de passeurs facturent 2 000 euros la place.", "CRIME", "passeur"),
    ("Les réseaux de passeurs facturent 2 000 euros la place.", "MIGRATION", "passeur"),
    ("Le parquet annonce le démantèlement d'une filière.", "CRIME", "démantèlement"),
    ("Un vaste coup de filet a eu lieu mardi à Marseille.", "CRIME", "coup de filet"),
    ("La police a procédé à l'interpellation de six personnes.", "CRIME", "interpellation"),
    ("Les habitants quittent leurs villages par milliers.", "MIGRATION", "quitter leur village"),
    ("Les familles ont fui leurs terres après les attaques.", "MIGRATION", "fuir leur terre"),
    ("Un million de personnes sont déplacées à l'intérieur du Burkina Faso.", "MIGRATION", "déplacées à l'intérieur"),
    ("Les camps de déplacés autour de Goma débordent.", "MIGRATION", "camp de déplacés"),
    ("Kiev refuse de renoncer à ses territoires.", "TERRITORIAL_DISPUTE", "renoncer à ses territoires"),
    ("Le plan demande à l'Ukraine de céder le Donbass.", "TERRITORIAL_DISPUTE", "céder le Donbass"),
    ("La Crimée serait reconnue comme de facto russe.", "TERRITORIAL_DISPUTE", "de facto russe"),
    ("Les Européens proposent de geler la ligne de front actuelle.", "TERRITORIAL_DISPUTE", "geler la ligne de front"),
    ("Pékin a bloqué les exportations de l'usine de Dongguan.", "TRADE", "bloquer les exportations"),
    ("New Delhi a annoncé une interdiction d'exporter le riz.", "TRADE", "interdiction d'exporter"),
    ("L'Indonésie a suspendu les importations de sucre.", "TRADE", "suspendre les importations"),
    ("La conférence de l'ONU sur le climat s'est achevée samedi.", "DIPLOMACY", "conférence de l'ONU"),
    ("Bogota organisera une conférence internationale en avril.", "DIPLOMACY", "conférence internationale"),
    ("Les négociateurs ont travaillé toute la nuit.", "DIPLOMACY", "négociateur"),
    ("Après deux semaines de tractations, un texte a été adopté.", "DIPLOMACY", "tractations"),
    ("Au moins 34 soldats tués dans une attaque près de la frontière.", "ARMED_CONFLICT", "soldats tués"),
    ("Douze militaires ont été tués lundi, selon l'armée.", "ARMED_CONFLICT", "militaires ont été tués"),
    # literal machine translations of English wire terms
    ("Une grève aérienne a touché Kharkiv dans la nuit.", "ARMED_CONFLICT", "grève aérienne"),
    ("Des grèves aériennes russes ont touché Kharkiv.", "ARMED_CONFLICT", "grève russe"),
    ("Une grève de drone a tué trois civils.", "ARMED_CONFLICT", "grève de drone"),
    ("Le ministre étranger japonais a rencontré son homologue.", "DIPLOMACY", "ministre étranger"),
    ("Le haut diplomate chinois a appelé à la retenue.", "DIPLOMACY", "haut diplomate"),
    ("Les entrepreneurs de la défense américains augmentent la production.", "DEFENSE_INDUSTRY", "entrepreneurs de la défense"),
    ("Les pirates ont utilisé un logiciel de rançon.", "CYBER", "logiciel de rançon"),
    ("Une violation de données a exposé des millions de clients.", "CYBER", "violation de données"),
    ("Les acteurs de la menace ont ciblé des ministères.", "CYBER", "acteurs de la menace"),
    ("La course présidentielle s'annonce serrée.", "ELECTIONS", "course présidentielle"),
    ("Les travailleurs de l'aide ont quitté la zone.", "HUMANITARIAN", "travailleurs de l'aide"),
    ("Les agences d'aide réclament un accès.", "HUMANITARIAN", "agences d'aide"),
    ("Des chercheurs d'asile sont arrivés à Douvres.", "MIGRATION", "chercheur d'asile"),
    ("Les groupes de droits ont dénoncé des détentions.", "HUMAN_RIGHTS", "groupes de droits"),
    ("Les autorités ont décidé de couper l'accès à internet.", "HUMAN_RIGHTS", "couper l'accès à internet"),
    ("Les Vingt-Sept discutent d'un mur anti-drones.", "SECURITY_COOPERATION", "mur anti-drones"),
    ("Le plan de paix américain prévoit un partage de l'électricité.", "DIPLOMACY", "plan de paix"),
    ("Les ONG dénoncent une dérive autoritaire du pouvoir.", "HUMAN_RIGHTS", "dérive autoritaire"),
    ("La loi sur les agents étrangers oblige les médias à se déclarer.", "HUMAN_RIGHTS", "loi sur les agents étrangers"),
    ("C'est la première installation permanente de troupes allemandes à l'étranger.", "SECURITY_COOPERATION", "installation permanente de troupes"),
    ("Les délestages ont coûté deux points de croissance au pays.", "ECONOMY", "point de croissance"),
    ("Les inondations ont causé des pertes économiques considérables.", "ECONOMY", "pertes économiques"),
    ("Des affrontements frontaliers meurtriers ont eu lieu en octobre.", "ARMED_CONFLICT", "affrontements frontaliers"),
    ("Le régime a présenté son missile lors d'un défilé militaire.", "MILITARY", "défilé militaire"),
    ("Ils ont mené un exercice aérien trilatéral avec des bombardiers stratégiques.", "MILITARY", "exercice aérien"),
    ("Deux bombardiers stratégiques ont survolé la péninsule.", "MILITARY", "bombardier stratégique"),
    ("Moscou a expulsé des diplomates polonais.", "DIPLOMACY", "expulser un diplomate"),
    ("L'attaché a été déclaré persona non grata.", "DIPLOMACY", "persona non grata"),
    ("Le pays a rappelé son ambassadeur à Moscou.", "DIPLOMACY", "rappeler son ambassadeur"),
    ("Varsovie a annoncé la fermeture du dernier consulat russe.", "DIPLOMACY", "fermeture du consulat"),
    ("Plus d'un million de personnes ont dû quitter leurs habitations.", "MIGRATION", "quitter leur habitation"),
    ("Les familles dorment dans des centres d'évacuation.", "MIGRATION", "centre d'évacuation"),
    ("Pékin considère Taïwan comme une partie de son territoire.", "TERRITORIAL_DISPUTE", "partie de son territoire"),
    ("Taïwan fait partie intégrante du territoire chinois, selon Pékin.", "TERRITORIAL_DISPUTE", "partie intégrante du territoire"),
])
def test_class_phrase_is_its_themes_term(nlp_fr, text, code, term):
    weights = term_weights(nlp_fr(text), "fr")
    assert (code, term) in weights, sorted(weights)


@pytest.mark.parametrize("text, code", [
    # one phrase of a class in a story about something else is a mention, not a theme
    ("Le maire a inauguré la nouvelle école du village. Les élèves ont visité la mairie et "
     "la bibliothèque. Un coup de filet de pêcheurs a ramené des sardines pour la fête.", "CRIME"),
    ("Le concert a été annulé après la tempête. Les organisateurs rembourseront les billets, "
     "et le chanteur a promis de revenir l'an prochain. Le festival ne veut pas geler le front "
     "des réservations, a plaisanté son directeur.", "TERRITORIAL_DISPUTE"),
    ("La coopérative a bloqué les exportations de fromage vers la foire de Lyon faute de "
     "camions, a indiqué son président, qui prépare la saison des vendanges et le salon "
     "du vin de Bordeaux.", "TRADE"),
    ("Le club a recruté un négociateur pour le transfert de son attaquant vedette. Les "
     "supporters espèrent un nouveau stade et une victoire en coupe.", "DIPLOMACY"),
    ("La grève des cheminots paralyse le pays depuis lundi. Les syndicats réclament des "
     "hausses de salaire et la grève pourrait durer.", "ARMED_CONFLICT"),
    ("Le chef étoilé a ouvert un restaurant à Lyon. Le ministre étranger à la gastronomie "
     "est venu goûter les plats, a raconté le patron.", "DIPLOMACY"),
    ("Le typhon a touché terre dimanche. Les écoles ont fermé et les vols ont été annulés. "
     "Le gymnase a servi de centre d'évacuation pendant une nuit.", "MIGRATION"),
    ("Le nouveau film raconte un plan de paix imaginé par deux enfants dans une cour "
     "d'école. Le réalisateur a tourné à Lyon pendant l'été avec des comédiens amateurs.", "DIPLOMACY"),
    ("Le club de football a changé d'entraîneur. Les supporters parlent d'une dérive "
     "autoritaire du président du club, qui a interdit les banderoles au stade.", "HUMAN_RIGHTS"),
    ("Le marathon de Paris a réuni 50 000 coureurs dimanche. Le vainqueur a gagné avec deux "
     "minutes d'avance ; pour les organisateurs, la pluie a été le seul manque à gagner.", "ECONOMY"),
    ("Le festival de jazz a attiré 20 000 spectateurs ce week-end. Beaucoup de citadins "
     "quittent leur village natal pour la ville, a rappelé le maire dans son discours.", "MIGRATION"),
])
def test_one_class_phrase_alone_gives_no_theme(nlp_fr, text, code):
    assert code not in {s.theme_code for s in score_themes(nlp_fr(text), "fr")}


@pytest.mark.parametrize("text, code", [
    ("Le parquet de Lille a annoncé le démantèlement d'une filière de passeurs. Neuf "
     "personnes ont été interpellées et 180 000 euros saisis lors de l'interpellation. "
     "Le réseau organisait des traversées depuis la Belgique.", "CRIME"),
    ("Dans le nord du pays, les habitants quittent leurs villages par milliers. Plus de "
     "500 000 personnes sont désormais déplacées à l'intérieur du Niger, et les camps de "
     "déplacés manquent d'eau.", "MIGRATION"),
    ("Le plan demande à Kiev de céder le Donbass et prévoit que la Crimée soit reconnue de "
     "facto russe. L'Ukraine refuse de renoncer à ses territoires ; les Européens proposent "
     "de geler la ligne de front.", "TERRITORIAL_DISPUTE"),
    ("Pékin a bloqué les exportations de puces de l'usine de Dongguan. Washington avait "
     "imposé une interdiction d'exporter des machines vers la Chine, et Pékin menace de "
     "suspendre les importations de soja américain.", "TRADE"),
    ("Au moins 34 soldats ont été tués dans une embuscade près de Banibangou. Des centaines "
     "d'hommes armés ont encerclé la patrouille, selon l'armée, qui fait état de 14 blessés. "
     "Les assaillants ont emporté des armes et des véhicules.", "ARMED_CONFLICT"),
])
def test_a_story_told_with_the_class_has_the_theme(nlp_fr, text, code):
    assert code in {s.theme_code for s in score_themes(nlp_fr(text), "fr")}


def test_expelled_diplomats_are_no_migration(nlp_fr):
    weights = term_weights(nlp_fr("La Pologne a annoncé l'expulsion de diplomates russes."), "fr")
    assert "MIGRATION" not in {code for code, _ in weights}


def test_a_military_parade_is_no_protest_march(nlp_fr):
    weights = term_weights(nlp_fr("Un grand défilé militaire a eu lieu à Pyongyang."), "fr")
    assert "PROTEST" not in {code for code, _ in weights}
