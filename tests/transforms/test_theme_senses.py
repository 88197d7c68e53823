"""Words of a theme with a common second sense in news copy (taxonomy audit, ninth session).

Each case is a sentence in the other sense, which must give the theme no specific (weight 2+)
evidence -- the collocation is a stop phrase, the word only corroborates (weight 1) or the
theme's sense is written as a phrase -- and a sentence in the theme's own sense, which still
counts. Then short stories told with those words, which keep their own themes and not the
other one. The sentences are written for these tests, not taken from the evaluation sets.
"""
import pytest

from tests.transforms.evidence import term_weights
from transforms.themes import score_themes


def strongest(doc, lang: str, code: str) -> int:
    """The heaviest weight a term of ``code`` counted with in ``doc`` (0: none)."""
    return max((weight for (theme, _), weight in term_weights(doc, lang).items()
                if theme == code), default=0)


OTHER_SENSES = [
    # the adjective swift, to recount, the adjective initial
    ("en", "Ministers promised a swift response and swift action on housing.", "SANCTIONS"),
    ("en", "Survivors recounted how the river rose within minutes.", "ELECTIONS"),
    ("en", "Initial reports suggested the fire started in the kitchen.", "DIPLOMACY"),
    ("en", "Investors stayed on the sidelines ahead of the jobs report.", "DIPLOMACY"),
    # pushing back is resisting
    ("en", "Unions pushed back against the plan and the company faced pushback from staff.",
     "MIGRATION"),
    ("en", "The company faced pushback from shareholders over the bonus.", "HUMAN_RIGHTS"),
    # a source, a denial, something that went viral
    ("en", "State media said the harvest was the best in a decade, state media reported.",
     "DISINFORMATION"),
    ("fr", "Selon les médias d'État, la récolte est la meilleure depuis dix ans.", "DISINFORMATION"),
    ("fr", "Le ministère a démenti toute hausse des prix du pain.", "DISINFORMATION"),
    # the verb tenter, a lasting peace, an interview, a state condemning
    ("fr", "Le gouvernement tente de trouver un compromis sur le budget.", "HUMANITARIAN"),
    ("fr", "Les deux capitales veulent une paix juste et durable.", "CLIMATE"),
    ("fr", "Dans un entretien au journal, le maire a défendu son bilan.", "DIPLOMACY"),
    ("fr", "Paris condamne fermement ces propos et la condamnation est unanime.", "CRIME"),
    ("fr", "La poursuite des discussions a été décidée jeudi.", "CRIME"),
    ("fr", "Le trafic ferroviaire est perturbé et le trafic aérien ralenti.", "CRIME"),
    ("fr", "Ce projet d'autoroute est très contesté par les riverains.", "TERRITORIAL_DISPUTE"),
    ("fr", "La société est détenue par l'État à hauteur de 60 %.", "HUMAN_RIGHTS"),
    # parties, TV programmes, school exams, whistleblowers
    ("fr", "Le Rassemblement national a présenté son programme économique.", "PROTEST"),
    ("fr", "Il a répondu dans l'émission politique du dimanche soir.", "CLIMATE"),
    ("fr", "Une lanceuse d'alerte a révélé les faits à la presse.", "TECHNOLOGY"),
    ("fr", "Les élèves passent les épreuves du brevet des collèges en juin.", "TECHNOLOGY"),
    # the economy's words in other senses
    ("fr", "Le mode d'emploi est fourni avec l'appareil.", "ECONOMY"),
    ("fr", "Un colonel à la retraite a témoigné devant la commission.", "ECONOMY"),
    ("en", "The bank was bailed out by the state in 2009.", "CRIME"),
    # rights to broadcast, a minority stake, an activist investor
    ("en", "The league sold the broadcast rights for three seasons.", "HUMAN_RIGHTS"),
    ("fr", "La chaîne a acquis les droits de diffusion du championnat.", "HUMAN_RIGHTS"),
    ("en", "The fund took a minority stake in the airline.", "HUMAN_RIGHTS"),
    ("en", "An activist investor is pushing the board to sell the unit.", "HUMAN_RIGHTS"),
    ("fr", "Le gouvernement risque d'être mis en minorité lors du vote.", "HUMAN_RIGHTS"),
    ("fr", "Le Conseil constitutionnel a prononcé une censure partielle du texte.",
     "HUMAN_RIGHTS"),
    # war's words in history, politics and business
    ("en", "The building dates from the Cold War.", "ARMED_CONFLICT"),
    ("en", "Tory rebels and rebel MPs forced a vote on the bill.", "ARMED_CONFLICT"),
    ("en", "The minister made offensive remarks about nurses.", "ARMED_CONFLICT"),
    ("en", "The council set up a task force to combat loneliness.", "ARMED_CONFLICT"),
    ("fr", "Les hôtels affichent un taux d'occupation record cet été.", "ARMED_CONFLICT"),
    ("fr", "Le ministre dispose d'une marge de manœuvre réduite.", "MILITARY"),
    ("fr", "Les aires marines protégées couvrent 30 % des eaux.", "MILITARY"),
    ("fr", "Météo-France annonce de fortes rafales de vent sur la côte.", "DEFENSE_INDUSTRY"),
    # trade, markets and merchant ships
    ("en", "Shares traded higher in early trading after the results.", "TRADE"),
    ("fr", "Un incendie s'est déclaré dans un centre commercial de la banlieue.", "TRADE"),
    ("en", "Two officers were on duty when the alarm went off.", "TRADE"),
    # health's words in politics
    ("fr", "Les partis de droite maintiennent un cordon sanitaire autour de l'extrême droite.",
     "HEALTH"),
    ("en", "Fighting broke out after the outbreak of war in 1939.", "HEALTH"),
    # partners and allies that are no alliance
    ("fr", "Le ministre du Travail a reçu les partenaires sociaux.", "SECURITY_COOPERATION"),
    ("en", "The junior coalition partner and his political allies opposed the bill.",
     "SECURITY_COOPERATION"),
    # relations and talks that are no diplomacy
    ("en", "She worked in public relations before the merger talks began.", "DIPLOMACY"),
    ("fr", "Les négociations salariales reprennent lundi dans la branche.", "DIPLOMACY"),
    # earthquakes, tourists and evictions are no migration
    ("en", "Search and rescue teams combed the rubble after the earthquake.", "MIGRATION"),
    ("en", "The resort expects an influx of tourists this summer.", "MIGRATION"),
    ("fr", "La trêve hivernale suspend les expulsions locatives jusqu'au printemps.", "MIGRATION"),
    # a landslide that buries homes, a round of talks
    ("en", "A landslide buried three homes after days of rain.", "ELECTIONS"),
    ("en", "The first round of talks ended without a deal.", "ELECTIONS"),
    # nuclear words elsewhere
    ("en", "The market meltdown wiped out a year of gains.", "NUCLEAR"),
    ("fr", "Le désarmement du Hamas est au cœur du plan.", "NUCLEAR"),
    ("fr", "Sa radiation des listes électorales a été annulée.", "NUCLEAR"),
    # terror words elsewhere
    ("fr", "Des habitants ont été piégés par la montée des eaux.", "TERRORISM"),
    ("en", "The family bought a plot of land near the river.", "TERRORISM"),
    ("fr", "La situation est explosive dans les prisons, selon les syndicats.", "TERRORISM"),
    # supply words elsewhere
    ("fr", "La résilience des habitants force l'admiration.", "SUPPLY_CHAIN"),
    ("fr", "Le financement de la dépendance des personnes âgées reste à trouver.",
     "SUPPLY_CHAIN"),
    ("en", "Protesters showed resilience and a deep dependence on volunteers.", "SUPPLY_CHAIN"),
    # protest words elsewhere
    ("en", "The data demonstrate that the policy worked.", "PROTEST"),
    ("fr", "Les témoins sont invités à se manifester pour la manifestation de la vérité.",
     "PROTEST"),
    ("fr", "La mairie a lancé un appel à manifestation d'intérêt pour le site.", "PROTEST"),
    # energy words elsewhere
    ("fr", "Le salaire brut moyen a progressé de 3 %.", "ENERGY"),
    ("en", "The regime imposed a media blackout on the region.", "ENERGY"),
    ("en", "Olive oil prices doubled after the drought.", "ENERGY"),
    # cyber words elsewhere
    ("fr", "Les personnes en situation de vulnérabilité seront prioritaires.", "CYBER"),
    ("fr", "La faille sismique traverse toute la vallée.", "CYBER"),
    # satellite images are evidence, not technology
    ("en", "Satellite images show the runway was repaired.", "TECHNOLOGY"),
    # polls of economists, elected officials, banking on, a political earthquake
    ("en", "A poll of economists expects two rate cuts this year.", "ELECTIONS"),
    ("en", "Local elected officials met the governor on Monday.", "ELECTIONS"),
    ("en", "The party is banking on a strong summer.", "ECONOMY"),
    ("en", "The result was a political earthquake for the ruling party.", "HUMANITARIAN"),
    ("fr", "Ce résultat est un séisme politique pour la majorité.", "HUMANITARIAN"),
    ("fr", "Les députés ont voté un plan de sauvetage de la compagnie aérienne.", "HUMANITARIAN"),
    # a case handled, a fire station, a flea market, a police sketch
    ("fr", "Le dossier sera traité par le juge en septembre.", "DIPLOMACY"),
    ("fr", "Un incendie a touché la caserne de pompiers du quartier.", "MILITARY"),
    ("fr", "La police a diffusé un portrait-robot du suspect.", "TECHNOLOGY"),
    # conflicts of interest and labour disputes, the republican front
    ("en", "The minister denied any conflict of interest.", "ARMED_CONFLICT"),
    ("fr", "Le conflit social dure depuis trois semaines à l'usine.", "ARMED_CONFLICT"),
    # talking, manoeuvring, a job
    ("en", "The host of the talk show made small talk with the singer.", "DIPLOMACY"),
    ("en", "It was a clever political manoeuvre by the speaker.", "MILITARY"),
    ("en", "She said it was her job to protect the children.", "ECONOMY"),
    ("en", "The union will negotiate a new contract with the airline.", "DIPLOMACY"),
    # guns of a shooting, a fighting chance, power in politics, a rally on markets
    ("en", "The gunman used an assault rifle bought legally.", "ARMED_CONFLICT"),
    ("en", "Doctors say she has a fighting chance of recovery.", "ARMED_CONFLICT"),
    ("en", "The crisis turned into a power struggle inside the party.", "ENERGY"),
    ("en", "Stocks rallied as shares moved into positive territory.", "PROTEST"),
    # newspapers named after a theme, forensic doctors, urgent meetings
    ("en", "The Wall Street Journal and the Financial Times reported the deal.", "ECONOMY"),
    ("fr", "Le médecin légiste a pratiqué l'autopsie.", "HEALTH"),
    ("fr", "Le camp présidentiel s'est réuni en urgence.", "HUMANITARIAN"),
    # singulars of plural terms with a sense of their own
    ("en", "The mayor made no secret of her hostility to the plan.", "ARMED_CONFLICT"),
    ("en", "The envoy struck a belligerent tone.", "ARMED_CONFLICT"),
    ("en", "The governor serves a five-year term, renewable once.", "ENERGY"),
    ("fr", "Ses déclarations ont semé le trouble dans une période trouble.", "PROTEST"),
    ("en", "Profits were beating expectations for a third quarter.", "HUMAN_RIGHTS"),
    ("en", "The charity helps victims of drug abuse and child abuse.", "HUMAN_RIGHTS"),
    ("en", "The scandal is a symptom of a wider malaise.", "HEALTH"),
    ("en", "The ministry published a consultation paper on pensions.", "DIPLOMACY"),
    # verbs of another sense: no matter, to challenge, to show, to evict
    ("fr", "N'importe quel citoyen peut voter, peu importe son âge.", "TRADE"),
    ("fr", "Les associations interpellent le gouvernement sur le logement.", "CRIME"),
    ("fr", "Le ministre a manifesté son soutien aux agriculteurs.", "PROTEST"),
    ("fr", "Le locataire a été expulsé de son logement en mars.", "MIGRATION"),
    ("en", "The senator suffered a heart attack on Monday.", "ARMED_CONFLICT"),
    ("fr", "Des milliers de volailles ont été abattues dans la Somme.", "ARMED_CONFLICT"),
    ("fr", "Les rues du centre ont été envahies par les eaux.", "ARMED_CONFLICT"),
    # verbs read by their lemma: firefighters battling a blaze, "forced to", "based in"
    ("en", "Firefighters battled the blaze for six hours.", "ARMED_CONFLICT"),
    ("en", "Investors are nursing losses after the crash.", "HEALTH"),
    ("en", "The minister was forced to resign by the scandal.", "MILITARY"),
    ("en", "The London-based company is based in Canary Wharf.", "MILITARY"),
    ("en", "He suffered a cardiac arrest at home.", "CRIME"),
    # accents folded: "traite" is also the verb, "marche" the walk
    ("fr", "Le rapport qui traite de la pauvreté a été publié jeudi.", "DIPLOMACY"),
    ("fr", "Le parti s'allie avec la gauche pour les municipales.", "SECURITY_COOPERATION"),
    # "in charge of", cells of phones, campaigns that sell, sport's battles
    ("en", "The minister in charge of housing took charge in May.", "CRIME"),
    ("en", "Fuel cell makers and stem cell researchers met in Boston.", "TERRORISM"),
    ("en", "The brand launched an advertising campaign in June.", "ELECTIONS"),
    ("en", "The club is locked in a relegation battle.", "ARMED_CONFLICT"),
    # holiday truces, the 1918 Armistice, tax exiles, a part played
    ("fr", "La trêve des confiseurs suspend les débats jusqu'en janvier.", "ARMED_CONFLICT"),
    ("fr", "Le président a présidé la cérémonie de l'armistice de 1918.", "ARMED_CONFLICT"),
    ("fr", "Cet exilé fiscal vit en Suisse depuis dix ans.", "MIGRATION"),
    ("fr", "Chaque ministre joue sa partition dans ce dossier.", "TERRITORIAL_DISPUTE"),
    ("fr", "Il a jeté un regard furtif vers la salle.", "MILITARY"),
    # sharing among hospitals and states, charities in partnership
    ("en", "Hospitals improved information sharing on patients.", "SECURITY_COOPERATION"),
    ("en", "The charity works in partnership with local councils.", "SECURITY_COOPERATION"),
]


@pytest.mark.parametrize("lang, text, code", OTHER_SENSES)
def test_a_word_in_its_other_sense_gives_the_theme_no_specific_evidence(lang, text, code,
                                                                        nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert strongest(nlp(text), lang, code) < 2


OWN_SENSES = [
    ("en", "Iran's banks were cut off from SWIFT in 2012.", "SANCTIONS", 3),
    ("en", "The commission ordered a recount of the votes in two districts.", "ELECTIONS", 3),
    ("en", "The two envoys met on the sidelines of the summit.", "DIPLOMACY", 3),
    ("en", "Rights groups documented illegal pushbacks at the border.", "HUMAN_RIGHTS", 3),
    ("fr", "Des familles dorment sous des tentes depuis le séisme.", "HUMANITARIAN", 2),
    ("fr", "Le parquet a engagé des poursuites contre l'ancien maire.", "CRIME", 2),
    ("fr", "Il a été condamné à cinq ans de prison.", "CRIME", 3),
    ("fr", "La marine russe a déployé deux frégates.", "MILITARY", 2),
    ("fr", "Ces îles sont un territoire disputé depuis 1945.", "TERRITORIAL_DISPUTE", 3),
    ("en", "The troops are deployed along the disputed border.", "TERRITORIAL_DISPUTE", 3),
    ("fr", "Les manifestants ont défilé dans le centre de Lyon.", "PROTEST", 3),
    ("en", "Thousands of demonstrators marched on parliament.", "PROTEST", 3),
    ("en", "Opposition candidates won the election in a landslide victory.", "ELECTIONS", 3),
    ("fr", "Le Hamas refuse le désarmement nucléaire de la région.", "NUCLEAR", 3),
    ("fr", "Une voiture piégée a explosé devant le commissariat.", "TERRORISM", 3),
    ("en", "State media said the harvest was good, echoing Kremlin propaganda.",
     "DISINFORMATION", 3),
    ("fr", "Les prix du pétrole brut ont reculé mardi.", "ENERGY", 3),
    ("en", "The canal is a choke point for the global supply chain.", "SUPPLY_CHAIN", 3),
    ("fr", "Les députés dénoncent un trafic de drogue dans le quartier.", "CRIME", 3),
    ("en", "The data breach exposed the records of two million patients.", "CYBER", 3),
    ("en", "Thousands of workers lost their jobs last year.", "ECONOMY", 2),
    ("en", "The two sides held talks in Geneva on Monday.", "DIPLOMACY", 2),
    ("en", "Naval manoeuvres began near the strait.", "MILITARY", 2),
    ("en", "Police said the suspect was arrested in Leeds.", "CRIME", 1),
    ("en", "The rebels vowed to wage war on the capital.", "ARMED_CONFLICT", 2),
    ("en", "Both sides agreed to a cessation of hostilities.", "ARMED_CONFLICT", 2),
    ("en", "Investment in renewables doubled last year.", "ENERGY", 3),
    ("fr", "Les troubles ont fait trois morts dans la capitale.", "PROTEST", 2),
    ("en", "The report documents abuses and beatings in prisons.", "HUMAN_RIGHTS", 2),
    ("fr", "La France importe du gaz norvégien.", "TRADE", 2),
    ("fr", "Trois suspects ont été interpellés à Marseille.", "CRIME", 2),
    ("fr", "Le traité de paix a été signé à Doha.", "DIPLOMACY", 2),
    ("fr", "De violents combats ont repris dans l'est.", "ARMED_CONFLICT", 3),
    ("fr", "Les combats ont fait dix morts.", "ARMED_CONFLICT", 2),
    ("fr", "Une trêve de trois jours est entrée en vigueur à Gaza.", "ARMED_CONFLICT", 3),
    ("fr", "Deux avions furtifs ont survolé la base.", "MILITARY", 3),
]


@pytest.mark.parametrize("lang, text, code, weight", OWN_SENSES)
def test_the_theme_sense_still_counts(lang, text, code, weight, nlp_fr, nlp_en):
    nlp = nlp_fr if lang == "fr" else nlp_en
    assert strongest(nlp(text), lang, code) == weight


def themes_of(nlp, text: str, lang: str) -> set[str]:
    return {score.theme_code for score in score_themes(nlp(text), lang)}


def test_a_french_budget_story_with_an_interview_and_a_lasting_deal_is_no_climate_or_diplomacy(
        nlp_fr):
    text = ("PARIS, 12 mars (Vigie) - Le gouvernement tente de faire adopter son budget avant "
            "la fin du mois, sous la menace de censure des oppositions. Dans un entretien au "
            "Parisien, la ministre des Comptes publics a défendu une baisse durable du déficit "
            "public et des économies sur les dépenses de l'État.\n"
            "Les économistes jugent la trajectoire de la dette publique « très contestée » et "
            "doutent de la croissance prévue, alors que le taux de chômage remonte. La ministre "
            "a répondu dans l'émission politique du dimanche que la dette sera réduite.")
    codes = themes_of(nlp_fr, text, "fr")
    assert "ECONOMY" in codes
    assert not codes & {"CLIMATE", "DIPLOMACY", "HUMANITARIAN", "HUMAN_RIGHTS",
                        "TERRITORIAL_DISPUTE"}


def test_an_english_earthquake_story_is_no_migration_or_elections_story(nlp_en):
    text = ("ANKARA, March 4 (Vigie) - Search and rescue teams worked through the night after "
            "a landslide and an earthquake flattened two villages, killing at least 40 people. "
            "Survivors recounted how the ground shook for a full minute.\n"
            "Aid groups sent tents, blankets and food parcels to the disaster zone, and the "
            "Red Crescent said thousands were sleeping in emergency shelters. Search and rescue "
            "crews from five countries joined the effort.")
    codes = themes_of(nlp_en, text, "en")
    assert "HUMANITARIAN" in codes
    assert not codes & {"MIGRATION", "ELECTIONS"}


def test_a_state_media_report_of_a_missile_test_is_no_disinformation_story(nlp_en):
    text = ("SEOUL, May 2 (Vigie) - North Korea test-fired a new short-range missile on "
            "Thursday, state media reported, the third weapons test this month. State media "
            "said leader Kim Jong Un watched the launch and ordered the army to boost its "
            "combat readiness.\n"
            "South Korea's military said the missile flew 300 km before landing in the sea, "
            "and the country raised its alert level as allied warships held drills nearby.")
    codes = themes_of(nlp_en, text, "en")
    assert "MILITARY" in codes
    assert "DISINFORMATION" not in codes


def test_a_french_condemnation_of_a_strike_is_no_crime_story(nlp_fr):
    text = ("PARIS, 8 juin (Vigie) - La France condamne fermement la frappe russe qui a tué "
            "douze civils à Kharkiv, a indiqué le Quai d'Orsay, et appelle à un cessez-le-feu. "
            "La condamnation a été unanime parmi les alliés européens.\n"
            "Le ministre des Affaires étrangères s'est entretenu avec son homologue ukrainien "
            "et a condamné « une nouvelle violation du droit international ». Le Kremlin a "
            "démenti avoir visé des civils.")
    codes = themes_of(nlp_fr, text, "fr")
    assert "DIPLOMACY" in codes
    assert not codes & {"CRIME", "DISINFORMATION"}
